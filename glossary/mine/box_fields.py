"""More of what an infobox's fields say, read from the fields infobox.py has already cut:

- an abbreviation field listing several short forms ("VCG / VNCG / CSBVN", "VPPS (CAND)") or
  holding a short name that is no initials ("Abbreviation: Việt Minh" under "= Viet Minh =");
- a field "X abbr" beside a field "X" ("Countryabbr: SRV", "Country: Vietnam"): the abbreviation of
  that field's value, not of the box's name;
- a value naming the thing's former name in a parenthesis ("Formed: 28 August 1998 (as Vietnam
  Marine Police)", "Preceding1: Vietnam Marine Police (former name)");
- a value written in English, a comma, then its Vietnamese in a parenthesis ("Newspaper: National
  Salvation, (Cứu Quốc)"), whose kind the label says when the name does not;
- a motto or an anthem written in English, its Vietnamese alone on the next line.

Each reading is bounded by one field's value (at most 120 characters) or one line after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from glossary.model import Kind, VariantType
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters

from .acronyms import best_long_form, is_short_form
from .documents import Document
from .keys import exact_key
from .mentions import WORD, Mention, mention_at


class Field(Protocol):
    key: str
    value: str
    start: int


# Short forms listed in one abbreviation field: "VCG / VNCG / CSBVN", "HOSE / HSX", "VPPS (CAND)".
_SHORT_LIST = re.compile(r"\s*(?:[/,;()]|\bor\b)\s*")
# A former name in a value's parenthesis: "(as Vietnam Marine Police)", or before "(former name)".
_AS_NAME = re.compile(r"\(as (?P<name>[A-Z][^()]{2,60}?)\)")
_FORMER_NOTE = re.compile(r"(?:^|[,;]\s*)(?P<name>[A-Z][^(),;]{2,60}?)\s*\(former name\)")
# "English, (Vietnamese)": a whole value, as a wiki's flattening writes a name over its native name
# (a parenthesis without the comma locates or describes as often: "Central Vietnam (Huế)").
_EN_THEN_VI = re.compile(r"(?P<en>[A-Z][^(),;|]{1,80}?),[ \t]*\((?P<vi>[^()]{2,80})\)[ \t]*")
# Labels whose value is a body when its name does not say so ("National Salvation" is a paper).
_BODY_LABELS = frozenset(
    "newspaper predecessor successor founder governing body parent agency parent company party owner".split()
)
_MOTTO_LABELS = frozenset({"motto", "mottos", "anthem", "slogan"})
_MAX_NAME_WORDS = 4


def _mention(doc: Document, field: Field, form: str, **fields: object) -> Mention:
    found = doc.text.find(form, field.start)
    start = found if found >= 0 else field.start
    return mention_at(doc, start, start + len(form), **fields)


def short_forms(value: str) -> list[str]:
    """The short forms an abbreviation field lists, or [] when one of its parts is none."""
    parts = [p for p in _SHORT_LIST.split(value) if p]
    return parts if len(parts) > 1 and all(is_short_form(p) for p in parts) else []


def _short_name(value: str, english: str) -> bool:
    """An abbreviation field holding a short name ("Việt Minh" for the League for Independence of
    Vietnam): a few capitalised words, fewer than the long name's."""
    words = value.split()
    return (
        1 <= len(words) <= 2
        and len(words) < len(english.split())
        and all(w[:1].isupper() for w in words)
        and len(WORD.findall(value)) == len(words)
    )


def long_name(short: str, candidates: Sequence[str]) -> str:
    """The first candidate whose initials the short form spells whole, else the first candidate."""
    for candidate in candidates:
        if candidate and best_long_form(short, candidate) == candidate:
            return candidate
    return candidates[0] if candidates else ""


def abbreviations(doc: Document, field: Field, candidates: Sequence[str], english: str) -> Iterator[Mention]:
    """The acronyms of an abbreviation field that lists several short forms or holds a short name."""
    listed = short_forms(field.value)
    for short in listed:
        long_form = long_name(short, candidates)
        if long_form:
            yield _mention(
                doc, field, short, kind=Kind.ACRONYM, en=long_form, abbr=short, confidence=0.8, origin="acronym"
            )
    if listed or not english or is_short_form(field.value) or fold(field.value) == fold(english):
        return
    if _short_name(field.value, english):
        vi, en = (english, "") if has_vi_letters(english) else ("", english)
        yield _mention(
            doc, field, field.value, kind=Kind.ACRONYM, vi=vi, en=en, abbr=field.value, confidence=0.75, origin="acronym"
        )


def field_abbreviation(doc: Document, field: Field, fields: Sequence[Field]) -> Iterator[Mention]:
    """"Countryabbr: SRV" beside "Country: Vietnam": the short form of the other field's value."""
    owner_key = field.key.removesuffix(" abbr")
    owner = next((f for f in fields if f.key == owner_key), None)
    if owner is None or not is_short_form(field.value) or not owner.value[:1].isupper():
        return
    words = owner.value.split()
    if len(words) > _MAX_NAME_WORDS or len(WORD.findall(owner.value)) != len(words):
        return
    from .infobox import name_kind

    kind = name_kind(owner.value)
    if kind is Kind.TERM:
        return
    yield _mention(
        doc,
        field,
        field.value,
        kind=kind,
        en=owner.value,
        variants=[(field.value, VariantType.ABBREVIATION)],
        confidence=0.75,
        origin="name",
    )


def former_names(doc: Document, field: Field, english: str, kind: Kind) -> Iterator[Mention]:
    """A former name written in a value's parenthesis: "(as X)", "X (former name)"."""
    if kind is Kind.TERM or "(" not in field.value:
        return
    for pattern in (_AS_NAME, _FORMER_NOTE):
        for match in pattern.finditer(field.value):
            name = match.group("name").strip()
            if exact_key(name) == exact_key(english) or len(name.split()) > 8:
                continue
            yield _mention(
                doc,
                field,
                name,
                kind=kind,
                en=english,
                variants=[(name, VariantType.OTHER)],
                confidence=0.7,
                origin="name",
            )


def english_then_vietnamese(doc: Document, field: Field) -> Iterator[Mention]:
    """"Newspaper: National Salvation, (Cứu Quốc)": a name and its Vietnamese in one value."""
    match = _EN_THEN_VI.fullmatch(field.value)
    if match is None:
        return
    en, vi = match.group("en").strip(), match.group("vi").strip()
    # The parenthesis is one Vietnamese name, not a list ("(Vietnamese, Gin, Chứt, Thổ peoples)").
    if not has_vi_letters(vi) or has_vi_letters(en) or not vi[:1].isupper() or "," in vi:
        return
    if not all(is_syllable(w) for w in vi.split()):
        return
    if not 1 <= len(vi.split()) <= 12 or exact_key(en) == exact_key(vi):
        return
    from .infobox import name_kind

    kind = name_kind(en)
    if kind is Kind.TERM and field.key in _BODY_LABELS:
        kind = Kind.ORGANISATION
    yield _mention(doc, field, vi, kind=kind, vi=vi, en=en, confidence=0.75, origin="gloss")


def motto_line(doc: Document, field: Field) -> Iterator[Mention]:
    """"Motto: Protecting the Fatherland's Security" then "Bảo vệ an ninh tổ quốc" on its own line."""
    if field.key not in _MOTTO_LABELS or has_vi_letters(field.value):
        return
    text = doc.text
    line_end = text.find("\n", field.start)
    if line_end < 0:
        return
    next_end = text.find("\n", line_end + 1)
    line = text[line_end + 1 : next_end if next_end >= 0 else len(text)].strip()
    en = field.value.strip().strip("\"“”")
    words, en_words = line.split(), en.split()
    if (
        not has_vi_letters(line)
        or ":" in line
        or not 2 <= len(words) <= 12
        or len(WORD.findall(line)) != len(words)
        or not 1 <= len(en_words) <= 12
        or abs(len(words) - len(en_words)) > max(3, len(en_words))
    ):
        return
    start = text.find(line, line_end)
    yield mention_at(doc, start, start + len(line), kind=Kind.TERM, vi=line, en=en, confidence=0.7, origin="gloss")
