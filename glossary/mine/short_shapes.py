"""Short forms whose letters are not the long form's initials in order: reordered ("ADAFC"), a
Vietnamese place written as one word giving its syllables' initials ("EVN"), a name's head words
("N.A."), chunks of words ("AmCham", "Vinalines"), the initials of the Vietnamese name ("MTTQ"), and a
name clipped to some of its words ("Việt Minh").
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .lexicon import ORG_HEADS
from .mentions import fold
from .short_forms import NAME_BEFORE, best_long_form, plausible, spelt_letters, word_initials

# Short forms with fewer capitals than is_short_form asks: "AmCham" (capitalised chunks), "Vinalines"
# (a brand: one capital, then small letters).
CAMEL = re.compile(r"^(?:[A-Z][a-z]{1,5}){2,4}$")
BRAND = re.compile(r"^[A-Z][a-z]{4,14}$")
# Letters that may open a Vietnamese syllable (a short form of a Vietnamese name uses them).
_VI_INITIALS = frozenset("ABCDĐEGHIKLMNOPQRSTUVXY")


def reordered(short: str, candidate: str) -> str | None:
    """The shortest tail of candidate whose capitalised words' initials are the short form's letters
    in another order: "Air Force-Air Defence Command" for "ADAFC"; a Vietnamese place written as
    one word gives each of its syllables' initials ("Vietnam Electricity" for "EVN", Việt Nam)."""
    letters = sorted(fold(spelt_letters(short)).upper())
    words = candidate.split()
    plain: list[str] = []
    spelt: list[str] = []
    for n in range(1, min(len(words), len(letters) + 3) + 1):
        word = words[-n]
        if n > 1 and word.endswith(",") and words[1 - n][:1].islower():
            return None  # "the Government of Vietnam, led by its Communist Party (CPV)": a clause
        plain.extend(word_initials([word]))
        if not word[:1].isupper():
            spelt.extend(word_initials([word]))
            continue
        spelt.extend(_syllable_initials(word))
        if sorted(fold("".join(plain)).upper()) == letters or (
            len(spelt) > len(plain) and sorted(fold("".join(spelt)).upper()) == letters
        ):
            return " ".join(words[-n:])
    return None


@lru_cache(maxsize=4096)
def _syllable_initials(word: str) -> tuple[str, ...]:
    """A capitalised word's initials, a Vietnamese place's name written as one word ("Vietnam",
    "Hanoi") giving those of its syllables as the gazetteer writes them (Việt Nam, Hà Nội)."""
    if "-" not in word:
        for place in gazetteer.lookup(word):
            syllables = place.vi.split()
            if len(syllables) > 1 and fold("".join(syllables)) == fold(word):
                return tuple(s[0] for s in syllables)
    return tuple(word_initials([word]))


def head_initials(short: str, candidate: str) -> str | None:
    """A name whose first words' initials are the short form, then what it belongs to: "National
    Assembly of the Socialist Republic of Vietnam (N.A.)"."""
    words: list[str] = []
    for word in reversed(candidate.split()):
        if not (word[:1].isupper() or word in ("of", "the", "and", "for")):
            break
        words.insert(0, word)
    while words and (not words[0][:1].isupper() or words[0].lower() in ("the", "a", "an")):
        words.pop(0)
    letters = spelt_letters(short).upper()
    n = len(letters)
    if len(words) > n + 1 and words[n] == "of" and "".join(w[0] for w in words[:n]).upper() == letters:
        return " ".join(words)
    return None


def chunked(short: str, candidate: str) -> str | None:
    """A short form made of the beginnings of the long form's words, in order: "AmCham" (American
    Chamber), "Vinalines" (Vietnam National ... Lines). Each chunk (a capitalised piece, or for a
    brand two or more letters) starts a word; the first starts the long form's first word."""
    words = candidate.split()
    target = short.lower()
    for n in range(2, min(len(words), 8) + 1):
        tail = words[-n:]
        if not tail[0][:1].isupper() or tail[0][0].lower() != target[0]:
            continue
        if _spells(
            target, [w.lower() for w in tail], 0, 0, chunks=0, initials=[w[:1].isupper() for w in tail]
        ):
            return " ".join(tail)
    return None


def _spells(target: str, words: list[str], at: int, word: int, chunks: int, initials: list[bool]) -> bool:
    """Whether target[at:] is made of prefixes (two letters or more, or a whole word, or the
    initial of a capitalised word: "Comecon", Council for Mutual Economic ...) of words[word:], in
    order, words skipped allowed, the first used word being words[word]."""
    if at == len(target):
        return chunks >= 2
    for w in range(word, len(words)):
        if chunks == 0 and w > 0:
            return False  # the first chunk starts the long form
        prefix = 0
        while (
            prefix < len(words[w]) and at + prefix < len(target) and words[w][prefix] == target[at + prefix]
        ):
            prefix += 1
        for k in range(prefix, 0, -1):
            if (k >= 2 or k == len(words[w]) or initials[w]) and _spells(
                target, words, at + k, w + 1, chunks + 1, initials
            ):
                return True
    return False


def vietnamese_initials(short: str, candidate: str) -> str | None:
    """An English organisation name ending with its head word before the initials of its
    Vietnamese name ("Vietnam Fatherland Front (MTTQ)", Mặt trận Tổ quốc): accepted when every
    letter may open a Vietnamese syllable."""
    if not short.isupper() or not 3 <= len(short) <= 6 or not set(short) <= _VI_INITIALS:
        return None
    match = NAME_BEFORE.search(candidate)
    if match is None:
        return None
    words = match.group(1).split()
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)  # "The Vietnam Fatherland Front (MTTQ)" opening a sentence
    if len(words) < 2 or fold(words[-1]) not in ORG_HEADS:
        return None
    return " ".join(words)


def words_run_together(short: str, long_form: str) -> bool:
    """Whether short is the first words of long_form written as one ("Halong" for "Ha Long Bay"):
    another spelling of the name, not a short form."""
    joined = ""
    for word in fold(long_form).split():
        joined += word
        if joined == fold(short):
            return True
        if not fold(short).startswith(joined):
            return False
    return False


def clipped_name(short: str, long_form: str) -> str | None:
    """The short form a cue defines when it is the long form clipped to some of its words, in order,
    the first kept ("Việt Minh" for "Việt Nam Độc Lập Đồng Minh Hội"); an organisation's head word
    after them that the long form lacks names what it is ("the Việt Minh Front") and is dropped.
    None when the words are not so."""
    words = short.split()
    longs = [fold(w) for w in long_form.split()]
    while len(words) > 2 and fold(words[-1]) in ORG_HEADS and fold(words[-1]) not in longs:
        words.pop()
    if len(words) < 2 or len(words) >= len(longs) or fold(words[0]) != longs[0]:
        return None
    at = 1
    for word in words[1:]:
        key = fold(word)
        while at < len(longs) and longs[at] != key:
            at += 1
        if at == len(longs):
            return None
        at += 1
    return " ".join(words)


def country_letter_left_out(short: str, candidate: str) -> str | None:
    """The long form of a short form holding a letter for the country that its long form leaves
    unwritten, "V" for Vietnam, first or second ("USAID's Forests and Deltas (VFD)", "the European
    Union FTA (EV-FTA)"): the shortest tail of candidate spelling the other letters in order
    (Schwartz–Hearst), each an initial or a letter of a word in capitals, and no word opening with
    "V" (else the "V" is spelt there); None otherwise."""
    letters = spelt_letters(short)
    at = letters.find("V", 0, 2)
    rest = letters[:at] + letters[at + 1 :] if at >= 0 else ""
    if len(rest) < 2 or not rest.isupper() or "V" in rest:
        return None
    words = candidate.split()[-min(len(rest) + 5, len(rest) * 2) :]
    long_form = best_long_form(rest, " ".join(words))
    if long_form is None or not plausible(rest, long_form) or len(long_form.split()) < 2:
        return None
    if any(w[:1] in "Vv" for w in long_form.split()):
        return None  # a word opens with "V": the letter is spelt, a reading the others make
    previous = words[-len(long_form.split()) - 1 : -len(long_form.split())]
    if previous and previous[0][:1].isupper() and not previous[0].endswith(("'s", "’s")):
        return None  # the tail of a longer name ("Tuoi Tre News (VTN)"): its own letters left out
    capitals = iter(_capitals_of(long_form))
    if not all(letter in capitals for letter in rest):
        return None  # a letter from inside a word ("Da Nang City (VNA)", a dateline): no name's
    return long_form


def _capitals_of(name: str) -> str:
    """The letters a name gives its short form as capitals: each capitalised word's initial, every
    letter of a word in capitals ("European Union FTA": "EUFTA")."""
    return "".join(w if w.isupper() else w[0] for w in name.split() if w[:1].isupper())
