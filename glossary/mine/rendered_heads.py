"""Two names of one place with one head word, where the second renders the first's Vietnamese
words in English: "Vua Peak (or Emperor Peak)" is a gloss pair (gold rules §10.8), while "Chu River
(or the Nam Sam River)" is two names."""

from __future__ import annotations

from glossary.text import fold, is_syllable
from glossary.vietnamese import is_english_word


def renders_specific(name: str, other: str) -> bool:
    """Whether other is name with its own words (all Vietnamese syllables, none an English word)
    rendered in English words (none a Vietnamese syllable), the words both hold (the head) kept."""
    shared = set(fold(name).split()) & set(fold(other).split())
    if not shared:
        return False
    own = [w for w in name.split() if fold(w) not in shared]
    rendered = [w for w in other.split() if fold(w) not in shared]
    return (
        bool(own)
        and bool(rendered)
        and all(is_syllable(w) and not is_english_word(w) for w in own)
        and all(is_english_word(w) and not is_syllable(w) for w in rendered)
    )
