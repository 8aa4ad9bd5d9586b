"""A common noun standing for a name ("the city", "the temple"): the name it stands for (the last
of its kind in the paragraph, else the page's subject), and the other names and short forms the
text gives through it ("the province was called Phước Tuy", "the army (QĐND)")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from glossary.model import Kind, VariantType
from glossary.text import fold, is_syllable
from glossary.vietnamese import is_english_word

from . import gazetteer
from .documents import Document
from .lazy_patterns import LazyPattern
from .lead import lead_names
from .lexicon import ADMIN_UNITS, ORG_HEADS, PLACE_HEADS, VI_PLACE_GENERICS
from .mentions import Mention, mention_at, phrase_hits
from .name_spans import (
    DASHED_NAME,
    NAME,
    NEXT_NAME,
    kind_alone,
    mention_side,
    names_listed,
    other_name_mention,
    shared_kind,
    trimmed_name,
)
from .phrases import paragraph_bounds

# "the province was called Phước Tuy", "The city was formerly called Thaeng", "to rename the bank
# State Bank of Vietnam": a generic noun standing for a name given earlier in the paragraph.
_BACK_CUE = re.compile(
    r"\b(?:the|its|this|that)\s+(?P<noun>[a-z]+)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    # "the corporation was restructured into a company and renamed X": another verb before "and"
    r"(?:[a-z]+ed\b[^.;:,()\n]{0,60}?\s+and\s+)?"
    r"(?:(?:formerly|previously|once|originally|later|then|also|commonly|often|popularly|variously)\s+)?"
    r"(?P<verb>called|named|renamed|nicknamed|known\s+as|(?:converted|transformed|reorgani[sz]ed)\s+into)"
    r"(?:\s+as)?\s+"
    r"|\brenam(?:e|ed|ing)\s+the\s+(?P<object>[a-z]+)\s+(?:(?:to|as|into)\s+)?",
    re.IGNORECASE,
)
# Nouns that stand for one another's kind of thing: "the temple" for a pagoda, "the company" for a
# corporation, "the force" for an army.
_NOUN_FAMILIES = (
    frozenset("temple pagoda shrine monastery".split()),
    frozenset("army military force forces".split()),
    frozenset("university college school institute academy".split()),
    frozenset("company corporation group firm enterprise conglomerate".split()),
    frozenset("city town capital municipality".split()),
    frozenset("mountain peak mount".split()),
    frozenset("market bazaar".split()),
)
_FAMILY_OF = {noun: family for family in _NOUN_FAMILIES for noun in family}
_ANTECEDENT = re.compile(rf"({DASHED_NAME})")
_VI_GENERIC_OF = {head: vi for vi, head in VI_PLACE_GENERICS.items()}


# The nouns that stand for a gazetteer unit.
_GAZETTEER_UNITS = {"city": "thành phố", "province": "tỉnh", "country": "country"}


def _names_noun(text: str, name: str, end: int, noun: str) -> bool:
    """Whether the name ending at text[end] is one of noun's kind: a word of it ("National Bank
    of Vietnam" for "bank"), written before it ("Bà Rịa province") or after its Vietnamese
    generic ("Thành phố Điện Biên Phủ" for "city"), or described as one ("Điện Biên Phủ (...) is
    a city")."""
    words = {w.lower() for w in name.split()}
    if noun in words or words & _FAMILY_OF.get(noun, frozenset()):
        return True
    generic = _VI_GENERIC_OF.get(noun)
    if generic and name.lower().startswith(generic + " "):
        return True
    after = text[end : end + 160]
    if re.match(rf"[ \t]+{noun}\b", after, re.IGNORECASE):
        return True
    copula = (
        r"[ \t]*(?:\([^()\n]*\))?[ \t]*,?[ \t]*(?:is|was|has[ \t]+been)[ \t]+"
        rf"(?:(?:formerly|once|now)[ \t]+)?(?:an?|the)[ \t]+(?:[A-Za-z-]+[ \t]+){{0,2}}{noun}\b"
    )
    return re.match(copula, after) is not None


def _describes(name: str, text: str, end: int, noun: str) -> bool:
    """Whether a one-word name only describes the noun after it ("a Buddhist temple", "the French
    army"): an adjective of belief or origin, not the thing's name."""
    return (
        " " not in name
        and name[-3:] in ("ist", "ese", "ian", "ish", "can", "nch")
        and not is_syllable(name)
        and re.match(rf"[ \t]+{noun}\b", text[end : end + 40], re.IGNORECASE) is not None
    )


def _subject_of_noun(text: str, noun: str, before: int) -> tuple[str, int] | None:
    """The page's subject (lead.py) when the noun stands for its kind of thing: a word of its name
    or of the same family ("the temple" for "Trấn Quốc Pagoda")."""
    lead = lead_names(text)
    if lead is None or lead.start >= before:
        return None
    words = {w.lower() for w in lead.subject.split()}
    family = _FAMILY_OF.get(noun, frozenset())
    if noun in words or words & family or lead.noun == noun or lead.noun in family:
        return lead.subject, lead.start
    return None


# "the army (QĐND)", "the university (HUST)": a short form given after a noun standing for a name.
_SHORT_PAREN = re.compile(r"\((?=[A-ZĐ][A-ZĐ0-9&.-]{1,9}\))")
_NOUN_BEFORE = re.compile(r"\b(?:the|its|this)[ \t]+(?P<noun>[a-z]+)[ \t]*$", re.IGNORECASE)


def noun_short_forms(doc: Document) -> Iterator[Mention]:
    """A short form in parentheses after a noun standing for a name the paragraph (or the page's
    lead) gave, as an abbreviation of that name."""
    text = doc.text
    for paren in _SHORT_PAREN.finditer(text):
        noun = _NOUN_BEFORE.search(text, max(0, paren.start() - 30), paren.start())
        kind = _kind_of_noun(noun.group("noun").lower()) if noun else None
        if noun is None or kind is None:
            continue
        end = text.index(")", paren.end())
        short = text[paren.end() : end]
        floor, _ = paragraph_bounds(text, noun.start())
        antecedent = _antecedent(text, floor, noun.start(), noun.group("noun").lower()) or _subject_of_noun(
            text, noun.group("noun").lower(), noun.start()
        )
        if antecedent is None or sum(c.isupper() for c in short) < 2:
            continue
        name, start = antecedent
        yield mention_at(
            doc,
            start,
            end + 1,
            kind=kind,
            variants=[(short, VariantType.ABBREVIATION)],
            confidence=0.7,
            origin="name",
            **mention_side(name),
        )


# "Hủa Xi Pan ("the tottering giant rock")—the name that the locals called the mountain", "Tourane,
# the name the French gave the city": a name, then an apposition saying whose name it was.
_NAME_THEY_CALLED = LazyPattern(
    r"[ \t]*[—–,-][ \t]*the[ \t]+name[ \t]+(?:that[ \t]+|which[ \t]+)?(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+){1,2}"
    r"(?:called|gave|used[ \t]+for|knew)[ \t]+(?:the[ \t]+(?P<noun>[a-z]+)|(?P<it>it))\b"
)
_NAME_AND_ASIDE_BEFORE = LazyPattern(rf"({NAME})[ \t]*(?:\([^()\n]{{1,60}}\))?$")


def _name_they_called(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At "the name " (hit): the name before the apposition, as another name of the subject the
    noun (or "it") stands for, when the kinds agree."""
    start = max(text.rfind("—", max(0, hit - 4), hit), text.rfind(",", max(0, hit - 4), hit))
    cue = _NAME_THEY_CALLED.match(text, start) if start >= 0 else None
    if cue is None:
        return None
    before = _NAME_AND_ASIDE_BEFORE.search(text, max(0, start - 120), start)
    if before is None:
        return None
    other = before.group(1)
    noun = cue.group("noun")
    lead = lead_names(text)
    if noun is not None:
        owner = _subject_of_noun(text, noun, start)
    else:
        owner = (lead.subject, lead.start) if lead is not None else None
    if owner is None or fold(owner[0]) == fold(other) or is_english_word(other):
        return None
    name = owner[0]
    kind = shared_kind(name, other) or kind_alone(name, other) or kind_alone(other, name)
    if kind is None and lead is not None and fold(lead.subject) == fold(name) and lead.kind:
        kind = Kind.ORGANISATION if lead.kind == "org" else Kind.PLACE
    return (kind, (name, owner[1], cue.end()), other) if kind else None


def kind_of_noun(noun: str) -> Kind | None:
    """The kind of thing a common noun standing for a name names ("the city": a place), or None."""
    return _kind_of_noun(noun)


def noun_antecedent(text: str, floor: int, cue: int, noun: str) -> tuple[str, int] | None:
    """The name a noun before cue stands for ("the city"): the last name of its kind since floor,
    else the page's subject when the page calls it by that noun; with where it starts."""
    return _antecedent(text, floor, cue, noun) or _subject_of_noun(text, noun, cue)


def _kind_of_noun(noun: str) -> Kind | None:
    if noun in PLACE_HEADS or noun in ADMIN_UNITS or noun in _VI_GENERIC_OF:
        return Kind.PLACE
    if noun in ORG_HEADS:
        return Kind.ORGANISATION
    return None


def _antecedent(text: str, floor: int, cue: int, noun: str) -> tuple[str, int] | None:
    """The last name of noun's kind between floor and cue; failing that, the last city, province
    or country the gazetteers know ("Hanoi ..., when the city was known as Thăng Long")."""
    known = None
    unit = _GAZETTEER_UNITS.get(noun)
    # Read from the cue back: the last name of noun's kind is the first met, and the tests below
    # read only the text, so the names before it need not be asked about (_antecedent_forward in
    # the tests is the reading from the front).
    for match in reversed(list(_ANTECEDENT.finditer(text, floor, cue))):
        name, start = trimmed_name(match.group(1), match.start(1))
        if not name or is_english_word(name) or _describes(name, text, match.end(1), noun):
            continue
        if _only_in_parentheses(text, name, start, floor):
            continue
        if _names_noun(text, name, match.end(1), noun):
            return name, start
        if known is None and unit and any(p.unit == unit for p in gazetteer.lookup(name)):
            known = (name, start)
    return known


def _inside_parenthesis(text: str, start: int, floor: int) -> bool:
    """Whether start lies inside a parenthesis opened since floor and not yet closed."""
    opened = text.rfind("(", floor, start)
    return opened >= 0 and text.find(")", opened, start) < 0


def _only_in_parentheses(text: str, name: str, start: int, floor: int) -> bool:
    """Whether a name the noun might stand for is written only inside a parenthesis: a gloss side
    or an aside ("flows into the sea at Cua Tung (Tung River mouth). In the mountains, the river is
    named ..."), which a later "the river" does not take up; the paragraph's own names do. A name
    the page also writes outside parentheses before it counts."""
    if not _inside_parenthesis(text, start, floor):
        return False
    at = text.find(name, 0, start)
    while at >= 0:
        if not _inside_parenthesis(text, at, paragraph_bounds(text, at)[0]):
            return False
        at = text.find(name, at + 1, start)
    return True


def noun_other_names(doc: Document, hits: list[int]) -> Iterator[Mention]:
    """Other names given after a noun standing for a name the paragraph gave ("the province was
    called Phước Tuy"), at the hits of the naming verbs."""
    text, lower = doc.text, doc.lower
    seen: set[int] = set()
    for hit in hits:
        # "the corporation was restructured into ... and renamed X" reaches further back.
        reach = 130 if lower.startswith("renam", hit) else 60
        for cue in _BACK_CUE.finditer(text, max(0, hit - reach), min(len(text), hit + 40)):
            if cue.start() in seen or not cue.start() <= hit < cue.end():
                continue
            seen.add(cue.start())
            noun = (cue.group("noun") or cue.group("object")).lower()
            kind = _kind_of_noun(noun)
            named = NEXT_NAME.match(text, cue.end())
            if kind is None or named is None or is_english_word(named.group(1)):
                continue
            floor, _ = paragraph_bounds(text, cue.start())
            antecedent = _antecedent(text, floor, cue.start(), noun)
            if antecedent is None and floor > 2:
                # "Cần Thơ ... is the largest city ...\n\nThe city is nicknamed ...": a paragraph
                # that has not named the city yet continues the one before.
                antecedent = _antecedent(text, paragraph_bounds(text, floor - 2)[0], floor, noun)
            if antecedent is None:
                # "When founded the temple was named Khai Quoc": the page's subject, a pagoda.
                antecedent = _subject_of_noun(text, noun, cue.start())
            if antecedent is None:
                continue
            for other, end in names_listed(text, named):
                if fold(antecedent[0]) != fold(other):
                    yield other_name_mention(doc, antecedent[1], end, kind, antecedent[0], other)


# "The name is also spelled Đắc Lắc", "the name of the province has been written in international
# documents as Langson (English), Lang-Son (French), or sometimes Langland": "the name" (of a noun
# standing for a name) stands for that name, and the verbs of spelling give its other forms.
_SPELLING_VERBS = ("spell", "spelt", "written", "romani", "translit")


@cache
def _name_spelled_cue() -> re.Pattern[str]:
    """The cue's pattern, compiled when a page first has a spelling verb after "the name" (most
    never do: compiling it costs more than reading with it). Lower case after the first letter,
    as prose writes it."""
    return re.compile(
        r"[Tt]he[ \t]+name(?:[ \t]+of[ \t]+the[ \t]+(?P<noun>[a-z]+))?[ \t]+"
        r"(?:is|was|are|were|has[ \t]+been|had[ \t]+been)[ \t]+"
        r"(?:(?:also|often|sometimes|commonly|occasionally|variously|usually)[ \t]+)?"
        r"(?:spelled|spelt|written|romani[sz]ed|transliterated)"
        # "written in international documents as": a place or medium, then "as".
        r"(?:[ \t]+in[ \t]+(?:[a-z]+[ \t]+){0,3}?[a-z]+[ \t]+as|[ \t]+as)?[ \t]+"
    )


def _name_spelled(text: str, hit: int) -> tuple[Kind, tuple[str, int], list[tuple[str, int]]] | None:
    """At "the name" (hit): "the name (of the X) is also spelled Y", as (kind, (the name "the
    name" stands for, where it starts), [(each spelling, where it ends)]). "The name" alone stands
    for the page's subject; "the name of the province" for the name that noun stands for."""
    window = text[hit : hit + 90]
    if not any(verb in window for verb in _SPELLING_VERBS):
        return None
    cue = _name_spelled_cue().match(text, hit)
    named = NEXT_NAME.match(text, cue.end()) if cue is not None else None
    if cue is None or named is None or is_english_word(named.group(1)):
        return None
    noun = (cue.group("noun") or "").lower()
    lead = lead_names(text)
    if noun:
        kind = _kind_of_noun(noun)
        owner = noun_antecedent(text, paragraph_bounds(text, hit)[0], hit, noun) if kind else None
    elif lead is not None and lead.start < hit and lead.kind:
        kind = Kind.ORGANISATION if lead.kind == "org" else Kind.PLACE
        owner = (lead.subject, lead.start)
    else:
        return None
    if owner is None or kind is None:
        return None
    spelt = [(n, end) for n, end in names_listed(text, named) if fold(n) != fold(owner[0])]
    return (kind, owner, spelt) if spelt else None


def names_they_called(doc: Document) -> Iterator[Mention]:
    """A name, then an apposition saying whose name it was ("Tourane, the name the French gave the
    city"), as another name of the subject; and the spellings "the name" is given in ("The name is
    also spelled Đắc Lắc")."""
    text, lower = doc.text, doc.lower
    for hit in phrase_hits(lower, " name", ("the",)):
        found = _name_they_called(text, hit)
        if found is not None:
            kind, (name, start, end), other = found
            yield other_name_mention(doc, start, end, kind, name, other)
            continue
        spelled = _name_spelled(text, hit)
        if spelled is not None:
            kind, (name, start), spellings = spelled
            for other, end in spellings:
                yield other_name_mention(doc, start, end, kind, name, other)
