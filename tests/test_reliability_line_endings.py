"""Line endings: CRLF (Windows) and CR (old Mac) files read exactly like LF ones and are written back
with the line breaks they came with."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.po import encode_po, line_ending, parse_po, render_po
from glossary.store import Catalog, Glossary
from tests.conftest import ROOT
from tests.test_po import catalogs, entry_fields

SHIPPED = (ROOT / "terms" / "vi.po").read_bytes()
NEWLINES = {"lf": b"\n", "crlf": b"\r\n", "cr": b"\r"}
MSGFMT = shutil.which("msgfmt")


def converted(data: bytes, newline: bytes) -> bytes:
    return data.replace(b"\n", newline)


@pytest.mark.parametrize("name", ["crlf", "cr"])
def test_the_shipped_glossary_reads_the_same_in_every_line_ending(tmp_path: Path, name: str) -> None:
    lf = Glossary.open(ROOT / "terms" / "vi.po")
    path = tmp_path / "vi.po"
    path.write_bytes(converted(SHIPPED, NEWLINES[name]))
    other = Glossary.open(path)
    assert list(other) == list(lf)  # kinds, variants, statuses... (every kind read "other" before)
    assert {e.kind.value for e in other} > {"other"}


@pytest.mark.parametrize("name", ["crlf", "cr"])
def test_an_edit_writes_the_file_back_in_its_own_line_ending(cli, tmp_path: Path, name: str) -> None:
    path = tmp_path / "vi.po"
    path.write_bytes(converted(SHIPPED, NEWLINES[name]))
    result = cli("--glossary", str(path), "add", "--en", "Da Nang", "--vi", "Đà Nẵng", "--kind", "place")
    assert result.returncode == 0, result.stderr
    data = path.read_bytes()
    newline = NEWLINES[name]
    assert line_ending(data) == newline.decode() and data.count(newline) > SHIPPED.count(b"\n")
    assert b"\n" not in data.replace(b"\r\n", b"") if name == "crlf" else b"\n" not in data
    # Only the new entry and the revision date differ from what an LF file would hold.
    as_lf = data.replace(b"\r\n", b"\n") if name == "crlf" else data.replace(b"\r", b"\n")
    assert Catalog.from_bytes(path, as_lf).entries == Glossary.open(path).primary.entries
    kinds = {e.en: e.kind.value for e in Glossary.open(path)}
    assert kinds["Da Nang"] == "place" and kinds["To Lam"] == "person"


@pytest.mark.skipif(MSGFMT is None, reason="msgfmt (GNU gettext) is not installed")
def test_a_crlf_file_written_by_the_store_passes_msgfmt_check(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    path.write_bytes(converted(SHIPPED, b"\r\n"))
    glossary = Glossary.open(path)
    glossary.primary.entries[0].notes.append("checked on Windows")
    glossary.save()
    result = subprocess.run([MSGFMT, "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"a\nb\n", "\n"),
        (b"a\r\nb\r\n", "\r\n"),
        (b"a\rb\r", "\r"),
        (b"a\r\nb\n", "\n"),  # mixed: LF, a CR stays what gettext takes it for
        (b"# x\r\n", "\r\n"),
        (b"", "\n"),
        (b"no break", "\n"),
    ],
)
def test_line_ending_is_read_from_the_file(data: bytes, expected: str) -> None:
    assert line_ending(data) == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=catalogs(), name=st.sampled_from(["crlf", "cr"]))
def test_every_catalog_reads_and_writes_alike_in_all_three_line_endings(catalog, name: str) -> None:
    lf = encode_po(catalog)
    if name == "cr" and b"\r" in lf:
        return  # a CR inside a comment would be a line break in a CR file: such a file cannot exist
    data = converted(lf, NEWLINES[name])
    parsed, reference = parse_po(data, "x.po"), parse_po(lf, "x.po")
    assert [entry_fields(e) for e in parsed] == [entry_fields(e) for e in reference]
    assert parsed.metadata == reference.metadata and parsed.header == reference.header
    assert render_po(parsed) == render_po(reference)
    assert encode_po(parsed) == data  # back in its own line ending, byte for byte
