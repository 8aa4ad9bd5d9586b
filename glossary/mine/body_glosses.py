"""Whether a gloss's English side is the proper name of a body ("Liberal Publishing House",
"Ministry of Defence", "Self-Strengthening Literary Group"), so the pair names an organisation,
not a term."""

from __future__ import annotations

from .lexicon import ADMIN_UNITS, CONNECTORS, ORG_HEADS

# Two-word heads whose last word alone is no organisation head ("house").
_COMPOUND_HEADS = frozenset({"publishing house"})
# A dynasty a text glosses stays a term (gold rules §9.14); a party or army alone is no name.
_NOT_BODY_HEADS = frozenset({"dynasty"})
# A body named by its level only is a kind of body, one in every province ("Provincial Committee
# of the Party"): the adjectives of the administrative units.
_LEVEL_WORDS = frozenset({"provincial", "municipal", "communal"}) | frozenset(ADMIN_UNITS)


def names_a_body(en: str) -> bool:
    """Whether en is a capitalised name of two or more words whose head (the last word, or the
    word before "of") is an organisation head, and which does not open with a level word."""
    name = en.split(" of ", 1)[0]
    words = name.split()
    if not words or len(en.split()) < 2:
        return False
    if not all(w[:1].isupper() or w.lower() in CONNECTORS for w in en.split()):
        return False
    if words[0].lower() in _LEVEL_WORDS:
        return False
    head = words[-1].lower()
    if head in _NOT_BODY_HEADS:
        return False
    return head in ORG_HEADS or " ".join(words[-2:]).lower() in _COMPOUND_HEADS
