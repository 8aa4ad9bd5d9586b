"""Every exported file, read by an independent reader and compared with the glossary.

msgfmt --check (PO, POT), msgfmt and msgunfmt and Python's gettext (MO), the TBX-Basic RNG and
Schematron through lxml (TBX v3), Translate Toolkit (TBX 2008, CSV), openpyxl (XLSX). The files are
written by the real `glossary export` command, from the shipped glossary and from a small glossary
of awkward entries.
"""

from __future__ import annotations

import gettext
import shutil
import subprocess
import unicodedata
from pathlib import Path

import polib
import pytest
from lxml import etree, isoschematron
from openpyxl import load_workbook
from translate.storage import csvl10n, tbx

from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.store import Glossary
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "tbx"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
needs_gettext = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")

AWKWARD = [
    Entry(en="Hanoi", vi=unicodedata.normalize("NFD", "Hà Nội"),  # decomposed input
          kind=Kind.PLACE, status=Status.APPROVED,
          variants=[Variant("Ha Noi", VariantType.NO_DIACRITICS, VariantStatus.PREFERRED),
                    Variant("Hà-nội", VariantType.SPELLING, VariantStatus.DEPRECATED)],
          notes=['Capital; "Hà Nội", not Ha-noi', "tab\there"], sources=[Source("seeds/a.txt", 3)]),
    Entry(en="=SUM(A1)", vi="=tổng", status=Status.APPROVED),  # looks like a formula, is text
    Entry(en='Say "hi", then go', vi="Chào, rồi đi", status=Status.APPROVED, disambiguation="phrase"),
    Entry(en="Renewal", vi="Đổi Mới", kind=Kind.TERM, status=Status.CANDIDATE),
    Entry(en="UNESCO", vi="", kind=Kind.ACRONYM, status=Status.APPROVED),  # no Vietnamese form
    Entry(en="", vi="Không một mình", status=Status.APPROVED),  # no English form
    Entry(en="Photo", vi="ảnh 1", status=Status.REJECTED),
]  # fmt: skip


@pytest.fixture
def awkward(tmp_path: Path) -> Path:
    glossary = Glossary.open(tmp_path / "terms", create=True)
    for entry in AWKWARD:
        glossary.add(entry)
    glossary.save()
    return tmp_path / "terms"


def export(cli, glossary: Path, out: Path, *args: str) -> Path:
    result = cli("--glossary", str(glossary), "export", "-o", str(out), *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    return out


def approved_pairs(glossary: Path, direction: str = "en-vi") -> dict[tuple[str, str], str]:
    """(context, source) -> target for every approved entry with both forms: what a catalog holds."""
    out = {}
    for e in Glossary.open(glossary):
        if e.status is Status.APPROVED and e.en and e.vi:
            source, target = (e.en, e.vi) if direction == "en-vi" else (e.vi, e.en)
            out[(e.disambiguation, source)] = target
    return out


@needs_gettext
@pytest.mark.parametrize("direction", ["en-vi", "vi-en"])
@pytest.mark.parametrize("glossary_name", ["shipped", "awkward"])
def test_po_passes_msgfmt_and_holds_the_glossary(cli, tmp_path, awkward, direction, glossary_name) -> None:
    glossary = ROOT / "terms" if glossary_name == "shipped" else awkward
    po = export(
        cli, glossary, tmp_path / "out.po", "--format", "po", "--direction", direction, "--status", "all"
    )
    subprocess.run(["msgfmt", "--check", "-o", str(tmp_path / "out.mo"), str(po)], check=True)
    catalog = polib.pofile(str(po))
    assert catalog.metadata["Language"] == direction[-2:]
    wanted = {}
    for e in Glossary.open(glossary):
        source, target = (e.en, e.vi) if direction == "en-vi" else (e.vi, e.en)
        if source:
            wanted[(e.disambiguation, source)] = e, target
    got = {(m.msgctxt or "", m.msgid): m for m in catalog}
    assert set(got) == set(wanted)
    for key, (entry, target) in wanted.items():
        message = got[key]
        placeholder = "msgstr-placeholder: yes" in message.comment  # a rejected entry without a target
        assert ("" if placeholder else message.msgstr) == target
        assert message.obsolete == (entry.status is Status.REJECTED)
        if target and not message.obsolete:
            assert ("fuzzy" in message.flags) == (entry.status is Status.CANDIDATE)
        assert f"kind: {entry.kind.value}" in message.comment
    # gettext compiles exactly the approved translations.
    compiled = gettext.GNUTranslations(open(tmp_path / "out.mo", "rb"))
    for (context, source), target in approved_pairs(glossary, direction).items():
        assert (compiled.pgettext(context, source) if context else compiled.gettext(source)) == target


@needs_gettext
def test_po_reports_entries_without_a_target_and_keeps_variants_as_comments(cli, tmp_path, awkward) -> None:
    result = cli("--glossary", str(awkward), "export", "--format", "po", "-o", str(tmp_path / "a.po"))
    assert "1 without a Vietnamese form (target left empty)" in result.stderr  # UNESCO
    assert "1 without an English form left out" in result.stderr  # Không một mình
    text = (tmp_path / "a.po").read_text(encoding="utf-8")
    assert "#. variant: no-diacritics, preferred: Ha Noi" in text
    assert "#. variant: spelling, deprecated: Hà-nội" in text
    assert "# tab\there" in text and "#: seeds/a.txt:3" in text
    assert 'msgid "UNESCO"\nmsgstr ""' in text


@needs_gettext
def test_pot_passes_msgfmt_with_every_source_form(cli, tmp_path, awkward) -> None:
    pot = export(cli, awkward, tmp_path / "a.pot", "--format", "pot")
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(pot)], check=True)
    catalog = polib.pofile(str(pot))
    assert {m.msgid for m in catalog} == {"Hanoi", "=SUM(A1)", 'Say "hi", then go', "Renewal", "UNESCO"}
    assert all(m.msgstr == "" and not m.flags for m in catalog)


@needs_gettext
@pytest.mark.parametrize("glossary_name", ["shipped", "awkward"])
def test_mo_is_what_msgfmt_compiles_and_gettext_reads_it(cli, tmp_path, awkward, glossary_name) -> None:
    glossary = ROOT / "terms" if glossary_name == "shipped" else awkward
    mo = export(cli, glossary, tmp_path / "ours.mo", "--format", "mo")
    po = export(cli, glossary, tmp_path / "same.po", "--format", "po")
    subprocess.run(["msgfmt", "--no-hash", "-o", str(tmp_path / "theirs.mo"), str(po)], check=True)
    ours, theirs = mo.read_bytes(), (tmp_path / "theirs.mo").read_bytes()
    # Byte for byte what msgfmt writes, apart from the header's revision date (same length).
    assert len(ours) == len(theirs)
    differ = [i for i in range(len(ours)) if ours[i] != theirs[i]]
    date_at = ours.find(b"PO-Revision-Date: ")
    assert all(date_at < i < date_at + 40 for i in differ), differ[:5]
    translations = gettext.GNUTranslations(open(mo, "rb"))
    pairs = approved_pairs(glossary)
    for (context, source), target in pairs.items():
        assert (translations.pgettext(context, source) if context else translations.gettext(source)) == target
    assert translations.info()["language"] == "vi"
    unfmt = subprocess.run(["msgunfmt", str(mo)], check=True, capture_output=True, text=True).stdout
    back = polib.pofile(unfmt)
    assert {(m.msgctxt or "", m.msgid): m.msgstr for m in back if m.msgid} == pairs


def _schematron() -> isoschematron.Schematron:
    text = (DATA / "TBX-Basic_DCA.sch").read_text(encoding="utf-8-sig")
    # lxml runs XSLT 1: the file's three XPath 2 expressions, written the XPath 1 way (README.md).
    for xpath2, xpath1 in [
        ('queryBinding="xslt2"', 'queryBinding="xslt"'),
        ("matches(@target,'https?://.+')", "(contains(@target,'http://') or contains(@target,'https://'))"),
        ("contains(./local-name(),'Grp')", "contains(local-name(),'Grp')"),
        ("not(./local-name() = 'transacGrp')", "not(local-name() = 'transacGrp')"),
    ]:
        assert xpath2 in text
        text = text.replace(xpath2, xpath1)
    return isoschematron.Schematron(etree.fromstring(text.encode()), store_report=True)


@pytest.mark.parametrize("glossary_name", ["shipped", "awkward"])
def test_tbx_is_valid_tbx_basic(cli, tmp_path, awkward, glossary_name) -> None:
    glossary = ROOT / "terms" if glossary_name == "shipped" else awkward
    path = export(cli, glossary, tmp_path / "a.tbx", "--format", "tbx", "--status", "all")
    document = etree.parse(str(path))
    rng = etree.RelaxNG(etree.parse(str(DATA / "TBXcoreStructV03.rng")))
    assert rng.validate(document), rng.error_log
    schematron = _schematron()
    assert schematron.validate(document), etree.tostring(schematron.validation_report)[:2000]
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    entries = list(Glossary.open(glossary))
    concepts = document.findall(".//t:conceptEntry", ns)
    assert len(concepts) == len(entries)
    for entry, concept in zip(entries, concepts, strict=True):
        for lang, form in (("en", entry.en), ("vi", entry.vi)):
            sections = [s for s in concept.findall("t:langSec", ns) if s.get(XML_LANG) == lang]
            if form:
                first = sections[0].find("t:termSec", ns)
                assert first.findtext("t:term", namespaces=ns) == form
                assert first.findtext("t:termNote[@type='administrativeStatus']", namespaces=ns) == (
                    "preferredTerm-admn-sts"
                )
        terms = {t.findtext("t:term", namespaces=ns): t for t in concept.iter(f"{{{ns['t']}}}termSec")}
        for variant in entry.variants:
            status = terms[variant.form].findtext("t:termNote[@type='administrativeStatus']", namespaces=ns)
            assert status == f"{variant.status.value}Term-admn-sts"
        notes = [n.text for n in concept.findall("t:note", ns) if not n.text.startswith("glossary-")]
        assert notes == entry.notes
        assert [a.text for a in concept.findall("t:admin[@type='source']", ns)] == [
            str(s) for s in entry.sources
        ]


def test_schematron_catches_what_tbx_basic_forbids(cli, tmp_path, awkward) -> None:
    """The XPath 1 port of the Schematron still rejects files: a value TBX-Basic does not allow."""
    path = export(cli, awkward, tmp_path / "a.tbx", "--format", "tbx")
    text = path.read_text(encoding="utf-8").replace(">noun<", ">properNoun<", 1)
    assert not _schematron().validate(etree.fromstring(text.encode()))
    text = path.read_text(encoding="utf-8").replace('style="dca"', 'style="dct"')
    assert not _schematron().validate(etree.fromstring(text.encode()))


def test_tbx_2008_reads_in_translate_toolkit(cli, tmp_path, awkward) -> None:
    path = export(cli, awkward, tmp_path / "a.tbx", "--format", "tbx", "--tbx-version", "2")
    store = tbx.tbxfile(open(path, "rb"), sourcelanguage="en", targetlanguage="vi")
    wanted = [e for e in Glossary.open(awkward) if e.status is Status.APPROVED]
    assert [(u.source or "", u.target or "") for u in store.units] == [(e.en, e.vi) for e in wanted]
    hanoi = store.units[0]
    assert [(t.text, t.administrative_status) for t in hanoi.get_source_terms()] == [
        ("Hanoi", "preferredTerm-admn-sts"),
        ("Ha Noi", "preferredTerm-admn-sts"),
    ]
    assert [(t.text, t.administrative_status) for t in hanoi.get_target_terms()] == [
        ("Hà Nội", "preferredTerm-admn-sts"),
        ("Hà-nội", "deprecatedTerm-admn-sts"),
    ]
    assert 'Capital; "Hà Nội", not Ha-noi' in hanoi.getnotes()


@pytest.mark.parametrize("glossary_name", ["shipped", "awkward"])
def test_csv_reads_in_translate_toolkit(cli, tmp_path, awkward, glossary_name) -> None:
    glossary = ROOT / "terms" if glossary_name == "shipped" else awkward
    path = export(cli, glossary, tmp_path / "a.csv", "--format", "csv", "--status", "approved,candidate")
    store = csvl10n.csvfile(open(path, "rb"))
    wanted = [e for e in Glossary.open(glossary) if e.status is not Status.REJECTED]
    assert [(u.source, u.target) for u in store.units] == [(e.en, e.vi) for e in wanted]
    for unit, entry in zip(store.units, wanted, strict=True):
        assert unit.isfuzzy() == (entry.status is Status.CANDIDATE)
        assert unit.getcontext() == entry.disambiguation
        assert unit.getnotes("translator") == "\n".join(entry.notes)
        assert unit.location == "\n".join(str(s) for s in entry.sources)


def test_tsv_is_source_tab_target_tab_comment(cli, tmp_path, awkward) -> None:
    path = export(cli, awkward, tmp_path / "a.tsv", "--format", "tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == 'Hanoi\tHà Nội\tCapital; "Hà Nội", not Ha-noi | tab here'
    assert lines[1:] == ["=SUM(A1)\t=tổng", 'Say "hi", then go\tChào, rồi đi', "UNESCO\t"]


@pytest.mark.parametrize("glossary_name", ["shipped", "awkward"])
def test_xlsx_reads_in_openpyxl(cli, tmp_path, awkward, glossary_name) -> None:
    glossary = ROOT / "terms" if glossary_name == "shipped" else awkward
    path = export(cli, glossary, tmp_path / "a.xlsx", "--format", "xlsx", "--direction", "vi-en")
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["location", "source (vi)", "target (en)"] and all(c.font.b for c in sheet[1])
    wanted = [e for e in Glossary.open(glossary) if e.status is not Status.REJECTED]
    rows = list(sheet.iter_rows(min_row=2))
    assert [(r[1].value or "", r[2].value or "") for r in rows] == [(e.vi, e.en) for e in wanted]
    for row, entry in zip(rows, wanted, strict=True):
        assert all(c.data_type != "f" for c in row)  # "=SUM(A1)" stays text
        assert row[header.index("status")].value == entry.status.value
        variants = row[header.index("variants")].value or ""
        assert variants.splitlines() == [v.to_text() for v in entry.variants]
