"""Round 28, gloss pair sides (blind23's analysis, plain bugs and shapes seen on several parts):
a count the Vietnamese side opens with stays on the English side (NUM). Every text here is written
for the test."""

from __future__ import annotations

import pytest

from glossary.mine.en_phrases import vi_count
from tests.mine_helpers import mine, pairs

# --- NUM: a count on both sides ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, vi, en",
    [
        ("The doctor spoke of the five organs (Vietnamese: ngũ tạng) at length.", "ngũ tạng", "five organs"),
        ("The doctor spoke of the five organs (ngũ tạng) at length.", "ngũ tạng", "five organs"),
        (
            "A meal joins five basic flavour notes (Vietnamese: ngũ vị) on one tray.",
            "ngũ vị",
            "five basic flavour notes",
        ),
        ("Temples carve the four holy beasts (tứ linh) on their roofs.", "tứ linh", "four holy beasts"),
        ("The land is cut into three regions (Vietnamese: ba miền) by custom.", "ba miền", "three regions"),
        (
            "A meal holds five kinds of food (Vietnamese: ngũ chất): rice, greens.",
            "ngũ chất",
            "five kinds of food",
        ),
    ],
)
def test_a_count_on_both_sides_is_kept(text: str, vi: str, en: str) -> None:
    assert (vi, en) in pairs(text)


@pytest.mark.parametrize(
    "text, vi, en",
    [
        # The Vietnamese side holds no count: the English count is the sentence's.
        ("The country has fifty-eight provinces (tỉnh) in all.", "tỉnh", "provinces"),
        ("Mix one part fish sauce (nước mắm) with water.", "nước mắm", "fish sauce"),
        # A count of another value is no rendering of the Vietnamese one.
        ("The doctor spoke of the three organs (Vietnamese: ngũ tạng) at length.", "ngũ tạng", "organs"),
    ],
)
def test_a_count_of_the_sentence_is_cut(text: str, vi: str, en: str) -> None:
    assert (vi, en) in pairs(text)


def test_vi_count_reads_the_opening_syllable() -> None:
    assert vi_count(["ngũ", "tạng"]) == 5
    assert vi_count(["Tam", "giáo"]) == 3
    assert vi_count(["ngũ"]) is None
    assert vi_count(["nước", "mắm"]) is None


# --- D: an en dash inside the English name ------------------------------------------------------


@pytest.mark.parametrize(
    "text, vi, en",
    [
        (
            "The Lý–Trần Border Feud (Vietnamese: Lý-Trần tranh biên; 1100–1120) was short.",
            "Lý-Trần tranh biên",
            "Lý–Trần Border Feud",
        ),
        (
            "The Ly–Tran Border Feud (Vietnamese: Lý-Trần tranh biên) was short.",
            "Lý-Trần tranh biên",
            "Ly–Tran Border Feud",
        ),
        ("They laid the east–west road (đường Đông–Tây) in 1930.", "đường Đông–Tây", "east–west road"),
    ],
)
def test_an_en_dash_joins_the_words_of_an_english_side(text: str, vi: str, en: str) -> None:
    assert (vi, en) in pairs(text)


# --- P: a reflexive pronoun is no word of a rendering ------------------------------------------


@pytest.mark.parametrize(
    "text, vi, en",
    [
        ("Some lords declared themselves regents (nhiếp chính), and ruled.", "nhiếp chính", "regents"),
        ("He named himself king (vua) of the hills.", "vua", "king"),
        ("She styled herself queen mother (thái hậu) at court.", "thái hậu", "queen mother"),
    ],
)
def test_a_reflexive_pronoun_is_cut_from_the_english_side(text: str, vi: str, en: str) -> None:
    found = pairs(text)
    assert (vi, en) in found
    assert not any(side.split()[0].endswith(("self", "selves")) for _, side in found)


# --- F: a wiki history line's links ------------------------------------------------------------


@pytest.mark.parametrize("editor", ["Tran Van-Minh", "Lê Thị Hoa", "Bot-Hà"])
def test_a_history_lines_links_are_no_gloss(editor: str) -> None:
    text = f"An old revision of this page, as edited by {editor} (talk | contribs) at 10:02, 1 May 2019."
    assert not any("contribs" in en or "talk" in en for _, en in pairs(text))
    assert not any("contribs" in form for entry in mine(text) for form in entry.forms())


# --- BN: a birth name beside a person's dates --------------------------------------------------


@pytest.mark.parametrize(
    "text, vi",
    [
        ("Mạc Văn An (1410–1472, born Mac An) was a scholar of the court.", "Mạc Văn An"),
        ("Chu Văn Sơn (1410–1472, born Chu Son) was a scholar of the court.", "Chu Văn Sơn"),
        ("Phạm Văn Lộc (1410–1472, birth name Pham Loc) was a scholar of the court.", "Phạm Văn Lộc"),
    ],
)
def test_a_birth_name_beside_dates_is_no_rendering(text: str, vi: str) -> None:
    assert not any(v == vi for v, _ in pairs(text))


def test_a_rendering_beside_dates_is_still_read() -> None:
    text = 'Trần Văn Lộc ("Lord of the Hills", 1410–1472) was a scholar of the court.'
    assert ("Trần Văn Lộc", "Lord of the Hills") in pairs(text)


# --- C1: a name's word that folds to an English function word ------------------------------------


@pytest.mark.parametrize(
    "text, vi, en",
    [
        (
            "The towns became Cần Giờ municipality (Thành phố Cần Giờ) in 2004.",
            "Thành phố Cần Giờ",
            "Cần Giờ municipality",
        ),
        (
            "The villages formed Cần Đước district (Huyện Cần Đước) later.",
            "Huyện Cần Đước",
            "Cần Đước district",
        ),
    ],
)
def test_a_name_word_folding_to_a_function_word_stays_on_the_side(text: str, vi: str, en: str) -> None:
    assert (vi, en) in pairs(text)
