"""How sure a Vietnamese side written without diacritics is: the tests the dash, appositive,
naming-cue and "or" readers share.
"""

from __future__ import annotations

from glossary.vietnamese import has_vi_letters, vi_score

from .phrases import Phrase, is_en, is_vi


def lone_vi_word(vi: Phrase) -> bool:
    """A Vietnamese side without diacritics is sure with two words or more, or one lower-case word
    the Vietnamese lexicon attests and no English list has ("the beef soup called pho"); a
    capitalised one may be anyone's name ("a man called Tam")."""
    return len(vi.words) >= 2 or vi.text.islower() and vi_score(vi.words) >= 0.65


def plain_vi(vi: Phrase) -> bool:
    """A Vietnamese side written without diacritics that is still sure: two or more words, every
    one attested by the Vietnamese lexicon and by no English list ("pho bo", "banh xeo")."""
    return len(vi.words) >= 2 and vi_score(vi.words) >= 0.65


def sure_vi(vi: Phrase) -> bool:
    return has_vi_letters(vi.text) and is_vi(vi) or vi_score(vi.words) >= 0.5 and not is_en(vi)
