"""Merging mined candidates into the PO store without losing review work.

New concepts become candidate (fuzzy) entries. A concept already in the glossary as a candidate gets
its frequency, sources, contexts and new variants updated; an approved entry's preferred forms are
never changed: forms it lacks (an acronym, another spelling) are attached as proposed variants for a
reviewer to accept or drop, and contradicting evidence is reported as a conflict; a rejected entry is
never brought back; reviewers' notes and edits are never touched. `glossary import` merges with the
same rules; only a new entry read from a reviewed termbase may keep the status the file gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from glossary.model import Entry, Status, VariantType
from glossary.review_queue import propose_variant
from glossary.store import Glossary
from glossary.text import fold
from glossary.vietnamese import has_vi_letters

from .keys import exact_key

MAX_SOURCES = 50
MAX_CONTEXTS = 3
# Forms that do not identify a concept on their own: a title or a short form may be shared.
_WEAK = {VariantType.TITLE, VariantType.SHORT}


@dataclass
class MergeReport:
    """What a merge did (or, for a dry run, would do)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"new {self.new}, updated {self.updated}, unchanged {self.unchanged}, "
            f"conflicts {len(self.conflicts)}"
        )


def _identity_keys(entry: Entry) -> set[str]:
    out = {exact_key(f) for f in (entry.vi, entry.en) if f}
    if entry.abbr:
        out.add("abbr:" + entry.abbr.rstrip("s"))
    out |= {exact_key(v.form) for v in entry.variants if v.type not in _WEAK}
    return out - {""}


def _primary_keys(entry: Entry) -> set[str]:
    out = {exact_key(f) for f in (entry.vi, entry.en) if f}
    if entry.abbr:
        out.add("abbr:" + entry.abbr.rstrip("s"))
    return out - {""}


class _Index:
    """Existing entries by matching key."""

    def __init__(self, glossary: Glossary) -> None:
        self.by_key: dict[str, list[Entry]] = {}
        self.sources: set[tuple[str, str]] = set()
        for entry in glossary:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        keys = _identity_keys(entry) | (
            {exact_key(v.form) for v in entry.variants} if entry.status is Status.REJECTED else set()
        )
        for key in keys:
            bucket = self.by_key.setdefault(key, [])
            if not any(e is entry for e in bucket):
                bucket.append(entry)
        self.sources.add((entry.disambiguation, entry.en or entry.vi))

    def matches(self, candidate: Entry) -> list[Entry]:
        found: list[Entry] = []
        for key in _identity_keys(candidate):
            for entry in self.by_key.get(key, []):
                if not any(e is entry for e in found):
                    found.append(entry)
        return found


def _mined_where(candidate: Entry) -> str:
    return str(candidate.sources[0]) if candidate.sources else "mined text"


def _conflicts(approved: Entry, candidate: Entry, where: str) -> list[str]:
    """How mined evidence contradicts an approved entry: another spelling of the Vietnamese form, or
    another Vietnamese form for the same English one."""
    forms = set(approved.forms())
    out: list[str] = []
    for mined in (candidate.vi, *(v.form for v in candidate.variants if v.type is not VariantType.TITLE)):
        if not mined or mined in forms or not has_vi_letters(mined) or not approved.vi:
            continue
        if fold(mined) == fold(approved.vi) and mined != approved.vi:
            out.append(f"{approved.headword}: approved {approved.vi!r}, {where} writes {mined!r}")
    if (
        candidate.vi
        and approved.vi
        and candidate.en
        and approved.en
        and exact_key(candidate.en) == exact_key(approved.en)
        and fold(candidate.vi) != fold(approved.vi)
        and candidate.vi not in forms
    ):
        out.append(
            f"{approved.headword}: approved {approved.vi!r}, "
            f"{where} glosses {candidate.en!r} as {candidate.vi!r}"
        )
    return out


def _propose(approved: Entry, candidate: Entry) -> bool:
    """Attach the forms of candidate that an approved entry lacks as proposed variants; a form that
    contradicts the approved one (another diacritic spelling of its Vietnamese form) is a conflict
    instead. Tell whether anything was attached."""
    contradicting = {
        form
        for form in (candidate.vi, *(v.form for v in candidate.variants))
        if form and approved.vi and has_vi_letters(form) and fold(form) == fold(approved.vi)
    }
    if candidate.vi and approved.vi and candidate.en and approved.en:
        if exact_key(candidate.en) == exact_key(approved.en) and fold(candidate.vi) != fold(approved.vi):
            contradicting.add(candidate.vi)  # another Vietnamese form for the same English one
    # Imported here: the clustering pulls in the name extractor, which an import of this module
    # (by `glossary import`, registered for every command) should not pay for.
    from .entry_build import variant_type

    preferred = [approved.vi, approved.en]
    proposals = [(form, variant_type(form, preferred, None)) for form in (candidate.vi, candidate.en) if form]
    if candidate.abbr:
        proposals.append((candidate.abbr, VariantType.ABBREVIATION))
    proposals += [(v.form, v.type) for v in candidate.variants]
    added = False
    for form, vtype in proposals:
        if form not in contradicting and form != approved.abbr:
            added = propose_variant(approved, form, vtype) or added
    return added


def _update(existing: Entry, candidate: Entry) -> bool:
    """Bring a candidate entry up to date with new evidence; tell whether anything changed."""
    before = (
        existing.frequency,
        list(existing.sources),
        list(existing.contexts),
        list(existing.variants),
        existing.vi,
        existing.en,
        existing.abbr,
        existing.confidence,
        list(existing.flags),
    )
    new_sources = [s for s in candidate.sources if s not in existing.sources]
    if new_sources:
        existing.frequency += candidate.frequency
    else:
        # The same texts mined again: the count is the same evidence, not more of it.
        existing.frequency = max(existing.frequency, candidate.frequency)
    for source in new_sources:
        if len(existing.sources) >= MAX_SOURCES:
            break
        existing.add_source(source)
    for context in candidate.contexts:
        if context not in existing.contexts and len(existing.contexts) < MAX_CONTEXTS:
            existing.contexts.append(context)
    # Fill forms the entry lacks; a form a reviewer wrote is never replaced.
    if not existing.vi and candidate.vi:
        existing.vi = candidate.vi
    elif candidate.vi and candidate.vi != existing.vi:
        existing.add_variant(candidate.vi, VariantType.OTHER)
    if not existing.abbr and candidate.abbr:
        existing.abbr = candidate.abbr
    if candidate.en and candidate.en != existing.en and existing.en:
        existing.add_variant(candidate.en, VariantType.OTHER)
    for variant in candidate.variants:
        existing.add_variant(variant.form, variant.type, variant.status)
    existing.confidence = max(existing.confidence, candidate.confidence)
    for flag in candidate.flags:
        if flag not in existing.flags:
            existing.flags.append(flag)
    after = (
        existing.frequency,
        existing.sources,
        existing.contexts,
        existing.variants,
        existing.vi,
        existing.en,
        existing.abbr,
        existing.confidence,
        existing.flags,
    )
    return before != after


def merge(
    glossary: Glossary,
    candidates: list[Entry],
    *,
    keep_status: bool = False,
    where: Callable[[Entry], str] = _mined_where,
) -> MergeReport:
    """Merge mined candidates into a loaded glossary (in memory; the caller saves).

    keep_status lets a new entry keep its own status (an imported termbase's approved or rejected
    entries) instead of becoming a candidate; where(candidate) names the origin in conflict lines.
    """
    report = MergeReport()
    index = _Index(glossary)
    for candidate in candidates:
        matches = index.matches(candidate)
        primary = _primary_keys(candidate)
        rejected = [e for e in matches if e.status is Status.REJECTED]
        if any(primary & ({exact_key(f) for f in e.forms()} | _identity_keys(e)) for e in rejected):
            report.unchanged += 1  # rejected once, never proposed again
            continue
        approved = [e for e in matches if e.status is Status.APPROVED]
        if approved:
            found = [c for e in approved for c in _conflicts(e, candidate, where(candidate))]
            report.conflicts.extend(found)
            if len(approved) == 1 and _propose(approved[0], candidate):
                report.updated += 1
            elif not found:
                report.unchanged += 1
            continue
        pending = [e for e in matches if e.status is Status.CANDIDATE]
        if pending:
            if _update(pending[0], candidate):
                report.updated += 1
            else:
                report.unchanged += 1
            continue
        if not keep_status:
            candidate.status = Status.CANDIDATE
        if (candidate.disambiguation, candidate.en or candidate.vi) in index.sources:
            # Same letters, another concept ("Hue" the city, "Hue" a person): PO needs a msgctxt.
            candidate.disambiguation = candidate.kind.value
        if (candidate.disambiguation, candidate.en or candidate.vi) in index.sources:
            report.unchanged += 1
            continue
        glossary.add(candidate)
        index.add(candidate)
        report.new += 1
    return report
