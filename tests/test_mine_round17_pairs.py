"""Round 17: gloss pairs (docs/miner.md, "Round 17: pairs"), on sentences written for these tests:
the adverb before a naming cue as a class, the letters Vietnamese's alphabet never writes, a form
labelled after it ("called X, literally Y, in Vietnamese"), an English side that keeps the name it
translates, and "mean" after a modal."""

from __future__ import annotations

import pytest

from glossary.mine.align_links import COPULA_TAIL
from glossary.mine.gloss_side import NOT_VI_LETTER, is_vi
from glossary.mine.known_as_pairs import _known_as_cues
from glossary.mine.phrases import Phrase
from tests.mine_helpers import doc, has_form, pairs

# 1. The adverb before "known as" / "called" is any "-ly" adverb, not a closed list.


@pytest.mark.parametrize("adverb", ["usually", "traditionally", "affectionately", "also", "often"])
def test_any_ly_adverb_before_a_naming_cue_keeps_the_pair(adverb: str) -> None:
    text = f"The vendors sell it at night. Bánh tráng nướng, {adverb} known as Vietnamese pizza, is cheap.\n"
    assert ("Bánh tráng nướng", "Vietnamese pizza") in pairs(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Bánh tráng nướng, usually known as Vietnamese pizza", "usually known as "),
        ("Bánh tráng nướng, formerly called Vietnamese pizza", "formerly called "),
        # "family" and "holy" end in "ly" but are no adverbs: the cue is the verb alone.
        ("a fishing family called Lê Văn in the village", "called "),
        ("the holy called Bà Chúa Xứ by pilgrims", "called "),
    ],
)
def test_the_naming_cue_owns_an_adverb_only(text: str, cue: str) -> None:
    (match,) = list(_known_as_cues(doc(text)))
    assert match.group() == cue


@pytest.mark.parametrize(
    ("tail", "adverb"),
    [(" is often", None), (" was traditionally", "traditionally"), (" are also", None), (" is", None)],
)
def test_the_copula_tail_takes_any_ly_adverb(tail: str, adverb: str | None) -> None:
    match = COPULA_TAIL.search("Hát bội" + tail)
    assert match is not None
    assert match.group("adverb") == adverb


# 2. A Latin letter Vietnamese never writes marks a word as not Vietnamese.


@pytest.mark.parametrize("word", ["gāo", "lǎo", "Müller", "façade", "Ørsted", "Straße"])
def test_letters_outside_the_vietnamese_alphabet(word: str) -> None:
    assert NOT_VI_LETTER.search(word)


@pytest.mark.parametrize("word", ["Đường", "ắ", "ỹ", "Ðông Hồ", "phở", "Nguyễn"])
def test_vietnamese_letters_and_the_eth_pages_write_for_d(word: str) -> None:
    assert not NOT_VI_LETTER.search(word)


def test_a_pinyin_name_is_no_vietnamese_side() -> None:
    assert not is_vi(Phrase("bái táng gāo", 0, 12))
    text = "The northern version, called bái táng gāo, is steamed in a tray.\n"
    assert not any("gāo" in vi for vi, _ in pairs(text))


# 3. A form labelled after it: "(called X, literally "Y," in Vietnamese)".


def test_a_cued_form_with_its_literal_meaning_before_the_label() -> None:
    text = 'The crust has a cracked look (called da cóc, literally "toad skin," in Vietnamese) when baked.\n'
    found = pairs(text)
    assert ("da cóc", "toad skin") in found
    assert not any(vi.startswith("called") for vi, _ in found)


def test_forms_of_other_languages_before_the_vietnamese_one() -> None:
    text = (
        "The southern version of the noodle soup (called kuy teav Battambang in Khmer and "
        "hủ tiếu Sóc Trăng in Vietnamese) is sold at dawn.\n"
    )
    vis = {vi for vi, _ in pairs(text)}
    assert "hủ tiếu Sóc Trăng" in vis
    assert not any("Khmer" in vi or vi.startswith("called") for vi in vis)


def test_then_opens_a_former_name_not_a_rendering() -> None:
    text = "The general ruled the north of Vietnam (then Đại Ngu) for twenty years.\n"
    assert not any(vi.startswith("then") for vi, _ in pairs(text))
    assert not has_form(text, "then Đại Ngu")


# 4. An English side that keeps the capitalised name it translates.


def test_an_english_side_keeping_the_name_of_an_unlabelled_parenthesis() -> None:
    text = (
        "The plateau has two parts, namely: Upper Lâm Viên (Thượng Lâm Viên) in the north "
        "and Lower Lâm Viên (Hạ Lâm Viên) in the south.\n"
    )
    found = pairs(text)
    assert ("Thượng Lâm Viên", "Upper Lâm Viên") in found
    assert ("Hạ Lâm Viên", "Lower Lâm Viên") in found


def test_a_lower_case_shared_word_is_no_name() -> None:
    # "ground tương": the Vietnamese word with an English one before it, no rendering of the two
    # Vietnamese names in the parenthesis.
    text = "Serve it with ground tương (tương bần or tương cự đà) on the side.\n"
    assert not any(en == "ground tương" for _, en in pairs(text))


# 5. "mean" after a modal.


@pytest.mark.parametrize("modal", ["can either mean", "may also mean", "can mean", "could mean"])
def test_mean_after_a_modal_is_a_meaning_cue(modal: str) -> None:
    text = f'In the local speech, bánh means "cake", and nậm {modal} "flat" or "to lie down".\n'
    assert ("nậm", "flat") in pairs(text)


def test_mean_without_a_modal_is_no_cue() -> None:
    text = 'The cooks mean "flat" when they say nậm in the market.\n'
    assert not any(en == "flat" for _, en in pairs(text))
