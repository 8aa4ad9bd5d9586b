"""PO and POT: the glossary as a gettext catalog in either direction, and catalogs read back in.

An export entry is the store's own mapping (glossary/store.py) of the entry turned to the export's
direction: the source form is the msgid, candidates are fuzzy, rejected entries obsolete, and kind,
variants, abbreviation and the miner's data stay in ``#.`` lines, notes in ``#`` lines and sources
in ``#:`` lines, so reading an export back loses nothing the store keeps. A POT holds the source
forms and comments with empty translations. Entries are rendered a thousand at a time with
glossary/po.py's writer (msgcat's layout), so a large glossary is never copied whole.

Any other catalog (a project's vi.po) is read as a source of candidate pairs: short translated
messages such as menu labels and names; plural, fuzzy and untranslated messages and sentences are
skipped and counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import BinaryIO

import polib

from glossary.controls import HIDDEN
from glossary.entry_codec import apply_to_po, entry_from_po, new_po
from glossary.model import Entry, Source, Status
from glossary.po import encode_po, parse_po, render_po

from .common import ExportReport, InterchangeError, ReadResult, Selection, read_bytes
from .formats import DIRECTIONS

CHUNK = 1000
GENERATOR = "glossary"
SOURCE_LANGUAGE = "X-Source-Language"
# A third-party message longer than this (in words) is a sentence, not a term.
MAX_TERM_WORDS = 6
# Nor longer than this: six words never are, and a 50 MB msgid is then set aside at once, where the
# term rules' patterns (and the merge after them) took 20 s over it.
MAX_TERM_CHARS = 300
_PLACEHOLDER = re.compile(r"%(\(\w+\))?[-+ #0]*\d*(\.\d+)?[a-zA-Z]|\{[^{}]*\}|<[a-zA-Z/][^>]*>|\$\w+")
_TEMPLATE_DROPS = ("status: ", "msgstr-placeholder: ")
_ACCELERATOR = re.compile(r"(?<![&_])[&_](?=\w)")


def oriented(entry: Entry, direction: str) -> Entry:
    """The entry as the store would map it with the direction's source form as msgid."""
    if direction == "en-vi":
        return entry
    swapped = Entry.__new__(Entry)
    swapped.__dict__.update(entry.__dict__)
    swapped.en, swapped.vi = entry.vi, entry.en
    return swapped


def header(selection: Selection, *, template: bool = False) -> polib.POFile:
    catalog = new_po("" if template else selection.target_lang)
    if template:
        catalog.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    catalog.metadata[SOURCE_LANGUAGE] = selection.source_lang
    what = "template" if template else "export"
    catalog.header = f"Vietnamese–English glossary {what} ({selection.direction})."
    return catalog


def po_entry(entry: Entry, selection: Selection, *, template: bool = False) -> polib.POEntry:
    """One glossary entry as a PO message of the export's direction."""
    message = polib.POEntry()
    apply_to_po(oriented(entry, selection.direction), message)
    if template:
        # A template has no translations, so no status either: every message reads back a candidate.
        message.msgstr = ""
        message.flags = [f for f in message.flags if f != "fuzzy"]
        message.obsolete = False
        message.comment = "\n".join(
            line for line in message.comment.split("\n") if not line.startswith(_TEMPLATE_DROPS)
        )
    return message


def write_po(
    entries: Iterable[Entry],
    out: BinaryIO,
    selection: Selection,
    report: ExportReport,
    *,
    template: bool = False,
) -> int:
    """Write a PO (or, with template, a POT) catalog; return the number of messages written."""
    out.write(encode_po(header(selection, template=template)))
    seen: set[tuple[str, str]] = set()
    rejected: list[Entry] = []
    chunk = polib.POFile()
    count = 0
    for entry in entries:
        source = selection.source(entry)
        if not source:
            report.without_source += 1
            continue
        key = (entry.disambiguation, source)
        if key in seen:
            report.duplicates += 1
            continue
        seen.add(key)
        if entry.status is Status.REJECTED and not template:
            # gettext tools keep obsolete entries at the end; they are few, so only they wait.
            rejected.append(entry)
            continue
        chunk.append(po_entry(entry, selection, template=template))
        count += 1
        if len(chunk) >= CHUNK:
            _flush(chunk, out)
    _flush(chunk, out)
    for entry in rejected:
        chunk.append(po_entry(entry, selection))
        count += 1
        if len(chunk) >= CHUNK:
            _flush(chunk, out)
    _flush(chunk, out)
    return count


def _flush(chunk: polib.POFile, out: BinaryIO) -> None:
    if chunk:
        out.write(b"\n" + render_po(chunk).encode("utf-8"))
        del chunk[:]


# --- reading ---------------------------------------------------------------------------------------


def catalog_direction(metadata: dict[str, str], path: str, direction: str | None) -> str:
    """The direction a catalog's header declares (X-Source-Language, else Language)."""
    if direction is not None:
        return direction
    source = metadata.get(SOURCE_LANGUAGE, "").strip().lower()[:2]
    for name, (src, _) in DIRECTIONS.items():
        if source == src:
            return name
    language = metadata.get("Language", "").strip().lower()[:2]
    for name, (_, target) in DIRECTIONS.items():
        if language == target:
            return name
    shown = metadata.get("Language", "").strip() or "none"
    raise InterchangeError(
        path, f"the catalog's Language is {shown}, neither vi nor en; pass --direction to read it anyway"
    )


def is_own(metadata: dict[str, str]) -> bool:
    """Whether the glossary wrote this catalog (an export or a store file)."""
    return metadata.get("X-Generator", "").split(" ")[0] == GENERATOR


def term_pair(msgid: str, msgstr: str) -> tuple[str, str] | str:
    """A third-party message as a (source, target) term pair, or why it is not one."""
    if not msgstr:
        return "untranslated"
    if len(msgid) > MAX_TERM_CHARS or len(msgstr) > MAX_TERM_CHARS:
        return "too long for a term"
    if "\n" in msgid or _PLACEHOLDER.search(msgid):
        return "placeholders, markup or several lines"
    if len(msgid.split()) > MAX_TERM_WORDS or msgid.rstrip().endswith((".", "!", "?", ";")):
        return "sentences"
    if not any(ch.isalpha() for ch in msgid):
        return "no letters"
    if HIDDEN.search(msgid) or HIDDEN.search(msgstr):
        # A term's form is one line of plain text (what `add` takes): an escape sequence, a tab or
        # a bidirectional override in a catalog another tool wrote is skipped and counted, not
        # made a candidate the checker would then enforce.  `check` names each one (VN203).
        return "control characters"
    # A menu label's accelerator ("_File", "&Open") is not part of the term; strip it only when
    # both sides carry one, so that "R&D" alone stays as written.
    if len(_ACCELERATOR.findall(msgid)) == 1 and len(_ACCELERATOR.findall(msgstr)) == 1:
        msgid, msgstr = _ACCELERATOR.sub("", msgid), _ACCELERATOR.sub("", msgstr)
    return _trimmed(msgid), _trimmed(msgstr)


def _trimmed(label: str) -> str:
    """A label without the ellipsis or colon a menu item or a field name ends with."""
    return label.strip().rstrip(" …:").removesuffix("...").strip()


def third_party_entry(msgid: str, msgstr: str, direction: str, source: Source) -> Entry | str:
    pair = term_pair(msgid, msgstr)
    if isinstance(pair, str):
        return pair
    en, vi = pair if direction == "en-vi" else pair[::-1]
    return Entry(en=en, vi=vi, status=Status.CANDIDATE, sources=[source])


def read_po(path: str, direction: str | None = None) -> ReadResult:
    """Read a PO or POT catalog: the glossary's own exports entry for entry, any other catalog as
    candidate term pairs."""
    result = ReadResult(path)
    catalog = parse_po(read_bytes(path), path)
    direction = catalog_direction(catalog.metadata, path, direction)
    own = is_own(catalog.metadata)
    for message in catalog:
        if not message.msgid:
            continue
        place = str(message.linenum)
        if message.msgid_plural:
            result.skipped["plural"] += 1
            continue
        if own:
            entry = entry_from_po(message)
            result.add(oriented(entry, direction) if direction == "vi-en" else entry, place)
            continue
        if message.obsolete:
            result.skipped["obsolete"] += 1
            continue
        if "fuzzy" in message.flags:
            result.skipped["fuzzy"] += 1
            continue
        found = third_party_entry(message.msgid, message.msgstr, direction, Source(path, message.linenum))
        if isinstance(found, str):
            result.skipped[found] += 1
        else:
            result.add(found, place)
    return result
