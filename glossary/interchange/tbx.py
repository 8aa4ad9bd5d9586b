"""TBX: TBX-Basic termbases, TBX v3 (ISO 30042:2019, DCA style) by default and TBX 2008 (martif,
the version Translate Toolkit, OmegaT and older CAT tools read) on request.

One concept entry per glossary entry, a language section for each language that has a form: the
entry's own form first (preferred), then its abbreviation and variants, each a term with its
administrative status, term type and, for names, part of speech. Reviewers' notes are concept
notes and sources are concept-level ``source`` admins, as TBX-Basic allows. What TBX-Basic has no
data category for (the kind, a candidate's status, the miner's counts, a variant's exact type) goes
in notes that start with ``glossary-``, which this module reads back. A variant goes to the
Vietnamese section when it has Vietnamese letters and to the English one otherwise.

Written one concept at a time; read with iterparse, one concept at a time.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import BinaryIO

from glossary import files
from glossary.errors import GlossaryError, PoStoreError
from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType

from .common import InterchangeError, ReadResult, Selection
from .formats import TBX_VERSIONS as VERSIONS

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX3_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
PREFIX = "glossary-"
_CORE_RNG = "https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng"
_BASIC_SCH = "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch"

STATUS_VALUES = {
    VariantStatus.PREFERRED: "preferredTerm-admn-sts",
    VariantStatus.ADMITTED: "admittedTerm-admn-sts",
    VariantStatus.DEPRECATED: "deprecatedTerm-admn-sts",
}
# What other tools write, read as the nearest of the three.
_READ_STATUS = {
    "preferredterm-admn-sts": VariantStatus.PREFERRED,
    "preferred": VariantStatus.PREFERRED,
    "standardizedterm-admn-sts": VariantStatus.PREFERRED,
    "admittedterm-admn-sts": VariantStatus.ADMITTED,
    "admitted": VariantStatus.ADMITTED,
    "deprecatedterm-admn-sts": VariantStatus.DEPRECATED,
    "deprecated": VariantStatus.DEPRECATED,
    "supersededterm-admn-sts": VariantStatus.DEPRECATED,
    "superseded": VariantStatus.DEPRECATED,
    "forbidden": VariantStatus.DEPRECATED,
}
_TERM_TYPES = {
    VariantType.ABBREVIATION: "abbreviation",
    VariantType.SHORT: "shortForm",
    VariantType.EXPANSION: "fullForm",
}
_READ_TERM_TYPES = {
    "abbreviation": VariantType.ABBREVIATION,
    "acronym": VariantType.ABBREVIATION,
    "shortform": VariantType.SHORT,
    "fullform": VariantType.EXPANSION,
}
# Names are nouns; TBX-Basic has no "proper noun", and a term's part of speech is not known.
_NOUN_KINDS = {Kind.PERSON, Kind.PLACE, Kind.ORGANISATION, Kind.ACRONYM}
# XML 1.0 cannot hold these characters at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _vietnamese(text: str) -> bool:
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


def _x(text: str) -> str:
    """Text as XML character data; a CR becomes a reference, which XML readers do not turn into LF."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


class _Names:
    """Element names of one TBX version."""

    def __init__(self, version: str) -> None:
        v3 = version == "3"
        self.entry = "conceptEntry" if v3 else "termEntry"
        self.lang = "langSec" if v3 else "langSet"
        self.term = "termSec" if v3 else "tig"


_NAMES = {version: _Names(version) for version in VERSIONS}
_PAD = "          "  # a term section's indentation: tbx, text, body, concept, language section


def _term(
    out: list[str],
    names: _Names,
    form: str,
    status: VariantStatus,
    id: str,
    *,
    term_type: str = "",
    noun: bool = False,
    contexts: Iterable[str] = (),
    marker: str = "",
) -> None:
    out.append(f'{_PAD}<{names.term} id="{id}">')
    out.append(f"{_PAD}  <term>{_x(form)}</term>")
    if noun:
        out.append(f'{_PAD}  <termNote type="partOfSpeech">noun</termNote>')
    if term_type:
        out.append(f'{_PAD}  <termNote type="termType">{term_type}</termNote>')
    out.append(f'{_PAD}  <termNote type="administrativeStatus">{STATUS_VALUES[status]}</termNote>')
    for context in contexts:
        out.append(f'{_PAD}  <descrip type="context">{_x(context)}</descrip>')
    if marker:
        out.append(f"{_PAD}  <note>{PREFIX}{_x(marker)}</note>")
    out.append(f"{_PAD}</{names.term}>")


def concept(entry: Entry, number: int, version: str = "3") -> str:
    """One entry as a TBX concept entry (conceptEntry, or termEntry in TBX 2008), as XML text."""
    names = _NAMES[version]
    lines = [f'      <{names.entry} id="c{number}">']
    for note in entry.notes:
        lines.append(f"        <note>{_x(note)}</note>")
    bookkeeping = [f"kind: {entry.kind.value}"]
    if entry.status is not Status.APPROVED:
        bookkeeping.append(f"status: {entry.status.value}")
    if entry.disambiguation:
        bookkeeping.append(f"disambiguation: {entry.disambiguation}")
    if entry.frequency:
        bookkeeping.append(f"frequency: {entry.frequency}")
    if entry.confidence != 1.0:
        bookkeeping.append(f"confidence: {entry.confidence!r}")
    if entry.flags:
        bookkeeping.append(f"flags: {', '.join(entry.flags)}")
    for line in bookkeeping:
        lines.append(f"        <note>{PREFIX}{_x(line)}</note>")
    for source in entry.sources:
        lines.append(f'        <admin type="source">{_x(str(source))}</admin>')
    noun = entry.kind in _NOUN_KINDS
    sections: dict[str, list[str]] = {"en": [], "vi": []}
    contexts_go_to = "en" if entry.en else "vi"
    for lang, form in (("en", entry.en), ("vi", entry.vi)):
        if form:
            contexts = entry.contexts if lang == contexts_go_to else ()
            _term(
                sections[lang],
                names,
                form,
                VariantStatus.PREFERRED,
                f"c{number}-{lang}",
                noun=noun,
                contexts=contexts,
            )
    if entry.abbr:
        kind = "acronym" if entry.kind is Kind.ACRONYM else "abbreviation"
        lang = "vi" if _vietnamese(entry.abbr) else "en"
        _term(
            sections[lang], names, entry.abbr, VariantStatus.ADMITTED, f"c{number}-abbr",
            term_type=kind, noun=noun, marker="abbr",
        )  # fmt: skip
    # Each language section lists its own variants; the ids keep the entry's order across both.
    for index, variant in enumerate(entry.variants, 1):
        lang = "vi" if _vietnamese(variant.form) else "en"
        _term(
            sections[lang], names, variant.form, variant.status, f"c{number}-v{index}",
            term_type=_TERM_TYPES.get(variant.type, "variant"), noun=noun,
            marker=f"variant: {variant.type.value}",
        )  # fmt: skip
    for lang in ("en", "vi"):
        if sections[lang]:
            lines.append(f'        <{names.lang} xml:lang="{lang}">')
            lines += sections[lang]
            lines.append(f"        </{names.lang}>")
    lines.append(f"      </{names.entry}>\n")
    return "\n".join(lines)


def _prologue(selection: Selection, version: str) -> str:
    description = f"Vietnamese–English glossary ({selection.direction})"
    if version == "3":
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-model href="{_CORE_RNG}" type="application/xml" '
            'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
            f'<?xml-model href="{_BASIC_SCH}" type="application/xml" '
            'schematypens="http://purl.oclc.org/dsdl/schematron"?>\n'
            f'<tbx type="TBX-Basic" style="dca" xml:lang="{selection.source_lang}"'
            f' xmlns="{TBX3_NAMESPACE}">\n'
            f"  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>{description}</p>\n"
            "      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n  <text>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<martif type="TBX-Basic-V1" xml:lang="{selection.source_lang}">\n'
        f"  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>{description}</p>\n"
        "      </sourceDesc>\n    </fileDesc>\n  </martifHeader>\n  <text>\n"
    )


_EPILOGUE = {"3": "  </text>\n</tbx>\n", "2": "  </text>\n</martif>\n"}


def write_tbx(entries: Iterable[Entry], out: BinaryIO, selection: Selection, version: str = "3") -> int:
    """Write a TBX-Basic file; return the number of concept entries."""
    if version not in VERSIONS:
        raise GlossaryError(f"unknown TBX version {version!r}: use 3 (ISO 30042:2019) or 2 (TBX 2008)")
    out.write(_prologue(selection, version).encode("utf-8"))
    count = 0
    buffer: list[str] = []
    for entry in entries:
        if not count:
            # A TBX v3 body holds one concept entry at least, so it opens with the first one.
            buffer.append("    <body>\n")
        count += 1
        text = concept(entry, count, version)
        if _NOT_XML.search(text):
            raise GlossaryError(f"{entry.headword}: a control character that XML cannot hold")
        buffer.append(text)
        if len(buffer) >= 500:
            out.write("".join(buffer).encode("utf-8"))
            buffer.clear()
    if count:
        buffer.append("    </body>\n")
    elif version == "2":
        buffer.append("    <body>\n    </body>\n")  # as before: TBX 2008 readers look for a body
    out.write("".join(buffer).encode("utf-8"))
    out.write(_EPILOGUE[version].encode("utf-8"))
    return count


# --- reading ---------------------------------------------------------------------------------------


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


class _Term:
    """What a term section says, read leniently."""

    def __init__(self, element: ET.Element) -> None:
        self.form = ""
        self.status: VariantStatus | None = None
        self.term_type = ""
        self.marker = ""
        self.contexts: list[str] = []
        self.notes: list[str] = []
        self.id = element.get("id", "")
        for child in element.iter():
            name = _local(child.tag)
            kind = child.get("type", "") if name in ("termNote", "descrip") else name
            if name == "term" and not self.form:
                self.form = _text(child)
            elif kind == "administrativeStatus":
                self.status = _READ_STATUS.get(_text(child).strip().lower(), VariantStatus.ADMITTED)
            elif kind == "termType":
                self.term_type = _text(child).strip().lower()
            elif kind == "context":
                self.contexts.append(_text(child))
            elif name == "note":
                text = _text(child)
                if text.startswith(PREFIX):
                    self.marker = text[len(PREFIX) :]
                else:
                    self.notes.append(text)


def _main_index(terms: list[_Term], own: bool) -> int | None:
    """Which term is the language's own form: for our files the unmarked one; otherwise the first
    preferred term, else the first that is not deprecated."""
    if own:
        return next((i for i, t in enumerate(terms) if not t.marker), None)
    for wanted in (VariantStatus.PREFERRED, VariantStatus.ADMITTED, None):
        for i, term in enumerate(terms):
            if term.status is wanted or (wanted is VariantStatus.ADMITTED and term.status is None):
                return i
    return 0 if terms else None


def _entry(element: ET.Element) -> Entry | None:
    notes: list[str] = []
    data: dict[str, str] = {}
    sources: list[Source] = []
    sections: dict[str, list[_Term]] = {}
    for child in element:
        name = _local(child.tag)
        if name == "note":
            text = _text(child)
            if text.startswith(PREFIX):
                key, _, value = text[len(PREFIX) :].partition(": ")
                data[key] = value
            else:
                notes.append(text)
        elif name == "admin" and child.get("type") == "source":
            sources.append(Source.parse(_text(child).strip()))
        elif name in ("langSec", "langSet"):
            lang = (child.get(XML_LANG) or child.get("lang") or "").lower()[:2]
            terms = [_Term(t) for t in child if _local(t.tag) in ("termSec", "tig", "ntig")]
            for term in terms:
                notes.extend(term.notes)
            if lang in ("en", "vi"):
                sections.setdefault(lang, []).extend(terms)
        elif name in ("descrip", "descripGrp"):
            text = _text(child).strip()
            if text:
                notes.append(text)
    own = "kind" in data
    forms = {"en": "", "vi": ""}
    variants: list[tuple[int, Variant]] = []
    contexts: list[str] = []
    abbr = ""
    for lang in ("en", "vi"):
        terms = sections.get(lang, [])
        main = _main_index(terms, own)
        for index, term in enumerate(terms):
            contexts += term.contexts
            if index == main:
                forms[lang] = term.form
            elif own and term.marker == "abbr" and not abbr:
                abbr = term.form
            else:
                vtype = _READ_TERM_TYPES.get(term.term_type, VariantType.OTHER)
                if term.marker.startswith("variant: "):
                    vtype = _VARIANT_TYPES.get(term.marker[len("variant: ") :], vtype)
                variant = Variant(term.form, vtype, term.status or VariantStatus.ADMITTED)
                variants.append((_variant_number(term.id) if own else 0, variant))
    if not forms["en"] and not forms["vi"]:
        return None
    kind = _KINDS.get(data.get("kind", ""), Kind.TERM)
    status = _STATUSES.get(data.get("status", ""), Status.APPROVED)
    return Entry(
        en=forms["en"],
        vi=forms["vi"],
        kind=kind,
        status=status,
        variants=[v for _, v in sorted(variants, key=lambda item: item[0]) if v.form],
        abbr=abbr,
        notes=notes,
        sources=sources,
        contexts=contexts,
        frequency=_int(data.get("frequency", "")),
        confidence=_float(data.get("confidence", "")),
        disambiguation=data.get("disambiguation", ""),
        flags=[f.strip() for f in data.get("flags", "").split(",") if f.strip()],
    )


_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in Status}
_VARIANT_TYPES = {t.value: t for t in VariantType}


def _variant_number(term_id: str) -> int:
    """The position "c12-v3" gives a variant in its entry (0 when it gives none)."""
    _, sep, number = term_id.rpartition("-v")
    return int(number) if sep and number.isdigit() else 0


def _int(text: str) -> int:
    return int(text) if text.strip().isdigit() else 0


def _float(text: str) -> float:
    try:
        return min(1.0, max(0.0, float(text)))
    except ValueError:
        return 1.0


_CONCEPTS = ("conceptEntry", "termEntry")


def read_tbx(path: str, direction: str | None = None) -> ReadResult:
    """Read a TBX file (v3 or 2008, DCA or DCT style), one concept at a time."""
    result = ReadResult(path)
    try:
        handle = files.open_regular(path)  # closed in the finally below; a FIFO would hang the parser
    except PoStoreError as err:
        raise InterchangeError(path, f"cannot read: {err.message}") from err
    # The open elements, root first: a concept read is removed from its parent, so that memory
    # holds one concept at a time wherever the concepts stand.
    open_elements: list[ET.Element] = []
    root_seen = False
    concepts = open_concepts = 0
    try:
        for event, element in ET.iterparse(handle, events=("start", "end")):
            name = _local(element.tag)
            if event == "start":
                if not root_seen:
                    root_seen = True
                    if name not in ("tbx", "martif"):
                        raise InterchangeError(
                            path, f"the root element is <{name}>, not <tbx> or <martif>", "1"
                        )
                if name in _CONCEPTS:
                    if open_concepts:
                        raise InterchangeError(
                            path, f"<{name}> number {concepts + 1} stands inside another concept"
                        )
                    concepts += 1
                    open_concepts += 1
                open_elements.append(element)
                continue
            open_elements.pop()
            if name not in _CONCEPTS:
                continue
            open_concepts -= 1
            entry = _entry(element)
            if entry is None:
                result.skipped["no English or Vietnamese term"] += 1
            else:
                result.add(entry, element.get("id", "") and f"concept {element.get('id')}")
            if open_elements:
                open_elements[-1].remove(element)
    except ET.ParseError as err:
        line, column = err.position
        message = str(err).split(":", 1)[0]
        raise InterchangeError(
            path, f"not well-formed XML: {message} (column {column + 1})", str(line)
        ) from None
    except LookupError as err:  # the XML declaration names an encoding Python does not know
        raise InterchangeError(path, f"not readable XML: {err}") from None
    finally:
        handle.close()
    if not root_seen:
        raise InterchangeError(path, "empty file, not TBX")
    return result
