"""PO catalogs for the checker: where each msgstr literal sits in the file, segments that point into
it, and the term check (an approved term in msgid whose translation is missing from msgstr).

glossary.po validates the catalog (any error stops the run with its line); a small lexer here then
finds the quoted strings of each message so that findings point at the file's own lines and columns
and fixes replace characters inside one msgstr literal, leaving the layout as it was.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from glossary.check.errors import CheckInputError
from glossary.check.findings import Edit, Finding
from glossary.check.folding import Folded, fold_key
from glossary.check.judge import case_fits
from glossary.check.positions import Positions
from glossary.check.reference import Reference, has_marks
from glossary.check.sources import Segment, SourceFile, nfc_with_offsets, same_form
from glossary.errors import PoStoreError
from glossary.po import parse_po

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\", '"': '"'}
_ESCAPE_BACK = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s*(?=\")")


@dataclass
class Literal:
    """One quoted string of the file: its decoded text and, per character, where it sits in the file."""

    text: str
    positions: Positions


@dataclass
class Field:
    """A keyword (msgid, msgstr, msgstr[1]...) and its literals."""

    name: str
    index: int | None
    line: int
    literals: list[Literal] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(literal.text for literal in self.literals)


@dataclass
class Message:
    """The fields of one message as laid out in the file."""

    obsolete: bool
    line: int
    fields: list[Field] = field(default_factory=list)

    def get(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def translations(self) -> list[Field]:
        return [f for f in self.fields if f.name == "msgstr"]


_PLAIN = re.compile(r'[^"\\\n]+')
_OCTAL = re.compile(r"[0-7]{1,3}")
_HEX = re.compile(r"[0-9a-fA-F]+")


def _literal(text: str, position: int, path: str, line: int) -> tuple[Literal, int]:
    """Read the quoted string opening at text[position]; return it and the offset after it.

    Decoded as glossary.po (gettext) decodes it: octal and hex escapes give bytes (the low byte of
    their value), a run of them is UTF-8 text, each character of it placed on its escapes."""
    chars: list[str] = []
    positions = Positions()
    # The bytes of a run of numeric escapes, each with where its escape starts and ends.
    pending: list[tuple[int, int, int]] = []
    i = position + 1
    size = len(text)
    while i < size:
        char = text[i]
        numeric = char == "\\" and i + 1 < size and (text[i + 1] in "01234567" or text[i + 1] == "x")
        if pending and not numeric:
            _flush_bytes(pending, chars, positions, path, line)
        if char == '"':
            return Literal("".join(chars), positions), i + 1
        if char == "\n":
            break
        if char == "\\" and i + 1 < size:
            nxt = text[i + 1]
            if nxt in _ESCAPES:
                chars.append(_ESCAPES[nxt])
                positions.add(i, 2)
                i += 2
                continue
            if nxt in "01234567":
                digits = _OCTAL.match(text, i + 1, i + 4).group()
                value, width = int(digits, 8), 1 + len(digits)
            elif nxt == "x":
                found = _HEX.match(text, i + 2)  # from i + 2 in place: a slice would copy the rest
                if found is None:
                    raise CheckInputError(path, "\\x without hex digits", line)
                value, width = int(found.group(), 16), 2 + len(found.group())
            else:
                raise CheckInputError(path, f"invalid escape \\{nxt}", line)
            pending.append((value & 0xFF, i, i + width))
            i += width
            continue
        plain = _PLAIN.match(text, i)  # a run of plain characters at once: a msgid may be 50 MB
        if plain is not None:
            chars.append(plain.group())
            positions.add(i, 1, plain.end() - i)
            i = plain.end()
            continue
        chars.append(char)
        positions.add(i, 1)
        i += 1
    raise CheckInputError(path, "string not closed", line)


def _flush_bytes(
    pending: list[tuple[int, int, int]],
    chars: list[str],
    positions: Positions,
    path: str,
    line: int,
) -> None:
    """Decode a run of numeric escapes as UTF-8, each character spanning the escapes of its bytes."""
    data = bytes(b for b, _, _ in pending)
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CheckInputError(path, "octal or hex escapes in string do not form valid text", line) from None
    at = 0
    for char in decoded:
        width = len(char.encode("utf-8"))
        chars.append(char)
        positions.add(pending[at][1], pending[at + width - 1][2] - pending[at][1])
        at += width
    pending.clear()


def layout(source: SourceFile) -> list[Message]:
    """The messages of a (valid) catalog in file order, with the position of every string character."""
    text = source.text
    messages: list[Message] = []
    current: Message | None = None
    last: Field | None = None
    for number, start in enumerate(source.line_starts, 1):
        end = source.line_starts[number] if number < len(source.line_starts) else len(text)
        line = text[start:end]
        stripped = line.lstrip()
        offset = start + len(line) - len(stripped)
        obsolete = False
        if stripped.startswith("#~"):
            rest = stripped[2:]
            if rest.startswith("|"):
                continue  # a previous (#~|) field
            obsolete = True
            trimmed = rest.lstrip()
            offset += len(stripped) - len(trimmed)
            stripped = trimmed
        elif stripped.startswith("#") or not stripped.strip():
            continue
        if stripped.startswith('"'):
            if last is None:
                raise CheckInputError(source.path, "string without a keyword before it", number)
            position = offset
        else:
            keyword = _KEYWORD.match(stripped)
            if keyword is None:
                raise CheckInputError(source.path, "not a PO keyword line", number)
            name, index = keyword.group(1), keyword.group(2)
            starts_message = name in ("msgctxt", "msgid") and (
                current is None
                or any(f.name == "msgstr" for f in current.fields)
                or (name == "msgid" and current.get("msgid") is not None)
                or name == "msgctxt"
                and current.get("msgctxt") is not None
            )
            if starts_message:
                current = Message(obsolete, number)
                messages.append(current)
            assert current is not None
            last = Field(name, int(index) if index is not None else None, number)
            current.fields.append(last)
            position = offset + keyword.end()
        while position < end and text[position] == '"':
            literal, position = _literal(text, position, source.path, number)
            last.literals.append(literal)
            while position < end and text[position] in " \t":
                position += 1
    return messages


class PoSegment(Segment):
    """The decoded text of one msgstr (or, in a template, msgid), mapped back into the file."""

    def __init__(self, source: SourceFile, string: Field, *, fixable: bool = True) -> None:
        decoded = string.text
        self._positions = Positions.joined(literal.positions for literal in string.literals)
        # The decoded offset where each literal after the first begins (a fix stays inside one).
        self._bounds = list(accumulate(len(literal.text) for literal in string.literals[:-1]))
        self._decoded = decoded
        text, offsets = nfc_with_offsets(decoded)
        self._nfc = offsets
        self.field = string
        self.fixable = fixable
        super().__init__(source, text)

    def _decoded_offset(self, offset: int) -> int:
        return self._nfc[offset] if self._nfc is not None else offset

    def to_source(self, offset: int) -> int:
        d = self._decoded_offset(offset)
        size = len(self._positions)
        if d < size:
            return self._positions.start(d)
        return self._positions.end(size - 1) if size else self._first_quote()

    def to_source_end(self, offset: int) -> int:
        d = self._decoded_offset(offset)
        return self._positions.end(d - 1) if d > 0 else self.to_source(0)

    def _first_quote(self) -> int:
        start = self.source.line_starts[self.field.line - 1]
        return self.source.text.index('"', start) + 1

    def _edit(self, start: int, end: int, replacement: str) -> Edit | None:
        if not self.fixable:
            return None
        a, b = self._decoded_offset(start), self._decoded_offset(end)
        if a >= b or bisect_right(self._bounds, a) != bisect_right(self._bounds, b - 1):
            return None  # across two quoted lines: leave the layout alone, report only
        original = self._decoded[a:b]
        escaped = "".join(
            _ESCAPE_BACK.get(c, c) for c in same_form(replacement, original, self.source.decomposed)
        )
        return Edit(self._positions.start(a), self._positions.end(b - 1), escaped)


@dataclass
class Catalog:
    """A checked PO file: its language, its messages as laid out, and the prose segments to scan."""

    source: SourceFile
    language: str
    messages: list[tuple[Message, bool]]  # (message, fuzzy), header and obsolete ones left out
    segments: list[Segment]


def read_catalog(source: SourceFile) -> Catalog:
    """Validate a PO file and lay out its messages; a malformed catalog raises with its line."""
    try:
        po = parse_po(source.raw, source.path)
    except PoStoreError as exc:
        raise CheckInputError(source.path, exc.message, exc.line) from None
    if b"\r" in source.raw and b"\n" not in source.raw:
        # The PO reader takes CR-only line ends (old Mac files); the checker reports and fixes in
        # place by LF-counted lines, and would find the whole file one line.
        message = "lines end in CR alone (old Mac line ends); save the catalog with LF or CRLF line ends"
        raise CheckInputError(source.path, message, 1)
    laid_out = layout(source)
    header = [m for m in laid_out if not m.obsolete and _msgid(m) == "" and m.get("msgctxt") is None]
    body = [m for m in laid_out if m not in header[:1]]
    if len(body) != len(po):
        raise CheckInputError(source.path, "could not follow the catalog's layout")
    template = source.path.endswith(".pot")
    messages: list[tuple[Message, bool]] = []
    segments: list[Segment] = []
    for message, entry in zip(body, po, strict=True):
        if unicodedata.normalize("NFC", _msgid(message)) != entry.msgid:
            raise CheckInputError(source.path, "could not follow the catalog's layout", message.line)
        if entry.obsolete:
            continue
        messages.append((message, "fuzzy" in entry.flags))
        if template:
            segments.extend(
                PoSegment(source, f, fixable=False) for f in message.fields if f.name.startswith("msgid")
            )
        else:
            segments.extend(PoSegment(source, f) for f in message.translations() if f.text)
    language = (po.metadata.get("Language") or "").strip().lower().replace("-", "_")
    return Catalog(source, language, messages, segments)


def _msgid(message: Message) -> str:
    found = message.get("msgid")
    return found.text if found is not None else ""


# --- the term check -------------------------------------------------------------------------------


def _present(folded: Folded, key: str) -> bool:
    needle = " " + key
    text = folded.text
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if end >= len(text) or not text[end].isalnum():
            return True
        at = text.find(needle, at + 1)
    return False


def term_findings(catalog: Catalog, reference: Reference, codes: frozenset[str]) -> list[Finding]:
    """VN201/VN202: an approved term in msgid whose form in the catalog's language is not in msgstr."""
    if catalog.language.startswith("vi"):
        code, source_vi = "VN201", False
    elif catalog.language.startswith("en"):
        code, source_vi = "VN202", True
    else:
        return []
    if code not in codes or reference.automaton is None:
        return []
    findings: list[Finding] = []
    for message, fuzzy in catalog.messages:
        translations = [f for f in message.translations() if f.text]
        if not translations:
            continue
        source_text = "\n".join(f.text for f in message.fields if f.name.startswith("msgid"))
        terms = _terms_in(source_text, reference, source_vi)
        if not terms:
            continue
        for translation in translations:
            folded = Folded(unicodedata.normalize("NFC", translation.text))
            for entry, found in terms.items():
                wanted = _target_keys(reference, entry, source_vi)
                if not wanted or any(_present(folded, key) for key in wanted):
                    continue
                findings.append(
                    _missing(catalog, translation, reference, entry, found, code, source_vi, fuzzy)
                )
    return findings


def _terms_in(text: str, reference: Reference, source_vi: bool) -> dict[int, str]:
    """The entries whose source-language forms text contains, with the text that matched."""
    text = unicodedata.normalize("NFC", text)
    folded = Folded(text)
    found: dict[int, str] = {}
    assert reference.automaton is not None
    for pattern, a, b in reference.automaton.find_matches_as_indexes(folded.text):
        if b < len(folded.text) and folded.text[b].isalnum():
            continue
        start, end = folded.to_source(a + 1), folded.to_source(b - 1) + 1
        spelling = " ".join(text[start:end].split())
        for form in reference.forms_by_key[reference.keys[pattern]]:
            if form.deprecated or not case_fits(form.text, spelling):
                continue
            entry = reference.entries[form.entry]
            if source_vi:
                side = form.text == entry.vi or (form.type is not None and has_marks(form.text))
            else:
                side = form.text in (entry.en, entry.abbr) or (
                    form.type is not None and not has_marks(form.text)
                )
            if side and (entry.vi if not source_vi else entry.en):
                found.setdefault(form.entry, spelling)
    return found


def _target_keys(reference: Reference, index: int, source_vi: bool) -> set[str]:
    """Keys of the forms that count as the term's translation: the other side's form, the
    abbreviation, and variants that are not just the source form again."""
    entry = reference.entries[index]
    target, source = (entry.en, entry.vi) if source_vi else (entry.vi, entry.en)
    if not target:
        return set()
    source_key = fold_key(source) if source else ""
    keys = {fold_key(target)}
    if entry.abbr:
        keys.add(fold_key(entry.abbr))
    for variant in entry.variants:
        key = fold_key(variant.form)
        if variant.status.value != "deprecated" and key != source_key:
            keys.add(key)
    return {k for k in keys if k}


def _missing(
    catalog: Catalog,
    translation: Field,
    reference: Reference,
    index: int,
    found: str,
    code: str,
    source_vi: bool,
    fuzzy: bool,
) -> Finding:
    source = catalog.source
    entry = reference.entries[index]
    target = entry.en if source_vi else entry.vi
    first = translation.literals[0]
    start = (
        first.positions.start(0)
        if len(first.positions)
        else source.text.index('"', source.line_starts[translation.line - 1]) + 1
    )
    line, col = source.position(start)
    name = "msgstr" if translation.index is None else f"msgstr[{translation.index}]"
    language = "English" if source_vi else "Vietnamese"
    message = f"msgid has {found!r}; {name} lacks its {language} form {target!r}" + (
        " (fuzzy)" if fuzzy else ""
    )
    return Finding(
        path=source.path,
        line=line,
        col=col,
        code=code,
        message=message,
        found=found,
        candidates=(target,),
        end_line=line,
        end_col=col,
        entry=reference.ref(index),
        context=source.line_text(line),
    )
