"""A syllable-structure model of Vietnamese: tells Vietnamese words from English ones, diacritics or not.

A Vietnamese syllable is (onset) + nucleus + (coda) from small closed inventories; most English
words break that shape ("national", "script", "Renewal"), most Vietnamese words fit it even when
written without diacritics ("Quoc ngu", "doi moi"). No word list of Vietnamese is involved.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from glossary.text import fold

# Onsets, longest first so the regex takes "ngh" before "ng" before "n".
_ONSETS = "ngh ng nh ch gh gi kh ph qu th tr b c d g h k l m n p r s t v x".split()
# Nuclei as written without diacritics (ê, ô, ơ, ư, â, ă fold onto e, o, u, a): vowels and the
# vowel-plus-glide rhymes that cannot take a final consonant are told apart below.
_OPEN_NUCLEI = frozenset(
    "ai ao au ay eo eu ia iu oi ua ui uu oai oay oeo ieu yeu uoi uou uya uyu uay ay ua".split()
)
_CLOSABLE_NUCLEI = frozenset("a e i o u y oa oe ie uo uy ye ua ue uye oo".split())
_CODAS = "ng nh ch c m n p t k".split()
# k as a coda only appears in official names from minority languages (Đắk Lắk, Lắk): kept so
# those gazetteer names still parse.

_SYLLABLE = re.compile(
    "(?P<onset>" + "|".join(_ONSETS) + ")?(?P<nucleus>[aeiouy]{1,3})(?P<coda>" + "|".join(_CODAS) + ")?"
)

# English onsets and vowel patterns that Vietnamese never has; these words are English even when
# they happen to fit the regex above ("ce" in "centre" is caught by the onset rule).
_FRONT = frozenset("ie")

# Letters that only Vietnamese writes (precomposed, after NFC): the tone-marked vowels, ă â ê ô ơ ư, đ.
_VI_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}


def _is_vi_letter(char: str) -> bool:
    if char in "đĐ":
        return True
    decomposed = unicodedata.normalize("NFD", char)
    return len(decomposed) > 1 and decomposed[0].isascii() and all(m in _VI_MARKS for m in decomposed[1:])


_VI_LETTERS = "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isalpha() and _is_vi_letter(chr(c)))
# One regex over a whole text finds Vietnamese letters far faster than a per-character loop.
VI_LETTER = re.compile(f"[{_VI_LETTERS}]")
VI_LETTER_CLASS = _VI_LETTERS

# Features Vietnamese spells often and English rarely: they make a diacritic-less word more likely
# Vietnamese ("Quoc", "nguoi", "Thanh", "khong").
_DISTINCTIVE_ONSETS = frozenset({"ng", "ngh", "nh", "kh", "tr", "gi", "qu", "ph"})
_DISTINCTIVE_NUCLEI = frozenset({"uo", "uy", "oa", "oe", "ieu", "uoi", "yeu", "uu", "ye", "ie", "oai", "uye"})
_DISTINCTIVE_CODAS = frozenset({"nh", "ch"})

# The commonest English function words fit the Vietnamese shape ("to", "the", "in", "an"): they are
# English evidence, never Vietnamese. These are English words, not a Vietnamese lexicon.
ENGLISH_FUNCTION_WORDS = frozenset(
    """a an the to in on at of by be is am are was as no not but so do go he me we my up it if or
    and for with from that this than then into onto can may its his her our their them they these
    those you your him she who whom which what when where why how all any some more most such
    own same also only very just over under about after before between during through while
    one two new old big can than that then since although however meanwhile moreover during
    despite following according previously recently together based regarding amid among as while
    both each every many other several there here thus therefore yet still even""".split()
)


@lru_cache(maxsize=65536)
def parse_syllable(word: str) -> tuple[str, str, str] | None:
    """Split a word into (onset, nucleus, coda) as a Vietnamese syllable, or None if it is not one."""
    base = fold(word)
    if not base or not base.isascii() or not base.isalpha():
        return None
    match = _SYLLABLE.fullmatch(base)
    if match is None:
        # "gi" is an onset only before a vowel; "gìn", "gì" are g + i(n).
        if base.startswith("gi"):
            match = _SYLLABLE.fullmatch("g" + base[2:]) if len(base) > 2 else None
            if match is None and base in ("gi",):
                return ("g", "i", "")
        if match is None:
            return None
    onset, nucleus, coda = match.group("onset") or "", match.group("nucleus"), match.group("coda") or ""
    if onset == "qu" and not nucleus:
        return None
    if coda and nucleus not in _CLOSABLE_NUCLEI:
        return None
    if not coda and nucleus not in _CLOSABLE_NUCLEI and nucleus not in _OPEN_NUCLEI:
        return None
    # Spelling rules: k, gh, ngh only before front vowels; c, g, ng never before them.
    front = nucleus[0] in _FRONT or nucleus[0] == "y"
    if onset in ("k", "gh", "ngh") and not front:
        return None
    if onset in ("c", "ng", "g") and nucleus[0] in _FRONT and not (onset == "g" and base.startswith("gi")):
        return None
    if coda in ("ch", "nh") and nucleus[-1] not in "aeiy":
        return None
    if coda == "k" and onset == "" and nucleus == "a":
        return None
    return onset, nucleus, coda


def is_syllable(word: str) -> bool:
    """Whether word has the shape of one Vietnamese syllable (diacritics optional)."""
    return parse_syllable(word) is not None


def has_vi_letters(text: str) -> bool:
    """Whether text contains a letter only Vietnamese uses (ơ, ư, đ, ấ...)."""
    return VI_LETTER.search(text) is not None


def is_distinctive(word: str) -> bool:
    """Whether a diacritic-less syllable looks more Vietnamese than English."""
    parts = parse_syllable(word)
    if parts is None:
        return False
    onset, nucleus, coda = parts
    return onset in _DISTINCTIVE_ONSETS or nucleus in _DISTINCTIVE_NUCLEI or coda in _DISTINCTIVE_CODAS


def vi_score(words: list[str]) -> float:
    """How Vietnamese a phrase is, in [0, 1]: 0 when any word breaks the syllable shape.

    Diacritics are the strongest evidence; without them, distinctive spellings count; English
    function words that happen to fit the shape count for nothing.
    """
    words = [w for w in words if not w.isdigit()]
    if not words:
        return 0.0
    marked = distinctive = plain = 0
    for word in words:
        for part in word.replace("’", "-").replace("'", "-").split("-"):
            if not part:
                continue
            if not is_syllable(part):
                return 0.0
            if has_vi_letters(part):
                marked += 1
            elif fold(part) in ENGLISH_FUNCTION_WORDS:
                plain -= 1
            elif is_distinctive(part):
                distinctive += 1
            else:
                plain += 1
    total = len(words)
    if marked:
        return min(1.0, 0.7 + 0.3 * marked / total)
    if plain < 0 and not distinctive:
        return 0.0
    return min(0.65, 0.25 + 0.4 * distinctive / total + 0.05 * max(0, plain) / total)


def en_score(words: list[str]) -> float:
    """How English a phrase is, in [0, 1]: the share of words that are not Vietnamese syllables."""
    words = [w for w in words if not w.isdigit()]
    if not words:
        return 0.0
    english = 0.0
    for word in words:
        if has_vi_letters(word):
            continue
        if not is_syllable(word) or fold(word) in ENGLISH_FUNCTION_WORDS:
            english += 1
        elif not is_distinctive(word):
            english += 0.4
    return english / len(words)


def segment(run: str) -> list[str] | None:
    """Split a run of letters written without spaces ("khongmotminh") into Vietnamese syllables.

    Prefers the fewest syllables; None when no split into valid syllables exists.
    """
    text = fold(run)
    if not text.isascii() or not text.isalpha() or len(text) > 60:
        return None
    n = len(text)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 7), end):
            prev = best[start]
            if prev is None:
                continue
            piece = text[start:end]
            if is_syllable(piece) and (best[end] is None or len(prev) + 1 < len(best[end])):
                best[end] = [*prev, piece]
    return best[n]
