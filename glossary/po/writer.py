"""The PO writer: the layout of gettext 0.21's write-po.c with --no-wrap (msgcat's), the file's
own line breaks and charset kept."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import polib

from glossary.errors import PoStoreError
from glossary.po.catalog import PoEntry
from glossary.po.decode import ascii_compatible, codec_name
from glossary.po.parser import FLAG_SEPARATORS

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
    words = iter(word for word in FLAG_SEPARATORS.split(",".join(flags)) if word)
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
    codec = codec_name(charset) if charset else None
    return codec if codec is not None and ascii_compatible(codec) else "utf-8"


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
