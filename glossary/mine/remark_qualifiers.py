"""Parentheses that qualify a word or a name instead of rendering it: a dictionary's usage label
("nác (no diphthongization)", "tụy đạo (attested with this spelling)", "(colloquial)") and a
disambiguation page's qualifier ("Kim (given name)", "Kim (surname)"). Gold-rules §1: a rendering
says what the Vietnamese means; these say how or where it is used.
"""

from __future__ import annotations

from .lexicon import language_names

# A qualifier on its own, folded: a disambiguation page's and a dictionary's usage labels.
_QUALIFIERS = frozenset(
    (
        *("given name", "surname", "family name", "disambiguation", "formal use", "informal use"),
        *"colloquial informal formal dated obsolete archaic rare slang dialectal regional".split(),
        *"literary figurative pejorative honorific humble uncommon vulgar".split(),
    )
)
# The words that open a remark on the form rather than a rendering ("no diphthongization", "not
# Thai of Thailand", "attested with this spelling").
_REMARK_OPENINGS = ("no ", "not ", "attested ")
# The last words of the qualifiers: one test in C before any other.
_LAST_WORDS = tuple(sorted({q.rpartition(" ")[2] for q in _QUALIFIERS}))


def qualifies_only(en: str) -> bool:
    """Whether an English side in lower case is a usage label or a disambiguation qualifier, the
    latter also after a nationality ("Kim (Korean surname)")."""
    if not en.endswith(_LAST_WORDS) and not en.startswith(_REMARK_OPENINGS):
        return False
    if en[:1].isupper():
        first, _, rest = en.partition(" ")
        return rest in _QUALIFIERS and first.lower() in language_names()
    return en in _QUALIFIERS or en.startswith(_REMARK_OPENINGS)
