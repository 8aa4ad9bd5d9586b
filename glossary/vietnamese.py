"""Telling Vietnamese from English: letters only Vietnamese writes, the syllable model (text.py),
and real word lists, loaded as data and folded.

A form with a Vietnamese letter (ơ, ư, đ, ấ...) is written in Vietnamese: that is the one test of
which side of an entry a form belongs on (looks_vietnamese). Text without diacritics needs more than
syllable shape, since short English words fit it too ("to", "song", "bin"): a word counts as
Vietnamese evidence when a Vietnamese lexicon attests it (Debian's hunspell-vi dictionary, the
names of Vietnam's provinces and wards) and an English word list (Debian's wamerican) does not, and
as English evidence the other way round. Where a list is not installed, the syllable shape and its
distinctive spellings stand in for it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from glossary.text import fold, is_syllable, parse_syllable

__all__ = [
    "ENGLISH_FUNCTION_WORDS",
    "VI_LETTER",
    "VI_LETTER_CLASS",
    "en_score",
    "has_vi_letters",
    "is_distinctive",
    "is_english_word",
    "is_syllable",
    "looks_vietnamese",
    "may_be_vietnamese",
    "parse_syllable",
    "segment",
    "vi_attested",
    "vi_score",
]

# Where Debian puts the word lists (packages hunspell-vi and wamerican, installed by `make setup`);
# GLOSSARY_VI_DIC and GLOSSARY_EN_WORDS point elsewhere.
VI_DICTIONARY = Path(os.environ.get("GLOSSARY_VI_DIC", "/usr/share/hunspell/vi_VN.dic"))
EN_WORDS = Path(os.environ.get("GLOSSARY_EN_WORDS", "/usr/share/dict/american-english"))

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
# Vietnamese ("Quoc", "nguoi", "Thanh", "khong") when no lexicon says.
_DISTINCTIVE_ONSETS = frozenset({"ng", "ngh", "nh", "kh", "tr", "gi", "qu", "ph"})
_DISTINCTIVE_NUCLEI = frozenset({"uo", "uy", "oa", "oe", "ieu", "uoi", "yeu", "uu", "ye", "ie", "oai", "uye"})
_DISTINCTIVE_CODAS = frozenset({"nh", "ch"})

# The commonest English function words fit the Vietnamese shape ("to", "the", "in", "an"): they are
# English evidence, never Vietnamese. These are English grammar words, not a Vietnamese lexicon.
ENGLISH_FUNCTION_WORDS = frozenset(
    """a an the to in on at of by be is am are was as no not but so do go he me we my up it if or
    and for with from that this than then into onto can may its his her our their them they these
    those you your him she who whom which what when where why how all any some more most such
    own same also only very just over under about after before between during through while
    one two new old big can than that then since although however meanwhile moreover during
    despite following according previously recently together based regarding amid among as while
    both each every many other several there here thus therefore yet still even inside outside
    across along near within without toward towards upon behind beside besides around against
    throughout via per like unlike beyond below above until till out were been being has have had
    did does will would should could might must shall""".split()
)


@lru_cache(maxsize=1)
def vietnamese_lexicon() -> frozenset[str]:
    """Every Vietnamese syllable the lexicons attest, folded: hunspell-vi's dictionary and the
    syllables of the official names of Vietnam's provinces and wards."""
    words: set[str] = set()
    try:
        with VI_DICTIONARY.open(encoding="utf-8") as lines:
            next(lines, None)  # the first line is the entry count
            # The entries folded at once, one a line: fold works letter by letter (its table maps
            # nothing to a letter it maps again, a line break composes with no mark), so the words
            # are those of folding each entry alone, for one call instead of one an entry.
            words.update(fold("\n".join(line.split("/", 1)[0] for line in lines)).split())
    except OSError:
        pass  # not installed: the gazetteer's names and the syllable shape still count
    from vietnam_provinces import Province, Ward  # imported here: only mining needs the tables

    words.update(fold("\n".join(unit.name for unit in (*Province.iter_all(), *Ward.iter_all()))).split())
    return frozenset(w for w in words if w.isalpha() and is_syllable(w))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English common words (the lower-case entries of the word list: proper names are left out,
    they include "Nguyen" and "Hanoi"), folded."""
    try:
        text = EN_WORDS.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(w for w in text.split() if w.isalpha() and w.islower() and w.isascii())


def vi_attested(word: str) -> bool:
    """Whether the Vietnamese lexicon holds this word, diacritics or not."""
    return fold(word) in vietnamese_lexicon()


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """Whether an unmarked word is English: a function word, or a common English word that no
    Vietnamese lexicon attests ("try", "noon"; not "song" or "ban", which are both)."""
    if has_vi_letters(word):
        return False
    low = fold(word)
    if low in ENGLISH_FUNCTION_WORDS:
        return True
    return low in english_words() and low not in vietnamese_lexicon()


@lru_cache(maxsize=65536)
def may_be_vietnamese(word: str) -> bool:
    """Whether a word may be Vietnamese: one syllable's shape, and not an English word."""
    return is_syllable(word) and (has_vi_letters(word) or not is_english_word(word))


def looks_vietnamese(form: str) -> bool:
    """Whether a form is written in Vietnamese (holds a letter only Vietnamese uses): the side of an
    entry it belongs on."""
    return has_vi_letters(form)


# The miner asks this of the same words and short phrases again and again (179,000 times per 10 MB):
# a bounded memo for short strings saves the regex call; long stretches are searched every time.
_SHORT = 32


@lru_cache(maxsize=65536)
def _short_has_vi_letters(text: str) -> bool:
    return VI_LETTER.search(text) is not None


def has_vi_letters(text: str) -> bool:
    """Whether text contains a letter only Vietnamese uses (ơ, ư, đ, ấ...)."""
    if len(text) <= _SHORT:
        return _short_has_vi_letters(text)
    return VI_LETTER.search(text) is not None


@lru_cache(maxsize=65536)
def is_distinctive(word: str) -> bool:
    """Whether a diacritic-less syllable looks more Vietnamese than English."""
    parts = parse_syllable(word)
    if parts is None:
        return False
    onset, nucleus, coda = parts
    return onset in _DISTINCTIVE_ONSETS or nucleus in _DISTINCTIVE_NUCLEI or coda in _DISTINCTIVE_CODAS


@lru_cache(maxsize=65536)
def _evidence(part: str) -> str:
    """What one unmarked, syllable-shaped word says: "vi" (a Vietnamese lexicon attests it and no
    English word list holds it), "en" (the other way round, or a function word), "both", or, when
    neither list knows it, "distinctive" or "plain" by its spelling."""
    low = fold(part)
    if low in ENGLISH_FUNCTION_WORDS:
        return "en"
    vietnamese, english = low in vietnamese_lexicon(), low in english_words()
    if vietnamese and english:
        return "both"
    if vietnamese:
        return "vi"
    if english:
        return "en"
    return "distinctive" if is_distinctive(part) else "plain"


def _parts(words: list[str]) -> list[str]:
    return [
        p for w in words if not w.isdigit() for p in w.replace("’", "-").replace("'", "-").split("-") if p
    ]


def vi_score(words: list[str]) -> float:
    """How Vietnamese a phrase is, in [0, 1]: 0 when any word breaks the syllable shape or is an
    English word.

    Diacritics are the strongest evidence; without them, words the Vietnamese lexicon attests and
    no English list holds ("banh", "huong"), then words both hold ("song", "tan"); English function
    words that happen to fit the shape count against.
    """
    if not [w for w in words if not w.isdigit()]:
        return 0.0
    total = len([w for w in words if not w.isdigit()])
    parts = _parts(words)
    if len(parts) == 1 and len(parts[0]) > 1 and parts[0].isupper() and not has_vi_letters(parts[0]):
        return 0.0  # "VEC": an acronym, whatever its letters spell
    marked = vietnamese = both = plain = 0
    for part in parts:
        if not is_syllable(part):
            return 0.0
        if has_vi_letters(part):
            marked += 1
            continue
        evidence = _evidence(part)
        if evidence == "en":
            if fold(part) not in ENGLISH_FUNCTION_WORDS:
                return 0.0
            plain -= 1
        elif evidence in ("vi", "distinctive"):
            vietnamese += 1
        elif evidence == "both":
            both += 1
        else:
            plain += 1
    if marked:
        return min(1.0, 0.7 + 0.3 * marked / total)
    if plain < 0 and not vietnamese:
        return 0.0
    return min(0.65, 0.25 + 0.4 * vietnamese / total + 0.15 * both / total + 0.05 * max(0, plain) / total)


def en_score(words: list[str]) -> float:
    """How English a phrase is, in [0, 1]: the share of words that are English rather than
    Vietnamese (a word both languages spell counts 0.4)."""
    words = [w for w in words if not w.isdigit()]
    if not words:
        return 0.0
    english = 0.0
    for word in words:
        if has_vi_letters(word):
            continue
        if not is_syllable(word):
            english += 1
            continue
        evidence = _evidence(word)
        if evidence == "en":
            english += 1
        elif evidence in ("both", "plain"):
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
