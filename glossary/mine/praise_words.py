"""A rendering's opening word of praise or taste ("a rich, thick crab soup", "a pungent
shrimp-based sauce called mắm tôm"): it describes the dish, it does not name it, so the labels cut it."""

from __future__ import annotations

# Words that say how a dish tastes or how good it is, never part of its name ("savory beef soup",
# "sweet potato" name things and stay: their word is not here).
_PRAISE = frozenset({"rich", "pungent", "delicious", "tasty", "hearty", "fragrant"})


def without_praise(en: str) -> str:
    """en without an opening praise word, when at least two words stay; else en unchanged."""
    first, _, rest = en.partition(" ")
    if first.rstrip(",").lower() not in _PRAISE or rest.count(" ") < 1:
        return en
    return rest
