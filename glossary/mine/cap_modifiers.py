"""Capitalised words that modify an English side's lower-case head noun: "the Yên Bái mutiny",
"…, Ming aralia (đinh lăng)". A name used as a modifier is part of the rendering when a bound stands
right before it (an article, a list's comma, the start of a clause), so it cannot be the end of the
clause before."""

from __future__ import annotations

import re

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word, is_syllable

# At most this many capitalised words modify one head ("Ho Chi Minh City residents").
_MAX_MODIFIER_WORDS = 4
_ARTICLES = frozenset({"the", "a", "an"})
# What may stand before the modifier when no article does: a list's comma, a clause's semicolon or
# colon, an opening bracket or quote.
_BOUND_MARKS = (",", ";", ":", "(", "[", "“", '"')
_CAP_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*")


def modifier_words(tokens: list[re.Match[str]], k: int, stretch: str) -> int:
    """How many capitalised words, tokens[k] and those before it, modify the lower-case phrase
    after them, or 0: each a capitalised word, no English function word ("In", "The"), and an
    article or a bound mark before the first."""
    first = k
    while first >= 0 and k - first < _MAX_MODIFIER_WORDS:
        word = tokens[first].group()
        if not word[:1].isupper() or not _CAP_WORD.fullmatch(word) or word.lower() in ENGLISH_FUNCTION_WORDS:
            break
        first -= 1
    first += 1
    if first > k:
        return 0
    if first > 0:
        # Only a bound counts: a lower-case word before ("planted Ming aralia") makes the
        # capitalised words the object's, or another clause's end.
        return k - first + 1 if _bounds_phrase(tokens[first - 1].group()) else 0
    before = stretch[: tokens[0].start()].rstrip()
    # Nothing before: the sentence's opening word, which en_phrase_back weighs itself (an English
    # word or a nationality compound opens the side; "Zhuang-style houses" does not).
    return k + 1 if before.endswith(_BOUND_MARKS) else 0


# Coordinators join two noun phrases as a list's comma does: what follows opens the second ("The
# Chams, or Champa people (…)").
_COORDINATORS = frozenset({"or", "and"})


def _bounds_phrase(word: str) -> bool:
    """Whether a lower-case word right before capitalised words opens the noun phrase they start:
    an article, a coordinator, or an adverb made of an English adjective and "-ly" ("officially
    Yên Báy general uprising"), which modifies a verb or the clause, never a noun."""
    low = word.lower()
    if low in _ARTICLES or low in _COORDINATORS:
        return True
    return len(low) > 5 and low.endswith("ly") and is_english_word(low) and is_english_word(low[:-2])


def name_modifies_english_head(words: list[str]) -> bool:
    """ "Yên Bái mutiny": a capitalised Vietnamese name (syllables only), then lower-case English
    content words that are no Vietnamese syllables, the last the head noun, is English, whatever
    letters the name has."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].islower():
        return False
    tail = [w for w in words if w[:1].islower()]
    if words[-len(tail) :] != tail:
        return False  # a lower-case word inside the name: a Vietnamese phrase
    if not all(is_syllable(w) for w in words[: -len(tail)]):
        return False  # "Đồng Tháp Province pronunciation": an English name already, a label after
    # "Việt Minh for short": a function word makes the tail a phrase about the name, not its head.
    return all(is_english_word(w) and not is_syllable(w) and w not in ENGLISH_FUNCTION_WORDS for w in tail)


def name_inside_english_phrase(words: list[str]) -> bool:
    return bool(name_inside_english(words))


def name_inside_english(words: list[str]) -> list[str]:
    """ "Story of the Vân Cát goddess", "Board of Trustees of the House of Nguyễn Phúc": a
    capitalised Vietnamese name as the object of an English "of" is English when the words before it
    are English and open with a capitalised content word that is no Vietnamese syllable (the head),
    and any words after it are lower-case English content words ("goddess"). A lower-case marked word
    ("Hội An phố") keeps the phrase Vietnamese; a name after a verb or a title ("changed to Sào
    Nam", "prince Nguyễn Phúc Cảnh", "name Hồ Thị Hoa") is no object of "of"."""
    marked = [k for k, w in enumerate(words) if has_vi_letters(w)]
    if not marked:
        return []
    start, end = marked[0], marked[-1] + 1
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    while end < len(words) and words[end][:1].isupper():
        end += 1
    if not all(w[:1].isupper() for w in words[start:end]):
        return []  # a lower-case word inside the name: a Vietnamese phrase
    before, after = words[:start], words[end:]
    if before[:1] in (["the"], ["The"]):
        before = before[1:]
    if len(before) < 2 or before[-1] not in _OF_ENDS and before[-2:] != ["of", "the"]:
        return []
    head = before[0]
    # The head is capitalised, a title's or a body's ("Board of", "Story of"): a lower-case "town of
    # Hội An" is left out, as it would join the misread "Town Hội An" of "Old Town Hội An" (blind22).
    if not head[:1].isupper() or not _english_content(head.lower()):
        return []
    if not all(is_english_word(w.lower()) and not has_vi_letters(w) for w in before):
        return []
    return words[start:end] if all(w[:1].islower() and _english_content(w) for w in after) else []


_OF_ENDS = frozenset({"of"})


def _english_content(word: str) -> bool:
    return is_english_word(word) and not is_syllable(word) and word not in ENGLISH_FUNCTION_WORDS
