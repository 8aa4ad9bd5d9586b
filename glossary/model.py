"""The glossary's domain model: entries, their forms, variants and review status (knows nothing of PO)."""

from __future__ import annotations

import enum
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from glossary.text import fold, nfc


class Kind(enum.Enum):
    """What an entry names."""

    TERM = "term"
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    ACRONYM = "acronym"
    OTHER = "other"


class Status(enum.Enum):
    """Where an entry stands in review."""

    CANDIDATE = "candidate"
    APPROVED = "approved"
    REJECTED = "rejected"


class VariantType(enum.Enum):
    """How a variant differs from the entry's preferred forms."""

    NO_DIACRITICS = "no-diacritics"
    WORD_ORDER = "word-order"
    SHORT = "short"
    TITLE = "title"
    SPELLING = "spelling"
    ABBREVIATION = "abbreviation"
    EXPANSION = "expansion"
    TONE_STYLE = "tone-style"
    GLOSS = "gloss"
    OTHER = "other"


class VariantStatus(enum.Enum):
    """How a house may use a variant: TBX-Basic's three administrative statuses.

    The entry's own forms (vi, en) are always preferred; a variant is admitted unless a reviewer
    says otherwise, preferred when a house style chooses it (an English spelling with diacritics,
    say), deprecated when it must not be used (the checker reports it).
    """

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"


@dataclass(frozen=True)
class Variant:
    """Another surface form of the same concept, as a text wrote it."""

    form: str
    type: VariantType = VariantType.OTHER
    status: VariantStatus = VariantStatus.ADMITTED

    def __post_init__(self) -> None:
        object.__setattr__(self, "form", nfc(self.form).strip())

    @classmethod
    def decoded(
        cls, form: str, type: VariantType = VariantType.OTHER, status: VariantStatus = VariantStatus.ADMITTED
    ) -> Variant:
        """The same variant as Variant(form, type, status), made without the dataclass machinery
        (a frozen dataclass sets each field through object.__setattr__): for decoders that make
        a million of them."""
        # A frozen dataclass refuses attribute stores, so they go through object's own; not through
        # its __dict__, which would give each variant a dict of its own (250 bytes more).
        variant = _new(cls)
        _set(variant, "form", _normalize("NFC", form).strip())
        _set(variant, "type", type)
        _set(variant, "status", status)
        return variant

    def label(self) -> str:
        """ "TYPE" or "TYPE, STATUS" (admitted is the default and left out): the text before a form."""
        if self.status is VariantStatus.ADMITTED:
            return self.type.value
        return f"{self.type.value}, {self.status.value}"

    def to_text(self) -> str:
        """ "TYPE[, STATUS]: FORM", the one text form of a variant (PO comments, edit dialogs, the CLI)."""
        return f"{self.label()}: {self.form}"

    @classmethod
    def from_text(cls, text: str, *, strict: bool = False) -> Variant:
        """Read "TYPE[, STATUS]: FORM" or a bare FORM (of type other, admitted).

        With strict, a text that has a "...: " prefix naming no known type or status raises
        ValueError instead of being kept whole as a form (a typo in an edit dialog must not
        silently become a variant).
        """
        label, sep, form = text.partition(":")
        if sep:
            parsed = _parse_label(label)
            if parsed is not None:
                return cls(form.strip(), *parsed)
            if strict and label.strip() and " " not in label.strip().replace(", ", ","):
                raise ValueError(f"unknown variant type or status {label.strip()!r}")
        return cls(text.strip())


# object.__new__ for the decoded() constructors (a class with no __new__ of its own takes it), and
# text.nfc's own call without the function around it.
_new = object.__new__
_set = object.__setattr__
_normalize = unicodedata.normalize
_VARIANT_TYPES = {t.value: t for t in VariantType}
_VARIANT_STATUSES = {s.value: s for s in VariantStatus}


def _parse_label(label: str) -> tuple[VariantType, VariantStatus] | None:
    """ "TYPE" or "TYPE, STATUS" (either order) -> both, or None when it is not a label."""
    parts = [p.strip() for p in label.split(",")]
    vtype, status = None, VariantStatus.ADMITTED
    for part in parts:
        if part in _VARIANT_TYPES and vtype is None:
            vtype = _VARIANT_TYPES[part]
        elif part in _VARIANT_STATUSES:
            status = _VARIANT_STATUSES[part]
        else:
            return None
    if vtype is None:
        if len(parts) != 1:
            return None
        vtype = VariantType.OTHER
    return vtype, status


@dataclass(frozen=True)
class Source:
    """Where a form was seen: a path and a 1-based line (0 when unknown)."""

    path: str
    line: int = 0

    def __str__(self) -> str:
        return source_text(self.path, self.line)

    @classmethod
    def decoded(cls, path: str, line: int = 0) -> Source:
        """The same source as Source(path, line), made without the dataclass machinery."""
        source = _new(cls)
        _set(source, "path", path)  # as in Variant.decoded
        _set(source, "line", line)
        return source

    @classmethod
    def parse(cls, text: str) -> Source:
        """Read "path:line" (or a bare path)."""
        path, sep, line = text.rpartition(":")
        if sep and line.isascii() and line.isdigit() and len(line) <= 18:
            return cls(path, int(line))
        return cls(text, 0)


@dataclass
class Entry:
    """One concept: its English and Vietnamese forms, the variants seen, and review data.

    Either form may be empty while an entry is a candidate (an untranslated Vietnamese word has
    no English yet, an acronym may have no Vietnamese yet), but not both.
    """

    en: str = ""
    vi: str = ""
    kind: Kind = Kind.TERM
    status: Status = Status.CANDIDATE
    variants: list[Variant] = field(default_factory=list)
    abbr: str = ""
    notes: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)
    frequency: int = 0
    confidence: float = 1.0
    # Tells homographs apart (PO msgctxt); empty for almost every entry.
    disambiguation: str = ""
    # Free-form flags a reviewer may set, e.g. "unverified" for a guessed diacritic restoration.
    flags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.en = nfc(self.en).strip()
        self.vi = nfc(self.vi).strip()
        self.abbr = nfc(self.abbr).strip()
        # Trailing blanks carry nothing and PO comments would keep them; strip them once here.
        self.notes = [n for n in (nfc(n).rstrip() for n in self.notes) if n]
        self.contexts = [c for c in (nfc(c).rstrip() for c in self.contexts) if c]

    @classmethod
    def decoded(
        cls,
        en: str,
        vi: str,
        kind: Kind,
        status: Status,
        variants: list[Variant],
        abbr: str,
        notes: list[str],
        sources: list[Source],
        contexts: list[str],
        frequency: int,
        confidence: float,
        disambiguation: str,
        flags: list[str],
    ) -> Entry:
        """The same entry as Entry(...) with these fields (normalised as __post_init__ does, the
        lists taken as they are), made without the dataclass machinery: for decoders that make a
        million. Fields are set in the order __init__ sets them, so that every entry shares one
        layout of attribute names (CPython's compact instance values) instead of a dict each."""
        entry = _new(cls)
        entry.en = _normalize("NFC", en).strip()
        entry.vi = _normalize("NFC", vi).strip()
        entry.kind = kind
        entry.status = status
        entry.variants = variants
        entry.abbr = nfc(abbr).strip() if abbr else abbr
        entry.notes = [n for n in (nfc(n).rstrip() for n in notes) if n] if notes else notes
        entry.sources = sources
        entry.contexts = [c for c in (nfc(c).rstrip() for c in contexts) if c] if contexts else contexts
        entry.frequency = frequency
        entry.confidence = confidence
        entry.disambiguation = disambiguation
        entry.flags = flags
        return entry

    @property
    def headword(self) -> str:
        """The form an entry is listed under: Vietnamese when known, else English."""
        return self.vi or self.en or self.abbr

    def forms(self) -> list[str]:
        """Every surface form of the entry, preferred forms first, without duplicates."""
        return forms_of(self.vi, self.en, self.abbr, self.variants)

    def folded_forms(self) -> set[str]:
        """The folded forms, for matching regardless of diacritics, case and tone style."""
        return {fold(f) for f in self.forms()}

    def add_variant(
        self,
        form: str,
        type: VariantType = VariantType.OTHER,
        status: VariantStatus = VariantStatus.ADMITTED,
    ) -> bool:
        """Record a variant unless the entry already has that exact form; tell whether it was added."""
        form = nfc(form).strip()
        if not form or form in self.forms():
            return False
        self.variants.append(Variant(form, type, status))
        return True

    def to_data(self) -> dict[str, Any]:
        """The entry as JSON-ready data: the one entry codec (index cache, lookup output, sessions)."""
        return {
            "en": self.en,
            "vi": self.vi,
            "kind": self.kind.value,
            "status": self.status.value,
            "abbr": self.abbr,
            "variants": [
                {"form": v.form, "type": v.type.value, "status": v.status.value} for v in self.variants
            ],
            "notes": list(self.notes),
            "sources": [str(s) for s in self.sources],
            "contexts": list(self.contexts),
            "frequency": self.frequency,
            "confidence": self.confidence,
            "disambiguation": self.disambiguation,
            "flags": list(self.flags),
        }

    def to_json(self) -> str:
        """to_data() as one line of JSON (no ASCII escapes, no blanks), written straight from the
        fields by entry_json: byte for byte what the JSON encoder gives for to_data(), without
        building the dict and walking it (a cold index build writes a million)."""
        try:
            return entry_json(
                self.en,
                self.vi,
                self.kind,
                self.status,
                self.abbr,
                self.variants,
                self.notes,
                list(map(str, self.sources)),
                self.contexts,
                self.frequency,
                self.confidence,
                self.disambiguation,
                self.flags,
            )
        except (AttributeError, KeyError, TypeError, ValueError):  # not the plain types to_data holds
            return _ENCODER.encode(self.to_data())

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Entry:
        """Read what to_data wrote; raises KeyError or ValueError on anything else."""
        return cls(
            en=data["en"],
            vi=data["vi"],
            kind=Kind(data["kind"]),
            status=Status(data["status"]),
            variants=[
                Variant(v["form"], VariantType(v["type"]), VariantStatus(v.get("status", "admitted")))
                for v in data["variants"]
            ],
            abbr=data["abbr"],
            notes=list(data["notes"]),
            sources=[Source.parse(s) for s in data["sources"]],
            contexts=list(data["contexts"]),
            frequency=int(data["frequency"]),
            confidence=float(data["confidence"]),
            disambiguation=data["disambiguation"],
            flags=list(data["flags"]),
        )

    def add_source(self, source: Source) -> bool:
        """Record where the entry was seen, once per place."""
        if source in self.sources:
            return False
        self.sources.append(source)
        return True


def source_text(path: str, line: int) -> str:
    """What str(Source(path, line)) gives: "path:line", or the path alone when the line is 0."""
    return f"{path}:{line}" if line else path


def forms_of(vi: str, en: str, abbr: str, variants: list[Variant]) -> list[str]:
    """An entry's forms (Entry.forms) from these fields: non-empty, first occurrence kept."""
    # An entry has a handful of forms: a list is searched faster than a set is built.
    out = [vi] if vi else []
    if en and en != vi:
        out.append(en)
    if abbr and abbr not in out:
        out.append(abbr)
    for variant in variants:
        form = variant.form
        if form and form not in out:
            out.append(form)
    return out


# The JSON of Entry.to_data(): one encoder for every entry (json.dumps with options builds one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_string = json.encoder.encode_basestring  # the encoder's own string writer (ensure_ascii=False)
_float = float.__repr__  # how the encoder writes a finite float
_INF = float("inf")


def entry_json(
    en: str,
    vi: str,
    kind: Kind,
    status: Status,
    abbr: str,
    variants: list[Variant],
    notes: list[str],
    sources: list[str],
    contexts: list[str],
    frequency: int,
    confidence: float,
    disambiguation: str,
    flags: list[str],
) -> str:
    """The JSON of to_data() of an entry with these fields (sources as their texts, str(Source)),
    as _ENCODER writes it; raises TypeError or ValueError for a frequency or confidence it writes
    its own way (Entry.to_json then encodes to_data()). Readers that never make the Entry (the
    cold index build, glossary.search.poread) write an entry's JSON with it too."""
    if type(confidence) is not float or confidence != confidence or confidence in (_INF, -_INF):
        raise ValueError("the encoder writes this confidence its own way")
    if type(frequency) is not int:
        raise TypeError("the encoder writes this frequency its own way")
    # Enum members by their _value_ (a plain attribute) in a str-keyed table: .value is a Python
    # property and hashing a member a Python call, a million times each.
    return (
        f'{{"en":{_string(en)},"vi":{_string(vi)},'
        f'"kind":{_ENUM_JSON[kind._value_]},"status":{_ENUM_JSON[status._value_]},'
        f'"abbr":{_string(abbr)},"variants":['
        + (",".join(map(_variant_json, variants)) if variants else "")
        + f'],"notes":{"[" + ",".join(map(_string, notes)) + "]" if notes else "[]"},'
        f'"sources":{"[" + ",".join(map(_string, sources)) + "]" if sources else "[]"},'
        f'"contexts":{"[" + ",".join(map(_string, contexts)) + "]" if contexts else "[]"},'
        f'"frequency":{int.__repr__(frequency)},"confidence":{_float(confidence)},'
        f'"disambiguation":{_string(disambiguation)},'
        f'"flags":{"[" + ",".join(map(_string, flags)) + "]" if flags else "[]"}}}'
    )


def _variant_json(v: Variant) -> str:
    return (
        f'{{"form":{_string(v.form)},"type":{_ENUM_JSON[v.type._value_]},'
        f'"status":{_ENUM_JSON[v.status._value_]}}}'
    )


_ENUM_JSON = {
    member.value: _string(member.value)
    for enum in (Kind, Status, VariantType, VariantStatus)
    for member in enum
}
