"""Matching keys that tell when two surface forms name one concept.

Forms match across diacritics and tone style ("Tô Lâm" / "To Lam"), i or y after "qu" ("Qui Nhơn" /
"Quy Nhơn"), spacing ("Vietnam" / "Viet Nam"), British and American spelling ("Organisation" /
"Organization") and English word order around generic words ("Thăng Long Imperial Citadel" /
"Imperial Citadel of Thang Long").
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.text import fold, is_syllable

from .lexicon import ADMIN_UNITS, NATURAL_HEADS, VI_PLACE_GENERICS

# British -> American endings, applied to folded words; enough for the spellings news prose varies on.
_SPELLING = [
    (re.compile(r"isation"), "ization"),
    (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"yse(d|s)?$"), r"yze\1"),
    (re.compile(r"our(s|ed|ing|able)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"lled$"), "led"),
    (re.compile(r"mme$"), "m"),
]
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_FILLERS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "s"})


@lru_cache(maxsize=65536)
def _american(word: str) -> str:
    if len(word) < 5:
        return word
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word


def _singular(word: str) -> str:
    """ "surprises" -> "surprise", "cities" -> "city": "Cave of Surprises" = "Surprise Cave"."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def singular(word: str) -> str:
    """A word's singular, as the keys read it ("associations" -> "association")."""
    return _singular(word)


# The old spelling of a syllable with i after "qu", folded: "Qui Nhơn" is "Quy Nhơn", "quít" is
# "quýt" (the two spell one sound; the reform of the 1980s made y the rule).
_QU_I = re.compile(r"\bqui(nh|t)?\b")


def qu_y(folded: str) -> str:
    """A folded text with the old spelling of "qu" + i written with y ("qui nhon" -> "quy nhon")."""
    return _QU_I.sub(r"quy\1", folded) if "qui" in folded else folded


def _words(form: str, singular: bool = False) -> list[str]:
    text = _NON_WORD.sub(" ", qu_y(fold(form)).replace("'s ", " ").replace("’s ", " "))
    return [_american(_singular(w) if singular else w) for w in text.split()]


@lru_cache(maxsize=65536)
def exact_key(form: str) -> str:
    """Folded, American-spelt, without spaces or punctuation: "Viet Nam" = "Vietnam"."""
    return "".join(_words(form))


@lru_cache(maxsize=65536)
def order_key(form: str) -> str:
    """exact_key regardless of word order, number and filler words; "" for forms under two
    content words."""
    # A multiset: "thành phố trực thuộc thành phố trung ương" is not "thành phố trực thuộc trung ương".
    content = sorted(w for w in _words(form, singular=True) if w not in _FILLERS)
    if len(content) < 2 or len(content) == 2 and all(_bare_syllable(w) for w in content):
        # A two-syllable Vietnamese name read backwards is another name: "Vinh Tra" (Vĩnh Trà) is
        # not "Trà Vinh", "Nam Sơn" not "Sơn Nam". English word order moves only around a generic or
        # head word ("Imperial Citadel of Thang Long"), which two bare syllables have none of.
        return ""
    return " ".join(content)


# Head words that may stand before or after a name in either language's order ("Bay of Ha Long",
# "Ha Long Bay"), folded: a run of syllables holding one is reordered.
_HEADS = frozenset(fold(w) for w in (*NATURAL_HEADS, *ADMIN_UNITS, *VI_PLACE_GENERICS.values()))


@lru_cache(maxsize=65536)
def _bare_syllable(word: str) -> bool:
    """Whether a folded word is a Vietnamese syllable and no head word ("vinh", not "bay")."""
    return word not in _HEADS and is_syllable(word)


# The generics, folded, longest first, so "làng chài" is tried before "làng"; with every
# administrative unit's word ("Huyện Tây Sơn" = "Tây Sơn district", "Thị xã Quảng Trị" = "Quảng Trị
# Town"), as "tỉnh" and "xã" are.
_UNIT_GENERICS = {vi: en for en, vi in ADMIN_UNITS.items() if vi not in VI_PLACE_GENERICS}
_VI_GENERICS = sorted({**VI_PLACE_GENERICS, **_UNIT_GENERICS}.items(), key=lambda item: -len(item[0]))
_EN_HEADS = {head for _, head in _VI_GENERICS}


def _split_generic(form: str) -> tuple[str, str]:
    """(English head, proper part) of a place form with a generic word, or ("", "")."""
    low = form.lower()
    for generic, head in _VI_GENERICS:
        if low.startswith(generic + " "):
            return head, form[len(generic) + 1 :]
    words = form.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]).lower() in _EN_HEADS:
            return " ".join(words[-n:]).lower(), " ".join(words[:-n])
    return "", ""


@lru_cache(maxsize=65536)
def generic_key(form: str) -> str:
    """A place name's proper part with the English head of its generic word, matching across the
    two languages' orders: "Hang Sửng Sốt" = "Sung Sot Cave", "đặc khu Vân Đồn" = "Van Don special
    zone". "" unless the form is a generic word and a capitalised name."""
    head, rest = _split_generic(form)
    if not rest or not all(w[0].isupper() for w in rest.split()):
        return ""
    return f"^{head}:{exact_key(rest)}"


@lru_cache(maxsize=65536)
def keys(form: str) -> frozenset[str]:
    """The keys a form is matched under."""
    out = {"=" + exact_key(form)}
    bag = order_key(form)
    if bag:
        out.add("~" + bag)
    return frozenset(out - {"=", "~"})
