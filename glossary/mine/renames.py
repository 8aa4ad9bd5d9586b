"""Former names: "the Vietnam Labor Youth Union was renamed the Ho Chi Minh Revolutionary Youth Union",
"renaming the Vietnam National Youth Union to the Vietnam Labor Youth Union".

Both names are capitalised names of the same kind of thing (the head words agree), so the old name is
a variant of the new one. extract_other_names runs the readers of other and former names, in a
fixed order: a noun standing for a name (noun_antecedents.py), a sentence's cue (former_name_cues.py),
a parenthesis (paren_names.py), chains and "or" lists (name_chains.py), two names of one thing joined
by "or" (or_alternatives.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import VariantType
from glossary.text import fold

from .cue_grammar import JOINT_OPEN, KNOWN_PREPOSITIONS, naming_adverb_words
from .cue_scan import find_cue
from .documents import Document
from .former_name_cues import (
    alias_names,
    changed_names,
    former_names,
    now_names,
    throne_names,
    was_called_names,
)
from .language_name_cues import language_names_of_places
from .lazy_patterns import LazyPattern
from .lexicon import ADMIN_UNITS, VI_PLACE_GENERICS
from .mentions import Mention, literal_hits, mention_at
from .name_chains import extract_name_chains, extract_or_lists
from .name_spans import NAME, NAME_BEFORE, kind_alone, names_listed, shared_kind, trimmed_name
from .noun_antecedents import names_they_called, noun_other_names, noun_short_forms
from .or_alternatives import or_alternatives
from .paren_names import birth_names, paren_other_names, spellings
from .pronoun_names import pronoun_names

# "X was transformed into Y", "X was reorganised into Y": the same body under its next name.
# The verb may also follow a joint as a reduced relative, with a naming adverb before it: "the
# Indochinese Communist Party, later renamed to the Communist Party of Vietnam", "Hội Phục Việt
# (later renamed Tân Việt Cách mạng Đảng)" (group "bare": no be-verb, the joint is checked apart).
_CUE = re.compile(
    r"\b(?:was|were|is|been|be)\s+(?:renamed\s+(?:(?:as|to|into)\s+)?"
    r"|(?:transformed|converted|reorgani[sz]ed)\s+into\s+)|\brenaming\s+"
    rf"|(?P<bare>(?:{naming_adverb_words()}\s+)?renamed\s+(?:(?:as|to|into)\s+)?)",
    re.IGNORECASE,
)
# What stands before a bare "renamed" (with its adverb): a joint (a comma, an opening parenthesis,
# a dash), or a be-verb the adverb parted from it ("X was later renamed Y", "X, before being later
# renamed to Y").
_JOINT_BEFORE = LazyPattern(
    rf"(?:{JOINT_OPEN}|,?[ \t]+(?:(?:before|after)[ \t]+being|was|were|is|been|be|being)[ \t]+)$"
)
# The cue's own words, found by a literal scan (see cue_scan.find_cue).
_CUE_ANCHOR = ("renam", "transformed into", "converted into", "reorganised into", "reorganized into")
_NAME_AFTER = re.compile(rf"(?:the[ \t]+)?({NAME})")
# "renaming X to Y": the new name after "to" or "as".
_TO = re.compile(r"[ \t]+(?:to|as|into)[ \t]+(?:the[ \t]+)?")
# "named" also finds "nicknamed"; "into" finds "converted into" and the like.
# "title" finds "titled" and "styl" "styled": the naming verbs that need an adverb before them.
_BACK_ANCHORS = (
    "called", "named", "known as", "referred to as", "renam", "ed into", "title", "styl", "dubbed",
    # "known in the Western world as", "known by the formal name": cue_grammar's "known" phrases.
    "known by", *(f"known {word} " for word in KNOWN_PREPOSITIONS),
)  # fmt: skip


def extract_renames(doc: Document) -> Iterator[Mention]:
    """Every rename a document states, as a mention of the new name with the old one as a variant
    (none the page's partitions deny, see _partitions)."""
    yield from _unpartitioned(doc, _renames(doc))


def _renames(doc: Document) -> Iterator[Mention]:
    text = doc.text
    if not literal_hits(doc.lower, ("renam", "ed into")):  # "ed into": the other cues
        return  # a literal scan first (shared with the cues found from it): most texts rename nothing
    for cue in find_cue(text, doc.lower, _CUE, _CUE_ANCHOR):
        if cue.group().lower().startswith("renaming"):
            old = _NAME_AFTER.match(text, cue.end())
            if old is None:
                continue
            to = _TO.match(text, old.end(1))
            new = _NAME_AFTER.match(text, to.end()) if to else None
            old_name, old_start = (old.group(1), old.start(1))
        else:
            end = cue.start()
            if cue.group("bare"):
                joint = _JOINT_BEFORE.search(text, max(0, end - 20), end)
                if joint is None:
                    continue  # "Gia Long renamed the city": a verb with a subject, not a relative
                end = joint.start()
            before = NAME_BEFORE.search(text, max(0, end - 120), end)
            new = _NAME_AFTER.match(text, cue.end())
            if before is None:
                continue
            old_name, old_start = trimmed_name(before.group(1), before.start(1))  # not "The"
        if new is None:
            continue
        # "X was renamed Y in 1802, and later Z": each later name is the same thing's.
        for new_name, new_end in names_listed(text, new):
            # One name with a head word, the other none ("Hàng Sơn Street was renamed Grilled Fish
            # Lane"): the rename gives the thing one kind, the head word's.
            kind = (
                shared_kind(old_name, new_name)
                or kind_alone(old_name, new_name)
                or kind_alone(new_name, old_name)
            )
            if kind is None or len(old_name.split()) < 2 or len(new_name.split()) < 2 or old_name == new_name:
                break
            yield mention_at(
                doc,
                old_start,
                new_end,
                kind=kind,
                en=new_name,
                variants=[(old_name, VariantType.OTHER)],
                confidence=0.7,
                origin="name",
            )


def extract_other_names(doc: Document) -> Iterator[Mention]:
    """Other and former names a document gives for a name: after a noun standing for a name the
    paragraph gave ("the province was called Phước Tuy"), "X, which is one of ... former names of
    Y", "X (formerly Y)"; none the page's partitions deny (see _partitions)."""
    yield from _unpartitioned(doc, _other_names(doc))


def _other_names(doc: Document) -> Iterator[Mention]:
    hits = literal_hits(doc.lower, _BACK_ANCHORS)
    yield from noun_other_names(doc, hits)
    yield from was_called_names(doc, hits)
    yield from former_names(doc)
    yield from alias_names(doc, hits)
    yield from noun_short_forms(doc)
    yield from names_they_called(doc)
    yield from changed_names(doc)
    yield from pronoun_names(doc)
    yield from throne_names(doc)
    yield from now_names(doc)
    yield from spellings(doc)
    yield from birth_names(doc)
    yield from extract_name_chains(doc)
    yield from extract_or_lists(doc)
    yield from paren_other_names(doc)
    yield from or_alternatives(doc)
    yield from language_names_of_places(doc)


# "The remainder of Cần Thơ province became Hậu Giang province", "the rest of X formed Y": a part of
# one unit made into another is a partition, no rename: the page says the two are two places, so a
# reader that takes one name for the other's ("In 1975, the province was renamed Cần Thơ province"
# of the province that held both) is refused for that pair of names.
_PARTITION_ANCHORS = ("remainder of ", "rest of ", "remaining part of ", "remaining parts of ")
_UNIT_AFTER = rf"(?:[ \t]+(?:{'|'.join(sorted(ADMIN_UNITS, key=len, reverse=True))}|municipality))?"
_PARTITION = LazyPattern(
    rf"(?:remainder|rest|remaining[ \t]+parts?)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<whole>{NAME}{_UNIT_AFTER})"
    r"[ \t]+(?:became|formed|was[ \t]+(?:made|turned|reorgani[sz]ed)[ \t]+into)[ \t]+"
    rf"(?:the[ \t]+|a[ \t]+new[ \t]+)?(?P<part>{NAME}{_UNIT_AFTER})"
)
# The unit words left out when two names are compared: "Cần Thơ province", "Tỉnh Cần Thơ" and
# "Cần Thơ" name one unit here.
_UNIT_WORDS = frozenset(
    fold(word) for word in (*ADMIN_UNITS, *VI_PLACE_GENERICS, "municipality") if " " not in word
)
_UNIT_PHRASES = tuple(fold(word) + " " for word in VI_PLACE_GENERICS if " " in word)


def _bare_key(name: str) -> str:
    """A place's name without its unit word, folded: "Cần Thơ province", "Tỉnh Cần Thơ", "Thành phố
    Cần Thơ" -> "can tho"."""
    key = fold(name)
    for phrase in _UNIT_PHRASES:
        if key.startswith(phrase):
            key = key[len(phrase) :]
    words = key.split()
    while len(words) > 1 and words[-1] in _UNIT_WORDS:
        words.pop()
    while len(words) > 1 and words[0] in _UNIT_WORDS:
        words.pop(0)
    return " ".join(words)


def _partitions(doc: Document) -> set[frozenset[str]]:
    """The pairs of names (their _bare_key) the page says are a whole and a part made into another
    unit."""
    found: set[frozenset[str]] = set()
    for hit in literal_hits(doc.lower, _PARTITION_ANCHORS):
        match = _PARTITION.match(doc.text, hit)
        if match is not None:
            whole, part = _bare_key(match.group("whole")), _bare_key(match.group("part"))
            if whole != part:
                found.add(frozenset((whole, part)))
    return found


def _unpartitioned(doc: Document, mentions: Iterator[Mention]) -> Iterator[Mention]:
    """The mentions but those that give a name another name the page's partitions tell apart."""
    partitions = _partitions(doc)
    for mention in mentions:
        if partitions:
            name = _bare_key(mention.vi or mention.en or "")
            if any(frozenset((name, _bare_key(other))) in partitions for other, _ in mention.variants):
                continue
        yield mention
