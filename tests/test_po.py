"""Tests for glossary.po: parse errors with line numbers, NFC, byte-for-byte agreement with
``msgcat --no-wrap`` on real and hand-written catalogs, render/parse fixed points, atomic saves."""

from __future__ import annotations

import difflib
import os
import shutil
import stat
import string
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary import files as files_module
from glossary.errors import PoStoreError
from glossary.files import atomic_write
from glossary.po import encode_po, parse_po, render_po

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "data" / "po"
DJANGO_CACHE = ROOT / ".cache" / "django-wheel"
SYSTEM_MO_DIR = Path("/usr/share/locale/vi/LC_MESSAGES")

MSGCAT = shutil.which("msgcat")
MSGFMT = shutil.which("msgfmt")
MSGUNFMT = shutil.which("msgunfmt")
needs_gettext = pytest.mark.skipif(
    MSGCAT is None or MSGFMT is None,
    reason="GNU gettext (msgcat, msgfmt) is not installed; install the Debian package 'gettext'",
)

HEADER = b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'


# --------------------------------------------------------------------------------------------------
# Helpers


def msgcat(path: Path) -> bytes:
    """What ``msgcat --no-wrap`` writes for a file; the reference every rendering must equal.

    --force-po only matters for a catalog holding nothing but its header: plain msgcat then writes
    nothing at all, which would throw the glossary's header away, so render_po keeps the header.
    """
    assert MSGCAT is not None
    result = subprocess.run([MSGCAT, "--no-wrap", "--force-po", str(path)], capture_output=True, check=False)
    assert result.returncode == 0, f"msgcat rejected {path}: {result.stderr.decode(errors='replace')}"
    return result.stdout


def first_difference(expected: bytes, actual: bytes, label: str) -> str:
    """A unified diff around the first lines that differ, short enough to read in a failure."""

    def lines(data: bytes) -> list[str]:
        # split at "\n" only: str.splitlines would also split at U+2028, which PO strings may hold
        return [line + "\n" for line in data.decode("utf-8", "replace").split("\n")]

    diff = difflib.unified_diff(
        lines(expected),
        lines(actual),
        fromfile=f"msgcat --no-wrap {label}",
        tofile=f"render_po(parse_po({label}))",
        n=2,
    )
    return "".join(list(diff)[:40])


def assert_matches_msgcat(path: Path) -> bytes:
    """render_po(parse_po(file)) must be byte for byte what msgcat --no-wrap makes of the file."""
    expected = msgcat(path)
    actual = encode_po(parse_po(path.read_bytes(), str(path)))
    if actual != expected:
        pytest.fail("rendering differs from msgcat:\n" + first_difference(expected, actual, path.name))
    return actual


def assert_msgfmt_accepts(rendered: bytes, tmp_path: Path) -> None:
    assert MSGFMT is not None
    if not rendered:
        return  # an empty catalog has no header, which msgfmt --check always reports
    target = tmp_path / "rendered.po"
    target.write_bytes(rendered)
    result = subprocess.run(
        [MSGFMT, "--check", "-o", os.devnull, str(target)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------------------------------
# Parse errors: every malformed input names its line


PARSE_ERRORS = [
    pytest.param(HEADER + b'msgid "Hanoi\nmsgstr "H\xc3\xa0 N\xe1\xbb\x99i"\n', 6, "unterminated string",
                 id="unterminated-string"),  # closing quote missing on the msgid line
    pytest.param(HEADER + b'msgid "Hanoi"\nmsgstr "a"\n\n# again\nmsgid "Hanoi"\nmsgstr "b"\n', 10,
                 "duplicate message definition, first defined at line 6", id="duplicate-msgid"),
    pytest.param(HEADER + b'msgctxt "x"\nmsgid "A"\nmsgstr "a"\n\nmsgctxt "x"\nmsgid "A"\nmsgstr "b"\n', 11,
                 "first defined at line 7", id="duplicate-msgctxt-msgid"),  # same context and msgid
    pytest.param(HEADER + b'msgid "A"\nmsgstr "a"\n\n#~ msgid "A"\n#~ msgstr "b"\n', 9,
                 "duplicate message definition", id="duplicate-obsolete"),  # gettext refuses these too
    pytest.param(b'msgid ""\nmsgstr ""\n"Language: vi\\n"\n"Content-Type: text/plain; charset=KOI9-XX\\n"\n',
                 4, "unknown charset 'KOI9-XX'", id="unknown-charset"),  # reported on the Content-Type line
    pytest.param(b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-16\\n"\n', 2,
                 "not ASCII-compatible", id="charset-utf16"),  # Python knows it; a PO file cannot use it
    pytest.param(HEADER + b'msgid "coffee"\nmsgstr "caf\xe9"\n', 7, "byte 0xE9 is not valid UTF-8",
                 id="latin1-in-utf8"),  # a Latin-1 byte in a file that declares UTF-8
    pytest.param(b'msgid "coffee"\n\nmsgstr "caf\xe9"\n', 3, "not valid UTF-8 (no charset declared)",
                 id="latin1-no-header"),  # no header: UTF-8 is assumed
    pytest.param(HEADER + b'msgid "a"\nmsgstr "b\x00"\n', 7, "NUL byte", id="nul-byte"),
    pytest.param(HEADER + b'msgid "a"\nmsgstr "b"\nthis is not a PO line\n', 8, "unknown keyword 'this'",
                 id="garbage-words"),  # stray prose
    pytest.param(HEADER + b'msgid "a"\nmsgstr "b"\n@@ -1,2 +1,2 @@\n', 8, "syntax error",
                 id="garbage-symbols"),  # a stray diff hunk header
    pytest.param(HEADER + b'msgid "a\\q"\nmsgstr "b"\n', 6, "invalid escape sequence '\\q'", id="bad-escape"),
    pytest.param(HEADER + b'msgid "a\\000"\nmsgstr "b"\n', 6, "NUL byte", id="escaped-nul"),
    pytest.param(HEADER + b'msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', 6, "msgid without msgstr",
                 id="missing-msgstr"),  # reported at the msgid that lacks it
    pytest.param(HEADER + b'msgstr "b"\n', 6, "msgstr without msgid", id="msgstr-without-msgid"),
    pytest.param(HEADER + b'msgctxt "c"\nmsgstr "b"\n', 7, "msgctxt must be followed by msgid",
                 id="lone-msgctxt"),
    pytest.param(HEADER + b'msgid "a"\nmsgid_plural "as"\nmsgstr[1] "b"\n', 8, "expected msgstr[0]",
                 id="plural-wrong-index"),  # plural forms must count from 0
    pytest.param(HEADER + b'msgid "a"\nmsgstr[0] "b"\n', 7, "msgstr[0] without msgid_plural",
                 id="plural-form-without-msgid-plural"),
    pytest.param(HEADER + b'msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n', 8, "needs msgstr[0]",
                 id="msgid-plural-with-msgstr"),
    pytest.param(HEADER + b'#~ msgid "a"\nmsgstr "b"\n', 7, "inconsistent use of #~", id="half-obsolete"),
    pytest.param(HEADER + b'# note\n"stray"\n', 7, "string without a keyword",
                 id="stray-string"),  # after a comment, so it cannot continue the header's msgstr
    pytest.param(b'msgid "a"\nmsgstr "b"\n\nmsgid ""\nmsgstr "Language: vi\\n"\n', 4,
                 "must come before all other messages", id="header-not-first"),
    pytest.param(HEADER + b'#| msgid "old"\n', 6, "#| lines without a message", id="dangling-previous"),
    pytest.param(HEADER + b'#| msgctxt "old"\nmsgid "a"\nmsgstr "b"\n', 6, "#| msgctxt without #| msgid",
                 id="previous-msgctxt-alone"),  # gettext needs a previous msgid
    pytest.param(HEADER + b'#| msgid "old"\n#| msgctxt "c"\nmsgid "a"\nmsgstr "b"\n', 7, "out of order",
                 id="previous-out-of-order"),
    pytest.param(HEADER + b'#~| msgid "old"\nmsgid "a"\nmsgstr "b"\n', 7, "inconsistent use of #~",
                 id="obsolete-previous-on-active"),
    pytest.param(HEADER + b'domain "other"\n', 6, "'domain' directives are not supported", id="domain"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "line", "message"), PARSE_ERRORS)
def test_parse_errors_name_the_line(data: bytes, line: int, message: str) -> None:
    with pytest.raises(PoStoreError) as caught:
        parse_po(data, "terms/vi.po")
    error = caught.value
    assert error.path == "terms/vi.po"
    assert error.line == line, error.user_message()
    assert message in error.message
    assert "\n" not in error.message  # one line for a person
    assert error.user_message().startswith(f"terms/vi.po:{line}: ")


# --------------------------------------------------------------------------------------------------
# What the parser returns


def test_nfd_input_comes_back_nfc() -> None:
    text = '# ghi chú Thủy\n#. biến thể: Khánh Hoà\nmsgid "Hà Nội"\nmsgstr "Hà Nội"\n'
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != unicodedata.normalize("NFC", nfd)
    catalog = parse_po(HEADER + nfd.encode(), "nfd.po")
    (entry,) = catalog
    for value in (entry.msgid, entry.msgstr, entry.tcomment, entry.comment):
        assert value == unicodedata.normalize("NFC", value)
    assert entry.msgid == "Hà Nội" and entry.tcomment == "ghi chú Thủy"


def test_nfd_duplicates_of_nfc_are_duplicates() -> None:
    # The glossary never compares raw strings: the same word in NFC and NFD is one msgid.
    nfd = unicodedata.normalize("NFD", "Hà Nội")
    data = HEADER + f'msgid "Hà Nội"\nmsgstr "a"\n\nmsgid "{nfd}"\nmsgstr "b"\n'.encode()
    with pytest.raises(PoStoreError, match="duplicate"):
        parse_po(data, "x.po")


def test_bom_is_dropped_and_crlf_read() -> None:
    data = b"\xef\xbb\xbf" + HEADER.replace(b"\n", b"\r\n") + b'msgid "a"\r\nmsgstr "b"\r\n'
    catalog = parse_po(data, "bom.po")
    assert catalog.metadata["Language"] == "vi"
    assert [(entry.msgid, entry.msgstr) for entry in catalog] == [("a", "b")]
    assert not render_po(catalog).startswith("\ufeff")


def test_fields_and_line_numbers_of_the_features_fixture() -> None:
    catalog = parse_po((FIXTURES / "features.po").read_bytes(), "features.po")
    assert isinstance(catalog, polib.POFile)
    assert all(isinstance(entry, polib.POEntry) for entry in catalog)
    assert catalog.metadata["Language"] == "vi"
    assert catalog.metadata_is_fuzzy == ["fuzzy"]
    assert catalog.header.split("\n")[1] == ""  # the lone "#" line of the header comment
    by_id = {(entry.msgctxt, entry.msgid): entry for entry in catalog}
    hanoi = by_id[(None, "Hanoi")]
    assert hanoi.linenum == 16  # first line of the entry, its translator comment
    assert hanoi.tcomment == "Reviewer note: the official English name."
    assert hanoi.comment == "kind: place\nvariants: Ha Noi; Hà Nội"
    assert hanoi.occurrences == [("seeds/vna-2025-01.txt", "12"), ("seeds/vna-2025-02.txt", "7")]
    assert by_id[(None, "Renovation policy")].comment.startswith("kind: policy")  # "#.kind", no blank
    assert by_id[(None, "Renovation policy")].fuzzy
    title = by_id[("title", "Party General Secretary and State President")]
    assert (title.previous_msgctxt, title.previous_msgid) == ("office", "General Secretary\nTo Lam")
    assert by_id[(None, "%d province")].msgstr_plural == {0: "%d tỉnh"}
    escaped = by_id[(None, 'tab\there, "quoted" and back\\slash')]
    assert escaped.msgstr == 'tab\tở đây, "trích dẫn" và gạch\\ngược'
    photo = by_id[(None, "(Photo: VNA)")]
    assert photo.obsolete and photo.previous_msgid == "Photo VNA"  # polib's own reader drops "#~|"
    assert photo.occurrences == [("seeds/vna-2025-01.txt", "40")] and photo.comment == "kind: noise"


def test_layout_fixture_reads_like_gettext() -> None:
    catalog = parse_po((FIXTURES / "layout.po").read_bytes(), "layout.po")
    assert catalog.header == "#double hash comment\n\ttab after the hash\ntrailing blanks   "
    by_id = {entry.msgid: entry for entry in catalog}
    assert "concatenated on one line" in by_id
    assert "escapes: \a \b \f \v \r AB é" in by_id  # octal and hex escapes are bytes in the charset
    assert "continued with a backslash-newline" in by_id
    assert by_id["only the last flags line counts"].flags == ["c-format"]  # gettext resets flags per line
    empty = by_id["empty special comments"]
    assert empty.comment == "\n" and empty.occurrences == [] and empty.flags == []


# --------------------------------------------------------------------------------------------------
# Byte-for-byte agreement with msgcat --no-wrap


FIXTURE_FILES = sorted(FIXTURES.glob("*.po"))


@needs_gettext
@pytest.mark.parametrize("path", FIXTURE_FILES, ids=[path.name for path in FIXTURE_FILES])
def test_fixtures_render_as_msgcat_does(path: Path, tmp_path: Path) -> None:
    # Hand-written: plurals, msgctxt, #| and #~| previous fields, obsolete entries with comments,
    # translator comments, multi-line strings, escapes, Vietnamese text, flags and references that
    # msgcat normalizes, gettext's odder syntax (layout.po), and a Latin-1 catalog.
    rendered = assert_matches_msgcat(path)
    assert_msgfmt_accepts(rendered, tmp_path)


IN_MEMORY_LAYOUTS = [
    pytest.param(HEADER + b'# note\r\n#: a.c:1\nmsgid "a"\nmsgstr "b"\n',
                 id="stray-cr"),  # msgcat keeps the CR of a comment line in an LF file; so do we
    pytest.param(HEADER + b'msgid "no final newline"\nmsgstr "x"', id="no-final-newline"),  # last line counts
    pytest.param(b'# belongs to the first message: no header\nmsgid "a"\nmsgstr "b"\n',
                 id="no-header"),  # the top comment is the first entry's, not polib's po.header
    pytest.param(b'#, fuzzy\n#~ msgid "skipped"\n#~ msgstr ""\n\n#~ msgid "kept"\n#~ msgstr "k"\n',
                 id="only-obsolete"),  # msgcat starts with a blank line after a skipped obsolete entry
    pytest.param(HEADER + b'#~ msgid "moved"\n#~ msgstr "m"\n\nmsgid "a"\nmsgstr "b"\n',
                 id="obsolete-first"),  # msgcat moves obsolete entries after all the others
    pytest.param(HEADER + b'msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\nmsgstr[1] "b"\n\n#, fuzzy\n'
                 b'#~ msgid "o"\n#~ msgid_plural "os"\n#~ msgstr[0] ""\n#~ msgstr[1] "x"\n',
                 id="empty-first-form"),  # fuzzy dropped, obsolete entry left out: only msgstr[0] counts
    pytest.param(HEADER + b'msgid "lines"\nmsgstr "\\n\\n"\n\nmsgid "\\n"\nmsgstr "a\\n "\n',
                 id="newlines"),  # where msgcat starts with "" and breaks, and where it does not
    pytest.param(HEADER + b'#: c.c:1:2 :5 b.c: x.c : 7 y.c: 8\nmsgid "refs"\nmsgstr "r"\n',
                 id="reference-forms"),  # every way gettext 0.21 reads a file position
    pytest.param(HEADER + b'#\nmsgid "a"\nmsgstr "b"\n\n#.\nmsgid "c"\nmsgstr "d"\n',
                 id="lone-empty-comments"),  # polib's "" cannot say "one empty line"; PoEntry remembers it
    pytest.param(b'#. header note\n#: h.c:1\n#, fuzzy\n#| msgid "x"\nmsgid ""\nmsgstr ""\n'
                 b'"Key:no blank\\n"\n"a line without a colon\\n"\n'
                 b'"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',
                 id="odd-header"),  # kept as read while the metadata is unchanged
    pytest.param(HEADER, id="header-only"),  # needs --force-po: plain msgcat writes nothing at all
    pytest.param(b"", id="empty-file"),  # e.g. msgunfmt of a catalog without messages
]  # fmt: skip


@needs_gettext
@pytest.mark.parametrize("data", IN_MEMORY_LAYOUTS)
def test_small_layouts_render_as_msgcat_does(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "case.po"
    path.write_bytes(data)
    assert_matches_msgcat(path)


def _django_catalogs() -> list[object]:
    """The vi catalogs in Django's wheel, downloaded once into .cache/ (never committed)."""
    wheels = sorted(DJANGO_CACHE.glob("django-*.whl"))
    if not wheels:
        DJANGO_CACHE.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-d",
                   str(DJANGO_CACHE), "django"]  # fmt: skip
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
            detail = (result.stderr.strip().splitlines() or ["pip failed"])[-1]
        except (OSError, subprocess.SubprocessError) as err:
            detail = str(err)
        wheels = sorted(DJANGO_CACHE.glob("django-*.whl"))
        if not wheels:
            reason = f"could not download Django's wheel (no network?): {detail}"
            return [pytest.param(None, None, marks=pytest.mark.skip(reason=reason), id="django-unavailable")]
    wheel = wheels[-1]
    with zipfile.ZipFile(wheel) as archive:
        members = sorted(
            name for name in archive.namelist() if "/locale/vi/LC_MESSAGES/" in name and name.endswith(".po")
        )
    return [
        pytest.param(wheel, member, id=member.replace("/locale/vi/LC_MESSAGES/", ":")) for member in members
    ]


def _system_catalogs() -> list[object]:
    mo_files = sorted(SYSTEM_MO_DIR.glob("*.mo")) if SYSTEM_MO_DIR.is_dir() else []
    if not mo_files or MSGUNFMT is None:
        reason = f"no .mo files under {SYSTEM_MO_DIR}" if not mo_files else "msgunfmt is not installed"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="system-unavailable")]
    return [pytest.param(path, id=path.name) for path in mo_files]


@needs_gettext
@pytest.mark.parametrize(("wheel", "member"), _django_catalogs())
def test_django_vi_catalogs_render_as_msgcat_does(wheel: Path, member: str, tmp_path: Path) -> None:
    # Third-party Vietnamese catalogs maintained on Transifex, read straight from Django's wheel.
    with zipfile.ZipFile(wheel) as archive:
        path = tmp_path / "django.po"
        path.write_bytes(archive.read(member))
    rendered = assert_matches_msgcat(path)
    assert_msgfmt_accepts(rendered, tmp_path)


@needs_gettext
@pytest.mark.parametrize("mo_path", _system_catalogs())
def test_system_vi_catalogs_render_as_msgcat_does(mo_path: Path, tmp_path: Path) -> None:
    # Every Vietnamese .mo installed on this machine, turned back into PO by msgunfmt.
    assert MSGUNFMT is not None
    path = tmp_path / f"{mo_path.stem}.po"
    subprocess.run([MSGUNFMT, str(mo_path), "-o", str(path)], capture_output=True, check=True)
    if not path.exists():
        path.write_bytes(b"")  # msgunfmt writes no file for a catalog without messages
    rendered = assert_matches_msgcat(path)
    assert_msgfmt_accepts(rendered, tmp_path)


# --------------------------------------------------------------------------------------------------
# Catalogs built through the polib API, as the store builds them


def test_catalog_built_with_polib_renders_like_msgcat(tmp_path: Path) -> None:
    catalog = polib.POFile()
    catalog.header = "Vietnamese–English glossary."
    catalog.metadata = {
        "Language": "vi",
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    references = [("seeds/a.txt", "3"), ("seeds/a.txt", 3)]  # the same position twice, once as an int
    flags = ["python-format", "fuzzy"]  # msgcat's order puts fuzzy first
    catalog.append(
        polib.POEntry(msgid="Vietnam", msgstr="Việt Nam", flags=flags, comment="kind", occurrences=references)
    )
    catalog.append(polib.POEntry(msgid="To Lam", msgstr="Tô Lâm", obsolete=True, tcomment="rejected: typo"))
    catalog.append(polib.POEntry(msgid="Hanoi", msgstr="Hà Nội"))
    rendered = render_po(catalog)
    assert rendered.startswith('# Vietnamese–English glossary.\nmsgid ""\nmsgstr ""\n"Language: vi\\n"\n')
    assert "#, fuzzy, python-format\n" in rendered and rendered.count("seeds/a.txt:3") == 1
    assert rendered.endswith('# rejected: typo\n#~ msgid "To Lam"\n#~ msgstr "Tô Lâm"\n')  # obsolete last
    path = tmp_path / "built.po"
    path.write_bytes(encode_po(catalog))
    if MSGCAT is not None:
        assert msgcat(path) == rendered.encode()


def test_changed_metadata_rewrites_the_header() -> None:
    catalog = parse_po((FIXTURES / "layout.po").read_bytes(), "layout.po")
    untouched = render_po(catalog)
    assert 'msgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n' in untouched
    catalog.metadata["PO-Revision-Date"] = "2025-07-02 09:00+0700"
    assert '"Language: vi\\n"\n"PO-Revision-Date: 2025-07-02 09:00+0700\\n"\n' in render_po(catalog)


def test_encode_po_uses_the_declared_charset() -> None:
    catalog = parse_po((FIXTURES / "latin1.po").read_bytes(), "latin1.po")
    assert b'msgstr "caf\xe9"' in encode_po(catalog)
    catalog[0].msgstr = "Hà Nội"  # "ộ" has no Latin-1 form
    with pytest.raises(PoStoreError, match="'ộ' cannot be written in charset ISO-8859-1") as caught:
        encode_po(catalog)
    assert caught.value.line == 9


# --------------------------------------------------------------------------------------------------
# Hypothesis: render -> parse -> render is a fixed point and keeps every field


VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐÂĂÊÔƠƯ"
)
LINE_ALPHABET = VI_LETTERS + string.ascii_letters + string.digits + " .,:;!?()%-'\"\\\t#~|\r\a\u2028"
texts = st.text(alphabet=LINE_ALPHABET + "\n", max_size=30)
# A comment line ending in a backslash would join the next line (gettext's backslash-newline rule).
comment_lines = st.text(alphabet=LINE_ALPHABET, max_size=20).filter(lambda line: not line.endswith("\\"))
comment_blocks = st.lists(comment_lines, max_size=3).map("\n".join)
file_names = st.lists(st.text(alphabet="abcdefghij_-", min_size=1, max_size=8), min_size=1, max_size=3).map(
    lambda parts: "/".join(parts) + ".txt"
)
references = st.lists(
    st.tuples(file_names, st.one_of(st.just(""), st.integers(0, 99999).map(str))), max_size=6, unique=True
)
FLAG_ORDER = ["fuzzy", "c-format", "python-format", "no-python-brace-format", "range: 1..3", "no-wrap"]


@st.composite
def entries(draw: st.DrawFn) -> polib.POEntry:
    obsolete = draw(st.booleans())
    # msgcat leaves out obsolete entries whose msgstr is empty: keep them translated
    translations = texts.filter(bool) if obsolete else texts
    entry = polib.POEntry(
        msgctxt=draw(st.none() | texts),
        msgid=draw(texts.filter(bool)),
        tcomment=draw(comment_blocks),
        comment=draw(comment_blocks),
        occurrences=draw(references),
        obsolete=obsolete,
    )
    if draw(st.booleans()):  # gettext reads a previous msgctxt or msgid_plural only with a previous msgid
        entry.previous_msgctxt = draw(st.none() | texts)
        entry.previous_msgid = draw(texts)
        entry.previous_msgid_plural = draw(st.none() | texts)
    if draw(st.booleans()):
        entry.msgid_plural = draw(texts)
        forms = draw(st.lists(texts, min_size=1, max_size=3))
        forms[0] = draw(translations)
        entry.msgstr_plural = dict(enumerate(forms))
        translated = forms[0] != ""
    else:
        entry.msgstr = draw(translations)
        translated = entry.msgstr != ""
    # Flags in gettext's order, as msgcat would keep them.
    flags = [flag for flag in FLAG_ORDER if draw(st.booleans())]
    if obsolete:
        flags = [flag for flag in flags if flag == "fuzzy"]
    if not translated:
        flags = [flag for flag in flags if flag != "fuzzy"]
    entry.flags = flags
    return entry


@st.composite
def catalogs(draw: st.DrawFn) -> polib.POFile:
    catalog = polib.POFile()
    catalog.header = draw(comment_blocks)
    catalog.metadata = {
        "Project-Id-Version": draw(st.text(alphabet=string.ascii_letters + " ", max_size=10)).strip(),
        "Language": "vi",
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    catalog.metadata_is_fuzzy = draw(st.booleans())
    for entry in draw(st.lists(entries(), max_size=6, unique_by=lambda entry: (entry.msgctxt, entry.msgid))):
        catalog.append(entry)
    return catalog


FIELDS = ("msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "tcomment", "comment", "occurrences",
          "flags", "previous_msgctxt", "previous_msgid", "previous_msgid_plural")  # fmt: skip


def entry_fields(entry: polib.POEntry) -> dict[str, object]:
    fields = {name: getattr(entry, name) for name in FIELDS}
    fields["obsolete"] = bool(entry.obsolete)
    return fields


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs())
def test_render_parse_render_is_a_fixed_point(catalog: polib.POFile) -> None:
    first = render_po(catalog)
    parsed = parse_po(first.encode("utf-8"), "random.po")
    assert render_po(parsed) == first
    # msgcat writes obsolete entries last; everything else comes back field for field.
    expected = sorted(catalog, key=lambda entry: bool(entry.obsolete))  # stable: file order otherwise
    assert [entry_fields(entry) for entry in parsed] == [entry_fields(entry) for entry in expected]
    assert parsed.metadata == catalog.metadata
    assert parsed.header == catalog.header
    assert ("fuzzy" in parsed.metadata_is_fuzzy) == bool(catalog.metadata_is_fuzzy)


@needs_gettext
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(catalog=catalogs())
def test_random_catalogs_are_msgcat_fixed_points(catalog: polib.POFile, tmp_path: Path) -> None:
    # What render_po writes, msgcat --no-wrap leaves unchanged: the layout is msgcat's own.
    path = tmp_path / "random.po"
    path.write_bytes(encode_po(catalog))
    expected = msgcat(path)
    assert path.read_bytes() == expected, first_difference(expected, path.read_bytes(), "random.po")


# --------------------------------------------------------------------------------------------------
# atomic_write


def leftovers(directory: Path) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name.endswith(".tmp"))


def test_atomic_write_writes_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "vi.po"
    atomic_write(target, b"first")
    atomic_write(str(target), b"second")  # str and PathLike both work
    assert target.read_bytes() == b"second"
    assert leftovers(tmp_path) == []


def test_atomic_write_keeps_permission_bits(tmp_path: Path) -> None:
    target = tmp_path / "vi.po"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_atomic_write_new_file_follows_umask(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.po", b"x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.po").stat().st_mode) == 0o644  # not mkstemp's 0600


def test_atomic_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.po"
    real.write_bytes(b"old")
    link = tmp_path / "link.po"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_atomic_write_failure_keeps_the_old_file(
    failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The disk fails midway (fsync of the data, or the rename): the old file must survive untouched.
    target = tmp_path / "vi.po"
    target.write_bytes(b"old content")

    def fail(*args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files_module.os, failing, fail)
    with pytest.raises(PoStoreError) as caught:
        atomic_write(target, b"new content")
    monkeypatch.undo()
    assert caught.value.path == str(target)
    assert "Input/output error" in caught.value.message
    assert target.read_bytes() == b"old content"
    assert leftovers(tmp_path) == []


def test_atomic_write_into_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(PoStoreError, match="cannot create a temporary file"):
        atomic_write(tmp_path / "missing" / "vi.po", b"x")
