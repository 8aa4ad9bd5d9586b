"""The cold build's reader (glossary/search/poread.py) against the store's: on generated PO files, the
same columns as parse_po and entry_from_po give (kind, status, headword, forms and JSON of every
entry, the messages' keys, the header), or no reading at all exactly where parse_po raises."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.search_data import generate
from glossary.entry_codec import entry_from_po, is_glossary_entry
from glossary.errors import PoStoreError
from glossary.model import Entry
from glossary.po import parse_po
from glossary.search.poread import Columns, read_columns
from tests.po_strategies import po_files

from .test_po_bulk import _catalogs
from .test_store_decode import _LINES, _TEXT


def _columns(columns: Columns) -> tuple:
    return (bytes(columns.kinds), bytes(columns.statuses), columns.headwords, columns.forms, columns.json)


def _by_the_store(data: bytes) -> tuple | None:
    """What the store's reader gives: the columns of its entries, the keys, whether a header was read."""
    try:
        catalog = parse_po(data, "x.po")
    except PoStoreError:
        return None
    columns = Columns()
    entries = [entry_from_po(e) for e in catalog if is_glossary_entry(e)]
    columns.add_entries(entries)
    for entry, text in zip(entries, columns.json, strict=True):  # the model's one codec
        assert text.decode() == json.dumps(entry.to_data(), ensure_ascii=False, separators=(",", ":"))
    keys = [e.msgid if e.msgctxt is None else (e.msgctxt, e.msgid) for e in catalog]
    return _columns(columns), keys, catalog.header_entry is not None


def _by_poread(data: bytes) -> tuple | None:
    columns = Columns()
    columns.add_entries([Entry(en="already there", vi="đã có")])  # a reading adds to what is there
    before = _columns(columns)
    read = read_columns(data, "x.po", columns)
    if read is None:
        assert _columns(columns) == before  # given up: the columns as they were
        return None
    added = tuple(column[1:] for column in _columns(columns))
    return added, read.keys, read.header


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")


@st.composite
def _glossary_files(draw: st.DrawFn) -> bytes:
    """PO files of glossary messages: every key the store reads, with odd values, in bulk-shaped
    messages mostly (translator comments, one or more references, flags, msgctxt, obsolete)."""
    lines = [] if draw(st.booleans()) else ['msgid ""', 'msgstr ""', '"Language: vi\\n"', ""]
    for number in range(draw(st.integers(0, 6))):
        lines += [f"# {note}" for note in draw(st.lists(_TEXT, max_size=2))]
        lines += [f"#. {line}" for line in draw(st.lists(_LINES, max_size=6))]
        references = draw(
            st.lists(st.sampled_from(["a.txt:12", "b/c.txt:007", "a.txt:0", "d.txt", "e:1"]), max_size=3)
        )
        if references:
            lines.append("#: " + " ".join(references))
        flags = draw(st.lists(st.sampled_from(["fuzzy", "c-format", "no-wrap"]), max_size=2, unique=True))
        if flags:
            lines.append("#, " + ", ".join(flags))
        prefix = "#~ " if draw(st.integers(0, 5)) == 0 else ""
        if draw(st.integers(0, 5)) == 0:
            lines.append(f'{prefix}msgctxt "{_quoted(draw(_TEXT))}"')
        # Unique, and now and then blank: an entry listed under its abbreviation or a variant.
        msgid = draw(st.sampled_from([f"{_quoted(draw(_TEXT))} {number}", " " * (number + 1)]))
        lines.append(f'{prefix}msgid "{msgid}"')
        lines.append(f'{prefix}msgstr "{_quoted(draw(_TEXT))}"')
        lines.append("")
    return "\n".join(lines).encode("utf-8")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_glossary_files())
def test_glossary_files_read_as_the_store_reads_them(data: bytes) -> None:
    assert _by_poread(data) == _by_the_store(data)


@settings(max_examples=300, deadline=None)
@given(data=_catalogs())
def test_catalogs_of_every_shape_read_as_the_store_reads_them(data: bytes) -> None:
    assert _by_poread(data) == _by_the_store(data)


@settings(max_examples=150, deadline=None)
@given(data=po_files())
def test_hostile_files_read_as_the_store_reads_them(data: bytes) -> None:
    assert _by_poread(data) == _by_the_store(data)


def test_a_generated_glossary_reads_as_the_store_reads_it() -> None:
    data = generate(3000).encode()
    by_poread = _by_poread(data)
    assert by_poread is not None and by_poread == _by_the_store(data)
    assert len(by_poread[0][4]) == 3000 and by_poread[2]


def test_a_late_header_or_a_duplicate_is_left_to_the_store() -> None:
    body = generate(5).encode()
    late = body + b'\nmsgid ""\nmsgstr "Language: vi\\n"\n'
    duplicate = body + b"\n" + body.split(b"\n\n")[2] + b"\n"
    for data in (late, duplicate):
        assert _by_the_store(data) is None and _by_poread(data) is None
    # An obsolete message before the header is no error (gettext allows it), a live one is.
    header = b'msgid ""\nmsgstr "Language: vi\\n"\n'
    assert _by_poread(b'#~ msgid "old"\n#~ msgstr "x"\n\n' + header) == _by_the_store(
        b'#~ msgid "old"\n#~ msgstr "x"\n\n' + header
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_file_in_another_charset_reads_as_the_store_reads_it(newline: str) -> None:
    text = (
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
        "#. kind: place\n#. variant: spelling: Créteil\n#: a.txt:3\n"
        'msgid "Creteil"\nmsgstr "Cr\\351teil \\"ville\\""\n\n'
        '#. abbr: É\nmsgid "École"\nmsgstr ""\n'
    )
    data = text.replace("\n", newline).encode("latin-1")
    by_poread = _by_poread(data)
    assert by_poread is not None and by_poread == _by_the_store(data)
    assert by_poread[0][2] == ['Créteil "ville"', "École"]  # headwords
