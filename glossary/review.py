"""Review operations on glossary entries as undoable commands, replayable onto a reloaded glossary.

Each decision (approve, reject, edit, mark a variant preferred, merge, split) is a command object.
Applying one works on the glossary as it is *now* (so replaying it after a reload keeps what others
changed meanwhile); undoing one restores the snapshots it took when applied. Commands name their
entries by key (source form and disambiguation, as the store does), not by object, so that after a
ConflictError the app can reload the glossary and ``History.replay`` the unsaved decisions onto it.
"""

from __future__ import annotations

import abc
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from glossary.errors import EntryError, GlossaryError
from glossary.model import Entry, Kind, Source, Status, Variant, VariantType
from glossary.store import Catalog, Glossary
from glossary.text import fold, nfc
from glossary.vietnamese import looks_vietnamese


class ReplayError(GlossaryError):
    """A decision could not be re-applied after a reload: its entry is gone or changed shape."""


@dataclass(frozen=True)
class EntryKey:
    """How the store tells entries apart: the source form (msgid) and the disambiguation (msgctxt)."""

    en: str
    vi: str
    disambiguation: str = ""

    @classmethod
    def of(cls, entry: Entry) -> EntryKey:
        # Only one of the forms is the msgid: the Vietnamese one counts only when there is no English.
        return cls(entry.en, "" if entry.en else entry.vi, entry.disambiguation)

    def __str__(self) -> str:
        return self.en or self.vi


@dataclass
class Change:
    """What a command did to the glossary, for the caller to refresh its views and index."""

    message: str
    changed: list[Entry] = field(default_factory=list)
    added: list[Entry] = field(default_factory=list)
    removed: list[Entry] = field(default_factory=list)
    # The entry to select afterwards, if any.
    focus: Entry | None = None


def snapshot(entry: Entry) -> Entry:
    """A deep-enough copy of an entry (its lists are copied, the frozen variants shared)."""
    return dataclasses.replace(
        entry,
        variants=list(entry.variants),
        notes=list(entry.notes),
        sources=list(entry.sources),
        contexts=list(entry.contexts),
        flags=list(entry.flags),
    )


def restore(entry: Entry, saved: Entry) -> None:
    """Put saved's fields back into entry, keeping entry's identity (the store tracks objects)."""
    for f in dataclasses.fields(Entry):
        value = getattr(saved, f.name)
        setattr(entry, f.name, list(value) if isinstance(value, list) else value)


def _locate(glossary: Glossary, entry: Entry) -> tuple[Catalog, int]:
    catalog = glossary.catalog_of(entry)
    for position, candidate in enumerate(catalog.entries):
        if candidate is entry:
            return catalog, position
    raise EntryError(f"entry {entry.headword!r} is not in this glossary")


class Resolver:
    """Finds entries by key in one glossary (a dict built once, so replaying many is cheap)."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._by_key: dict[EntryKey, Entry] | None = None

    def __call__(self, key: EntryKey) -> Entry:
        if self._by_key is None:
            self._by_key = {}
            for entry in self.glossary:
                self._by_key.setdefault(EntryKey.of(entry), entry)
        found = self._by_key.get(key)
        if found is None or EntryKey.of(found) != key:
            # The dict may be stale after earlier replayed commands changed keys: look again.
            found = next((e for e in self.glossary if EntryKey.of(e) == key), None)
        if found is None:
            raise ReplayError(f"{key}: no such entry any more")
        self._by_key[key] = found
        return found


class Command(abc.ABC):
    """One review decision. Subclasses implement _apply; undo restores the snapshots taken then."""

    label = "change"

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.key = EntryKey.of(entry)
        self._saved: list[tuple[Entry, Entry]] = []

    def describe(self) -> str:
        return f"{self.label} {self.key}"

    def apply(self, glossary: Glossary) -> Change:
        """Carry out the decision on the glossary as it is now."""
        self._saved = [(e, snapshot(e)) for e in self._touches()]
        return self._apply(glossary)

    def undo(self, glossary: Glossary) -> Change:
        """Take the decision back."""
        for entry, saved in self._saved:
            restore(entry, saved)
        return Change(f"undid: {self.describe()}", changed=[e for e, _ in self._saved], focus=self.entry)

    def rebind(self, resolve: Callable[[EntryKey], Entry]) -> Command:
        """The same decision aimed at the entries of another (reloaded) glossary."""
        clone = self._clone()
        clone.entry = resolve(self.key)
        return clone

    def _clone(self) -> Command:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._saved = []
        return clone

    def _touches(self) -> list[Entry]:
        return [self.entry]

    @abc.abstractmethod
    def _apply(self, glossary: Glossary) -> Change:
        """Carry the decision out on glossary and say what changed (each command defines it)."""


class SetStatus(Command):
    """Approve or reject an entry (or send it back to the candidates)."""

    def __init__(self, entry: Entry, status: Status) -> None:
        super().__init__(entry)
        self.status = status
        self.label = {Status.APPROVED: "approve", Status.REJECTED: "reject"}.get(status, "reopen")

    def _apply(self, glossary: Glossary) -> Change:
        self.entry.status = self.status
        return Change(f"{self.status.value}: {self.entry.headword}", changed=[self.entry], focus=self.entry)


def missing_side(en: str, vi: str) -> str | None:
    """ "Vietnamese" or "English" when an entry has only the other form: approving it deserves a question."""
    if en and not vi:
        return "Vietnamese"
    if vi and not en:
        return "English"
    return None


def approve(entry: Entry) -> SetStatus:
    """Approve an entry."""
    return SetStatus(entry, Status.APPROVED)


def reject(entry: Entry) -> SetStatus:
    """Reject an entry (the store keeps it, obsolete, so the miner never proposes it again)."""
    return SetStatus(entry, Status.REJECTED)


@dataclass(frozen=True)
class EntryEdit:
    """The fields an edit sets; None leaves a field as it is.

    Frequency and confidence are the miner's measurements, not a reviewer's to set.
    """

    en: str | None = None
    vi: str | None = None
    kind: Kind | None = None
    variants: Sequence[Variant] | None = None
    notes: Sequence[str] | None = None
    status: Status | None = None
    abbr: str | None = None
    disambiguation: str | None = None
    flags: Sequence[str] | None = None
    sources: Sequence[Source] | None = None
    contexts: Sequence[str] | None = None


class Edit(Command):
    """Change any of an entry's fields a reviewer owns (forms, kind, status, variants, notes, ...)."""

    label = "edit"

    def __init__(self, entry: Entry, edit: EntryEdit) -> None:
        super().__init__(entry)
        self.edit = edit

    def _apply(self, glossary: Glossary) -> Change:
        e = self.edit
        en = self.entry.en if e.en is None else nfc(e.en).strip()
        vi = self.entry.vi if e.vi is None else nfc(e.vi).strip()
        context = self.entry.disambiguation if e.disambiguation is None else nfc(e.disambiguation).strip()
        if not en and not vi:
            raise EntryError("an entry needs an English or a Vietnamese form")
        moved = dataclasses.replace(self.entry, en=en, vi=vi, disambiguation=context)
        clash = _clash(glossary, self.entry, EntryKey.of(moved))
        if clash is not None:
            raise EntryError(f"another entry already has the source form {str(EntryKey.of(clash))!r}")
        self.entry.en, self.entry.vi, self.entry.disambiguation = en, vi, context
        if e.kind is not None:
            self.entry.kind = e.kind
        if e.status is not None:
            self.entry.status = e.status
        if e.abbr is not None:
            self.entry.abbr = nfc(e.abbr).strip()
        if e.variants is not None:
            # The preferred forms are not variants of themselves.
            preferred = {self.entry.en, self.entry.vi}
            kept: list[Variant] = []
            for v in e.variants:
                if v.form and v.form not in preferred and v.form not in [k.form for k in kept]:
                    kept.append(v)
            self.entry.variants = kept
        if e.notes is not None:
            self.entry.notes = [nfc(n).rstrip() for n in e.notes if n.strip()]
        if e.flags is not None:
            self.entry.flags = list(dict.fromkeys(f.strip() for f in e.flags if f.strip()))
        if e.sources is not None:
            self.entry.sources = list(dict.fromkeys(e.sources))
        if e.contexts is not None:
            self.entry.contexts = [nfc(c).rstrip() for c in e.contexts if c.strip()]
        return Change(f"edited: {self.entry.headword}", changed=[self.entry], focus=self.entry)


def edit(entry: Entry, changes: EntryEdit) -> Edit:
    """Edit any of the fields of an entry a reviewer owns."""
    return Edit(entry, changes)


def _clash(glossary: Glossary, entry: Entry, key: EntryKey) -> Entry | None:
    if key == EntryKey.of(entry):
        return None
    catalog = glossary.catalog_of(entry)
    return next((e for e in catalog.entries if e is not entry and EntryKey.of(e) == key), None)


class MarkPreferred(Command):
    """Make a variant the preferred form of its language; the old preferred form becomes a variant."""

    label = "prefer"

    def __init__(self, entry: Entry, form: str, side: str | None = None) -> None:
        super().__init__(entry)
        self.form = nfc(form).strip()
        if side not in (None, "en", "vi"):
            raise ValueError(f"side must be 'en' or 'vi', not {side!r}")
        self.side = side or ("vi" if looks_vietnamese(self.form) else "en")

    def describe(self) -> str:
        return f"prefer {self.form!r} for {self.key}"

    def _apply(self, glossary: Glossary) -> Change:
        entry = self.entry
        position = next((i for i, v in enumerate(entry.variants) if v.form == self.form), None)
        if position is None:
            raise EntryError(f"{entry.headword!r} has no variant {self.form!r}")
        promoted = entry.variants[position]
        old = getattr(entry, self.side)
        replacement = [Variant(old, promoted.type)] if old else []
        candidate = dataclasses.replace(entry, **{self.side: promoted.form})
        if _clash(glossary, entry, EntryKey.of(candidate)) is not None:
            raise EntryError(f"another entry already has the source form {promoted.form!r}")
        entry.variants[position : position + 1] = replacement
        setattr(entry, self.side, promoted.form)
        return Change(f"preferred {promoted.form!r}", changed=[entry], focus=entry)


def mark_preferred(entry: Entry, form: str, side: str | None = None) -> MarkPreferred:
    """Make a variant of entry its preferred English (side="en") or Vietnamese form (guessed if None)."""
    return MarkPreferred(entry, form, side)


class Merge(Command):
    """Merge another entry into this one: its forms become variants, its evidence is pooled."""

    label = "merge"

    def __init__(self, entry: Entry, other: Entry) -> None:
        super().__init__(entry)
        if other is entry:
            raise EntryError("cannot merge an entry with itself")
        self.other = other
        self.other_key = EntryKey.of(other)
        self._place: tuple[Catalog, int] | None = None

    def describe(self) -> str:
        return f"merge {self.other_key} into {self.key}"

    def rebind(self, resolve: Callable[[EntryKey], Entry]) -> Command:
        clone = super().rebind(resolve)
        assert isinstance(clone, Merge)
        clone.other = resolve(self.other_key)
        clone._place = None
        return clone

    def _apply(self, glossary: Glossary) -> Change:
        entry, other = self.entry, self.other
        self._place = _locate(glossary, other)
        for form in (other.vi, other.en):
            if form:
                entry.add_variant(form, VariantType.OTHER)
        if other.abbr and not entry.abbr:
            entry.abbr = other.abbr
        elif other.abbr:
            entry.add_variant(other.abbr, VariantType.ABBREVIATION)
        for variant in other.variants:
            entry.add_variant(variant.form, variant.type)
        for source in other.sources:
            entry.add_source(source)
        entry.contexts += [c for c in other.contexts if c not in entry.contexts]
        entry.notes += [n for n in other.notes if n not in entry.notes]
        entry.flags += [f for f in other.flags if f not in entry.flags]
        entry.frequency += other.frequency
        entry.confidence = max(entry.confidence, other.confidence)
        glossary.remove(other)
        return Change(
            f"merged {other.headword!r} into {entry.headword!r}",
            changed=[entry],
            removed=[other],
            focus=entry,
        )

    def undo(self, glossary: Glossary) -> Change:
        change = super().undo(glossary)
        assert self._place is not None, "undo before apply"
        catalog, position = self._place
        catalog.entries.insert(min(position, len(catalog.entries)), self.other)
        change.added.append(self.other)
        return change


def merge(entry: Entry, other: Entry) -> Merge:
    """Merge other into entry (other leaves the glossary; undo brings it back)."""
    return Merge(entry, other)


class Split(Command):
    """Take a variant out of an entry and make it an entry of its own (a candidate)."""

    label = "split"

    def __init__(self, entry: Entry, form: str, side: str | None = None) -> None:
        super().__init__(entry)
        self.form = nfc(form).strip()
        self.side = side or ("vi" if looks_vietnamese(self.form) else "en")
        self.created: Entry | None = None

    def describe(self) -> str:
        return f"split {self.form!r} out of {self.key}"

    def rebind(self, resolve: Callable[[EntryKey], Entry]) -> Command:
        clone = super().rebind(resolve)
        assert isinstance(clone, Split)
        clone.created = None
        return clone

    def _apply(self, glossary: Glossary) -> Change:
        entry = self.entry
        variant = next((v for v in entry.variants if v.form == self.form), None)
        if variant is None:
            raise EntryError(f"{entry.headword!r} has no variant {self.form!r}")
        created = Entry(kind=entry.kind, status=Status.CANDIDATE, **{self.side: variant.form})
        if any(EntryKey.of(e) == EntryKey.of(created) for e in glossary):
            raise EntryError(f"an entry {variant.form!r} already exists: merge instead")
        # The evidence that mentions the form goes with it; where it was seen cannot be told apart.
        folded = fold(variant.form)
        created.contexts = [c for c in entry.contexts if folded in fold(c)]
        created.sources = list(entry.sources)
        entry.variants.remove(variant)
        catalog, position = _locate(glossary, entry)
        catalog.entries.insert(position + 1, created)
        self.created = created
        return Change(
            f"split {variant.form!r} out of {entry.headword!r}",
            changed=[entry],
            added=[created],
            focus=created,
        )

    def undo(self, glossary: Glossary) -> Change:
        change = super().undo(glossary)
        if self.created is not None:
            glossary.remove(self.created)
            change.removed.append(self.created)
        return change


def split(entry: Entry, form: str, side: str | None = None) -> Split:
    """Make the variant form of entry an entry of its own."""
    return Split(entry, form, side)


@dataclass
class ReplayReport:
    """What replaying unsaved decisions onto a reloaded glossary did."""

    applied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


class History:
    """Undo and redo stacks, and the journal of what happened since the last save."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.done: list[Command] = []
        self.undone: list[Command] = []
        # ("do" | "undo", command) since the last save: what a reload must re-apply.
        self.journal: list[tuple[str, Command]] = []

    @property
    def can_undo(self) -> bool:
        return bool(self.done)

    @property
    def can_redo(self) -> bool:
        return bool(self.undone)

    @property
    def unsaved(self) -> bool:
        """Whether decisions were taken since the last save (even ones undone again)."""
        return bool(self.journal)

    def do(self, command: Command) -> Change:
        """Apply a command; it becomes undoable and clears the redo stack. Errors change nothing."""
        change = command.apply(self.glossary)
        self.done.append(command)
        self.undone.clear()
        self.journal.append(("do", command))
        return change

    def undo(self) -> Change | None:
        if not self.done:
            return None
        command = self.done.pop()
        change = command.undo(self.glossary)
        self.undone.append(command)
        self.journal.append(("undo", command))
        return change

    def redo(self) -> Change | None:
        if not self.undone:
            return None
        command = self.undone.pop()
        change = command.apply(self.glossary)
        self.done.append(command)
        self.journal.append(("do", command))
        return change

    def saved(self) -> None:
        """The glossary was saved: nothing is pending any more (undo still works)."""
        self.journal.clear()

    def replay(self, glossary: Glossary) -> ReplayReport:
        """Re-apply the unsaved decisions onto a freshly reloaded glossary and switch to it.

        Decisions whose entry is gone are skipped and reported. Undo history from before the
        reload is dropped, since it refers to entries of the old glossary.
        """
        resolve = Resolver(glossary)
        report = ReplayReport()
        rebound: dict[int, Command] = {}
        done: list[Command] = []
        journal: list[tuple[str, Command]] = []
        for action, command in self.journal:
            try:
                if action == "do":
                    fresh = command.rebind(resolve)
                    fresh.apply(glossary)
                    rebound[id(command)] = fresh
                    done.append(fresh)
                else:
                    fresh = rebound.pop(id(command))
                    fresh.undo(glossary)
                    done.remove(fresh)
            except KeyError:
                continue  # undoing a decision that could not be replayed: nothing to take back
            except GlossaryError as exc:
                report.skipped.append(f"{command.describe()}: {_message(exc)}")
                continue
            journal.append((action, fresh))
            report.applied.append(command.describe() if action == "do" else f"undo {command.describe()}")
        self.glossary = glossary
        self.done, self.undone, self.journal = done, [], journal
        return report


def _message(exc: GlossaryError) -> str:
    return exc.user_message()


__all__ = [
    "Change",
    "Command",
    "Edit",
    "EntryEdit",
    "EntryKey",
    "History",
    "Merge",
    "MarkPreferred",
    "ReplayError",
    "ReplayReport",
    "Resolver",
    "SetStatus",
    "Split",
    "approve",
    "edit",
    "mark_preferred",
    "merge",
    "missing_side",
    "reject",
    "split",
]
