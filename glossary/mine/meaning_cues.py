"""Meaning cues between a term and its rendering: 'X, meaning "Y"', 'X, literally "Y"',
'X translates to "Y"', '"nương" refers roughly to "maiden"', in either order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word, is_syllable, vi_score

from . import gazetteer
from .cue_grammar import TRANSLATE_ANCHORS, translate_cue
from .cue_scan import find_cue
from .documents import Document
from .lazy_patterns import LazyPattern
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, Mention, fold
from .name_meanings import page_name_meaning
from .name_spans import LY_ADVERB
from .paren_inside import phrase_without_language_tail
from .phrases import (
    Phrase,
    back_over,
    back_over_transcription,
    en_phrase_back,
    en_phrase_forward,
    gloss_mention,
    is_en,
    is_syllable_name,
    is_title_case,
    is_vi,
    paragraph_bounds,
    quoted_forward,
    vi_run_back,
    vi_run_forward,
)

# Cue phrases between a term and its gloss.
# It starts at the cue word, so the regex engine only tries where such a word begins.
_CUE = re.compile(
    # "mean" after a modal ("bò can either mean "cow""), which cues() finds before it.
    # The translate/render verbs are the cue grammar's, every inflection with its adverbs.
    rf"\b(?:which\s+)?(?P<cue>{translate_cue()}|meaning|means|(?P<mean>mean)|"
    r"(?:literally|roughly|simply)\s+(?:means|meaning)|"
    # "refers to" and its participle, an adverb before or after the verb ("a Sino-Vietnamese word,
    # literally referring to ...": tried before the bare "literally", which would leave the
    # participle as the rendering).
    r"(?P<refers>(?:(?:literally|roughly|simply)\s+)?refer(?:s|ring)\s+(?:roughly\s+|simply\s+|literally\s+)?to)|"
    # "— literally, "hot milk coffee"": a comma after "literally" as after an adverb.
    r"literally|lit\.)(?:,(?<=literally,))?\s*:?\s+",
    re.IGNORECASE,
)


# The cue words themselves, to find candidates in the lower-cased text with fast literal scans
# (str.find; none of them occurs inside another).
_CUE_ANCHOR = (
    "meaning",
    "means",
    "mean ",
    "literally",
    "lit.",
    *TRANSLATE_ANCHORS,
    "roughly",
    "refers",
    "referring",
)


def _is_quoted_vi(phrase: Phrase | None) -> bool:
    """A quoted Vietnamese phrase that may hold a loanword ("Đi metro, sống xanh"): diacritics,
    and most words Vietnamese-shaped."""
    if phrase is None or not has_vi_letters(phrase.text):
        return False
    words = phrase.words
    shaped = [w for w in words if is_syllable(w)]
    return 2 * len(shaped) > len(words) and vi_score(shaped) >= 0.5


def _translated(vi: Phrase, en: Phrase | None, text: str) -> bool:
    """A quoted English rendering after a cue: short English words may fit the syllable shape
    ("poem hat"), so it is enough that it differs from a Vietnamese side with diacritics."""
    if en is None:
        return False
    if is_en(en):
        return True
    quoted = en.start > 0 and text[en.start - 1] in QUOTES_OPEN
    return (
        quoted
        and has_vi_letters(vi.text)
        and (not has_vi_letters(en.text) or _keeps_a_name(vi, en))
        and fold(en.text) != fold(vi.text)
        and bool(en.words)
    )


def _keeps_a_name(vi: Phrase, en: Phrase) -> bool:
    """'Mì Quảng, literally "Quảng noodles"': a rendering that keeps a capitalised word of the
    Vietnamese side as written and renders the rest with English words that are no syllables."""
    kept = set(vi.words)
    named = [w for w in en.words if w in kept]
    rest = [w for w in en.words if w not in kept]
    return (
        all(w[:1].isupper() for w in named)
        and bool(rest)
        and all(not is_syllable(w) and is_english_word(w.lower()) for w in rest)
    )


_MODAL_BEFORE = LazyPattern(
    r"(?<![^\W\d_])(?:can|could|may|might|would|will)"
    rf"(?:[ \t]+(?:either|also|both|even|{LY_ADVERB}))?[ \t]+$",
    re.IGNORECASE,
)


def cues(doc: Document) -> Iterator[Mention]:
    """'X, meaning "Y"', 'X, literally "Y"', 'X translates to "Y"' in either direction."""
    text = doc.text
    for match in find_cue(text, doc.lower, _CUE, _CUE_ANCHOR):
        start = match.start()
        if match.group("mean"):
            # The bare verb is a cue only after a modal, whatever adverb follows it ("can mean",
            # "may also mean", "could either mean"): the term is the modal's subject.
            modal = _MODAL_BEFORE.search(text, max(0, start - 32), start)
            if modal is None:
                continue
            start = modal.start()
        left_end = back_over_transcription(text, start)
        floor, ceiling = paragraph_bounds(text, match.start())
        comma_before_cue = "," in text[left_end:start]
        if comma_before_cue or "," in text[max(floor, left_end - 48) : left_end]:
            # 'the "thần", a term which can be translated as "spirits"': the term is before the
            # appositive that names it a word.
            named = _A_WORD_BEFORE.search(text, max(floor, left_end - 48), left_end)
            if named is not None and (comma_before_cue or not named.group("copula")):
                # The subject of a copula may carry a parenthesis ("Vĩnh Long (spelled 永隆 …) is").
                left_end = named.start()
                if named.group("copula"):
                    left_end = back_over_transcription(text, left_end)
        if _in_labelled_parenthesis(text, match.start(), floor):
            continue  # parentheses.py reads the whole label, and its literal meaning with it
        ceiling = min(ceiling, match.end() + 200)
        vi = vi_run_back(text, left_end, floor)
        quoted_left = text[left_end - 1 : left_end] in QUOTES_CLOSE
        if quoted_left:
            vi = en_phrase_back(text, left_end, floor)
        # '"Bun refers to the steamed rice vermicelli"' on a page that writes "Bún": a word without
        # its diacritics that the page writes with them elsewhere is the Vietnamese side.
        twin = False
        if match.group("refers"):
            if quoted_left and vi is None:
                # "''Bun'' refers to": the word inside the quotation marks.
                inner = back_over(text, left_end, QUOTES_CLOSE)
                vi = vi_run_back(text, inner, floor) if inner < left_end else None
            twin = vi is not None and _written_with_diacritics(text, vi)
        accepted = vi is not None and (is_vi(vi) or quoted_left and _is_quoted_vi(vi) or is_syllable_name(vi))
        if not accepted:
            named = page_name_meaning(doc, match, floor, ceiling)
            if named is not None:
                yield named
                continue
        if vi is not None and (accepted or twin):
            en = phrase_without_language_tail(en_phrase_forward(text, match.end(), ceiling))
            if not is_vi(vi) and not quoted_left and not _quoted(text, en) and not twin:
                continue  # "Ha Long, meaning ...": a name of syllables only glossed by a quotation
            if match.group("refers") and not _named_referent(text, en, vi, twin):
                continue  # "X refers to the district where ...": a description, no rendering
            if en is not None and (_translated(vi, en, text) or match.group("refers")):
                gloss = gloss_mention(doc, vi, en, 0.85)
                if "(" in text[vi.end : match.start()]:
                    # The parenthesis skipped between the term and its cue is not explained by the
                    # gloss: its other forms ("chữ Hán") stay for the later extractors.
                    gloss.start, gloss.end = vi.start, vi.end
                yield gloss
            continue
        en = en_phrase_back(text, left_end, floor)
        right = quoted_forward(text, match.end(), ceiling) or vi_run_forward(text, match.end(), ceiling)
        if is_en(en) and is_vi(right) and en is not None and right is not None:
            yield gloss_mention(doc, right, en, 0.8)


def _quoted(text: str, en: Phrase | None) -> bool:
    return en is not None and text[en.start - 1 : en.start] in QUOTES_OPEN


def _written_with_diacritics(text: str, vi: Phrase) -> bool:
    """Whether vi is one syllable without diacritics that the page also writes with them ("Bun"
    and "Bún mắm"): the page's own spelling makes it a Vietnamese word, not an English one."""
    if len(vi.words) != 1 or has_vi_letters(vi.text) or not is_syllable(vi.text):
        return False
    return fold(vi.text).lower() in _diacritic_folds(text)


_WORDS = LazyPattern(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _diacritic_folds(text: str) -> frozenset[str]:
    """The words of a text written with letters only Vietnamese writes, folded and lower-cased
    (read once per text: a text may have several "refers to")."""
    return frozenset(fold(word).lower() for word in set(_WORDS.findall(text)) if has_vi_letters(word))


def _named_referent(text: str, en: Phrase | None, vi: Phrase, twin: bool = False) -> bool:
    """What a term "refers to" renders it only as an English quotation or, after a term with
    diacritics, an English name of a few words ('"nương" refers roughly to "maiden"', "Văn refers to
    Confucius"; not "Hoan Kiem refers to Hoàn Kiếm")."""
    if en is None or not 0 < len(en.words) <= 4 or has_vi_letters(en.text):
        return False
    if text[en.start - 1 : en.start] in QUOTES_OPEN:
        return _translated(vi, en, text)
    if en.text.islower():
        # "Tấm refers to the broken rice grains.": one word with diacritics, and a noun phrase of
        # two to four content words closing the clause (not "the reforms of 1986", not "the lake").
        words = [w for w in en.words if w not in ("the", "a", "an")]
        closes = text[en.end : en.end + 1] in (".", ",", ";", ")", "")
        return (
            len(vi.words) == 1
            and (has_vi_letters(vi.text) or twin)
            and closes
            and 2 <= len(words) == len(en.words) - (en.words[0] in ("the", "a", "an"))
            and not any(w in ENGLISH_FUNCTION_WORDS for w in words)
        )
    named = en.words[0][:1].isupper() and (len(en.words) == 1 or is_title_case(en.words))
    # "Hoàn Kiếm refers to Hanoi": a place the term lies in, no rendering.
    place = gazetteer.is_place(en.text)
    return has_vi_letters(vi.text) and named and not is_vi(en, strong=False) and not place


_VI_LABEL = re.compile(r"[ \t]*(?:in[ \t]+)?(?:Vietnamese|vi)[ \t]*[:,]", re.IGNORECASE)


def _in_labelled_parenthesis(text: str, pos: int, floor: int) -> bool:
    """Whether pos is inside "(Vietnamese: ...": there the Vietnamese form may hold a spaced hyphen
    ("Công nghiệp - Viễn thông Quân đội, lit. ...") that a run of words read back would stop at."""
    opening = text.rfind("(", floor, pos)
    return opening >= 0 and ")" not in text[opening:pos] and _VI_LABEL.match(text, opening + 1) is not None


# ", a term which can be", ", a Vietnamese word", ", a name that is" between a term and a cue; or
# the same noun phrase as the predicate of a copula, the cue a participle after its comma ("Vĩnh
# Long (…) is a Sino-Vietnamese name, translating as …"): the term is the copula's subject.
_A_WORD_BEFORE = re.compile(
    r"(?:,|(?P<copula>[ \t]+(?:is|was)))[ \t]+(?:an?|the)[ \t]+(?:[A-Z][\w-]*[ \t]+)?"
    r"(?:term|word|name|phrase|expression|title)"
    r"(?:[ \t]+(?:which|that)(?:[ \t]+(?:(?:can|may|could|might)[ \t]+be|is))?)?[ \t]*$"
)
