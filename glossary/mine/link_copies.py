"""A mirror's hover copies lifted out of the page's sentences (TheInfoList): each link's text stands
on a line of its own, and after it the linked article's opening, cut off by " ...", on the same line
or on lines of its own. Left in place, the copies split the page's lead between a naming cue and its
name ("courtesy name" / "A courtesy name (), also known as ..." / "Quang Thanh (光聲),"), or inside
the subject's parenthesis, so no reader sees the sentence.

Each copy is moved, with its link's text before it, to the end of the text (the gold reads a copy as
page text, and subject_names reads its lead as a lead of its own), and the link's text joins the
lines it broke, before and after it. The text's lines are then no longer the file's: the caller gets
the file line of each of its lines (Document.line_numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .box_labels import link_text_end

_CUT = " ..."
# A link's text alone on its line: a few words, no sentence.
_MAX_LINK_WORDS = 10
_MAX_LINK_CHARS = 80
# The copy's lines after the link's line, the last one cut off ("A pen name, also called ...
# real name." / "A pen na ...": a paragraph of the article, then its next one cut).
_MAX_COPY_LINES = 4
_ARTICLES = ("the ", "a ", "an ")
_QUOTES = "'\"“‘"
# Words that end no heading ("Human rights in" / "Vietnam"): the line runs on into the link.
_RUN_ON_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
_MAX_HEADING_WORDS = 4
_CLOSERS = ")]},.;:!?"
# A word's ending the link left out ("non-governmental organization" / "s (NGOs) such as").
_ENDING = re.compile(r"(?:s|es|'s|’s)(?![^\W\d_])")


def _bare(words: str) -> str:
    """The words in lower case, quotation marks and a leading article off."""
    words = words.strip().strip(_QUOTES).casefold()
    for article in _ARTICLES:
        if words.startswith(article):
            return words[len(article) :].lstrip(_QUOTES)
    return words


def _opens_with_link(link: str, line: str) -> bool:
    """Whether a line opens as the linked article does: with the link's first or last word ("courtesy
    name" / "A courtesy name ()", "Vietnamese soup" / "Soup is", "crocodile" / "Crocodiles (")."""
    words = _bare(link).split()
    if not words or not line[:1].isupper() and line[:1] not in _QUOTES:
        return False
    first = _bare(line).split(" ", 1)[0]
    return any(
        len(word) > 2 and word[0].isalpha() and first.startswith(word) for word in (words[0], words[-1])
    )


def _link_line(line: str) -> bool:
    """Whether a line may be a link's text alone: a few words, no sentence end, no copy."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= _MAX_LINK_CHARS
        and len(stripped.split()) <= _MAX_LINK_WORDS
        and stripped[-1] not in ".!?:;,("
        and stripped[0].isalpha()
    )


def _copies(lines: list[str]) -> list[tuple[int, int, int, int]]:
    """Each hover copy as (link line, first copy line, last copy line, where the link's text ends
    on its line); a copy on its link's line is (line, line, line, end), one on lines of its own
    (link line, next line, last line, -1)."""
    found: list[tuple[int, int, int, int]] = []
    taken = -1
    for last, line in enumerate(lines):
        if not line.endswith(_CUT):
            continue
        end = link_text_end(line)
        if not end:
            link = _link_line_before(lines, last, taken)
            if link >= 0:
                found.append((link, link + 1, last, -1))
                taken = last
                continue
            end = _unrepeated_link_end(line, lines[last - 1] if last else "")
        if end:
            found.append((last, last, last, end))
            taken = last
    return found


def _link_line_before(lines: list[str], last: int, taken: int) -> int:
    """The link's line of a copy on lines of its own that ends at line last (-1 if none): the
    nearest short line the next one opens as the linked article does, every line between them
    written and none cut off."""
    for link in range(last - 1, max(taken, last - 1 - _MAX_COPY_LINES), -1):
        if _link_line(lines[link]) and _opens_with_link(lines[link], lines[link + 1]):
            if all(lines[k].strip() and not lines[k].endswith(_CUT) for k in range(link + 1, last)):
                return link
            return -1
    return -1


# A copy run on after a link's text it does not repeat ("written in" / "Văn ngôn Literary Chinese (
# Vietnamese: ...) was the medium ... ...", "and the" / "United Nations High Commissioner for Human
# Rights The Office of the ..."): a long line cut off, in the middle of a sentence; the article's
# opening starts at "The", "A", "An", or at a capital after a word in lower case that no name joins.
_MIN_COPY_CHARS = 150
_NAME_JOINS = frozenset({"and", "de", "for", "in", "of", "on", "the", "to"})


def _unrepeated_link_end(line: str, before: str) -> int:
    """Where the link's text ends on a long cut-off line that runs on from an unfinished sentence
    (0 when the line is no such copy)."""
    if len(line) < _MIN_COPY_CHARS or not before.strip() or before.rstrip()[-1] in ".!?:":
        return 0
    words = line.split(" ", _MAX_LINK_WORDS + 1)[: _MAX_LINK_WORDS + 1]
    if not words[0][:1].isalpha():
        return 0
    for k in range(1, len(words) - 1):
        word, previous = words[k], words[k - 1]
        if word in ("The", "A", "An") or (
            word[:1].isupper() and previous[:1].islower() and previous not in _NAME_JOINS
        ):
            return len(" ".join(words[:k]))
        if not word[:1].isalpha():
            return 0
    return 0


def _heading(line: str, before: str | None) -> bool:
    """Whether a line reads as a section heading ("Biography"): a few words, capitalised, no
    punctuation at its end nor a word that runs on, after a sentence's end or a blank line."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and line[:1].isupper()
        and line[-1:].isalpha()
        and words[-1].casefold() not in _RUN_ON_WORDS
        and (before is None or not before.strip() or before.rstrip()[-1:] in ".!?:")
    )


def _runs_on(previous: str, line: str) -> bool:
    """Whether a line goes on with the sentence of the line before, which the mirror broke at a
    link with no copy ("Đạm Trai (澹齋)," / "formal title Ôn Như hầu (溫如侯), was a poet", "29 km
    southeast of" / "Ninh Binh and from Hanoi.")."""
    end = previous.rstrip()
    if end[-1:] == ",":
        return line[:1].islower()
    return end.rpartition(" ")[2] in _RUN_ON_WORDS and line[:1].isalpha()


def _separator(left: str, right: str) -> str:
    """What stands between two pieces of a sentence a line break split: a blank, unless punctuation
    says none ("(" + "Bắc Ninh", "Bắc Ninh" + ") was", "''" + "Đại Việt sử ký" opening a title)."""
    if not left or not right:
        return ""
    if left[-1] in "([{" or right[0] in _CLOSERS or _ENDING.match(right):
        return ""
    if left.endswith("''") and left.count("''") % 2 == 1:
        return ""
    if right.startswith("''") and left.count("''") % 2 == 1:
        return ""
    return " "


@dataclass(frozen=True)
class Lifted:
    """A page with its hover copies lifted out: its text (the page's own, then the copies, each
    after a blank line and its link's text), and where each piece of a file line starts in it with
    that line (from 0): two lists, offsets ascending, for Document.line_map."""

    text: str
    line_map: tuple[list[int], list[int]]


# A line of the lifted text: the pieces of file lines it joins, each with its file line.
_Line = list[tuple[str, int]]


def lift_link_copies(text: str) -> Lifted | None:
    """The text with each hover copy moved to its end and each link's text joined to the lines
    around it; None when it has no copy. The text is the one the readers get (unglued, citations
    blanked): a link's text unglue ended with a full stop loses it."""
    if not may_hold_copies(text):
        return None
    lines = text.split("\n")
    copies = _copies(lines)
    if not copies:
        return None
    links: dict[int, int] = {}  # link line -> its copy's last line
    kept = lines[:]
    moved: list[_Line] = []
    for link, first, last, end in copies:
        if end >= 0:
            kept[link] = lines[link][:end]
            if kept[link].endswith(".") and not kept[link].endswith(".."):
                kept[link] = kept[link][:-1]  # box_labels.unglue's full stop after the link's text
            copy = [[(lines[link][end:].lstrip(" ."), link)]]
        else:
            copy = [[(lines[k], k)] for k in range(first, last + 1)]
        links[link] = last
        moved += [[("", link)], [(kept[link].strip(), link)], *copy]
    out: list[_Line] = []
    skip_to, join_next = -1, False
    for number, line in enumerate(kept):
        if number <= skip_to:
            continue
        if number in links:
            skip_to, piece = links[number], line.strip()
            previous = out[-1][-1][0] if out else ""
            before = out[-2][-1][0] if len(out) > 1 else None
            attach = bool(previous.strip()) and (
                join_next or not (previous.endswith(_CUT) or _heading(previous, before))
            )
        else:
            attach = (
                bool(out)
                and bool(line.strip())
                and (join_next and not _heading(line, None) or _runs_on(out[-1][-1][0], line))
            )
            piece = line.lstrip() if attach else line
        if attach:
            out[-1].append((piece, number))
        else:
            out.append([(piece, number)])
        join_next = number in links
    return _assembled(out + moved)


def _assembled(lines: list[_Line]) -> Lifted:
    """The text of the lines, and where each piece starts in it."""
    parts: list[str] = []
    offsets: list[int] = []
    numbers: list[int] = []
    at = 0
    for k, line in enumerate(lines):
        if k:
            parts.append("\n")
            at += 1
        written = ""
        for piece, number in line:
            gap = _separator(written, piece)
            parts += (gap, piece)
            at += len(gap)
            offsets.append(at)
            numbers.append(number)
            at += len(piece)
            written += gap + piece
    return Lifted("".join(parts), (offsets, numbers))


def may_hold_copies(text: str) -> bool:
    """Whether a text has a line cut off by " ...", as a hover copy ends."""
    return _CUT + "\n" in text or text.endswith(_CUT)
