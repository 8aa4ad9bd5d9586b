"""The cold index build's reader: a PO file's glossary entries straight to what the index needs.

A cold build needs of each entry its kind, status, headword, forms and JSON (``parts``), never the
entry itself. Reading the file with ``po.parse_po`` and mapping it with ``entry_codec.entry_from_po``
makes a PoEntry and an Entry (with its variants and sources) per message only to read them back:
at 1M entries that was about a third of the build's CPU. Here each message of the common shape
(``po``'s bulk regex) goes from its match groups to those columns directly, through the store's
own mapping (``entry_codec.entry_fields``) and the model's own JSON writer (``model.entry_json``); the
stretches the bulk regex leaves to the general reader are read by it and mapped by
``entry_from_po``, as ``parse_po`` does.

The columns are those of the entries parse_po and entry_from_po give (tests/test_search_poread.py
checks it on generated catalogs). Anything that makes parse_po raise (a syntax error, a bad charset,
a duplicate message, a header after other messages) makes this reader give up (None): the caller
then reads the file with parse_po, whose error names the file and line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from glossary.entry_codec import FUZZY, entry_fields, entry_from_po, is_glossary_entry
from glossary.errors import PoStoreError
from glossary.model import Entry, entry_json, forms_of, source_text
from glossary.po.bulk import (
    COMMENT_PREFIX,
    ONE_REFERENCE,
    TCOMMENT_PREFIX,
    bulk_messages,
    bulk_references,
    read_stretch,
)
from glossary.po.catalog import PoEntry
from glossary.po.decode import decode_text
from glossary.po.lexer import unescape
from glossary.po.parser import split_flags

from .tables import KIND_AT, STATUS_AT


@dataclass
class Columns:
    """The glossary entries of one or more PO texts, in file order, as the index's parts read them."""

    kinds: bytearray = field(default_factory=bytearray)  # entry -> position in tables.KINDS
    statuses: bytearray = field(default_factory=bytearray)  # entry -> position in tables.STATUSES
    headwords: list[str] = field(default_factory=list)  # entry -> Entry.headword (NFC)
    forms: list[list[str]] = field(default_factory=list)  # entry -> Entry.forms()
    # entry -> Entry.to_json() in UTF-8, encoded at once: the text of a JSON with Vietnamese in it
    # takes two bytes a character, and half a million of them (300 MB) were alive at once.
    json: list[bytes] = field(default_factory=list)

    def add_entries(self, entries: Iterable[Entry]) -> None:
        """Add these entries' columns (read by the store, entry_from_po)."""
        for entry in entries:
            self.kinds.append(KIND_AT[entry.kind._value_])
            self.statuses.append(STATUS_AT[entry.status._value_])
            self.headwords.append(unicodedata.normalize("NFC", entry.headword))
            self.forms.append(entry.forms())
            self.json.append(entry.to_json().encode())


# What tells messages apart in a file (gettext refuses two alike): the msgid of a message without a
# msgctxt, else (msgctxt, msgid). A text is never equal to a pair, and most messages need no pair.
Key = str | tuple[str, str]


def message_key(msgctxt: str | None, msgid: str) -> Key:
    """A message's Key."""
    return msgid if msgctxt is None else (msgctxt, msgid)


@dataclass
class Read:
    """What read_columns read of one PO text."""

    keys: list[Key]  # every message's key (message_key), the header's left out
    header: bool  # whether the text holds a header entry


def read_columns(data: bytes, path: str, columns: Columns) -> Read | None:
    """Add the glossary entries of the PO bytes data to columns; None, with columns unchanged,
    when parse_po would raise for data (read it with parse_po then, for the error)."""
    try:
        text, codec, _newline = decode_text(data, path)
    except PoStoreError:
        return None
    size = len(columns.json)
    try:
        read = _read(text, codec, path, columns)
    except PoStoreError:
        read = None
    if read is None:
        for name in ("kinds", "statuses", "headwords", "forms", "json"):
            del getattr(columns, name)[size:]
    return read


def _read(text: str, codec: str, path: str, columns: Columns) -> Read | None:
    # The loop of po._read_bulk, each message mapped as it is matched; see there for the why.
    keys: list[Key] = []
    add_key = keys.append
    header_key: Key | None = None
    add_kind, add_status = columns.kinds.append, columns.statuses.append
    add_headword, add_forms, add_json = columns.headwords.append, columns.forms.append, columns.json.append
    tcomment_prefix, comment_prefix = TCOMMENT_PREFIX.sub, COMMENT_PREFIX.sub
    one_reference = ONE_REFERENCE.fullmatch
    normalize = unicodedata.normalize
    count = text.count
    position, line = 0, 1
    before_header = False  # a message that is not obsolete was read (a header after it is an error)

    def add_po(entries: list[PoEntry]) -> bool:
        """Add the PO entries the general reader read; False if parse_po would refuse them."""
        nonlocal header_key, before_header
        for entry in entries:
            key = entry.msgid if entry.msgctxt is None else (entry.msgctxt, entry.msgid)
            add_key(key)
            if header_key is None and not entry.obsolete and entry.msgctxt is None and entry.msgid == "":
                if before_header:
                    return False  # parse_po: "the header entry (msgid "") must come before ..."
                header_key = key
                continue
            before_header = before_header or not entry.obsolete
            if is_glossary_entry(entry):
                columns.add_entries((entry_from_po(entry),))
        return True

    for match in bulk_messages(text):
        start, end = match.span()
        if start != position:
            # A stretch of other shapes, with the message after it (as po._read_bulk reads it).
            if not add_po(read_stretch(text[position:end], line, codec, path)):
                return None
            line += count("\n", position, end)
            position = end
            continue
        tcomments, comments, references, flags, obsolete, msgctxt, msgid, msgstr = match.groups()
        if "\\" in msgid:
            msgid = unescape(msgid, codec, path, line)
        if "\\" in msgstr:
            msgstr = unescape(msgstr, codec, path, line)
        if msgctxt is not None and "\\" in msgctxt:
            msgctxt = unescape(msgctxt, codec, path, line)
        add_key(msgid if msgctxt is None else (msgctxt, msgid))
        if references:
            one = one_reference(references)
            sources = (
                # "#: path:12\n": the source's text is the reference itself when its number is
                # written as str(int) writes it (no leading zero, not 0).
                (
                    [references[3:-1]]
                    if one.group(2)[0] != "0"
                    else [source_text(one.group(1), int(one.group(2)))]
                )
                if one is not None
                else [
                    source_text(name, int(number) if number else 0)
                    for name, number in bulk_references(references)
                ]
            )
        else:
            sources = []
        is_obsolete = obsolete != ""
        if not is_obsolete:
            before_header = True
        fuzzy = flags == "#, fuzzy\n" or (bool(flags) and FUZZY in split_flags(flags[2:-1]))
        en, vi, kind, status, variants, abbr, notes, contexts, frequency, confidence, entry_flags = (
            entry_fields(
                msgid,
                msgstr,
                is_obsolete,
                fuzzy,
                comment_prefix("", comments)[:-1] if comments else "",
                tcomment_prefix("", tcomments)[:-1] if tcomments else "",
            )
        )
        # Normalised as Entry.decoded normalises them.
        en = normalize("NFC", en).strip()
        vi = normalize("NFC", vi).strip()
        if abbr:
            abbr = normalize("NFC", abbr).strip()
        if notes:
            notes = [n for n in (normalize("NFC", n).rstrip() for n in notes) if n]
        if contexts:
            contexts = [c for c in (normalize("NFC", c).rstrip() for c in contexts) if c]
        disambiguation = msgctxt or ""
        try:
            json = entry_json(
                en,
                vi,
                kind,
                status,
                abbr,
                variants,
                notes,
                sources,
                contexts,
                frequency,
                confidence,
                disambiguation,
                entry_flags,
            )
        except (TypeError, ValueError):
            return None  # not a value the store maps to (entry_fields gives plain ones): the long way
        add_kind(KIND_AT[kind._value_])
        add_status(STATUS_AT[status._value_])
        add_headword(vi or en or abbr)
        add_forms(forms_of(vi, en, abbr, variants))
        add_json(json.encode())
        line += count("\n", start, end)
        position = end
    if position != len(text) and not add_po(read_stretch(text[position:], line, codec, path)):
        return None
    if len(set(keys)) != len(keys):
        return None  # a duplicate message: parse_po says where
    if header_key is not None:
        keys.remove(header_key)
    return Read(keys, header_key is not None)
