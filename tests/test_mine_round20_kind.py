"""Round 20, kind of meaning pairs: a name's words rendered after a rendering cue ("meant",
"literally means", "translated as", "lit.") are a term pair beside the place's or body's own entry
(docs/gold-rules.md §10.8), never a variant of it; an English name written bare after the cue stays
the thing's name. And a name opens after the possessive of another name before it. Texts written
for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.cue_grammar import MEANING_CUED, meaning_before
from glossary.model import Kind
from tests.mine_helpers import mine, pairs


@pytest.mark.parametrize(
    "before",
    [
        'was Bình Yên meant "',
        "Bình Yên, which literally means: ",
        "Bình Yên (lit. '",
        "loosely translated as ",
    ],
)
def test_a_rendering_cue_ends_before_the_rendering(before: str) -> None:
    assert meaning_before(before, len(before))


@pytest.mark.parametrize("before", ["the town of Bình Yên (", "by means of the river, ", "a literal "])
def test_no_cue_ends_there(before: str) -> None:
    assert not meaning_before(before, len(before))


def test_a_quoted_rendering_with_a_place_head_word_is_a_term_beside_the_place() -> None:
    # "River" is a place's head word, but the quotation after "meant" gives the name's meaning.
    text = (
        "Under the Lý dynasty the town belonged to the Prefecture of Hà Đông (河東), meant "
        '"Eastern River" in 1470, and to the province of Hải Dương later.\n'
    )
    assert ("Hà Đông", "Eastern River") in pairs(text)
    entries = mine(text)
    held = [e for e in entries if "Eastern River" in e.forms() and "Hà Đông" in e.forms()]
    assert [e.kind for e in held] == [Kind.TERM]


def test_a_meaning_does_not_become_a_variant_of_the_place_it_names() -> None:
    text = (
        "Under the Lý dynasty the old name of the town was Bình Yên (平安) meant "
        '"where the People live in Peace". It was first recorded in 1100.\n'
    )
    entries = mine(text)
    meaning = [e for e in entries if "where the People live in Peace" in e.forms()]
    assert [(e.kind, e.vi) for e in meaning] == [(Kind.TERM, "Bình Yên")]
    assert all(e.kind is not Kind.PLACE for e in meaning)


def test_the_internal_cue_flag_never_reaches_an_entry() -> None:
    text = 'The old name of the town was Bình Yên (平安) meant "where the People live in Peace".\n'
    assert all(MEANING_CUED not in e.flags for e in mine(text))


def test_an_english_name_written_bare_after_the_cue_stays_the_place() -> None:
    text = (
        "Đền Hùng (Vietnamese: Đền Hùng, chữ Hán: 廟雄), literally translated as Temple of the Hung "
        "Kings, stands on a hill in Phú Thọ.\n"
    )
    held = [e for e in mine(text) if "Temple of the Hung Kings" in e.forms()]
    assert [(e.kind, e.vi) for e in held] == [(Kind.PLACE, "Đền Hùng")]


def test_a_name_opens_after_another_names_possessive() -> None:
    text = (
        "The shop stands in Houston's Bellaire Boulevard Business District (also known as Little "
        "Saigon), near the market.\n"
    )
    forms = [e.forms() for e in mine(text) if "Little Saigon" in e.forms()]
    assert forms and all("Bellaire Boulevard Business District" in f for f in forms)
    assert not any("Houston's Bellaire Boulevard Business District" in f for f in forms)
