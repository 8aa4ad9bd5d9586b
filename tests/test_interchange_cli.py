"""`glossary export` and `glossary import` through the real command: filters, round trips through
an empty glossary, third-party catalogs, the miner's merge rules, dry runs and bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from glossary.model import Entry, Kind, Status
from glossary.store import Glossary
from tests.conftest import ROOT

SHIPPED = ROOT / "terms"


def _data(glossary: Path) -> list[dict]:
    return sorted((e.to_data() for e in Glossary.open(glossary)), key=lambda d: (d["en"], d["vi"]))


def _make(path: Path, *entries: Entry) -> Path:
    glossary = Glossary.open(path, create=True)
    for entry in entries:
        glossary.add(entry)
    glossary.save()
    return path


@pytest.mark.parametrize("format", ["po", "tbx", "csv", "xlsx"])
def test_export_then_import_into_an_empty_glossary_gives_back_the_same_entries(cli, tmp_path, format) -> None:
    out = tmp_path / f"all.{format}"
    result = cli("export", "--format", format, "--status", "all", "-o", str(out))
    assert result.returncode == 0, result.stderr
    result = cli("--glossary", str(tmp_path / "copy"), "import", str(out))
    assert result.returncode == 0, result.stderr
    original = _data(SHIPPED)
    if format == "po":
        original = [d for d in original if d["en"]]  # an en-vi catalog has no message without English
    assert _data(tmp_path / "copy") == original
    assert f"{len(original)} entries read: new {len(original)}, updated 0" in result.stderr


def test_export_filters_by_status_and_kind_and_writes_stdout(cli) -> None:
    result = cli("export", "--format", "tsv", "--kind", "person", "--direction", "vi-en")
    assert result.returncode == 0, result.stderr
    people = [e for e in Glossary.open(SHIPPED) if e.kind is Kind.PERSON and e.status is Status.APPROVED]
    assert [line.split("\t")[:2] for line in result.stdout.splitlines()] == [[e.vi, e.en] for e in people]
    assert "not selected by status or kind" in result.stderr and "\r" not in result.stderr
    candidates = cli("export", "--format", "csv", "--status", "candidate")
    wanted = sum(e.status is Status.CANDIDATE for e in Glossary.open(SHIPPED))
    assert f"wrote {wanted} entries to stdout (csv, en-vi)" in candidates.stderr
    bad = cli("export", "--status", "approved,maybe")
    assert bad.returncode == 2 and "unknown status 'maybe'" in bad.stderr


THIRD_PARTY = """\
msgid ""
msgstr ""
"Language: vi\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

#: src/menu.c:10
msgid "_File"
msgstr "_Tệp"

msgid "Save As…"
msgstr "Lưu thành…"

msgid "Ho Chi Minh City"
msgstr "Thành phố Hồ Chí Minh"

msgid "The file could not be saved because the disk is full."
msgstr "Không thể lưu tệp vì đĩa đã đầy."

#, python-format
msgid "Open %s"
msgstr "Mở %s"

msgid "One file"
msgid_plural "%d files"
msgstr[0] "%d tệp"

#, fuzzy
msgid "Close"
msgstr "Đóng lại"

msgid "Untranslated"
msgstr ""

msgid "Hanoi"
msgstr "Hà Nọi"
"""


def test_import_a_third_party_catalog(cli, tmp_path) -> None:
    glossary = _make(
        tmp_path / "terms",
        Entry(en="Hanoi", vi="Hà Nội", kind=Kind.PLACE, status=Status.APPROVED),
        Entry(en="Renewal", vi="đổi mới", status=Status.REJECTED),
    )
    before = (glossary / "vi.po").read_bytes()
    catalog = tmp_path / "app-vi.po"
    catalog.write_text(THIRD_PARTY, encoding="utf-8")
    dry = cli("--glossary", str(glossary), "import", "--dry-run", str(catalog))
    assert dry.returncode == 0, dry.stderr
    assert (glossary / "vi.po").read_bytes() == before  # a dry run writes nothing
    assert "new: Tệp = File  [term, candidate]" in dry.stdout
    assert "conflict: Hà Nội: approved 'Hà Nội', " in dry.stdout and "app-vi.po:" in dry.stdout
    assert dry.stderr.count("\n") == 1
    assert dry.stderr == (
        "glossary import: 1 file(s), 4 entries read: new 3, updated 0, unchanged 0, conflicts 1, skipped 5 "
        "(sentences 1, placeholders, markup or several lines 1, plural 1, fuzzy 1, untranslated 1) "
        "(dry run, nothing written)\n"
    )
    real = cli("--glossary", str(glossary), "import", str(catalog))
    assert real.returncode == 0, real.stderr
    entries = {e.en: e for e in Glossary.open(glossary)}
    assert {en: (e.vi, e.status) for en, e in entries.items()} == {
        "Hanoi": ("Hà Nội", Status.APPROVED),  # approved: never overwritten
        "Renewal": ("đổi mới", Status.REJECTED),
        "File": ("Tệp", Status.CANDIDATE),
        "Save As": ("Lưu thành", Status.CANDIDATE),
        "Ho Chi Minh City": ("Thành phố Hồ Chí Minh", Status.CANDIDATE),
    }
    assert str(entries["File"].sources[0]) == f"{catalog}:7"  # where the message starts


def test_import_never_changes_approved_or_rejected_entries(cli, tmp_path) -> None:
    glossary = _make(
        tmp_path / "terms",
        Entry(en="Hanoi", vi="Hà Nội", status=Status.APPROVED, notes=["house style"]),
        Entry(en="Photo", vi="ảnh 1", status=Status.REJECTED),
        Entry(en="Renewal", vi="đổi mới", status=Status.CANDIDATE),
    )
    incoming = tmp_path / "in.csv"
    incoming.write_text(
        "source,target,translator_comments,status\r\n"
        "Hanoi,Hà Nội,another note,approved\r\n"
        "Photo,ảnh 1,,approved\r\n"
        "Renewal,Đổi Mới,from the termbase,approved\r\n",
        encoding="utf-8",
    )
    result = cli("--glossary", str(glossary), "import", str(incoming))
    assert result.returncode == 0, result.stderr
    assert "new 0, updated 1, unchanged 2, conflicts 0" in result.stderr
    entries = {e.en: e for e in Glossary.open(glossary)}
    assert entries["Hanoi"].notes == ["house style"] and entries["Photo"].status is Status.REJECTED
    # A candidate gains the other form as a variant and stays a candidate for a reviewer to decide.
    assert entries["Renewal"].status is Status.CANDIDATE and "Đổi Mới" in entries["Renewal"].forms()


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each bad file and the place its one-line error must name."""
    tbx = tmp_path / "broken.tbx"
    tbx.write_text('<?xml version="1.0"?>\n<tbx type="TBX-Basic">\n<text><body>\n</tbx>\n', encoding="utf-8")
    columns = tmp_path / "columns.csv"
    columns.write_text("english,vietnamese\nHanoi,Hà Nội\n", encoding="utf-8")
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("source,target\nHanoi,Ha Noi\nCafé,cà phê\n".encode("latin-1", "replace"))
    fields = tmp_path / "fields.csv"
    fields.write_text('source,target\n"Hanoi","Hà Nội"\n"Hue","Huế","extra"\n', encoding="utf-8")
    formula = tmp_path / "formula.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["source (en)", "target (vi)"])
    sheet.append(["Hanoi", "Hà Nội"])
    sheet.append(["Hue", "=A2"])
    workbook.save(formula)
    mo = tmp_path / "wrong-magic.mo"
    mo.write_bytes(b"\x00\x01\x02\x03" + bytes(40))
    tsv = tmp_path / "glossary.tsv"
    tsv.write_text("Hanoi\tHà Nội\nno tab on this line\n", encoding="utf-8")
    po = tmp_path / "broken.po"
    po.write_text('msgid "Hanoi"\nmsgstr "Hà Nội\n', encoding="utf-8")
    return {
        "tbx": (tbx, f"{tbx}:4: not well-formed XML"),
        "csv columns": (columns, f"{columns}:1: the header needs the columns source and target"),
        "csv encoding": (latin, f"{latin}:3: not UTF-8 text"),
        "csv fields": (fields, f"{fields}:3: 3 fields, but the header names 2"),
        "xlsx formula": (formula, f"{formula}:row 3, column B: a formula (=A2) instead of text"),
        "mo": (mo, f"{mo}: not an MO file: it starts with the bytes 00 01 02 03"),
        "tsv": (tsv, f"{tsv}:2: 1 tab-separated fields"),
        "po": (po, f"{po}:2:"),
    }


@pytest.mark.parametrize(
    "case", ["tbx", "csv columns", "csv encoding", "csv fields", "xlsx formula", "mo", "tsv", "po"]
)
def test_bad_input_is_one_line_exit_2_and_nothing_merged(cli, tmp_path, case) -> None:
    glossary = _make(tmp_path / "terms", Entry(en="Hue", vi="Huế", status=Status.APPROVED))
    before = (glossary / "vi.po").read_bytes()
    good = tmp_path / "good.tsv"
    good.write_text("Da Nang\tĐà Nẵng\n", encoding="utf-8")
    bad, message = _bad_files(tmp_path)[case]
    result = cli("--glossary", str(glossary), "import", str(good), str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith(f"glossary: {message}"), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert (glossary / "vi.po").read_bytes() == before  # the good file was not merged either


def test_csv_from_weblate_without_the_glossary_columns(cli, tmp_path) -> None:
    """A Weblate glossary CSV: fuzzy rows are candidates, the others approved; comments are notes."""
    weblate = tmp_path / "glossary-vi.csv"
    weblate.write_text(
        '"location","source","target","id","fuzzy","context","translator_comments","developer_comments"\n'
        '"","Hanoi","Hà Nội","","False","","capital","a place"\n'
        '"","Renewal","Đổi Mới","","True","","",""\n',
        encoding="utf-8",
    )
    result = cli("--glossary", str(tmp_path / "terms"), "import", str(weblate))
    assert result.returncode == 0, result.stderr
    entries = {e.en: e for e in Glossary.open(tmp_path / "terms")}
    assert entries["Hanoi"].status is Status.APPROVED and entries["Hanoi"].notes == ["capital", "a place"]
    assert entries["Renewal"].status is Status.CANDIDATE


def test_import_reads_tbx_from_other_tools(cli, tmp_path) -> None:
    """A TBX 2008 file as CAT tools write it: the first preferred term is the entry's form, the
    others are variants with their administrative status."""
    path = tmp_path / "termbase.tbx"
    path.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc>
</martifHeader><text><body>
<termEntry id="t1"><descrip type="definition">capital of Viet Nam</descrip>
 <langSet xml:lang="en-US"><tig><term>Ha Noi</term>
   <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  <tig><term>Hanoi</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
 </langSet>
 <langSet xml:lang="vi"><ntig><termGrp><term>Hà Nội</term></termGrp></ntig></langSet>
 <langSet xml:lang="fr"><tig><term>Hanoï</term></tig></langSet>
</termEntry></body></text></martif>
""",
        encoding="utf-8",
    )
    result = cli("--glossary", str(tmp_path / "terms"), "import", "--as-candidates", str(path))
    assert result.returncode == 0, result.stderr
    (entry,) = Glossary.open(tmp_path / "terms")
    assert (entry.en, entry.vi, entry.status) == ("Hanoi", "Hà Nội", Status.CANDIDATE)
    assert [(v.form, v.status.value) for v in entry.variants] == [("Ha Noi", "deprecated")]
    assert entry.notes == ["capital of Viet Nam"]


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
def test_import_a_compiled_catalog(cli, tmp_path) -> None:
    mo = tmp_path / "g.mo"
    assert cli("export", "--format", "mo", "-o", str(mo)).returncode == 0
    result = cli("--glossary", str(tmp_path / "terms"), "import", str(mo))
    assert result.returncode == 0, result.stderr
    back = {(e.en, e.vi) for e in Glossary.open(tmp_path / "terms")}
    assert back == {
        (e.en, e.vi) for e in Glossary.open(SHIPPED) if e.status is Status.APPROVED and e.en and e.vi
    }
