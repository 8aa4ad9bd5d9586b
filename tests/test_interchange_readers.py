"""Every exported file, read by an independent reader and compared with the glossary.

msgfmt --check (PO, POT), msgfmt and msgunfmt and Python's gettext (MO), our RELAX NG schema of
TBX-Basic and its XPath checks through lxml (TBX v3; tests/tbx_basic.py), Translate Toolkit (TBX
2008, CSV), openpyxl (XLSX). The files are
written by the real `glossary export` command, from the shipped glossary and from a small glossary
of awkward entries.
"""

from __future__ import annotations

import copy
import gettext
import os
import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

import polib
import pytest
from lxml import etree, isoschematron
from openpyxl import load_workbook
from translate.storage import csvl10n, tbx

from glossary.interchange import Selection
from glossary.interchange import export as export_file
from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.store import Glossary
from tests import tbx_basic
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


@pytest.mark.parametrize("direction", ["en-vi", "vi-en"])
@pytest.mark.parametrize("glossary_name", ["shipped", "awkward"])
def test_tbx_is_valid_tbx_basic(cli, tmp_path, awkward, glossary_name, direction) -> None:
    glossary = ROOT / "terms" if glossary_name == "shipped" else awkward
    path = export(
        cli, glossary, tmp_path / "a.tbx", "--format", "tbx", "--direction", direction, "--status", "all"
    )
    document = etree.parse(str(path))
    assert tbx_basic.problems(document) == []
    root = document.getroot()
    assert (root.get("type"), root.get("style"), root.get(XML_LANG)) == ("TBX-Basic", "dca", direction[:2])
    ns = tbx_basic.NS
    entries = list(Glossary.open(glossary))
    concepts = document.findall(".//t:conceptEntry", ns)
    assert len(concepts) == len(entries)
    for entry, concept in zip(entries, concepts, strict=True):
        for lang, form in (("en", entry.en), ("vi", entry.vi)):
            sections = [s for s in concept.findall("t:langSec", ns) if s.get(XML_LANG) == lang]
            assert len(sections) == (1 if form else 0)
            if form:
                first = sections[0].find("t:termSec", ns)
                assert first.findtext("t:term", namespaces=ns) == form
                assert first.findtext("t:termNote[@type='administrativeStatus']", namespaces=ns) == (
                    "preferredTerm-admn-sts"
                )
        terms = {t.findtext("t:term", namespaces=ns): t for t in concept.iter(f"{{{tbx_basic.TBX}}}termSec")}
        for variant in entry.variants:
            status = terms[variant.form].findtext("t:termNote[@type='administrativeStatus']", namespaces=ns)
            assert status == f"{variant.status.value}Term-admn-sts"
        notes = [n.text for n in concept.findall("t:note", ns) if not n.text.startswith("glossary-")]
        assert notes == entry.notes
        assert [a.text for a in concept.findall("t:admin[@type='source']", ns)] == [
            str(s) for s in entry.sources
        ]


def test_tbx_of_nothing_is_still_valid(cli, tmp_path, awkward) -> None:
    """No entry selected: TBX v3 has no empty body, so the text element stays empty."""
    path = export(cli, awkward, tmp_path / "a.tbx", "--format", "tbx", "--kind", "person")
    document = etree.parse(str(path))
    assert document.findall(".//t:conceptEntry", tbx_basic.NS) == []
    assert tbx_basic.problems(document) == []


def test_schema_accepts_the_whole_dialect() -> None:
    """A hand-written file with every TBX-Basic data category at every level that allows it: the
    schema describes the dialect, not only what our export happens to write."""
    document = etree.parse(str(DATA / "every-data-category.tbx"))
    assert tbx_basic.problems(document) == []
    used = {(e.tag.split("}")[1], e.get("type")) for e in document.iter() if e.get("type")}
    assert {("termNote", "administrativeStatus"), ("termNote", "termLocation"), ("xref", "xGraphic")} <= used


@pytest.fixture(scope="module")
def awkward_tbx(tmp_path_factory) -> str:
    """The awkward entries as TBX v3, written by the exporter: the base every broken copy starts from."""
    path = tmp_path_factory.mktemp("tbx") / "awkward.tbx"
    export_file(AWKWARD, path, "tbx", Selection("en-vi", frozenset(Status)))
    text = path.read_text(encoding="utf-8")
    assert tbx_basic.problems(etree.fromstring(text.encode())) == []
    return text


# Broken copies of a valid export: (what is wrong, text replaced, replacement, which check catches it
# ("schema": the RELAX NG schema; "rule": the XPath checks), whether LTAC Global's published schemas
# reject it too). Each replaces the first occurrence only.
BROKEN = [
    ("administrativeStatus outside its picklist", ">preferredTerm-admn-sts<", ">preferred<", "schema", True),
    ("partOfSpeech outside its picklist", ">noun<", ">properNoun<", "schema", True),
    ("termType outside its picklist", ">variant<", ">synonym<", "schema", True),
    ("a termSec outside any langSec", "</langSec>", '</langSec><termSec id="x"><term>Hanoi</term></termSec>',
     "schema", True),
    ("a termNote at the language level", '<langSec xml:lang="en">',
     '<langSec xml:lang="en"><termNote type="partOfSpeech">noun</termNote>', "schema", True),
    ("a langSec without xml:lang", '<langSec xml:lang="vi">', "<langSec>", "schema", True),
    ("a tbx element without xml:lang", ' xml:lang="en" xmlns=', " xmlns=", "schema", True),
    ("a conceptEntry without id", '<conceptEntry id="c2">', "<conceptEntry>", "schema", True),
    ("an unknown termNote data category", '<termNote type="partOfSpeech">', '<termNote type="usageNote">',
     "schema", True),
    ("an unknown descrip data category", "<note>tab\there</note>", '<descrip type="usageNote">tab</descrip>',
     "schema", True),
    ("context at the concept level", "<note>glossary-kind: place</note>",
     '<descrip type="context">x</descrip>', "schema", True),
    ("the DCT style", 'style="dca"', 'style="dct"', "schema", True),
    ("another dialect", 'type="TBX-Basic"', 'type="TBX-Core"', "schema", True),
    ("an element from another namespace", "<note>glossary-kind: place</note>",
     '<b:definition xmlns:b="http://www.tbxinfo.net/ns/basic">x</b:definition>', "schema", True),
    ("two language sections for one language", '<langSec xml:lang="vi">', '<langSec xml:lang="EN">',
     "rule", False),
    ("an id used twice", '<termSec id="c1-v1">', '<termSec id="c1-en">', "rule", True),
    ("a target that resolves to nothing", "<note>glossary-variant: no-diacritics</note>",
     '<note>glossary-variant: no-diacritics</note><ref type="crossReference" target="c99">x</ref>',
     "rule", True),
    ("an empty term", "<term>Ha Noi</term>", "<term> </term>", "rule", False),
]  # fmt: skip


def _broken(text: str, old: str, new: str) -> etree._Element:
    assert old in text
    return etree.fromstring(text.replace(old, new, 1).encode())


@pytest.mark.parametrize("case", BROKEN, ids=[case[0] for case in BROKEN])
def test_tbx_checks_reject_what_tbx_basic_forbids(awkward_tbx, case) -> None:
    """Each broken copy is rejected, by exactly the layer expected: the schema or the XPath rules."""
    what, old, new, caught_by, _ = case
    document = _broken(awkward_tbx, old, new)
    schema = tbx_basic.relax_ng()
    rules = tbx_basic.rule_problems(document)
    if caught_by == "schema":
        assert not schema.validate(document), what
        assert rules == []
    else:
        assert schema.validate(document), schema.error_log
        assert len(rules) == 1, rules
    assert tbx_basic.problems(document)


# --- LTAC Global's own schemas, when a developer has them (docs/interchange.md says where) ----------

OFFICIAL_DIR = os.environ.get("TBX_BASIC_SCHEMA_DIR", "")


@pytest.fixture(scope="module")
def official() -> tuple[etree.RelaxNG, isoschematron.Schematron]:
    if not OFFICIAL_DIR:
        pytest.skip(
            "TBX_BASIC_SCHEMA_DIR is not set: point it at a folder holding LTAC Global's "
            "TBXcoreStructV03.rng and TBX-Basic_DCA.sch to validate against them too (docs/interchange.md)"
        )
    folder = Path(OFFICIAL_DIR)
    rng, sch = folder / "TBXcoreStructV03.rng", folder / "TBX-Basic_DCA.sch"
    missing = [p.name for p in (rng, sch) if not p.is_file()]
    if missing:
        pytest.skip(f"TBX_BASIC_SCHEMA_DIR={OFFICIAL_DIR} lacks {', '.join(missing)}")
    text = sch.read_text(encoding="utf-8-sig")
    # lxml runs XSLT 1, and the published Schematron declares XSLT 2: its three XPath 2
    # expressions, written the XPath 1 way (`matches` is not anchored, so `contains` is the same).
    for xpath2, xpath1 in [
        ('queryBinding="xslt2"', 'queryBinding="xslt"'),
        ("matches(@target,'https?://.+')", "(contains(@target,'http://') or contains(@target,'https://'))"),
        ("contains(./local-name(),'Grp')", "contains(local-name(),'Grp')"),
        ("not(./local-name() = 'transacGrp')", "not(local-name() = 'transacGrp')"),
    ]:
        assert xpath2 in text, f"{sch} has changed: {xpath2} is gone"
        text = text.replace(xpath2, xpath1)
    schematron = isoschematron.Schematron(etree.fromstring(text.encode()), store_report=True)
    return etree.RelaxNG(etree.parse(str(rng))), schematron


def _officially_valid(official, document) -> bool:
    rng, schematron = official
    return rng.validate(document) and schematron.validate(document)


@pytest.mark.parametrize("direction", ["en-vi", "vi-en"])
@pytest.mark.parametrize("glossary_name", ["shipped", "awkward"])
def test_tbx_is_valid_against_ltac_schemas(
    official, cli, tmp_path, awkward, glossary_name, direction
) -> None:
    glossary = ROOT / "terms" if glossary_name == "shipped" else awkward
    path = export(
        cli, glossary, tmp_path / "a.tbx", "--format", "tbx", "--direction", direction, "--status", "all"
    )
    document = etree.parse(str(path))
    rng, schematron = official
    assert rng.validate(document), rng.error_log
    assert schematron.validate(document), etree.tostring(schematron.validation_report)[:2000]


def test_ltac_schemas_agree_with_ours(official, awkward_tbx) -> None:
    """Our schema's whole-dialect file is valid for LTAC's schemas too, and every broken copy that
    the dialect itself forbids is rejected by them as by ours."""
    assert _officially_valid(official, etree.parse(str(DATA / "every-data-category.tbx")))
    for what, old, new, _, forbidden in BROKEN:
        assert _officially_valid(official, _broken(awkward_tbx, old, new)) != forbidden, what


def test_ours_is_never_looser_than_ltac_schemas(official, awkward_tbx) -> None:
    """Random damage (an element removed, repeated or moved, an attribute dropped, a text
    changed) to valid files: whatever our checks accept, LTAC's schemas accept too."""
    bases = [
        etree.fromstring(awkward_tbx.encode()),
        etree.parse(str(DATA / "every-data-category.tbx")).getroot(),
    ]
    rng = random.Random(30042)
    for _ in range(400):
        root = copy.deepcopy(rng.choice(bases))
        elements = list(root.iter(etree.Element))
        element = rng.choice(elements[1:])
        damage = rng.choice(["remove", "repeat", "move", "attribute", "text"])
        if damage == "remove":
            element.getparent().remove(element)
        elif damage == "repeat":
            element.addnext(copy.deepcopy(element))
        elif damage == "move":
            parent = rng.choice(
                [e for e in elements if e is not element and element not in e.iterancestors()]
            )
            parent.insert(rng.randint(0, len(parent)), element)
        elif damage == "attribute" and element.attrib:
            del element.attrib[rng.choice(sorted(element.attrib))]
        elif damage == "text" and not len(element):
            element.text = rng.choice(["noun", "x", "", "preferredTerm-admn-sts", "2025-07-01"])
        if not tbx_basic.problems(root):
            assert _officially_valid(official, root), etree.tostring(root, encoding="unicode")[:3000]


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
