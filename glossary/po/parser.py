"""The PO parser: the grammar of gettext's po-gram.y and the comment handling of
read-catalog-abstract.c, from tokens to PoEntry objects."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import polib

from glossary.errors import PoStoreError
from glossary.po.catalog import PoEntry
from glossary.po.lexer import INDEX, KIND, LINE, OBSOLETE, PREVIOUS, VALUE, Token, logical_lines, tokenize


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
FLAG_SEPARATORS = re.compile(r"[\n \t\r\f\v,]+")
# Line numbers longer than this are read as part of the name: Python refuses to convert numbers of
# thousands of digits, and no file has that many lines.
_DIGITS = re.compile(r"[0-9]{1,18}(?![0-9])")
_TRAILING_NUMBER = re.compile(r":([0-9]{1,18})$")


def parse_references(text: str) -> Iterable[tuple[str, int | None]]:
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


def split_flags(text: str) -> list[str]:
    """The flags of a ``#,`` line, split as gettext splits them (on commas and blanks)."""
    words = [word for word in FLAG_SEPARATORS.split(text) if word]
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
        for reference in parse_references(text[1:]):
            if reference not in references:  # gettext keeps each file position once
                references.append(reference)
    elif kind in (",", "!"):
        # gettext resets the flags on every "#," line: only the last such line counts.
        message.flags = ["fuzzy"] if text == ", fuzzy" else split_flags(text[1:])
    else:
        message.tcomments.append(text[1:] if kind == " " else text)


class Parser:
    """Turns tokens into messages; every grammar error is a PoStoreError with a line."""

    def __init__(self, tokens: list[Token], path: str) -> None:
        self.tokens = tokens
        self.path = path
        self.position = 0

    def error(self, message: str, line: int) -> PoStoreError:
        return PoStoreError(self.path, message, line)

    def peek(self) -> Token | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def strings(self, keyword: Token) -> str:
        """The string literals after a keyword, concatenated."""
        parts: list[str] = []
        while (token := self.peek()) is not None and token[KIND] == "string":
            if token[PREVIOUS] != keyword[PREVIOUS]:
                break
            if token[OBSOLETE] != keyword[OBSOLETE]:
                raise self.error("inconsistent use of #~", token[LINE])
            parts.append(token[VALUE])
            self.position += 1
        if not parts:
            name = f"msgstr[{keyword[INDEX]}]" if keyword[INDEX] is not None else keyword[VALUE]
            previous = "#| " if keyword[PREVIOUS] else ""
            raise self.error(f"missing string after {previous}{name}", keyword[LINE])
        return "".join(parts)

    def keyword(self, *names: str) -> Token | None:
        """The next token if it is one of the given (non-previous) keywords."""
        token = self.peek()
        if token is None or token[KIND] != "keyword" or token[PREVIOUS]:
            return None
        if token[VALUE] in names:
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
                message = _Message(token[LINE])
            kind = token[KIND]
            if kind == "comment":
                _add_comment(message, token[VALUE])
                self.position += 1
            elif kind == "string":
                raise self.error("string without a keyword before it", token[LINE])
            elif token[PREVIOUS]:
                self.previous_field(message, token)
            else:
                if not self.simple_body(message, token):
                    self.message_body(message)
                yield message
                message = None
        # Comments after the last message belong to nothing; gettext drops them too.
        if message is not None and message.previous:
            raise self.error("#| lines without a message after them", message.line)

    def simple_body(self, message: _Message, msgid: Token) -> bool:
        """Read 'msgid "x"' then 'msgstr "y"' (one string each, no #| fields before), the shape of
        nearly every message, without the general checks it cannot fail; False for any other shape."""
        position = self.position
        tokens = self.tokens
        if msgid[VALUE] != "msgid" or message.previous or position + 3 >= len(tokens):
            return False
        msgid_text, msgstr, msgstr_text = tokens[position + 1 : position + 4]
        obsolete = msgid[OBSOLETE]
        if not (
            msgid_text[KIND] == "string"
            and msgstr[KIND] == "keyword"
            and msgstr_text[KIND] == "string"
            and msgstr[VALUE] == "msgstr"
            and msgstr[INDEX] is None
            and not (msgid_text[PREVIOUS] or msgstr[PREVIOUS] or msgstr_text[PREVIOUS])
            and msgid_text[OBSOLETE] == msgstr[OBSOLETE] == msgstr_text[OBSOLETE] == obsolete
            and (position + 4 == len(tokens) or tokens[position + 4][KIND] != "string")
        ):
            return False
        message.obsolete = obsolete
        message.msgid_line = msgid[LINE]
        message.msgid = msgid_text[VALUE]
        message.msgstr = msgstr_text[VALUE]
        self.position = position + 4
        return True

    def previous_field(self, message: _Message, token: Token) -> None:
        """A ``#|`` field; gettext wants them in the order msgctxt, msgid, msgid_plural, msgid required."""
        order = ("msgctxt", "msgid", "msgid_plural")
        name, line = token[VALUE], token[LINE]
        if name not in order:
            raise self.error(f"'{name}' cannot be a previous (#|) field", line)
        if message.previous:
            if order.index(name) <= order.index(list(message.previous)[-1]):
                raise self.error(f"#| {name} out of order (msgctxt, msgid, msgid_plural)", line)
            if token[OBSOLETE] != message.previous_obsolete:
                raise self.error("inconsistent use of #~", line)
        if name == "msgid_plural" and "msgid" not in message.previous:
            raise self.error("#| msgid_plural without #| msgid before it", line)
        message.previous_obsolete = token[OBSOLETE]
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
                line = token[LINE] if token else context[LINE]
                raise self.error("msgctxt must be followed by msgid", line)
            assert token is not None  # messages() only calls this on a keyword
            raise self.error(f"{token[VALUE]} without msgid before it", token[LINE])
        if context is not None and context[OBSOLETE] != msgid[OBSOLETE]:
            raise self.error("inconsistent use of #~", msgid[LINE])
        if message.previous and "msgid" not in message.previous:
            raise self.error("#| msgctxt without #| msgid after it", message.line)
        if message.previous and message.previous_obsolete != msgid[OBSOLETE]:
            raise self.error("inconsistent use of #~ and #~|", msgid[LINE])
        message.obsolete = msgid[OBSOLETE]
        message.msgid_line = msgid[LINE]
        message.msgid = self.strings(msgid)
        plural = self.keyword("msgid_plural")
        if plural is not None:
            self.check_obsolete(message, plural)
            message.msgid_plural = self.strings(plural)
        msgstr = self.keyword("msgstr")
        if msgstr is None:
            raise self.error("msgid without msgstr", msgid[LINE])
        if msgstr[INDEX] is None:
            if plural is not None:
                message_text = "msgid_plural needs msgstr[0], msgstr[1]... instead of msgstr"
                raise self.error(message_text, msgstr[LINE])
            self.check_obsolete(message, msgstr)
            message.msgstr = self.strings(msgstr)
            return
        if plural is None:
            raise self.error(f"msgstr[{msgstr[INDEX]}] without msgid_plural", msgstr[LINE])
        while msgstr is not None:
            self.check_obsolete(message, msgstr)
            expected = len(message.msgstr_plural)
            if msgstr[INDEX] != expected:
                raise self.error(f"plural form has wrong index: expected msgstr[{expected}]", msgstr[LINE])
            message.msgstr_plural[expected] = self.strings(msgstr)
            msgstr = self.keyword("msgstr")

    def check_obsolete(self, message: _Message, token: Token) -> None:
        if token[OBSOLETE] != message.obsolete:
            raise self.error("inconsistent use of #~", token[LINE])


def message_entry(message: _Message) -> PoEntry:
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


def header_metadata(msgstr: str) -> dict[str, str]:
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


def read_general(text: str, codec: str, path: str) -> list[PoEntry]:
    """Every message of the text by the general lexer and parser; raises the file's first error."""
    lines = logical_lines(text)
    tokens = tokenize(lines, codec, path)
    del lines
    messages = list(Parser(tokens, path).messages())
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
    return [message_entry(message) for message in messages]
