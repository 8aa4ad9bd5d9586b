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
from functools import lru_cache
from typing import Protocol

from glossary.model import Kind, VariantType
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters

from . import gazetteer
from .documents import Document
from .generics import GENERIC_UNITS
from .glossed_nicknames import GLOSSED_NICKNAME
from .keys import exact_key
from .lazy_patterns import LazyPattern
from .mentions import WORD, Mention, mention_at
from .names.words import head_kind
from .short_forms import best_long_form, is_short_form


def name_kind(name: str) -> Kind:
    """The kind a name's head word or the gazetteers give it: a body, a place, else a term."""
    head = head_kind(name)
    if head == "org":
        return Kind.ORGANISATION
    if head == "place" or gazetteer.is_place(name):
        return Kind.PLACE
    return Kind.TERM


class Field(Protocol):
    key: str
    value: str
    start: int


# Short forms listed in one abbreviation field: "VCG / VNCG / CSBVN", "HOSE / HSX", "VPPS (CAND)".
_SHORT_LIST = LazyPattern(r"\s*(?:[/,;()]|\bor\b)\s*")
# A former name in a value's parenthesis: "(as Vietnam Marine Police)", or before "(former name)".
_AS_NAME = LazyPattern(r"\(as (?P<name>[A-Z][^()]{2,60}?)\)")
_FORMER_NOTE = LazyPattern(r"(?:^|[,;]\s*)(?P<name>[A-Z][^(),;]{2,60}?)\s*\(former name\)")
# "English, (Vietnamese)": a whole value, as a wiki's flattening writes a name over its native name
# (a parenthesis without the comma locates or describes as often: "Central Vietnam (Huế)").
_EN_THEN_VI = LazyPattern(r"(?P<en>[A-Z][^(),;|]{1,80}?),[ \t]*\((?P<vi>[^()]{2,80})\)[ \t]*")
# Labels whose value is a body when its name does not say so ("National Salvation" is a paper).
_BODY_LABELS = frozenset(
    "newspaper predecessor successor founder governing body parent agency parent company party owner".split()
)
MOTTO_LABELS = frozenset({"motto", "mottos", "anthem", "slogan"})
_MAX_NAME_WORDS = 4


def field_mention(doc: Document, field: Field, form: str, **fields: object) -> Mention:
    """A mention located where form first stands from the field's start (at the field's start when
    the text writes it otherwise)."""
    found = doc.text.find(form, field.start)
    start = found if found >= 0 else field.start
    return mention_at(doc, start, start + len(form), **fields)


def gloss_at(doc: Document, start: int, vi: str, en: str, kind: Kind, confidence: float) -> Mention:
    """The gloss pair of a Vietnamese form standing at start and its English."""
    return mention_at(
        doc, start, start + len(vi), kind=kind, vi=vi, en=en, confidence=confidence, origin="gloss"
    )


def field_gloss(
    doc: Document, field: Field, form: str, vi: str, en: str, kind: Kind, confidence: float
) -> Mention:
    """The gloss pair a field states, located at form."""
    return field_mention(doc, field, form, kind=kind, vi=vi, en=en, confidence=confidence, origin="gloss")


def field_acronym(
    doc: Document, field: Field, short: str, *, en: str = "", vi: str = "", confidence: float
) -> Mention:
    """The acronym a field states, located at its short form."""
    return field_mention(
        doc,
        field,
        short,
        kind=Kind.ACRONYM,
        en=en,
        vi=vi,
        abbr=short,
        confidence=confidence,
        origin="acronym",
    )


def other_name(
    doc: Document, field: Field, name: str, english: str, kind: Kind, variant: VariantType, confidence: float
) -> Mention:
    """Another name of what english names, which a field states: a former name, an abbreviation."""
    return field_mention(
        doc,
        field,
        name,
        kind=kind,
        en=english,
        variants=[(name, variant)],
        confidence=confidence,
        origin="name",
    )


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
            yield field_acronym(doc, field, short, en=long_form, confidence=0.8)
    if listed or not english or is_short_form(field.value) or fold(field.value) == fold(english):
        return
    if _short_name(field.value, english):
        vi, en = (english, "") if has_vi_letters(english) else ("", english)
        yield field_acronym(doc, field, field.value, vi=vi, en=en, confidence=0.75)


def field_abbreviation(doc: Document, field: Field, fields: Sequence[Field]) -> Iterator[Mention]:
    """ "Countryabbr: SRV" beside "Country: Vietnam": the short form of the other field's value."""
    owner_key = field.key.removesuffix(" abbr")
    owner = next((f for f in fields if f.key == owner_key), None)
    if owner is None or not is_short_form(field.value) or not owner.value[:1].isupper():
        return
    words = owner.value.split()
    if len(words) > _MAX_NAME_WORDS or len(WORD.findall(owner.value)) != len(words):
        return
    kind = name_kind(owner.value)
    if kind is Kind.TERM:
        return
    yield other_name(doc, field, field.value, owner.value, kind, VariantType.ABBREVIATION, 0.75)


def former_names(doc: Document, field: Field, english: str, kind: Kind) -> Iterator[Mention]:
    """A former name written in a value's parenthesis: "(as X)", "X (former name)"."""
    if kind is Kind.TERM or "(" not in field.value:
        return
    for pattern in (_AS_NAME, _FORMER_NOTE):
        for match in pattern.finditer(field.value):
            name = match.group("name").strip()
            if exact_key(name) == exact_key(english) or len(name.split()) > 8:
                continue
            yield other_name(doc, field, name, english, kind, VariantType.OTHER, 0.7)


def english_then_vietnamese(doc: Document, field: Field) -> Iterator[Mention]:
    """ "Newspaper: National Salvation, (Cứu Quốc)": a name and its Vietnamese in one value."""
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
    kind = name_kind(en)
    if kind is Kind.TERM and field.key in _BODY_LABELS:
        kind = Kind.ORGANISATION
    yield field_gloss(doc, field, vi, vi, en, kind, 0.75)


def motto_line(doc: Document, field: Field) -> Iterator[Mention]:
    """ "Motto: Protecting the Fatherland's Security" then "Bảo vệ an ninh tổ quốc" on its own line."""
    if field.key not in MOTTO_LABELS or has_vi_letters(field.value):
        return
    text = doc.text
    line_end = text.find("\n", field.start)
    if line_end < 0:
        return
    next_end = text.find("\n", line_end + 1)
    line = text[line_end + 1 : next_end if next_end >= 0 else len(text)].strip()
    en = field.value.strip().strip('"“”')
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
    yield gloss_at(doc, text.find(line, line_end), line, en, Kind.TERM, 0.7)


# Fields whose value is a person in a ruler's or a person's box (a whole value, nothing else).
PERSON_LABELS = frozenset(
    {"successor", "predecessor", "regent", "spouse", "spouses", "issue", "father", "mother", "children"}
    | {"preceded by", "succeeded by"}
)
_LIFE_DATES = re.compile(r"[ \t]*\([^()]*\d[^()]*\)[ \t]*$")


def person_value(doc: Document, field: Field) -> Iterator[Mention]:
    """ "Successor: Minh Mang", "Regent: Minh Mạng (1818–1820)": a Vietnamese name that is the whole
    value of a person field (a value that goes on in words, "Đại Việt renamed to Việt Nam", is not)."""
    if field.key not in PERSON_LABELS:
        return
    name = _LIFE_DATES.sub("", field.value).strip()
    words = name.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not all(w[:1].isupper() and is_syllable(w) for w in words):
        return
    if head_kind(name) is not None or gazetteer.is_place(name):
        return
    vi, en = (name, "") if has_vi_letters(name) else ("", name)
    yield field_mention(doc, field, name, kind=Kind.PERSON, vi=vi, en=en, confidence=0.6, origin="name")


def respelt_heading(doc: Document, heading: str, line: str, at: int) -> Iterator[Mention]:
    """A page's title and the box's name line under it writing one name two ways ("= Ban
    Gioc–Detian Falls =" over "Bản Giốc – Detian Falls"; "State of Vietnam" over "State of
    Viet-Nam"): the same letters, other spaces, dashes or diacritics."""
    # Cheap tests first: the same first letter, lengths a few spaces or dashes apart.
    if not heading or not line or heading == line or abs(len(heading) - len(line)) > 4:
        return
    if fold(heading[:1]) != fold(line[:1]) or len(line.split()) > 8 or exact_key(heading) != exact_key(line):
        return
    kind = name_kind(heading if not has_vi_letters(heading) else line)
    if kind is Kind.TERM:
        return
    vi, en = (line, heading) if has_vi_letters(line) and not has_vi_letters(heading) else ("", heading)
    variants = [] if vi else [(line, VariantType.SPELLING)]
    yield mention_at(
        doc, at, at + len(line), kind=kind, vi=vi, en=en, variants=variants, confidence=0.7, origin="name"
    )


def vietnamese_heading_pair(doc: Document, heading: str, english: str, at: int) -> Iterator[Mention]:
    """A Vietnamese heading over an English name field that is the same name with a head word
    ("Mỹ Sơn" over "Official name: My Son Sanctuary")."""
    if not heading or not english or not has_vi_letters(heading) or has_vi_letters(english):
        return
    bare, whole = exact_key(heading), exact_key(english)
    if bare == whole or not whole.startswith(bare) or len(english.split()) - len(heading.split()) > 2:
        return
    kind = name_kind(english)
    if kind is Kind.TERM:
        kind = Kind.PLACE
    yield gloss_at(doc, at, heading, english, kind, 0.7)


_TOP_LINES = 5
_TOP_CHARS = 600  # a title cell is short: the top lines of a long text are read no further
_MAX_UNIT_NAME = 6


@lru_cache(maxsize=1)
def _english_units() -> frozenset[str]:
    return frozenset(unit.lower() for unit in GENERIC_UNITS.values())


def run_together_title(doc: Document) -> Iterator[Mention]:
    """A box's title cell holding the English and the native name run together: "Đắk Lắk Province
    Tỉnh Đắk Lắk". The native half opens with a Vietnamese unit word whose English unit closes the
    English half, and the two halves name the same place."""
    units = _english_units()
    pos = 0
    for raw in doc.text[:_TOP_CHARS].split("\n")[:_TOP_LINES]:
        line = raw.split(" |")[0].strip()
        words = line.split()
        for i in range(2, min(len(words) - 1, _MAX_UNIT_NAME + 1)):
            # Cheap test first: an English unit word, then a capital.
            if not words[i][:1].isupper() or words[i - 1].lower() not in units:
                continue
            for size in (2, 1):
                generic = " ".join(words[i : i + size]).lower()
                unit = GENERIC_UNITS.get(generic)
                if unit is None or words[i - 1].lower() != unit.lower():
                    continue
                left, right = " ".join(words[:i]), " ".join(words[i:])
                name_en, name_vi = words[: i - 1], words[i + size :]
                if not name_vi or exact_key(" ".join(name_en)) != exact_key(" ".join(name_vi)):
                    continue
                if not has_vi_letters(right) or not all(w[:1].isupper() for w in name_vi):
                    continue
                yield gloss_at(doc, pos + raw.find(right), right, left, Kind.PLACE, 0.75)
                return
        pos += len(raw) + 1


_STACK_LINES = 12
_STACK_CHARS = 1500
# A name line's trailing parenthesis of dates or of Han characters: "(1804–1839)", "(越南國)".
_TRAILER = re.compile(r"[ \t]*\((?:[^()]*\d[^()]*|[\u2e80-\u9fff\U00020000-\U0002fa1f]+)\)[ \t]*$")
_SMALL = frozenset({"of", "the", "and", "for"})


def vietnamese_name_line(line: str, fewest: int, most: int) -> bool:
    """Whether a line is a Vietnamese name of fewest to most words, each a capitalised syllable."""
    words = line.split()
    return (
        fewest <= len(words) <= most
        and has_vi_letters(line)
        and all(w[:1].isupper() and is_syllable(w) for w in words)
    )


def _stack_native(line: str) -> bool:
    return vietnamese_name_line(line, 2, 8)


def _stack_english(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 8
        and all(w[:1].isupper() or w in _SMALL for w in words)
        and len(WORD.findall(line)) == len(words)
        and not all(is_syllable(w) for w in words)
    )


def parallel_stack(doc: Document) -> Iterator[Mention]:
    """Two or more English name lines over as many native lines in the same order, at the top of a
    box: "Kingdom of Việt Nam (1804–1839)", "Empire of Đại Nam (1839–1945)", then "Việt Nam Quốc
    (越南國)", "Đại Nam Quốc (大南國)"; the i-th English line renders the i-th native one."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in doc.text[:_STACK_CHARS].split("\n")[:_STACK_LINES]:
        line = _TRAILER.sub("", raw.strip())
        if line:
            lines.append((pos + raw.find(line[:1]), line))
        pos += len(raw) + 1
    english_lines = [_stack_english(line) for _, line in lines]
    at = 0
    while at < len(lines):
        english = 0
        while at + english < len(lines) and english_lines[at + english]:
            english += 1
        if english < 2:
            at += 1
            continue
        native = 0
        while native < english and at + english + native < len(lines):
            if english_lines[at + english + native] or not _stack_native(lines[at + english + native][1]):
                break
            native += 1
        after = at + english + native
        if native == english and (after == len(lines) or not _stack_native(lines[after][1])):
            for (_, en), (start, vi) in zip(
                lines[at : at + english], lines[at + english : after], strict=True
            ):
                kind = name_kind(en)
                yield gloss_at(doc, start, vi, en, Kind.PLACE if kind is Kind.TERM else kind, 0.7)
            return
        at += english


_CAPS = LazyPattern(r"(?<![\w.])[A-ZĐ]{3,8}(?![\w.])")


def native_initials(doc: Document, fields: Sequence[Field], natives: Sequence[str]) -> Iterator[Mention]:
    """A short form in a box's field spelled by the initials of the box's Vietnamese name:
    "Nickname(s) | QLVNCH (SVA, ...) |" in the box of "(Quân lực Việt Nam Cộng Hòa)". Each name's
    initials are looked for in the text (a literal scan), then in the field holding them."""
    text = doc.text
    for name in natives:
        short = fold("".join(w[0] for w in name.split())).upper()
        at = text.find(short)
        while at >= 0:
            whole = _CAPS.fullmatch(text, at, at + len(short)) is not None and not (
                text[at - 1 : at].isalnum() or text[at + len(short) : at + len(short) + 1].isalnum()
            )
            field = (
                next((f for f in fields if f.start <= at < f.start + len(f.value)), None) if whole else None
            )
            if field is not None:
                yield mention_at(
                    doc,
                    at,
                    at + len(short),
                    kind=Kind.ACRONYM,
                    vi=name,
                    abbr=short,
                    confidence=0.7,
                    origin="acronym",
                )
                break
            at = text.find(short, at + 1)


# A row naming the box's subject another way: "Former name: Saigon", "Nickname(s): Bamboo Landing",
# "Formerly called | Vietnamese: Hội Hồng thập tự Việt Nam |". The value may open with the language
# it is written in.
_LANGUAGE_LABEL = re.compile(r"^[A-ZÀ-ỸĐ][A-Za-zà-ỹđ]+(?:[ \t][a-zà-ỹđ]+)?[ \t]*:[ \t]*")
# A value listing names: "Saigon (1698–1976); Gia Định", "Thaeng, Muang Then", "X (…) then Y (…)".
_NAME_LIST = re.compile(r"\s*(?:[;,/]|\bor\b|\bthen\b)\s*")
_DATES = re.compile(r"\s*\([^()]*\d[^()]*\)")
_PARENTHESIS = re.compile(r"[ \t]*\((?P<inside>[^()]*)\)")
_HAN = LazyPattern(r"^[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f \t]+$")
_SMALL_WORDS = frozenset("of the and in on at for to a an".split())


def _outside_parentheses(value: str) -> list[str]:
    """The parts of a value split at its separators, a separator inside a parenthesis kept."""
    masked = _PARENTHESIS.sub(lambda m: "\0" * len(m.group()), value)
    parts, start = [], 0
    for separator in _NAME_LIST.finditer(masked):
        parts.append(value[start : separator.start()])
        start = separator.end()
    parts.append(value[start:])
    return [p.strip() for p in parts if p.strip()]


def _nickname(part: str, text: str | None = None) -> list[str]:
    """A nickname's forms, its dates, characters and short form in parentheses dropped: the nickname,
    and its rendering when a parenthesis glosses it in the other language ("Rồng Vàng (Golden
    Dragon)", "Flamboyant City (Thành phố hoa phượng đỏ)": both forms name the subject, gold rules
    §10.9, the pair staying a term of its own); none when a parenthesis says something else, or
    when the rendering, an English phrase with lower-case words, is written all in lower case
    elsewhere on the page (a name's meaning; with no page to look in, any such phrase). A nickname
    alone is a name even when the page also gives it as the meaning of the subject's name ("Nickname:
    Eternal prosperity" beside 'translating as "eternal prosperity"': the row's form names the
    subject, §10.9, and the meaning is a term pair of its own, §10.8)."""
    rendering = ""
    for inside in (m.group("inside").strip() for m in _PARENTHESIS.finditer(part)):
        if inside and not (any(c.isdigit() for c in inside) or _HAN.match(inside) or is_short_form(inside)):
            if rendering:
                return []
            rendering = inside
    name = _PARENTHESIS.sub("", part).strip()
    if rendering:
        if has_vi_letters(rendering) == has_vi_letters(name):
            return []  # "Lotus Bay (informal)": a remark, not a rendering
        english = rendering if has_vi_letters(name) else name
        return [] if _meaning(english, text) else [name, rendering]
    return [name]


def _meaning(english: str, text: str | None) -> bool:
    """Whether an English phrase with lower-case words is a name's meaning, not a name: the page
    writes it all in lower case elsewhere (any such phrase when there is no page)."""
    return any(w[:1].islower() and w not in _SMALL_WORDS for w in english.split()[1:]) and (
        text is None or english.lower() in text
    )


def subject_other_names(
    doc: Document, field: Field, subject: str, kind: Kind, *, vietnamese: bool = False
) -> Iterator[Mention]:
    """The names a former-name or nickname row gives, each a form of the box's subject (named in
    English, or in Vietnamese when vietnamese is set), a language label before the value dropped;
    a glossed nickname's two forms in one mention, flagged (glossed_nicknames)."""
    if kind is Kind.TERM:
        return
    value = _LANGUAGE_LABEL.sub("", field.value)
    groups: list[list[str]] = []
    for piece in _labelled_pieces(value) if ":" in value else [value]:
        groups += _other_name_groups(piece, field.key, doc.text)
    groups = [[n for n in names if n[:1].isupper()] for names in groups]
    yield from subject_forms(doc, field, subject, kind, groups, vietnamese=vietnamese)


def _other_name_groups(value: str, key: str, text: str) -> list[list[str]]:
    """The other names one row's value (or one labelled piece of it) gives, one group each."""
    if "nick" in key:
        return [_nickname(part, text) for part in _outside_parentheses(value)]
    value = _DATES.sub("", value)
    if "(" in value:
        # "Bồ Tát X (Bodhisattva X)": the name before its gloss is the form; the pair itself is
        # left to the gloss readers.
        return [[_PARENTHESIS.sub("", part).strip(" .")] for part in _outside_parentheses(value)]
    return [[name.strip(" .")] for name in _NAME_LIST.split(value)]


# A label inside a row's value naming the kind of the name after it, with its Vietnamese word in a
# parenthesis: "Courtesy name (tự): Đạm Như () Pseudonym (hiệu): Lương Khê ().".
_PIECE_LABEL = LazyPattern(
    r"(?:^|(?<=[ \t.;,)]))[A-Z][a-z]+(?:[ \t][a-z]+)?(?:[ \t]*\([^()\n]{0,20}\))?[ \t]*:[ \t]*"
)


def _labelled_pieces(value: str) -> list[str]:
    """A value cut at each label inside it, the labels dropped; the value whole when it has none."""
    pieces = [p.strip() for p in _PIECE_LABEL.split(value)]
    return [p for p in pieces if p] or [value]


def subject_forms(
    doc: Document, field: Field, subject: str, kind: Kind, groups: list[list[str]], *, vietnamese: bool
) -> Iterator[Mention]:
    """A mention of the box's subject for each group of its other names: one name, or a nickname and
    its rendering (flagged: their pair is a term of its own)."""
    subject_form = {"vi": subject} if vietnamese else {"en": subject}
    for names in groups:
        names = [n for n in names if n and exact_key(n) != exact_key(subject)]
        if not names:
            continue
        yield field_mention(
            doc,
            field,
            names[0],
            kind=kind,
            variants=[(name, VariantType.OTHER) for name in names],
            confidence=0.75,
            origin="name",
            flags=[GLOSSED_NICKNAME] if len(names) == 2 else [],
            **subject_form,
        )
