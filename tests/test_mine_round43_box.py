"""Round 43: an institution's box with a Latin line, and dioceses as organisations."""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.title_stack import extract_title_stack
from glossary.model import Kind
from tests.mine_helpers import entry_with


def _stack(text: str) -> list[tuple[str, str]]:
    return [(m.vi, m.en) for m in extract_title_stack(Document("t.txt", text))]


def test_latin_line_over_the_native_name_is_no_rendering() -> None:
    # English, Latin, native: the Latin line next to the native one is no English rendering.
    text = (
        "Metropolitan Archdiocese of Hue\n\nArchidioecesis Metropolitae Huensis\n\n"
        "Tổng giáo phận Huế\nCatholic\n"
    )
    assert ("Tổng giáo phận Huế", "Archidioecesis Metropolitae Huensis") not in _stack(text)


def test_english_line_over_the_native_name_still_renders_it() -> None:
    # The same stack without the Latin line keeps its rendering.
    text = "Metropolitan Archdiocese of Hue\n\nTổng giáo phận Huế\nCatholic\n"
    assert _stack(text) == [("Tổng giáo phận Huế", "Metropolitan Archdiocese of Hue")]


def test_a_diocese_is_an_organisation() -> None:
    text = "The Diocese of Vinh (Vietnamese: Giáo phận Vinh) is a diocese of the Catholic Church.\n"
    entry = entry_with(text, "Diocese of Vinh")
    assert entry.kind is Kind.ORGANISATION
    assert entry.vi == "Giáo phận Vinh"
