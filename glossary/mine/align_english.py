"""The aligner's English side: what a link points at (a parenthesis's first segment that may be a
rendering, a quotation, the words up to the clause's punctuation), and the phrase before a naming
cue that names a class, not the term."""

from __future__ import annotations

import re

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters

from .align_links import MAX_PAREN
from .align_spans import MAX_QUOTED_WORDS
from .carried_names import carries_name_of
from .cue_grammar import RENDERING_OPENING
from .gloss_side import quote_closes_inside
from .lexicon import language_names
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, WORD, fold
from .phrases import PRONOUNS, Phrase, clean
from .script_patterns import HAN, IPA

# What a parenthesis holds besides renderings: transcriptions, Han forms, dates, codes, labels of
# other languages.
_LABEL = re.compile(r"^(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:[ \t]*")
_MEANING_LEAD = re.compile(
    r"^(?:lit\.|literally|meaning|roughly|translated[ \t]+as|English[ \t]*:?|i\.e\.)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)


# "the city is known as thủ đô", "the area now called Đắk Lắk": a thing spoken of before, named.
_CLASS_DETERMINERS = frozenset(("a", "an", "another", "the", "this", "that", "these", "those", "one"))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def not_its_name(text: str, en: Phrase, floor: int) -> bool:
    """Whether an English side before a naming cue is a pronoun ("Everything is known as ..."), or
    opens with or follows a determiner that makes it a class the term belongs to ("a dish called
    ...", "another movement called ...") or a thing spoken of before ("the city is known as ...")."""
    if en.words and (en.words[0].lower() in _CLASS_DETERMINERS or en.words[0].lower() in PRONOUNS):
        return True
    before = _WORD_BEFORE.search(text, max(floor, en.start - 12), en.start)
    return before is not None and before.group(1).lower() in _CLASS_DETERMINERS


_LANGUAGE_FOR = re.compile(r"^(?P<lang>[^\W\d_]+)[ \t]+for[ \t]+")
_FILE_NAME_AFTER = re.compile(r"[^\W_]|\.[^\W\d_]")


_SEGMENTS = re.compile(r"[;,]")
# "a three-stringed, plucked spit lute": a comma between two adjectives of one noun, the first a
# hyphenated "-ed" compound, is no segment break.
_ADJECTIVE_BEFORE_COMMA = re.compile(r"[^\W\d_]+-[^\W\d_]+ed$")
_LOWER_AFTER_COMMA = re.compile(r"[ \t]+[a-z]")
# Where a name after a naming cue ends inside its clause: the sentence's verb or a relative word.
_CLAUSE_ENDS = frozenset((".", ",", ";", ")", "", "\n", ":", "!", "?"))
_CLAUSE_VERB = re.compile(r"[ \t]+(?:is|are|was|were|has|have|had|which|that|who|whose)\b")


_MAX_EN_WORDS = 8


def before_comma(text: str, pos: int) -> int:
    """ "Governing Body: Viet Minh General Department, (Tổng bộ Việt Minh)": a flattened infobox
    puts a comma between a value and its parenthesis."""
    back = pos
    while back > 0 and text[back - 1] in " \t":
        back -= 1
    return back - 1 if back > 0 and text[back - 1] == "," else pos


def closes_paren(text: str, pos: int, ceiling: int) -> bool:
    """Whether the parenthesis the span opens holds nothing more of its own language: it closes
    after the span, or goes on after a semicolon or a comma (a transcription, a Han form)."""
    rest = text[pos : min(ceiling, pos + 4)].lstrip(" \t" + QUOTES_CLOSE + "'")
    return rest[:1] in (")", ";", ",")


def _segments(inner: str) -> list[str]:
    """inner split at its semicolons and commas, but not at a comma inside an adjective list."""
    pieces: list[str] = []
    for piece in _SEGMENTS.split(inner):
        joined = len(pieces) and inner[sum(len(p) + 1 for p in pieces) - 1] == ","
        if joined and _ADJECTIVE_BEFORE_COMMA.search(pieces[-1]) and _LOWER_AFTER_COMMA.match(piece):
            pieces[-1] += "," + piece
        else:
            pieces.append(piece)
    return pieces


def paren_rendering(text: str, start: int, ceiling: int, span: Phrase) -> tuple[Phrase | None, int]:
    """The first segment of the parenthesis opening at start that may be a rendering, and where the
    parenthesis closes (-1 if it does not on the line). Segments of transcriptions, Han forms,
    dates, labelled forms of another language, a lone language name ("(Vietnamese)") and the span
    itself said again are passed over; "Vietnamese for The People" gives "The People". None when
    the first segment with words is Vietnamese, or the parenthesis holds only what is passed over."""
    close = text.find(")", start, min(ceiling, start + MAX_PAREN))
    if close < 0 or "(" in text[start:close] or _FILE_NAME_AFTER.match(text, close + 1):
        return None, -1  # "Đại học Huế (logo).png": a file's name, no prose
    pos = start
    for piece in _segments(text[start:close]):
        seg_start = pos
        pos += len(piece) + 1
        body = piece.strip()
        if any(c.isdigit() for c in body):
            return None, close  # "(20 km, north of the border)", a date: what follows describes
        if not body or IPA.search(body) or HAN.search(body):
            continue
        if body.startswith(("/", "[")) or any(mark in body for mark in "|=/"):
            continue
        label = _LABEL.match(body)
        if label is not None:
            if label.group("label").lower() not in ("english", "lit", "literally", "meaning"):
                continue
            body = body[label.end() :]
        language_for = _LANGUAGE_FOR.match(body)
        if language_for is not None and language_for.group("lang").lower() in language_names():
            body = body[language_for.end() :]
        # The grammar's rendering cues too: "translates loosely as", "rendered into".
        lead = _MEANING_LEAD.match(body) or RENDERING_OPENING.match(body)
        if lead is not None:
            body = body[lead.end() :]
        body = body.strip(" \t")
        inner = body if quote_closes_inside(body) else body.strip(" \t" + QUOTES_OPEN + QUOTES_CLOSE)
        words = WORD.findall(inner)
        if not words or fold(inner) == fold(span.text):
            continue
        if len(words) == 1 and words[0].lower() in language_names():
            continue
        quoted = body.strip()[:1] in QUOTES_OPEN
        if len(words) > (MAX_QUOTED_WORDS if quoted else _MAX_EN_WORDS):
            return None, close
        at = text.find(inner, seg_start, close)
        # '"Dragon King of Lạc"' for "Lạc Long Quân": an English rendering may carry the name it
        # translates in the name's own marks.
        carried = has_vi_letters(inner) and carries_name_of(Phrase(inner, at, at + len(inner)), span)
        if has_vi_letters(inner) and not carried or all(w.lower() in ENGLISH_FUNCTION_WORDS for w in words):
            return None, close  # the first segment with words is Vietnamese or renders nothing
        return Phrase(inner, at, at + len(inner)), close
    return None, close


def en_forward(
    text: str, start: int, ceiling: int, vi_words: int, named: bool = False, paren_after: bool = False
) -> Phrase | None:
    """A quotation, or the words up to the clause's next punctuation (at most twice the Vietnamese
    side's length and one). After a naming cue (named) the name may also end where the sentence's
    verb or a relative word starts ("Cốm or simply called green rice is a ...")."""
    rest = text[start:ceiling]
    stripped = rest.lstrip(" \t")
    lead = len(rest) - len(stripped)
    if stripped[:1] in QUOTES_OPEN:
        closing = -1
        for i, char in enumerate(stripped[1:], 1):
            if char in QUOTES_CLOSE:
                closing = i
                break
        if closing <= 1:
            return None
        inner = stripped[1:closing].rstrip(".,")
        at = start + lead + 1
        return Phrase(inner, at, at + len(inner))
    clause = re.match(r"[^.,;:!?()\[\]\n\"“”–—]{1,80}", stripped)
    if clause is None:
        return None
    if named and stripped[clause.end() : clause.end() + 1] in QUOTES_OPEN:
        # 'referred to as classical "Vietnamese opera"': a word or two that qualify the quoted
        # name are the sentence's.
        qualifiers = clause.group().split()
        if 1 <= len(qualifiers) <= 2 and all(w.islower() for w in qualifiers):
            return en_forward(text, start + lead + clause.end(), ceiling, vi_words)
    verb = _CLAUSE_VERB.search(clause.group()) if named else None
    stop = clause.end() if verb is None else verb.start()
    words = list(WORD.finditer(stripped, 0, stop))
    if words and words[0].group().lower() in ("a", "an", "the"):
        words = words[1:]  # "refers to the broken rice grains": the article is the sentence's
    if not words or len(words) > 2 * vi_words + 1:
        return None
    after = stripped[stop : stop + 1]
    # After a parenthesis of labels, the name may have its own ("or Linyi (林邑, ...)").
    if verb is None and after not in _CLAUSE_ENDS and not (paren_after and after == "("):
        return None
    at = start + lead + words[0].start()
    inner = clean(stripped[words[0].start() : words[-1].end()])
    return Phrase(inner, at, at + len(inner))
