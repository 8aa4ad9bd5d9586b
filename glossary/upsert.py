"""Adding an entry by hand, or updating the one with the same form: `glossary add` as a review command.

As a command it goes through the session like every other decision (undo, replay after a reload,
the save path); the CLI only turns its arguments into an `Upsert`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from glossary.errors import EntryError, GlossaryError
from glossary.model import Entry, Kind, Source, Status, Variant
from glossary.review import Change, Command, EntryKey, snapshot
from glossary.store import Glossary


@dataclass
class Fields:
    """What `add` was given besides the forms; None (or empty) leaves the entry's value alone."""

    kind: Kind | None = None
    status: Status | None = None
    approve: bool = False
    abbr: str | None = None
    variants: list[Variant] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)


def find_for_add(glossary: Glossary, en: str, vi: str, disambiguation: str) -> Entry | None:
    """The entry `add` should update: the one with this English form, or this Vietnamese form.

    Forms are compared after NFC and stripping (the model's rules) within the same disambiguation
    (the store's key is the source form and the msgctxt). Two different entries matched by the two
    forms, or several by one, is an error: updating either would be a guess.
    """
    by_en = [e for e in glossary if en and e.en == en and e.disambiguation == disambiguation]
    by_vi = [e for e in glossary if vi and e.vi == vi and e.disambiguation == disambiguation]
    if by_en and by_vi and not any(e is by_en[0] for e in by_vi):
        raise EntryError(
            f"--en {en!r} is the entry {by_en[0].headword!r} and --vi {vi!r} is another one "
            f"({by_vi[0].en or by_vi[0].vi!r}); merge them in the review screen first"
        )
    if by_en:
        return by_en[0]
    if len(by_vi) > 1:
        listed = ", ".join(repr(e.en or e.vi) for e in by_vi)
        raise EntryError(f"--vi {vi!r} is the Vietnamese form of {len(by_vi)} entries ({listed}); add --en")
    return by_vi[0] if by_vi else None


class Upsert(Command):
    """Add an entry with these forms, or update the entry that has one of them (nothing is lost: a
    form it replaces becomes a variant)."""

    label = "add"

    def __init__(self, en: str, vi: str, disambiguation: str = "", fields: Fields | None = None) -> None:
        # Entry() applies the model's normalisation (NFC, stripped) before any comparison.
        given = Entry(en=en, vi=vi, disambiguation=disambiguation)
        if not given.en and not given.vi:
            raise GlossaryError("add needs --en or --vi (or both)")
        super().__init__(given)
        self.given = given
        self.fields = fields or Fields()
        self.created = False
        self.replaced: list[str] = []

    def rebind(self, resolve: Callable[[EntryKey], Entry]) -> Command:
        # The entry to update is found when applied, in whatever glossary that is.
        return self._clone()

    def _touches(self) -> list[Entry]:
        return []

    def _apply(self, glossary: Glossary) -> Change:
        given = self.given
        entry = find_for_add(glossary, given.en, given.vi, given.disambiguation)
        self.created = entry is None
        self.replaced = []
        if entry is None:
            entry = Entry(en=given.en, vi=given.vi, disambiguation=given.disambiguation)
            glossary.add(entry)
        else:
            self._saved = [(entry, snapshot(entry))]
        self.entry = entry
        for side in ("en", "vi"):
            old, new = getattr(entry, side), getattr(given, side)
            if new and old != new:
                setattr(entry, side, new)
                if old:
                    entry.add_variant(old)
                    self.replaced.append(f"{old!r} kept as a variant")
        self._set_fields(entry)
        verb = "added" if self.created else "updated"
        if self.created:
            return Change(f"{verb} {entry.headword}", added=[entry], focus=entry)
        return Change(f"{verb} {entry.headword}", changed=[entry], focus=entry)

    def _set_fields(self, entry: Entry) -> None:
        f = self.fields
        if f.kind is not None:
            entry.kind = f.kind
        if f.status is not None:
            entry.status = f.status
        elif f.approve:
            entry.status = Status.APPROVED
        elif self.created:
            # An entry with one side missing is not a finished translation: a reviewer approves it.
            entry.status = Status.APPROVED if entry.en and entry.vi else Status.CANDIDATE
        if f.abbr is not None:
            entry.abbr = f.abbr
        for variant in f.variants:
            entry.add_variant(variant.form, variant.type, variant.status)
        entry.notes.extend(f.notes)
        for source in f.sources:
            entry.add_source(source)
        for context in f.contexts:
            if context not in entry.contexts:
                entry.contexts.append(context)

    def undo(self, glossary: Glossary) -> Change:
        if self.created:
            glossary.remove(self.entry)
            return Change(f"undid: {self.describe()}", removed=[self.entry])
        return super().undo(glossary)


__all__ = ["Fields", "Upsert", "find_for_add"]
