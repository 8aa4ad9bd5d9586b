"""A name's quoted epithet, stated of a pronoun or a noun standing for the page's subject:

    "She is considered one of Vietnam's greatest poets, such that she is dubbed "the Queen of Nôm
    Poetry" by Xuân Diệu", "It became a near obsessive fixture ..., referred to by some as the
    "Bamboo Pentagon."", "the city is sometimes referred to as the "queen of mountains"".

The epithet is another name of the thing (docs/gold-rules.md §2, `former-name`: "the page says the
entity is also called this"). The evidence is the sentence's structure: a naming verb ("dubbed",
"nicknamed", "referred to as", "known as", "called") right before a quotation that holds a name's
words (capitalised, or in lower case after "the": a definite epithet, not "a 'biological treasure
trove'"), the verb's subject a pronoun opening the sentence ("He", "She", "It": the page's subject,
lead.py) or "the <noun>" standing for a name (noun_antecedents.py's antecedent, the page's subject when its
lead calls it by that noun).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold
from glossary.vietnamese import is_english_word

from .cue_grammar import inflections, naming_adverb, naming_copula, naming_copula_anchors, naming_verb_forms
from .documents import Document
from .lazy_patterns import LazyPattern
from .lead import CAP_WORD, Lead, lead_names
from .mentions import Mention, literal_hits
from .name_spans import other_name_mention, personal_name
from .names.words import head_kind
from .noun_antecedents import kind_of_noun, noun_antecedent
from .phrases import paragraph_bounds

_ANCHORS = ("dubbed", "nicknamed", "referred to", "known as", "called")
_EPITHET = re.compile(
    r"(?P<verb>dubbed|nicknamed|referred[ \t]+to(?:[ \t]+by[ \t]+[a-z]+){0,2}[ \t]+as|known[ \t]+as|called)"
    r"[ \t]+(?P<the>the[ \t]+)?[\"“](?P<name>[^\"”\n]{3,50}?)[.,]?[\"”]"
)
_WORDS = LazyPattern(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:[-'’][^\W\d_]+)*){1,5}")
_KINDS = {"org": Kind.ORGANISATION, "place": Kind.PLACE}
_SMALL = frozenset("of the and for in on".split())
# The verb's subject right before it: "she is (often) dubbed", "the city is sometimes referred to".
_SUBJECT = LazyPattern(
    r"\b(?:(?P<pronoun>[Hh]e|[Ss]he|[Ii]t)|the[ \t]+(?P<noun>[a-z]+))[ \t]+"
    r"(?:is|was|are|were|has[ \t]+been|had[ \t]+been|became|becomes)[ \t]+"
    rf"(?:(?:{naming_adverb()}|still|now)[ \t]+)?$"
)
# A wiki page's title line ("= Central Office for South Vietnam ="), the page's subject when its
# lead sentence is too long for lead.py to read.
_TITLE = LazyPattern(r"[ \t\n]*=+[ \t]*([^=\n]{3,80}?)[ \t]*=+[ \t]*\n")
_GLOSS_AFTER = LazyPattern(r"[ \t]*\(")
# The verb's subject a place's or a body's own name, its head word in lower case after it: "The Ba
# Vì mountain range is called "the lord of mountains"", "Phú Thọ province, due to its strategic
# location, is often called the "West Gate of Hanoi"" (a comma clause may stand before the verb).
_NAMED_SUBJECT = LazyPattern(
    rf"(?:^|(?<=[\s(]))(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD})*(?:[ \t]+[a-z]+){{0,2}})"
    r"[ \t]*(?:,[ \t]*[a-z][^,\n.;()\"“]{1,60},)?[ \t]+"
    r"(?:is|was|are|were|has[ \t]+been|had[ \t]+been)[ \t]+"
    rf"(?:(?:{naming_adverb()}|still|now)[ \t]+)?$"
)
_SENTENCE_OPENING = LazyPattern(r"[ \t]*(?P<pronoun>He|She|It)[ \t]")


def _epithet(name: str, article: bool) -> bool:
    """Whether a quotation holds a name's words: two to six words, capitalised but for small
    words, or all in lower case after "the"."""
    if not _WORDS.fullmatch(name):
        return False
    words = name.split()
    if all(w[:1].isupper() or w in _SMALL for w in words) and words[0][:1].isupper():
        return True
    return article and name.islower() and len(words) <= 4


def extract_epithets(doc: Document) -> Iterator[Mention]:
    """Every quoted epithet of the page's subject or of a name a noun stands for (see above), and
    every quoted name a naming noun's copula gives its owner (copula_epithets)."""
    text, lower = doc.text, doc.lower
    if '"' not in text and "“" not in text:
        return
    yield from copula_epithets(doc)
    hits = literal_hits(lower, _ANCHORS)
    if not hits:
        return
    seen: set[int] = set()
    lead = None
    for hit in hits:
        cue = _EPITHET.match(text, hit)
        if cue is None or hit in seen:
            continue
        seen.add(hit)
        name, article = cue.group("name").strip(), cue.group("the") is not None
        if name.startswith(("the ", "The ")):
            name, article = name[4:], True  # "dubbed "the Queen of Nôm Poetry"": the article is no word of it
        if not _epithet(name, article) or is_english_word(name):
            continue
        sentence = max(text.rfind(". ", 0, hit), text.rfind("\n", 0, hit)) + 1
        subject = _SUBJECT.search(text, max(sentence, hit - 80), hit)
        owner = kind = None
        # A named subject's epithet with its own gloss after it ("is called "the lord of
        # mountains" (núi chúa)") is left to the gloss pair: joined to the place, the pair's entry
        # would be merged into the place's and the pair lost.
        glossed = _GLOSS_AFTER.match(text, cue.end())
        named = None if subject is not None or glossed else _named_subject(text, sentence, hit)
        if named is not None:
            owner, kind = named
        elif subject is not None and subject.group("noun"):
            noun = subject.group("noun")
            kind = kind_of_noun(noun)
            found = noun_antecedent(text, paragraph_bounds(text, hit)[0], subject.start(), noun)
            owner = found[0] if found else None
        else:
            pronoun = (subject.group("pronoun") if subject else None) or _opening_pronoun(text, sentence, hit)
            if pronoun is None:
                continue
            lead = lead or lead_names(text)
            owner = lead.subject if lead is not None else _title(text)
            if owner is None:
                continue
            if pronoun.lower() == "it":
                described = lead.kind if lead is not None else None
                kind = _KINDS.get(head_kind(owner) or described or "")
            else:
                kind = Kind.PERSON if head_kind(owner) is None else None
        if owner is None or kind is None or fold(owner) == fold(name):
            continue
        at = cue.start("name")
        yield other_name_mention(doc, at, at + len(name), kind, owner, name)


def _named_subject(text: str, sentence: int, hit: int) -> tuple[str, Kind] | None:
    """The place or body named right before the naming verb at hit (see _NAMED_SUBJECT), with its
    kind by its head word; None for any other subject."""
    found = _NAMED_SUBJECT.search(text, max(sentence, hit - 140), hit)
    if found is None:
        return None
    words = found.group("name").split()
    if words[0] == "The":
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return None  # "The city is nicknamed": a noun standing for a name (_SUBJECT's), no name
    name = " ".join(words)
    kind = _KINDS.get(head_kind(name) or "")
    return (name, kind) if kind is not None else None


def _opening_pronoun(text: str, sentence: int, hit: int) -> str | None:
    """The pronoun that opens the sentence holding hit ("It became ..., referred to by some as")."""
    opening = _SENTENCE_OPENING.match(text, sentence)
    if opening is None or opening.end() > hit:
        return None
    return opening.group("pronoun")


def _title(text: str) -> str | None:
    """The page's title line at its start, if it has one."""
    title = _TITLE.match(text)
    return title.group(1) if title is not None else None


# "Thọ's nickname was "the Hammer"", "His nickname is "Smiley"", "Its nickname was "the Pearl of
# the Orient"": a naming noun's copula (cue_grammar.naming_copula) with a quotation after it. The
# naming noun says what the quotation is, so one capitalised word is enough ("Smiley"), and an
# article inside the quotation is the name's own ("the Hammer"), as the page writes it.
_OWNER = rf"{CAP_WORD}(?:[ \t]+{CAP_WORD})*"
_COPULA = re.compile(naming_copula(_OWNER))
_QUOTED = LazyPattern(r"[\"“](?P<name>(?:[Tt]he[ \t]+)?[A-ZÀ-ỸĐ][^\"”\n]{0,48}?)[.,]?[\"”]")
_COPULA_REACH = 120  # characters from the owner's first word to the naming noun's copula
# "Lucien Conein called him "Smiley"", "the press dubbed her "the Iron Lady"": a naming verb whose
# object pronoun stands for the page's subject, a person.
_OBJECT_PRONOUN = LazyPattern(
    rf"\b(?:nick)?{naming_verb_forms(('call', 'name', 'dub'))}[ \t]+(?P<pronoun>him|her)[ \t]+"
)
_OBJECT_ANCHORS = tuple(
    f"{form} {pronoun} "
    for stem in ("call", "name", "dub")
    for form in inflections(stem)
    for pronoun in ("him", "her")
)
_MAX_OWNER_WORDS = 4


def copula_epithets(doc: Document) -> Iterator[Mention]:
    """Each quoted name after a naming noun's copula, as another name of the copula's owner: the
    possessive's name (the page's subject when the name is its short form: "Thọ" for "Lê Đức
    Thọ"), or the page's subject for "his", "her" or "its"."""
    text, lower = doc.text, doc.lower
    lead: Lead | None = None
    lead_read = False
    cues = [
        *(c for c in (_near_copula(text, hit) for hit in literal_hits(lower, naming_copula_anchors())) if c),
        *(
            c
            for c in (
                _OBJECT_PRONOUN.search(text, max(0, hit - 4), hit + 24)
                for hit in literal_hits(lower, _OBJECT_ANCHORS)
            )
            if c
        ),
    ]
    for found in cues:
        quoted = _QUOTED.match(text, found.end())
        if quoted is None:
            continue
        name = quoted.group("name").strip()
        words = name.split()
        if len(words) > 6:
            continue  # "the Hammer" keeps its article (form_tidy._article_names)
        if not lead_read:
            lead, lead_read = lead_names(text), True
        owner = _copula_owner(found, lead)
        kind = _owner_kind(owner, found.group("pronoun"), lead) if owner else None
        if owner is None or kind is None or fold(owner) == fold(name):
            continue
        at = quoted.start("name")
        yield other_name_mention(doc, at, at + len(name), kind, owner, name)


def _near_copula(text: str, hit: int) -> re.Match[str] | None:
    """The naming copula whose noun's last letters are at hit, if any."""
    near = _COPULA.finditer(text, max(0, hit - _COPULA_REACH), hit + 16)
    return next((c for c in near if c.start() < hit < c.end()), None)


def _copula_owner(found: re.Match[str], lead: Lead | None) -> str | None:
    """The name that owns the naming noun: the page's subject for a pronoun or for a possessive
    that is its short form; else the possessive's last words that make a personal name, or its
    last word."""
    subject = lead.subject if lead is not None else None
    if found.group("pronoun"):
        return subject
    if "owner" not in found.re.groupindex:
        return None
    words = found.group("owner").split()[-_MAX_OWNER_WORDS:]
    if subject and len(words) < len(subject.split()) and subject.split()[-len(words) :] == words:
        return subject
    for i in range(len(words) - 1):
        if personal_name(" ".join(words[i:])):
            return " ".join(words[i:])
    return words[-1]


def _owner_kind(owner: str, pronoun: str | None, lead: Lead | None) -> Kind | None:
    """A person for "his", "her" and a name with no head word; else its head word's kind, or for
    "its" the kind the lead sentence describes."""
    head = head_kind(owner)
    if pronoun and pronoun.lower() == "its":
        described = lead.kind if lead is not None else None
        return _KINDS.get(head or described or "")
    if head is None:
        return Kind.PERSON
    return _KINDS.get(head) if not pronoun else None
