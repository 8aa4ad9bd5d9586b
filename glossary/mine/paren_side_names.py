"""Sides of a parenthesis that are names in Vietnamese letters: a respelling of the labelled form
without its marks (a pair), a named place said to lie in another and a person's name saying who
a kinsman is (no pair)."""

from __future__ import annotations

import re

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word

from .generic_meaning import opening_generic
from .lexicon import is_family_name
from .mentions import WORD, fold
from .phrases import Phrase


def respelling_before(text: str, end: int, vi: Phrase, floor: int) -> Phrase | None:
    """ "Cha ca La Vong (Chả cá Lã Vọng in Vietnamese)", "The dong (Vietnamese: đồng)": the words
    just before the parenthesis are its labelled Vietnamese form written without the marks. The
    language label ties the two, so they are a pair (gold rules, the clarifications' point 7), as
    "Hue (Huế)" is; neither is English in words, which is what the English side is asked for, and
    a name of syllables in lower and upper case ("Cha ca La Vong") is no capitalised name."""
    if not has_vi_letters(vi.text):
        return None
    n = len(vi.words)
    found = list(WORD.finditer(text, max(floor, end - 12 * n - 20), end))[-n:]
    if len(found) < n or text[found[-1].end() : end].strip():
        return None
    start = found[0].start()
    written = text[start : found[-1].end()]
    if has_vi_letters(written) or fold(written) != fold(vi.text) or " ".join(written.split()) != written:
        return None
    return Phrase(written, start, found[-1].end())


def headed_other_name(side: Phrase, other: Phrase) -> bool:
    """ "Trấn Ninh (Quảng Bình Province)", "the Vàng Danh mine (Uông Bí)": one side a name written
    with Vietnamese marks and one English head word, the other a capitalised Vietnamese name that
    shares none of its words: two places, one saying where the other is. A rendering carries no
    other Vietnamese name: it carries the one it renders ("Tây Sơn dynasty (Tây Sơn triều)") or
    none ("Hau River province"). The gazetteer cannot tell: its units are after the 2025 reform
    (Quảng Bình is a commune there)."""
    words = side.words[1:] if side.words and side.words[0] in ("the", "The") else side.words
    if len(words) < 2 or not has_vi_letters(side.text) or not has_vi_letters(other.text):
        return False
    head, name = words[-1], words[:-1]
    if has_vi_letters(head) or head.lower() in ENGLISH_FUNCTION_WORDS or not is_english_word(head.lower()):
        return False
    if not all(w[:1].isupper() for w in name) or not any(has_vi_letters(w) for w in name):
        return False
    if not all(w[:1].isupper() for w in other.words) or opening_generic(other.text):
        # "Kỳ Cùng River or Bằng Giang River (Sông Kỳ Cùng or ...)": a name opening with a place
        # generic ("sông") may be the other alternative's rendering.
        return False
    # "Yên Bái mutiny (Bạo-động Yên-bái)": a hyphen joins the syllables of one spelling.
    theirs = {fold(p) for w in other.words for p in w.split("-")}
    return not any(fold(p) in theirs for w in name for p in w.split("-"))


# A possessive before a noun: the noun is someone's kinsman, a person the parenthesis names.
_POSSESSIVE_BEFORE = re.compile(r"(?<![^\W\d_])(?:his|her|their)[ \t]+$", re.IGNORECASE)


def says_who(text: str, vi: Phrase, en: Phrase) -> bool:
    """ "his older brother (Nguyễn Uông) died", "his wife (Trần Thị Phúc)'s pregnancy": a person's
    name in the parenthesis says who the kinsman the English words name is; it renders none of
    them ("passed the doctoral examination (Thái Học Sinh)" is a pair; blind29)."""
    words = vi.words
    if not words or not is_family_name(words[0]) or not all(w[:1].isupper() for w in words):
        return False
    return en.text.islower() and _POSSESSIVE_BEFORE.search(text, max(0, en.start - 8), en.start) is not None
