"""A naming verb with an object pronoun: "annexed Ayaru into Dang Trong and he named it Phú Yên",
"conquered the imperial city of Thang- Long in 1408 and renamed it Tống Bình".

The pronoun stands for the object of the verb the "and" coordinates with the naming verb: the
first name after that verb in the clause before the "and" (not the nearest name: "Dang Trong"
above is where Ayaru went, not what was named). The new name is another name of that object.

A definite common noun as the object stands for a name the same way ("Jesuits who called the place
Pulo Cambi", "the French named the town Tourane"): the noun's antecedent (noun_antecedents.py), the
page's place for "the place".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold
from glossary.vietnamese import is_english_word

from . import gazetteer
from .cue_grammar import naming_verb_forms
from .documents import Document
from .former_name_cues import place_subject
from .lazy_patterns import LazyPattern
from .lead import CAP_WORD, PLACE_NOUNS, Lead, lead_names
from .mentions import Mention, literal_hits
from .name_spans import NEXT_NAME, kind_alone, other_name_mention, shared_kind
from .noun_antecedents import kind_of_noun, noun_antecedent
from .phrases import paragraph_bounds

# The naming verb with its object pronoun, right after a coordinating "and" (and an optional
# subject pronoun): "and he named it", "and renamed it", "and they called it".
_CUE = LazyPattern(
    r"(?<![^\W\d_])and[ \t]+(?:(?:he|she|they|it|we)[ \t]+)?(?:re)?(?:named|called|dubbed)[ \t]+(?:it|them)"
    r"[ \t]+(?:as[ \t]+)?"
)
_ANCHORS = ("named it ", "called it ", "dubbed it ", "named them ", "called them ")
# A name whose first word a line break cut at its hyphen ("Thang- Long"): the page's own spelling.
_OBJECT_NAME = rf"{CAP_WORD}(?:-[ \t]+{CAP_WORD})?(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{CAP_WORD})*"
# The clause before the "and": a subject (a name, or "The" and a noun: "The Chinese", "The
# invaders"), a verb (no be-verb: its complement is no object), and its object: a name, or "the
# <noun words> of <name>".
_CLAUSE = LazyPattern(
    rf"(?:(?:The|the)[ \t]+[a-z]+|(?:(?:The|the)[ \t]+)?{CAP_WORD}(?:[ \t]+{CAP_WORD})*)[ \t]+"
    r"(?!(?:is|was|were|are|been|be)[ \t])(?P<verb>[a-z]+)[ \t]+"
    rf"(?:the[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?P<noun>[a-z]+)[ \t]+of[ \t]+)?(?P<object>{_OBJECT_NAME})(?![\w-])"
)
_CLAUSE_REACH = 160


def pronoun_names(doc: Document) -> Iterator[Mention]:
    """The other name a naming verb gives through an object pronoun, as another name of the
    object of the verb coordinated before it; and through a definite noun (noun_object_names)."""
    yield from noun_object_names(doc)
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


# "called the place Pulo Cambi", "named the town Tourane", "renamed the island Côn Sơn": a naming
# verb (cue_grammar's, "rename" with them) and a definite place noun as its object, then the name.
_NOUN_OBJECT = re.compile(
    rf"\b(?:re)?{naming_verb_forms(('call', 'name', 'dub'))}[ \t]+the[ \t]+(?P<noun>[a-z]+)[ \t]+"
    rf"[\"“]?(?P<name>{_OBJECT_NAME})(?![\w-])"
)
_NOUN_OBJECT_ANCHORS = ("called the ", "named the ", "dubbed the ", "call the ", "name the ")
# "the place" stands for the page's place, whatever its head word.
_PLACE_WORDS = frozenset({"place", "site", "area", "land"})


def noun_object_names(doc: Document) -> Iterator[Mention]:
    """ "called the place X": X is another name of the name the noun stands for."""
    text, lower = doc.text, doc.lower
    for hit in literal_hits(lower, _NOUN_OBJECT_ANCHORS):
        word = max(lower.rfind(" ", 0, hit), lower.rfind("\n", 0, hit)) + 1
        found = _NOUN_OBJECT.match(text, word)
        if found is None or found.end("noun") < hit:
            continue
        noun, other = found.group("noun"), found.group("name")
        if is_english_word(other) or noun not in PLACE_NOUNS and noun not in _PLACE_WORDS:
            continue
        if noun in _PLACE_WORDS:
            name = place_subject(text)
        else:
            antecedent = noun_antecedent(text, paragraph_bounds(text, hit)[0], word, noun)
            name = antecedent[0] if antecedent else ""
        if not name or fold(name) == fold(other):
            continue
        at = found.start("name")
        yield other_name_mention(doc, at, found.end("name"), Kind.PLACE, name, other)
