"""A naming verb with an object pronoun: "annexed Ayaru into Dang Trong and he named it Phú Yên",
"conquered the imperial city of Thang- Long in 1408 and renamed it Tống Bình".

The pronoun stands for the object of the verb the "and" coordinates with the naming verb: the
first name after that verb in the clause before the "and" (not the nearest name: "Dang Trong"
above is where Ayaru went, not what was named). The new name is another name of that object.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold
from glossary.vietnamese import is_english_word

from . import gazetteer
from .documents import Document
from .lead import CAP_WORD, Lead, lead_names
from .mentions import Mention, literal_hits
from .name_spans import NEXT_NAME, kind_alone, other_name_mention, shared_kind
from .noun_antecedents import kind_of_noun

# The naming verb with its object pronoun, right after a coordinating "and" (and an optional
# subject pronoun): "and he named it", "and renamed it", "and they called it".
_CUE = re.compile(
    r"(?<![^\W\d_])and[ \t]+(?:(?:he|she|they|it|we)[ \t]+)?(?:re)?(?:named|called|dubbed)[ \t]+(?:it|them)"
    r"[ \t]+(?:as[ \t]+)?"
)
_ANCHORS = ("named it ", "called it ", "dubbed it ", "named them ", "called them ")
# A name whose first word a line break cut at its hyphen ("Thang- Long"): the page's own spelling.
_OBJECT_NAME = rf"{CAP_WORD}(?:-[ \t]+{CAP_WORD})?(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{CAP_WORD})*"
# The clause before the "and": a subject (a name, or "The" and a noun: "The Chinese", "The
# invaders"), a verb (no be-verb: its complement is no object), and its object: a name, or "the
# <noun words> of <name>".
_CLAUSE = re.compile(
    rf"(?:(?:The|the)[ \t]+[a-z]+|(?:(?:The|the)[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD})*)[ \t]+"
    r"(?!(?:is|was|were|are|been|be)[ \t])(?P<verb>[a-z]+)[ \t]+"
    rf"(?:the[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?P<noun>[a-z]+)[ \t]+of[ \t]+)?(?P<object>{_OBJECT_NAME})(?![\w-])"
)
_CLAUSE_REACH = 160


def pronoun_names(doc: Document) -> Iterator[Mention]:
    """The other name a naming verb gives through an object pronoun, as another name of the
    object of the verb coordinated before it."""
    text, lower = doc.text, doc.lower
    hits = literal_hits(lower, _ANCHORS)
    if not hits:
        return
    lead: Lead | None = None
    lead_read = False
    for hit in hits:
        near = _CUE.finditer(text, max(0, hit - 24), hit + 24)
        cue = next((c for c in near if c.start() <= hit < c.end()), None)
        if cue is None:
            continue
        named = NEXT_NAME.match(text, cue.end())
        if named is None or is_english_word(named.group(1)):
            continue
        found = _object_before(text, cue.start())
        if found is None:
            continue
        name, start, noun = found
        other = named.group(1)
        if fold(name) == fold(other):
            continue
        if not lead_read:
            lead, lead_read = lead_names(text), True
        kind = kind_of_noun(noun) if noun else _kind(name, other, lead)
        if kind is not None:
            yield other_name_mention(doc, start, named.end(1), kind, name, other)


def _object_before(text: str, and_at: int) -> tuple[str, int, str] | None:
    """The object of the clause ending at and_at: the clause opens after the sentence's last stop,
    comma or earlier "and" before it."""
    low = max(0, and_at - _CLAUSE_REACH)
    floor = low
    for stop in (". ", "\n", ", ", " and "):
        at = text.rfind(stop, low, and_at)
        if at >= 0:
            floor = max(floor, at + len(stop))
    clause = _CLAUSE.match(text, floor, and_at)
    if clause is None:
        return None
    return clause.group("object"), clause.start("object"), clause.group("noun") or ""


def _kind(name: str, other: str, lead: Lead | None) -> Kind | None:
    """The kind both names share by their heads, else the one's head, else the page's subject's
    kind when one of them is the subject, else a place the gazetteers know."""
    kind = shared_kind(name, other) or kind_alone(name, other) or kind_alone(other, name)
    if kind is not None:
        return kind
    if lead is not None and lead.kind and fold(lead.subject) in (fold(name), fold(other)):
        return Kind.ORGANISATION if lead.kind == "org" else Kind.PLACE
    if gazetteer.is_place(name) or gazetteer.is_place(other):
        return Kind.PLACE
    return None
