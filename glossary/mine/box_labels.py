"""Infobox labels glued to their values by a mirror's flattening: "Official nameMy Son Sanctuary",
"SuccessorMinh Mang", "AbbreviationVPPS (CAND)", "Alt namesDa Latsource: Times Atlas".

A wiki mirror that drops an infobox's table cells writes each row as its label and its value with
nothing between them. No reader can cut such a line: the name extractor sees one word
"SuccessorMinh", the infobox reader no field. The label is told by a lexicon of the label words
real infoboxes write (the keys that the corpus pages write as "Key: value" or "Key | value |" on
pages of several outlets), followed without a space by a capital, a quotation mark or a
parenthesis. The text the extractors read then gets ": " between the two, as the infobox's other
flattenings write it; line numbers do not change (nothing is inserted across a line), and a page
with fewer than two glued rows is left as it is (one capital run into a label word is a brand name
or a typo, not an infobox).
"""

from __future__ import annotations

import re

from .names.words import UPPER

# Infobox row labels, as the pages write them (first letter in capitals). Gathered from the keys
# written "Key: value" or "Key | value |" on pages of two or more parts of tests/corpus, and the
# labels found glued on the mirrors' pages; only the row's label, never its value, is matched. The
# name fields subject_names reads ("Pen name", "Temple name", ...) are labels wherever they stand.
LABELS = (
    "Abbreviation",
    "Affiliation",
    "Alma mater",
    "Also known as",
    "Alt names",
    "Alternative names",
    "Anthem",
    "Architect",
    "Architecture",
    "Awards",
    "Birth name",
    "Born",
    "Built",
    "Capital",
    "Children",
    "Common languages",
    "Common name",
    "Constituency",
    "Country",
    "Course",
    "Courtesy name",
    "Created by",
    "Criteria",
    "Currency",
    "Deity",
    "Deputy",
    "Died",
    "Father",
    "Formed",
    "Former name",
    "Former names",
    "Formerly called",
    "Founded",
    "Founder",
    "Full name",
    "Governing body",
    "Government",
    "Headquarters",
    "House",
    "Issue",
    "Jurisdiction",
    "Key people",
    "Known for",
    "Language",
    "Languages",
    "Leader",
    "Literal meaning",
    "Located in",
    "Location",
    "Main ingredients",
    "Members",
    "Mother",
    "Motto",
    "Name",
    "Nationality",
    "Native name",
    "Nearest city",
    "Newspaper",
    "Nickname",
    "Nickname(s)",
    "Occupation",
    "Office",
    "Official name",
    "Operations jurisdiction",
    "Organisation",
    "Organization",
    "Other names",
    "Owner",
    "Parent agency",
    "Parent company",
    "Part of",
    "Pen name",
    "Place of origin",
    "Political party",
    "Posthumous name",
    "Preceded by",
    "Predecessor",
    "President",
    "Province",
    "Regent",
    "Region",
    "Region or state",
    "Reign",
    "Religion",
    "Resting place",
    "Seat",
    "Similar dishes",
    "Spouse",
    "Spouses",
    "Status",
    "Succeeded by",
    "Successor",
    "Temple name",
    "Time zone",
    "Type",
    "Variations",
    "Website",
)


def _trie(words: list[str]) -> str:
    """One regex alternation of words, shared prefixes written once ("Pre(?:ceded by|decessor)"):
    the engine tries a line's first letter once instead of once per label."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def alternation(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + alternation(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return alternation(tree)


# A label at a line's start with its value run on: a capital (Vietnamese ones too), a quotation
# mark or a parenthesis right after the label's last letter (a parenthesis's next letter is checked
# after: "Nickname(s)" alone on its line is no glued "Nickname"). Tried only after a line break.
_GLUED = re.compile(r"\n" + _trie(sorted(LABELS)) + rf"(?=[{UPPER}\"“(])")
# The same rows flattened with one space between label and value ("Owner Airports Corporation of
# Vietnam (ACV)", "Headquarters Hanoi"): the label would open the value's name. Not a title or a
# unit that opens a name in prose ("President Ho Chi Minh", "Province Hà Giang").
_PROSE_OPENERS = frozenset({"President", "Leader", "Regent", "Office", "Province", "Region", "Name", "Born"})
_SPACED = re.compile(r"\n" + _trie(sorted(set(LABELS) - _PROSE_OPENERS)) + rf"(?= [{UPPER}])")
# A value's source glued after it in a gazetteer's list of names: "Da Latsource: Times Atlas".
_SOURCE = "source:"
_LONGEST = max(len(label) for label in LABELS)
_MIN_ROWS = 2
# A coordinate's hemisphere letter run into the lead's first name or the next label ("12.6667°N
# 111°WBuôn Ma Thuột (formerly Lạc Giao) ... is", "108.050°ECoordinates: ..."): the coordinates
# ended a box line the mirror ran into the text, so what follows opens a sentence of its own (with
# only a space, "W Buôn Ma Thuột" would still be one capitalised run).
# Matched only where str.find puts a mark (tests/test_mine_round24_bugs_speed.py holds the whole-text
# pattern as the oracle): a pattern run over the page tries every position, about 2 % of mining.
_MARKS = "°′″"
_GLUED_COORDINATE = re.compile(rf"\d[{_MARKS}][NSEW](?=[{UPPER}][a-zà-ỹđ])")


def _stop_glued_coordinates(text: str) -> str:
    """The text with ". " after each hemisphere letter glued to a capitalised word."""
    ends = []
    for mark in _MARKS:
        at = text.find(mark, 1)
        while at != -1:
            if _GLUED_COORDINATE.match(text, at - 1):
                ends.append(at + 2)
            at = text.find(mark, at + 1)
    if not ends:
        return text
    ends.sort()
    pieces, start = [], 0
    for end in ends:
        pieces += (text[start:end], ". ")
        start = end
    pieces.append(text[start:])
    return "".join(pieces)


# A mirror's hover copy (TheInfoList): a link's text, then on the same line the linked article's
# opening, cut off by " ..." ("northern Vietnam Northern Vietnam ( vi, Bắc Bộ) is one of ...").
_CUT_COPY = " ...\n"
_MAX_LINK_WORDS = 6
_ARTICLES = frozenset({"the", "a", "an"})


def link_text_end(line: str) -> int:
    """Where the link's text ends in a hover copy's line (0 when none is found): the shortest run of
    words the article's opening repeats after it, its first word at least (after "The", "A"):
    "Hà Giang province Hà Giang (, ) was ..." -> after "province"."""
    words = line.split(" ")
    if len(words) < 3 or "" in words[:_MAX_LINK_WORDS]:
        return 0
    first = words[0].casefold()
    if len(first) < 2 or not first[0].isalpha():
        return 0
    for k in range(1, min(_MAX_LINK_WORDS, len(words) - 2) + 1):
        rest, article = words[k:], False
        if rest[0].casefold() in _ARTICLES and len(rest) > 1:
            rest, article = rest[1:], True
        if (article or rest[0][:1].isupper()) and rest[0].casefold().startswith(first):
            return len(" ".join(words[:k]))
    return 0


def _stop_link_copies(text: str) -> str:
    """The text with a full stop after a hover copy's link text: the article's opening after it is
    read as its own sentence, never run on from the link's words (which stay in the page's own)."""
    at = text.find(_CUT_COPY)
    if at < 0:
        return text
    pieces, last = [], 0
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = link_text_end(text[start:at])
        if end:
            pieces += (text[last : start + end], ".")
            last = start + end
        at = text.find(_CUT_COPY, at + 1)
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def unglue(text: str) -> str:
    """The text with ": " between each glued label and its value (the text itself when it has
    fewer than two glued rows), a full stop after a coordinate glued to the next word, and one
    after a hover copy's link text."""
    if " ..." in text:
        text = _stop_link_copies(text)
    if "°" in text:
        text = _stop_glued_coordinates(text)
    spaced = [m.end() for m in _SPACED.finditer(text)]
    if len(spaced) >= _MIN_ROWS:
        out, last = [], 0
        for cut in spaced:
            out += (text[last:cut], ":")
            last = cut
        out.append(text[last:])
        text = "".join(out)
    cuts = []
    # The first line is tried with the others: its label follows the text's start, not a line break.
    head = _GLUED.match("\n" + text[: _LONGEST + 1])
    matches = ([head.end() - 1] if head is not None else []) + [m.end() for m in _GLUED.finditer(text)]
    for cut in matches:
        if text[cut] != "(" or text[cut + 1 : cut + 2].isupper():
            cuts.append(cut)
    if len(cuts) < _MIN_ROWS:
        return text
    out, last = [], 0
    for cut in cuts:
        out.append(text[last:cut])
        out.append(": ")
        last = cut
    out.append(text[last:])
    unglued = "".join(out)
    if _SOURCE not in unglued:
        return unglued
    pieces = unglued.split(_SOURCE)
    return (
        "".join(
            piece + ("; " if piece[-1:].isalpha() and piece[-1:].islower() else "") + _SOURCE
            for piece in pieces[:-1]
        )
        + pieces[-1]
    )
