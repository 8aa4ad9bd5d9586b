"""Round trips: export -> read gives back every entry, with everything the format can hold.

One Hypothesis property per format, on entries with Vietnamese text (written NFC or NFD), variants
with their statuses, notes with tabs and line breaks, quotes and commas, and one side empty. What
each format cannot hold is listed in docs/interchange.md; `held` below is that list as code, and
the property compares what comes back with exactly that.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from glossary.interchange import FORMATS, Selection, export, read_file
from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from tests import tbx_basic

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạầẩẫấậềểễếệờởỡớợừửữứựỳỷỹýỵĐÔƯHNTL"
PUNCT = " ,\"'-.;:()&/?!"


def _text(alphabet: str, min_size: int = 1, max_size: int = 20) -> st.SearchStrategy[str]:
    plain = st.text(alphabet, min_size=min_size, max_size=max_size)
    # Half the texts arrive decomposed, as macOS or some CMSs write them; the model makes them NFC.
    return st.tuples(plain, st.booleans()).map(lambda t: unicodedata.normalize("NFD", t[0]) if t[1] else t[0])


FORM = _text(LETTERS + PUNCT).filter(lambda s: s.strip() and not s.strip().startswith("glossary-"))
NOTE = _text(LETTERS + PUNCT + "\t\n", max_size=30).filter(
    lambda s: s.strip() and not s.lstrip().startswith("glossary-")
)
SOURCE = st.builds(Source, st.sampled_from(["seeds/a.txt", "texts/tin-tức.md", "b.html"]), st.integers(0, 99))
VARIANT = st.builds(Variant, FORM, st.sampled_from(list(VariantType)), st.sampled_from(list(VariantStatus)))


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    en = draw(st.one_of(st.just(""), FORM))
    vi = draw(FORM) if not en.strip() else draw(st.one_of(st.just(""), FORM))
    return Entry(
        en=en,
        vi=vi,
        kind=draw(st.sampled_from(list(Kind))),
        status=draw(st.sampled_from(list(Status))),
        variants=draw(st.lists(VARIANT, max_size=3)),
        abbr=draw(st.one_of(st.just(""), st.text("ABCDEGHSVN", min_size=2, max_size=6))),
        notes=draw(st.lists(NOTE, max_size=3)),
        sources=draw(st.lists(SOURCE, max_size=2, unique=True)),
        contexts=draw(st.lists(FORM, max_size=2)),
        frequency=draw(st.integers(0, 500)),
        confidence=draw(st.sampled_from([1.0, 0.5, 0.25, 0.875])),
        disambiguation=draw(st.sampled_from(["", "person", "place"])),
        flags=draw(st.lists(st.sampled_from(["unverified", "checked"]), max_size=2, unique=True)),
    )


# Entries whose source forms (and contexts) differ in both directions: a PO or MO catalog keys
# messages on the source form, so it could not hold two with the same one.
ENTRY_LISTS = st.lists(
    entries(),
    max_size=4,
    unique_by=(lambda e: (e.disambiguation, e.en or id(e)), lambda e: (e.disambiguation, e.vi or id(e))),
)


def _lines(items: list[str]) -> list[str]:
    return [line for item in items for line in item.split("\n") if line.strip()]


def held(entry: Entry, format: str, selection: Selection) -> Entry | None:
    """What a format keeps of an entry (None: the entry is not in the file)."""
    data = entry.to_data()
    source, target = selection.source(entry), selection.target(entry)
    if format in ("po", "pot"):
        if not source:
            return None
        # A PO comment is one line: a note's line breaks become spaces, a context's blanks collapse.
        data["notes"] = [" ".join(n.split("\n")) for n in entry.notes]
        data["contexts"] = [" ".join(c.split()) for c in entry.contexts]
        if format == "pot":
            data["vi" if selection.direction == "en-vi" else "en"] = ""
            data["status"] = Status.CANDIDATE.value
    elif format == "mo":
        if not source or not target or entry.status is not Status.APPROVED:
            return None
        data = Entry(en=entry.en, vi=entry.vi, status=Status.APPROVED, disambiguation=entry.disambiguation)
        return data
    elif format in ("csv", "xlsx"):
        # A cell holds a list one item per line, so a note spanning lines comes back line by line.
        data["notes"] = _lines(entry.notes)
    elif format == "tsv":
        if not source:
            return None
        notes = [" ".join(n.replace("\t", " ").split("\n")) for n in entry.notes]
        return Entry(
            en=entry.en,
            vi=entry.vi,
            status=Status.APPROVED,
            notes=[n for n in " | ".join(notes).split(" | ")],
        )
    return Entry.from_data(data)


def _round_trip(tmp_path: Path, format: str, direction: str, items: list[Entry]) -> None:
    selection = Selection(direction, frozenset(Status))
    path = tmp_path / f"round-trip.{format}"
    export(items, path, format, selection)
    if format == "tbx":  # every TBX v3 written, whatever the entries (or none), is TBX-Basic
        assert tbx_basic.problems(etree.parse(str(path))) == []
    back = read_file(str(path), direction=None if format in ("po", "pot", "mo", "xlsx", "tbx") else direction)
    expected = [e for e in (held(item, format, selection) for item in items) if e is not None]
    if format == "po":
        # Rejected entries are obsolete messages, which gettext keeps at the end of a catalog.
        expected.sort(key=lambda e: e.status is Status.REJECTED)
    if format == "mo":
        # An MO file lists messages sorted by their bytes (context, EOT, msgid).
        expected.sort(
            key=lambda e: (e.disambiguation + "\x04" * bool(e.disambiguation) + selection.source(e)).encode()
        )
    assert [e.to_data() for e in back.entries] == [e.to_data() for e in expected]


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize("direction", ["en-vi", "vi-en"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=ENTRY_LISTS)
def test_export_then_read_gives_back_what_the_format_holds(
    tmp_path: Path, format: str, direction: str, items: list[Entry]
) -> None:
    _round_trip(tmp_path, format, direction, items)
