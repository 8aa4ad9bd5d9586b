"""A place name's meaning that renders only the proper part after its generic word.

"Hòn Lao (Pearl)", "Hòn Dài (long)": the English renders "Lao" and "Dài", not the islet the generic
word "Hòn" names; gold-rules §1 makes a gloss that explains only part of the Vietnamese a pair for
that part. A rendering of the whole name keeps the generic's English head ("Thành Nam (Southern
Citadel)", "Hồ Ba Bể (Ba Be Lake)"), and an English side that is no English words ("Thị trấn Óc Eo
(Óc Eo)") is the name's own spelling with its unit left out, not a meaning.
"""

from __future__ import annotations

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, english_words

from .gloss_side import Phrase, is_title_case
from .lexicon import NATURAL_HEADS, PLACE_HEADS, VI_PLACE_GENERICS
from .mentions import fold
from .names.words import head_of

# The generics by their first word, longest first ("bãi biển" before a shorter key that opens it):
# one dictionary look-up per pair, most of whose Vietnamese sides open with no generic.
_GENERICS: dict[str, list[str]] = {}
for _generic in sorted(VI_PLACE_GENERICS, key=len, reverse=True):
    _GENERICS.setdefault(_generic.split()[0], []).append(_generic)
_HEADS = frozenset(fold(w) for w in (*NATURAL_HEADS, *PLACE_HEADS, *VI_PLACE_GENERICS.values()))


def opening_generic(text: str) -> str | None:
    """The place generic a capitalised name opens with ("hòn" for "Hòn Lao"), if any, lower-case."""
    candidates = _GENERICS.get(text.split(" ", 1)[0].lower())
    if candidates is None:
        return None
    lowered = text.lower()
    return next((g for g in candidates if lowered.startswith(g + " ")), None)


def specific_part(vi: Phrase, english: str) -> Phrase | None:
    """The Vietnamese side without its opening place generic when the English renders only the
    proper part after it; None when the pair stays as it is."""
    text = vi.text
    if not text[:1].isupper():
        return None  # "hòn đá (stone)": a common noun phrase, rendered whole
    generic = opening_generic(text)
    if generic is None:
        return None
    rest = text[len(generic) + 1 :].lstrip()
    if not rest[:1].isupper():
        return None  # "Hòn đảo" and such: the generic's own compound
    words = [fold(w) for w in english.replace("-", " ").split()]
    if not words or any(w.rstrip("s") in _HEADS or w in _HEADS or head_of(w) for w in words):
        return None  # "Southern Citadel", "Grilled Fish Lane": the whole name rendered
    if is_title_case(english.split()):
        return None  # "Phố Chả Cá or Grilled Fish Lane": a name of several capitalised words, whole
    syllables = {fold(w) for w in vi.words}
    if any(w in syllables for w in words):
        return None  # "Thành Phố Cần Thơ (Cần Thơ municipality)": the name kept, no meaning
    known = english_words()
    if not all(w in known or w in ENGLISH_FUNCTION_WORDS for w in words):
        return None  # "Óc Eo": the name's spelling, no meaning
    start = vi.end - len(rest)
    return Phrase(rest, start, vi.end)
