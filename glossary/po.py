"""Low-level PO layer under the glossary store: read PO bytes into polib objects the way GNU gettext
reads them, write them back byte for byte as ``msgcat --no-wrap`` would, and replace files atomically.

Why not polib's own reader and writer: both lose data.  polib's writer drops ``#.``/``#:`` of
obsolete entries, re-wraps comments and writes a stray ``#`` before an empty header.  Its reader
(1.2) drops ``#~|`` lines, a lone ``#.`` and leading empty ``#`` lines, reads ``##x`` as ``x``,
leaves ``\\a``, octal and hex escapes undecoded, rejects ``#.x`` and a bare ``#~`` line, breaks
lines at U+2028 inside strings (``str.splitlines``), files the top comments of a header-less
file as the header's, numbers the first entry line 0, and reads ``msgstr "b`` (unterminated) as
an empty msgstr.  So the reader here is a small lexer and parser that follows gettext 0.21's
rules, and its output is ordinary ``polib.POFile``/``polib.POEntry`` objects (subclasses that
carry the few facts polib has no field for): the rest of the project keeps using polib's API.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import polib

from glossary.errors import PoStoreError
from glossary.files import atomic_write  # where it lived before files.py; kept for its importers

__all__ = ["PoCatalog", "PoEntry", "atomic_write", "encode_po", "gc_paused", "parse_po", "render_po"]


class PoEntry(polib.POEntry):
    """A polib entry that also remembers a comment block made of one empty line.

    polib keeps each comment kind as one string in which ``""`` means "no comment", so a lone
    ``#`` or ``#.`` line has no value of its own; gettext keeps such a line, so we flag it.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.lone_empty_tcomment: bool = False
        self.lone_empty_comment: bool = False


class PoCatalog(polib.POFile):
    """A polib catalog plus the parts of the header entry polib has no field for."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # The header entry exactly as read: its #. / #: / #| lines and its raw msgstr.  The raw msgstr
        # is written back as long as ``metadata`` still equals ``metadata_as_read``, so a header whose
        # lines polib's dict cannot reproduce ("Key:value", odd continuation lines) survives a save.
        self.header_entry: PoEntry | None = None
        self.metadata_as_read: dict[str, str] | None = None
        # The line break the file was read with ("\n", "\r\n" or "\r"); a save writes it back.
        self.newline = "\n"


# --------------------------------------------------------------------------------------------------
# Bytes to text


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


def _codec_name(charset: str) -> str | None:
    """Python's codec for a PO charset name, or None when Python does not know the name."""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _ascii_compatible(codec: str) -> bool:
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


def _decode(data: bytes, path: str) -> tuple[str, str, str]:
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
        found = _codec_name(charset) if charset else None
        if found is None:
            raise PoStoreError(path, f"unknown charset '{charset}'", line)
        if not _ascii_compatible(found):
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


# --------------------------------------------------------------------------------------------------
# Lexer: the token rules of gettext's po-lex.c

# A token is a plain tuple (kind, line, value, obsolete, previous, index): a big glossary has
# millions of them, and a tuple costs a fraction of an object.  kind is "comment" (value: the text
# after '#'), "keyword" or "string"; index is the N of msgstr[N].
_Token = tuple[str, int, str, bool, bool, "int | None"]
_KIND, _LINE, _VALUE, _OBSOLETE, _PREVIOUS, _INDEX = range(6)

_BLANK = re.compile(r"[ \t\r\f\v]*")
# A string's body, written so that the regex engine keeps no backtracking state per character
# (the plain "(?:[^\"\\]|\\.)*" costs about 100 bytes of memory per character of a long string).
_STRING_BODY = re.compile(r'[^"\\]*+(?:\\.[^"\\]*+)*+')
_KEYWORD = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_PLURAL_INDEX = re.compile(r"[ \t\r\f\v]*\[[ \t\r\f\v]*([0-9]+)[ \t\r\f\v]*\]")
_KEYWORDS = frozenset({"domain", "msgctxt", "msgid", "msgid_plural", "msgstr"})
# The lines nearly every PO file is made of: 'msgid "text"' or '"text"' alone, no blanks around.
# They give the same tokens as the general lexer below, which handles every other line.
_SIMPLE_LINE = re.compile(r'(?:(msgctxt|msgid|msgid_plural|msgstr) )?"([^"\\]*+(?:\\.[^"\\]*+)*+)"')
_SIMPLE_ESCAPES = {
    "n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "\\": "\\", '"': '"',
}  # fmt: skip
_ESCAPE = re.compile(r'\\(?:([ntbrfva\\"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.))', re.DOTALL)


def _logical_lines(text: str, first: int = 1) -> Iterable[tuple[int, str]]:
    """Lines with gettext's backslash-newline continuation applied, each with its first line number
    (the text's first line being number first)."""
    physical = text.split("\n")
    if "\\\n" not in text:
        return enumerate(physical, first)
    logical: list[tuple[int, str]] = []
    index = 0
    while index < len(physical):
        start = index
        line = physical[index]
        if line.endswith("\\") and index + 1 < len(physical):
            # Joined once at the end: adding each piece to the line so far would be quadratic.
            pieces = [line[:-1]]
            while index + 1 < len(physical):
                index += 1
                line = physical[index]
                if not line.endswith("\\") or index + 1 == len(physical):
                    break
                pieces.append(line[:-1])
            pieces.append(line)
            line = "".join(pieces)
        logical.append((start + first, line))
        index += 1
    return logical


def _unescape(raw: str, codec: str, path: str, line: int) -> str:
    """Decode the escapes of a string literal as gettext does."""
    if "\\" not in raw:
        return raw
    pieces: list[str | bytes] = []
    numeric = False
    position = 0
    for match in _ESCAPE.finditer(raw):
        pieces.append(raw[position : match.start()])
        position = match.end()
        simple, octal, hexa, bad = match.groups()
        if bad is not None:
            raise PoStoreError(path, f"invalid escape sequence '\\{bad}' in string", line)
        if simple is not None:
            pieces.append(_SIMPLE_ESCAPES[simple])
            continue
        # Octal and hex escapes give bytes in the file's charset; gettext keeps the low byte.
        value = (int(octal, 8) if octal is not None else int(hexa, 16)) & 0xFF
        if value == 0:
            raise PoStoreError(path, "escape sequence in string gives a NUL byte", line)
        pieces.append(bytes([value]))
        numeric = True
    pieces.append(raw[position:])
    if not numeric:
        return "".join(piece for piece in pieces if isinstance(piece, str))
    try:
        encoded = b"".join(piece if isinstance(piece, bytes) else piece.encode(codec) for piece in pieces)
        decoded = encoded.decode(codec)
    except UnicodeError:
        raise PoStoreError(path, "octal or hex escapes in string do not form valid text", line) from None
    return unicodedata.normalize("NFC", decoded)


def _tokenize(lines: Iterable[tuple[int, str]], codec: str, path: str) -> list[_Token]:
    tokens: list[_Token] = []
    append = tokens.append
    simple_line = _SIMPLE_LINE.fullmatch
    for number, line in lines:
        # Fast paths for the common lines; anything else goes through the general lexer.
        if not line:
            continue
        first = line[0]
        if first == "#":
            if line[1:2] not in ("~", "|"):
                append(("comment", number, line[1:], False, False, None))
                continue
        elif first in '"m':
            match = simple_line(line)
            if match is not None:
                word, raw = match.groups()
                if word is not None:
                    append(("keyword", number, word, False, False, None))
                value = raw if "\\" not in raw else _unescape(raw, codec, path, number)
                append(("string", number, value, False, False, None))
                continue
        _tokenize_line(line, number, codec, path, tokens)
    return tokens


def _tokenize_line(line: str, number: int, codec: str, path: str, tokens: list[_Token]) -> None:
    """The tokens of one logical line, by the general rules."""
    obsolete = previous = False
    position = 0
    end = len(line)
    while True:
        position = _BLANK.match(line, position).end()
        if position >= end:
            break
        char = line[position]
        if char == "#":
            marker = line[position + 1 : position + 2]
            if marker == "~":  # "#~" and "#~|": the rest of the line is lexed normally
                obsolete = True
                position += 2
                if line.startswith("|", position):
                    previous = True
                    position += 1
                continue
            if marker == "|":
                previous = True
                position += 2
                continue
            tokens.append(("comment", number, line[position + 1 :], obsolete, False, None))
            break
        if char == '"':
            body_end = _STRING_BODY.match(line, position + 1).end()
            if body_end >= end or line[body_end] != '"':
                raise PoStoreError(path, "unterminated string", number)
            value = _unescape(line[position + 1 : body_end], codec, path, number)
            tokens.append(("string", number, value, obsolete, previous, None))
            position = body_end + 1
            continue
        match = _KEYWORD.match(line, position)
        if match is None:
            raise PoStoreError(path, f"syntax error at {line[position : position + 20]!r}", number)
        word = match.group(0)
        if word not in _KEYWORDS:
            raise PoStoreError(path, f"syntax error: unknown keyword '{word}'", number)
        if word == "domain":
            raise PoStoreError(path, "'domain' directives are not supported", number)
        position = match.end()
        index = None
        if word == "msgstr":
            plural = _PLURAL_INDEX.match(line, position)
            if plural is not None:
                digits = plural.group(1)
                if len(digits) > 9:  # gettext's own limit is far lower; Python would refuse 4300 digits
                    raise PoStoreError(
                        path, f"plural form index msgstr[{digits[:12]}...] is too large", number
                    )
                index = int(digits)
                position = plural.end()
        tokens.append(("keyword", number, word, obsolete, previous, index))


# --------------------------------------------------------------------------------------------------
# Parser: the grammar of gettext's po-gram.y and the comment handling of read-catalog-abstract.c


class _Message:
    """One message as read, before it becomes a PoEntry."""

    __slots__ = (
        "line", "msgid_line", "obsolete", "tcomments", "comments", "references", "flags", "previous",
        "previous_obsolete", "msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural",
    )  # fmt: skip

    def __init__(self, line: int = 0) -> None:
        self.line = line
        self.msgid_line = 0
        self.obsolete = False
        self.tcomments: list[str] = []
        self.comments: list[str] = []
        self.references: list[tuple[str, int | None]] = []
        self.flags: list[str] = []
        self.previous: dict[str, str] = {}
        self.previous_obsolete = False
        self.msgctxt: str | None = None
        self.msgid = ""
        self.msgid_plural: str | None = None
        self.msgstr = ""
        self.msgstr_plural: dict[int, str] = {}


_REF_SPACE = " \t\n"
_FLAG_SEPARATORS = re.compile(r"[\n \t\r\f\v,]+")
# Line numbers longer than this are read as part of the name: Python refuses to convert numbers of
# thousands of digits, and no file has that many lines.
_DIGITS = re.compile(r"[0-9]{1,18}(?![0-9])")
_TRAILING_NUMBER = re.compile(r":([0-9]{1,18})$")


def _parse_references(text: str) -> Iterable[tuple[str, int | None]]:
    """File positions of a ``#:`` line, as gettext 0.21 reads them.

    Forms: ``FILE:LINE``, ``FILE: LINE``, ``FILE :LINE`` and a bare ``FILE``; a name never holds
    whitespace (gettext 0.21 does not know the U+2068/U+2069 quoting of later versions).
    """
    words = (text.replace("\t", " ") if "\t" in text else text).split(" ")
    if ":" not in text or not any(word[:1] == ":" or word[-1:] == ":" for word in words):
        # No colon stands apart from its name, so each word is read on its own (the common case).
        references: list[tuple[str, int | None]] = []
        for word in words:
            if word:
                trailing = _TRAILING_NUMBER.search(word)
                if trailing and trailing.start() > 0:
                    references.append((word[: trailing.start()], int(trailing.group(1))))
                else:
                    references.append((word, None))
        return references
    return list(_parse_spaced_references(text))


def _parse_spaced_references(text: str) -> Iterator[tuple[str, int | None]]:
    position, end = 0, len(text)
    while position < end:
        while position < end and text[position] in _REF_SPACE:
            position += 1
        if position >= end:
            break
        start = position
        while position < end and text[position] not in _REF_SPACE:
            position += 1
        name = text[start:position]
        # ":" and a number after the name, with optional blanks on either side of the colon
        look = position
        while look < end and text[look] in _REF_SPACE:
            look += 1
        if look < end and text[look] == ":":
            look += 1
            while look < end and text[look] in _REF_SPACE:
                look += 1
            digits = _DIGITS.match(text, look)
            if digits and (digits.end() >= end or text[digits.end()] in _REF_SPACE):
                yield name, int(digits.group(0))
                position = digits.end()
                continue
        # "name:" and the number after blanks
        if name.endswith(":"):
            look = position
            while look < end and text[look] in _REF_SPACE:
                look += 1
            digits = _DIGITS.match(text, look)
            if digits and (digits.end() >= end or text[digits.end()] in _REF_SPACE):
                yield name[:-1], int(digits.group(0))
                position = digits.end()
                continue
        trailing = _TRAILING_NUMBER.search(name)
        if trailing and trailing.start() > 0:
            yield name[: trailing.start()], int(trailing.group(1))
        else:
            yield name, None


def _split_flags(text: str) -> list[str]:
    """The flags of a ``#,`` line, split as gettext splits them (on commas and blanks)."""
    words = [word for word in _FLAG_SEPARATORS.split(text) if word]
    flags: list[str] = []
    for word in words:
        if flags and flags[-1] == "range:":  # keep "range: 1..5" as one flag, as it is written
            flags[-1] = f"range: {word}"
        else:
            flags.append(word)
    return flags


def _add_comment(message: _Message, text: str) -> None:
    """File one comment line (the text after '#') the way gettext's comment dispatcher does."""
    kind = text[:1]
    if kind == ".":
        message.comments.append(text[2:] if text[1:2] == " " else text[1:])
    elif kind == ":":
        references = message.references
        for reference in _parse_references(text[1:]):
            if reference not in references:  # gettext keeps each file position once
                references.append(reference)
    elif kind in (",", "!"):
        # gettext resets the flags on every "#," line: only the last such line counts.
        message.flags = ["fuzzy"] if text == ", fuzzy" else _split_flags(text[1:])
    else:
        message.tcomments.append(text[1:] if kind == " " else text)


class _Parser:
    """Turns tokens into messages; every grammar error is a PoStoreError with a line."""

    def __init__(self, tokens: list[_Token], path: str) -> None:
        self.tokens = tokens
        self.path = path
        self.position = 0

    def error(self, message: str, line: int) -> PoStoreError:
        return PoStoreError(self.path, message, line)

    def peek(self) -> _Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def strings(self, keyword: _Token) -> str:
        """The string literals after a keyword, concatenated."""
        parts: list[str] = []
        while (token := self.peek()) is not None and token[_KIND] == "string":
            if token[_PREVIOUS] != keyword[_PREVIOUS]:
                break
            if token[_OBSOLETE] != keyword[_OBSOLETE]:
                raise self.error("inconsistent use of #~", token[_LINE])
            parts.append(token[_VALUE])
            self.position += 1
        if not parts:
            name = f"msgstr[{keyword[_INDEX]}]" if keyword[_INDEX] is not None else keyword[_VALUE]
            previous = "#| " if keyword[_PREVIOUS] else ""
            raise self.error(f"missing string after {previous}{name}", keyword[_LINE])
        return "".join(parts)

    def keyword(self, *names: str) -> _Token | None:
        """The next token if it is one of the given (non-previous) keywords."""
        token = self.peek()
        if token is None or token[_KIND] != "keyword" or token[_PREVIOUS]:
            return None
        if token[_VALUE] in names:
            self.position += 1
            return token
        return None

    def messages(self) -> Iterator[_Message]:
        tokens = self.tokens
        count = len(tokens)
        message: _Message | None = None
        while self.position < count:
            token = tokens[self.position]
            if message is None:
                message = _Message(token[_LINE])
            kind = token[_KIND]
            if kind == "comment":
                _add_comment(message, token[_VALUE])
                self.position += 1
            elif kind == "string":
                raise self.error("string without a keyword before it", token[_LINE])
            elif token[_PREVIOUS]:
                self.previous_field(message, token)
            else:
                if not self.simple_body(message, token):
                    self.message_body(message)
                yield message
                message = None
        # Comments after the last message belong to nothing; gettext drops them too.
        if message is not None and message.previous:
            raise self.error("#| lines without a message after them", message.line)

    def simple_body(self, message: _Message, msgid: _Token) -> bool:
        """Read 'msgid "x"' then 'msgstr "y"' (one string each, no #| fields before), the shape of
        nearly every message, without the general checks it cannot fail; False for any other shape."""
        position = self.position
        tokens = self.tokens
        if msgid[_VALUE] != "msgid" or message.previous or position + 3 >= len(tokens):
            return False
        msgid_text, msgstr, msgstr_text = tokens[position + 1 : position + 4]
        obsolete = msgid[_OBSOLETE]
        if not (
            msgid_text[_KIND] == "string"
            and msgstr[_KIND] == "keyword"
            and msgstr_text[_KIND] == "string"
            and msgstr[_VALUE] == "msgstr"
            and msgstr[_INDEX] is None
            and not (msgid_text[_PREVIOUS] or msgstr[_PREVIOUS] or msgstr_text[_PREVIOUS])
            and msgid_text[_OBSOLETE] == msgstr[_OBSOLETE] == msgstr_text[_OBSOLETE] == obsolete
            and (position + 4 == len(tokens) or tokens[position + 4][_KIND] != "string")
        ):
            return False
        message.obsolete = obsolete
        message.msgid_line = msgid[_LINE]
        message.msgid = msgid_text[_VALUE]
        message.msgstr = msgstr_text[_VALUE]
        self.position = position + 4
        return True

    def previous_field(self, message: _Message, token: _Token) -> None:
        """A ``#|`` field; gettext wants them in the order msgctxt, msgid, msgid_plural, msgid required."""
        order = ("msgctxt", "msgid", "msgid_plural")
        name, line = token[_VALUE], token[_LINE]
        if name not in order:
            raise self.error(f"'{name}' cannot be a previous (#|) field", line)
        if message.previous:
            if order.index(name) <= order.index(list(message.previous)[-1]):
                raise self.error(f"#| {name} out of order (msgctxt, msgid, msgid_plural)", line)
            if token[_OBSOLETE] != message.previous_obsolete:
                raise self.error("inconsistent use of #~", line)
        if name == "msgid_plural" and "msgid" not in message.previous:
            raise self.error("#| msgid_plural without #| msgid before it", line)
        message.previous_obsolete = token[_OBSOLETE]
        self.position += 1
        message.previous[name] = self.strings(token)

    def message_body(self, message: _Message) -> None:
        context = self.keyword("msgctxt")
        if context is not None:
            message.msgctxt = self.strings(context)
        msgid = self.keyword("msgid")
        if msgid is None:
            token = self.peek()
            if context is not None:
                line = token[_LINE] if token else context[_LINE]
                raise self.error("msgctxt must be followed by msgid", line)
            assert token is not None  # messages() only calls this on a keyword
            raise self.error(f"{token[_VALUE]} without msgid before it", token[_LINE])
        if context is not None and context[_OBSOLETE] != msgid[_OBSOLETE]:
            raise self.error("inconsistent use of #~", msgid[_LINE])
        if message.previous and "msgid" not in message.previous:
            raise self.error("#| msgctxt without #| msgid after it", message.line)
        if message.previous and message.previous_obsolete != msgid[_OBSOLETE]:
            raise self.error("inconsistent use of #~ and #~|", msgid[_LINE])
        message.obsolete = msgid[_OBSOLETE]
        message.msgid_line = msgid[_LINE]
        message.msgid = self.strings(msgid)
        plural = self.keyword("msgid_plural")
        if plural is not None:
            self.check_obsolete(message, plural)
            message.msgid_plural = self.strings(plural)
        msgstr = self.keyword("msgstr")
        if msgstr is None:
            raise self.error("msgid without msgstr", msgid[_LINE])
        if msgstr[_INDEX] is None:
            if plural is not None:
                message_text = "msgid_plural needs msgstr[0], msgstr[1]... instead of msgstr"
                raise self.error(message_text, msgstr[_LINE])
            self.check_obsolete(message, msgstr)
            message.msgstr = self.strings(msgstr)
            return
        if plural is None:
            raise self.error(f"msgstr[{msgstr[_INDEX]}] without msgid_plural", msgstr[_LINE])
        while msgstr is not None:
            self.check_obsolete(message, msgstr)
            expected = len(message.msgstr_plural)
            if msgstr[_INDEX] != expected:
                raise self.error(f"plural form has wrong index: expected msgstr[{expected}]", msgstr[_LINE])
            message.msgstr_plural[expected] = self.strings(msgstr)
            msgstr = self.keyword("msgstr")

    def check_obsolete(self, message: _Message, token: _Token) -> None:
        if token[_OBSOLETE] != message.obsolete:
            raise self.error("inconsistent use of #~", token[_LINE])


def _entry(message: _Message) -> PoEntry:
    # What PoEntry(...) would set, set straight on the instance in the order it sets them: a big
    # glossary makes a million of these, and polib's keyword-argument constructor is most of the cost.
    entry = PoEntry.__new__(PoEntry)
    entry.msgid = message.msgid
    entry.msgstr = message.msgstr
    entry.msgid_plural = message.msgid_plural or ""
    entry.msgstr_plural = message.msgstr_plural
    entry.msgctxt = message.msgctxt
    entry.obsolete = message.obsolete
    entry.encoding = polib.default_encoding
    entry.comment = "\n".join(message.comments)
    entry.tcomment = "\n".join(message.tcomments)
    entry.occurrences = [(name, "" if line is None else str(line)) for name, line in message.references]
    entry.flags = message.flags
    entry.previous_msgctxt = message.previous.get("msgctxt")
    entry.previous_msgid = message.previous.get("msgid")
    entry.previous_msgid_plural = message.previous.get("msgid_plural")
    entry.linenum = message.line
    entry.lone_empty_tcomment = message.tcomments == [""]
    entry.lone_empty_comment = message.comments == [""]
    return entry


def _metadata(msgstr: str) -> dict[str, str]:
    """Header fields the way polib reads them: "Key: value", other lines continue the previous value."""
    metadata: dict[str, str] = {}
    key = None
    for line in msgstr.split("\n"):
        if not line:
            continue
        name, colon, value = line.partition(":")
        if colon:
            key = name
            metadata[key] = value.strip()
        elif key is not None:
            metadata[key] += "\n" + line.strip()
    return metadata


def parse_po(data: bytes, path: str) -> polib.POFile:
    """Parse PO bytes into a polib catalog; any problem raises PoStoreError with its line.

    The catalog is a ``PoCatalog`` (a ``polib.POFile``) holding ``PoEntry`` objects in file order,
    each with ``linenum`` = the first line of the entry; the header entry is taken out into
    ``header``, ``metadata`` and ``metadata_is_fuzzy`` as polib does.  All text is NFC.
    """
    with gc_paused():
        return _parse(data, path)


def _parse(data: bytes, path: str) -> PoCatalog:
    text, codec, newline = _decode(data, path)
    entries = _read_bulk(text, codec, path)
    if entries is None:
        # Something the bulk reader leaves to the general one, every error included: the general
        # reader judges the whole file, so errors come out exactly as it finds them, first one first.
        entries = _read_general(text, codec, path)
    del text

    catalog = PoCatalog(encoding=codec)
    catalog.newline = newline
    catalog.fpath = path
    header_at = next(
        (n for n, e in enumerate(entries) if not e.obsolete and e.msgctxt is None and e.msgid == ""), None
    )
    if header_at is not None:
        header = entries[header_at]
        if any(not earlier.obsolete for earlier in entries[:header_at]):
            # msgcat would keep it in place, but polib's model has the header outside the entry list.
            message_text = 'the header entry (msgid "") must come before all other messages'
            raise PoStoreError(path, message_text, header.linenum)
        del entries[header_at]
        catalog.header_entry = header
        catalog.header = header.tcomment
        catalog.metadata = _metadata(header.msgstr)
        catalog.metadata_as_read = dict(catalog.metadata)
        catalog.metadata_is_fuzzy = list(header.flags)
    # polib's append only adds a duplicate check, which this catalog has switched off.
    list.extend(catalog, entries)
    return catalog


def _read_general(text: str, codec: str, path: str) -> list[PoEntry]:
    """Every message of the text by the general lexer and parser; raises the file's first error."""
    lines = _logical_lines(text)
    tokens = _tokenize(lines, codec, path)
    del lines
    messages = list(_Parser(tokens, path).messages())
    del tokens
    # gettext refuses a repeated msgctxt+msgid anywhere in the file, obsolete entries included, and
    # msgcat and msgfmt fail on such a file, so it is an error here too.
    seen: dict[tuple[str | None, str], int] = {}
    for message in messages:
        key = (message.msgctxt, message.msgid)
        if key in seen:
            raise PoStoreError(
                path, f"duplicate message definition, first defined at line {seen[key]}", message.msgid_line
            )
        seen[key] = message.msgid_line
    del seen
    return [_entry(message) for message in messages]


# --------------------------------------------------------------------------------------------------
# Bulk reader: a whole message per regex match, for the shape nearly every message of a glossary has

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
_TCOMMENT_PREFIX = re.compile(r"^# ?", re.MULTILINE)
_COMMENT_PREFIX = re.compile(r"^#\. ?", re.MULTILINE)
# "#: FILE:LINE" alone, read as _parse_references reads it (the number after the last colon).
_ONE_REFERENCE = re.compile(r"#: ([^\s:]\S*):([0-9]{1,18})\n")


def _read_bulk(text: str, codec: str, path: str) -> list[PoEntry] | None:
    """The entries of the text, read a message per regex match where the message has the common
    shape, and the stretches between such messages through the general reader; None when the text
    holds anything the general reader should judge as a whole: an error, a duplicate message.

    The same entries as _read_general (tests/test_po_bulk.py checks it on generated catalogs), in
    a fraction of the time: no per-line or per-token Python work for the common messages.
    """
    entries: list[PoEntry] = []
    append = entries.append
    keys: list[object] = []
    add_key = keys.append
    new = PoEntry.__new__
    encoding = polib.default_encoding
    tcomment_prefix, comment_prefix = _TCOMMENT_PREFIX.sub, _COMMENT_PREFIX.sub
    one_reference = _ONE_REFERENCE.fullmatch
    count = text.count
    position, line = 0, 1
    try:
        for match in _bulk_messages(text):
            start, end = match.span()
            if start != position:
                # A stretch of other shapes, read with the message after it: comments before a
                # message belong to it, so the stretch cannot be cut there.
                for entry in _read_stretch(text[position:end], line, codec, path):
                    append(entry)
                    add_key(entry.msgid if entry.msgctxt is None else (entry.msgctxt, entry.msgid))
                line += count("\n", position, end)
                position = end
                continue
            tcomments, comments, references, flags, obsolete, msgctxt, msgid, msgstr = match.groups()
            if "\\" in msgid:
                msgid = _unescape(msgid, codec, path, line)
            if "\\" in msgstr:
                msgstr = _unescape(msgstr, codec, path, line)
            if msgctxt is not None:
                if "\\" in msgctxt:
                    msgctxt = _unescape(msgctxt, codec, path, line)
                add_key((msgctxt, msgid))
            else:
                add_key(msgid)
            if references:
                one = one_reference(references)
                occurrences = (
                    [(one.group(1), str(int(one.group(2))))]
                    if one is not None
                    else _bulk_references(references)
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
            entry.flags = (["fuzzy"] if flags == "#, fuzzy\n" else _split_flags(flags[2:-1])) if flags else []
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
            for entry in _read_stretch(text[position:], line, codec, path):
                append(entry)
                add_key(entry.msgid if entry.msgctxt is None else (entry.msgctxt, entry.msgid))
    except PoStoreError:
        return None
    if len(set(keys)) != len(keys):
        return None  # a duplicate message: the general reader says where
    return entries


def _bulk_messages(text: str) -> Iterator[re.Match[str]]:
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


def _read_stretch(text: str, first: int, codec: str, path: str) -> list[PoEntry]:
    """The entries of a stretch of text starting at line first, by the general lexer and parser."""
    tokens = _tokenize(_logical_lines(text, first), codec, path)
    return [_entry(message) for message in _Parser(tokens, path).messages()]


def _bulk_references(block: str) -> list[tuple[str, str]]:
    """The occurrences of a block of "#:" lines, each file position once (as _add_comment keeps them)."""
    references: list[tuple[str, int | None]] = []
    for text in block[:-1].split("\n"):
        for reference in _parse_references(text[2:]):
            if reference not in references:
                references.append(reference)
    return [(name, "" if number is None else str(number)) for name, number in references]


@contextlib.contextmanager
def gc_paused(*, freeze: bool = False) -> Iterator[None]:
    """Switch Python's cyclic garbage collector off for the duration (as Mercurial's ``nogc`` does).

    Reading a big catalog allocates millions of small objects and no reference cycles; each
    allocation burst triggers a collection that walks every object still alive, which made
    loading a million-entry glossary several times slower.  Reference counting still frees
    everything as usual; the collector is switched back on only if it was on before.

    With freeze, a block that ends normally moves every object the collector tracks to its
    permanent generation (``gc.freeze``): a loaded glossary lives as long as the process and makes
    no cycles, so each later full collection would only walk its millions of objects again, the
    one at interpreter exit included (1.3 s of CPU at 100,000 entries on the development machine).
    Frozen objects are still freed by reference counting; only a reference cycle among objects
    alive at that moment that later becomes garbage is never reclaimed.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if enabled:
            gc.enable()


# --------------------------------------------------------------------------------------------------
# Writer: the layout of gettext 0.21's write-po.c with --no-wrap


# gettext 0.21's format languages, in the order it writes their flags (format.c).
_FORMAT_LANGUAGES = (
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp", "javascript", "scheme",
    "lisp", "elisp", "librep", "ruby", "sh", "awk", "lua", "object-pascal", "smalltalk", "qt",
    "qt-plural", "kde", "kde-kuit", "boost", "tcl", "perl", "perl-brace", "php", "gcc-internal",
    "gfc-internal", "ycp",
)  # fmt: skip
_KNOWN_FORMATS = frozenset(_FORMAT_LANGUAGES)
_RANGE = re.compile(r"([0-9]{1,18})\.\.([0-9]{1,18})(?![0-9])")
_PAGE_WIDTH = 79  # --no-wrap leaves the width of #: lines at gettext's default
_ESCAPE_TABLE = str.maketrans({
    "\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
    "\\": "\\\\", '"': '\\"',
})  # fmt: skip
_NEEDS_ESCAPE = re.compile(r'[\a\b\f\n\r\t\v\\"]')
_PORTION = re.compile(r"[^\n]*\n|[^\n]+")


@dataclass
class _Flags:
    fuzzy: bool = False
    formats: dict[str, str] = field(default_factory=dict)
    range: tuple[int, int] | None = None
    no_wrap: bool = False


def _read_flags(flags: Iterable[str]) -> _Flags:
    """What gettext understands of a flag list; unknown flags are ignored, as gettext ignores them."""
    result = _Flags()
    # Items may hold several flags ("fuzzy, c-format") when a caller wrote them that way.
    words = iter(word for word in _FLAG_SEPARATORS.split(",".join(flags)) if word)
    for word in words:
        if word == "fuzzy":
            result.fuzzy = True
        elif word.endswith("-format"):
            language, value = word[: -len("-format")], "yes"
            for prefix in ("no-", "possible-", "impossible-"):
                if language.startswith(prefix):
                    language, value = language[len(prefix) :], prefix[:-1]
                    break
            if language in _KNOWN_FORMATS:
                result.formats[language] = value
        elif word == "range:":
            match = _RANGE.match(next(words, ""))  # gettext ignores what follows the second number
            if match and int(match.group(1)) <= int(match.group(2)):
                result.range = (int(match.group(1)), int(match.group(2)))
        elif word == "wrap":
            result.no_wrap = False
        elif word == "no-wrap":
            result.no_wrap = True
    return result


def _flags_line(flags: Iterable[str], *, translated: bool, obsolete: bool) -> str | None:
    """The ``#,`` line msgcat writes: fuzzy, formats in gettext's order, range, no-wrap.

    msgcat changes content here: it drops flags it does not know, "wrap" and "impossible-X-format";
    writes "possible-X-format" as "X-format"; drops "fuzzy" when the (first) msgstr is empty; and
    keeps only "fuzzy" on obsolete entries.
    """
    if not flags:
        return None
    if flags == ["fuzzy"]:  # the only flag a glossary entry has
        return "#, fuzzy" if translated or obsolete else None
    parsed = _read_flags(flags)
    if obsolete:
        return "#, fuzzy" if parsed.fuzzy else None
    words = ["fuzzy"] if parsed.fuzzy and translated else []
    for language in _FORMAT_LANGUAGES:
        value = parsed.formats.get(language)
        if value in ("yes", "possible"):
            words.append(f"{language}-format")
        elif value == "no":
            words.append(f"no-{language}-format")
    if parsed.range is not None:
        words.append(f"range: {parsed.range[0]}..{parsed.range[1]}")
    if parsed.no_wrap:
        words.append("no-wrap")
    return "#, " + ", ".join(words) if words else None


def _reference_lines(occurrences: Iterable[tuple[str, object]], codec: str) -> list[str]:
    """``#:`` lines: each position once, "./" prefixes dropped, wrapped at 79 bytes as msgcat does."""
    seen: set[tuple[str, int | None]] = set()
    items: list[str] = []
    for name, line in occurrences:
        text = line if type(line) is str else str(line) if line is not None else ""
        number = int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None
        if (name, number) in seen:
            continue
        seen.add((name, number))
        while name.startswith("./"):
            name = name[2:]
        items.append(name if number is None else f"{name}:{number}")
    lines: list[str] = []
    current, column = "#:", 2
    for item in items:
        # gettext counts bytes, not characters
        width = (len(item) if item.isascii() else len(item.encode(codec, errors="replace"))) + 1
        if column > 2 and column + width > _PAGE_WIDTH:
            lines.append(current)
            current, column = "#:", 2
        current += " " + item
        column += width
    if items:
        lines.append(current)
    return lines


def _string_lines(prefix: str, name: str, value: str) -> list[str]:
    """A keyword and its string; a string with a newline before its end starts with "" and breaks
    after each newline (with --no-wrap, msgcat breaks nowhere else)."""
    if value.find("\n", 0, len(value) - 1) >= 0:
        lines = [f'{prefix}{name} ""']
        lines.extend(f'{prefix}"{portion.translate(_ESCAPE_TABLE)}"' for portion in _PORTION.findall(value))
        return lines
    if _NEEDS_ESCAPE.search(value) is not None:  # a regex scan is far cheaper than translate()
        value = value.translate(_ESCAPE_TABLE)
    return [f'{prefix}{name} "{value}"']


def _comment_lines(marker: str, text: str, lone_empty: bool) -> list[str]:
    if text == "":
        return [marker] if lone_empty else []
    return [f"{marker} {line}" if line else marker for line in text.split("\n")]


def _plural_forms(entry: polib.POEntry) -> list[tuple[int, str]] | None:
    if not entry.msgid_plural and not entry.msgstr_plural:
        return None
    forms = sorted((int(index), text) for index, text in entry.msgstr_plural.items())
    return forms or [(0, "")]


def _render_entry(entry: polib.POEntry, codec: str) -> list[str]:
    obsolete = bool(entry.obsolete)
    forms = _plural_forms(entry)
    translated = (forms[0][1] if forms else entry.msgstr) != ""
    lines = _comment_lines("#", entry.tcomment, getattr(entry, "lone_empty_tcomment", False))
    lines += _comment_lines("#.", entry.comment, getattr(entry, "lone_empty_comment", False))
    lines += _reference_lines(entry.occurrences, codec)
    flag_line = _flags_line(entry.flags, translated=translated, obsolete=obsolete)
    if flag_line is not None:
        lines.append(flag_line)
    # gettext cannot read a previous msgctxt or msgid_plural without a previous msgid, so those
    # are written only along with one.
    if entry.previous_msgid is not None:
        previous_prefix = "#~| " if obsolete else "#| "
        for name, value in (
            ("msgctxt", entry.previous_msgctxt),
            ("msgid", entry.previous_msgid),
            ("msgid_plural", entry.previous_msgid_plural),
        ):
            if value is not None:
                lines += _string_lines(previous_prefix, name, value)
    prefix = "#~ " if obsolete else ""
    if entry.msgctxt is not None:
        lines += _string_lines(prefix, "msgctxt", entry.msgctxt)
    lines += _string_lines(prefix, "msgid", entry.msgid)
    if forms is None:
        lines += _string_lines(prefix, "msgstr", entry.msgstr)
    else:
        lines += _string_lines(prefix, "msgid_plural", entry.msgid_plural)
        for index, text in forms:
            lines += _string_lines(prefix, f"msgstr[{index}]", text)
    return lines


def _header_msgstr(po: polib.POFile) -> str:
    source = getattr(po, "header_entry", None)
    as_read = getattr(po, "metadata_as_read", None)
    if source is not None and as_read is not None and list(po.metadata.items()) == list(as_read.items()):
        return source.msgstr
    return "".join(f"{key}: {value}\n" for key, value in po.metadata.items())


def _header_flags(po: polib.POFile) -> list[str]:
    # polib's reader stores the header's flag list here; callers may also set True/False.
    fuzzy = po.metadata_is_fuzzy
    if isinstance(fuzzy, list | tuple):
        return list(fuzzy)
    return ["fuzzy"] if fuzzy else []


def _header_entry(po: polib.POFile) -> PoEntry | None:
    source = getattr(po, "header_entry", None)
    flags = _header_flags(po)
    if source is None and not po.metadata and not po.header and not flags:
        return None
    header = PoEntry(msgid="", msgstr=_header_msgstr(po), tcomment=po.header, flags=flags)
    if source is not None:
        header.lone_empty_tcomment = source.lone_empty_tcomment
        header.comment = source.comment
        header.lone_empty_comment = source.lone_empty_comment
        header.occurrences = source.occurrences
        header.previous_msgctxt = source.previous_msgctxt
        header.previous_msgid = source.previous_msgid
        header.previous_msgid_plural = source.previous_msgid_plural
    return header


def _charset(po: polib.POFile) -> str | None:
    """The charset the header declares, found the way gettext finds it ("charset=" up to a blank)."""
    header = _header_msgstr(po)
    start = header.find("charset=")
    if start < 0:
        return None
    name = re.match(r"[^ \t\n]*", header[start + len("charset=") :]).group(0)
    return None if name in ("", "CHARSET") else name


def _output_codec(po: polib.POFile) -> str:
    charset = _charset(po)
    codec = _codec_name(charset) if charset else None
    return codec if codec is not None and _ascii_compatible(codec) else "utf-8"


def render_po(po: polib.POFile) -> str:
    """The catalog as ``msgcat --no-wrap`` writes it.

    Header, then the other entries in list order, then the obsolete entries (msgcat moves them to
    the end).  Like msgcat, leaves out obsolete entries whose (first) msgstr is empty.  Unlike
    plain msgcat, which writes nothing at all for a catalog holding only its header, the header is
    kept (as ``msgcat --force-po`` does): an empty glossary must not lose its Language and
    Plural-Forms.
    """
    codec = _output_codec(po)
    out: list[str] = []
    blank_line = False
    header = _header_entry(po)
    active = [entry for entry in po if not entry.obsolete]
    if header is not None:
        active.insert(0, header)
    for entry in active:
        if blank_line:
            out.append("")
        out += _render_entry(entry, codec)
        blank_line = True
    for entry in po:
        if not entry.obsolete:
            continue
        forms = _plural_forms(entry)
        if (forms[0][1] if forms else entry.msgstr) != "":
            if blank_line:
                out.append("")
            out += _render_entry(entry, codec)
        # msgcat marks a blank line as due even for an obsolete entry it skipped, so a file whose
        # first written message follows a skipped one starts with an empty line.
        blank_line = True
    return "\n".join(out) + "\n" if out else ""


def encode_po(po: polib.POFile) -> bytes:
    """``render_po`` encoded in the charset the header declares (UTF-8 when it declares none), with
    the line breaks the file was read with (CRLF and CR files stay so)."""
    codec = _output_codec(po)
    text = render_po(po)
    newline = getattr(po, "newline", "\n")
    try:
        data = text.encode(codec)
    except UnicodeEncodeError as err:
        line = text.count("\n", 0, err.start) + 1
        path = po.fpath or "<catalog>"
        charset = _charset(po) or "UTF-8"
        message = f"{text[err.start]!r} cannot be written in charset {charset}"
        raise PoStoreError(path, message, line) from None
    return data if newline == "\n" else data.replace(b"\n", newline.encode("ascii"))
