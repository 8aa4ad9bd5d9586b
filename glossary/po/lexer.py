"""The PO lexer: the token rules of gettext's po-lex.c (logical lines, strings, escapes)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from glossary.errors import PoStoreError

# A token is a plain tuple (kind, line, value, obsolete, previous, index): a big glossary has
# millions of them, and a tuple costs a fraction of an object.  kind is "comment" (value: the text
# after '#'), "keyword" or "string"; index is the N of msgstr[N].
Token = tuple[str, int, str, bool, bool, "int | None"]
KIND, LINE, VALUE, OBSOLETE, PREVIOUS, INDEX = range(6)

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


def logical_lines(text: str, first: int = 1) -> Iterable[tuple[int, str]]:
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


def unescape(raw: str, codec: str, path: str, line: int) -> str:
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


def tokenize(lines: Iterable[tuple[int, str]], codec: str, path: str) -> list[Token]:
    tokens: list[Token] = []
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
                value = raw if "\\" not in raw else unescape(raw, codec, path, number)
                append(("string", number, value, False, False, None))
                continue
        _tokenize_line(line, number, codec, path, tokens)
    return tokens


def _tokenize_line(line: str, number: int, codec: str, path: str, tokens: list[Token]) -> None:
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
            value = unescape(line[position + 1 : body_end], codec, path, number)
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
