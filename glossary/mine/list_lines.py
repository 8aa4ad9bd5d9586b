"""Glossary and list lines, two or more in a row: "Phở: noodle soup" (a colon) and
"• Đàn bầu - monochord zither" (a dash).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from glossary.vietnamese import VI_LETTER, has_vi_letters

from . import gazetteer
from .clause_phrases import how_made
from .dash_chars import DASH_CLASS
from .documents import Document
from .lexicon import language_names
from .mentions import Mention, fold
from .phrases import Phrase, find_dashes, gloss_mention, is_en, is_title_case, is_vi

# A list's rows: a line's start and end first, then what the line says.
_Row = TypeVar("_Row", bound=tuple[Any, ...])


def lines_in_runs(text: str, rows: Sequence[_Row]) -> Iterator[_Row]:
    """The rows (lines of one shape, in text order) with another row right before or after them,
    nothing but blank space between: a list is two such lines or more, a lone line of the shape is
    as often something else (a field and its value, a caption)."""
    for k, row in enumerate(rows):
        before = k > 0 and not text[rows[k - 1][1] : row[0]].strip()
        after = k + 1 < len(rows) and not text[row[1] : rows[k + 1][0]].strip()
        if before or after:
            yield row


def _side(found: re.Match[str], group: str) -> Phrase:
    """One side of a list line: its group of the line's match."""
    return Phrase(found.group(group), found.start(group), found.end(group))


# A glossary line: "- Cảm ơn: Thank you", "Phở: noodle soup".
_LIST_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<left>[^:\n]{1,60}?)[ \t]*:[ \t]+(?P<right>[^:\n]{1,60}?)[ \t.;]*"
)


def glossary_lines(doc: Document) -> Iterator[Mention]:
    """Lines that are only a Vietnamese term with diacritics, a colon and its short English
    rendering, two or more of them in a row (a glossary, a menu): a lone such line is as often a
    field and its description."""
    text = doc.text
    listed: list[tuple[int, int, Phrase, Phrase]] = []
    colon = text.find(":")
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        line_end = text.find("\n", colon)
        line_end = len(text) if line_end < 0 else line_end
        if VI_LETTER.search(text, line_start, colon) is not None:
            found = _LIST_LINE.fullmatch(text, line_start, line_end)
            pair = _listed_pair(found) if found is not None else None
            if pair is not None:
                listed.append((line_start, line_end, *pair))
        colon = text.find(":", line_end)
    for _start, _end, vi, en in lines_in_runs(text, listed):
        yield gloss_mention(doc, vi, en, 0.6)


def _listed_pair(found: re.Match[str]) -> tuple[Phrase, Phrase] | None:
    left, right = _side(found, "left"), _side(found, "right")
    # The term first, as glossaries write it: "English: Vietnamese" is a field and its value
    # ("Source: Báo Tuổi Trẻ", "Photo: Nguyễn Văn A"), far more often than a phrasebook line.
    vi, en = left, right
    if not has_vi_letters(vi.text) or has_vi_letters(en.text) or not 1 <= len(vi.words) <= 6:
        return None
    if not 1 <= len(en.words) <= 6 or not is_vi(vi) or is_en(vi) or not is_en(en):
        return None
    if any(not w.isalpha() for w in vi.words + en.words):
        return None  # digits, links, a clause with punctuation: no glossary line
    if en.text.lower() in language_names() or any(fold(w) in _LABEL_WORDS for w in en.words):
        return None  # "Tiếng Việt: Vietnamese": a label, not a rendering
    if len(vi.words) > 1 and is_title_case(vi.words):
        return None  # "Nguyễn Văn A: Photographer", "Mỹ Sơn: World Heritage Site": a name described
    if gazetteer.is_place(en.text):
        return None  # "Bún chả: Hanoi": where it comes from
    return vi, en


# A list line: "• Đàn bầu - monochord zither", "- Sáo (also called sáo trúc) – transverse flute; rare".
# It starts at a line break (a literal, so the regex engine jumps from one to the next); the term
# may carry a parenthesis of other names, the rendering ends at a semicolon (a comment follows).
_DASH_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<left>[^\n()]{1,50}?)[ \t]*(?:\([^()\n]{0,80}\)[ \t]*)?"
    r"[ \t]" + DASH_CLASS + r"[ \t]+(?P<right>[^\n;]{1,120}?)[ \t.]*(?:;[^\n]*)?"
)
# How far into its line a list line's dash may be: a bullet, a short term and a parenthesis.
_MAX_LIST_TERM = 150
_MAX_LIST_EN_WORDS = 14


def dash_lists(doc: Document) -> Iterator[Mention]:
    """Lists whose lines are a term, a dash and its description, two or more lines of that shape
    in a row (blank lines between allowed): "• Đàn bầu - monochord zither". Each line whose term is
    Vietnamese with diacritics and whose rest is English is a pair, the rendering as long as the
    list writes it; the lines of other languages in the list ("• Bro - fretted zither") count for
    the list's shape only."""
    text = doc.text
    shaped: list[tuple[int, int, tuple[Phrase, Phrase] | None]] = []
    done = -1
    for dash_start, _ in find_dashes(text):
        # Only a dash near its line's start (the term is short) is tried, once per line.
        line_start = text.rfind("\n", 0, dash_start) + 1
        if line_start <= done or dash_start - line_start > _MAX_LIST_TERM:
            continue
        line_end = text.find("\n", dash_start)
        done = line_end = len(text) if line_end < 0 else line_end
        found = _DASH_LINE.fullmatch(text, line_start, line_end)
        if found is not None:
            shaped.append((line_start, line_end, _dash_listed_pair(found)))
    for _start, _end, pair in lines_in_runs(text, shaped):
        if pair is not None:
            yield gloss_mention(doc, *pair, 0.6)


def _dash_listed_pair(found: re.Match[str]) -> tuple[Phrase, Phrase] | None:
    left, right = _side(found, "left"), _side(found, "right")
    vi_words, en_words = left.words, right.words
    if (
        not has_vi_letters(left.text)
        or not 1 <= len(vi_words) <= 5
        or not 1 <= len(en_words) <= _MAX_LIST_EN_WORDS
    ):
        return None
    if any(not w.isalpha() for w in vi_words) or not is_vi(left) or is_en(left):
        return None
    if len(vi_words) > 1 and is_title_case(vi_words):
        return None  # "Hà Nội - capital of Vietnam": a name described
    # The rendering is English; a Vietnamese word may be named inside it ("bass guitar in the
    # shape of a đàn đáy"), never first.
    english = [w for w in en_words if not has_vi_letters(w)]
    if has_vi_letters(en_words[0]) or 3 * len(english) < 2 * len(en_words):
        return None
    if not is_en(Phrase(" ".join(english), 0, 0)) or sum(w.isdigit() for w in en_words) * 3 > len(en_words):
        return None
    if right.text.lower() in language_names() or gazetteer.is_place(right.text):
        return None  # "Tiếng Việt - Vietnamese", "Bún chả - Hanoi": a label, a place of origin
    if how_made(en_words):
        return None  # "Chè đậu đen - made from black turtle beans": how it is made, no rendering
    if describes_item(en_words):
        return None  # "Bánh canh chả cá - the dish includes fish sausage and is popular": a sentence
    return left, right


# The finite verbs that make a clause of a list line's right side: "the dish includes fish sausage
# and is popular in the south" says things about the item; a rendering is a noun phrase.
_FINITE = frozenset("is are was were has have includes contains uses means".split())
# The comparatives that set an item against another: "a more translucent version of the noodle"
# describes it by its difference from the list's head, not as a rendering of its name.
_COMPARING = frozenset("more less".split())


def describes_item(words: list[str]) -> bool:
    """Whether a list line's right side is a description (a clause, or a comparison with another
    item) rather than a rendering of the term."""
    lowered = [w.lower() for w in words]
    body = lowered[1:] if lowered[:1] and lowered[0] in ("a", "an", "the") else lowered
    return any(w in _FINITE for w in lowered) or body[:1] == [] or body[0] in _COMPARING


# Field words of infoboxes and fact sheets: "Native name: Hà Nội" is a field, not a gloss.
_LABEL_WORDS = frozenset("name native local official motto anthem language capital currency".split())


# A list line of works: a title, the year (or years) it dates from, then its rendering quoted in
# parentheses, perhaps with a remark after it: '- Thiên Thai (1941) ("Eden")', '- Bến xuân (1942)
# ("Spring river dock", music by …)'. The year's parenthesis stands between the title and the
# rendering, so the parenthesis reader, which reads the phrase right before a parenthesis, never
# sees the title.
_DATED_LINE = re.compile(
    r"[ \t]*(?P<bullet>[-*•])[ \t]+(?P<left>[^\n()\"“”]{1,60}?)[ \t]+\(\d{3,4}(?:[–-]\d{2,4})?\)[ \t]+"
    r"\([ \t]*[\"“](?P<right>[^\"“”\n]{1,80}?)[\"”][^\n]*\)[ \t.;]*"
)
# Where such a line's year parenthesis meets its rendering's (a literal, so most texts are passed
# over by one scan).
_YEAR_THEN_QUOTE = (') ("', ") (“")


def dated_list_lines(doc: Document) -> Iterator[Mention]:
    """List lines of works dated by a year between the Vietnamese title and its quoted English
    rendering (_DATED_LINE); the line must be one of a list (a line with the same bullet right
    before or after it)."""
    text = doc.text
    for literal in _YEAR_THEN_QUOTE:
        at = text.find(literal)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            found = _DATED_LINE.fullmatch(text, line_start, line_end)
            if found is not None and _in_list(text, line_start, line_end, found.group("bullet")):
                vi, en = _side(found, "left"), _side(found, "right")
                if has_vi_letters(vi.text) and is_vi(vi) and not is_en(vi) and is_en(en):
                    yield gloss_mention(doc, vi, en, 0.85)
            at = text.find(literal, line_end)


def _in_list(text: str, line_start: int, line_end: int, bullet: str) -> bool:
    """Whether the line before or the line after opens with the same bullet."""
    before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    before = text[before_start:line_start].lstrip(" \t")
    after = text[line_end + 1 :].lstrip(" \t")
    return line_start > 0 and before.startswith(bullet + " ") or after.startswith(bullet + " ")
