"""Round 27, name meanings: a name said to be a language's word for its meaning ('Its name is
Sino-Vietnamese for "..."'), and a name written after "the name" before a rendering cue."""

from __future__ import annotations

from glossary.model import Kind
from tests.mine_helpers import entry_with, pairs


def test_its_name_is_sino_vietnamese_for_a_meaning() -> None:
    text = 'Quảng Yên is a town in the north. Its name is Sino-Vietnamese for "wide peace". It grows.'
    assert ("Quảng Yên", "wide peace") in pairs(text)


def test_a_parenthesis_of_characters_may_stand_before_for() -> None:
    text = 'Phú Thọ is a province in the north. Its name is chữ Hán (富壽) for "rich longevity."'
    assert ("Phú Thọ", "rich longevity") in pairs(text)


def test_the_meaning_is_a_term_pair_not_the_places_english() -> None:
    text = 'Phú Thọ is a province in the north. Its name is chữ Hán (富壽) for "rich longevity."'
    entry = entry_with(text, "rich longevity")
    assert entry is not None and entry.kind is Kind.TERM and entry.vi == "Phú Thọ"


def test_a_name_for_without_a_language_is_no_meaning() -> None:
    # "is famous for": no language names the word, so "for" gives no meaning.
    text = 'Phú Thọ is a province in the north. Its name is famous for "rich longevity."'
    assert not any(en == "rich longevity" for _, en in pairs(text))


def test_the_name_written_before_a_translate_cue() -> None:
    text = 'Jarai "kon" is "village". So the name Kontoi can be translated as "high village".'
    assert ("Kontoi", "high village") in pairs(text)


def test_an_english_name_after_the_name_is_no_gloss() -> None:
    text = 'The name Green Hill can be translated as "verdant mound" in poems.'
    assert not any(vi == "Green Hill" for vi, _ in pairs(text))
