"""Nationality words on an English side and the Vietnamese syllables that name the same nation:
whether the English says more than the Vietnamese term it renders ("Vietnamese folk poems (ca
dao)": the term does not say "Vietnamese")."""

from __future__ import annotations

from .mentions import fold
from .phrases import Phrase

# The syllables a Vietnamese term names a nation with (folded), by the English nationality word:
# "người Việt" holds what "the Vietnamese people" says, "ca dao" does not hold "Vietnamese".
NATION_SYLLABLES = {
    "vietnamese": frozenset(("viet", "vietnam")),
    "chinese": frozenset(("hoa", "han", "trung", "tau")),
    "french": frozenset(("phap", "tay")),
    "japanese": frozenset(("nhat",)),
    "thai": frozenset(("thai",)),
    "lao": frozenset(("lao",)),
    "khmer": frozenset(("khmer", "mien", "kho")),
    "cham": frozenset(("cham", "chiem")),
    "korean": frozenset(("han", "trieu")),
}


def unrendered_nationality(words: list[str], vi: Phrase) -> bool:
    """Whether an English side before a parenthesis opens with a nationality that describes what
    the sentence is about and that the Vietnamese term does not say ("the rich treasure of Vietnamese
    folk poems (ca dao)", "the ancient Chinese Emperor Shun (Thuấn)"): the term renders the rest. A
    nationality and one noun stay together: that is the thing's English name ("Vietnamese balm
    (kinh giới)"); a term naming the nation keeps it ("Vietnamese units of measurement (hệ đo
    lường Việt Nam)")."""
    if len(words) < 3:
        return False
    nation = NATION_SYLLABLES.get(words[0].lower())
    if nation is None:
        return False
    # "Hán-Việt" names the nation by its second syllable; "Vietnam" runs two together.
    return not any(part in nation for w in vi.words for part in (fold(w), *fold(w).split("-")))
