"""--fix never changes a byte it did not mean to: texts (CRLF, NFD, BOM), HTML, PO catalogs (layout kept,
msgfmt --check valid, only msgstr text changed); ambiguous findings are left alone; backups and --output."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata

import polib
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.check import fix, source_from_bytes
from glossary.check.sources import kind_of
from tests.check_helpers import checker, write_glossary

CATALOG = """\
# Translators' comment kept as it is.
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Language: vi\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

#. A developer's note about To Lam.
#: src/app.c:12
msgid "Welcome to Hanoi and Vietnam"
msgstr ""
"Chào mừng đến Ha Nội và "
"Viet Nam"

#, fuzzy
msgid "To Lam visits \\"the\\" city"
msgstr "Tô Lam thăm \\"thành phố\\"\\n"

msgid "One file in Vietnam"
msgid_plural "%d files in Vietnam"
msgstr[0] "%d tệp ở Hanoi"

msgid "Mount Yen Tu"
msgstr "Núi Yên Tu"

#~ msgid "Old Hanoi"
#~ msgstr "Ha Noi cũ"
"""


def spans_of(text: str, findings) -> list[tuple[int, int]]:
    """Character spans of fixable findings, from their reported line and columns."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return [
        (starts[f.line - 1] + f.col - 1, starts[f.end_line - 1] + f.end_col - 1)
        for f in findings
        if f.fixable
    ]


def assert_only_spans_changed(before: str, after: str, findings) -> None:
    """`after` is `before` with only the findings' spans rewritten: every stretch outside them comes
    back verbatim and in order. A pattern of the outside stretches with a wildcard per span decides it
    (a character differ is no oracle here: it may align "Ha Nội  Ha" across two spans)."""
    spans = sorted(spans_of(before, findings))
    pattern, at = [], 0
    for start, end in spans:
        pattern.append(re.escape(before[at:start]))
        pattern.append("(.*?)")
        at = max(at, end)
    pattern.append(re.escape(before[at:]))
    assert re.fullmatch("".join(pattern), after, flags=re.DOTALL), (before, after, spans)


def fixed(text: str, name: str = "t.txt", **kw):
    source = source_from_bytes(text.encode("utf-8"), name, kind=kind_of(name))
    findings = checker(**kw).check_source(source)
    return fix(source, findings), findings


def test_text_fix_touches_only_the_findings():
    text = "Tô Lam met Audrey Azoulai in Ha Nội.\r\nHa\r\nNội again, and Viêt  Nam.\r\n"
    result, findings = fixed(text)
    assert result.text == "Tô Lâm met Audrey Azoulay in Hà Nội.\r\nHà\r\nNội again, and Việt  Nam.\r\n"
    assert_only_spans_changed(text, result.text, findings)
    assert len(result.applied) == 5


def test_nfd_text_stays_nfd_and_bom_stays():
    text = unicodedata.normalize("NFD", "Tô Lâm and Ha Nội.\nViêt Nam\n")
    source = source_from_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"), "t.txt")
    result = fix(source, checker().check_source(source))
    data = result.data()
    assert data.startswith(b"\xef\xbb\xbf")
    out = data[3:].decode("utf-8")
    assert unicodedata.is_normalized("NFD", out)
    assert unicodedata.normalize("NFC", out) == "Tô Lâm and Hà Nội.\nViệt Nam\n"


def test_ambiguous_findings_are_reported_not_fixed():
    result, findings = fixed("Mount Yên Tu rises.")
    assert [f.candidates for f in findings] == [("Yên Tử", "Yên Từ")]
    assert not findings[0].fixable and result.text == "Mount Yên Tu rises."


def test_html_fix_keeps_markup_and_entities():
    html = '<p class="Ha Noi">Visit <b>Ha</b>&nbsp;Nội and Ha&nbsp;Nội</p>'
    result, findings = fixed(html, "p.html")
    assert result.text == '<p class="Ha Noi">Visit <b>Hà</b>&nbsp;Nội and Hà&nbsp;Nội</p>'
    assert_only_spans_changed(html, result.text, findings)


@pytest.fixture
def catalog(tmp_path):
    path = tmp_path / "vi.po"
    path.write_text(CATALOG, encoding="utf-8")
    return path


def test_catalog_findings_point_into_the_file(catalog):
    source = source_from_bytes(catalog.read_bytes(), "vi.po", kind="po")
    findings = checker().check_source(source)
    got = [(f.line, f.col, f.code, f.found) for f in findings]
    assert got == [
        (15, 16, "VN102", "Ha Nội"),
        (16, 2, "VN101", "Viet Nam"),
        (20, 9, "VN102", "Tô Lam"),
        (24, 12, "VN201", "Vietnam"),
        (24, 21, "VN101", "Hanoi"),
        (27, 13, "VN102", "Yên Tu"),
    ]
    lines = CATALOG.splitlines()
    for line, col, code, found in got:
        if code != "VN201":
            assert lines[line - 1][col - 1 :].startswith(found)


def test_catalog_fix_changes_only_msgstr_text_and_stays_valid(catalog, tmp_path):
    source = source_from_bytes(catalog.read_bytes(), "vi.po", kind="po", file=catalog)
    findings = checker().check_source(source)
    result = fix(source, findings)
    out = tmp_path / "out.po"
    out.write_bytes(result.data())
    check = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    before, after = CATALOG.splitlines(), out.read_text(encoding="utf-8").splitlines()
    assert len(before) == len(after)  # same layout: no line joined or split
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert [a for _, a in changed] == [
        '"Chào mừng đến Hà Nội và "',
        '"Việt Nam"',
        'msgstr "Tô Lâm thăm \\"thành phố\\"\\n"',
        'msgstr[0] "%d tệp ở Hà Nội"',
    ]
    old, new = polib.pofile(str(catalog)), polib.pofile(str(out))
    for a, b in zip(old, new, strict=True):
        assert (a.msgid, a.msgid_plural, a.comment, a.tcomment, a.flags, a.occurrences, a.obsolete) == (
            b.msgid,
            b.msgid_plural,
            b.comment,
            b.tcomment,
            b.flags,
            b.occurrences,
            b.obsolete,
        )
    assert new.metadata == old.metadata
    # the ambiguous one and the missing term stay reported
    remaining = checker().check_source(source_from_bytes(out.read_bytes(), "out.po", kind="po"))
    assert [f.code for f in remaining] == ["VN201", "VN102"]


def test_reverse_catalog_checks_the_english_side(tmp_path):
    po = tmp_path / "en.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Chào mừng đến Hà Nội"\nmsgstr "Welcome to the capital"\n\n'
        'msgid "Tô Lâm thăm Việt Nam"\nmsgstr "To Lam visits Vietnam"\n',
        encoding="utf-8",
    )
    findings = checker().check_source(source_from_bytes(po.read_bytes(), "en.po", kind="po"))
    assert [(f.code, f.line, f.found, f.candidates) for f in findings] == [("VN202", 7, "Hà Nội", ("Hanoi",))]


def test_cli_fix_in_place_keeps_a_backup_and_output_leaves_the_input(cli, tmp_path, catalog):
    write_glossary(tmp_path / "terms")
    original = catalog.read_bytes()
    result = cli(
        "--glossary", str(tmp_path / "terms"), "check", "--fix", "--output", "fixed.po", "vi.po", cwd=tmp_path
    )
    assert result.returncode == 1  # VN201 and the ambiguous VN102 remain
    assert catalog.read_bytes() == original and (tmp_path / "fixed.po").exists()
    result = cli(
        "--glossary", str(tmp_path / "terms"), "check", "--fix", "vi.po", "--format", "json", cwd=tmp_path
    )
    assert [d["code"] for d in json.loads(result.stdout)] == ["VN201", "VN102"]
    assert (tmp_path / "vi.po.orig").read_bytes() == original
    assert catalog.read_bytes() == (tmp_path / "fixed.po").read_bytes()
    # a second run keeps the first backup and makes another
    cli("--glossary", str(tmp_path / "terms"), "check", "--fix", "vi.po", cwd=tmp_path)
    assert (tmp_path / "vi.po.orig").read_bytes() == original


NAMES = ["Tô Lam", "Ha Nội", "Viêt Nam", "To Lam", "Hà Nội", "Audrey Azoulai", "Khánh Hoà", "Mount Yên Tu"]
FILLER = st.text(alphabet=" .,;\n\r\t-abcxyzđêơ()", max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(FILLER, st.sampled_from(NAMES)), min_size=1, max_size=6), FILLER, st.booleans())
# A character differ once aligned "a Nội  Ha" across the two fixed spans of this text.
@example(parts=[("", "Ha Nội"), ("", "Ha Nội"), ("", "Hà Nội")], tail="", nfd=False)
def test_fix_changes_nothing_but_finding_spans(parts, tail, nfd):
    text = "".join(f"{filler} {name} " for filler, name in parts) + tail
    if nfd:
        text = unicodedata.normalize("NFD", text)
    source = source_from_bytes(text.encode("utf-8"), "t.txt")
    findings = checker().check_source(source)
    result = fix(source, findings)
    assert_only_spans_changed(text, result.text, findings)
    # what a fix wrote is no longer reported, and decoding gives back valid UTF-8 of the same form
    again = checker().check_source(source_from_bytes(result.data(), "t.txt"))
    fixed_codes = {(f.line, f.code) for f in result.applied}
    assert not any((f.line, f.code) in fixed_codes and f.fixable for f in again if f.code != "VN104")
    if nfd:
        assert unicodedata.is_normalized("NFD", result.text)
