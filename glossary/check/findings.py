"""What the checker reports: the stable finding codes and the Finding record every reporter prints."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Code:
    """One kind of finding: a stable code (never reused), a short name, what it means and what fixes it."""

    code: str
    name: str
    summary: str
    fix: str
    # Whether the finding carries a fix --fix may apply when there is exactly one candidate.
    fixable: bool = True

    def description(self) -> str:
        """What the code means and what fixes it, in sentences (SARIF's fullDescription)."""
        return f"{self.summary[0].upper()}{self.summary[1:]}. {self.fix}."


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code(
            "VN101",
            "non-preferred-form",
            "a form of an approved name that the house style does not prefer",
            "Fix: the house's spelling of the name",
        ),
        Code(
            "VN102",
            "partial-diacritics",
            "a name with some of its diacritics missing or wrong",
            "Fix: the name's full spelling, or the house's under a style",
        ),
        Code(
            "VN103",
            "near-miss",
            "a misspelling of a known name (one or two letters off)",
            "Fix: the name's spelling",
        ),
        Code(
            "VN104",
            "inconsistent-spelling",
            "the same name spelt two ways in one document",
            "Fix: the document's first spelling",
        ),
        Code(
            "VN105",
            "deprecated-form",
            "a form the glossary marks deprecated",
            "Fix: the house's (or the entry's) spelling",
        ),
        Code(
            "VN106",
            "tone-placement",
            "tone mark placed in the other style (hoà / hòa)",
            "Fix: the same word with the tone where the house puts it",
        ),
        Code(
            "VN201",
            "missing-vietnamese-term",
            "PO: an approved English term in msgid whose Vietnamese form is missing from msgstr",
            "Reported only: the translator decides where the term goes",
            fixable=False,
        ),
        Code(
            "VN202",
            "missing-english-term",
            "PO: an approved Vietnamese term in msgid whose English form is missing from msgstr",
            "Reported only: the translator decides where the term goes",
            fixable=False,
        ),
        Code(
            "VN203",
            "control-character",
            "PO: a control character (an escape sequence, DEL, a C1 control) or an invisible "
            "reordering one (a bidirectional override) in a string or a comment",
            "Reported only: remove it, or ask the catalog's tool why it wrote one",
            fixable=False,
        ),
    )
}


def select_codes(select: list[str] | None, ignore: list[str] | None) -> frozenset[str]:
    """The codes to report: --select prefixes (default all) minus --ignore prefixes, as ruff reads them.

    "VN1" selects VN101..VN106; "ALL" selects everything. An unknown prefix is an error, so a typo
    cannot silently switch a check off.
    """
    from glossary.check.errors import CheckConfigError

    def expand(prefixes: list[str]) -> set[str]:
        chosen: set[str] = set()
        for prefix in prefixes:
            prefix = prefix.strip().upper()
            if not prefix:
                continue
            matched = set(CODES) if prefix == "ALL" else {c for c in CODES if c.startswith(prefix)}
            if not matched:
                raise CheckConfigError(f"unknown check code {prefix!r} (known: {', '.join(CODES)})")
            chosen |= matched
        return chosen

    selected = expand(select) if select else set(CODES)
    return frozenset(selected - expand(ignore or []))


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] of a file's decoded text with replacement."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class EntryRef:
    """The glossary entry a finding is about: its English and Vietnamese forms and disambiguation."""

    en: str
    vi: str
    disambiguation: str = ""


@dataclass(frozen=True)
class Finding:
    """One thing to report, at path:line:col (1-based; columns count characters of the file's line)."""

    path: str
    line: int
    col: int
    code: str
    message: str
    # What the text says there (the span a fix replaces).
    found: str = ""
    # Candidate replacements: one is a fix --fix applies; two or more means ambiguous, never guessed.
    candidates: tuple[str, ...] = ()
    # The edits that apply the single candidate to the file's decoded text (empty when not fixable).
    edits: tuple[Edit, ...] = ()
    end_line: int = 0
    end_col: int = 0
    entry: EntryRef | None = None
    # The line of the file the finding is on, for showing it in context.
    context: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def fixable(self) -> bool:
        return bool(self.edits)

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    @property
    def suggestion(self) -> str:
        """The text in parentheses after the message: the fix, or the choices when ambiguous."""
        if not self.candidates:
            return ""
        if len(self.candidates) == 1:
            return f"use {self.candidates[0]!r}"
        return "ambiguous: " + " or ".join(repr(c) for c in self.candidates)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.col, self.code, self.message)

    def to_text(self) -> str:
        """`path:line:col: CODE message (suggestion)`, the line linters print."""
        tail = f" ({self.suggestion})" if self.suggestion else ""
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}{tail}"
