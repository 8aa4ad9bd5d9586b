"""Flattened infoboxes and fact sheets: "- Agency Name: Ministry of Public Security", "- Nativename:
Bộ Công an", "abbreviation:" then "SRV" on the next line.

Pages copied from wikis and fact books keep their infobox as "Field: value" lines. A field naming the
thing in Vietnamese next to one naming it in English is a gloss pair; an abbreviation field next to a
name is an acronym; a field that lists names in both languages ("Holiday Name: Vietnamese New Year,
Tết Nguyên Đán") is a pair too. Field names are English words, recognised by what they contain
("name", "native", "local", "abbreviation"), not by a list of templates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from glossary.model import Kind
from glossary.text import is_syllable
from glossary.vietnamese import en_score, has_vi_letters, vi_score

from . import box_fields, gazetteer
from .box_fields import name_kind
from .documents import Document
from .keys import exact_key
from .lazy_patterns import LazyPattern
from .lead import lead_subject
from .mentions import WORD, Mention
from .name_lines import run_name_line
from .name_spans import LOCATING_UNITS
from .quoted_nicknames import quoted_nicknames
from .short_forms import is_short_form

# "- Agency Name: value", "| native_name = value", "abbreviation:" (the value on the next line).
_FIELD = re.compile(
    r"^[ \t]*(?:[-*|•][ \t]*)?(?P<key>[A-Za-z][A-Za-z0-9 _\t]{0,40})[:=][ \t]*(?P<value>[^\n]*)$",
    re.MULTILINE,
)
# The same at each line break, for a scan of the text with a line break before it: the regex
# engine jumps from one line break to the next instead of trying "^" at every position. The key's
# letters are taken possessively: a line of prose is given up at its first character that no key
# holds, not again at each shorter key (the same fields: the key ends where such a character is).
# A fact sheet's key may name a part of a field after a spaced hyphen: "Country name - local long
# form : Cong Hoa Xa Hoi Chu Nghia Viet Nam".
# Round 33: the lookahead after the blanks fails a line whose first character opens neither a list
# mark nor a key (most lines of prose: a shorter run of blanks is followed by a blank, which opens
# neither either, so the same lines pass) before the optional mark's group, costly to enter, is tried.
_FIELD_AFTER_BREAK = re.compile(
    r"\n[ \t]*(?=[-*|•A-Za-z])(?:[-*|•][ \t]*)?"
    r"(?P<key>[A-Za-z][A-Za-z0-9 _\t]{0,40}+(?:(?<=[ \t])-[ \t][A-Za-z][A-Za-z0-9 _\t]{0,30}+)?)"
    r"[:=][ \t]*(?P<value>[^\n]*)"
)
# A key with a plural's "(s)" ("Nickname(s): ..."), read by a pattern of its own, tried only in a
# text that writes "(s):" (one more optional group in the pattern above costs every line).
_PLURAL_FIELD_AFTER_BREAK = LazyPattern(
    r"\n[ \t]*(?:[-*|•][ \t]*)?(?P<key>[A-Za-z][A-Za-z ]{0,30}\(s\))[:=][ \t]*(?P<value>[^\n]*)"
)
# A wiki mirror's infobox flattened into table rows: "Native name | Tập đoàn Điện lực Việt Nam |".
_ROW = re.compile(r"(?P<key>[A-Z][A-Za-z ]{1,30}?(?:\(s\))?)[ \t]+\|[ \t]+(?P<value>[^|\n]+?)[ \t]+\|")
_TITLE = re.compile(r"\A\s*=+[ \t]*(?P<title>[^=\n]+?)[ \t]*=+[ \t]*$", re.MULTILINE)
_CITATION = re.compile(r"\[\d+\]|\[citation needed\]")
_DIGITS = re.compile(r"\d+")
# A wiki's compound keys, one word for two: "Commonname", "Nativename", "Agencyname", "Countryabbr".
_COMPOUND = re.compile(
    r"\b(common|native|agency|country|official|birth|full|former|other|alt|local)(names?|abbr)\b"
)


@dataclass
class _Field:
    key: str  # lower case, digits and underscores dropped: "agency name", "native name"
    value: str
    start: int  # where the value starts in the text


@lru_cache(maxsize=4096)
def _key(raw: str) -> str:
    """A field's key as the readers ask for it: lower case, digits and underscores dropped, a
    compound key cut in two ("Commonname" -> "common name"), "(s)" dropped."""
    key = " ".join(_DIGITS.sub(" ", raw.replace("_", " ").replace(" - ", " ")).lower().split())
    if key.endswith("(s)"):
        return key[:-3]
    if " " not in key and len(key) > 6 and ("name" in key or "abbr" in key):
        return _COMPOUND.sub(r"\1 \2", key)
    return key


# A field's value opening with another key in lower case: "conventional long form: Socialist ...".
_NESTED_KEY = re.compile(r"(?P<key>[a-z][a-z ]{2,30}):[ \t]+(?P<value>\S.*)")


def _fields(text: str) -> list[_Field]:
    out = _rows(text) if " |\n" in text else []
    lined = "\n" + text  # offsets one past the text's
    matches = _FIELD_AFTER_BREAK.finditer(lined)
    if "(s):" in text:
        matches = itertools.chain(matches, _PLURAL_FIELD_AFTER_BREAK.finditer(lined))
    for match in matches:
        key = _key(match.group("key"))
        if not key:
            continue
        value, start = match.group("value"), match.start("value") - 1
        if not value.strip():
            # A fact sheet puts the value on the next line.
            line_end = text.find("\n", match.end() - 1)
            if line_end < 0:
                continue
            next_end = text.find("\n", line_end + 1)
            value = text[line_end + 1 : next_end if next_end >= 0 else len(text)]
            start = line_end + 1
            if _FIELD.fullmatch(value):
                continue
        if "|" in value:
            value = _first_cell(value)
        if "[" in value:
            value = _CITATION.sub("", value)
        nested = _NESTED_KEY.match(value) if ":" in value else None
        if nested is not None:
            # "Country name: conventional long form: Socialist Republic of Vietnam": a fact sheet's
            # field and its first part's key on one line; the part is the field.
            key, value, start = (
                _key(nested.group("key")),
                nested.group("value"),
                start + nested.start("value"),
            )
        if "  " in value:
            value = " ".join(value.split())  # "Socialist   Republic of Vietnam": a scan's blanks
        value = value.strip().rstrip(",;").strip()
        if value and len(value) <= 120:
            out.append(_Field(key, value, start + max(0, text.find(value[:10], start) - start)))
    return out


def _first_cell(value: str) -> str:
    """A value's first table cell: a row flattened after its key's colon keeps the table's bars
    ("Nickname: | Thành Nam (Southern Citadel) | ||||", "Nickname(s): Bamboo Landing | |")."""
    return next((cell for cell in value.split("|") if cell.strip()), "")


# A wiki page's infobox flattened without a separator: "Native nameSông Sài Gòn (Vietnamese)" under
# the name's own line ("Saigon River").
_GLUED_NATIVE = LazyPattern(
    r"(?:\A|\n)(?P<above>[A-Z][^\n.,;:|()]{1,60}?)[ \t]*\n"
    r"Native name(?::[ \t]*)?(?P<value>[A-ZĐ\u00c0-\u1ef9][^\n()]{1,80}?)"
    r"[ \t]*(?:\((?P<lang>[A-Za-z]+)\))?[ \t]*(?=\n|\Z)"
)


def _glued_native(text: str) -> Iterator[tuple[_Field, str]]:
    """The native-name rows glued to their key, each with the line above it (the infobox's name)."""
    if "\nNative name" not in text:
        return
    for match in _GLUED_NATIVE.finditer(text):
        lang = match.group("lang")
        if lang is not None and lang.lower() != "vietnamese":
            continue
        yield _Field("native name", match.group("value").strip(), match.start("value")), match.group("above")


def _rows(text: str) -> list[_Field]:
    """The fields of an infobox flattened into "Key | value |" rows."""
    out = []
    end = text.find(" |\n")
    while end >= 0:
        # Only the lines ending with " |" are tried (found by a literal scan).
        line_start = text.rfind("\n", 0, end) + 1
        match = _ROW.fullmatch(text, line_start, end + 2)
        if match is not None:
            value = _CITATION.sub("", match.group("value")).strip()
            if value:
                key = " ".join(match.group("key").lower().removesuffix("(s)").split())
                out.append(_Field(key, value, match.start("value")))
        else:
            stacked = _stacked_row(text, line_start, end)
            if stacked is not None:
                out.append(stacked)
        end = text.find(" |\n", end + 3)
    return out


# A box flattened one cell a line, each key's value on the line under it ("Persondata |", "Name |",
# "Nguyễn Chí Thanh |", "Alternative names |", "Sáu Vi, Truong Son |").
_KEY_CELL = re.compile(r"[A-Z][A-Za-z ]{1,30}?(?:\(s\))?")
_VALUE_CELL = LazyPattern(r"(?P<value>[^|\n]+?)[ \t]+\|[ \t]*")


def _stacked_key(key: str) -> bool:
    return _is_name(key) or _is_native(key) or _is_other_name(key) or _is_life(key)


def _stacked_row(text: str, line_start: int, end: int) -> _Field | None:
    """The field of a key cell alone on its line with its value cell alone on the next line, for
    keys that name the box's subject (a name, a native name, another name): other keys' cells are
    not told from values one line apart."""
    if _KEY_CELL.fullmatch(text, line_start, end) is None:
        return None
    key = " ".join(text[line_start:end].lower().removesuffix("(s)").split())
    if not _stacked_key(key):
        return None
    next_end = text.find("\n", end + 3)
    found = _VALUE_CELL.fullmatch(text, end + 3, next_end if next_end >= 0 else len(text))
    if found is None:
        return None
    value = _CITATION.sub("", found.group("value")).strip()
    if not value or _KEY_CELL.fullmatch(value) and _stacked_key(value.lower()):
        return None  # the next key: this one's value is empty
    return _Field(key, value, found.start("value"))


_FIRST_LINE = re.compile(r"\A\s*(?P<title>[A-Z][^\n.,;:|()]{1,60}?)[ \t]*\n")


def _first_line(text: str) -> str:
    """The page's title as a wiki mirror writes it, alone on the first line, above an infobox of
    rows: a few capitalised English words ("Vietnam Electricity"), or ""."""
    found = _FIRST_LINE.match(text)
    if found is None or "|" not in text[found.end() : found.end() + 400]:
        return ""
    words = found.group("title").split()
    if len(words) > 8 or not all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in words):
        return ""
    return found.group("title") if not _vietnamese(found.group("title")) else ""


def _headings(text: str, end: int) -> list[str]:
    """The English name lines that open the text before its first field (at most five lines):
    "Vietnam People's Public Security" over its box, "League for Independence of Vietnam" under
    the page's title."""
    out = []
    for line in text[: min(end, _HEADING_CHARS)].split("\n")[:_HEADING_LINES]:
        line = line.strip()
        words = line.split()
        if (
            2 <= len(words) <= 8
            and len(WORD.findall(line)) == len(words)
            and all(w[:1].isupper() or w in ("of", "and", "the", "for") for w in words)
            and not has_vi_letters(line)
        ):
            out.append(line)
    return out


_HEADING_LINES = 5
_HEADING_CHARS = 1000  # the lines above a box are short: no more of a long text is split
# A line's wiki title markup ("= Viet Minh =") or its table cells after the first (" | |||").
_TITLE_MARKUP = re.compile(r"^=+[ \t]*|[ \t]*=+$|[ \t]+\|.*$")


def _heading_names(doc: Document, end: int, name_field: str) -> Iterator[Mention]:
    """What the lines above a box say of its name: the title and the box's name line written two
    ways, or a Vietnamese heading over an English name field."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in doc.text[: min(end, _HEADING_CHARS)].split("\n")[:_HEADING_LINES]:
        line = _TITLE_MARKUP.sub("", raw.strip())
        if line:
            lines.append((pos + raw.find(line[:1]), line))
        pos += len(raw) + 1
    if not lines:
        return
    heading = lines[0][1]
    for at, line in lines[1:]:
        yield from box_fields.respelt_heading(doc, heading, line, at)
    native = next(((at, line) for at, line in lines if _native_heading(line)), None)
    if native is not None:
        yield from box_fields.vietnamese_heading_pair(doc, native[1], name_field, native[0])


def _native_lines(text: str, end: int) -> list[str]:
    """The Vietnamese name lines above a box's first field, a parenthesis around one dropped
    ("(Quân lực Việt Nam Cộng Hòa) | |")."""
    lines = (
        _TITLE_MARKUP.sub("", raw.strip()).strip("()") for raw in text[: min(end, _HEADING_CHARS)].split("\n")
    )
    return [line for line in lines if _native_name(line)]


def _native_name(line: str) -> bool:
    """A Vietnamese name of a body, its inner words perhaps in lower case ("Quân lực Việt Nam ...")."""
    words = line.split()
    return (
        3 <= len(words) <= 10
        and line[:1].isupper()
        and has_vi_letters(line)
        and all(is_syllable(w) for w in words)
    )


def _native_heading(line: str) -> bool:
    return box_fields.vietnamese_name_line(line, 1, 6)


# "= Ministry of Health (Vietnam) =": a wiki title's disambiguation, which no one writes in text.
_DISAMBIGUATION = re.compile(r"[ \t]+\([^()]{1,40}\)$")


def _page_title(title: str) -> str:
    return _DISAMBIGUATION.sub("", title.strip())


# The key tests are asked of every field by several readers: memoised per key, as _key is.
@lru_cache(maxsize=4096)
def _is_native(key: str) -> bool:
    # Whole words: "alternative names" holds "native" but names the subject another way.
    words = key.split()
    return ("native" in words or "local" in words) and "lang" not in key


_ABBREVIATION_KEYS = frozenset({"abbreviation", "acronym", "abbr", "initialism"})


@lru_cache(maxsize=4096)
def _is_abbreviation(key: str) -> bool:
    return not _ABBREVIATION_KEYS.isdisjoint(key.split())


# A settlement box's rows that name something beside the subject: a template's free row
# ("blank_name: Climate", its value in "blank_info"), the unit it lies in ("subdivision_name").
_OTHER_HOLDERS = frozenset({"blank", "subdivision"})


# A row whose value is a file, not a name ("Image Name: Tran Van An Photo.jpg", "Logo: …svg"):
# a file name gives no form (docs/gold-rules.md §9.9).
_FILE_HOLDERS = frozenset({"image", "logo", "photo", "picture", "map", "flag", "seal", "signature", "file"})


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|svg|gif|tiff?|webp)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _is_name(key: str) -> bool:
    words = key.split()
    return (
        ("name" in words or "long form" in key or "short form" in key)
        and _OTHER_HOLDERS.isdisjoint(words)
        and _FILE_HOLDERS.isdisjoint(words)
        and "lang" not in words  # "Native Name Lang: vi" names a language
        and not _is_native(key)
        and not _is_other_name(key)
    )


# Keys that only a person's box has: "Born", "Date of birth", "Place of death".
_LIFE_WORDS = frozenset({"born", "birth", "died", "death"})


def _is_life(key: str) -> bool:
    return not _LIFE_WORDS.isdisjoint(key.split())


def _subject_kind(subject: str, fields: list[_Field]) -> Kind:
    """The kind of the box's subject: its name's head or the gazetteer's, else what its rows tell:
    a person's box has a birth or death row, a place's box its coordinates (a name with no head
    and in no gazetteer says neither)."""
    kind = name_kind(subject)
    if kind is not Kind.TERM:
        return kind
    if any(_is_life(f.key) for f in fields):
        return Kind.PERSON
    if any("coordinates" in f.key.split() for f in fields):
        return Kind.PLACE
    return kind


@lru_cache(maxsize=4096)
def _is_other_name(key: str) -> bool:
    """A field giving other names of the thing: "Former name", "Other names", "Also known as"."""
    words = key.split()
    named = "name" in words or "names" in words
    return (named and bool(_OTHER_NAME_WORDS & set(words))) or key in (
        "formerly",
        "formerly called",
        "formerly known as",
        "also known as",
        "also called",
        "nickname",
        "nicknames",
    )


_OTHER_NAME_WORDS = frozenset("former other previous old alternative alternate alt common".split())


def _vietnamese(value: str) -> bool:
    words = WORD.findall(value)
    return bool(words) and (has_vi_letters(value) or vi_score(words) >= 0.5)


# A native-name value listing names: "Cao nguyên Nam Trung Bộ, Tây Nguyên" (two names of a region).
_VALUE_LIST = re.compile(r"\s*[;,]\s*")


def _native_list(value: str) -> list[str]:
    """The names a native-name field's value lists, each a capitalised Vietnamese name; the value
    whole when it is one name, or a name then the country or province it lies in ("Huế, Việt Nam")."""
    parts = [p for p in _VALUE_LIST.split(value) if p]
    if len(parts) < 2 or not all(p[:1].isupper() and _vietnamese(p) for p in parts):
        return [value]
    if " và " in parts[-1]:
        # "Bộ Văn hóa, Thể thao và Du lịch": a series closed by "và" (and) is one name's words, as
        # the parenthesis readers take it (paren_sides.split_alternatives), not a list of names.
        return [value]
    if any(place.unit in LOCATING_UNITS for p in parts[1:] for place in gazetteer.lookup(p)):
        return [value]
    return parts


def _same_name_respelt(value: str, english: str) -> bool:
    """Whether a native-name field writes the page's name in the other spelling: the same letters,
    one with Vietnamese diacritics and the other without."""
    return (
        bool(english)
        and exact_key(value) == exact_key(english)
        and has_vi_letters(value) != has_vi_letters(english)
    )


# A field value then its quoted English rendering, on the same line or alone on the next one:
# 'Motto: Dân vi quý "The people are the most important"', 'Anthem: Tiến Quân Ca' + '"Army March"'.
_QUOTED_AFTER = re.compile(r"^(?P<vi>[^\"“”()]+?)[ \t]*[\"“](?P<en>[^\"“”\n]{2,80})[\"”]")
_QUOTED_LINE = re.compile(r"[ \t]*[\"“](?P<en>[^\"“”\n]{2,80})[\"”][ \t]*(?:\([^()\n]*\))?[ \t]*$")
_OPENING_THE = LazyPattern(r"^(?:The|the)[ \t]+(?=[A-Z])")

# A value that is one quotation, a title, with an interlanguage link's language marker at its end
# ('"Cờ sao trắng [vi]"'): the title inside is the value.
_QUOTED_VALUE = re.compile(r"[\"“](?P<vi>[^\"“”\[\]\n]{2,80}?)[ \t]*(?:\[[a-z]{2,3}\])?[\"”]")


def _field_gloss(doc: Document, field: _Field, vi: str, en: str) -> Mention:
    """The gloss pair a field states (its value and an English name for it), located at the value."""
    return box_fields.field_gloss(doc, field, field.value, vi, en, name_kind(en), 0.8)


def _rendered_value(text: str, field: _Field) -> tuple[str, str] | None:
    """(Vietnamese value, English rendering) when a field gives both without a cue word."""
    value = field.value.split("|")[0].strip()
    if not has_vi_letters(value):
        return None  # most fields: the Vietnamese value has diacritics (checked below anyway)
    quoted = _QUOTED_VALUE.fullmatch(value)
    if quoted is not None:
        # 'Anthem"Cờ sao trắng [vi]"' then '"The White Star Flag"': the title quoted in turn.
        value = quoted.group("vi").strip()
    found = None if quoted is not None else _QUOTED_AFTER.match(value)
    if found is not None:
        vi, en = found.group("vi").strip(), found.group("en").strip()
    else:
        line_end = text.find("\n", field.start)
        if line_end < 0 or '"' in value or "“" in value:
            return None
        next_end = text.find("\n", line_end + 1)
        line = _QUOTED_LINE.match(text[line_end + 1 : next_end if next_end >= 0 else len(text)])
        if line is None:
            return None
        # The rendering alone on its line is the English side only: its article is cut (gold rules
        # §1), as the parenthesis readers cut it.
        vi, en = value, _OPENING_THE.sub("", line.group("en").strip())
    words = WORD.findall(vi)
    if not words or not has_vi_letters(vi) or not 1 <= len(words) <= 12 or has_vi_letters(en):
        return None
    return (vi, en) if en_score(WORD.findall(en)) >= 0.5 else None


def extract_infobox(doc: Document) -> Iterator[Mention]:
    """Gloss pairs and acronyms that infobox fields state."""
    text = doc.text
    yield from box_fields.run_together_title(doc)
    yield from run_name_line(doc)
    yield from box_fields.parallel_stack(doc)
    for field, above in _glued_native(text):
        if _vietnamese(field.value) and not _vietnamese(above) and exact_key(above) != exact_key(field.value):
            yield _field_gloss(doc, field, field.value, above)
    fields = _fields(text)
    if not fields:
        return
    title = _TITLE.match(text)
    names = [
        f
        for f in fields
        if _is_name(f.key)
        and not _vietnamese(f.value)
        and "," not in f.value
        and not _FILE_NAME.search(f.value)
    ]
    english = names[0].value if names else (_page_title(title.group("title")) if title else _first_line(text))
    # The names an abbreviation may stand for: the name field or title, then the box's own heading
    # lines ("= Viet Minh =" over "League for Independence of Vietnam").
    first = min(f.start for f in fields)
    longs = list(dict.fromkeys(n for n in [english, *_headings(text, first)] if n))
    kind: Kind | None = None  # the box's kind, looked up when a value names a former name
    yield from _heading_names(doc, first, names[0].value if names else "")
    natives = _native_lines(text, first)
    yield from box_fields.native_initials(doc, fields, [n for n in natives if len(n.split()) >= 3])
    for field in fields:
        if field.key in box_fields.PERSON_LABELS:
            yield from box_fields.person_value(doc, field)
        elif field.key in box_fields.MOTTO_LABELS:
            yield from box_fields.motto_line(doc, field)
        elif field.key.endswith(" abbr") and field.key != "abbr":
            yield from box_fields.field_abbreviation(doc, field, fields)
            continue
        if "(" in field.value:
            if english and ("(as " in field.value or "(former name)" in field.value):
                kind = name_kind(english) if kind is None else kind
                yield from box_fields.former_names(doc, field, english, kind)
            if ", (" in field.value and has_vi_letters(field.value):
                yield from box_fields.english_then_vietnamese(doc, field)
        rendered = _rendered_value(text, field)
        if rendered is not None:
            vi, en = rendered
            yield box_fields.field_gloss(doc, field, vi, vi, en, Kind.TERM, 0.75)
            continue
        abbreviation = longs and _is_abbreviation(field.key)
        if abbreviation and not is_short_form(field.value):
            # "VCG / VNCG / CSBVN", "VPPS (CAND)", "Việt Minh".
            long_form = next((n for n in longs if exact_key(n) != exact_key(field.value)), "")
            yield from box_fields.abbreviations(doc, field, longs, long_form)
        elif abbreviation:
            long_form = box_fields.long_name(field.value, longs)
            yield box_fields.field_acronym(doc, field, field.value, en=long_form, confidence=0.8)
        elif _is_native(field.key) and _same_name_respelt(field.value, english):
            # "= Cần Thơ =" then "Native name: Can Tho": the name with and without its diacritics.
            vi, en = (english, field.value) if has_vi_letters(english) else (field.value, english)
            yield _field_gloss(doc, field, vi, en)
        elif _is_native(field.key) and _vietnamese(field.value):
            # The English name: the field of the same form ("local long form" -> "conventional long
            # form"), else the first name field, else the page's title.
            twin = next((f for f in names if f.key.split()[-2:] == field.key.split()[-2:]), None)
            partner = twin.value if twin is not None else english
            if not partner or exact_key(partner) == exact_key(field.value):
                continue
            for native in _native_list(field.value):
                yield box_fields.field_gloss(doc, field, native, native, partner, name_kind(partner), 0.8)
        elif _is_other_name(field.key):
            # "Former name: Saigon", "Nickname(s): Bamboo Landing": another name of what the
            # infobox is about, named in English, else by its native-name row or the lead.
            subject, vietnamese = english, False
            if not subject:
                native = next((f.value for f in fields if _is_native(f.key) and _vietnamese(f.value)), None)
                # The lead's subject only when the box names it above the row (a page's lead
                # may open on another body than its box).
                lead = native or lead_subject(text) or ""
                subject = lead if native or (lead and lead in text[: field.start]) else ""
                vietnamese = _vietnamese(subject)
            if not subject:
                continue
            kind_of = _subject_kind(subject, fields)
            if field.value.startswith(('"', "“")) and "nick" in field.key:
                yield from quoted_nicknames(doc, field, subject, kind_of, vietnamese=vietnamese)
            else:
                yield from box_fields.subject_other_names(doc, field, subject, kind_of, vietnamese=vietnamese)
        elif _is_name(field.key) and "," in field.value:
            # "Vietnamese New Year, Tết Nguyên Đán, 節元旦": names in both languages in one field.
            parts = [p.strip() for p in field.value.split(",") if p.strip()]
            vi = next((p for p in parts if has_vi_letters(p)), "")
            en = next((p for p in parts if p.isascii() and not _vietnamese(p)), "")
            if vi and en:
                yield box_fields.field_gloss(doc, field, vi, vi, en, name_kind(en), 0.75)
