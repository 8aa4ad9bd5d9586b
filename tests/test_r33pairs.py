"""Round 33, gloss pairs: a place name's meaning that renders only the part after its generic word,
and an English noun phrase followed by its Vietnamese between commas. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

from glossary.mine.appositive_pairs import english_first_appositives
from glossary.mine.documents import Document
from glossary.mine.generic_meaning import specific_part
from glossary.mine.gloss_side import Phrase
from glossary.mine.glosses import extract_glosses


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in extract_glosses(Document(Path("t.txt"), text))}


def _phrase(text: str) -> Phrase:
    return Phrase(text, 10, 10 + len(text))


def test_meaning_of_the_proper_part_after_a_generic() -> None:
    pairs = _pairs("Off the coast lie two rocks: Hòn Gió (north wind) and Hòn Rùa (Turtle), both tiny.\n")
    assert ("Gió", "north wind") in pairs
    assert ("Rùa", "Turtle") in pairs
    assert not any(vi.startswith("Hòn") for vi, _ in pairs)


def test_specific_part_keeps_a_whole_rendering() -> None:
    # The English keeps the generic's head: the whole name is rendered.
    assert specific_part(_phrase("Hồ Tây"), "West Lake") is None
    assert specific_part(_phrase("Thành Nam"), "Southern Citadel") is None
    # The name's own spelling with its unit left out is no meaning.
    assert specific_part(_phrase("Thị trấn Óc Eo"), "Óc Eo") is None
    # A name of several capitalised words is a rendering of the whole ("Grilled Fish Lane").
    assert specific_part(_phrase("Phố Chả Cá"), "Grilled Fish Lane") is None
    # A common noun phrase in lower case is rendered whole.
    assert specific_part(_phrase("núi đá"), "stone") is None


def test_specific_part_cuts_the_generic() -> None:
    part = specific_part(_phrase("Hòn Mây"), "cloud")
    assert part is not None and part.text == "Mây" and part.start == 14 and part.end == 17


def test_english_noun_phrase_then_vietnamese_between_commas() -> None:
    text = "She taught the village children the Vietnamese script, chữ Quốc ngữ, before the war.\n"
    found = {(m.vi, m.en) for m in english_first_appositives(Document(Path("t.txt"), text))}
    assert found == {("chữ Quốc ngữ", "Vietnamese script")}
    assert ("chữ Quốc ngữ", "Vietnamese script") in _pairs(text)


def test_english_first_appositive_skips_lists_and_names() -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(m.vi, m.en) for m in english_first_appositives(Document(Path("t.txt"), text))}

    # A list's item: a comma stands before the article's phrase.
    assert found("They bought fish, the green herbs, rau răm, and rice.\n") == set()
    # The Vietnamese side goes on into a list with "and".
    assert found("They served the soup, bún riêu, and rice.\n") == set()
    # A capitalised English word that is no language is a name, not a rendering.
    assert found("He sailed down the Mekong river, sông Cửu Long, at dawn.\n") == set()


def test_caption_english_of_phrase_then_vietnamese_ending_the_line() -> None:
    def found(text: str) -> set[tuple[str, str]]:
        return {(m.vi, m.en) for m in english_first_appositives(Document(Path("t.txt"), text))}

    assert found("Photo of lacquer painting, sơn mài\nThe craft is old.\n") == {
        ("sơn mài", "lacquer painting")
    }
    # After "of" the Vietnamese side must end the line (a caption), not open a list.
    assert found("The cake is made of rice flour, nước cốt dừa, sugar and salt.\n") == set()


def test_one_word_renders_the_one_syllable_after_a_generic() -> None:
    pairs = _pairs("Two rocks stand there, Hòn Gà (rooster) and Hòn Trống (drum), near the shore.\n")
    assert ("Gà", "rooster") in pairs
    assert ("Trống", "drum") in pairs
    # A one-word description of a name with no generic stays no pair.
    assert _pairs("Mỹ Sơn (municipality) is old.\n") == set()
