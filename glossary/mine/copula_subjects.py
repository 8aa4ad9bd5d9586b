"""The subject of a copula sentence whose predicate a naming or meaning participle follows: "Bún
mắm is a Vietnamese vermicelli soup made from fermented fish called mắm, sometimes called
"Vietnamese gumbo."" names Bún mắm, the copula's subject, since the predicate is the subject
(known_as_pairs.py reads the cue).
"""

from __future__ import annotations

from glossary.vietnamese import has_vi_letters

from .lazy_patterns import LazyPattern
from .phrases import Phrase, back_over, is_vi, vi_run_back

# A sentence that opens with its subject, a copula (perhaps "classified as" and the like, an
# adverb before it) and an indefinite predicate noun phrase running to the comma before the cue,
# with no clause stop in it (its own appositions may have commas: "is a Vietnamese cuisine,
# Vietnamese vermicelli soup made from ..."); the subject may stand in quotation marks or italics.
_COPULA_SENTENCE = LazyPattern(
    r"[ \t]+(?:is|are|was|were)(?:[ \t]+[a-z]+ly)?"
    r"(?:[ \t]+(?:classified|considered|regarded|described|counted)[ \t]+as)?"
    r"[ \t]+an?[ \t]+[^;:.()\n\"“”]+$"
)
_QUOTE_MARKS = "'\"“”‘’"
_COPULA_REACH = 160


def _copula_before(text: str, end: int) -> tuple[int, int] | None:
    """Where the sentence whose copula predicate runs to end starts (after its quotation marks),
    and where its subject ends."""
    low = max(0, end - _COPULA_REACH)
    start = low
    for stop in (". ", "\n"):
        at = text.rfind(stop, low, end)
        if at >= 0:
            start = max(start, at + len(stop))
    copula = _COPULA_SENTENCE.search(text, start, end)
    if copula is None:
        return None
    while start < copula.start() and text[start] in _QUOTE_MARKS:
        start += 1
    return start, back_over(text, copula.start(), _QUOTE_MARKS)


def copula_subject(text: str, comma: int) -> Phrase | None:
    """The Vietnamese subject of the sentence whose predicate "is a ..." runs to comma: the
    naming participle after the comma names the predicate, which is the subject."""
    found = _copula_before(text, comma)
    if found is None:
        return None
    start, subject_end = found
    vi = vi_run_back(text, subject_end, start)
    if vi is None or vi.start != start or not has_vi_letters(vi.text) or not is_vi(vi):
        return None
    return vi
