"""Other names a parenthesis or an aside gives for the name before it: another spelling ("Da Lat
(also written as Dalat)"), a birth name, a place's or a person's other name ("Ho Chi Minh City
(Saigon)", "Gia Long (Nguyễn Phúc Ánh)")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.model import Kind
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from . import gazetteer
from .cue_grammar import ARTICLE_OR_QUOTE, naming_adverb
from .documents import Document
from .lead import Lead, lead_names
from .lexicon import ADMIN_UNITS, names_a_label
from .mentions import Mention, literal_hits, phrase_hits
from .name_spans import (
    LOCATING_UNITS,
    NAME,
    NAME_BEFORE,
    is_ly_adverb,
    other_name_mention,
    personal_name,
    trimmed_name,
)
from .names.words import head_kind, is_title
from .paren_sides import names_two_places
from .person_aliases import person_shaped

# "Ho Chi Minh City (Saigon)": a parenthesis holding nothing but a name, perhaps after "or".
# The parenthesis may name its cue and have spaces inside: "Trần Quốc Toản ( known as Trần Hưng
# Đạo )", "Nguyễn Tất Thành (also known as Nguyễn Ái Quốc)", "(born Nguyễn Sinh Cung)".
# The adverb before the cue and the article or quote after it are cue_grammar's ("(once called the
# "Pearl")"); a "-ly" word there that is no adverb is refused where the match is read.
_PAREN_NAME = re.compile(
    rf"\([ \t]*(?:(?:(?P<adverb>{naming_adverb()})[ \t]+)?"
    # "Ho Chi Minh City (née Saigon)": the name it was born with, "nee" often without its accent.
    rf"(?:known[ \t]+as|called|born|n[ée]e|alias|a\.k\.a\.?)[ \t]+{ARTICLE_OR_QUOTE}"
    # "Hồ Phi Phúc (or Nguyễn Phi Phúc)": the same name another way, after "or".
    r"|(?P<alternative>or)[ \t]+"
    # "Lê Long Việt (emperor Lê Trung Tông)": a ruler's title in lower case before his other name
    # (names.words.is_title; read for a person only).
    r"|(?P<role>[a-z]+)[ \t]+)?"
    rf"(?P<name>{NAME})[\"”’']?[ \t]*\)"
)
# "Da Lat (also written as Dalat)", "Nguyễn Văn Thiệu (also spelled Nguyen Van Thieu or Thieu)":
# other spellings of the name before; what a page's markup left inside is skipped (", ; ").
# The same after a comma: "Pleiku, also spelled Playku, is ...", "Huế, sometimes written Hue."
_SPELT_ANCHORS = ("written", "spelled", "spelt")
_SPELT_VERB = r"(?:(?:also|sometimes|often|commonly)[ \t]+)?(?:written|spelled|spelt)(?:[ \t]+as)?[ \t]+"
_SPELT = re.compile(
    # "Sa Pa (/vi/, also written as Sapa)": a pronunciation may come first.
    rf"\([ \t]*(?:/[^/()\n]{{1,40}}/[ \t]*[,;][ \t]*)?{_SPELT_VERB}[\"“]?({NAME})[\"”]?"
    rf"(?:[ \t]*(?:,|or|,[ \t]*or)[ \t]+[\"“]?({NAME})[\"”]?)?[ \t,;]*\)"
)
_SPELT_AFTER_COMMA = re.compile(
    rf",[ \t]*{_SPELT_VERB}[\"“]?({NAME})[\"”]?(?:[ \t]+or[ \t]+[\"“]?({NAME})[\"”]?)?(?=[ \t]*[,.;)\n])"
)


def spellings(doc: Document) -> Iterator[Mention]:
    text = doc.text
    hits = literal_hits(doc.lower, _SPELT_ANCHORS)
    described: Lead | None | bool = False
    for hit in hits:
        opening = text.rfind("(", max(0, hit - 60), hit)
        match = _SPELT.match(text, opening) if opening >= 0 else None
        if match is None:
            opening = text.rfind(",", max(0, hit - 14), hit)
            match = _SPELT_AFTER_COMMA.match(text, opening) if opening >= 0 else None
        before = NAME_BEFORE.search(text, max(0, opening - 120), opening) if match else None
        if match is None or before is None:
            continue
        name, start = trimmed_name(before.group(1), before.start(1))
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
_BIRTH_NAME = re.compile(rf"\([ \t]*(?:born|birth[ \t]+name:?)[ \t]+({NAME})[ \t]*[;,]")


def birth_names(doc: Document) -> Iterator[Mention]:
    text = doc.text
    births = phrase_hits(doc.lower, "born ", ("(",)) + phrase_hits(doc.lower, " name", ("(birth",))
    for hit in sorted(births):
        match = _BIRTH_NAME.match(text, hit)
        before = NAME_BEFORE.search(text, max(0, hit - 80), hit) if match else None
        if match is None or before is None or text[before.end(1) : hit] != " ":
            continue
        name, start = trimmed_name(before.group(1), before.start(1))
        other = match.group(1)
        if not name or fold(name) == fold(other) or not (personal_name(name) or personal_name(other)):
            continue
        if head_kind(name) is not None or head_kind(other) is not None:
            continue
        yield other_name_mention(doc, start, match.end(1), Kind.PERSON, name, other)


def _name_window(text: str, end: int, size: int) -> int:
    """Where the window of size characters before end starts, for NAME_BEFORE: after the last
    parenthesis in it, which no name holds (the same match, found without trying one at each
    capital of a text dense with parentheses)."""
    start = max(0, end - size)
    return max(start, text.rfind("(", start, end) + 1, text.rfind(")", start, end) + 1)


def _rendering(words: list[str]) -> bool:
    """Whether a parenthesis's words are all English words: a rendering of the name before it
    ("Vinh Loi (Honored Ford)"), which the gloss readers pair with it as a term beside the place
    (docs/gold-rules.md §10.8), not another name of the place."""
    return all(is_english_word(w) for w in words)


# "Canton (or Guangzhou), China": the country a place outside the gazetteer is in, after a comma.
_COUNTRY_AFTER = re.compile(r",[ \t]*([A-Z][a-z]+)\b")


def _in_country(text: str, end: int) -> bool:
    """Whether the parenthesis ending at end is followed by ", <a country of the gazetteer>"."""
    after = _COUNTRY_AFTER.match(text, end)
    return after is not None and any(p.unit == "country" for p in gazetteer.lookup(after.group(1)))


def _place_and_other_name(text: str, match: re.Match[str]) -> tuple[tuple[str, int], str] | None:
    """ "X (Y)" where X is a place and Y another name of it, as ((X, where it starts), Y): not a
    place that locates X (a country, a province, a city: "Hoi An (Quang Nam)", "Hue (Central
    Vietnam)"), not a short form, not Vietnamese (a gloss's), not a word of English; and X a city or
    a province, not a building or a market in one ("Ben Thanh Market (Saigon)")."""
    other = match.group("name")
    words = other.split()
    if (
        match.group("role") is not None  # "(emperor Y)": a person's title
        or len(words) > 3
        or any(w.isupper() or is_title(w) for w in words)
        or has_vi_letters(other)
        or _rendering(words)
        or names_a_label(other)
    ):
        return None
    before = NAME_BEFORE.search(text, _name_window(text, match.start(), 120), match.start())
    if before is None or text[before.end(1) : match.start()] != " ":
        return None
    name, start = trimmed_name(before.group(1), before.start(1))
    if not name or fold(name) == fold(other) or set(fold(name).split()) & set(fold(other).split()):
        return None
    # A city or a province, not a building or a market in it ("Ben Thanh Market (Saigon)"): asked
    # first, as it is cheap and turns down nearly every parenthesis that comes this far (the tests
    # below only read the text around the parenthesis, and none changes anything).
    if head_kind(other) is not None or not (
        gazetteer.is_place(name)
        or name.rsplit(" ", 1)[-1].lower() in ADMIN_UNITS
        or match.group("alternative") is not None
        and _in_country(text, match.end())
    ):
        return None
    if _labelled_forms(text, match, name) or names_two_places(name, other):
        return None  # "Langson (English), ...": labelled forms; "Khánh Hòa Province (Nha Trang)": its capital
    for size in range(1, len(words) + 1):
        for at in range(len(words) - size + 1):
            places = gazetteer.lookup(" ".join(words[at : at + size]))
            if any(place.unit in LOCATING_UNITS for place in places):
                return None
    return (name, start), other


# "Langson (English), Lang-Son (French)", "Lạng-sơn (Kinh) or La̭ng-xơn (Mường)": forms of one
# name listed each with its own parenthesis, joined by a comma or "or". Each parenthesis labels
# the form before it (a language, a people, a period), so none is another name of the place.
# Different names in such a list ("Thăng Long (Hanoi), Phú Xuân (Huế)") are left alone.
_LIST_JOIN = r"(?:,[ \t]*(?:or[ \t]+)?|or[ \t]+)"
_LABELLED_NEXT = re.compile(rf"[ \t]*{_LIST_JOIN}[\"“]?((?:{NAME})|\S+)[\"”]?[ \t]*\(")
_LABELLED_BEFORE = re.compile(
    rf"[\"“]?((?:{NAME})|\S+)[\"”]?[ \t]*\([^()\n]{{1,40}}\)[ \t]*{_LIST_JOIN}[\"“]?\S+[ \t]*$"
)
# The end of _LABELLED_BEFORE, which opens with a literal: searched for first, it turns down nearly
# every window in C (the whole pattern tried a match at each capital of the window).
_LABELLED_TAIL = re.compile(rf"\)[ \t]*{_LIST_JOIN}[\"“]?\S+[ \t]*$")


def _letters(name: str) -> str:
    return "".join(c for c in fold(name) if c.isalpha())


def _labelled_forms(text: str, match: re.Match[str], name: str) -> bool:
    """Whether the parenthesis at match follows one form in a list of forms of name, each form
    followed by its label: the forms next to it begin with the same letters as name."""
    key = _letters(name)[:3]
    after = _LABELLED_NEXT.match(text, match.end())
    if after is not None and _letters(after.group(1))[:3] == key:
        return True
    start = max(0, match.start() - 120)
    if _LABELLED_TAIL.search(text, start, match.start()) is None:
        return False
    before = _LABELLED_BEFORE.search(text, start, match.start())
    return before is not None and _letters(before.group(1))[:3] == key


def _person_and_other_name(text: str, match: re.Match[str]) -> tuple[tuple[str, int], str] | None:
    """ "Lý Thái Tổ (Lý Công Uẩn)", "Gia Long (Nguyễn Phúc Ánh)", "Nguyễn Khắc Hiếu (Tản Đà)": a
    person's name, then in parentheses another Vietnamese name of the same person (a personal,
    temple, birth or pen name). When the parenthesis holds no full personal name (a pen name), the
    name before it must be one; the name before may run on from a title or a place before it
    ("Duke of Nam Phong Lê Long Việt"): a personal name at its end is the person's."""
    other, role = match.group("name"), match.group("role")
    if role is not None and not is_title(role) or not (personal_name(other) or person_shaped(other)):
        return None
    before = NAME_BEFORE.search(text, _name_window(text, match.start(), 80), match.start())
    if before is None or text[before.end(1) : match.start()] != " ":
        return None
    name, start = trimmed_name(before.group(1), before.start(1))
    if not personal_name(name) and not _reign_name(name, other):
        words = name.split()
        # Three words first, the common length of a full name ("Duke of Bình Lâm Nguyễn Văn Khoa":
        # "Lâm Nguyễn Văn Khoa" opens with a family name too), then four, then two.
        tails = (" ".join(words[-size:]) for size in (3, 4, 2) if size < len(words))
        tail = next((t for t in tails if personal_name(t)), "")
        if not tail:
            return None
        name, start = tail, start + len(name) - len(tail)
    if not personal_name(other) and gazetteer.is_place(name):
        return None  # "Lý Sơn (Cù Lao Ré)": an island a family name opens, with its other name
    if (
        fold(name) == fold(other)
        or not personal_name(other)
        and set(fold(name).split()) & set(fold(other).split())
    ):
        return None
    return (name, start), other


def _reign_name(name: str, other: str) -> bool:
    """Whether name is a ruler's two-syllable reign name before his full name of three or four
    syllables ("Duy Tân (Nguyễn Phúc Vĩnh San)"): Vietnamese words, none a title, a head or English;
    the full name says the pair is a person's, whatever the reign name's first syllable."""
    words = name.split()
    return (
        len(words) == 2
        and len(other.split()) >= 3
        and personal_name(other)
        and has_vi_letters(name)
        and all(w[:1].isupper() and is_syllable(w) and not is_title(w) for w in words)
        and head_kind(name) is None
        and not is_english_word(name)
    )


def screen_other(other: str) -> tuple[bool, bool]:
    """What the name in a parenthesis says alone: whether it may be another name of a place (the
    tests of _place_and_other_name on it) and whether it is a person's name (those of
    _person_and_other_name); when neither, the text around it is not read."""
    words = other.split()
    place = not (
        len(words) > 3
        or any(w.isupper() or is_title(w) for w in words)
        or has_vi_letters(other)
        or is_english_word(other)
        or names_a_label(other)
    )
    return place, personal_name(other)


# The same names recur in parentheses, so each is screened once.
_screen = lru_cache(maxsize=16384)(screen_other)
_shaped = lru_cache(maxsize=16384)(person_shaped)


def paren_other_names(doc: Document) -> Iterator[Mention]:
    """ "X (Y)" where Y is another name of the place or the person X."""
    text = doc.text
    for match in _PAREN_NAME.finditer(text):
        adverb = match.group("adverb") or ""
        if adverb.endswith("ly") and not is_ly_adverb(adverb):
            continue
        place, person = _screen(match.group("name"))
        # A pen name is no personal name ("Tản Đà"): the person reader is asked about it too.
        person = person or _shaped(match.group("name"))
        place = place and match.group("role") is None
        if not (place or person):
            continue
        found = _place_and_other_name(text, match) if place else None
        if found is not None:
            (name, start), other = found
            yield other_name_mention(doc, start, match.end(), Kind.PLACE, name, other)
            continue
        found = _person_and_other_name(text, match) if person else None
        if found is not None:
            (name, start), other = found
            yield other_name_mention(doc, start, match.end(), Kind.PERSON, name, other)
