"""The aligner's Vietnamese spans: the run of Vietnamese words or the quotation beside a link,
whether it is part of a longer Vietnamese stretch, and lists of Vietnamese parts aligned with as
many English parts."""

from __future__ import annotations

import re

from glossary.vietnamese import en_score, has_vi_letters, may_be_vietnamese

from .align_links import CLOSING_QUOTES, LABEL_AHEAD, LINK_AFTER, MAX_PAREN, language_label
from .gloss_evidence import is_person, respelt
from .mentions import WORD
from .paren_sides import name_without_verb
from .phrases import Phrase, is_vi, line_bounds, vi_run_back, vi_run_forward

# The opening marks that go with a quotation's closing marks; how far back its opening is looked for.
_OPENING_FOR = {'"': '"“', "”": '“"', "’": "‘'", "'": "'‘"}
_MAX_QUOTE_CHARS = 120
# What may stand between a span and its link: spaces, a comma, quotation marks, italics.
_BETWEEN = frozenset(" \t,\"”’»'")
_BETWEEN_AFTER = frozenset(" \t\"“‘«'")


# How far a run of Vietnamese words is looked for on its line.
_REACH = 200


# A quoted Vietnamese line or title read whole.
MAX_QUOTED_WORDS = 12


def quoted_span(text: str, start: int, end: int) -> Phrase | None:
    """The whole quotation text[start:end] when every word of it is Vietnamese: a quoted line or
    title ('"Thề phanh thây uống máu quân thù"') is one span however long; a quotation without
    Vietnamese letters must be syllables the lexicons take for Vietnamese ('"anh Ba"')."""
    span = Phrase(text[start:end], start, end)
    words = span.words
    if not words or len(words) > MAX_QUOTED_WORDS or not all(may_be_vietnamese(w) for w in words):
        return None
    if has_vi_letters(span.text):
        return span if is_vi(span) else None
    return span if plain_vi(span) else None


def span_before(text: str, pos: int, plain: bool) -> Phrase | None:
    """The Vietnamese span whose last word ends just before pos, over the spaces, commas,
    quotation marks, italics and a bracketed transcription between them."""
    if pos <= 0:
        return None
    end = pos
    while end > 0 and text[end - 1] in _BETWEEN:
        end -= 1
    if end > 0 and text[end - 1] == "]":
        opening = text.rfind("[", max(0, end - 62), end)
        if opening >= 0:
            end = opening
            while end > 0 and text[end - 1] in _BETWEEN:
                end -= 1
    if end <= 0 or not text[end - 1].isalpha():
        return None
    closing = text[end : end + 2]
    if closing[:1] in CLOSING_QUOTES:
        # '"anh Ba", or "Fourth Brother"', a quoted line of more than six words: the quotation
        # is the span when all its words are Vietnamese.
        opening_mark = "''" if closing == "''" else _OPENING_FOR[closing[0]]
        opening = _rfind_any(text, opening_mark, max(0, end - _MAX_QUOTE_CHARS), end)
        if opening >= 0:
            quoted = quoted_span(text, opening + (2 if opening_mark == "''" else 1), end)
            if quoted is not None:
                return quoted
    start = end - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if not has_vi_letters(text[start:end]) and not may_be_vietnamese(text[start:end]):
        return None
    span = _run_ending(text, end)
    if span is None or has_vi_letters(span.text):
        # "Đông Du (...)": the last word may have no marks; "he got Phó bảng [vi] (sub table)":
        # the verb before a term cited with its first capital is the sentence's.
        return name_without_verb(span)
    return span if plain and plain_vi(span) else None


def _rfind_any(text: str, marks: str, low: int, high: int) -> int:
    """The last position in text[low:high] of marks (a string) or, when marks is a set of
    one-character marks written as one string of several, of any of them."""
    if marks == "''":
        return text.rfind(marks, low, high)
    return max(text.rfind(mark, low, high) for mark in marks)


def span_after(text: str, pos: int, plain: bool) -> Phrase | None:
    """The Vietnamese span whose first word starts just after pos, over spaces, quotation marks,
    italics and a language label ("(Vietnamese: Hoàng thành ...)")."""
    if pos < 0:
        return None
    label = LABEL_AHEAD.match(text, pos)
    if label is not None and language_label(label.group("label")):
        pos = label.end()
        # "(Vietnamese rau)": without a colon the language's name is an adjective before unmarked
        # words, no label.
        plain = plain and bool(label.group("sep"))
    while pos < len(text) and text[pos] in _BETWEEN_AFTER:
        pos += 1
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    if end == pos:
        return None
    if not has_vi_letters(text[pos:end]) and not may_be_vietnamese(text[pos:end]):
        return None
    span = _run_starting(text, pos)
    if span is None or has_vi_letters(span.text):
        return span  # "(Ha Nội)": the first word may have no marks
    if not plain or not plain_vi(span):
        return None
    return span if text[span.end : span.end + 1] in (")", ";", ",", '"', "”", "'") else None


def plain_vi(span: Phrase) -> bool:
    """Whether a run without Vietnamese letters is Vietnamese by the lexicons: every word may be
    Vietnamese and the run scores as Vietnamese ("tinh", "thanh pho"; not "pho", "Long"). One
    capitalised word is too short to tell from a name in another language ("Meo", "Lao")."""
    words = span.words
    if len(words) == 1 and words[0][:1].isupper():
        return False
    return is_vi(span) and all(may_be_vietnamese(w) for w in words)


def _run_ending(text: str, end: int) -> Phrase | None:
    """The run of Vietnamese words ending at end."""
    line_start = text.rfind("\n", max(0, end - _REACH), end) + 1
    run = vi_run_back(text, end, max(line_start, end - _REACH))
    return _trimmed(text, run) if run is not None else None


def _run_starting(text: str, start: int) -> Phrase | None:
    """The run of Vietnamese words starting at start."""
    line_end = text.find("\n", start, start + _REACH)
    run = vi_run_forward(text, start, line_end if line_end >= 0 else min(len(text), start + _REACH))
    return _trimmed(text, run) if run is not None else None


def _trimmed(text: str, run: Phrase) -> Phrase:
    """The run without the lower-case words without Vietnamese letters that open it before a name:
    "He met Trần Văn Minh" is the sentence's verb and a name."""
    begin = run.start
    for word in WORD.finditer(text, run.start, run.end):
        token = word.group()
        if token[:1].isupper() or has_vi_letters(token):
            break
        rest = text[word.end() : run.end].split()
        if rest and all(w[:1].isupper() for w in rest) and has_vi_letters(text[word.end() : run.end]):
            begin = text.index(rest[0], word.end())
        else:
            break
    return run if begin == run.start else Phrase(text[begin : run.end], begin, run.end)


_LIST_JOIN_BEFORE = re.compile(r"[^\W\d_]+(?:[ \t]*[,–—-][ \t]*|[ \t]+)$")
_WORD_AFTER = re.compile(r"[ \t]([^\W\d_]+)")
_AND_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+and[ \t]+(?:the[ \t]+)?$")


def part_of_more(text: str, span: Phrase) -> bool:
    """Whether the span is part of a longer Vietnamese stretch: a word with Vietnamese letters
    right before it, or joined to it by a comma or a dash ("Đạo pháp - Dân tộc - Chủ nghĩa xã
    hội": a motto's parts), or a Vietnamese word right after it (a name longer than a run)."""
    before = _LIST_JOIN_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is not None and has_vi_letters(before.group()):
        return True
    # "between the Tày and the Cuối, literally means Natives": the last of two joined Vietnamese
    # words; what follows may be said of either, or of the phrase they belong to.
    joined = _AND_BEFORE.search(text, max(0, span.start - 30), span.start)
    if joined is not None and has_vi_letters(joined.group(1)):
        return True
    after = _WORD_AFTER.match(text, span.end)
    return after is not None and may_be_vietnamese(after.group(1))


_LIST_SEP_BEFORE = re.compile(r"(?:,[ \t]+|[ \t]+[–—-][ \t]+)$")
_EN_LIST_SEP = re.compile(r"[ \t]*,[ \t]+|[ \t]+[–—-][ \t]+")
_MAX_LIST_PARTS = 5


def aligned_list(text: str, span: Phrase) -> tuple[Phrase, Phrase] | None:
    """A motto or a title of Vietnamese parts joined by commas or dashes that ends with span,
    beside a parenthesis holding as many English parts: after it ("Tổ Quốc, Danh dự, Trách Nhiệm
    (Country, Honor, Duty)") or, the Vietnamese list being the parenthesis, before it ("Labor –
    Revolution – Personalism (Cần lao - Cách mạng - Nhân vị)"). Parallel parts are the evidence
    here, so each side's words only need to be of its language."""
    line_start, line_end = line_bounds(text, span.start, span.end)
    parts = [span]
    while len(parts) < _MAX_LIST_PARTS:
        sep = _LIST_SEP_BEFORE.search(text, max(line_start, parts[0].start - 5), parts[0].start)
        if sep is None:
            break
        before = vi_run_back(text, sep.start(), line_start)
        if before is None or not is_vi(before):
            break
        parts.insert(0, before)
    if len(parts) < 2:
        return None
    vi = Phrase(text[parts[0].start : span.end], parts[0].start, span.end)
    after = LINK_AFTER.match(text, span.end, line_end)
    if after is not None and after.lastgroup == "paren":
        close = text.find(")", after.end(), min(line_end, after.end() + MAX_PAREN))
        inside = text[after.end() : close] if close > 0 else ""
        en_parts = _EN_LIST_SEP.split(inside.strip())
        if len(en_parts) == len(parts) and _english_parts(en_parts, parts):
            at = text.find(inside.strip(), after.end())
            return vi, Phrase(inside.strip(), at, at + len(inside.strip()))
        return None
    opening = text.rfind("(", max(0, vi.start - 3), vi.start)
    if opening < 0 or not text[span.end : span.end + 2].lstrip(" \t").startswith(")"):
        return None
    floor = text.rfind("\n", 0, max(0, opening - 1)) + 1
    before_text = text[floor:opening].rstrip()
    en_parts = _EN_LIST_SEP.split(before_text)
    if len(en_parts) < len(parts):
        return None
    en_parts = en_parts[-len(parts) :]
    # The first part may carry the words before the list (a field label): it takes as many words
    # as the longest of the other parts.
    longest = max(len(part.split()) for part in en_parts[1:])
    en_parts[0] = " ".join(en_parts[0].split()[-longest:])
    if not _english_parts(en_parts, parts):
        return None
    start = text.rfind(en_parts[0], floor, opening)
    return vi, Phrase(text[start : floor + len(before_text)], start, floor + len(before_text))


def _english_parts(parts: list[str], vi_parts: list[Phrase]) -> bool:
    """Whether every part is a few words of English that renders its Vietnamese part: no
    Vietnamese letters, one to four words, no spelling of it or other name ("Hà Nội, Việt Nam
    (Hanoi, Vietnam)" is no motto)."""
    for part, vi in zip(parts, vi_parts, strict=True):
        words = WORD.findall(part)
        if not 1 <= len(words) <= 4 or has_vi_letters(part) or en_score(words) < 0.5:
            return False
        if respelt(vi.text, part) or is_person(vi):
            return False
    return True
