"""A gloss pair whose English side is a person's title and a name ("Hoài Văn hầu (Marquis Hoài
Văn)", "Trần Hồ công (Duke Hu of Chen)", "President Ho Chi Minh (Chủ tịch Hồ-Chí-Minh)"): the
English keeps the name and renders only the rank, so the pair names the person, not a term."""

from __future__ import annotations

import re

from glossary.vietnamese import is_english_word

from .names.words import head_kind

# Ranks and forms of address that stand before a person's name. Not the offices that also head a
# body's name ("General Staff", "Secretary of State"): those need a name word after them, below.
_RANKS = frozenset(
    """lady lord emperor empress king queen prince princess duke marquis count earl baron president
    general sir madam venerable""".split()
)


def names_titled_person(vi: str, en: str) -> bool:
    """Whether en is a rank and a personal name ("Marquis Hoài Văn"), and vi a capitalised name:
    not a title of a place ("Prince of Pacification"), not a thing's name with a head word
    ("Emperor Peak", "President Ho Chi Minh Mausoleum"), not English words ("General Staff")."""
    words = en.split()
    if len(words) < 2 or words[0].lower() not in _RANKS or not vi[:1].isupper():
        return False
    if words[0][:1].islower():
        # "Ông Gióng (sir Gióng)": an honorific written in lower case renders the Vietnamese one
        # word by word, the name carried over; the pair is a term beside the person's entry.
        return False
    name = [w for w in words[1:] if w not in ("of", "the")]
    if words[1] in ("of", "the") or not all(w[:1].isupper() for w in name):
        return False
    return head_kind(en) is None and not all(is_english_word(w) for w in name)


# The flag of a pair whose English rank names a line of rulers, not one person.
LINE_TITLE = "title:line"


def titles_a_line(text: str, en: str, lower: str | None = None) -> bool:
    """Whether the text writes the English side's rank in the plural after its name ("King Hùng"
    and "the Hùng Kings"): the title is a line's (eighteen kings held it), so the pair renders a
    title, a term, not one person's name."""
    words = en.split()
    if len(words) < 2 or words[0].lower() not in _RANKS:
        return False
    plural = " ".join(words[1:]) + " " + words[0].lower() + "s"
    # A literal scan of the page in lower case first (lower, the document's, when the caller has
    # it): the case-blind pattern below costs a pass over the whole page for every titled pair.
    if plural.lower() not in (text.lower() if lower is None else lower):
        return False
    return re.search(rf"(?<![^\W\d_]){re.escape(plural)}(?![^\W\d_])", text, re.IGNORECASE) is not None
