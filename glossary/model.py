"""The glossary's domain model: entries, their forms, variants and review status (knows nothing of PO)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Variant:
    """Another surface form of the same concept, as a text wrote it."""

    form: str
    type: VariantType = VariantType.OTHER

    def __post_init__(self) -> None:
        object.__setattr__(self, "form", nfc(self.form).strip())


@dataclass(frozen=True)
class Source:
    """Where a form was seen: a path and a 1-based line (0 when unknown)."""

    path: str
    line: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    @classmethod
    def parse(cls, text: str) -> Source:
        """Read "path:line" (or a bare path)."""
        path, sep, line = text.rpartition(":")
        if sep and line.isdigit():
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

    @property
    def headword(self) -> str:
        """The form an entry is listed under: Vietnamese when known, else English."""
        return self.vi or self.en or self.abbr

    def forms(self) -> list[str]:
        """Every surface form of the entry, preferred forms first, without duplicates."""
        seen: set[str] = set()
        out: list[str] = []
        for form in (self.vi, self.en, self.abbr, *(v.form for v in self.variants)):
            if form and form not in seen:
                seen.add(form)
                out.append(form)
        return out

    def folded_forms(self) -> set[str]:
        """The folded forms, for matching regardless of diacritics, case and tone style."""
        return {fold(f) for f in self.forms()}

    def add_variant(self, form: str, type: VariantType = VariantType.OTHER) -> bool:
        """Record a variant unless the entry already has that exact form; tell whether it was added."""
        form = nfc(form).strip()
        if not form or form in self.forms():
            return False
        self.variants.append(Variant(form, type))
        return True

    def add_source(self, source: Source) -> bool:
        """Record where the entry was seen, once per place."""
        if source in self.sources:
            return False
        self.sources.append(source)
        return True
