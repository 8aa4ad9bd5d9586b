"""Round 19, cue grammar: every reader that reads a naming or a time cue takes its joints (comma,
dash of any kind, spaced hyphen, parenthesis), its adverbs and the article or quote after it from
glossary/mine/cue_grammar.py, so that a sibling of a known cue fires wherever its stem is known.
Each test writes a sibling that no corpus page writes. Texts written for these tests."""

from __future__ import annotations

import re

import pytest

from glossary.mine.align_links import COPULA_TAIL, LINK_AFTER
from glossary.mine.cue_grammar import JOINT_CLOSE, JOINT_OPEN, NAMING_ADVERBS, naming_adverb, time_words
from tests.mine_helpers import linked, pairs


@pytest.mark.parametrize(
    "word", ["modern", "Modern-day", "modern day", "present day", "today’s", "then", "now"]
)
def test_every_spelling_of_a_time_word_is_one_word_of_the_family(word: str) -> None:
    assert re.fullmatch(time_words(), word)


@pytest.mark.parametrize("joint", ["(", ", ", "—", " — ", "–", " - "])
def test_every_joint_opens_a_cue(joint: str) -> None:
    assert re.match(JOINT_OPEN, joint + "then")


def test_an_unspaced_hyphen_is_no_joint() -> None:
    # "post-modern": the hyphen joins two words.
    assert not re.match(JOINT_OPEN, "-then")
    assert not re.match(JOINT_CLOSE, "-x")


@pytest.mark.parametrize("adverb", [*NAMING_ADVERBS, "locally", "officially"])
def test_the_naming_adverbs_are_one_class(adverb: str) -> None:
    assert re.fullmatch(naming_adverb(), adverb)


@pytest.mark.parametrize(
    "text",
    [
        "The fleet sailed from Phố Hiến (modern Hưng Yên) in spring.\n",
        "The fleet sailed from Phố Hiến, modern Hưng Yên, in spring.\n",
        "The fleet sailed from Phố Hiến—modern-day Hưng Yên—in spring.\n",
        "The fleet sailed from Hưng Yên (then Phố Hiến ) in spring.\n",
        "The fleet sailed from Hưng Yên - then Phố Hiến - in spring.\n",
    ],
)
def test_a_time_word_after_any_joint_gives_the_name_at_another_time(text: str) -> None:
    assert linked(text, "Phố Hiến", "Hưng Yên")


def test_then_after_a_comma_orders_a_list_and_names_no_other_time() -> None:
    text = "The fleet sailed from Phố Hiến, then Hưng Yên, then Hải Dương in spring.\n"
    assert not linked(text, "Phố Hiến", "Hưng Yên")


def test_a_unit_in_a_unit_of_the_same_rank_is_located_not_renamed() -> None:
    # The old province's land lies in the new one; no single place was renamed.
    text = "She was born in Phù Lưu District, Hải Hưng Province (modern Thái Bình Province) in 1920.\n"
    assert not linked(text, "Hải Hưng Province", "Thái Bình Province")


@pytest.mark.parametrize(
    "text",
    [
        "Traders reached Bình Sơn—then called Cù Lao—before the rains.\n",
        "Traders reached Bình Sơn - then known as Cù Lao - before the rains.\n",
        "Traders reached Bình Sơn (then called Cù Lao) before the rains.\n",
        'Traders reached Bình Sơn (once called the "Cù Lao") before the rains.\n',
    ],
)
def test_a_naming_cue_after_any_joint_gives_another_name(text: str) -> None:
    assert linked(text, "Bình Sơn", "Cù Lao")


def test_a_naming_cue_in_a_parenthesis_takes_the_article_and_the_quote() -> None:
    text = 'Carts cross Tân Thuận Ferry (also known as the "Harbour Ferry"), a steel ferry, at dawn.\n'
    assert linked(text, "Tân Thuận Ferry", "Harbour Ferry")


def test_a_quoted_name_after_an_unquoted_one_is_no_other_name() -> None:
    # The quoted item is a word about the name (its rendering or short form), not a third name.
    text = (
        'Rebels joined Hội Kín Quảng Nam (called the Quang Nam Society or "Secret League" by the French).\n'
    )
    assert linked(text, "Hội Kín Quảng Nam", "Quang Nam Society")
    assert not linked(text, "Hội Kín Quảng Nam", "Secret League")


def test_formerly_after_a_dash_gives_the_former_name() -> None:
    text = "Boats now dock at Cam Ranh Bay—formerly Cam Linh—every week.\n"
    assert linked(text, "Cam Ranh Bay", "Cam Linh")


@pytest.mark.parametrize(
    "cue", [", translating as ", ", rendered into ", " meant ", ", freely translates to "]
)
def test_the_aligners_rendering_link_is_the_grammars(cue: str) -> None:
    match = LINK_AFTER.match(cue + "sweet soup")
    assert match is not None and match.lastgroup == "meaning" and match.end() == len(cue)


def test_the_aligners_copula_takes_every_naming_adverb() -> None:
    for adverb in ("formerly", "then", "popularly"):
        tail = COPULA_TAIL.search(f"Hát bội is {adverb} ")
        assert tail is not None
    # A "-ly" word is handed to the caller to check (is_ly_adverb refuses "family").
    tail = COPULA_TAIL.search("Hát bội is family ")
    assert tail is not None and tail.group("adverb") == "family"


@pytest.mark.parametrize("adverb", ["sometimes", "commonly", "originally"])
def test_a_naming_adverb_is_the_cues_not_the_english_side(adverb: str) -> None:
    # Before the one adverb class, "sometimes" was read as the English side ("chè = sometimes").
    text = f"The sweet soup, {adverb} called chè, is sold at night.\n"
    found = pairs(text)
    assert ("chè", "sweet soup") in found, found
    assert not any(en == adverb for _, en in found)
