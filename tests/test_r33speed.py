"""Round 33 speed: the reference heading's lookahead for its titles' first letters.

The lookahead must let through exactly the lines the titles' branches could match, under the same
IGNORECASE flag, so the headings found (and the blanked reference lists) are those of the pattern
without it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from glossary.mine import citations, infobox
from glossary.mine.citations import (
    _AFTER,
    _BEFORE,
    _REFERENCE_HEADING,
    _REFERENCE_TITLES,
    _TITLE_FIRSTS,
    blank_reference_lists,
    reference_lists,
)

# The pattern as it was before round 33: no lookahead.
_PLAIN = re.compile(rf"\n{_BEFORE}{_REFERENCE_TITLES}{_AFTER}(?=\n|\Z)", re.IGNORECASE)

_TEXTS = [
    "Intro line.\nReferences\n1. A book.\n2. Another.\n\nSee also\nMore text.",
    "Body.\n== Notes and references ==\nA note.\n== External links ==\nlink",
    "Body.\n## Bibliography\nAuthor, Title.\n",
    "Body.\n**Further reading**\nA book\n",
    "Body.\n[edit]Works cited\nA work\nNotes[edit]\nA note",
    "Body.\n  SOURCES  \nsource one\nCitations [?]\nOne",
    "Body.\nFootnotes Edit\nfoot\n",
    # A case-blind match of a letter that is no title's own: the long s (ſ) matches "s" under
    # IGNORECASE; the lookahead must keep it.
    "Body.\nſources\nſ one\n",
    "Body.\nReferences and notes\nx\nBIBLIOGRAPHY\ny",
    # Lines that open with no title's letter, or with one but no title.
    "The cat.\nNothing here\nRefs\nnotes to self: buy milk\nWorks\n",
    "",
    "References",
    "\nReferences\n",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer("\n" + text)]


def test_title_firsts_are_the_titles_first_letters() -> None:
    titles = _REFERENCE_TITLES[3:-1].split("|")
    assert len(titles) == 11
    assert _TITLE_FIRSTS == "".join(sorted({t[0] for t in titles})) == "bcfnrsw"
    assert f"(?=[{_TITLE_FIRSTS}])" in _REFERENCE_HEADING.pattern


@pytest.mark.parametrize("text", _TEXTS)
def test_same_headings_as_without_the_lookahead(text: str) -> None:
    assert _spans(_REFERENCE_HEADING, text) == _spans(_PLAIN, text)


def test_long_s_heading_still_found() -> None:
    assert _spans(_REFERENCE_HEADING, "Body.\nſources\nſ one\n")
    assert reference_lists("Body.\nſources\nſ one\n")


def test_lookahead_class_is_case_blind_like_the_branches() -> None:
    # Every character the titles' first letters match under IGNORECASE passes the lookahead, and no
    # other: the lookahead fails no line a title branch could match.
    lookahead = re.compile(f"[{_TITLE_FIRSTS}]", re.IGNORECASE)
    branches = re.compile("|".join(_TITLE_FIRSTS), re.IGNORECASE)
    for code in range(0x3000):
        ch = chr(code)
        assert bool(lookahead.fullmatch(ch)) == bool(branches.fullmatch(ch)), hex(code)


def test_corpus_pages_blank_the_same_lists() -> None:
    # Found from this file, so the test reads the pages from any working folder, and fails, not
    # skips, if the corpus went missing.
    pages = sorted((Path(__file__).parent / "corpus" / "dev").glob("*.txt"))[:60]
    assert pages, "tests/corpus/dev holds no pages"
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert _spans(_REFERENCE_HEADING, text) == _spans(_PLAIN, text), page.name
        assert blank_reference_lists(text) == _blank_with(_PLAIN, text), page.name


def _blank_with(pattern: re.Pattern[str], text: str) -> str:
    """blank_reference_lists with the heading pattern swapped for another."""
    saved = citations._REFERENCE_HEADING
    citations._REFERENCE_HEADING = pattern
    try:
        return blank_reference_lists(text)
    finally:
        citations._REFERENCE_HEADING = saved


# The field pattern of infobox.py as it was before round 33: no lookahead after the blanks.
_PLAIN_FIELD = re.compile(
    r"\n[ \t]*(?:[-*|•][ \t]*)?"
    r"(?P<key>[A-Za-z][A-Za-z0-9 _\t]{0,40}+(?:(?<=[ \t])-[ \t][A-Za-z][A-Za-z0-9 _\t]{0,30}+)?)"
    r"[:=][ \t]*(?P<value>[^\n]*)"
)

_FIELD_TEXTS = [
    "Name: Hà Nội\n- Capital: yes\n * Area : 3,359 km2\n|Population= 8 million\n• Motto: none",
    "  \t Key: value\n\t- Country name - local long form : Cong Hoa\n1990: a year\n“Quote: x”",
    "Prose line one.\nÁo dài: a dress\n  \n--: x\n*: y\nA-B: z\n",
]


def _field_matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start(), m.end(), m.group("key"), m.group("value")) for m in pattern.finditer("\n" + text)]


@pytest.mark.parametrize("text", _FIELD_TEXTS)
def test_fields_as_without_the_lookahead(text: str) -> None:
    assert _field_matches(infobox._FIELD_AFTER_BREAK, text) == _field_matches(_PLAIN_FIELD, text)


def test_field_lookahead_present_and_corpus_fields_the_same() -> None:
    assert infobox._FIELD_AFTER_BREAK.pattern.startswith(r"\n[ \t]*(?=[-*|•A-Za-z])")
    for page in sorted(Path("tests/corpus/dev").glob("*.txt"))[:60]:
        text = page.read_text(encoding="utf-8")
        assert _field_matches(infobox._FIELD_AFTER_BREAK, text) == _field_matches(_PLAIN_FIELD, text)


def test_reference_heading_opens_with_the_marks_or_titles_lookahead() -> None:
    assert _REFERENCE_HEADING.pattern.startswith(r"\n[ \t]*(?=[bcfnrsw=\#\*\[])")
