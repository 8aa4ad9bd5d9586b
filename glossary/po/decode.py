"""PO bytes to text: the declared charset, a BOM, the file's line breaks, NFC."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections.abc import Iterator

from glossary.errors import PoStoreError

_BOM = codecs.BOM_UTF8
# Bytes every ASCII-compatible charset decodes to the same text; PO files must use such a charset
# (gettext itself refuses UTF-16 and the like), and Python also knows str-to-str "codecs" like rot13.
_ASCII_PROBE = b'msgid "" msgstr "Content-Type: charset=\\n" #:,.|~[]0123456789'
_HEADER_MSGID = re.compile(r'msgid[ \t\r\f\v]*""[ \t\r\f\v]*$')
_CHARSET_IN_LINE = re.compile(r'charset=([^\s"\\]*)')


class _LazyLines:
    """The lines of PO bytes seen as Latin-1, split off one at a time as they are asked for."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.lines: list[str] = []
        self.offset = 0  # where the next unread line starts; -1 once all are read

    def has(self, index: int) -> bool:
        while len(self.lines) <= index and self.offset >= 0:
            end = self.data.find(b"\n", self.offset)
            self.lines.append(self.data[self.offset : end if end >= 0 else None].decode("latin-1"))
            self.offset = end + 1 if end >= 0 else -1
        return index < len(self.lines)

    def __getitem__(self, index: int) -> str:
        return self.lines[index]

    def __iter__(self) -> Iterator[str]:
        index = 0
        while self.has(index):
            yield self.lines[index]
            index += 1


def _declared_charset(data: bytes) -> tuple[str, int] | None:
    """The charset named in the header entry's Content-Type, and the line that names it.

    Runs on bytes seen as Latin-1 (every PO charset is ASCII-compatible), before the real decoding:
    like gettext, only a header that is the file's first message counts.
    """
    # Only the lines up to the header's end are read: a big file is never split as a whole.
    lines = _LazyLines(data)
    first = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(" \t\r\f\v")
        if stripped and not stripped.startswith("#"):
            first = index
            break
    if first is None or not _HEADER_MSGID.match(lines[first].lstrip(" \t\r\f\v")):
        return None
    in_msgstr = False
    for index in itertools.count(first + 1):
        if not lines.has(index):
            break
        stripped = lines[index].strip(" \t\r\f\v")
        if stripped.startswith("msgstr"):
            in_msgstr = True
        elif not stripped.startswith('"'):
            return None
        elif not in_msgstr:
            if stripped != '""':  # a non-empty msgid: not a header
                return None
            continue
        match = _CHARSET_IN_LINE.search(stripped)
        if match:
            return match.group(1), index + 1
    return None


def codec_name(charset: str) -> str | None:
    """Python's codec for a PO charset name, or None when Python does not know the name."""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def ascii_compatible(codec: str) -> bool:
    try:
        return _ASCII_PROBE.decode(codec) == _ASCII_PROBE.decode("ascii")
    except (LookupError, UnicodeDecodeError):  # LookupError: str-to-str codecs such as rot13
        return False


def line_ending(data: bytes) -> str:
    """The line break a file uses: CRLF when every LF follows a CR, CR when it has CRs but no LF
    (old Mac files), else LF."""
    lf = data.count(b"\n")
    if lf == 0:
        return "\r" if b"\r" in data else "\n"
    return "\r\n" if data.count(b"\r\n") == lf else "\n"


def _to_lf(data: bytes, newline: str) -> bytes:
    """The bytes with LF line breaks, so every rule below sees one kind of line.

    In a file of another kind (some lines CRLF, some LF), a CR stays what gettext takes it for: a
    blank between tokens, a character of a comment.  Every PO charset is ASCII-compatible, so CR
    and LF bytes never occur inside a character.
    """
    if newline == "\r\n":
        return data.replace(b"\r\n", b"\n")
    if newline == "\r":
        return data.replace(b"\r", b"\n")
    return data


def decode_text(data: bytes, path: str) -> tuple[str, str, str]:
    """Validate and decode PO bytes to NFC text with LF line breaks; return it with the codec and the
    line break the file used."""
    newline = line_ending(data)
    data = _to_lf(data, newline)
    nul = data.find(b"\0")
    if nul >= 0:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\0\0"):  # not UTF-32
            # Notepad's "Unicode": gettext reads no UTF-16 either, but the NUL bytes say nothing of it.
            raise PoStoreError(path, "UTF-16 text (a byte-order mark); save it as UTF-8", 1)
        raise PoStoreError(path, "NUL byte", data.count(b"\n", 0, nul) + 1)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]  # gettext refuses a BOM; editors on Windows add one
    declared = _declared_charset(data)
    codec = "utf-8"
    label = "UTF-8 (no charset declared)"
    # "CHARSET" is the placeholder xgettext writes into templates; gettext treats it as absent.
    if declared is not None and declared[0] != "CHARSET":
        charset, line = declared
        found = codec_name(charset) if charset else None
        if found is None:
            raise PoStoreError(path, f"unknown charset '{charset}'", line)
        if not ascii_compatible(found):
            message = f"charset '{charset}' is not ASCII-compatible; a PO file cannot use it"
            raise PoStoreError(path, message, line)
        codec, label = found, charset
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise PoStoreError(path, f"byte 0x{data[err.start]:02X} is not valid {label}", line) from None
    # Vietnamese arrives precomposed or decomposed; the glossary compares strings, so NFC everywhere.
    return unicodedata.normalize("NFC", text), codec, newline
