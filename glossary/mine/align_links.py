"""The aligner's links: the cues that join a Vietnamese span and its rendering (parentheses,
dashes, "or", meaning and naming cues, a glossary line's colon), and where in a text they stand
near a letter only Vietnamese writes."""

from __future__ import annotations

import re

from glossary.vietnamese import VI_LETTER

from .cue_grammar import TRANSLATE_ANCHORS, naming_adverb, naming_adverb_words, rendering_cue
from .documents import Document
from .lexicon import language_names
from .mentions import literal_hits
from .name_spans import LY_ADVERB
from .phrases import find_dashes

_MARKS = r"(?:''+|[\"”’»])?"
LINK_AFTER = re.compile(
    # A transcription or a reference in brackets may stand between the span and its link.
    rf"{_MARKS}(?:[ \t]*\[[^\]\n]{{0,60}}\])*(?:"
    r"(?P<paren>[ \t]*,?[ \t]*\()"
    # A rendering cue is cue_grammar's, every inflection with its "-ly" adverb before or after the
    # verb ("literally meaning", "translates loosely as", "rendered as"); "lit.", "refers to" and
    # "i.e." are this reader's own.
    rf"|(?P<meaning>,?[ \t]+(?:{rendering_cue()}|(?:which[ \t]+)?(?:{LY_ADVERB}[ \t]+)?"
    r"(?:literally|lit\.|refers[ \t]+to|i\.e\.))[ \t]*:?[ \t]+)"
    # "Cốm or simply called green rice", "X, also known as Y": a naming cue, "or" before it or not,
    # its adverb cue_grammar's. "Hát tuồng is often referred to as ...": the term the sentence's
    # subject, the copula the cue's.
    r"|(?P<known>,?[ \t]+(?:or[ \t]+|(?:is|are|was|were)[ \t]+)?"
    rf"(?:{naming_adverb()}[ \t]+)?"
    r"(?:called|known[ \t]+as|referred[ \t]+to[ \t]+as)[ \t]+)"
    r"|(?P<or>,?[ \t]+or[ \t]+)"
    r"|(?P<dash>[ \t]+[–—-][ \t]+)"
    r"|(?P<colon>[ \t]*:[ \t]+)"
    r"|(?P<quoted>,[ \t]+(?=[\"“]))"
    r")"
)
LINK_BEFORE = re.compile(
    r"(?:(?P<paren>\([ \t]*(?:(?:in[ \t]+)?(?P<label>[^\W\d_]+)[ \t]*[:,]?[ \t]+)?)"
    r"|(?P<or>,?[ \t]+or[ \t]+)|(?P<dash>[ \t]+[–—-][ \t]+)"
    # "non-believers were called lương dân": the English, then a naming cue before the term.
    # Copulas and adverbs between them are the cue's ("the area now called", "is sometimes called").
    rf"|(?P<known>(?:[ \t]+(?:is|are|was|were|became|now|{naming_adverb()})){{0,3}}"
    r"[ \t]+(?:called|known[ \t]+as|referred[ \t]+to[ \t]+as)[ \t]+))(?:''+|[\"“‘«])?$"
)


# A quotation's closing marks.
CLOSING_QUOTES = frozenset("\"”’'")


LABEL_AHEAD = re.compile(r"[ \t]*(?:in[ \t]+)?(?P<label>[^\W\d_]+)[ \t]*(?P<sep>[:,]?)[ \t]+")
_LIST_TAIL = re.compile(r"(?:,|[ \t][–—-])[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,5}[ \t]*$")
_COLON = re.compile(r":(?=[ \t])")
# The words of links a span stands before: "or", the meaning cues (found with the rules' scans).
_WORD_LINKS = (
    " or ",
    "mean",
    "literally",
    "lit.",
    *TRANSLATE_ANCHORS,
    "refers",
    "i.e.",
    " called ",
    " known as ",
    " referred to as ",
)
# "Hát tuồng is often referred to as": the copula, and an adverb after it (cue_grammar's naming
# adverbs or any "-ly" adverb; the class is name_spans.is_ly_adverb's, checked where the tail is read).
COPULA_TAIL = re.compile(
    rf"[ \t]+(?:is|are|was|were)(?:[ \t]+(?:{naming_adverb_words()}|(?P<adverb>{LY_ADVERB})))?[ \t]*$"
)


_NAMING_CUES = (" called ", " known as ", " referred to as ")
_PAREN_OPEN = re.compile(r"\(")


# How far from a link a letter only Vietnamese writes must be for the link to be read.
_NEAR = 50


_MAX_HEAD = 60
_LANGUAGE_AFTER = re.compile(
    r"[ \t]*\((?P<alone>[^\W\d_]+)\)|(?:[ \t]*\([^()\n]{0,80}\))?[ \t]+in[ \t]+(?P<lang>[^\W\d_]+)\b"
)


MAX_PAREN = 160


def opens_with_label(text: str, pos: int) -> bool:
    label = LABEL_AHEAD.match(text, pos)
    return label is not None and bool(label.group("sep")) and language_label(label.group("label"))


def _names_vietnamese(text: str, pos: int) -> bool:
    """Whether a parenthesis opening at pos starts with a Vietnamese label (told first by a literal
    test: most parentheses do not)."""
    return text.startswith(("Vietnamese", "vi:", "vi,"), pos) and opens_with_vietnamese_label(text, pos)


def opens_with_vietnamese_label(text: str, pos: int) -> bool:
    label = LABEL_AHEAD.match(text, pos)
    return (
        label is not None
        and bool(label.group("sep"))
        and label.group("label").lower() in ("vietnamese", "vi")
    )


def after_list_mark(text: str, pos: int) -> bool:
    """Whether a comma or a dash stands just before the word at pos (a list's part)."""
    return text[max(0, pos - 3) : pos].rstrip(" \t")[-1:] in (",", "-", "–", "—")


def ends_list_part(text: str, pos: int) -> bool:
    """Whether the words just before pos follow a comma or a dash on their line: the last part of
    a list may be what a parenthesis at pos renders ("Tổ Quốc, Danh dự, Trách Nhiệm (...)")."""
    if pos <= 0:
        return False
    stretch = text[max(0, pos - 40) : pos]
    if "," not in stretch and "-" not in stretch and "–" not in stretch and "—" not in stretch:
        return False  # the common case, told without a search
    return _LIST_TAIL.search(stretch) is not None


def find_links(doc: Document) -> list[tuple[int, int, str]]:
    """Each link with a letter only Vietnamese writes near it, or a quotation just before it:
    where the text before it ends, where the text after it starts (-1 when that side is not read),
    and its kind ("paren", "dash", "word", "colon"). Most links of an English text have neither,
    and are dropped here by one quick search each."""
    # (A search from a position before the text's start searches from its start.)
    text, near = doc.text, VI_LETTER.search
    links = [
        (at, at + 1, "paren")
        for at in (m.start() for m in _PAREN_OPEN.finditer(text))
        if near(text, at - _NEAR, at + _NEAR) or _after_quotation(text, at) or _names_vietnamese(text, at + 1)
    ]
    links += [
        (start, stop, "dash") for start, stop in find_dashes(text) if near(text, start - _NEAR, stop + _NEAR)
    ]
    links += [
        (at, -1, "word")
        for at in literal_hits(doc.lower, _WORD_LINKS)
        if near(text, at - _NEAR, at) or _after_quotation(text, at)
    ]
    # A naming cue may also stand before the term ("were called lương dân"): read what follows it.
    links += [
        (-1, at + len(cue), "word")
        for cue in _NAMING_CUES
        for at in literal_hits(doc.lower, (cue,))
        if near(text, at, at + len(cue) + _NEAR)
    ]
    # A glossary line's colon closes a short head of its line ("- Cảm ơn: Thank you"), which holds
    # the Vietnamese.
    for colon in _COLON.finditer(text):
        at = colon.start()
        head = text.rfind("\n", max(0, at - _MAX_HEAD), at)
        if at - head < _MAX_HEAD and near(text, head + 1, at):
            links.append((at, -1, "colon"))
    return links


def _after_quotation(text: str, pos: int) -> bool:
    """Whether a quotation closes just before pos, past spaces and a comma ('"anh Ba", or')."""
    end = pos
    while end > 0 and text[end - 1] in " \t,":
        end -= 1
    return end > 0 and text[end - 1] in CLOSING_QUOTES


def named_language_after(text: str, pos: int, ceiling: int) -> bool:
    """Whether "in Vietnamese" or "(Vietnamese)" follows pos, perhaps after a parenthesis."""
    named = _LANGUAGE_AFTER.match(text, pos, ceiling)
    return named is not None and language_label(named.group("lang") or named.group("alone"))


def language_label(word: str) -> bool:
    """ "(Vietnamese: ...)", "(vi: ...)", "(in Vietnamese ...)": a language's name or code."""
    low = word.lower()
    return low in language_names() or low == "vi"
