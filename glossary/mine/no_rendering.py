"""Pairs whose English side renders nothing: a short form in capitals, a pronunciation, another
script, a description opening with a preposition, a remark, Vietnamese written plain.
"""

from __future__ import annotations

import re

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, english_words, is_syllable

from .gloss_evidence import REMARK_PRONOUNS, not_latin, respelt
from .latin_names import latin_name
from .lexicon import language_names
from .mentions import Mention, fold
from .paren_sides import names_two_places
from .remark_qualifiers import qualifies_only
from .role_remarks import identifies_a_ruler


def no_rendering(mention: Mention) -> bool:
    """A pair whose English side renders nothing: a short form in capitals ("... or GHPGVNTN"; not
    in a text in capitals: "LỐI RA | EXIT"), a pronunciation ("(pronounced ...)"), a form in
    another script, a description opening with a preposition ("as the anthem of ..."). The same letters
    without diacritics ("Huế (Hue)") stay a pair: gold-rules count a name's English spelling as its
    rendering."""
    if not mention.vi or not mention.en:
        return False
    en = mention.en
    if en.isupper() and " " not in en and len(en) >= 2 and not mention.vi.isupper():
        return True
    if not_latin(en):
        return True  # "word 禪": another script's form, no English
    if en.split(" ", 1)[0] in _DESCRIBING_PREPOSITIONS:
        return True  # "as the anthem of ...": what the term serves as, no rendering of it
    if en[:1].islower() and any(w in REMARK_PRONOUNS for w in en.split()):
        return True  # "(description of it stated above)": a remark about the term
    if _no_english_word(mention.vi, en):
        return True  # "canh chua is called lẩu canh chua": two Vietnamese forms
    if identifies_a_ruler(mention.vi, en):
        return True  # "Bảo Đại (Last)", "The emperor (Duy Tân)": who the person is, no rendering
    if qualifies_only(en):
        return True  # "Kim (given name)", "nác (no diphthongization)": a qualifier, no rendering
    if latin_name(en):
        return True  # "ngò gai (Limnophila aromatica)": a species' Latin name, no English
    if en[:1].isupper() and names_two_places(mention.vi, en):
        return True  # "Gành Rái Bay (East Sea)": the sea a bay opens on, another place
    return en.lower().startswith(("pronounced ", "pronunciation"))


_LETTERS = re.compile(r"[^\W\d_]+")


def _no_english_word(vi: str, en: str) -> bool:
    """Whether the English side is Vietnamese written plain: every word a Vietnamese syllable that
    is no English word, a language or a nationality ("canh chua is called lẩu canh chua"), and not
    the Vietnamese side's letters ("Huế (Hue)", "Sài Gòn (Saigon)" stay pairs)."""
    words = _LETTERS.findall(en)
    if not words or respelt(vi, en):
        return False
    known = english_words()
    for word in words:
        folded = fold(word)
        if folded in known or folded in language_names() or folded in ENGLISH_FUNCTION_WORDS:
            return False
        if not is_syllable(word):
            return False  # "duckweed", "Jiaozhi": English or another language's name
    return True


# Prepositions that open a description of a term's use or place, never its rendering (in lower
# case: "For the people ..." opens a rendered motto).
_DESCRIBING_PREPOSITIONS = frozenset("as from in on at by with under of into since".split())
