"""Files to check: reading them (UTF-8 only, byte-exact), where each offset is (line, column), and the
text segments a scan looks at, each able to turn a replacement into edits of the file's own text.
"""

from __future__ import annotations

import bisect
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from glossary import files
from glossary.check.errors import CheckInputError
from glossary.check.findings import Edit
from glossary.errors import PoStoreError

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PO_SUFFIXES = frozenset({".po", ".pot"})
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PO_SUFFIXES
BOM = "\ufeff"


def kind_of(name: str) -> str:
    """ "text", "markdown", "html" or "po", from a file name (anything else is read as text)."""
    suffix = Path(name).suffix.lower()
    if suffix in PO_SUFFIXES:
        return "po"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


@dataclass
class SourceFile:
    """One input exactly as read: its bytes, its text (without a BOM) and where its lines start."""

    path: str
    kind: str
    raw: bytes
    text: str
    bom: bool = False
    file: Path | None = None
    line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @cached_property
    def decomposed(self) -> bool:
        """Whether the file is written decomposed throughout (NFD, as macOS and some CMSs write)."""
        return not unicodedata.is_normalized("NFC", self.text) and unicodedata.is_normalized("NFD", self.text)

    def encode(self, text: str) -> bytes:
        """text as this file's bytes (UTF-8, with the BOM if the file had one)."""
        return ((BOM if self.bom else "") + text).encode("utf-8")


def decode(raw: bytes, path: str) -> tuple[str, bool]:
    """UTF-8 text (and whether it had a BOM); anything else is an error naming the line."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Notepad's "Unicode": say what it is, as `mine` and the PO reader do, not "byte 0 is 0xff".
        raise CheckInputError(path, "UTF-16 text (a byte-order mark); save it as UTF-8", 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CheckInputError(
            path, f"not UTF-8 text (byte {exc.start} is 0x{raw[exc.start]:02x})", line
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise CheckInputError(path, "binary file, not text (a NUL byte)", line)
    bom = text.startswith(BOM)
    return (text[1:] if bom else text), bom


def read_source(path: Path, display: str | None = None, *, kind: str | None = None) -> SourceFile:
    """Read one file to check."""
    name = display or str(path).replace("\0", "\\0")  # a NUL typed into the TUI, shown visibly
    try:
        raw = files.read_bytes(path)  # regular files only: a FIFO would hang the check
    except PoStoreError as exc:
        raise CheckInputError(name, f"cannot read: {exc.message}") from None
    return source_from_bytes(raw, name, kind=kind or kind_of(path.name), file=path)


def source_from_bytes(raw: bytes, path: str, *, kind: str = "text", file: Path | None = None) -> SourceFile:
    """A SourceFile from bytes already read (standard input, a test)."""
    text, bom = decode(raw, path)
    return SourceFile(path, kind, raw, text, bom, file)


def find_inputs(paths: Iterable[str | Path], empty: list[Path] | None = None) -> list[Path]:
    """Files named, and the .txt/.md/.html/.po/.pot files inside folders named (recursively, sorted,
    hidden folders skipped), each once.  The folders named that hold no such file go in empty."""
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = [
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            if not candidates and empty is not None:
                empty.append(path)
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            raise CheckInputError(str(path), "no such file or folder")
        for candidate in candidates:
            # realpath, not resolve(): a symbolic link loop is then reported by the read, in one
            # line, where resolve() raised RuntimeError.
            key = Path(os.path.realpath(candidate))
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


# --- segments ------------------------------------------------------------------------------------

_MARK_RUN = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CLUSTER = re.compile(f"(?s).[{_MARK_RUN}]*")


_MARKED = re.compile(f"(?s).[{_MARK_RUN}]+")


def nfc_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """NFC text and, when it differs from text, for each of its offsets (and its end) the offset in text.

    Only a letter followed by combining marks can change under NFC, so the text between such
    clusters is copied with consecutive offsets.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _MARKED.finditer(text):
        start = match.start()
        if start > position:
            parts.append(text[position:start])
            offsets.extend(range(position, start))
        normal = unicodedata.normalize("NFC", match.group())
        parts.append(normal)
        offsets.extend([start] * len(normal))
        position = match.end()
    parts.append(text[position:])
    offsets.extend(range(position, len(text) + 1))
    result = "".join(parts)
    if len(result) + 1 != len(offsets):  # a mark that composes with the letter before a run (rare)
        return _nfc_by_cluster(text)
    return result, offsets


def _nfc_by_cluster(text: str) -> tuple[str, list[int]]:
    parts: list[str] = []
    offsets: list[int] = []
    for match in _CLUSTER.finditer(text):
        normal = unicodedata.normalize("NFC", match.group())
        parts.append(normal)
        offsets.extend([match.start()] * len(normal))
    offsets.append(len(text))
    return "".join(parts), offsets


def same_form(replacement: str, original: str, decomposed: bool = False) -> str:
    """replacement in the normal form of the text it replaces, or of its file when that is decomposed
    (an NFD file stays NFD, even where the replaced letters were plain ASCII)."""
    if decomposed or (original and not unicodedata.is_normalized("NFC", original)):
        return unicodedata.normalize("NFD", replacement)
    return replacement


class Segment:
    """A stretch of a file's text that is checked as prose: NFC text with offsets back into the file."""

    def __init__(self, source: SourceFile, text: str, base: int = 0, offsets: list[int] | None = None):
        self.source = source
        self.text = text
        self.base = base
        self._offsets = offsets

    def to_source(self, offset: int) -> int:
        """The file-text offset of a segment offset (an end offset maps to the end of the character)."""
        return self.base + (self._offsets[offset] if self._offsets is not None else offset)

    def to_source_end(self, offset: int) -> int:
        """The file-text offset just after the character before segment offset."""
        return self.to_source(offset)

    def edits(self, start: int, end: int, replacement: str) -> tuple[Edit, ...]:
        """The edits of the file's text that put replacement in place of segment text [start, end).

        Word by word when the words line up, so the blanks, line breaks and markup between them stay
        as they are; empty when the change cannot be made without touching something else.
        """
        found = list(_WORD.finditer(self.text, start, end))
        wanted = _WORD.findall(replacement)
        if len(found) == len(wanted):
            edits = []
            for match, word in zip(found, wanted, strict=True):
                if match.group() != word:
                    edit = self._edit(match.start(), match.end(), word)
                    if edit is None:
                        return ()
                    edits.append(edit)
            return tuple(edits)
        edit = self._edit(start, end, replacement)
        return (edit,) if edit is not None else ()

    def _edit(self, start: int, end: int, replacement: str) -> Edit | None:
        a, b = self.to_source(start), self.to_source_end(end)
        original = self.source.text[a:b]
        if unicodedata.normalize("NFC", original) != self.text[start:end]:
            return None  # markup or an entity inside the span: not plain text to replace
        return Edit(a, b, same_form(replacement, original, self.source.decomposed))


_WORD = re.compile(r"[^\W_]+")


# --- what is prose in each kind of file -----------------------------------------------------------
# Masking replaces what is not prose (markup, code, addresses) with blanks of the same length, so
# offsets in the masked text are offsets in the file. A block boundary becomes line breaks, which
# a name cannot cross (a blank line ends a paragraph).

_URL = r"(?:https?://|ftp://|www\.)[^\s<>\"')\]]+|[\w.+-]+@[\w-]+\.[\w.-]+"
_TEXT_MASK = re.compile(_URL)
_MARKDOWN_MASK = re.compile(
    r"(?ms)^(?:```|~~~).*?^(?:```|~~~)[^\n]*$"  # fenced code
    r"|`[^`\n]+`"  # inline code
    r"|\]\([^)\n]*\)"  # link and image targets
    r"|<[^>\n]+>"  # autolinks, inline HTML
    r"|" + _URL
)
_HTML_BLOCK = (
    "address|article|aside|blockquote|br|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|"
    "li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title|tr|ul"
)
_HTML_MASK = re.compile(
    r"(?is)<!--.*?-->"
    r"|<(script|style|noscript|template|svg|head)\b.*?</\1\s*>"
    r"|<(?P<block>/?(?:" + _HTML_BLOCK + r")\b)[^>]*>"
    r"|<[^>]*>"
    r"|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);"
)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


def _html_blank(match: re.Match[str]) -> str:
    text = match.group()
    if text.startswith("<") and (match.group("block") or text[1:].lower().startswith("head")):
        # A block boundary: line breaks (a blank line) so that no name runs across it.
        return "\n" * len(text)
    if text.startswith("<title") or text.startswith("</title"):
        return "\n" * len(text)
    return _blank(match)


def masked_prose(source: SourceFile) -> str:
    """The file's text with everything that is not prose blanked out, same length."""
    text = source.text
    if source.kind == "html":
        return _HTML_MASK.sub(_html_blank, text)
    if source.kind == "markdown":
        return _MARKDOWN_MASK.sub(_blank, text)
    if "@" not in text and "://" not in text and "www." not in text:
        return text  # no address to blank out (the common case: skip the regex)
    return _TEXT_MASK.sub(_blank, text)


def prose_segment(source: SourceFile) -> Segment:
    """The one segment of a text, Markdown or HTML file."""
    text, offsets = nfc_with_offsets(masked_prose(source))
    return Segment(source, text, 0, offsets)
