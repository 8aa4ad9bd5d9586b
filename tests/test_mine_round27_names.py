"""Round 27, name meanings: a name said to be a language's word for its meaning ('Its name is
Sino-Vietnamese for "..."'), and a name written after "the name" before a rendering cue."""

from __future__ import annotations

from glossary.model import Kind
from tests.mine_helpers import entry_with, linked, mine, pairs


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


def test_a_name_closing_a_participle_phrase_is_not_what_is_called() -> None:
    # The dance is called so, not the province the participle phrase ends with.
    text = (
        "Múa Hà Giang is a dance of the north. Any dance performed in Tỉnh (Province) Ha Giang is "
        "called Múa Hà Giang. Many villages in the Ha Giang Region keep it."
    )
    assert not linked(text, "Ha Giang", "Múa Hà Giang")


def test_a_place_called_by_another_name_still_links() -> None:
    text = "Hà Giang Province is in the north. Hà Giang was formerly called Hà Tuyên by many."
    assert linked(text, "Hà Giang", "Hà Tuyên")


def test_a_place_english_is_its_bare_name_over_a_headed_one() -> None:
    text = (
        "Bình Định is a coastal province. There are 9 villages in the Binh Dinh Region that sing. A "
        "saying in the Binh Dinh Region goes on. Another saying in the Binh Dinh Province is old. "
        "Singers from Binh Dinh travel. Bình Định is hilly."
    )
    entry = entry_with(text, "Binh Dinh Region")
    assert entry is not None and entry.en != "Binh Dinh Region" and "Binh Dinh Region" in entry.forms()


def test_a_vietnamese_name_with_an_english_unit_is_not_its_english() -> None:
    # "Quy Nhơn Province" renders no word of "Quy Nhơn": a variant, no gloss pair.
    text = "Nhạc was born in Quy Nhơn. He ruled Quy Nhơn Province for years. Quy Nhơn fell in 1799."
    entry = entry_with(text, "Quy Nhơn Province")
    assert entry is not None and entry.en != "Quy Nhơn Province"
    assert ("Quy Nhơn", "Quy Nhơn Province") not in {(e.vi, e.en) for e in mine(text)}
