"""How sure a gloss pair is: the evidence the aligner (aligner.py) weighs for a Vietnamese span and an
English span beside it, each factor in [0, 1], and the few vetoes about what a rendering is.

The factors: the link's strength, how Vietnamese the one side is and how English the other (the
project's one test and its word lists, glossary.vietnamese), a length fit, and whether the two
sides agree in case (two names, or two common words; a name beside a lower-case phrase is a
description unless a meaning cue or a quotation says it renders the name). The vetoes: the same
letters on both sides (a spelling), another script, a language name, a month, function words only
(a number word may render a numeral: "nghìn (thousand)"), a short form, a description opening with
a participle or a preposition, a person's name and a rank, and a capitalised English word that
neither English, a nationality nor the Vietnamese side explains, unless the text names the span's
language.
"""

from __future__ import annotations

import re

from glossary.vietnamese import (
    ENGLISH_FUNCTION_WORDS,
    en_score,
    english_words,
    has_vi_letters,
    is_syllable,
    may_be_vietnamese,
    vi_score,
)

from .lexicon import calendar_words, is_family_name, language_names, names_a_language
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, fold
from .phrases import Phrase

# The link's strength: how often a Vietnamese span and an English span so joined are a gloss.
LINK_WEIGHT = {
    "paren": 1.0,
    "label": 1.0,
    "meaning": 1.0,
    # "called", "known as": a naming cue, which also names other names of a thing (no rendering).
    "known": 0.85,
    "quoted": 0.85,
    "or": 0.75,
    "dash": 0.75,
    "colon": 0.7,
}
# A candidate is kept at or above this score (the product of the evidence, each in [0, 1]).
THRESHOLD = 0.5

# Prepositions after a lower-case first word that make the phrase a participle's, a description
# ("made from black beans", "served with rice"), not a noun's ("keeper of greatness").
_DESCRIBING_LINKS = frozenset({"from", "with", "by", "into", "using"})
# Words a name's capitals skip ("Temple of the Jade Emperor", "Return to Heaven").
_NAME_LINKS = frozenset(("of", "the", "and", "for", "a", "an", "in", "to", "on"))
# Pronouns a remark about a term uses and a rendering of it does not ("description of it stated
# above"); a quoted line may hold them ("drink their blood").
REMARK_PRONOUNS = frozenset(("it", "its", "they", "them"))
_POSSESSIVE = re.compile(r"['’]s?$")
_COPULA = re.compile(r"(?<![^\W\d_])(?:is|are|was|were)(?![^\W\d_])")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
# Words before a noun phrase that belong to it.
_DETERMINERS = frozenset(
    ("a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our")
)
_COPULA_BEFORE = re.compile(r"(?<![^\W\d_])(?:is|are|was|were|be|been|being)[ \t]+$", re.IGNORECASE)


def score(text: str, vi: Phrase, en: Phrase, link: str) -> float:
    """The evidence that vi and en are one term in two languages, in [0, 1]."""
    vi_words, en_words = vi.words, en.words
    if not vi_words or not en_words or not _english_letters(en_words, vi_words):
        return 0.0
    quoted = _is_quoted(text, en)
    labelled = link.endswith("label")
    if no_rendering(vi, en, quoted=quoted, labelled=labelled):
        return 0.0
    link = link.removesuffix("+label")
    weight = max(LINK_WEIGHT.get(link, 0.0), LINK_WEIGHT["quoted"] if quoted else 0.0)
    if link == "colon" and all(w[:1].isupper() for w in vi_words):
        return 0.0  # "Mỹ Sơn: World Heritage Site": a name and what it is, no glossary line
    if (
        link == "known"
        and en.start < vi.start
        and _COPULA_BEFORE.search(text, max(0, en.start - 8), en.start)
    ):
        # "Foods made from rice flour are generally called bánh", "They are sometimes also called
        # Thô": a word after the copula is the naming cue's adverb; the thing named is the
        # clause's subject, further back, or a pronoun.
        return 0.0
    if link == "known" and en.start < vi.start and _inside_subject(text, en, vi):
        return 0.0
    vi_conf = vi_score(vi_words)
    en_conf = en_score(en_words)
    if labelled and all(w[:1].isupper() for w in en_words):
        # "Lâm Ấp (Vietnamese), or Linyi": the text says which side is Vietnamese; the other, a
        # name, is its rendering whatever language its letters come from.
        en_conf = max(en_conf, 0.5)
    if link in ("dash", "colon") and not quoted and len(en_words) > len(vi_words) + 1:
        return 0.0  # a list line's description ("Chè đậu đen - made from black turtle beans")
    # A rendering is about as long as its term; a quotation may explain a word with a phrase ("chầu
    # ("to have an audience with someone of higher power")"): its marks delimit it.
    excess = 0 if quoted else len(en_words) - 2 * len(vi_words) - 1
    fit = 0.8 ** max(0, excess)
    return (
        weight
        * min(1.0, vi_conf + 0.1)
        * min(1.0, en_conf + 0.2)
        * fit
        * _case_agreement(text, vi, en, quoted or link in ("meaning", "known"))
    )


def _inside_subject(text: str, en: Phrase, vi: Phrase) -> bool:
    """Whether an English side before "is/are called" is the object of a preposition or a
    conjunction's second part inside a longer subject ("Foods made from wheat flour or rice flour
    are generally called bánh", "Bánh wrapped in leaves before steaming are called bánh lá"): the
    thing named is the subject's head, further back."""
    if _COPULA.search(text, en.end, vi.start) is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, en.start - 16), en.start)
    if before is None:
        return False
    word = before.group(1).lower()
    return word in ENGLISH_FUNCTION_WORDS and word not in _DETERMINERS


def _english_letters(en_words: list[str], vi_words: list[str]) -> bool:
    """Whether the English side's words with Vietnamese letters are the Vietnamese side's, kept in
    the rendering ("Trấn Quốc Pagoda" for "Chùa Trấn Quốc"), and some word is not."""
    # "Ông Táo's Return to Heaven" for "Tết Ông Táo": a possessive of the span's word is the word.
    marked = [_POSSESSIVE.sub("", w) for w in en_words if has_vi_letters(w)]
    return not marked or set(marked) <= set(vi_words) and len(marked) < len(en_words)


def _case_agreement(text: str, vi: Phrase, en: Phrase, cued: bool) -> float:
    """1 for two names or two common words, 0 for a name and a common phrase that is not one thing:
    a name and what describes it ("Chùa Thầy (a mountain temple)", "Huế ("the capital")", "Đà Lạt
    (city centre)") unless a meaning cue or a quotation says the phrase renders it ("Bảo Đại (lit.
    "keeper of greatness")"); a common term and a capitalised name mid-sentence ("Visitors love Fish
    Sauce, or nước mắm"). A quoted Vietnamese name is a word named as a word and takes a common
    phrase ('"Đổi Mới" (renovation)'). A sentence's, a line's or a parenthesis's capital says nothing."""
    vi_name = all(w[:1].isupper() for w in vi.words)
    en_caps = [w[:1].isupper() for w in en.words if w.lower() not in _NAME_LINKS]
    en_name = bool(en_caps) and all(en_caps)
    if vi_name == en_name:
        return 1.0
    before = text[: en.start].rstrip(" \t" + QUOTES_OPEN)
    opens = not before or before[-1] in ".!?\n:(|"
    if vi_name:
        first = en.words[0].lower()
        if first in ("a", "an", "the"):
            return 0.0
        if _is_quoted(text, vi):
            # '"Đổi Mới" (renovation)': marks round the term say it is a word named as a word (a
            # policy's, a movement's slogan written in capitals), so a common phrase can render it;
            # a compound is often one English word.
            return 1.0
        if not cued:
            return 0.0
        content = [w for w in en.words if w.lower() not in ENGLISH_FUNCTION_WORDS]
        return 1.0 if len(content) >= len(vi.words) or len(vi.words) == 1 else 0.0
    return 1.0 if opens or cued else 0.0


def _is_quoted(text: str, phrase: Phrase) -> bool:
    return text[phrase.start - 1 : phrase.start] in QUOTES_OPEN and text[phrase.end : phrase.end + 1] in (
        QUOTES_CLOSE + ".,"
    )


def no_rendering(vi: Phrase, en: Phrase, quoted: bool = False, labelled: bool = False) -> bool:
    """An English side that renders nothing: the same letters (a spelling), a language name, a
    function word, a month or weekday, a short form, a name the Vietnamese side does not
    hold (unless the text names the span's language: labelled), a description ("from his
    mother", "made from black beans"; a quotation may open with a function word: "to have an
    audience"), a form in another script; or a person's name and a rank."""
    if respelt(vi.text, en.text):
        return True
    if not_latin(en.text):
        return True  # Han characters, Cyrillic...: another script's form
    words = en.words
    low = [w.lower() for w in words]
    if len(low) == 1 and low[0] in calendar_words():
        return True
    if len(low) == 1 and low[0] in language_names() and not names_a_language(vi.words[0]):
        return True  # "Đồng Việt Nam (Vietnamese)" says the language; "Tiếng Việt, or Vietnamese" renders it
    if all(w in ENGLISH_FUNCTION_WORDS for w in low):
        return True
    if any(len(w) > 1 and w.isupper() for w in words):
        return True  # a short form: the acronym extractor's
    if not labelled and any(w[:1].isupper() and not _explained(w, vi) for w in words):
        # "Đại Việt (Vietnam)", "Central Vietnam (Huế)": a proper name the Vietnamese side does
        # not hold is another name that locates or describes; a rendering translates a name's
        # words into English words and keeps the rest ("Viet Minh General Department").
        return True
    if not quoted and any(w in REMARK_PRONOUNS for w in low):
        return True  # "(description of it stated above)": a remark about the term, no rendering
    if low[0] in ENGLISH_FUNCTION_WORDS and low[0] not in ("a", "an", "the") and not quoted:
        return True  # "(from his mother)": a phrase that describes, no noun phrase
    if (
        len(low) > 1
        and words[0].islower()
        and (low[0].endswith("ed") and low[1] in ENGLISH_FUNCTION_WORDS or low[1] in _DESCRIBING_LINKS)
    ):
        return True  # "(made from black turtle beans)", "(located in ...)": a description
    # "Trần Văn Minh (General)": a person's name and a rank or a title, an English word ("Lâm Ấp
    # (Vietnamese), or Linyi": a name of a family name's shape and another language's name).
    content = [w for w in low if w not in ENGLISH_FUNCTION_WORDS]
    return len(content) == 1 and fold(content[0]) in english_words() and is_person(vi)


def _explained(word: str, vi: Phrase) -> bool:
    """Whether a capitalised English word belongs in a rendering of vi: an English word, a
    language or nationality, or a word of vi itself, perhaps its syllables run together
    ("Vietnam" for "Việt Nam", "Hanoi" for "Hà Nội"). Any other name is another place or person
    that locates or describes ("Central Vietnam (Huế)", "Hoàn Kiếm refers to Hanoi")."""
    if "-" in word.strip("-"):
        return all(_explained(part, vi) for part in word.split("-") if part)
    folded = fold(_POSSESSIVE.sub("", word))
    if folded in english_words() or folded in language_names() or folded in ENGLISH_FUNCTION_WORDS:
        return True
    folded = folded.replace("-", "")
    syllables = [fold(w) for w in vi.words]
    return any(
        "".join(syllables[i : i + n]) == folded for n in (1, 2, 3) for i in range(len(syllables) - n + 1)
    )


def not_latin(text: str) -> bool:
    """Whether text holds a letter of another script than the Latin one (Han characters in
    "word 禪", Cyrillic): no English rendering."""
    # Only the characters outside the Latin blocks are tested, found by one scan in C (most
    # renderings have none); a loop over every character asked twice per gloss pair.
    return any(outside.group().isalpha() for outside in _OUTSIDE_LATIN.finditer(text))


# Characters past Latin Extended-B (U+024F), outside Latin Extended Additional (U+1E00-U+1EFF).
_OUTSIDE_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff]")


def respelt(vi: str, en: str) -> bool:
    """Whether the English side is the Vietnamese side's letters ("Hanoi" for "Hà Nội")."""
    return fold(vi).replace(" ", "") == fold(en).replace(" ", "").replace("-", "")


def is_person(vi: Phrase) -> bool:
    """A person's name: a family name and given names, all capitalised."""
    return (
        len(vi.words) >= 2
        and is_family_name(vi.words[0])
        and all(w[:1].isupper() and is_syllable(w) for w in vi.words)
        and all(may_be_vietnamese(w) for w in vi.words)
    )
