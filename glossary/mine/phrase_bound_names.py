"""Place names a page writes only as words of a longer Vietnamese phrase.

The name extractor cuts a known place out of whatever Vietnamese words surround it: "Việt Nam" out
of a book title in a reference ("Biếm họa Việt Nam"), an untranslated source line ("tòa đại sứ Hoa
Kỳ tại Việt Nam"), a work named in the text ("Từ điển Bách khoa toàn thư Việt Nam"), "Ha Noi" out of
"bia Ha Noi". Clustering then makes the cut-out form a spelling of the place the page names in
English ("Vietnam", "Hanoi"), a link the page never writes: a name inside another name or a phrase
is no form of its own unless the page also names it on its own (docs/gold-rules.md §2). When every
place the page writes the form it stands next to a lower-case Vietnamese word, the mention is
dropped. A generic word ("sông", "tỉnh") is left to bound_names, which keeps the longer form."""

from __future__ import annotations

from functools import lru_cache

from glossary.model import Kind
from glossary.text import fold, is_syllable
from glossary.vietnamese import english_words, has_vi_letters, vi_attested, vietnamese_lexicon

from .bound_names import bound_at
from .lexicon import ADMIN_UNITS, VI_PLACE_GENERICS
from .mentions import Mention

_GENERICS = frozenset(VI_PLACE_GENERICS) | frozenset(ADMIN_UNITS.values())
# How far a neighbouring word is read: longer than any Vietnamese syllable.
_REACH = 12
# What may stand between a neighbouring word and the space: a bracket, a quotation mark, a stop.
_PUNCTUATION = "()[]{}\"'“”‘’.,;:!?…"


@lru_cache(maxsize=16384)
def _vietnamese_word(word: str) -> bool:
    """A lower-case Vietnamese word that is no generic place word and no English word, not even one
    a Vietnamese lexicon also attests ("day" of "modern-day", "set", "son")."""
    if not word.islower() or word in _GENERICS:
        return False
    if has_vi_letters(word):
        return True
    if word.isascii():  # folded already: the common case (an English word) without folding
        return word not in english_words() and word in vietnamese_lexicon()
    return vi_attested(word) and fold(word) not in english_words()


def _in_phrase(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] has a lower-case Vietnamese word right before or after it
    (the neighbouring words cut by str methods, not a pattern: asked of every bare place a page
    names)."""
    if start >= 2 and text[start - 1] in " \t":
        floor = max(0, start - _REACH)
        words = text[floor : start - 1].rsplit(None, 1)
        # A word cut by the reach ("...national") is no neighbour read whole.
        whole = len(words) > 1 or not floor or not text[floor - 1].isalpha()
        word = words[-1].lstrip(_PUNCTUATION) if words and whole else ""
        if word.isalpha() and _vietnamese_word(word):
            return True
    if text[end : end + 1] in (" ", "\t"):
        ceiling = end + _REACH
        words = text[end + 1 : ceiling].split(None, 1)
        whole = len(words) > 1 or not text[ceiling : ceiling + 1].isalpha()
        word = words[0].rstrip(_PUNCTUATION) if words and whole else ""
        if word.isalpha() and _vietnamese_word(word):
            return True
    return False


def _in_longer_name(text: str, start: int) -> bool:
    """Whether a capitalised Vietnamese syllable with Vietnamese letters stands right before
    text[start] ("Võ Bình Định", "Nhà thờ Đức Bà Sài Gòn"): the name there ends a longer Vietnamese
    name."""
    if start < 2 or text[start - 1] not in " \t":
        return False
    word = text[max(0, start - _REACH) : start - 1].rsplit(None, 1)[-1:]
    # A syllable: French words hold Vietnamese letters too ("Cathédrale Hà Nội", "Café Sài Gòn").
    return bool(word) and word[0][:1].isupper() and has_vi_letters(word[0]) and is_syllable(word[0])


def _after_elision(text: str, start: int) -> bool:
    """Whether a French article's elision is glued to text[start] ("Archidiocèse Métropolitain
    d'Sài Gòn", "l'Annam"): the name there is a word of a French phrase, no form (gold rules §2)."""
    return (
        start >= 2
        and text[start - 1] in "'’"
        and text[start - 2] in "dlDL"
        and (start == 2 or not text[start - 3].isalnum())
    )


def _inside_at(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a word of a Vietnamese phrase, of a longer Vietnamese
    name or of a French phrase."""
    return _in_phrase(text, start, end) or _in_longer_name(text, start) or _after_elision(text, start)


def _only_in_phrases(text: str, form: str) -> bool:
    """Whether every place text writes form as whole words is inside a Vietnamese phrase, at the end
    of a longer Vietnamese name, after a French elision or with a generic or head word
    (bound_names)."""
    at = text.find(form)
    seen = False
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            if not (_inside_at(text, at, end) or bound_at(text, at, end)):
                return False
            seen = True
        at = text.find(form, end)
    return seen


def drop_phrase_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the bare place names the text writes only inside Vietnamese phrases."""
    place = Kind.PLACE
    decided: dict[str, bool] = {}
    for m in mentions:
        if m.kind is not place or m.origin != "name" or m.variants or m.abbr or (m.vi and m.en):
            continue
        form = m.vi or m.en
        if form not in decided:
            # Most names stand alone where they were found: decided there, with no scan of the text.
            decided[form] = _inside_at(text, m.start, m.end) and _only_in_phrases(text, form)
    if not any(decided.values()):
        return mentions
    dropped = {form for form, inside in decided.items() if inside}
    return [
        m
        for m in mentions
        if not (
            m.kind is place
            and m.origin == "name"
            and not m.variants
            and not m.abbr
            and not (m.vi and m.en)
            and (m.vi or m.en) in dropped
        )
    ]


# "the Tây Sơn dynasty", "Emperor of Tây Sơn dynasty": a place's name before a ruling house's noun
# is the house's name (named after its home district), no form of the place there (gold rules §2,
# a name inside another name).
_HOUSE_NOUN = " dynast"


def drop_house_names(text: str, lower: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the bare place names written right before "dynasty" or "dynasties"
    (lower: the text in lower case, as long as it, where the nouns are found in C)."""
    if len(lower) != len(text):
        return mentions  # exotic letters changed the length: positions would not match
    ends = set()
    at = lower.find(_HOUSE_NOUN)
    while at >= 0:
        ends.add(at)
        at = lower.find(_HOUSE_NOUN, at + len(_HOUSE_NOUN))
    if not ends:
        return mentions
    place = Kind.PLACE
    return [
        m
        for m in mentions
        if not (m.end in ends and m.kind is place and m.origin == "name" and not m.variants)
    ]
