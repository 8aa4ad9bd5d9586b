"""Former names: "the Vietnam Labor Youth Union was renamed the Ho Chi Minh Revolutionary Youth Union",
"renaming the Vietnam National Youth Union to the Vietnam Labor Youth Union".

Both names are capitalised names of the same kind of thing (the head words agree), so the old name is
a variant of the new one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind, VariantType
from glossary.text import fold, is_syllable
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word

from . import gazetteer
from .documents import Document
from .glosses import find_cue
from .lead import CAP_WORD, Lead, lead_names
from .lexicon import ADMIN_UNITS, ORG_HEADS, PLACE_HEADS, VI_PLACE_GENERICS, is_family_name, names_a_label
from .mentions import Mention, literal_hits, mention_at, phrase_hits
from .name_chains import extract_name_chains, extract_or_lists
from .names.words import head_kind, is_title
from .phrases import paragraph_bounds

# "X was transformed into Y", "X was reorganised into Y": the same body under its next name.
_CUE = re.compile(
    r"\b(?:was|were|is|been|be)\s+(?:renamed\s+(?:(?:as|to|into)\s+)?"
    r"|(?:transformed|converted|reorgani[sz]ed)\s+into\s+)|\brenaming\s+",
    re.IGNORECASE,
)
# The cue's own words, found by a literal scan (see glosses.find_cue).
_CUE_ANCHOR = ("renam", "transformed into", "converted into", "reorganised into", "reorganized into")
_NAME = rf"{CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{CAP_WORD})*"
_NAME_AFTER = re.compile(rf"(?:the[ \t]+)?({_NAME})")
# A name that may hold the dash of a province's two names ("Bà Rịa–Vũng Tàu", "Phan Rang–Tháp Chàm"):
# an unspaced dash between two capitalised words; a spaced one (" – ") is punctuation.
_DASHED_NAME = (
    rf"{CAP_WORD}(?:[–-]{CAP_WORD})*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{CAP_WORD}(?:[–-]{CAP_WORD})*)*"
)
# The subject before a cue ("Phan Rang–Tháp Chàm, commonly known as Phan Rang"): whole across the dash.
_NAME_BEFORE = re.compile(rf"({_DASHED_NAME})[ \t]*,?[ \t]*$")
_NAME_BEFORE_CUE = re.compile(rf"({_NAME})")
# "renaming X to Y": the new name after "to" or "as".
_TO = re.compile(r"[ \t]+(?:to|as|into)[ \t]+(?:the[ \t]+)?")


def shared_kind(old: str, new: str) -> Kind | None:
    """The kind both names have by their head words, or None when they differ or have none."""
    a, b = head_kind(old), head_kind(new)
    if a != b or a not in ("org", "place"):
        return None
    return Kind.ORGANISATION if a == "org" else Kind.PLACE


def extract_renames(doc: Document) -> Iterator[Mention]:
    """Every rename a document states, as a mention of the new name with the old one as a variant."""
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
            before = _NAME_BEFORE.search(text, max(0, cue.start() - 120), cue.start())
            new = _NAME_AFTER.match(text, cue.end())
            if before is None:
                continue
            old_name, old_start = _trimmed(before.group(1), before.start(1))  # not "The"
        if new is None:
            continue
        # "X was renamed Y in 1802, and later Z": each later name is the same thing's.
        for new_name, new_end in names_listed(text, new):
            kind = shared_kind(old_name, new_name)
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


# --- other names given for a name the paragraph gave before ----------------------------------------

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
# "named" also finds "nicknamed"; "into" finds "converted into" and the like.
_BACK_ANCHORS = ("called", "named", "known as", "referred to as", "renam", "ed into")
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
# A list of other names after the first: "named An Quoc (Pacification of the Realm) and Tran Bac
# (Guardian of the North)", "called Thaeng, Muang Then or Mường Thanh".
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
# "renamed Thuận Hóa in 1306, and later Phú Xuân": a year after a name, an adverb of time before
# the next one.
_YEAR_AFTER = re.compile(r"[ \t]+(?:in|from)[ \t]+\d{3,4}\b")
_NEXT_IN_LIST = re.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
    r"(?:(?:later|then|subsequently|finally|afterwards)[ \t]+"
    r"(?:(?:renamed|called|named)[ \t]+)?(?:to[ \t]+)?)?"
    r"(?:the[ \t]+)?"
)
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
_FORMERLY = re.compile(
    r"[ \t]*(?:\(|,[ \t]*)(?:formerly|previously)[ \t]+(?:(?:known[ \t]+as|called|named)[ \t]+)?"
)
_ANTECEDENT = re.compile(rf"({_DASHED_NAME})")
# "The city is nicknamed the "Western Metropolis"": the name may be quoted.
_NEXT_NAME = re.compile(rf"(?:the[ \t]+)?[\"“‘']?({_DASHED_NAME})")
_ENDS_FORMERLY = re.compile(r"[ \t]*[),;.]")
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


def _noun_short_forms(doc: Document) -> Iterator[Mention]:
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
            **_side(name),
        )


# "Hủa Xi Pan ("the tottering giant rock")—the name that the locals called the mountain", "Tourane,
# the name the French gave the city": a name, then an apposition saying whose name it was.
_NAME_THEY_CALLED = re.compile(
    r"[ \t]*[—–,-][ \t]*the[ \t]+name[ \t]+(?:that[ \t]+|which[ \t]+)?(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+){1,2}"
    r"(?:called|gave|used[ \t]+for|knew)[ \t]+(?:the[ \t]+(?P<noun>[a-z]+)|(?P<it>it))\b"
)
_NAME_AND_ASIDE_BEFORE = re.compile(rf"({_NAME})[ \t]*(?:\([^()\n]{{1,60}}\))?$")


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


def names_listed(text: str, first: re.Match[str]) -> list[tuple[str, int]]:
    """The name matched by first (group 1) and those listed after it, each after its own aside
    ("named An Quoc (Pacification of the Realm) and Tran Bac (Guardian of the North)"), with where
    each ends."""
    found = [(first.group(1), first.end(1))]
    pos = first.end(1)
    while len(found) < 8:
        aside = _ASIDE.match(text, pos) or _YEAR_AFTER.match(text, pos)
        pos = aside.end() if aside else pos
        sep = _NEXT_IN_LIST.match(text, pos)
        more = _NEXT_NAME.match(text, sep.end()) if sep else None
        if more is None or is_english_word(more.group(1)) or is_title(more.group(1).split()[0]):
            break
        found.append((more.group(1), more.end(1)))
        pos = more.end(1)
    return found


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


def _trimmed(name: str, start: int) -> tuple[str, int]:
    """A name without the function words a sentence opens with ("The", "When")."""
    words = name.split(" ")
    while words and words[0].lower() in ENGLISH_FUNCTION_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def _antecedent(text: str, floor: int, cue: int, noun: str) -> tuple[str, int] | None:
    """The last name of noun's kind between floor and cue; failing that, the last city, province
    or country the gazetteers know ("Hanoi ..., when the city was known as Thăng Long")."""
    found = known = None
    unit = _GAZETTEER_UNITS.get(noun)
    for match in _ANTECEDENT.finditer(text, floor, cue):
        name, start = _trimmed(match.group(1), match.start(1))
        if not name or is_english_word(name) or _describes(name, text, match.end(1), noun):
            continue
        if _names_noun(text, name, match.end(1), noun):
            found = (name, start)
        elif unit and any(p.unit == unit for p in gazetteer.lookup(name)):
            known = (name, start)
    return found or known


def _side(name: str) -> dict[str, str]:
    """The name as a mention's vi (Vietnamese syllables with Vietnamese letters) or en."""
    words = name.replace("–", " ").replace("-", " ").split()
    vietnamese = has_vi_letters(name) and all(is_syllable(w) for w in words)
    return {"vi": name} if vietnamese else {"en": name}


def other_name_mention(
    doc: Document, start: int, end: int, kind: Kind, name: str, other: str | None
) -> Mention:
    """A mention of `name` at start:end that carries `other` as another name of it (shared with the
    page-subject cues of subject_names.py); without `other`, a mention of the name of that kind."""
    return mention_at(
        doc,
        start,
        end,
        kind=kind,
        variants=[(other, VariantType.OTHER)] if other else [],
        confidence=0.7,
        origin="name",
        **_side(name),
    )


def extract_other_names(doc: Document) -> Iterator[Mention]:
    """Other and former names a document gives for a name: after a noun standing for a name the
    paragraph gave ("the province was called Phước Tuy"), "X, which is one of ... former names of
    Y", "X (formerly Y)"."""
    text, lower = doc.text, doc.lower
    seen: set[int] = set()
    hits = literal_hits(lower, _BACK_ANCHORS)
    for hit in hits:
        # "the corporation was restructured into ... and renamed X" reaches further back.
        reach = 130 if lower.startswith("renam", hit) else 60
        for cue in _BACK_CUE.finditer(text, max(0, hit - reach), min(len(text), hit + 40)):
            if cue.start() in seen or not cue.start() <= hit < cue.end():
                continue
            seen.add(cue.start())
            noun = (cue.group("noun") or cue.group("object")).lower()
            kind = _kind_of_noun(noun)
            named = _NEXT_NAME.match(text, cue.end())
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
    for hit in hits:
        if lower.startswith(("renam", "ed into"), hit):
            continue
        found = _was_called(text, hit) or _line_formerly(text, hit)
        if found is not None:
            kind, (name, start, end), other = found
            yield other_name_mention(doc, start, end, kind, name, other)
    for hit in literal_hits(lower, ("former", "old name", "older name", "earlier name", "ancient name")):
        found = _former_name_of(text, hit)
        if found is not None:
            kind, (current, current_start, current_end), former = found
            yield other_name_mention(doc, current_start, current_end, kind, current, former)
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
    yield from _noun_short_forms(doc)
    for hit in phrase_hits(lower, " name", ("the",)):
        found = _name_they_called(text, hit)
        if found is not None:
            kind, (name, start, end), other = found
            yield other_name_mention(doc, start, end, kind, name, other)
    for hit in sorted(literal_hits(lower, _CHANGED_ANCHORS) + phrase_hits(lower, " name", ("its", "their"))):
        found = _changed_name(text, hit)
        if found is not None:
            kind, (name, start, end), other = found
            yield other_name_mention(doc, start, end, kind, name, other)
    for hit in literal_hits(lower, _THRONE_ANCHORS):
        found = _throne_name(text, hit)
        if found is not None:
            (name, start, end), other = found
            yield other_name_mention(doc, start, end, Kind.PERSON, name, other)
    for hit in literal_hits(lower, _NOW_ANCHORS):
        found = _now_called(text, hit)
        if found is not None:
            kind, (current, start, end), former = found
            yield other_name_mention(doc, start, end, kind, current, former)
    yield from _spellings(doc)
    yield from _birth_names(doc)
    yield from extract_name_chains(doc)
    yield from extract_or_lists(doc)
    for match in _PAREN_NAME.finditer(text):
        found = _place_and_other_name(text, match)
        if found is not None:
            (name, start), other = found
            yield other_name_mention(doc, start, match.end(), Kind.PLACE, name, other)
            continue
        found = _person_and_other_name(text, match)
        if found is not None:
            (name, start), other = found
            yield other_name_mention(doc, start, match.end(), Kind.PERSON, name, other)


# "Ho Chi Minh City (Saigon)": a parenthesis holding nothing but a name, perhaps after "or".
# The parenthesis may name its cue and have spaces inside: "Trần Quốc Toản ( known as Trần Hưng
# Đạo )", "Nguyễn Tất Thành (also known as Nguyễn Ái Quốc)", "(born Nguyễn Sinh Cung)".
_PAREN_NAME = re.compile(
    r"\([ \t]*(?:(?:(?:also|better|commonly|often|later|formerly|popularly)[ \t]+)?"
    # "Ho Chi Minh City (née Saigon)": the name it was born with, "nee" often without its accent.
    r"(?:known[ \t]+as|called|born|n[ée]e|alias|a\.k\.a\.?)[ \t]+"
    # "Hồ Phi Phúc (or Nguyễn Phi Phúc)": the same name another way, after "or".
    r"|or[ \t]+)?"
    rf"({_NAME})[ \t]*\)"
)
# "Da Lat (also written as Dalat)", "Nguyễn Văn Thiệu (also spelled Nguyen Van Thieu or Thieu)":
# other spellings of the name before; what a page's markup left inside is skipped (", ; ").
# The same after a comma: "Pleiku, also spelled Playku, is ...", "Huế, sometimes written Hue."
_SPELT_ANCHORS = ("written", "spelled", "spelt")
_SPELT_VERB = r"(?:(?:also|sometimes|often|commonly)[ \t]+)?(?:written|spelled|spelt)(?:[ \t]+as)?[ \t]+"
_SPELT = re.compile(
    # "Sa Pa (/vi/, also written as Sapa)": a pronunciation may come first.
    rf"\([ \t]*(?:/[^/()\n]{{1,40}}/[ \t]*[,;][ \t]*)?{_SPELT_VERB}[\"“]?({_NAME})[\"”]?"
    rf"(?:[ \t]*(?:,|or|,[ \t]*or)[ \t]+[\"“]?({_NAME})[\"”]?)?[ \t,;]*\)"
)
_SPELT_AFTER_COMMA = re.compile(
    rf",[ \t]*{_SPELT_VERB}[\"“]?({_NAME})[\"”]?(?:[ \t]+or[ \t]+[\"“]?({_NAME})[\"”]?)?(?=[ \t]*[,.;)\n])"
)


def _spellings(doc: Document) -> Iterator[Mention]:
    text = doc.text
    hits = literal_hits(doc.lower, _SPELT_ANCHORS)
    described: Lead | None | bool = False
    for hit in hits:
        opening = text.rfind("(", max(0, hit - 60), hit)
        match = _SPELT.match(text, opening) if opening >= 0 else None
        if match is None:
            opening = text.rfind(",", max(0, hit - 14), hit)
            match = _SPELT_AFTER_COMMA.match(text, opening) if opening >= 0 else None
        before = _NAME_BEFORE.search(text, max(0, opening - 120), opening) if match else None
        if match is None or before is None:
            continue
        name, start = _trimmed(before.group(1), before.start(1))
        head = head_kind(name)
        kind = {"org": Kind.ORGANISATION, "place": Kind.PLACE}.get(head or "")
        if kind is None and (gazetteer.is_place(name) or gazetteer.is_place(match.group(1))):
            kind = Kind.PLACE
        if kind is None:
            if described is False:
                described = lead_names(text)
            if isinstance(described, Lead) and fold(described.subject) == fold(name) and described.kind:
                kind = Kind.ORGANISATION if described.kind == "org" else Kind.PLACE
            elif personal_name(name) or personal_name(match.group(1)):
                kind = Kind.PERSON
        if kind is None or not name:
            continue
        for other in filter(None, match.groups()):
            if fold(other) != fold(name) and not is_english_word(other):
                yield other_name_mention(doc, start, match.end(), kind, name, other)


# "Lê Duẩn (born Lê Văn Nhuận; 7 April 1907 – 10 July 1986)": a birth name opening the parenthesis
# of a person's dates ("(born Nguyễn Sinh Cung)" alone is _PAREN_NAME's).
_BIRTH_NAME = re.compile(rf"\([ \t]*(?:born|birth[ \t]+name:?)[ \t]+({_NAME})[ \t]*[;,]")


def _birth_names(doc: Document) -> Iterator[Mention]:
    text = doc.text
    births = phrase_hits(doc.lower, "born ", ("(",)) + phrase_hits(doc.lower, " name", ("(birth",))
    for hit in sorted(births):
        match = _BIRTH_NAME.match(text, hit)
        before = _NAME_BEFORE.search(text, max(0, hit - 80), hit) if match else None
        if match is None or before is None or text[before.end(1) : hit] != " ":
            continue
        name, start = _trimmed(before.group(1), before.start(1))
        other = match.group(1)
        if not name or fold(name) == fold(other) or not (personal_name(name) or personal_name(other)):
            continue
        if head_kind(name) is not None or head_kind(other) is not None:
            continue
        yield other_name_mention(doc, start, match.end(1), Kind.PERSON, name, other)


# Units a parenthesis names to say where a place is ("Hoi An (Quang Nam)", "Hue (Vietnam)").
_LOCATING_UNITS = frozenset({"country", "tỉnh", "thành phố"})


def _place_and_other_name(text: str, match: re.Match[str]) -> tuple[tuple[str, int], str] | None:
    """ "X (Y)" where X is a place and Y another name of it, as ((X, where it starts), Y): not a
    place that locates X (a country, a province, a city: "Hoi An (Quang Nam)", "Hue (Central
    Vietnam)"), not a short form, not Vietnamese (a gloss's), not a word of English; and X a city or
    a province, not a building or a market in one ("Ben Thanh Market (Saigon)")."""
    other = match.group(1)
    words = other.split()
    if (
        len(words) > 3
        or any(w.isupper() or is_title(w) for w in words)
        or has_vi_letters(other)
        or is_english_word(other)
        or names_a_label(other)
    ):
        return None
    before = _NAME_BEFORE.search(text, max(0, match.start() - 120), match.start())
    if before is None or text[before.end(1) : match.start()] != " ":
        return None
    name, start = _trimmed(before.group(1), before.start(1))
    if not name or fold(name) == fold(other) or set(fold(name).split()) & set(fold(other).split()):
        return None
    if _labelled_forms(text, match, name):
        return None
    # A city or a province, not a building or a market in it ("Ben Thanh Market (Saigon)").
    if head_kind(other) is not None or not (
        gazetteer.is_place(name) or name.rsplit(" ", 1)[-1].lower() in ADMIN_UNITS
    ):
        return None
    for size in range(1, len(words) + 1):
        for at in range(len(words) - size + 1):
            places = gazetteer.lookup(" ".join(words[at : at + size]))
            if any(place.unit in _LOCATING_UNITS for place in places):
                return None
    return (name, start), other


# "Langson (English), Lang-Son (French)", "Lạng-sơn (Kinh) or La̭ng-xơn (Mường)": forms of one
# name listed each with its own parenthesis, joined by a comma or "or". Each parenthesis labels
# the form before it (a language, a people, a period), so none is another name of the place.
# Different names in such a list ("Thăng Long (Hanoi), Phú Xuân (Huế)") are left alone.
_LIST_JOIN = r"(?:,[ \t]*(?:or[ \t]+)?|or[ \t]+)"
_LABELLED_NEXT = re.compile(rf"[ \t]*{_LIST_JOIN}[\"“]?((?:{_NAME})|\S+)[\"”]?[ \t]*\(")
_LABELLED_BEFORE = re.compile(
    rf"[\"“]?((?:{_NAME})|\S+)[\"”]?[ \t]*\([^()\n]{{1,40}}\)[ \t]*{_LIST_JOIN}[\"“]?\S+[ \t]*$"
)


def _letters(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalpha())


def _labelled_forms(text: str, match: re.Match[str], name: str) -> bool:
    """Whether the parenthesis at match follows one form in a list of forms of name, each form
    followed by its label: the forms next to it begin with the same letters as name."""
    key = _letters(name)[:3]
    after = _LABELLED_NEXT.match(text, match.end())
    if after is not None and _letters(after.group(1))[:3] == key:
        return True
    before = _LABELLED_BEFORE.search(text, max(0, match.start() - 120), match.start())
    return before is not None and _letters(before.group(1))[:3] == key


def personal_name(name: str) -> bool:
    """Two to four Vietnamese syllables opening with a family name, and no country, province or
    city (many wards bear a person's name: "Lê Lợi")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and is_family_name(words[0])
        and all(w[:1].isupper() and is_syllable(w) for w in words)
        and not any(p.unit in _LOCATING_UNITS for p in gazetteer.lookup(name))
    )


def _person_and_other_name(text: str, match: re.Match[str]) -> tuple[tuple[str, int], str] | None:
    """ "Lý Thái Tổ (Lý Công Uẩn)", "Gia Long (Nguyễn Phúc Ánh)": a person's name, then in
    parentheses another full Vietnamese name of the same person (a personal, temple or birth name)."""
    other = match.group(1)
    if not personal_name(other):
        return None
    before = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if before is None or text[before.end(1) : match.start()] != " ":
        return None
    name, start = _trimmed(before.group(1), before.start(1))
    if not personal_name(name) or fold(name) == fold(other):
        return None
    return (name, start), other


def _former_name_of(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At "former" (hit): "X, which is one of six former names of Y" or "Y (formerly X)", as
    (kind, (Y, where it starts, where the statement ends), X)."""
    floor = max(0, hit - 160)
    for match in _NAME_BEFORE_CUE.finditer(text, floor, hit + 60):
        cue = _FORMER_NAMES_OF.match(text, match.end(1)) or _FORMER_ASIDE.match(text, match.end(1))
        if cue is not None and cue.start() <= hit < cue.end():
            current = _NEXT_NAME.match(text, cue.end())
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
            former_match = _NEXT_NAME.match(text, cue.end())
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
_ALIAS = re.compile(r"(?:pseudonym|pen[ \t]+name|(?:best|now)[ \t]+known[ \t]+as|alias)[ \t]+")
# What may stand between the name before and the cue: its gloss in parentheses, a dash or a comma,
# "but" or "and", "under the".
_ALIAS_GAP = re.compile(
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*[—–,]?[ \t]*(?:(?:but|and)[ \t]+)?"
    r"(?:under[ \t]+(?:the|a|his|her)[ \t]+)?$"
)


def _alias_of(text: str, hit: int) -> tuple[tuple[str, int, int], str] | None:
    """At the cue (hit): the person named before it and the other name after it, when one of the
    two is a Vietnamese full name."""
    cue = _ALIAS.match(text, hit)
    alias = _NEXT_NAME.match(text, cue.end()) if cue is not None else None
    if alias is None:
        return None
    gap = _ALIAS_GAP.search(text, max(0, hit - 80), hit)
    before = _NAME_BEFORE.search(text, max(0, gap.start() - 60), gap.start()) if gap else None
    if before is None:
        return None
    name, start = _trimmed(before.group(1), before.start(1))
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
_CHANGED = re.compile(
    r"(?:chang(?:ed|ing)[ \t]+(?:its|their)[ \t]+names?[ \t]+(?:to|into)"
    r"|(?:its|their)[ \t]+names?[ \t]+(?:was|were)[ \t]+(?:later[ \t]+)?changed[ \t]+(?:to|into)"
    r"|(?:founded|established)(?:[ \t]+(?:in|on)[ \t]+[^\n.;()]{1,30}?)?[ \t]+as"
    r"|(?:founded|established)[^\n]{0,60}\n?[ \t]*\(as)"
    r"[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)


def _changed_name(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At the cue (hit): the last name of the same kind in the sentence before it, else the page's
    subject, with the name after the cue."""
    cue = next(
        (c for c in _CHANGED.finditer(text, max(0, hit - 30), min(len(text), hit + 80)) if c.start() <= hit),
        None,
    )
    named = _NEXT_NAME.match(text, cue.end()) if cue is not None else None
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
    for match in reversed(list(_NAME_BEFORE_CUE.finditer(text, floor, cue.start()))):
        name, start = _trimmed(match.group(1), match.start(1))
        kind = shared_kind(name, other) if name and fold(name) != fold(other) else None
        if kind is not None:
            return kind, (name, start, named.end(1)), other
    lead = lead_names(text)
    if lead is None or fold(lead.subject) == fold(other):
        return None
    kind = (
        shared_kind(lead.subject, other) or kind_alone(lead.subject, other) or kind_alone(other, lead.subject)
    )
    return (kind, (lead.subject, lead.start, named.end(1)), other) if kind else None


# "lord Nguyễn Phúc Ánh ascended the throne ... and proclaimed himself Emperor Gia Long", "took the
# regnal name Quang Trung", "was crowned as Emperor Bảo Đại": the name a ruler reigned under.
_THRONE_ANCHORS = ("himself", "herself", "crowned", "throne", "regnal")
_THRONE = re.compile(
    r"(?:(?:proclaimed|declared|crowned|styled)[ \t]+(?:himself|herself)|was[ \t]+crowned|"
    r"took[ \t]+the[ \t]+(?:regnal|throne)[ \t]+name|ascended[ \t]+the[ \t]+throne)"
    r"[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?(?:of[ \t]+)?"
)


def _throne_name(text: str, hit: int) -> tuple[tuple[str, int, int], str] | None:
    """At the cue (hit): the person the sentence named before it and the name after it (its titles
    left out), a name of two or more words, no place ("proclaimed himself King of Champa")."""
    cue = next((c for c in _THRONE.finditer(text, max(0, hit - 30), hit + 40) if c.start() <= hit), None)
    named = _NEXT_NAME.match(text, cue.end()) if cue is not None else None
    if cue is None or named is None:
        return None
    words = named.group(1).split()
    while words and is_title(words[0]):
        words = words[1:]
    other = " ".join(words)
    if len(words) < 2 or "of" in words or head_kind(other) is not None:
        return None
    if any(place.unit in _LOCATING_UNITS for place in gazetteer.lookup(other)):
        return None  # a country, a province or a city; many wards bear a ruler's name
    sentence = max(text.rfind(". ", 0, cue.start()), text.rfind("\n", 0, cue.start())) + 1
    people = [m for m in _NAME_BEFORE_CUE.finditer(text, sentence, cue.start()) if personal_name(m.group(1))]
    if not people:
        return None
    name, start = people[-1].group(1), people[-1].start(1)
    if fold(name) == fold(other):
        return None
    return (name, start, named.end(1)), other


# "Đại La (modern-day Hanoi)", "Gia Định (now Ho Chi Minh City)", "Muang Thaeng (today's Điện
# Biên Phủ)": the name the place has today. One literal scan each, so few and short: "now " also
# finds "(now ", "modern" both spellings.
_NOW_ANCHORS = ("now ", "modern", "present", "today")
_NOW = re.compile(
    rf"(?:\(|,[ \t]+)(?:now|[Mm]odern[- ]day|[Pp]resent[- ]day|today['’]s)[ \t]+(?:the[ \t]+)?({_NAME})"
    r"(?:[ \t]*\)|[ \t]*,)"
)


def _now_called(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At the parenthesis (hit): "X (modern-day Y)" as (kind, (Y, where X starts, where the
    parenthesis ends), X); not "(now in Y)", "(now part of Y)", where X is only inside Y."""
    if hit and text[hit - 1] == "(":
        opening = hit - 1
    else:
        opening = text.rfind(",", max(0, hit - 3), hit)
        if opening < 0:
            return None
    now = _NOW.match(text, opening)
    before = _NAME_BEFORE.search(text, max(0, opening - 120), opening)
    if now is None or before is None:
        return None
    former, start = _trimmed(before.group(1), before.start(1))
    current = now.group(1)
    if not former or is_english_word(current) or fold(former) == fold(current):
        return None
    kind = shared_kind(former, current) or kind_alone(current, former)
    if kind is None and (gazetteer.is_place(current) or gazetteer.is_place(former)):
        kind = Kind.PLACE
    return (kind, (current, start, now.end()), former) if kind else None


# "Hanoi was formerly called Thăng Long", "Saigon was known as Prey Nokor": a name's earlier name.
# "Hội An, also known as Faifo,": the same with "also" and a comma instead of the verb.
_WAS_CALLED = re.compile(
    r"(?:[ \t]+(?:was|were|had[ \t]+been)|,)[ \t]+"
    r"(?:(?P<adverb>formerly|previously|once|originally|also|better|best|sometimes|often|commonly|popularly|then|later)"
    r"[ \t]+)?"
    r"(?P<verb>called|known[ \t]+as|referred[ \t]+to[ \t]+as|named)[ \t]+(?:as[ \t]+)?",
    re.IGNORECASE,
)


_PAREN_BEFORE = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*$")


def _was_called(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    """At the verb (hit): "X was (formerly) called Y", as (kind, (X, where it starts, where Y
    ends), Y). "named" only with "formerly" and the like ("X was named Minister" is an office)."""
    cue = next((c for c in _WAS_CALLED.finditer(text, max(0, hit - 40), hit + 20) if c.start() < hit), None)
    if cue is None or cue.group("verb").lower() == "named" and not cue.group("adverb"):
        return None
    # "Ho Chi Minh City (Vietnamese: Thành phố Hồ Chí Minh), commonly known as Saigon": the
    # subject's own gloss in parentheses may stand between.
    gloss = _PAREN_BEFORE.search(text, max(0, cue.start() - 100), cue.start())
    end = gloss.start() if gloss is not None else cue.start()
    subject = _NAME_BEFORE.search(text, max(0, end - 120), end)
    other = _NEXT_NAME.match(text, cue.end())
    if subject is None or other is None:
        return None
    name, start = _trimmed(subject.group(1), subject.start(1))
    called = other.group(1)
    if not name or is_title(called.split()[0]) or is_english_word(called) or fold(name) == fold(called):
        return None
    kind = shared_kind(name, called) or kind_alone(name, called) or kind_alone(called, name)
    if kind is None and (gazetteer.is_place(name) or gazetteer.is_place(called)):
        kind = Kind.PLACE
    if kind is None and personal_name(name) and head_kind(called) is None:
        kind = Kind.PERSON  # "Nguyễn Văn Hải, better known as Điếu Cày": a pen name
    return (kind, (name, start, other.end(1)), called) if kind else None


# A catalogue's line: "• Ho Chi Minh City [r]: The largest city ...; formerly called Saigon": the
# cue after a semicolon speaks of the name that opens the line.
_LINE_FORMERLY = re.compile(r";[ \t]*(?:formerly|previously|once|also)[ \t]+$")
_LINE_NAME = re.compile(rf"[ \t]*(?:[-*•][ \t]*)?({_NAME})")
_LINE_CUE = re.compile(r"(?:called|known[ \t]+as|named)[ \t]+")


def _line_formerly(text: str, hit: int) -> tuple[Kind, tuple[str, int, int], str] | None:
    if not _LINE_FORMERLY.search(text, max(0, hit - 16), hit):
        return None
    cue = _LINE_CUE.match(text, hit)
    other = _NEXT_NAME.match(text, cue.end()) if cue else None
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


def kind_alone(name: str, former: str) -> Kind | None:
    """The kind of a name whose former name has no head word of its own ("Saigon")."""
    if head_kind(former) is not None:
        return None
    return {"org": Kind.ORGANISATION, "place": Kind.PLACE}.get(head_kind(name) or "")
