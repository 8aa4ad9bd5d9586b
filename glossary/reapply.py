"""Re-applying a writer's own changes onto a glossary file another writer saved meanwhile.

A writer knows what it changed: its entries against the snapshots taken when it read the file
(added, edited, removed).  Those changes are applied to the entries as they are on disk now,
field by field, three ways (what it read, what it has, what is on disk):

* a field only one side changed takes that side's value; the same value on both sides is no clash;
* lists (variants by form, sources, contexts, notes, flags) keep both sides' additions and removals;
* frequencies add up both sides' counts, confidence takes the higher;
* an entry both writers added: a mined candidate goes through the miner's merge rules (it updates a
  candidate, never touches a decided entry, never brings back a rejected one); a decision beats a
  candidate; two decisions must agree field by field.

Anything else (one field changed both ways, an entry edited here and deleted there, two entries
ending up with one source form) is a real conflict: ConflictError, and the caller writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields

from glossary.errors import ConflictError
from glossary.model import Entry, Status, Variant

# Fields a clash is possible on; the rest are merged as lists or counts.
_SCALARS = ("en", "vi", "kind", "status", "abbr", "disambiguation")
_LISTS = ("notes", "sources", "contexts", "flags")
_ABSENT = object()


def source_key(entry: Entry) -> tuple[str, str]:
    """What makes an entry unique in a PO file: its msgctxt and msgid."""
    return entry.disambiguation, entry.en or entry.vi


@dataclass
class Changes:
    """What one writer did to a catalog since it read it."""

    added: list[Entry] = field(default_factory=list)
    # (the entry as read, the writer's entry now)
    edited: list[tuple[Entry, Entry]] = field(default_factory=list)
    # the entries as read
    removed: list[Entry] = field(default_factory=list)


class _Clashes:
    """The real conflicts found, collected so the message can name the first and count the rest."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[str] = []

    def add(self, message: str) -> None:
        self.found.append(message)

    def raise_any(self) -> None:
        if not self.found:
            return
        more = f" (and {len(self.found) - 1} more)" if len(self.found) > 1 else ""
        raise ConflictError(
            self.path,
            f"changed here and on disk since it was read: {self.found[0]}{more}; nothing written, "
            "reload and decide again",
        )


def _pick(base: object, mine: object, theirs: object) -> tuple[object, bool]:
    """The three-way value of one field and whether it clashes."""
    if mine == theirs or mine == base:
        return theirs, False
    if theirs == base:
        return mine, False
    return theirs, True


def _merge_list(base: list | None, mine: list, theirs: list) -> list:
    """theirs, minus what mine removed from base, plus what mine added to base."""
    before = set(base or ())
    removed = before - set(mine)
    out = [item for item in theirs if item not in removed]
    present = set(out)
    out += [item for item in mine if item not in before and item not in present]
    return out


def _merge_variants(
    base: list[Variant] | None, mine: list[Variant], theirs: list[Variant], clash: Callable[[str], None]
) -> list[Variant]:
    """Variants by form: each form three ways, a form's type or status changed both ways clashes."""
    by_form = [{v.form: v for v in side} for side in (base or [], mine, theirs)]
    forms = [v.form for v in theirs] + [v.form for v in mine if v.form not in by_form[2]]
    out: list[Variant] = []
    for form in forms:
        value, clashed = _pick(*(side.get(form) for side in by_form))
        if clashed:
            clash(f"variant {form!r}")
        if value is not None:
            out.append(value)
    return out


def merge_entry(
    base: Entry | None, mine: Entry, theirs: Entry, *, mine_wins: bool = False
) -> tuple[Entry, list[str]]:
    """The three-way merge of one entry, and the names of the fields that clash.

    base None: both sides added the entry.  mine_wins: mine's single values beat theirs (a decision
    over a mined candidate); lists are still merged.
    """
    clashes: list[str] = []
    values: dict[str, object] = {}
    for name in _SCALARS:
        ours, disk = getattr(mine, name), getattr(theirs, name)
        if mine_wins:
            values[name] = ours
            continue
        value, clashed = _pick(getattr(base, name) if base is not None else _ABSENT, ours, disk)
        if clashed:
            clashes.append(f"{name}: here {ours!r}, on disk {disk!r}")
        values[name] = value
    for name in _LISTS:
        before = getattr(base, name) if base is not None else None
        values[name] = _merge_list(before, getattr(mine, name), getattr(theirs, name))
    values["variants"] = _merge_variants(
        base.variants if base is not None else None, mine.variants, theirs.variants, clashes.append
    )
    if base is None:
        values["frequency"] = max(mine.frequency, theirs.frequency)
    else:
        values["frequency"] = max(0, theirs.frequency + mine.frequency - base.frequency)
    confidence, clashed = _pick(
        base.confidence if base is not None else _ABSENT, mine.confidence, theirs.confidence
    )
    values["confidence"] = max(mine.confidence, theirs.confidence) if clashed else confidence
    merged = Entry.__new__(Entry)
    merged.__dict__.update(values)
    return merged, clashes


def assign(entry: Entry, values: Entry) -> None:
    """Give entry the field values of another, keeping its identity (callers hold entries by identity)."""
    for f in fields(Entry):
        value = getattr(values, f.name)
        setattr(entry, f.name, list(value) if isinstance(value, list) else value)


def _copy(entry: Entry) -> Entry:
    clone = Entry.__new__(Entry)
    assign(clone, entry)
    return clone


def reapply(
    changes: Changes,
    theirs: list[Entry],
    path: str,
    merge_candidates: Callable[[list[Entry]], None],
) -> dict[int, Entry]:
    """Apply one writer's changes to the entries on disk now (changed in place, new ones appended).

    merge_candidates merges mined candidates into the glossary whose primary catalog's entry list is
    theirs (the miner's merge rules: new ones are appended to theirs).  Returns, for each entry of
    theirs that now carries this writer's decision, id(that entry) -> the writer's own entry.
    Raises ConflictError, having changed nothing, when a change clashes with what is on disk.
    """
    clashes = _Clashes(path)
    at = {source_key(entry): entry for entry in theirs}
    results: list[tuple[Entry, Entry]] = []  # (entry of theirs, merged values)
    mine_of: dict[int, Entry] = {}
    gone: set[int] = set()

    for base in changes.removed:
        disk = at.get(source_key(base))
        if disk is None:
            continue  # removed on both sides
        if disk != base:
            clashes.add(f"{base.headword!r} was removed here and changed on disk")
            continue
        gone.add(id(disk))

    for base, mine in changes.edited:
        disk = at.get(source_key(base))
        if disk is None:
            clashes.add(f"{base.headword!r} was changed here and removed or renamed on disk")
            continue
        merged, found = merge_entry(base, mine, disk)
        if found:
            clashes.add(f"{base.headword!r} ({found[0]})")
            continue
        results.append((disk, merged))
        mine_of[id(disk)] = mine

    added_candidates: list[Entry] = []
    new_entries: list[Entry] = []
    for mine in changes.added:
        disk = at.get(source_key(mine))
        if mine.status is Status.CANDIDATE:
            added_candidates.append(mine)
            continue
        if disk is None:
            clone = _copy(mine)
            new_entries.append(clone)
            at[source_key(clone)] = clone
            mine_of[id(clone)] = mine
            continue
        decided = disk.status is not Status.CANDIDATE
        merged, found = merge_entry(None, mine, disk, mine_wins=not decided)
        if found:
            clashes.add(f"{mine.headword!r} was added here and on disk differently ({found[0]})")
            continue
        results.append((disk, merged))
        mine_of[id(disk)] = mine

    # An edit may rename an entry onto the source form of another one.
    claimed: dict[tuple[str, str], Entry] = {}
    for disk, merged in results:
        key = source_key(merged)
        other = at.get(key)
        if (other is not None and other is not disk and id(other) not in gone) or key in claimed:
            clashes.add(f"two entries would have the source form {key[1]!r}")
        claimed[key] = disk
    clashes.raise_any()

    # No clash: change theirs.  Candidates go last, so the miner's rules see the decisions.
    for disk, merged in results:
        assign(disk, merged)
    if gone:
        theirs[:] = [entry for entry in theirs if id(entry) not in gone]
    theirs.extend(new_entries)
    if added_candidates:
        clones = {id(clone): (clone, mine) for mine in added_candidates for clone in [_copy(mine)]}
        before = len(theirs)
        merge_candidates([clone for clone, _ in clones.values()])
        for entry in theirs[before:]:
            if id(entry) in clones:
                mine_of[id(entry)] = clones[id(entry)][1]
    return mine_of
