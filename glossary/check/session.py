"""Checking one file interactively (the TUI's check screen): findings, the user's decisions on each,
the fixed file, and "add this form to the glossary" as a review command (so it can be undone).

Headless: the screen shows a CheckSession and calls its methods; it holds no checking logic.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from glossary.check.checker import Checker
from glossary.check.findings import Finding
from glossary.check.fixes import FixResult, fix, write
from glossary.check.reference import has_marks, strip_marks
from glossary.check.sources import SourceFile, read_source
from glossary.errors import EntryError
from glossary.model import Entry, Variant, VariantType
from glossary.review import Command, EntryEdit, edit
from glossary.store import Glossary


class Decision(enum.Enum):
    """What the user made of a finding."""

    OPEN = "open"
    ACCEPTED = "accepted"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Row:
    """A finding as a table shows it."""

    position: str
    code: str
    found: str
    suggestion: str
    state: str


class CheckSession:
    """One file, its findings and the user's decisions; writes the file with the accepted fixes only."""

    def __init__(self, checker: Checker, source: SourceFile) -> None:
        self.checker = checker
        self.source = source
        self.findings: list[Finding] = checker.check_source(source)
        self.decisions: list[Decision] = [Decision.OPEN] * len(self.findings)

    @classmethod
    def open(cls, checker: Checker, path: Path) -> CheckSession:
        """Read and check a file (raises CheckInputError for a missing, non-UTF-8 or malformed one)."""
        return cls(checker, read_source(path))

    @property
    def path(self) -> str:
        return self.source.path

    def row(self, index: int) -> Row:
        finding = self.findings[index]
        decision = self.decisions[index]
        if decision is Decision.ACCEPTED:
            state = "fix"
        elif decision is Decision.SKIPPED:
            state = "skipped"
        elif finding.ambiguous:
            state = "ambiguous"
        elif not finding.fixable:
            state = "report"
        else:
            state = ""
        return Row(f"{finding.line}:{finding.col}", finding.code, finding.found, finding.suggestion, state)

    def rows(self) -> list[Row]:
        return [self.row(i) for i in range(len(self.findings))]

    def accept(self, index: int) -> str | None:
        """Accept a finding's fix; the reason when it cannot be (ambiguous, nothing to fix, overlap)."""
        finding = self.findings[index]
        if finding.ambiguous:
            return "ambiguous: " + " or ".join(finding.candidates) + "; edit the file by hand"
        if not finding.fixable:
            return "this finding has no fix to apply"
        for other, decision in zip(self.findings, self.decisions, strict=True):
            if decision is Decision.ACCEPTED and other is not finding and _overlap(other, finding):
                return f"overlaps the accepted fix at {other.line}:{other.col}"
        self.decisions[index] = Decision.ACCEPTED
        return None

    def skip(self, index: int) -> None:
        self.decisions[index] = Decision.SKIPPED

    def next_open(self, index: int) -> int | None:
        """The first undecided finding after index (wrapping around), or None."""
        count = len(self.findings)
        for step in range(1, count + 1):
            candidate = (index + step) % count
            if self.decisions[candidate] is Decision.OPEN:
                return candidate
        return None

    @property
    def accepted(self) -> list[Finding]:
        return [f for f, d in zip(self.findings, self.decisions, strict=True) if d is Decision.ACCEPTED]

    def fixed(self) -> FixResult:
        """The file with the accepted fixes applied."""
        return fix(self.source, self.accepted)

    def write(self, output: Path | None = None, *, force: bool = False) -> Path | None:
        """Write the accepted fixes (in place keeping FILE.orig, or to output); returns the backup path.

        A read-only file (or one in a read-only folder) raises ReadOnlyError and is left as it was,
        as `glossary check --fix` leaves it; force (the screen's explicit Overwrite) writes it anyway.
        """
        return write(self.fixed(), output, force=force)

    def reread(self) -> CheckSession:
        """The file as it is on disk now, checked again (after writing, or after the glossary changed)."""
        path = self.source.file
        if path is None:
            return CheckSession(self.checker, self.source)
        return CheckSession.open(self.checker, path)

    def add_variant(self, index: int, glossary: Glossary) -> Command:
        """The review command that records the found form as a variant of the finding's entry."""
        finding = self.findings[index]
        if finding.entry is None:
            raise EntryError("this finding is about no glossary entry")
        ref = finding.entry
        entry = glossary.find(en=ref.en, vi=ref.vi if not ref.en else "", disambiguation=ref.disambiguation)
        if entry is None:
            raise EntryError(f"{ref.vi or ref.en!r} is no longer in the glossary")
        form = finding.found
        if form in entry.forms():
            raise EntryError(f"{form!r} is already a form of {entry.headword!r}")
        variants = [*entry.variants, Variant(form, _variant_type(entry, form))]
        return edit(entry, EntryEdit(variants=variants))


def _variant_type(entry: Entry, form: str) -> VariantType:
    """No-diacritics when form is a preferred form stripped of its marks, else a spelling variant."""
    if not has_marks(form) and any(
        strip_marks(f).casefold() == form.casefold() for f in (entry.vi, entry.en) if f
    ):
        return VariantType.NO_DIACRITICS
    return VariantType.SPELLING


def _overlap(a: Finding, b: Finding) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a.edits for y in b.edits)
