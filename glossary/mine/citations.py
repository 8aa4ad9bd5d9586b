"""A page's citations, blanked before any reader sees the text: its reference lists and its
citation markers.

The lines under a "References", "Notes and references", "Sources", "Bibliography" (...) heading cite
books and articles: their titles and quotations name places and people the way another text does
("... known as the sông Tiền ('Tien River') ..."), and a reader that finds a gloss, an acronym or
another name there links forms the page itself never joins (gold rules §9.11, §10.2). Every reader
skips them alike because the text it gets holds blanks there: each character but the line breaks
turned into a space, so offsets and line numbers stay those of the file.

A citation marker ("Núi Tản Viên[1]", "1,281 m high.[2]", "[note 3]") points into that list: it is
no part of the word it is glued to, and a form read with it joins nothing else. An audio link's
stub ("( listen)", "(About this sound listen)", "(listenⓘ)") and a wiki robot's edit note ("(robot
Adding: la:...)") are blanked the same way, and so is a hatnote at the page's top (hatnotes.py).

A line that opens with a reference list's back-link caret and holds a year ("^Author. Title. Page
73. 1987. "...", "  1. ^ Title - Page 92 Author - 2008 "..."") is a citation whatever heading, or
none, is above it (round 38).
"""

from __future__ import annotations

import re

from .hatnotes import blank_hatnotes

# Around a heading's title, the marks of the shapes pages are flattened into: wiki markup
# ("== References =="), markdown ("## References", "**References**"), a mirror's edit link glued
# before or after it ("[edit]References", "References[edit]", "References Edit") and a wiki's
# "[?]" help link ("Bibliography  [?]").
_BEFORE = r"[ \t]*(?:(?:=+|#+|\*\*|\[edit\])[ \t]*)?"
_AFTER = r"[ \t]*(?:=+|\*\*|\[edit\]|\[\?\]|Edit)?[ \t]*"
_REFERENCE_TITLES = (
    r"(?:notes[ \t]+and[ \t]+references|references[ \t]+and[ \t]+notes|notes[ \t]+and[ \t]+citations"
    r"|references|notes|footnotes|sources|bibliography|citations|further[ \t]+reading|works[ \t]+cited)"
)
# The letters the titles open with, and the characters _BEFORE's marks open with.
_TITLE_FIRSTS = "".join(sorted({title[0] for title in _REFERENCE_TITLES[3:-1].split("|")}))
_MARK_FIRSTS = "=#*["
# After the line break before it: a pattern opening with a literal character is searched for that
# character in C (one opening with "^" is tried at every position of the text).
# Round 33: the pattern is tried after each of a page's line breaks, and most lines are prose. Two
# lookaheads fail them early with the lines they let through unchanged: after the blanks, the first
# character must open a mark or a title (a shorter run of blanks is followed by a blank, which opens
# neither), so the optional mark's group, costly to enter, is entered only on such lines; after the
# marks, the first letter must open a title, one test under IGNORECASE (the same flag, so the same
# letters pass) instead of one for each of the eleven branches. Reference lists' scan: 100 -> 33
# million instructions over the 2 MB bench corpus (tests/test_r33speed.py compares both).
_REFERENCE_HEADING = re.compile(
    rf"\n[ \t]*(?=[{_TITLE_FIRSTS}{re.escape(_MARK_FIRSTS)}]){_BEFORE}(?=[{_TITLE_FIRSTS}])"
    rf"{_REFERENCE_TITLES}{_AFTER}(?=\n|\Z)",
    re.IGNORECASE,
)
# Any heading, where the list ends: a marked one ("== See also ==", "External links[edit]"), or a
# line of one to four capitalised words and nothing else ("External links"), never a list item.
_TITLE = r"[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,5}"
_MARKED_HEADING = re.compile(
    rf"[ \t]*(?:=+[ \t]*{_TITLE}[ \t]*=+|#+[ \t]+{_TITLE}|\*\*{_TITLE}\*\*|\[edit\]{_TITLE}"
    rf"|{_TITLE}[ \t]*(?:\[edit\]|\[\?\]|[ \t]Edit))[ \t]*"
)
_BARE_HEADING = re.compile(r"[ \t]*[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*")
# A marker of a named group of notes too ("French Indochina (...)[lower-alpha 1] (French: ...)",
# "[nb 1]"), and "[citation needed]".
_MARKER = re.compile(
    r"\[(?:\d{1,3}|(?:note|nb|n)[ \t]?\d{1,3}|(?:lower|upper)-(?:alpha|roman|greek)[ \t]\d{1,3}"
    r"|citation[ \t]needed)\]"
)
# A wiki's pronunciation link flattened to its label ("Dương Văn Minh ( listen) (1916 – 2001), popularly
# known as ..."): furniture between a name and what the sentence says of it, blanked as a marker is.
# The label is "listen" with what each skin and mirror draws around it: the speaker icon's alternative
# text before it ("About this sound", "audio speaker icon"), an info icon or the help link after it
# ("listenⓘ", "listen (help·info)"). A parenthesis with anything else in it is no stub.
_AUDIO_ICON = r"(?:About[ \t]+this[ \t]+sound|audio[ \t]+speaker[ \t]+icon|ⓘ)"
_AUDIO_HELP = r"(?:ⓘ|\(help·info\)|help·info)"
_AUDIO_STUB = re.compile(rf"\([ \t]*(?:{_AUDIO_ICON}[ \t]*)?listen[ \t]*(?:{_AUDIO_HELP}[ \t]*)?\)")
# An old revision's edit note by a wiki robot ("(robot Adding: la:Truong Tan Sang)"): its
# interlanguage links name the page in other wikis, not a form the page gives.
_ROBOT_NOTE = re.compile(
    r"\((?:ro)?bot[ \t]+(?:adding|modifying|removing|changing|migrating)\b[^()\n]{0,200}\)", re.IGNORECASE
)
# Where either can open, in one pass over the page (a literal screen for each word cost a pass each,
# and "bot" is in most pages): a stub or note always opens on one of these, so the subs run on no
# page where they would find nothing (tests/test_mine_round24_bugs_speed.py holds the screens).
_PARENTHESIS_OPENS = re.compile(rf"\((?:[ \t]*(?:listen|{_AUDIO_ICON})|((?i:(?:ro)?bot)))")


# A "See also" heading alone on its line. A mirror that drops the heading's own links leaves the
# page's numbered notes right under it ("See also" / "  1. Hack & Rettig 2005" / "    31 Phủ is ...").
_SEE_ALSO_LINE = re.compile(rf"{_BEFORE}see[ \t]+also{_AFTER}", re.IGNORECASE)
# The first item of such notes: numbered, with a year (a citation's date), not a bulleted page title.
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_CITATION_ITEM = re.compile(r"[ \t]*1\.[ \t]+[^\n]*?\b(?:1[5-9]\d\d|20\d\d)\b")


def reference_lists(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each reference list of a text: from the line after its heading to the
    next heading's line, or to the end of the text."""
    spans: list[tuple[int, int]] = []
    position = 0
    text = "\n" + text  # a heading on the first line has a line break before it too
    while True:
        heading = _REFERENCE_HEADING.search(text, position)
        if heading is None:
            return sorted(spans + _see_also_notes(text, spans))
        start = heading.end() + 1
        end = _next_heading(text, start)
        if end > start:
            spans.append((start - 1, end - 1))
        # A reference heading right after another ("References" / "Bibliography") opens its own list.
        position = end - 1  # the line break before the heading that ends this list


def _see_also_notes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The numbered notes right under a "See also" heading (_SEE_ALSO_LINE), as reference lists
    (offsets in text, which opens with the line break reference_lists adds)."""
    found: list[tuple[int, int]] = []
    at = text.find("See also")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _SEE_ALSO_LINE.fullmatch(text, line, end):
            start = _BLANK_LINES.match(text, end + 1).end()
            if _CITATION_ITEM.match(text, start) and not any(s <= start < e for s, e in spans):
                stop = _next_heading(text, start)
                if stop > start:
                    found.append((start - 1, stop - 1))
        at = text.find("See also", end)
    return found


def _next_heading(text: str, start: int) -> int:
    """Where the first heading line at or after start begins (the text's length if none)."""
    size = len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if _MARKED_HEADING.fullmatch(text, start, end) or _BARE_HEADING.fullmatch(text, start, end):
            return start
        start = end + 1
    return size


# A footnote a mirror inlined as a bracketed line: an author's name, a book's title in wiki italics
# and its year ("[Norman G. Owen ''The Emergence Of Modern Southeast Asia'' 2005- Page 69 "In the
# masterpiece ... by Nguyen Gia Thieu ..."]"): the book's words, not the page's (gold rules §10.2).
_BRACKETED_CITATION = re.compile(
    r"\[[A-Z][^\W\d_]*\.?(?:[ \t]+[A-Z][^\W\d_]*\.?){1,3}[ \t]+''[^'\n]{3,160}''[ \t]*,?[ \t]*"
    r"(?:1[5-9]|20)\d\d\b[^\]\n]*\]?"
)


def _blank_bracketed_citations(text: str) -> str:
    """The text with each line that opens with a _BRACKETED_CITATION blanked up to its bracket."""
    at = text.find("\n[")
    while at >= 0:
        found = _BRACKETED_CITATION.match(text, at + 1)
        if found is not None:
            text = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
        at = text.find("\n[", at + 1)
    return text


# Round 38: a reference list's item, its back-link caret first (after an item number), with a year in
# it (a citation's date): a mirror that drops the list's heading leaves the items under no heading.
# An item with no year is a note in the page's own words ("2. ^ The term canh refers to a clear
# broth ..., and chua means "sour"."), read as text still. Found from each caret (str.find in C): a
# pattern anchored at every line start was tried at every line of each page holding a caret.
_CARET_LEAD = re.compile(r"[ \t]*(?:\d{1,3}\.[ \t]*)?")
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


def _blank_caret_references(text: str) -> str:
    """The text with each line that opens with a back-link caret and holds a year blanked."""
    at = text.find("^")
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _CARET_LEAD.fullmatch(text, line, at) and _YEAR.search(text, at, end):
            text = text[:line] + " " * (end - line) + text[end:]
        at = text.find("^", end)
    return text


def blank_citations(text: str) -> str:
    """The text with its reference lists and citation markers blanked (the text itself when it has
    neither)."""
    text = blank_hatnotes(text)
    if "^" in text:
        text = _blank_caret_references(text)
    if "[" in text:
        text = _MARKER.sub(_blanks, text)
        if "''" in text:
            text = _blank_bracketed_citations(text)
    audio = robot = False
    for found in _PARENTHESIS_OPENS.finditer(text):
        audio, robot = audio or found.group(1) is None, robot or found.group(1) is not None
    if audio:
        text = _AUDIO_STUB.sub(_blanks, text)
    # The first screen was "bot" in the text, in lower case: a page that writes only "(Bot adding"
    # kept its note, and the same output keeps it so (said in docs/miner.md, round 24 speed).
    if robot and "bot" in text:
        text = _ROBOT_NOTE.sub(_blanks, text)
    return blank_reference_lists(text)


def _blanks(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _blank_lines(text: str) -> str:
    """re.sub(r"[^\n]", " ", text): every character but the line breaks made a space, a line
    at a time (the substitution made one replacement a character: a hundred times slower)."""
    return "\n".join([" " * len(line) for line in text.split("\n")])


def blank_reference_lists(text: str) -> str:
    """The text with its reference lists blanked (the text itself when it has none)."""
    spans = reference_lists(text)
    if not spans:
        return text
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        pieces.append(text[done:start])
        pieces.append(_blank_lines(text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
