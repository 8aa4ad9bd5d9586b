"""A ruler's title glossed after the family name it was taken with: "self-proclaimed Mai Hắc Đế
(梅黑帝, The Black Emperor or The Swarthy Emperor)" renders "Hắc Đế", the title, and not "Mai", the
rebel's family name; the pair is the title's (gold rules §10.15: a self-given title is a term beside
the person), while "Mai Hắc Đế, (Mai the Black Emperor)" renders the whole name and stays whole.
"""

from __future__ import annotations

from .gloss_side import Phrase
from .lexicon import is_family_name
from .mentions import fold

# The last syllable of a ruler's title (帝, 王) and the English words that render it.
_RULER_SYLLABLES = frozenset(("đế", "vương"))
_RULER_WORDS = frozenset(("emperor", "king"))


def title_part(vi: Phrase, english: str) -> Phrase | None:
    """The Vietnamese side without its opening family name when it ends with a ruler's title, the
    English renders that title and does not write the family name; None when the pair stays."""
    words = vi.text.split()
    if len(words) < 3 or words[-1].lower() not in _RULER_SYLLABLES or not is_family_name(words[0]):
        return None
    rendered = {fold(w) for w in english.split()}
    if fold(words[0]) in rendered or not rendered & _RULER_WORDS:
        return None
    rest = vi.text[len(words[0]) :].lstrip()
    return Phrase(rest, vi.end - len(rest), vi.end)
