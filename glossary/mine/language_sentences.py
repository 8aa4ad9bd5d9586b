"""Whether a sentence's glossed word is another language's: a sentence that opens by naming a
language other than Vietnamese ("In Nùng language, ...") glosses that language's words, which are no
Vietnamese terms (docs/gold-rules.md §10.13)."""

from __future__ import annotations

from .lazy_patterns import LazyPattern
from .lexicon import language_names

# A sentence opening with the language its words are in: "In Nùng language,", "In the Bahnar
# language,", "In Khmer,".
_LANGUAGE_OPENING = LazyPattern(
    r"[ \t]*In[ \t]+(?:the[ \t]+)?(?P<lang>[^\W\d_]+)(?P<noun>[ \t]+language)?[ \t]*,"
)
VIETNAMESE_NAMES = frozenset(("vietnamese", "annamese", "sino-vietnamese", "english"))


def another_language_sentence(text: str, at: int, floor: int) -> bool:
    """Whether the sentence holding text[at] opens by naming a language other than Vietnamese
    ("In Nùng language, "Dền" means money", "In the Bahnar language, kon means "village""): the
    word glossed is that language's, no Vietnamese term (gold rules §10.13)."""
    stop = text.rfind(". ", floor, at)
    start = max(floor, stop + 2 if stop >= 0 else floor, text.rfind("\n", floor, at) + 1)
    opening = _LANGUAGE_OPENING.match(text, start)
    if opening is None or opening.end() > at:
        return False
    lang = opening.group("lang")
    if lang.lower() in VIETNAMESE_NAMES or not lang[:1].isupper():
        return False
    return bool(opening.group("noun")) or lang.lower() in language_names()
