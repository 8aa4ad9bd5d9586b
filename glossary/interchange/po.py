"""PO export: the glossary as a gettext catalog, English->Vietnamese or Vietnamese->English.

The store's own files already are en->vi catalogs, but they carry the glossary's bookkeeping; an
export is what a CAT tool or a localization pipeline wants: one message per term, the target form
as msgstr, candidates marked fuzzy, rejected entries left out. Written with glossary/po.py's writer
(msgcat layout, atomic replace), so the result passes ``msgfmt --check``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence

import polib

from glossary.errors import GlossaryError
from glossary.model import Entry, Status
from glossary.po import atomic_write, encode_po
from glossary.store import new_po

# direction -> (the language of msgid, the catalog's Language: the one of msgstr)
DIRECTIONS = {"en-vi": ("en", "vi"), "vi-en": ("vi", "en")}
# How many entries between two progress reports (and cancel checks).
STEP = 2000

Progress = Callable[[int, int], None]


class ExportCancelled(GlossaryError):
    """The export was cancelled before it wrote anything."""


def _message(entry: Entry, source: str, target: str) -> polib.POEntry | None:
    msgid, msgstr = getattr(entry, source), getattr(entry, target)
    if not msgid:
        return None
    po_entry = polib.POEntry(msgid=msgid, msgstr=msgstr, msgctxt=entry.disambiguation or None)
    notes = [f"kind: {entry.kind.value}"]
    if entry.abbr:
        notes.append(f"abbr: {entry.abbr}")
    notes += [f"variant: {v.to_text()}" for v in entry.variants]
    po_entry.comment = "\n".join(notes)
    po_entry.tcomment = "\n".join(" ".join(n.split()) for n in entry.notes)
    if entry.status is Status.CANDIDATE and msgstr:
        # gettext drops the fuzzy flag of an untranslated message, so only translated ones carry it.
        po_entry.flags = ["fuzzy"]
    return po_entry


def export_po(
    entries: Sequence[Entry] | Iterable[Entry],
    path: str | os.PathLike[str],
    direction: str = "en-vi",
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write entries as a PO catalog at path; return how many messages it holds.

    direction is "en-vi" (msgid English, msgstr Vietnamese) or "vi-en". Rejected entries and
    entries without a source form are left out; when two entries share a source form (and
    disambiguation) the first wins, as a PO file cannot hold both. progress(done, total) is called
    every few thousand entries; setting cancel stops the export (ExportCancelled) before writing.
    """
    if direction not in DIRECTIONS:
        raise GlossaryError(f"unknown export direction {direction!r}: use one of {', '.join(DIRECTIONS)}")
    source, target = DIRECTIONS[direction]
    items = list(entries)
    catalog = new_po(target)
    catalog.header = f"Glossary export ({direction})."
    seen: set[tuple[str, str]] = set()
    for done, entry in enumerate(items):
        if done % STEP == 0:
            if cancel is not None and cancel.is_set():
                raise ExportCancelled(f"{os.fspath(path)}: export cancelled, nothing written")
            if progress is not None:
                progress(done, len(items))
        if entry.status is Status.REJECTED:
            continue
        message = _message(entry, source, target)
        if message is None or (entry.disambiguation, message.msgid) in seen:
            continue
        seen.add((entry.disambiguation, message.msgid))
        catalog.append(message)
    if cancel is not None and cancel.is_set():
        raise ExportCancelled(f"{os.fspath(path)}: export cancelled, nothing written")
    atomic_write(path, encode_po(catalog))
    if progress is not None:
        progress(len(items), len(items))
    return len(catalog)
