"""Input texts for the miner: finding files, decoding them, HTML to text, and path:line lookup."""

from __future__ import annotations

import bisect
import codecs
import itertools
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path

from glossary.errors import GlossaryError
from glossary.files import kind_of, read_bytes, stat_path
from glossary.text import nfc

# Bounds on the extractors' work, whatever the input.  Their patterns look across a sentence (a
# list of names) and into a parenthesis (a gloss), so a sentence of a hundred thousand names, or a
# parenthesis that never closes, made them quadratic.  A real sentence is far shorter, a gloss
# shorter still; beyond these, a text is cut into lines and a parenthesis is not one.
MAX_SENTENCE = 1000
MAX_PARENTHESIS = 400
# A text is mined in parts of at most this many characters (at line breaks): whatever an extractor
# does per document (look a form up in the whole text for each mention, say) is then bounded by
# the part. Real articles are far shorter; a book is mined chapter-sized.
MAX_PART = 100_000
_SENTENCE_END = re.compile(r"[.!?\n]")
_PARENTHESES = re.compile(r"[()]")
# An opening parenthesis whose next parenthesis is not a closing one at most MAX_PARENTHESIS
# characters on: only such a one may be long (closed further on, around a pair, or never); the
# others, most of them, are told in C.
_MAY_BE_LONG = re.compile(rf"\((?![^()]{{0,{MAX_PARENTHESIS - 1}}}+\))")

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


class MineInputError(GlossaryError):
    """An input path for the miner is missing, unreadable or not text."""


@dataclass
class Document:
    """One input text, NFC, with the offsets where its lines start (for path:line sources)."""

    path: str
    text: str
    # The line of the file this text starts at: a part of a long text is mined as a document of its own.
    first_line: int = 1
    # When the text's lines were moved about (link_copies: a mirror's hover copies lifted out):
    # the offsets where pieces of the file's lines start in it, ascending, and the file line of
    # each (counted from first_line, from 0). None: the text's lines are the file's.
    line_map: tuple[list[int], list[int]] | None = field(default=None, repr=False, compare=False)
    # The sentence ends of the text, found once when a mention's sentence is first asked for (see
    # mentions.raw_sentence_at).
    sentence_ends: tuple[list[int], list[int]] | None = field(default=None, repr=False, compare=False)
    # Where the lines start, found when a line is first asked for: most documents read from a file
    # are replaced, unasked, by their text with the citations blanked (pipeline._extract).
    _line_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    # The text as given, until its line starts are found: they are those of the text before the
    # bounds (which change characters, never offsets or line numbers, but put line breaks in).
    _unbounded: str | None = field(default=None, init=False, repr=False, compare=False)
    # The size of the text in UTF-8 when known without encoding it: the file's, when read_document
    # took its text unchanged (see utf8_size).
    _utf8_size: int | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._unbounded = self.text
        self.text = bounded(self.text)

    @cached_property
    def lower(self) -> str:
        """The text in lower case, for fast literal scans (as long as text unless exotic letters)."""
        return self.text.lower()

    def given_text(self) -> str:
        """The text as given, before the bounds, while its line starts are not yet found (a reader
        that moves lines about needs the file's lines and the parentheses whole); the bounded text
        after."""
        return self.text if self._unbounded is None else self._unbounded

    def utf8_size(self) -> int:
        """The length of the text in UTF-8 (the bytes read)."""
        if self._utf8_size is None:
            self._utf8_size = len(self.text.encode("utf-8"))
        return self._utf8_size

    def line_of(self, offset: int) -> int:
        """The 1-based line of the file holding a character offset."""
        if self.line_map is not None:
            offsets, lines = self.line_map
            return lines[max(0, bisect.bisect_right(offsets, offset) - 1)] + self.first_line
        starts = self._line_starts
        if starts is None:
            starts = self._line_starts = line_starts(self._unbounded or "")
            self._unbounded = None
        return bisect.bisect_right(starts, offset) + self.first_line - 1

    def parts(self) -> list[Document]:
        """The text cut into documents of at most MAX_PART characters (itself when it is that
        short), at a line break, else a sentence's end, else a blank."""
        if len(self.text) <= MAX_PART:
            return [self]
        out: list[Document] = []
        start, size = 0, len(self.text)
        while start < size:
            end = size
            if size - start > MAX_PART:
                end = _part_end(self.text, start)
            out.append(Document(self.path, self.text[start:end], self.line_of(start)))
            start = end
        return out


def line_starts(text: str) -> list[int]:
    """The offsets where the lines of text start."""
    # str.find from one line break to the next: finditer made a match object a line (round 30).
    starts = [0]
    add, find = starts.append, text.find
    at = find("\n")
    while at >= 0:
        at += 1
        add(at)
        at = find("\n", at)
    return starts


def _part_end(text: str, start: int) -> int:
    """Where a part starting at start ends: after the last line break, sentence end or blank within
    MAX_PART characters (after the first blank beyond, in a text without any before)."""
    limit = start + MAX_PART
    for separator in ("\n", ". ", " "):
        cut = text.rfind(separator, start, limit)
        if cut > start:
            return cut + len(separator)
    cut = text.find(" ", limit)
    return cut + 1 if cut >= 0 else len(text)


def _sentence_cuts(text: str) -> list[int]:
    """Where to break sentences longer than MAX_SENTENCE: at the last blank before each limit."""
    cuts: list[int] = []
    if not _may_hold_long_sentence(text):
        return cuts
    start = 0
    for match in itertools.chain(_SENTENCE_END.finditer(text), [None]):
        end = match.start() if match is not None else len(text)
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
            if cut < 0:
                cut = text.find(" ", start + MAX_SENTENCE, end)  # a very long word: after it
                if cut < 0:
                    break
            cuts.append(cut)
            start = cut + 1
        start = end + 1
    return cuts


def _may_hold_long_sentence(text: str) -> bool:
    """False when no sentence of text is longer than MAX_SENTENCE: a sentence that long holds a
    whole block of MAX_SENTENCE // 2 characters (blocks cut from the text's start), so when every
    block holds a sentence end there is none. Most texts are told so by a search a block, in C,
    instead of a step per sentence: str.find of each end mark in turn (a full stop or a line
    break ends most blocks' search at once), not _SENTENCE_END, whose class the regex engine
    tests at every position, about three times the work."""
    block = MAX_SENTENCE // 2
    find = text.find
    for start in range(0, len(text) - block + 1, block):
        stop = start + block
        if find(".", start, stop) < 0 and find("\n", start, stop) < 0 and find("!", start, stop) < 0:
            if find("?", start, stop) < 0:
                return True
    return False


def _long_parentheses(text: str) -> list[int]:
    """Opening parentheses closed more than MAX_PARENTHESIS characters later (or never, before the
    text ends that far away)."""
    candidates = [
        match.start() for match in _MAY_BE_LONG.finditer(text) if len(text) - match.start() > MAX_PARENTHESIS
    ]
    if not candidates:
        return candidates
    if len(candidates) * (MAX_PARENTHESIS + 1) < len(text) - candidates[0]:
        # A few candidates (most texts: none to five): each is closed within reach or not, told by
        # the parentheses of its reach alone, not by all those of the text from the first one on.
        return [start for start in candidates if not _closed_within_reach(text, start)]
    closes = _closing_offsets(text, candidates[0])
    return [start for start in candidates if closes.get(start, len(text)) - start > MAX_PARENTHESIS]


def _closed_within_reach(text: str, start: int) -> bool:
    """Whether the parenthesis opened at text[start] is closed at most MAX_PARENTHESIS characters
    on, the pairs inside it closed first (as _closing_offsets pairs them)."""
    depth = 0
    for match in _PARENTHESES.finditer(text, start, start + MAX_PARENTHESIS + 1):
        if match.group() == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return True
    return False


def _closing_offsets(text: str, start: int) -> dict[int, int]:
    """Where each parenthesis opened from start on is closed, the pairs inside it closed first
    (what comes before it does not matter): one pass with a stack. A scan of MAX_PARENTHESIS
    characters for each opening made a run of nested ones cost 400 steps a character."""
    closes: dict[int, int] = {}
    opened: list[int] = []
    for match in _PARENTHESES.finditer(text, start):
        if match.group() == "(":
            opened.append(match.start())
        elif opened:
            closes[opened.pop()] = match.start()
    return closes


def bounded(text: str) -> str:
    """The text with sentences cut to MAX_SENTENCE (a blank becomes a line break) and long or
    unclosed parentheses opened no more (their "(" becomes a blank): the same length, so every
    offset and line number still holds."""
    if len(text) <= MAX_PARENTHESIS:
        return text
    changes = [(at, "\n") for at in _sentence_cuts(text)] + [(at, " ") for at in _long_parentheses(text)]
    if not changes:
        return text
    pieces: list[str] = []
    last = 0
    for at, char in sorted(changes):
        pieces += [text[last:at], char]
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces)


# Blocks whose text is not prose, and elements that end a line of text.
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer blockquote "
    "figcaption figure pre hr dt dd main nav aside caption".split()
)
# Page furniture rather than the page's own text: navigation, footers, sidebars, forms, dialogs and
# cookie banners, known by their element, their ARIA role, or the words of their class and id.
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "form", "dialog", "button", "select", "menu"})
_FURNITURE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
    }
)
_FURNITURE_WORDS = frozenset(
    "cookie cookies consent gdpr breadcrumb breadcrumbs navbar nav navigation menu sidebar footer "
    "skiplink share social newsletter subscribe advert advertisement ads popup modal".split()
)
_CLASS_WORDS = re.compile(r"[a-z]+")
# Elements that never hold text and have no end tag.
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _is_furniture(tag: str, attrs: list[tuple[str, str | None]], inside_content: bool) -> bool:
    if tag in _FURNITURE_TAGS:
        return True
    if tag == "header" and not inside_content:
        return True  # the site's header; an article's own header holds its title
    values = dict(attrs)
    if "hidden" in values or values.get("aria-hidden") == "true":
        return True
    if (values.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    names = f"{values.get('class') or ''} {values.get('id') or ''}".lower()
    return any(word in _FURNITURE_WORDS for word in _CLASS_WORDS.findall(names))


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML page, one line per block element, without its furniture.

    Open elements are kept on a stack (an end tag closes whatever was left open inside it), so an
    unclosed <li> or <p> does not leave a skipped block open for the rest of the page.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._skip = 0
        self._content = 0  # open <article> and <main> elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in _VOID_TAGS:
            return
        skipped = tag in _SKIPPED_TAGS or _is_furniture(tag, attrs, self._content > 0)
        self._stack.append((tag, skipped))
        self._skip += skipped
        self._content += tag in ("article", "main")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if not any(open_tag == tag for open_tag, _ in self._stack):
            return  # a stray end tag
        while self._stack:
            open_tag, skipped = self._stack.pop()
            self._skip -= skipped
            self._content -= open_tag in ("article", "main")
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


# Runs of spaces and tabs made one space: a lone space is left alone (replacing it changes nothing,
# and there is one between every two words). The pattern opens with one character class, which the
# regex engine scans for in C; the plain alternation "[ \t\r\f\v]{2,}|[\t\r\f\v]" was tried at every
# position of the page (twice the time).
_SPACES = re.compile(r"[ \t\r\f\v](?:(?<=[\t\r\f\v])[ \t\r\f\v]*|[ \t\r\f\v]+)")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: blocks on their own lines, whitespace collapsed; navigation,
    footers, asides, forms and cookie banners left out."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return _lines(_SPACES.sub(" ", "".join(extractor.parts)))


def _lines(text: str) -> str:
    """A text whose only blanks are single spaces and line breaks (what _SPACES leaves), one line
    per line: no space next to a line break, no empty line, no blank at either end."""
    return "\n".join(line for line in (part.strip(" ") for part in text.split("\n")) if line).strip() + "\n"


def read_document(path: Path, display: str | None = None) -> Document:
    """Read one file as a Document: UTF-8 (a BOM is allowed), NFC, HTML reduced to its text."""
    raw = read_bytes(path)  # a regular file only: a FIFO or a device would hang or never end
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise MineInputError(f"{path}:1: UTF-16 text (a byte-order mark); save it as UTF-8") from None
        raise MineInputError(
            f"{path}:{line}: not UTF-8 text (byte {exc.start} is 0x{raw[exc.start]:02x}); save it as UTF-8"
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise MineInputError(f"{path}:{line}: binary file, not text (a NUL byte)")
    decoded = text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() in HTML_SUFFIXES:
        text = html_to_text(text)
    normal = nfc(text)
    doc = Document(display or str(path), normal)
    if normal is decoded:
        # The text is the file's as decoded (no carriage return, no markup, NFC already), and the
        # bounds change ASCII characters into ASCII ones: its UTF-8 is the file's bytes, less a BOM
        # (a strict decoding of UTF-8 encodes back to the same bytes).
        doc._utf8_size = len(raw) - (len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0)
    return doc


def find_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders into the text files to mine, sorted, each once.

    A file named explicitly is mined whatever its suffix; inside folders only .txt, .md and .html
    files are taken, hidden folders skipped.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found_stat = stat_path(path)  # names a missing path, a symbolic link loop, a dangling link
        if stat.S_ISREG(found_stat.st_mode):
            candidates: Iterator[Path] = iter([path])
        elif stat.S_ISDIR(found_stat.st_mode):
            candidates = (
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            raise MineInputError(f"{path}: is {kind_of(found_stat)}, not a text file or a folder")
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found
