"""Other and former names a sentence states for a name: "X (formerly Y)", "X is the former name
of Y", "X was formerly called Y", "X (modern-day Y)", "changed its name to Y", a pen name, a
throne name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from . import gazetteer
from .cue_grammar import (
    ARTICLE_OR_QUOTE,
    JOINT_CLOSE,
    JOINT_OPEN,
    KNOWN_BY_NAME,
    known_as,
    names_a_class,
    naming_adverb,
    naming_verb_forms,
    owned_by_noun,
    time_words,
)
from .documents import Document
from .lazy_patterns import LazyPattern
from .lead import lead_names, lead_subject
from .lexicon import ADMIN_UNITS
from .mentions import Mention, literal_hits, phrase_hits
from .name_spans import (
    LOCATING_UNITS,
    NAME,
    NAME_BEFORE,
    NAME_BEFORE_CUE,
    NEXT_NAME,
    is_ly_adverb,
    is_region,
    kind_alone,
    names_listed,
    other_name_mention,
    personal_name,
    shared_kind,
    trimmed_name,
)
from .names.words import head_kind, is_title
from .phrases import paragraph_bounds
from .script_patterns import HAN_CHARS

# "Ho Chi Minh Labor Youth Union, which is one of six former names of Ho Chi Minh Communist Youth
# Union"; "Ho Chi Minh City (formerly Saigon)", "Ho Chi Minh City, formerly Saigon,".
# "Saigon is the former name of Ho Chi Minh City": the same without "which".
_FORMER_NAMES_OF = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:which|that)[ \t]+)?(?:is|was)[ \t]+(?:one[ \t]+of[ \t]+)?(?:the[ \t]+|its[ \t]+)?"
    r"(?:[a-z]+[ \t]+)?former[ \t]+names?[ \t]+of[ \t]+(?:the[ \t]+)?"
)
# '"Thăng Long" (lit. "Rising Dragon", a former name of Hanoi)', "Đông Kinh (an old name for Hanoi)":
# the same as an aside in the parenthesis after the name, perhaps after a gloss.
_FORMER_ASIDE = re.compile(
    r"[\"”’]?[ \t]*\((?:[^()\n]{0,60}?,[ \t]*)?(?:an?|the)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:former|old|older|earlier|ancient)[ \t]+names?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
)
# "Ho Chi Minh City—formerly Saigon—": the joints are cue_grammar's, a dash among them, and an
# article or a quote may stand before the name. A hard-wrapped page may break its line before the
# parenthesis ("party secretary for Ho Chi Minh City" / "(formerly Saigon) for a brief period").
_FORMERLY = re.compile(
    rf"(?:[ \t]*\n(?=\())?[ \t]*(?:{JOINT_OPEN}|,)[ \t]*(?:formerly|previously)[ \t]+"
    r"(?:(?:known[ \t]+as|called|named)[ \t]+)?"
)
_ENDS_FORMERLY = LazyPattern(rf"[\"”’']?(?:{JOINT_CLOSE}|[ \t]*[;.])")


def _former_name_of(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At "former" (hit): "X, which is one of six former names of Y" or "Y (formerly X)", as
    (kind, (Y, where it starts, where the statement ends), X)."""
    floor = max(0, hit - 160)
    for match in NAME_BEFORE_CUE.finditer(text, floor, hit + 60):
        cue = _FORMER_NAMES_OF.match(text, match.end(1)) or _FORMER_ASIDE.match(text, match.end(1))
        if cue is not None and cue.start() <= hit < cue.end():
            current = NEXT_NAME.match(text, cue.end())
            former = match.group(1)
            if current is None:
                return None
            name = current.group(1)
            kind = shared_kind(former, name) or kind_alone(name, former)
            if kind is None and head_kind(former) is None and head_kind(name) is None:
                # "Thăng Long is the former name of Hanoi": a known place
                kind = Kind.PLACE if gazetteer.is_place(name) or gazetteer.is_place(former) else None
            return (kind, (name, match.start(1), current.end(1)), former) if kind else None
        cue = _FORMERLY.match(text, match.end(1))
        if cue is not None and cue.start() <= hit < cue.end():
            former_match = NEXT_NAME.match(text, cue.end())
            if former_match is None or _ENDS_FORMERLY.match(text, former_match.end(1)) is None:
                return None
            name, former = match.group(1), former_match.group(1)
            kind = shared_kind(name, former) or kind_alone(name, former)
            if kind is None or is_english_word(former):
                return None
            return kind, (name, match.start(1), former_match.end(1)), former
    return None


# "born Nguyen Sinh Cung—under the pseudonym Nguyễn Ái Quốc (Nguyen the Patriot) but best known as
# Ho Chi Minh": a person's other names, each after the one before it.
# "pen name" is found among the " name" hits, "best known as" among the "known as" hits.
_ALIAS_ANCHORS = ("pseudonym", "alias")
_ALIAS = LazyPattern(r"(?:pseudonym|pen[ \t]+name|(?:best|now)[ \t]+known[ \t]+as|alias)[ \t]+")
# What may stand between the name before and the cue: its gloss in parentheses, a dash or a comma,
# "but" or "and", "under the".
_ALIAS_GAP = LazyPattern(
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*[—–,]?[ \t]*(?:(?:but|and)[ \t]+)?"
    r"(?:under[ \t]+(?:the|a|his|her)[ \t]+)?$"
)


def _alias_of(text: str, hit: int) -> tuple[tuple[str, int, int], str] | None:
    """At the cue (hit): the person named before it and the other name after it, when one of the
    two is a Vietnamese full name."""
    cue = _ALIAS.match(text, hit)
    alias = NEXT_NAME.match(text, cue.end()) if cue is not None else None
    if alias is None:
        return None
    gap = _ALIAS_GAP.search(text, max(0, hit - 80), hit)
    before = NAME_BEFORE.search(text, max(0, gap.start() - 60), gap.start()) if gap else None
    if before is None:
        return None
    name, start = trimmed_name(before.group(1), before.start(1))
    other = alias.group(1)
    if not name or fold(name) == fold(other) or not (personal_name(name) or personal_name(other)):
        return None
    if head_kind(name) is not None or head_kind(other) is not None:
        return None
    return (name, start, alias.end(1)), other


# "the Southern Union also changed its name to Ho Chi Minh Union", "in 1976 its name was changed to
# Y", "the company was founded in 1956 as Vietnam Civil Aviation", "(as Vietnam Civil Aviation)"
# under an infobox's "Founded": the other name of the name the sentence is about.
_CHANGED_ANCHORS = ("founded", "established")  # and "its name", "their name" (phrase_hits)
# "He adopted the name X, but later changed his name to Y", "His teacher changed his name to Y"
# (round 34): a person's own name changed, read as a body's is; the possessive says a person.
_CHANGED_OWNERS = ("its", "their", "his", "her")
_CHANGED = re.compile(
    r"(?:chang(?:ed|ing)[ \t]+(?:its|their|his|her)[ \t]+names?[ \t]+(?:to|into)"
    r"|(?:its|their)[ \t]+names?[ \t]+(?:was|were)[ \t]+(?:later[ \t]+)?changed[ \t]+(?:to|into)"
    r"|(?:founded|established)(?:[ \t]+(?:in|on)[ \t]+[^\n.;()]{1,30}?)?[ \t]+as"
    r"|(?:founded|established)[^\n]{0,60}\n?[ \t]*\(as)"
    r"[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)


def _ends_personal(name: str) -> bool:
    """A personal name, or capitalised given names before one ("Petrus Trương Vĩnh Ký",
    "Jean-Baptiste Petrus Trương Chánh Ký": a baptismal name before the Vietnamese one)."""
    words = name.split()
    return any(personal_name(" ".join(words[i:])) for i in range(max(0, len(words) - 4), len(words) - 1))


def _changed_name(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At the cue (hit): the last name of the same kind in the sentence before it, else the page's
    subject, with the name after the cue."""
    cue = next(
        (c for c in _CHANGED.finditer(text, max(0, hit - 30), min(len(text), hit + 80)) if c.start() <= hit),
        None,
    )
    named = NEXT_NAME.match(text, cue.end()) if cue is not None else None
    if cue is None or named is None or is_english_word(named.group(1)):
        return None
    other = named.group(1)
    if text[max(0, cue.start() - 5) : cue.start()].rstrip().endswith("also"):
        return None  # "X also changed its name to Y": Y was another body's name already
    # The nearest name of the same kind in the paragraph (a line ends an infobox's field as a
    # blank line ends a paragraph), else the page's subject, which an infobox above the lead is about.
    floor = max(paragraph_bounds(text, cue.start())[0], text.rfind("\n", 0, cue.start()) + 1)
    if not text[floor : cue.start()].strip(" \t(").lower().startswith(("founded", "established")):
        floor = paragraph_bounds(text, cue.start())[0]
    # "changed his name to Y": only a person's name, and the nearest personal name before the cue
    # (else the page's subject) is the earlier one; shared_kind reads heads, which persons lack.
    personal = cue.group(0).lower().split()[1] in ("his", "her")
    if personal and not _ends_personal(other):
        return None
    for match in reversed(list(NAME_BEFORE_CUE.finditer(text, floor, cue.start()))):
        name, start = trimmed_name(match.group(1), match.start(1))
        if personal:
            kind = Kind.PERSON if name and fold(name) != fold(other) and _ends_personal(name) else None
        else:
            kind = shared_kind(name, other) if name and fold(name) != fold(other) else None
        if kind is not None:
            return kind, (name, start, named.end(1)), other
    lead = lead_names(text)
    if lead is None or fold(lead.subject) == fold(other):
        return None
    if personal:
        found = (Kind.PERSON, (lead.subject, lead.start, named.end(1)), other)
        return found if _ends_personal(lead.subject) else None
    kind = (
        shared_kind(lead.subject, other) or kind_alone(lead.subject, other) or kind_alone(other, lead.subject)
    )
    return (kind, (lead.subject, lead.start, named.end(1)), other) if kind else None


# "lord Nguyễn Phúc Ánh ascended the throne ... and proclaimed himself Emperor Gia Long", "took the
# regnal name Quang Trung", "was crowned as Emperor Bảo Đại": the name a ruler reigned under.
# "Nguyễn Ánh—the future Emperor Gia Long", "Prince Đảm, the future Minh Mạng": the name a person
# will reign under, in an apposition after a joint (the person's name right before it).
_THRONE_ANCHORS = ("himself", "herself", "crowned", "throne", "regnal", "the future ")
_THRONE = LazyPattern(
    r"(?:(?P<future>(?:\(|,|[—–]|(?<=[ \t])-)[ \t]*the[ \t]+future)|"
    r"(?:proclaimed|declared|crowned|styled)[ \t]+(?:himself|herself)|was[ \t]+crowned|"
    # "was enthroned with the reign name of Duy Tân": the verb holds the anchor "throne".
    r"was[ \t]+enthroned(?:[ \t]+(?:with|under)[ \t]+the[ \t]+(?:reign|regnal|throne)[ \t]+name)?|"
    r"took[ \t]+the[ \t]+(?:regnal|throne)[ \t]+name|ascended[ \t]+the[ \t]+throne)"
    r"[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?(?:of[ \t]+)?"
)

# A title word in lower case before the throne name ("king", "emperor"): is_title tells it from
# any other word once capitalised.
_LOWER_TITLE = LazyPattern(r"([a-z]+)[ \t]+(?=[A-ZÀ-ỸĐ])")
# "proclaimed himself king under the title Dương Bình Vương": the title-name he reigned under,
# after a lower-case title word or none.
_UNDER_TITLE = LazyPattern(r"(?:([a-z]+)[ \t]+)?(?:under|with)[ \t]+the[ \t]+title[ \t]+(?:of[ \t]+)?")


def _subject_of(text: str, name: re.Match[str], cue: int) -> bool:
    """Whether the name stands right before a reflexive throne cue ("Thục Phán proclaimed himself"):
    only a person proclaims himself, so two to four capitalised Vietnamese syllables there are a
    person's name though their first is no family name the lexicon lists (a ward may bear it)."""
    words = name.group(1).split()
    return (
        not text[name.end(1) : cue].strip()
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() and is_syllable(w) for w in words)
        and not any(place.unit in LOCATING_UNITS for place in gazetteer.lookup(name.group(1)))
    )


# A parenthesis right after the throne name holding a few words: '"Swarthy Emperor" (Hắc Đế)'
# renders the title the page writes there when they are Vietnamese.
_VI_PAREN = LazyPattern(r"[\"”’']?[ \t]*\([ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4})[ \t]*\)")


def _rendered_title(text: str, words: list[str], end: int) -> bool:
    """Whether the throne name is an English title the page glosses with its Vietnamese words
    ('proclaimed himself the "Swarthy Emperor" (Hắc Đế)'): a rendering, which the pair of the two
    keeps as a term (docs/gold-rules.md §10.15), never a name of the person."""
    if not all(is_english_word(word) for word in words):
        return False
    paren = _VI_PAREN.match(text, end)
    return (
        paren is not None
        and has_vi_letters(paren.group(1))
        and all(is_syllable(word) for word in paren.group(1).split())
    )


def _outside_relative_clause(text: str, people: list[re.Match[str]], cue: int) -> list[re.Match[str]]:
    """people without those named inside a relative clause closed before the cue ("X, who was
    regent to the king's son Y, ... proclaimed himself"): the clause's name is not the subject."""
    if len(people) < 2:
        return people
    who = text.rfind(", who ", people[0].end(1), cue)
    close = text.find(",", who + 6, cue) if who >= 0 else -1
    if close < 0:
        return people
    return [m for m in people if not who < m.start(1) < close]


def _throne_name(text: str, hit: int) -> tuple[tuple[str, int, int], str] | None:
    """At the cue (hit): the person the sentence named before it and the name after it (its titles
    left out), a name of two or more words, no place ("proclaimed himself King of Champa")."""
    cue = next((c for c in _THRONE.finditer(text, max(0, hit - 30), hit + 40) if c.start() <= hit), None)
    at = cue.end() if cue is not None else 0
    under = _UNDER_TITLE.match(text, at) if cue is not None else None
    title = _LOWER_TITLE.match(text, at)
    if under is not None and (under.group(1) is None or is_title(under.group(1).capitalize())):
        at = under.end()
    elif title is not None and is_title(title.group(1).capitalize()):
        at = title.end()  # "proclaimed himself king An Dương Vương": a title in lower case
    named = NEXT_NAME.match(text, at) if cue is not None else None
    if cue is None or named is None:
        return None
    words = named.group(1).split()
    while words and is_title(words[0]):
        words = words[1:]
    other = " ".join(words)
    if len(words) < 2 or "of" in words or head_kind(other) is not None:
        return None
    if any(place.unit in LOCATING_UNITS for place in gazetteer.lookup(other)):
        return None  # a country, a province or a city; many wards bear a ruler's name
    if _rendered_title(text, words, named.end()):
        return None
    sentence = max(text.rfind(". ", 0, cue.start()), text.rfind("\n", 0, cue.start())) + 1
    people = [
        m
        for m in NAME_BEFORE_CUE.finditer(text, sentence, cue.start())
        if personal_name(m.group(1)) or _subject_of(text, m, cue.start())
    ]
    people = _outside_relative_clause(text, people, cue.start())
    if not people:
        return None
    name, start = people[-1].group(1), people[-1].start(1)
    if fold(name) == fold(other):
        return None
    if cue.group("future") and text[people[-1].end(1) : cue.start()].strip():
        return None  # an apposition: its person stands right before the joint
    return (name, start, named.end(1)), other


# "Đại La (modern-day Hanoi)", "Gia Định (now Ho Chi Minh City)", "Muang Thaeng (today's Điện
# Biên Phủ)", "Đông Kinh (modern Hanoi)", "Vietnam (then Đại Việt )": the name the place has at
# another time; the time words, the joints and the article or quote are cue_grammar's. One
# literal scan each: "now " also finds "(now ", "modern" all its spellings. After a comma "then"
# orders a list ("Hanoi, then Huế, then Saigon"), so it takes a parenthesis or a dash there.
_NOW_ANCHORS = ("now ", "modern", "present", "today", "then ", "current")
_NOW = re.compile(
    rf"[ \t]*(?:\(|,(?![ \t]*(?i:then)\b)|[—–]|-)[ \t]*{time_words()}[ \t]+{ARTICLE_OR_QUOTE}"
    rf"({NAME})[\"”’']?{JOINT_CLOSE}"
)
# The joint before the time word: a parenthesis, a comma, a dash; a hyphen only with a space before
# it (an unspaced one joins words: "post-modern").
_JOINT_BEFORE = re.compile(r"(?:\(|,|[—–]|(?<=[ \t])-)[ \t]*$")


# "..., Vietnam)": the time word's name goes on as an address, a comma then another name.
_ADDRESS_GOES_ON = LazyPattern(r"[ \t]*,[ \t]*[A-ZÀ-ỸĐ]")


def _address_now(text: str, start: int, end: int, current: str) -> bool:
    """ "born in Đức Hòa, French Indochina (now Vietnam)", "Mỹ Tho Province, Cochinchina, French
    Indochina (now Tiền Giang Province, Vietnam)": after the last part of an address (a comma and a
    name before it), "(now ...)" gives the address's present form, not the last part's new name,
    when it is an address itself or names a country."""
    if not text[:start].rstrip(" \t\n").endswith(","):
        return False
    return bool(_ADDRESS_GOES_ON.match(text, end)) or any(
        place.unit == "country" for place in gazetteer.lookup(current)
    )


def _now_called(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At the parenthesis (hit): "X (modern-day Y)" as (kind, (Y, where X starts, where the
    parenthesis ends), X); not "(now in Y)", "(now part of Y)", where X is only inside Y."""
    joint = _JOINT_BEFORE.search(text, max(0, hit - 4), hit)
    if joint is None:
        return None
    opening = joint.start()
    now = _NOW.match(text, opening)
    before = NAME_BEFORE.search(text, max(0, opening - 120), opening)
    if now is None or before is None:
        return None
    former, start = trimmed_name(before.group(1), before.start(1))
    current = now.group(1)
    if not former or is_english_word(current) or fold(former) == fold(current):
        return None
    if _address_now(text, start, now.end(1), current):
        return None
    unit = current.rsplit(" ", 1)[-1].lower()
    if unit in ADMIN_UNITS and former.rsplit(" ", 1)[-1].lower() == unit:
        # "Quy Nhơn Province (modern Bình Định Province)": a unit's borders are redrawn, so the
        # old unit's land lies in the new one, as in "(now part of Y)"; not one place renamed.
        return None
    kind = shared_kind(former, current) or kind_alone(current, former)
    if kind is None and (gazetteer.is_place(current) or gazetteer.is_place(former)):
        kind = Kind.PLACE
    return (kind, (current, start, now.end()), former) if kind else None


# "Hanoi was formerly called Thăng Long", "Saigon was known as Prey Nokor": a name's earlier name.
# "Hội An, also known as Faifo,": the same with "also" and a comma instead of the verb.
# The grammar around the verb is open: an adverb is any "-ly" word ("posthumously known as",
# "officially called"), the auxiliary any tense of "be" ("is", "are", "has also been"), and a relative
# "which/that/who" after a comma or a dash may stand between the name and the cue ("the Bassac River
# - which is called the Hau River").
_ADVERB = naming_adverb()
# The naming verbs that give a name only after a naming adverb ("posthumously titled", "formerly
# named"): alone they give an office ("was named Minister"), a work's title or a manner.
_ADVERB_VERBS = ("name", "title", "style")
# The lookahead first: every way of the pattern opens with a blank, a comma, a parenthesis, a dash or
# the "w"/"t" of "which", "that", "who" (in either case, IGNORECASE), and the engine tries the whole
# pattern at each position of the window _was_called searches: the one character class turns most
# positions away before the alternation is tried (round 30: the 629 searches of the 47-file bench
# corpus 19 ms -> 10 ms).
_WAS_CALLED = re.compile(
    r"(?=[ \t,(—–wt])"
    r"(?:(?:[ \t]*(?:,|[ \t][-–—])?[ \t]*(?:which|that|who))?"
    rf"[ \t]+(?:also[ \t]+)?(?:was|were|is|are|(?:has|have|had)(?:[ \t]+{_ADVERB})?[ \t]+been)[ \t]+"
    # "X, then called Y": a comma; "X—then called Y—": a dash, spaced or not (a hyphen only
    # spaced: an unspaced one joins words); "X (then called Y)", "X (also known as the "Y")": a
    # parenthesis. The joints are cue_grammar's. "X (people called Y or Z)": who calls him so.
    rf"|{JOINT_OPEN}|\([ \t]*(?:people|locals)[ \t]+(?=called)"
    # "The Republic of Vietnam (RVN) (1954-1975; commonly called South Vietnam)": the cue after a
    # parenthesis's dates and a semicolon.
    r"|\([ \t]*\d{3,4}[ \t]*[-–—][ \t]*\d{3,4}[ \t]*;[ \t]*)"
    rf"(?:(?P<adverb>{_ADVERB})[ \t]+)?"
    # "posthumously titled Y", "later styled Y", "dubbed Y": cue_grammar's naming verbs.
    # "known in the Western world as Y", "known by the formal name Y": cue_grammar's "known" phrases.
    rf"(?P<verb>called|{known_as()}|{KNOWN_BY_NAME}|referred[ \t]+to[ \t]+as|named"
    rf"|{naming_verb_forms(_ADVERB_VERBS)})"
    r"[ \t]+(?:as[ \t]+)?",
    re.IGNORECASE,
)


_PAREN_BEFORE = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*$")


def _listed(text: str, other: re.Match[str]) -> list[tuple[str, int]]:
    """The names after the cue, each with where it ends: "called Tuyen Long and Lam Duc", "known as
    A, B or C". A run of Vietnamese syllables around "and" is two names (no Vietnamese name holds
    the English "and"); a name of no Vietnamese syllables followed by its characters ("the Yuan
    Jiang (元江)") is a Chinese name, not a form of the term: the list ends before it."""
    out = []
    for called, end in names_listed(text, other):
        if _HAN_AFTER.match(text, end) and not all(is_syllable(w) for w in called.split()):
            break
        if out and text[end - len(called) - 1 : end - len(called)] in _QUOTES_OPEN:
            # 'called the Vietcong or "VC"', 'known as Đinh Tiên Hoàng, or "First Dinh Emperor"':
            # a quoted name after an unquoted one is a word about the name (its short form, its
            # rendering), not another name of the thing.
            break
        parts = called.split(" and ")
        if len(parts) > 1 and all(all(is_syllable(w) for w in part.split()) for part in parts):
            pos = end - len(called)
            for part in parts:
                out.append((part, pos + len(part)))
                pos += len(part) + len(" and ")
        else:
            out.append((called, end))
    return out


_QUOTES_OPEN = ('"', "“", "‘", "'")
_HAN_AFTER = re.compile(rf"[ \t]*\([ \t]*[{HAN_CHARS}]")


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][ \t]+|\n)$")


_TITLE_LINE = LazyPattern(rf"[ \t\n]*({NAME})[ \t]*\n[ \t\n]*")


def place_subject(text: str) -> str:
    """The page's subject when it is a place (a place's head word, a gazetteer place, or a name its
    lead sentence calls a place; no personal name), else "": a title line the first paragraph
    opens with ("Lam Dong Province\n\nLam Dong Province, which ..."), else the lead sentence's
    subject."""
    title = _TITLE_LINE.match(text)
    if title is not None and text.startswith(title.group(1), title.end()):
        subject: str | None = title.group(1)
    else:
        subject = lead_subject(text)
    # A person's name a street or a district bears too ("Nguyễn Trãi") is no place's page.
    if not subject or personal_name(subject) and head_kind(subject) != "place":
        return ""
    if head_kind(subject) == "place" or gazetteer.is_place(subject):
        return subject
    # "Vinh is the biggest city and economic and cultural center of central Vietnam": a city the
    # gazetteer lacks is a place by what its lead sentence calls it.
    lead = lead_names(text)
    return subject if lead is not None and lead.subject == subject and lead.kind == "place" else ""


_KNOWN_LY = re.compile(r"known[ \t]+([a-z]+ly)[ \t]+as")
_NEEDS_ADVERB = re.compile(naming_verb_forms(_ADVERB_VERBS), re.IGNORECASE)


def _was_called(text: str, hit: int) -> list[tuple[Kind, tuple[str, int, int], str]]:
    """At the verb (hit): "X was (formerly) called Y", as (kind, (X, where it starts, where Y
    ends), Y) for each name Y listed after the cue. "named" only with "formerly" and the like ("X
    was named Minister" is an office)."""
    # The first match in the window, when it starts before the hit (every later one starts later).
    cue = _WAS_CALLED.search(text, max(0, hit - 60), hit + 60)
    if cue is not None and cue.start() >= hit:
        cue = None
    if cue is None or not cue.group("adverb") and _NEEDS_ADVERB.fullmatch(cue.group("verb")):
        return []
    adverb = cue.group("adverb") or ""
    if adverb.endswith("ly") and not is_ly_adverb(adverb):
        return []  # "the family called": a noun, no adverb
    after = _KNOWN_LY.match(cue.group("verb"))
    if after is not None and not is_ly_adverb(after.group(1)):
        return []  # "known only as": no "-ly" adverb of an adjective
    # "Ho Chi Minh City (Vietnamese: Thành phố Hồ Chí Minh), commonly known as Saigon": the
    # subject's own gloss in parentheses may stand between.
    gloss = _PAREN_BEFORE.search(text, max(0, cue.start() - 100), cue.start())
    end = gloss.start() if gloss is not None else cue.start()
    subject = NAME_BEFORE.search(text, max(0, end - 120), end)
    other = NEXT_NAME.match(text, cue.end())
    if subject is None or other is None:
        return []
    name, start = trimmed_name(subject.group(1), subject.start(1))
    if name and owned_by_noun(text, start):
        return []  # "The people of Văn Lang were known as": the verb's subject is the noun
    opens = _SENTENCE_OPENS.search(text, max(0, subject.start(1) - 4), subject.start(1))
    if not name and subject.group(1) == "It" and opens:
        # "It also has been called Tuyen Duc Province." on a place's page: the page's subject, as
        # "He/She" is for a person's (person_aliases).
        name = place_subject(text)
        start = subject.start(1)
    if not name:
        return []
    found = []
    for called, called_end in _listed(text, other):
        if is_title(called.split()[0]) or is_english_word(called) or fold(name) == fold(called):
            break
        if names_a_class(text, called_end):
            break  # "Thái people (...) in Vietnam, also known as Táy people": a class's name
        kind = shared_kind(name, called) or kind_alone(name, called) or kind_alone(called, name)
        if kind is None and _person_named(name, called, cue.group("verb")):
            kind = Kind.PERSON  # "Lê Hoàn, posthumously titled Lê Đại Hành": a ward bears it too
        if kind is None and (gazetteer.is_place(name) or gazetteer.is_place(called)):
            kind = Kind.PLACE
        if kind is None and head_kind(called) is None and is_region(name):
            kind = Kind.PLACE  # "Northern Vietnam—then called Tonkin—"
        if kind is None and personal_name(name) and head_kind(called) is None:
            kind = Kind.PERSON  # "Nguyễn Văn Hải, better known as Điếu Cày": a pen name
        if kind is None and head_kind(called) is None and fold(name) == fold(place_subject(text)):
            kind = Kind.PLACE  # "Vinh was originally known as Ke Van" on Vinh's page
        if kind is None:
            break
        found.append((kind, (name, start, called_end), called))
    return found


def _person_named(name: str, called: str, verb: str) -> bool:
    """Whether a title or a style a person is given names the person: a personal name that is no
    place given another person's name (a ward or a street may bear a ruler's name)."""
    if not verb.lower().startswith(("title", "style")):
        return False
    return personal_name(name) and personal_name(called) and not gazetteer.is_place(name)


# A catalogue's line: "• Ho Chi Minh City [r]: The largest city ...; formerly called Saigon": the
# cue after a semicolon speaks of the name that opens the line.
_LINE_FORMERLY = re.compile(r";[ \t]*(?:formerly|previously|once|also)[ \t]+$")
_LINE_NAME = LazyPattern(rf"[ \t]*(?:[-*•][ \t]*)?({NAME})")
_LINE_CUE = LazyPattern(r"(?:called|known[ \t]+as|named)[ \t]+")


def _line_formerly(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    if not _LINE_FORMERLY.search(text, max(0, hit - 16), hit):
        return None
    cue = _LINE_CUE.match(text, hit)
    other = NEXT_NAME.match(text, cue.end()) if cue else None
    line = _LINE_NAME.match(text, text.rfind("\n", 0, hit) + 1)
    if other is None or line is None or is_english_word(other.group(1)):
        return None
    name, called = line.group(1), other.group(1)
    if fold(name) == fold(called) or is_english_word(name):
        return None
    kind = shared_kind(name, called) or kind_alone(name, called) or kind_alone(called, name)
    if kind is None and (gazetteer.is_place(name) or gazetteer.is_place(called)):
        kind = Kind.PLACE
    return (kind, (name, line.start(1), other.end(1)), called) if kind else None


def was_called_names(doc: Document, hits: list[int]) -> Iterator[Mention]:
    """ "X was formerly called Y" and a catalogue line's "; formerly called Y", at the hits of the
    naming verbs."""
    text, lower = doc.text, doc.lower
    for hit in hits:
        if lower.startswith(("renam", "ed into"), hit):
            continue
        line = _line_formerly(text, hit)
        for kind, (name, start, end), other in _was_called(text, hit) or ([line] if line else []):
            yield other_name_mention(doc, start, end, kind, name, other)


def former_names(doc: Document) -> Iterator[Mention]:
    """ "X, which is one of ... former names of Y", "Y (formerly X)"."""
    text, lower = doc.text, doc.lower
    for hit in literal_hits(lower, ("former", "old name", "older name", "earlier name", "ancient name")):
        found = _former_name_of(text, hit)
        if found is not None:
            kind, (current, current_start, current_end), former = found
            yield other_name_mention(doc, current_start, current_end, kind, current, former)


def alias_names(doc: Document, hits: list[int]) -> Iterator[Mention]:
    """A person's pen name, pseudonym or the name they are best known by, at the hits of "known as"
    and the alias cues."""
    text, lower = doc.text, doc.lower
    # "Nguyễn Văn Thành, better known as ...", "Nguyễn Ái Quốc, now known as Hồ Chí Minh": the
    # person's other name (a place's "now known as" has a head word or no personal name: refused).
    best_known = [
        hit - len(word)
        for hit in hits
        if lower.startswith("known as", hit)
        for word in ("best ", "now ")
        if lower[hit - len(word) : hit] == word
    ]
    aliases = literal_hits(lower, _ALIAS_ANCHORS) + phrase_hits(lower, " name", ("pen",))
    for hit in sorted(aliases + best_known):
        found = _alias_of(text, hit)
        if found is not None:
            (name, start, end), alias = found
            yield other_name_mention(doc, start, end, Kind.PERSON, name, alias)


def changed_names(doc: Document) -> Iterator[Mention]:
    """ "changed its name to Y", "founded in 1956 as Y": the other name of the name the sentence is
    about."""
    text, lower = doc.text, doc.lower
    hits = literal_hits(lower, _CHANGED_ANCHORS) + phrase_hits(lower, " name", _CHANGED_OWNERS)
    for hit in sorted(hits):
        found = _changed_name(text, hit)
        if found is not None:
            kind, (name, start, end), other = found
            yield other_name_mention(doc, start, end, kind, name, other)


def throne_names(doc: Document) -> Iterator[Mention]:
    """The name a ruler reigned under ("proclaimed himself Emperor Gia Long")."""
    text, lower = doc.text, doc.lower
    for hit in literal_hits(lower, _THRONE_ANCHORS):
        found = _throne_name(text, hit)
        if found is not None:
            (name, start, end), other = found
            yield other_name_mention(doc, start, end, Kind.PERSON, name, other)


def now_names(doc: Document) -> Iterator[Mention]:
    """The name a place has today ("Gia Định (now Ho Chi Minh City)")."""
    text, lower = doc.text, doc.lower
    for hit in literal_hits(lower, _NOW_ANCHORS):
        found = _now_called(text, hit)
        if found is not None:
            kind, (current, start, end), former = found
            yield other_name_mention(doc, start, end, kind, current, former)
