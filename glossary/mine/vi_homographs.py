"""Vietnamese syllables that are also English words ("an", "do", "to", "me") inside a run of
Vietnamese: read as Vietnamese when Vietnamese words stand on both sides of them, or a Vietnamese
word before them and the parenthesis that glosses the run after them."""

from __future__ import annotations

from glossary.vietnamese import has_vi_letters, is_syllable

from .mentions import last_word


def homograph_between_vi(text: str, start: int, stop: int, floor: int, after: tuple[int, int] | None) -> bool:
    """Whether the lower-case word text[start:stop], a syllable that is also an English word, sits
    between two words with Vietnamese letters, joined to each by one space or a syllable hyphen
    ("Cuộc trị-an của", "bình an của"): inside one Vietnamese phrase, where English prose does not
    put its article; or after one such word, right before a parenthesis ("a tò he (edible toy
    figurines)", after None: the word ends the run)."""
    if after is None and text[stop : stop + 2] != " (":
        return False  # "a tò he (edible toy figurines)": the run's last word, right before its gloss
    word = text[start:stop]
    if not word.islower() or not is_syllable(word):
        return False
    if after is not None and (
        text[stop : after[0]] not in (" ", "-") or not has_vi_letters(text[after[0] : after[1]])
    ):
        return False
    joint = start - 1 if start > floor and text[start - 1] == "-" else start
    before = last_word(text, max(floor, joint - 20), joint)
    if before is None or text[before[1] : start] not in (" ", "-"):
        return False
    previous = text[before[0] : before[1]]
    return has_vi_letters(previous) and is_syllable(previous)
