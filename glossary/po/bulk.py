"""The bulk reader: a whole message per regex match, for the shape nearly every message of a
glossary has; what it cannot read whole goes through the general lexer and parser."""

from __future__ import annotations

import re
from collections.abc import Iterator

import polib

from glossary.errors import PoStoreError
from glossary.po.catalog import PoEntry
from glossary.po.lexer import logical_lines, tokenize, unescape
from glossary.po.parser import Parser, message_entry, parse_references, split_flags

# A message as msgcat and this module write it: "# ", "#.", "#:" and "#," lines in that order, an
# optional msgctxt, then msgid and msgstr with one string each on their own line, all obsolete
# ("#~ ") or none, then blank lines. Read at a line start that does not continue the line before
# (gettext joins a line ending in a backslash with the next one, so no line here ends in one), and
# only when what follows starts a new message (a comment, a keyword, the end): then its tokens are
# exactly the ones the general lexer would make and the parser takes them as one whole message.
_BULK_STRING = r'[^"\\\n]*+(?:\\.[^"\\\n]*+)*+'
_BULK_MESSAGE = re.compile(
    rf"""(?<![^\n])(?<!\\\n)
    (?P<t>(?:\#(?:\ [^\n]*+)?(?<!\\)\n)*+)
    (?P<x>(?:\#\.[^\n]*+(?<!\\)\n)*+)
    (?P<r>(?:\#:[^\n]*+(?<!\\)\n)*+)
    (?P<f>\#,[^\n]*+(?<!\\)\n)?+
    (?P<o>(?:\#~\ )?+)
    (?:msgctxt\ "(?P<c>{_BULK_STRING})"\n(?P=o))?+
    msgid\ "(?P<i>(?!"){_BULK_STRING})"\n
    (?P=o)msgstr\ "(?P<s>{_BULK_STRING})"\n
    \n*+
    (?=\Z|\#[^~|\n]|\#\n|(?:\#~\ |\#~?\|\ ?)?msg)""",
    re.VERBOSE,
)
TCOMMENT_PREFIX = re.compile(r"^# ?", re.MULTILINE)
COMMENT_PREFIX = re.compile(r"^#\. ?", re.MULTILINE)
# "#: FILE:LINE" alone, read as parse_references reads it (the number after the last colon).
ONE_REFERENCE = re.compile(r"#: ([^\s:]\S*):([0-9]{1,18})\n")


def read_bulk(text: str, codec: str, path: str) -> list[PoEntry] | None:
    """The entries of the text, read a message per regex match where the message has the common
    shape, and the stretches between such messages through the general reader; None when the text
    holds anything the general reader should judge as a whole: an error, a duplicate message.

    The same entries as read_general (tests/test_po_bulk.py checks it on generated catalogs), in
    a fraction of the time: no per-line or per-token Python work for the common messages.
    """
    entries: list[PoEntry] = []
    append = entries.append
    keys: list[object] = []
    add_key = keys.append
    new = PoEntry.__new__
    encoding = polib.default_encoding
    tcomment_prefix, comment_prefix = TCOMMENT_PREFIX.sub, COMMENT_PREFIX.sub
    one_reference = ONE_REFERENCE.fullmatch
    count = text.count
    position, line = 0, 1
    try:
        for match in bulk_messages(text):
            start, end = match.span()
            if start != position:
                # A stretch of other shapes, read with the message after it: comments before a
                # message belong to it, so the stretch cannot be cut there.
                for entry in read_stretch(text[position:end], line, codec, path):
                    append(entry)
                    add_key(entry.msgid if entry.msgctxt is None else (entry.msgctxt, entry.msgid))
                line += count("\n", position, end)
                position = end
                continue
            tcomments, comments, references, flags, obsolete, msgctxt, msgid, msgstr = match.groups()
            if "\\" in msgid:
                msgid = unescape(msgid, codec, path, line)
            if "\\" in msgstr:
                msgstr = unescape(msgstr, codec, path, line)
            if msgctxt is not None:
                if "\\" in msgctxt:
                    msgctxt = unescape(msgctxt, codec, path, line)
                add_key((msgctxt, msgid))
            else:
                add_key(msgid)
            if references:
                one = one_reference(references)
                occurrences = (
                    [(one.group(1), str(int(one.group(2))))]
                    if one is not None
                    else bulk_references(references)
                )
            else:
                occurrences = []
            # Attribute by attribute, in the order PoEntry() sets them: the entries then share their
            # attribute names (CPython's compact instance values) instead of holding a dict each.
            entry = new(PoEntry)
            entry.msgid = msgid
            entry.msgstr = msgstr
            entry.msgid_plural = ""
            entry.msgstr_plural = {}
            entry.msgctxt = msgctxt
            entry.obsolete = obsolete != ""
            entry.encoding = encoding
            entry.comment = comment_prefix("", comments)[:-1] if comments else ""
            entry.tcomment = tcomment_prefix("", tcomments)[:-1] if tcomments else ""
            entry.occurrences = occurrences
            entry.flags = (["fuzzy"] if flags == "#, fuzzy\n" else split_flags(flags[2:-1])) if flags else []
            entry.previous_msgctxt = None
            entry.previous_msgid = None
            entry.previous_msgid_plural = None
            entry.linenum = line
            entry.lone_empty_tcomment = tcomments in ("#\n", "# \n")
            entry.lone_empty_comment = comments in ("#.\n", "#. \n")
            append(entry)
            line += count("\n", start, end)
            position = end
        if position != len(text):
            for entry in read_stretch(text[position:], line, codec, path):
                append(entry)
                add_key(entry.msgid if entry.msgctxt is None else (entry.msgctxt, entry.msgid))
    except PoStoreError:
        return None
    if len(set(keys)) != len(keys):
        return None  # a duplicate message: the general reader says where
    return entries


def bulk_messages(text: str) -> Iterator[re.Match[str]]:
    """The matches of _BULK_MESSAGE, tried where a message can start: where the last match ended,
    else only after a blank line (or at the start). Trying every line start, as finditer does,
    would make a run of n comment lines cost n^2: each try reads the run to its end before failing.
    A try reads no further than the next blank line (or a few characters past it), so the tries
    read disjoint stretches of the text and the scan stays linear."""
    match_at, blank_lines = _BULK_MESSAGE.match, _BLANK_LINES.search
    position, end = 0, len(text)
    while position < end:
        match = match_at(text, position)
        if match is not None:
            yield match
            position = match.end()
            continue
        blank = blank_lines(text, position)
        if blank is None:
            return
        position = blank.end()


_BLANK_LINES = re.compile(r"\n\n+")


def read_stretch(text: str, first: int, codec: str, path: str) -> list[PoEntry]:
    """The entries of a stretch of text starting at line first, by the general lexer and parser."""
    tokens = tokenize(logical_lines(text, first), codec, path)
    return [message_entry(message) for message in Parser(tokens, path).messages()]


def bulk_references(block: str) -> list[tuple[str, str]]:
    """The occurrences of a block of "#:" lines, each file position once (as _add_comment keeps them)."""
    references: list[tuple[str, int | None]] = []
    for text in block[:-1].split("\n"):
        for reference in parse_references(text[2:]):
            if reference not in references:
                references.append(reference)
    return [(name, "" if number is None else str(number)) for name, number in references]
