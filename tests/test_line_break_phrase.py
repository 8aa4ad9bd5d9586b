"""The English side read back from a parenthesis stops at a line break: the line before is another
block (a coordinates line, a heading), so its last word is no part of the name. Sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

from glossary.mine.documents import Document
from glossary.mine.en_phrases import en_phrase_back
from glossary.mine.glosses import extract_glosses


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in extract_glosses(Document(Path("t.txt"), text))}


def test_coordinates_letter_does_not_join_the_name() -> None:
    text = (
        "Coordinates: 10°46′N 106°41′E\n"
        "Reunification Hall (Vietnamese: Hội trường Thống Nhất) is a hall.\n"
    )
    pairs = _pairs(text)
    assert ("Hội trường Thống Nhất", "Reunification Hall") in pairs
    assert not any(en.startswith("E ") for _, en in pairs)


def test_heading_word_does_not_join_the_name() -> None:
    text = "History\nRiver Palace (Vietnamese: Cung Sông) stood by the water.\n"
    end = text.index(" (Vietnamese")
    phrase = en_phrase_back(text, end, 0)
    assert phrase is not None
    assert phrase.text == "River Palace"


def test_break_right_before_the_parenthesis_keeps_the_name() -> None:
    # A flattened box puts the parenthesis on its own line: the name before the break is still read.
    text = "Names\nReunification Hall\n(Vietnamese: Hội trường Thống Nhất)\n"
    end = text.index("(") - 1
    phrase = en_phrase_back(text, end, 0)
    assert phrase is not None
    assert phrase.text == "Reunification Hall"
