"""The bulk PO reader (a whole message per regex match) against the general lexer and parser it
stands in front of: on generated catalogs, the same catalog or the same error, line for line."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.search_data import generate
from glossary import po
from glossary.errors import PoStoreError
from glossary.po import bulk, read
from tests.po_strategies import po_files


def _outcome(data: bytes) -> tuple:
    """What parse_po makes of data: the catalog's content, or the error's line and message."""
    try:
        catalog = po.parse_po(data, "x.po")
    except PoStoreError as err:
        return ("error", err.line, str(err))
    header = catalog.header_entry.__dict__ if catalog.header_entry is not None else None
    return (
        "catalog",
        catalog.encoding,
        catalog.newline,
        catalog.header,
        catalog.metadata,
        catalog.metadata_is_fuzzy,
        header,
        [entry.__dict__ for entry in catalog],
    )


def _general_outcome(data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple:
    with monkeypatch.context() as patch:
        patch.setattr(read, "read_bulk", lambda text, codec, path: None)
        return _outcome(data)


# Pieces of every shape the bulk pattern reads or must refuse: odd comment prefixes, lines ending
# in a backslash (gettext joins them with the next), previous and obsolete fields, escapes, blank
# lines with blanks in them, strings continued on the next line, CRs inside lines. The odd ones
# are drawn rarely, so that most files are valid and most of their messages read in bulk.
_GOOD_COMMENTS = st.sampled_from([
    "# note", "#", "# ", "#  two blanks", "#. kind: term", "#.", "#. ", "#.x", "#.  wide", "#. a: b: c",
    "#: a.txt:12", "#: a.txt:007", "#: a:1 b:2 a:1", "#: a.txt", "#: x:1:2", "#: a::5", "#, fuzzy",
    "#, fuzzy, c-format", "#,", "#, range: 1..3", "# ends in a backslash\\ x", "#\r", "# cr\r",
])  # fmt: skip
_ODD_COMMENTS = st.sampled_from([
    "#x", "#: a.txt: 12", "#: a.txt :12", "#: :5", "#: a:99999999999999999999", "#:\ta:3", "#! fuzzy",
    "#| msgid \"old\"", "#~| msgid \"old\"", "# ends in a backslash\\", "#. also\\", "#: b.txt:2\\",
    "#, fuzzy\\", "  # indented", "#: a:1\u00a0b:2",
])  # fmt: skip
_GOOD_STRINGS = st.sampled_from([
    "Ha Noi", "Hà Nội", "tab\\there", "quote \\\" in", "nl\\n", "\\x41\\102", "back\\\\slash",
    "trailing blank ", "Ho\u0300a", "\\303\\240", "\u2028 line separator", "a\rb",
])  # fmt: skip
_ODD_STRINGS = st.sampled_from(["", "\\q", "\\x00", "a\\", "\\777"])


def _rarely(common: st.SearchStrategy, odd: st.SearchStrategy, one_in: int) -> st.SearchStrategy:
    return st.integers(1, one_in).flatmap(lambda n: odd if n == 1 else common) if one_in else common


@st.composite
def _catalogs(draw: st.DrawFn) -> bytes:
    """PO text made mostly of well-formed messages of the common shape, with odd pieces mixed in."""
    lines = [] if draw(st.booleans()) else ['msgid ""', 'msgstr ""', '"Language: vi\\n"']
    # Odd comments in one file of three, odd strings and keywords in another: a file with several
    # kinds of oddness is mostly an error, where the bulk reader has little to do.
    odd_comments, odd_strings = draw(st.sampled_from([(0, 0), (6, 0), (0, 20)]))
    for number in range(draw(st.integers(0, 8))):
        comments = draw(st.lists(_rarely(_GOOD_COMMENTS, _ODD_COMMENTS, odd_comments), max_size=4))
        if draw(st.integers(0, 4)):  # in the order msgcat writes them, as bulk messages have them
            comments.sort(key=lambda line: "#.:,".find(line[1:2]))
        lines += comments
        prefix = draw(_rarely(st.sampled_from(["", "", "#~ "]), st.just("#~"), odd_strings))
        if draw(st.integers(0, 4)) == 0:
            lines.append(f'{prefix}msgctxt "{draw(_rarely(_GOOD_STRINGS, _ODD_STRINGS, odd_strings))}"')
        msgid = draw(
            _rarely(st.just(f"term {number}") | _GOOD_STRINGS, st.just("term 0") | _ODD_STRINGS, odd_strings)
        )
        lines.append(f'{prefix}msgid "{msgid}"')
        if draw(st.integers(0, 9)) == 0:
            lines.append(f'"{draw(_GOOD_STRINGS)}"')
        msgstr_prefix = draw(_rarely(st.just(prefix), st.just(""), odd_strings))
        lines.append(f'{msgstr_prefix}msgstr "{draw(_rarely(_GOOD_STRINGS, _ODD_STRINGS, odd_strings))}"')
        if odd_strings and draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(['"more"', '#~ "more"', "   ", 'msgstr[0] "x"', "junk"])))
        lines += [""] * draw(st.integers(0, 2))
    text = "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    return text.replace("\n", newline).encode("utf-8")


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_catalogs())
def test_the_bulk_reader_reads_what_the_general_reader_reads(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _outcome(data) == _general_outcome(data, monkeypatch)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=po_files())
def test_the_bulk_reader_agrees_on_hostile_files(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _outcome(data) == _general_outcome(data, monkeypatch)


def test_a_glossary_file_is_read_in_bulk_but_for_its_header(monkeypatch: pytest.MonkeyPatch) -> None:
    text = generate(300)
    stretches: list[str] = []
    read_stretch = bulk.read_stretch
    monkeypatch.setattr(
        bulk, "read_stretch", lambda chunk, *rest: stretches.append(chunk) or read_stretch(chunk, *rest)
    )
    entries = bulk.read_bulk(text, "utf-8", "x.po")
    assert entries is not None and len(entries) == 301
    assert len(stretches) == 1 and stretches[0].startswith('msgid ""\n') and stretches[0].count("msgid") == 2
    monkeypatch.undo()
    assert _outcome(text.encode()) == _general_outcome(text.encode(), monkeypatch)


@pytest.mark.parametrize(
    "text, line",
    [
        ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4),  # a duplicate: where the second is
        ('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "\\q"\n', 5),  # a bad escape in a bulk message
        ('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d"\n"e\n', 6),  # a lexer error after bulk messages
        ('msgid "a"\nmsgstr "b"\n\nmsgid ""\nmsgstr "X: y\\n"\n', 4),  # the header after a message
    ],
)
def test_errors_name_the_same_line(text: str, line: int, monkeypatch: pytest.MonkeyPatch) -> None:
    outcome = _outcome(text.encode())
    assert outcome[:2] == ("error", line)
    assert outcome == _general_outcome(text.encode(), monkeypatch)


_LAST = '#: f.txt:3\nmsgid "d"\nmsgstr "y"\n'


@pytest.mark.parametrize(
    "message, stretch",
    [
        # A string continued on the next line: the stretch runs to the end of the next bulk message,
        # since comments before that message could be its own.
        ('msgid "b"\nmsgstr ""\n"continued"\n', 'msgid "b"\nmsgstr ""\n"continued"\n\n' + _LAST),
        ('#| msgid "old"\n', None),  # a previous msgid: of the next message
        ('msgid "b"\nmsgid_plural "bs"\nmsgstr[0] "c"\nmsgstr[1] "cs"\n', None),  # a plural message
    ],
)
def test_a_message_of_another_shape_is_read_on_its_own(
    message: str, stretch: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The general reader reads the message the pattern refuses; the rest of the file stays in bulk."""
    text = f'#. kind: term\nmsgid "a"\nmsgstr "x"\n\n{message}\n{_LAST}'
    stretches: list[str] = []
    read_stretch = bulk.read_stretch
    monkeypatch.setattr(
        bulk, "read_stretch", lambda chunk, *rest: stretches.append(chunk) or read_stretch(chunk, *rest)
    )
    entries = bulk.read_bulk(text, "utf-8", "x.po")
    monkeypatch.undo()
    assert entries is not None and entries[0].msgid == "a" and entries[-1].msgid == "d"
    assert stretches == [stretch or message + "\n" + _LAST]
    assert _outcome(text.encode()) == _general_outcome(text.encode(), monkeypatch)


@pytest.mark.parametrize(
    "line",
    [
        "# x",  # a run of comments and no message: each try read the rest of the run (quadratic)
        "#. kind: term",
        "#: a.txt:1 b.txt:2",
        'msgid "a"\nmsgstr ""\n"continued"',  # messages the pattern refuses, with no blank line between
    ],
)
def test_the_bulk_reader_is_linear_on_long_runs_it_cannot_read(line: str) -> None:
    """Against a plain pass over the same bytes (decode, NFC, split into lines), timed in the same
    run: generous, since the reader lexes and parses what the plain pass only splits."""
    data = ((line + "\n") * 20_000).encode()
    started = time.perf_counter()
    try:
        po.parse_po(data, "x.po")
    except PoStoreError:
        pass  # duplicates: the point is the time to find out
    reading = time.perf_counter() - started
    started = time.perf_counter()
    unicodedata.normalize("NFC", data.decode()).split("\n")
    baseline = time.perf_counter() - started
    assert reading <= 200 * baseline + 2.0, (reading, baseline)
