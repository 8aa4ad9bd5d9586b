"""Glosses in parentheses, read segment by segment: "đổi mới (Renewal)", "Renewal (đổi mới)",
"(Vietnamese: Hoàng thành Thăng Long; lit. ...)", lists of glosses and alternatives joined by "or"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from glossary.model import Kind, VariantType
from glossary.text import is_syllable
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word

from . import gazetteer
from .documents import Document
from .lexicon import (
    ADMIN_UNITS,
    CONNECTORS,
    VI_PLACE_GENERICS,
    is_family_name,
    language_names,
    names_a_language,
    region_names,
)
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, WORD, Mention, fold, mention_at
from .names.words import head_of, is_generic, is_title
from .phrases import (
    ARTICLE,
    Phrase,
    clean,
    en_phrase_back,
    gloss_mention,
    is_en,
    is_number,
    is_syllable_name,
    is_title_case,
    is_vi,
    is_vi_name,
    paragraph_bounds,
    plain_name_rendering,
    vi_run_back,
    with_name_before,
)

# A parenthesis with at most one level of nesting inside: "(Vietnamese: Hoàng thành (old))". Its
# plain letters are taken a run at a time, never given back (no shorter run could end it: what
# follows a run is a parenthesis or a line break), not one repetition of the group per character.
_PAREN = re.compile(r"\(((?:[^()\n]++|\n(?!\s*\n)|\([^()\n]*\))*)\)")
# A label naming the language of what follows: "(Vietnamese: ...)", "(in Vietnamese, ...)".
_LABEL = re.compile(r"^(?:in\s+)?(?P<lang>[^\W\d_]+)\s*[:,]\s*", re.IGNORECASE)
# The longer cues come first: "also known as" must not stop at "also" and leave "known as" in the
# rendering; an adverb may qualify any naming cue ("commonly called", "locally known as").
_LEAD_CUE = re.compile(
    r"^(?:(?:also|commonly|often|usually|locally|popularly|sometimes|widely|generally)\s+)?"
    r"(?:known\s+as|referred\s+to\s+as|called|named|translated\s+as|rendered\s+as)\s*[:,]?\s+|"
    r"^(?:lit\.|lit(?=\s*:)|literally|meaning|(?:which\s+|that\s+)?means|or|i\.e\.|a\.k\.a\.|aka|also)\s*[:,]?\s+",
    re.IGNORECASE,
)
# Parentheses that are never glosses: credits, dates, periods, references, pronunciations.
_NOISE = re.compile(
    r"^(?:photo|photos|source|sources|credit|image|file|via|see|courtesy|ảnh|nguồn|since|from|until|"
    r"as\s+of|by|pictured|left|right|centre|center|middle|front|back|above|below|top|bottom|"
    r"second|third|first|l|r|c|ret|retd|né|née|born|died|b\.|d\.|c\.|ca\.|fig|figure|table|"
    r"pp?\.|vol|no\.|ibid|sic|abbreviated|abbr\.?|acronym|short\s+for|"
    # "Da Lat (also written as Dalat)": another spelling of the name (renames.py), no rendering.
    r"(?:also\s+)?(?:written|spelled|spelt|romani[sz]ed|transliterated)|"
    # "Gia Định (present-day Ho Chi Minh City)": where a place is now, no rendering of its name.
    r"modern[-\s]day|present[-\s]day|today's|today|now)\b",
    re.IGNORECASE,
)
# "(Hội đồng Nhân dân or HDND for short)": the short form is the acronym extractor's.
_FOR_SHORT_TAIL = re.compile(r"\s+or\s+\S+\s+for\s+short\s*$", re.IGNORECASE)
# "(a two-stringed spike violin similar to the Chinese erhu)": a comparison with another
# instrument or thing ends the rendering; the thing compared is not what the term means.
_COMPARISON_TAIL = re.compile(
    r"\s+(?:similar|corresponding|comparable|akin|equivalent)\s+to\s+[^;:()\"“”]{1,60}$", re.IGNORECASE
)
_IPA = re.compile(r"[ɐ-ʯˈˌːˑ̪̩̯]|^\s*[/\[].*[/\]]\s*$")
_DIGITS = re.compile(r"\d")
_FILE_EXTENSION = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|tiff?)\b", re.IGNORECASE)
# A comma item that is a date or a period and nothing else: "1780–1802", "c. 1428", "1945 AD",
# "born 1890", "r. 1802–1820". Such an item is dropped; the rest of the parenthesis is still read.
_DATE_ITEM = re.compile(
    r"^\s*(?:(?:c|ca|r|b|d)\.\s*|circa\s+|born\s+|died\s+|reigned\s+|from\s+|since\s+)?"
    r"\d{3,4}(?:\s*(?:[–—-]|to|until)\s*(?:\d{2,4}|present))?(?:\s*(?:AD|CE|BC|BCE))?\s*$",
    re.IGNORECASE,
)
_SHORT_FORM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,9}s?")
# "Huế (VNA) – ...": an agency's short name in parentheses, then the dash of a dateline.
_AGENCY = re.compile(r"[A-Z][A-Za-z/]{1,12}")
_DATELINE_DASH = re.compile(r"[ \t]*[–—-][ \t]")


# A reference mark or a footnote star between a phrase and its parenthesis, perhaps after a comma:
# "The Trần dynasty,[a] (Vietnamese: ...)", "3 municipalities* (thanh pho, ...)".
_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
_MARKS_BEFORE = re.compile(r"(?:,?[ \t]*\[[^\[\]\n]{1,8}\]|\*{1,2})+[ \t]*$")


def _before_marks(text: str, pos: int) -> int:
    """pos moved back over the reference marks and footnote stars just before it (where the phrase
    a parenthesis glosses ends); pos itself when there are none (tested on the two characters
    before, so most parentheses cost one comparison)."""
    if "]" not in text[pos - 2 : pos] and "*" not in text[pos - 2 : pos]:
        return pos
    found = _MARKS_BEFORE.search(text, max(0, pos - 40), pos)
    return found.start() if found is not None else pos


# Wiki italics closing the term a parenthesis glosses, left by a mirror that kept the markup:
# "''bún riêu cua'' (minced crab)".
_ITALICS_BEFORE = re.compile(r"''+[ \t]*$")


def _before_italics(text: str, pos: int) -> int:
    """pos moved back over the wiki italic quotes just before it; pos itself when there are none
    (tested on the three characters before, so most parentheses cost one comparison)."""
    if "''" not in text[pos - 3 : pos]:
        return pos
    found = _ITALICS_BEFORE.search(text, max(0, pos - 8), pos)
    return found.start() if found is not None else pos


def _line_before(text: str, match: re.Match[str]) -> Phrase | None:
    """The Vietnamese text that fills a line before a parenthesis ending it: a phrase with
    diacritics of two to twelve words whose comma-separated parts are all Vietnamese, opening with
    a capital; else None (tested on the character after the parenthesis first)."""
    after = text[match.end() : match.end() + 1]
    if after not in ("\n", "") or text[match.start() - 1 : match.start()] not in (" ", "\t"):
        return None
    start = text.rfind("\n", 0, match.start()) + 1
    line = text[start : match.start()].strip()
    words = line.split()
    if not 3 <= len(words) <= 12 or not line[:1].isupper() or not has_vi_letters(line):
        return None
    parts = [Phrase(p.strip(), 0, 0) for p in line.split(",")]
    if not all(p.text and is_vi(p) and not is_en(p) for p in parts):
        return None
    named = [p for p in parts if len(p.words) == 1 or is_title_case(p.words)]
    if any(gazetteer.is_place(p.text) or is_family_name(p.words[0]) for p in named):
        return None  # "Hà Nội, Việt Nam (Hanoi, Vietnam)", "Nguyễn Văn An (Chairman)": names
    at = text.find(line, start)
    return Phrase(line, at, at + len(line))


_OF_BEFORE = re.compile(r"(?<![^\W\d_])of[ \t]+(?:(?:the|a|an)[ \t]+)?$")


def _unhyphenated(phrase: Phrase) -> Phrase:
    """ "Quoc-Hoi", "Viet-Nam" (older texts join a name's syllables with hyphens) as the
    syllables the Vietnamese tests read; any other phrase as it is."""
    if "-" not in phrase.text:
        return phrase
    pieces = phrase.text.replace("-", " ").split()
    if has_vi_letters(phrase.text) or not all(is_syllable(p) for p in pieces):
        return phrase
    return Phrase(" ".join(pieces), phrase.start, phrase.end)


def _places_only(text: str) -> bool:
    return all(gazetteer.is_place(part.strip()) for part in text.split(",") if part.strip())


def _english_clauses(text: str) -> bool:
    """Whether text is English, comma-separated parts of at most eight words each, none with digits."""
    parts = [Phrase(p.strip(), 0, 0) for p in text.split(",")]
    if len(WORD.findall(text)) < 2 or any(p.text.lower() in language_names() for p in parts):
        return False  # "Đồng Việt Nam (Vietnamese)": which language, no rendering
    if any(gazetteer.is_place(p.text) or all(is_title(w) for w in p.words) for p in parts if p.text):
        return False  # places, offices: no rendering of a motto
    return all(p.text and len(p.words) <= 8 and is_en(p) and not _DIGITS.search(p.text) for p in parts)


def _description_of_name(vi: Phrase, en: Phrase) -> bool:
    """ "Trinh Quoc Phu (centre)", "Huế (municipality)": a capitalised name followed by a lowercase
    description is no gloss; unless the name renders word for word ("Thần Đồng Cổ (bronze drum
    god)", "Đồng Sao (billets of copper)")."""
    # A lower-case word is no place's name, whatever place the gazetteer spells so ("bì").
    named = (
        is_title_case(vi.words)
        or len(vi.words) == 1
        and vi.text[:1].isupper()
        and (gazetteer.is_place(vi.text) or is_family_name(vi.text))
    )
    if named and _INDEFINITE.match(en.text) and (is_family_name(vi.words[0]) or gazetteer.is_place(vi.text)):
        return True  # "Hoàng Phủ Ngọc Tường (a Vietnamese poet)": who he is, as "X, a poet," is
    return named and not any(w[0].isupper() for w in en.words) and not _rendered_name(vi, en)


def _rendered_name(vi: Phrase, en: Phrase) -> bool:
    """A capitalised Vietnamese name with diacritics, of no place the gazetteers know and no person
    (no family name first), glossed by lower-case content words (two or more, "of" between them,
    about as many as its syllables): a rendering, not a description ("a temple complex" has an
    article, "second from left" a preposition, "municipality" is one word)."""
    content = [w for w in en.words if w != "of"]
    if not 2 <= len(content) <= len(vi.words) + 1 or len(vi.words) < 2:
        return False
    if any(w.lower() in ENGLISH_FUNCTION_WORDS or is_title(w) for w in content):
        return False
    if not has_vi_letters(vi.text) or is_family_name(vi.words[0]) or head_of(content[-1]):
        return False  # "Mỹ Sơn (temple complex)": a class of place, a description
    return not gazetteer.is_place(vi.text)


# Units a parenthesis names to say where a name is ("Lao Cai (Vietnam)").
_LOCATING_UNITS = frozenset({"country", "tỉnh", "thành phố"})


def _locates_name(name: Phrase, where: Phrase) -> bool:
    """ "Lao Cai (Vietnam)", "Tô Lâm (Vietnam)", "Hoi An (Quang Nam)": a capitalised name followed
    by where it is, no gloss. Where it is: a country, a province or a city in the gazetteers that
    the name before is not the Vietnamese name of ("Việt Nam (Vietnam)" is a gloss); or another
    name of Vietnamese syllables without diacritics, which says nothing in English."""
    if not _capitalised(name.words) or not _capitalised(where.words):
        return False
    places = gazetteer.lookup(where.text)
    if any(p.unit in _LOCATING_UNITS for p in places):
        # "Hanoi (Ha Noi)": the same place in both spellings.
        same = {p.vi for p in gazetteer.lookup(name.text)} | {name.text}
        return all(p.vi not in same for p in places)
    return not has_vi_letters(name.text + where.text) and all(
        is_syllable(w) for w in name.words + where.words
    )


def _name_without_verb(vi: Phrase | None) -> Phrase | None:
    """ "He met Trần Văn Minh (...)": a lower-case word without diacritics that fits the syllable
    shape ("met") before a capitalised name with diacritics is the sentence's verb, not the name's."""
    if vi is None:
        return None
    words = vi.words
    if len(words) < 2 or not words[0].islower() or has_vi_letters(words[0]):
        return vi
    rest = words[1:]
    if len(rest) < 2 or not all(w[:1].isupper() for w in rest) or not has_vi_letters(" ".join(rest)):
        return vi
    start = vi.text.find(rest[0])
    return Phrase(vi.text[start:], vi.start + start, vi.end)


def _capitalised(words: list[str]) -> bool:
    return bool(words) and all(w[0].isupper() for w in words if fold(w) not in ("of", "and", "the"))


def _renderings(inside: _Inside) -> list[str]:
    """The literal meaning and the other renderings a parenthesis gives, those in English: a
    meaning may keep the name it translates around ('literally "Two Ladies [named] Trưng"')."""
    out = []
    for rendering in filter(None, (inside.literal, *inside.renderings)):
        words = rendering.split()
        plain = [w for w in words if not has_vi_letters(w)]
        if 2 * len(plain) >= len(words) and is_en(Phrase(" ".join(plain), 0, 0)):
            # "lit. 'the Army Industry Group'": the article is the sentence's, as for any gloss; a
            # capital one opens the name ("Vietnamese for The People", as a quoted rendering's).
            capital = rendering.startswith("The ") and _capitalised(words[1:])
            out.append(rendering if capital else ARTICLE.sub("", rendering) or rendering)
    return out


def _without_heading_words(en: Phrase, vi: Phrase) -> Phrase:
    """A capitalised English side less a common word and its "of" before the name ("Statistics of
    North Central Coastal Vietnam (Bắc Trung Bộ)", a table's caption), when the English has more
    words than the Vietnamese has syllables: the Vietnamese does not render that word."""
    words = en.text.split()
    syllables = len(vi.words)
    while (
        len(words) > 2
        and words[1] in ("of", "for")
        and words[2][:1].isupper()
        and is_english_word(words[0])
        and not head_of(words[0])
        and not is_title(words[0])
        and len([w for w in words if w not in CONNECTORS]) > syllables
    ):
        words = words[2:]
    if len(words) == len(en.text.split()):
        return en
    rest = " ".join(words)
    start = en.end - len(rest)
    if en.text[start - en.start :] != rest:
        return en  # the phrase is not written with single spaces
    return Phrase(rest, start, en.end)


def _names_only_a_class(vi: Phrase, en: Phrase) -> bool:
    """ "a Special Zone (Đặc khu Côn Đảo)", "a NLF (Viet Cong)": an English side of generic words
    only, for a Vietnamese side that holds a name, or an acronym, renders nothing."""
    words = en.words
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return True
    generic = all(is_generic(w) for w in words) or fold(en.text) in _EN_GENERICS
    # The Vietnamese side ends with a name ("Côn Đảo"); a body's own name capitalises some words and
    # ends in lower case ("Bộ Tư lệnh Hải quân (the Navy Command)": generic words render it whole).
    return generic and len(vi.words) > 1 and vi.words[-1][:1].isupper()


_EN_GENERICS = frozenset(VI_PLACE_GENERICS.values()) | frozenset(ADMIN_UNITS)
_VI_GENERICS = {**{vi: en for en, vi in ADMIN_UNITS.items()}, **VI_PLACE_GENERICS}


def _generic_pair(doc: Document, vi: Phrase, en: Phrase) -> Iterator[Mention]:
    """ "a Special Zone (Đặc khu Côn Đảo)": the generic words are a pair, "Đặc khu" = "Special Zone"."""
    low = vi.text.lower()
    for generic, head in _VI_GENERICS.items():
        if low.startswith(generic + " ") and fold(en.text) == fold(head):
            part = Phrase(vi.text[: len(generic)], vi.start, vi.start + len(generic))
            yield mention_at(
                doc,
                en.start,
                vi.end,
                kind=Kind.TERM,
                vi=part.text,
                en=clean(en.text),
                confidence=0.6,
                origin="gloss",
            )
            return


# Wiki markup left in a parenthesis: bold and italic quotes, link brackets, a language template's
# residue ("_vi." for {{lang-vi|...}}).
_MARKUP = re.compile(r"''+|\*\*|\[\[|\]\]|(?<![^\W_])_(?=[a-z]{2,3}\.)")
# Chinese characters after a Vietnamese form, with the slash that may part them: "(Tây Đô / 西都)".
_HAN = re.compile(r"(?:[ \t]*/)?[ \t]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# The label of a pronunciation's audio link, flattened after the form by wiki mirrors.
_AUDIO_LABEL = re.compile(r"[ \t]+(?:listen|ⓘ|\(?help·info\)?)[ \t]*$", re.IGNORECASE)
# An IPA transcription in brackets or slashes, inside a segment.
_IPA_PART = re.compile(r"\[[^\]]*\]|/[^/]*/")
# A label that names a language before what follows, with or without a colon: "Vietnamese:",
# "Vietnamese Sông Hồng", "vi,", "chữ Quốc ngữ:".
_SEGMENT_LABEL = re.compile(
    r"^(?:in\s+)?(?P<lang>chữ\s+\w+(?:\s+\w+)?|[^\W\d_]+)"
    # "Vietnamese name:", "Vietnamese language:": the label's own noun before the colon.
    r"(?:\s+(?:name|language|spelling|title|form|pronunciation)(?=\s*:))?\s*(?P<sep>[:,.])?\s+",
    re.IGNORECASE,
)
# "(Hoàng thành in Vietnamese)": the label after the form.
_LABEL_AFTER = re.compile(r"\s+in\s+(?P<lang>[^\W\d_]+)\s*$", re.IGNORECASE)
# "lit. Innovation", "lit: Innovation" (a colon for the dot), "literally ...", "translation: ...".
_LITERAL = re.compile(
    # "(pseudonym meaning "Long March")": the kind of name before the cue.
    r"^(?:(?:(?:pseudonym|nickname|pen\s+name|name|title|epithet)\s+)?meaning|"
    r"lit\.|lit(?=\s*:)|literally|meaning|(?:which\s+|that\s+)?means|(?:english\s+)?translation(?=\s*:)|trans\.)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# "(Vietnamese for People's Army)": the language of the form before, then its English rendering.
_LANGUAGE_FOR = re.compile(r"^(?P<lang>[^\W\d_]+)\s+for\s+(?P<en>\S.*)$")
# "(Vietnamese: Quân chủng Hải quân (QCHQ))": the form's short form, the acronym extractor's.
# "(Vietnamese: Lực lượng Công an Nhân dân - CAND)": the same after a spaced dash.
_SHORT_FORM_TAIL = re.compile(r"(?:\s*\([A-ZĐ][A-Za-zĐ0-9&.\-]{1,9}\)|\s+[-–]\s+[A-ZĐ][A-ZĐ0-9&.]{1,9})\s*$")
# "literally North Central Region, and often translated as North Central Coast".
_AND_OR = re.compile(r",\s+(?:and|or)\s+")
_RENDERED_AS = re.compile(
    r"^(?:(?:often|also|usually|commonly|sometimes)\s+)?(?:translated|rendered)\s+(?:as|into)\s+(.+)$",
    re.IGNORECASE,
)
_OR = re.compile(r"\s+or\s+")
_OR_LABEL = re.compile(r"\s+or\s+[^\W\d_]+\s*:")
# 'literally "Two Ladies [named] Trưng"' after the Vietnamese form, in the same segment.
_QUOTED_FIRST = re.compile(r"[\"“]([^\"”]{2,80})[\"”][ \t]*(?:,|$)")
_LITERAL_INSIDE = re.compile(r"(?:lit\.|literally|meaning)\s*[\"“‘']([^\"”’']{2,80})[\"”’']")


@dataclass
class _Inside:
    """What a parenthesis says, segment by segment: the Vietnamese form a language label gives, a
    literal meaning, or the unlabelled text (the first segment holding a gloss side)."""

    labelled: Phrase | None = None
    # Another Vietnamese name the label gives after "or" ("Vietnamese: Hoa Nùng or Tàu Nùng").
    labelled_other: str = ""
    literal: str = ""
    # Other renderings a literal meaning goes on with ("and often translated as North Central Coast").
    renderings: list[str] = field(default_factory=list)
    plain: Phrase | None = None
    # Every unlabelled segment as written ("Bắc Bộ, the North; Trung Bộ, the Centre").
    segments: list[Phrase] = field(default_factory=list)
    # The literal meaning written in the segment of the plain form, after it ('"cà phê đen nong",
    # literally "hot black coffee"').
    own_literal: str = ""
    # A Vietnamese reading after its cue before the English item ("(新舖, today Phố Mới, New
    # Town)"): another form of the name the parenthesis follows.
    reading: str = ""
    # A quoted lower-case rendering ending the labelled segment ("(Vietnamese: Đèo Hải Vân, IPA:
    # [...], 'ocean cloud pass')"): the name's words rendered one by one.
    word_by_word: str = ""


def _language_of(label: str) -> str | None:
    """ "vietnamese" for a label naming Vietnamese (its name, its code, its script), another
    language's name, or None when the label names no language."""
    low = " ".join(label.lower().split())
    if low in ("vi", "vie") or low == "chữ quốc ngữ":
        return "vietnamese"
    if low.startswith("chữ "):
        return "chinese"  # chữ Hán, chữ Nôm: characters, not a rendering
    return low if low in language_names() else None


def _read_inside(text: str, start: int, end: int) -> _Inside | None:
    """Split the parenthesis text[start:end] into its segments; None when it holds no gloss side.

    What a parenthesis says depends on its text alone, so it is read once per distinct text (the
    same credits, dates and glosses recur); only a phrase located outside it (never in practice:
    each phrase's first word is in it) makes it read in place."""
    inside, complete = _read_text(text[start:end])
    if not complete:
        return _read_in(text, start, end, None)
    if inside is None:
        return None

    def shifted(phrase: Phrase | None) -> Phrase | None:
        return None if phrase is None else Phrase(phrase.text, phrase.start + start, phrase.end + start)

    return _Inside(
        labelled=shifted(inside.labelled),
        labelled_other=inside.labelled_other,
        literal=inside.literal,
        renderings=inside.renderings,
        plain=shifted(inside.plain),
        own_literal=inside.own_literal,
        reading=inside.reading,
        word_by_word=inside.word_by_word,
        segments=[Phrase(p.text, p.start + start, p.end + start) for p in inside.segments],
    )


@lru_cache(maxsize=16384)
def _read_text(inner: str) -> tuple[_Inside | None, bool]:
    """_read_in on a parenthesis's text alone, and whether every phrase was found in it."""
    misses: list[str] = []
    inside = _read_in(inner, 0, len(inner), misses)
    return inside, not misses


def _read_in(text: str, start: int, end: int, misses: list[str] | None) -> _Inside | None:
    """_read_inside's work; misses, when given, collects the phrases not found from their start."""
    raw = _MARKUP.sub(lambda m: " " * len(m.group()), text[start:end])
    raw = _HAN.sub(lambda m: " " * len(m.group()), raw)
    for tail_rule in (_FOR_SHORT_TAIL, _COMPARISON_TAIL):
        tail = tail_rule.search(raw)
        if tail is not None and len(WORD.findall(raw[: tail.start()])) >= 2:
            raw = raw[: tail.start()] + " " * (len(raw) - tail.start())
    out = _Inside()
    offset = start
    # A nested parenthesis cut this one short ("(ADAF Service, Vietnamese: Quân chủng ... (Quân
    # chủng PKKQ"): the label's form and what it renders are not all here, so only its semicolons
    # are read.
    for segment in _SEGMENT_BREAK.split(raw) if "(" not in raw else raw.split(";"):
        seg_start = offset + len(segment) - len(segment.lstrip())
        offset += len(segment) + 1
        seg = segment.strip()
        if not seg or _NOISE.match(seg):
            continue
        if _DIGITS.search(seg) and not has_vi_letters(seg) and not _dated_rendering(seg):
            # "(Vietnamese: [vɔ̌ˀ ...]; 23 November 1922 – 11 June 2008)": a person's dates, a
            # measure: never a side of a gloss, as a whole parenthesis of them is not.
            continue
        rendered = _LANGUAGE_FOR.match(seg)
        if rendered is not None and _language_of(rendered.group("lang")) == "vietnamese":
            # "Quân đội nhân dân (Vietnamese for People's Army)": the rendering of the form before.
            out.renderings.append(clean(rendered.group("en")))
            continue
        after = _LABEL_AFTER.search(seg) if " in " in seg else None
        if after is not None and _language_of(after.group("lang")) == "vietnamese":
            form = seg[: after.start()]
            phrase = _phrase_in(text, seg_start, form, misses)
            if phrase is not None and out.labelled is None and has_vi_letters(phrase.text):
                out.labelled = phrase
                continue
        label = _SEGMENT_LABEL.match(seg)
        language = _language_of(label.group("lang")) if label else None
        # Without a colon, "Vietnamese" labels only Vietnamese ("Vietnamese Sông Hồng"), not an
        # English phrase ("Vietnamese sausage").
        unmarked = label is not None and not label.group("sep")
        if unmarked and (
            language != "vietnamese"
            or not has_vi_letters(seg[label.end() :])
            or _english_after_name(seg[label.end() :])
        ):
            label = None
        if label is not None and language is None and label.group("sep") == ":" and not _LITERAL.match(seg):
            # "Chau O (Cham: Vuyar)": a form in a language CLDR does not name, never a rendering.
            continue
        if label and language:
            if language == "english" and label.group("sep"):
                # "Đổi Mới (English: Renovation)": the English rendering of the form before.
                rendering = clean(_IPA_PART.sub(" ", seg[label.end() :]).split(",")[0])
                if rendering:
                    out.renderings.append(rendering)
                continue
            if language != "vietnamese":
                continue  # a rendering in another language
            rest = seg[label.end() :]
            # "Sông Hồng, Chinese Hónghé": the Vietnamese form ends where another label starts.
            literal = _LITERAL_INSIDE.search(rest)
            if literal is not None and not out.literal:
                out.literal = clean(literal.group(1))
            quoted = _QUOTED_LAST.search(rest) if literal is None else None
            if (
                quoted is not None
                and quoted.group("en")[:1].islower()
                and not has_vi_letters(quoted.group("en"))
            ):
                out.word_by_word = clean(quoted.group("en"))
            # "Việt Nam Thanh Niên Kách Mệnh Hội—commonly: ...": an em dash ends the form too (an
            # en dash or a spaced hyphen may join two names inside it: "Bà Rịa–Vũng Tàu").
            rest = _IPA_PART.sub(" ", rest).split(",")[0].split("—")[0]
            # "(Vietnamese: Hà Nội listen)": a wiki mirror's audio link label, not part of the name.
            rest = _AUDIO_LABEL.sub("", rest)
            rest = _SHORT_FORM_TAIL.sub("", rest)
            if " or " in rest:
                # "(Vietnamese: ngò or Vietnamese: rau mùi)": another label opens another form.
                rest = _OR_LABEL.split(rest, maxsplit=1)[0]
            other = ""
            if " or " in rest:
                # "(Vietnamese: Hoa Nùng or Tàu Nùng)": two Vietnamese names of one thing, both with
                # the letters only Vietnamese writes, are one entry: the first and another form.
                first, second = (clean(p) for p in rest.split(" or ", 1))
                if has_vi_letters(first) and has_vi_letters(second) and " or " not in second:
                    rest, other = rest[: rest.index(" or ")], second
            phrase = _phrase_in(text, seg_start + label.end(), rest, misses)
            if phrase is not None and out.labelled is None and _labelled_form(phrase, label.group("sep")):
                out.labelled = phrase
                out.labelled_other = other
            continue
        literal = _LITERAL.match(seg)
        if literal:
            first, *others = _AND_OR.split(seg[literal.end() :])
            quoted = _QUOTED_FIRST.match(seg, literal.end())
            if quoted is not None:
                # '(... meaning "Long March", born Đặng Xuân Khu)': the quotation is the meaning.
                first = quoted.group(1)
            out.literal = clean(first)
            for other in others:
                rendering = _RENDERED_AS.match(other.strip())
                if rendering is not None and clean(rendering.group(1)):
                    out.renderings.append(clean(rendering.group(1)))
            continue
        if _IPA.search(seg) and "," not in seg:
            continue
        literal = _LITERAL_INSIDE.search(seg) if out.plain is None else None
        whole = _phrase_in(text, seg_start, seg, misses)
        if whole is not None:
            out.segments.append(whole)
        first = _first_item(seg)
        if out.plain is None and first != seg:
            out.reading = _cued_reading(seg)
        phrase = _phrase_in(text, seg_start, _LEAD_CUE.sub("", first), misses) if first else None
        # "(N.A.; Quốc hội ...)": a short form is the acronym extractor's, the next segment the gloss.
        if phrase is not None and out.plain is None and not _SHORT_FORM.fullmatch(phrase.text):
            out.plain = phrase
            if literal is not None and literal.start() > 0:
                # '("cà phê đen nong", literally "hot black coffee")': the form with its rendering.
                out.own_literal = clean(literal.group(1))
            elif has_vi_letters(phrase.text):
                # "(Hán-Việt, or Sino-Vietnamese)": the form, then its English name after "or".
                rendering = _OR_RENDERING.search(seg)
                if rendering is not None and not has_vi_letters(rendering.group("en")):
                    out.own_literal = clean(rendering.group("en"))
    return out if out.labelled or out.plain or out.literal or out.renderings else None


def _english_after_name(rest: str) -> bool:
    """Whether the words after an unmarked "Vietnamese" go on in English after a Vietnamese name
    ("Vietnamese Hoà Bình Catholic sect of Catholic Church"): an English phrase, no labelled form."""
    words = WORD.findall(_IPA_PART.sub(" ", rest).split(",")[0])
    return any(is_english_word(w) and not has_vi_letters(w) for w in words[1:]) and not all(
        w[:1].isupper() for w in words
    )


def _dated_rendering(inner: str) -> bool:
    """ "("Lord of the South", 1780–1802)": digits only in comma items that are dates, beside an item
    with words. Any other digit (a distance, a count, a price) keeps the parenthesis out, since
    measures in parentheses are never glosses."""
    items = [item for item in inner.split(",") if item.strip()]
    dated = [item for item in items if _DATE_ITEM.match(item)]
    rest = [item for item in items if not _DATE_ITEM.match(item)]
    return bool(dated) and bool(rest) and not any(_DIGITS.search(item) for item in rest)


def _labelled_form(phrase: Phrase, sep: str | None) -> bool:
    """Whether a phrase after a Vietnamese label is a Vietnamese form: with its marks, or after a
    colon ("(Vietnamese: rau)") syllables that may lack them."""
    if has_vi_letters(phrase.text):
        return True
    return sep == ":" and all(is_syllable(w) for w in phrase.words)


# A cue before a Vietnamese form said again in a parenthesis: its modern or plain wording.
_CUED_FORM = re.compile(r"(?:today|now|modern|literally|lit\.)\s", re.IGNORECASE)
# Segments of a parenthesis: its semicolons, and a comma before a Vietnamese label ("(mueang,
# Vietnamese: mường)": another language's form, then the labelled Vietnamese one). One character
# each, so that offsets stay those of the text.
_SEGMENT_BREAK = re.compile(r";|,(?=[ \t]*(?:Vietnamese|vi)[ \t]*:)")


_QUOTED_LAST = re.compile(r",[ \t]*['\"“‘](?P<en>[^'\"”’\[\]]{2,60})['\"”’][ \t]*$")
_OR_RENDERING = re.compile(r",[ \t]+or[ \t]+(?P<en>[^,;]{1,60})$")


def _cued_reading(segment: str) -> str:
    """The Vietnamese reading after its cue that opens a segment _first_item reads the English item
    of ("today Phố Mới, New Town" gives "Phố Mới"); "" for any other segment."""
    head = next((item.strip() for item in segment.split(",") if item.strip()), "")
    cue = _CUED_FORM.match(head)
    if cue is None or not has_vi_letters(head):
        return ""
    return clean(head[cue.end() :])


def _first_item(segment: str) -> str:
    """A segment without the comma-separated items that are no gloss side: a pronunciation, a date
    ("Nhà Hậu Lê, 1428–1789"), a remark after a Vietnamese word ("tinh, singular and plural")."""
    if "," not in segment:
        return segment
    items = [
        item.strip()
        for item in segment.split(",")
        if item.strip() and not _IPA.search(item) and not (_DIGITS.search(item) and not has_vi_letters(item))
    ]
    # "(Chùa Bái Đính, Chữ Hán: 沛嵿寺)": a label after the form whose own form (Han characters)
    # was blanked; a label first ("Hán tự: 南國山河, ...") is read as before.
    items = items[:1] + [item for item in items[1:] if not item.endswith(":")]
    if (
        len(items) == 2
        and _CUED_FORM.match(items[0])
        and has_vi_letters(items[0])
        and not has_vi_letters(items[1])
    ):
        # "Tân Thị (新市, today Chợ Mới, New Market)", "(..., literally Chợ Cũ, Old Market)": the
        # name's modern Vietnamese form after its cue, then the English rendering.
        return items[1]
    if (
        len(items) == 2
        and not has_vi_letters(items[0])
        and has_vi_letters(items[1])
        and _capitalised(items[0].split())
        and _capitalised(items[1].split())
        and not (is_en(Phrase(items[0], 0, 0)) and all(is_english_word(w) for w in items[0].split()))
        and fold(items[0]).replace(" ", "") != fold(items[1]).replace(" ", "")
    ):
        # "the Black Tai (Tai Dam, Thái Đen)": a name in another language without Vietnamese
        # letters, then the Vietnamese one: the gloss side is the Vietnamese name ("(Saigon, Sài
        # Gòn)", one name's two spellings, is read as before).
        return items[1]
    if len(items) == 2 and _SHORT_FORM.fullmatch(items[0]) and has_vi_letters(items[1]):
        # "(MOET, Bộ Giáo dục và Đào tạo)": the short form is the acronym extractor's; the name
        # after it is the gloss side.
        return items[1]
    if len(items) == 1:
        return items[0]
    if items and is_vi(Phrase(items[0], 0, 0)) and not is_en(Phrase(items[0], 0, 0)):
        rest = [Phrase(item, 0, 0) for item in items[1:]]
        if not any(is_vi(r) and not is_en(r) for r in rest):
            return items[0]
    return ", ".join(items)


def _phrase_in(text: str, start: int, part: str, misses: list[str] | None = None) -> Phrase | None:
    """part (a piece of text from start on, perhaps blanked) as a Phrase located in text."""
    cleaned = clean(part)
    if not cleaned:
        return None
    at = text.find(cleaned.split()[0], start)
    if at < 0 and misses is not None:
        misses.append(cleaned)
    at = start if at < 0 else at
    return Phrase(cleaned, at, at + len(cleaned))


_PART_MEANING = re.compile(
    r"^(?P<word>[^\W\d_]+)\s+(?:is|means|=)\s+(?P<meaning>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})$"
)
_PARTS = re.compile(r",\s*and\s+|,\s*|\s+and\s+")


def _part_meanings(vi: Phrase, literal: str) -> list[tuple[Phrase, Phrase]]:
    """ "literally: bát is bowl and tràng is workshop": the meaning of each word of the Vietnamese
    form, when every part glosses one of its words; else nothing."""
    if " is " not in literal and " means " not in literal and " = " not in literal:
        return []
    words = {fold(w): w for w in vi.words}
    out = []
    for part in _PARTS.split(literal):
        found = _PART_MEANING.match(part.strip())
        if found is None or fold(found.group("word")) not in words:
            return []
        word, meaning = found.group("word"), found.group("meaning")
        out.append(
            (Phrase(word, vi.start, vi.start + len(word)), Phrase(meaning, vi.end, vi.end + len(meaning)))
        )
    return out if len(out) >= 2 else []


_QUOTED_LIST = re.compile(r"[\"”’'],[ \t]*[\"“‘']")


def _alternatives(phrase: Phrase) -> tuple[Phrase, list[str]]:
    """ "Tranh Đông Hồ or Tranh làng Hồ", "'Saigon sandwich' or 'Saigon-style bánh mì'": the first
    form and the others, when every part is on the same side; else the phrase as it is. Vietnamese
    terms may also be listed with commas ("Thiên đô chiếu, Chiếu dời đô": two names of one edict),
    but not names ("Hà Nội, Huế": two places)."""
    parts = [clean(p) for p in _OR.split(phrase.text)]
    if len(parts) < 2 and _QUOTED_LIST.search(phrase.text):
        # '"to have an audience with ...", "to pay homage"': quoted renderings listed with commas.
        parts = [clean(p) for p in _QUOTED_LIST.split(phrase.text)]
    if len(parts) < 2 and ", " in phrase.text:
        listed = [clean(p) for p in phrase.text.split(", ")]
        if all(any(w[:1].islower() for w in p.split()) and is_vi(Phrase(p, 0, 0)) for p in listed):
            parts = listed
    if len(parts) < 2 or not all(parts):
        return phrase, []
    vietnamese = all(is_vi(Phrase(p, 0, 0)) and not is_en(Phrase(p, 0, 0)) for p in parts)
    # Quoted renderings may hold a loanword ("'Saigon-style bánh mì'"): the first one decides.
    quoted = any(q in phrase.text for q in QUOTES_CLOSE)
    english = is_en(Phrase(parts[0], 0, 0)) and (quoted or all(is_en(Phrase(p, 0, 0)) for p in parts))
    if not vietnamese and not english:
        return phrase, []
    return Phrase(parts[0], phrase.start, phrase.start + len(parts[0])), parts[1:]


def _brand_in_vietnamese(phrase: Phrase, text: str, paren: int) -> bool:
    """ "Viettel Group (Tập đoàn Viettel)": a Vietnamese name that keeps a brand the English name
    before it also writes; the other words Vietnamese, with diacritics."""
    if not has_vi_letters(phrase.text):
        return False  # most parentheses: English
    words = phrase.words
    if len(words) < 2:
        return False
    brand = [w for w in words if not is_syllable(w)]
    rest = [w for w in words if is_syllable(w)]
    if not brand or not rest or not is_vi(Phrase(" ".join(rest), 0, 0)):
        return False
    before = text[max(0, paren - 60) : paren]
    return all(w[:1].isupper() and w in before for w in brand)


def _pair_in_segment(phrase: Phrase) -> tuple[Phrase, Phrase] | None:
    """ "Bắc Bộ, the North": a Vietnamese form and its English rendering inside one segment."""
    head, sep, tail = phrase.text.partition(", ")
    if not sep:
        return None
    vi, en = Phrase(head, phrase.start, phrase.start + len(head)), Phrase(ARTICLE.sub("", tail), 0, 0)
    if is_vi(vi) and has_vi_letters(head) and is_en(en):
        start = phrase.start + len(phrase.text) - len(en.text)
        return vi, Phrase(en.text, start, start + len(en.text))
    return None


# A parenthesis of Han characters alone, right before another: "Hồng Đức (洪德)(lit. Great Virtue)".
_HAN_PAREN_BEFORE = re.compile(r"\([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff \t,;]+\)[ \t]*$")


def _over_han_paren(text: str, pos: int, floor: int) -> int:
    """pos, or where a parenthesis of Han characters alone right before it opens: the form before
    that parenthesis is the one the parenthesis at pos renders."""
    if text[pos - 1 : pos] not in (")", " ") or floor >= pos:
        return pos
    han = _HAN_PAREN_BEFORE.search(text, max(floor, pos - 40), pos)
    return han.start() if han is not None else pos


def extract_parentheses(doc: Document) -> Iterator[Mention]:
    text = doc.text
    for match in _PAREN.finditer(text):
        inner_raw = match.group(1)
        inner = " ".join(inner_raw.split())
        if not inner or _SHORT_FORM.fullmatch(inner) or _NOISE.match(inner):
            continue  # empty, an acronym ("(UNESCO)": the acronym extractor's), or noise
        if _FILE_EXTENSION.match(text, match.end()):
            continue  # "Đại học Bách khoa Hà Nội (logo).png": an image's file name (gold rules §9.9)
        if (
            _AGENCY.fullmatch(inner)
            and _DATELINE_DASH.match(text, match.end())
            and match.start() - (text.rfind("\n", 0, match.start()) + 1) <= 40
        ):
            continue  # "Huế (VNA) –" opening a story: the agency's credit, not a gloss
        if _DIGITS.search(inner) and not has_vi_letters(inner) and not _dated_rendering(inner):
            continue
        inside = _read_inside(text, match.start(1), match.end(1))
        if inside is None:
            continue
        floor, _ = paragraph_bounds(text, match.start())
        if len(inside.segments) > 1:
            # "(Bắc Bộ, the North; Trung Bộ, the Centre)": a list of glosses.
            listed = [_pair_in_segment(p) for p in inside.segments]
            if all(listed):
                for vi, en in (p for p in listed if p is not None):
                    yield gloss_mention(doc, vi, en, 0.8)
                continue
        before = _before_italics(text, _before_marks(text, match.start()))
        if inside.labelled is not None:
            n = len(inside.labelled.words)
            en = en_phrase_back(
                text, before, floor, most=2 * n if n >= 4 else n + 1, linked=n >= 4, bounded=True
            )
            if en is not None and (is_en(en) or _english_but_shared_name(en, inside.labelled)):
                en = with_name_before(text, en, inside.labelled, floor)
                if _names_only_a_class(inside.labelled, en):
                    yield from _generic_pair(doc, inside.labelled, en)
                    continue
                gloss = gloss_mention(doc, inside.labelled, en, 0.95)
                gloss.variants += [(r, VariantType.GLOSS) for r in _renderings(inside)]
                if inside.labelled_other:
                    gloss.variants.append((inside.labelled_other, VariantType.OTHER))
                yield gloss
                if inside.word_by_word and is_en(Phrase(inside.word_by_word, 0, 0)):
                    # A name glossed word by word is a term pair beside the name's own entry (gold
                    # rules, the clarifications' point 8).
                    at = text.find(inside.word_by_word, match.start(1), match.end(1))
                    if at >= 0:
                        literal = Phrase(inside.word_by_word, at, at + len(inside.word_by_word))
                        term = gloss_mention(doc, inside.labelled, literal, 0.85)
                        term.kind = Kind.TERM
                        yield term
            continue
        if inside.plain is None:
            # "Bắc Trung Bộ (literally North Central Region, ...)": the meaning is the gloss.
            vi = vi_run_back(text, _over_han_paren(text, match.start(), floor), floor)
            parts = _part_meanings(vi, inside.literal) if vi is not None else []
            if parts:
                # "Bát Tràng (literally: bát is bowl and tràng is workshop)": each word glossed.
                for word, meaning in parts:
                    yield gloss_mention(doc, word, meaning, 0.75)
                continue
            renderings = _renderings(inside)
            if vi is not None and is_vi(vi) and renderings:
                # Placed where it is written, when it is, so that its article is judged there.
                at = text.find(renderings[0], match.start(1), match.end(1))
                en = (
                    Phrase(renderings[0], at, at + len(renderings[0]))
                    if at >= 0
                    else Phrase(renderings[0], match.start(1), match.end(1))
                )
                gloss = gloss_mention(doc, vi, en, 0.85)
                gloss.variants += [(r, VariantType.GLOSS) for r in renderings[1:]]
                yield gloss
            continue
        inner_phrase, alternatives = _alternatives(inside.plain)
        words = inner_phrase.words
        line_vi = _line_before(text, match) if not has_vi_letters(inner) else None
        # Only what the term-by-term reading below cannot take: a Vietnamese line of comma parts, or
        # a rendering longer than its eight words.
        if (
            line_vi is not None
            and ("," in line_vi.text or len(words) > 8)
            and _english_clauses(inner_phrase.text)
        ):
            # "Đảo là nhà, Biển cả là quê hương (Our Home are the Islands, Our Homeland is the
            # Sea)": a motto or a song's title alone on its line, rendered whole.
            yield gloss_mention(doc, line_vi, inner_phrase, 0.8)
            continue
        renderings = _renderings(_Inside(literal=inside.own_literal)) if inside.own_literal else []
        if renderings and is_vi(inner_phrase) and not is_en(inner_phrase):
            # '... served black ("cà phê đen nong", literally "hot black coffee")': the parenthesis
            # renders its own form; the words before it are the sentence's, not a rendering.
            gloss = gloss_mention(
                doc, inner_phrase, Phrase(renderings[0], match.start(1), match.end(1)), 0.85
            )
            gloss.variants += [(r, VariantType.GLOSS) for r in renderings[1:]]
            yield gloss
            continue
        # A Vietnamese official name runs to a dozen syllables ("Quốc hội nước Cộng hoà xã hội chủ
        # nghĩa Việt Nam"); an English parenthesis that long is a remark, not a gloss, unless it is
        # one lower-case noun phrase (a scene's, a dish's or an old area's description).
        long_rendering = len(words) > 8 and _long_rendering(inner_phrase)
        if not words or len(words) > (12 if has_vi_letters(inner_phrase.text) else 8) and not long_rendering:
            continue
        shape = _unhyphenated(inner_phrase)
        plain = not has_vi_letters(inner) and is_syllable_name(shape)
        if (
            is_vi(shape)
            and not is_en(shape)
            or _brand_in_vietnamese(inner_phrase, text, match.start())
            or plain
        ):
            if inner_phrase.text.startswith(("the ", "a ", "an ")):
                # "(also called the Thanh Hóa Delta)": an English article in lower case opens
                # another English name ("An ninh nhân dân" opens with a Vietnamese word).
                continue
            n = len(shape.words)
            en = _list_item_before(text, before, match.end()) or en_phrase_back(
                text, before, floor, most=n + 1, bounded=True
            )
            if n >= 4 and en is not None and _OF_BEFORE.search(text, max(floor, en.start - 9), en.start):
                # A long Vietnamese term may be rendered by a noun and its prepositional phrases, as
                # a label's is: "Vietnamese units of measurement (hệ đo lường Việt Nam)".
                en = en_phrase_back(text, before, floor, most=2 * n, linked=True, bounded=True) or en
            if plain and en is not None and not plain_name_rendering(shape, en):
                if not is_vi(shape) or is_en(shape):
                    continue  # "Lao Cai (Sa Pa)": two names of syllables, no gloss
            if is_en(en) and en is not None:
                en = _without_heading_words(with_name_before(text, en, inner_phrase, floor), inner_phrase)
                if _locates_name(en, inner_phrase):
                    continue
                if _names_only_a_class(inner_phrase, en):
                    yield from _generic_pair(doc, inner_phrase, en)
                    continue
                gloss = gloss_mention(doc, inner_phrase, en, 0.85)
                gloss.variants += [(a, VariantType.SPELLING) for a in alternatives]
                yield gloss
            continue
        if long_rendering or is_en(inner_phrase) or words[0][0].isupper() and not has_vi_letters(inner):
            term_end = _before_italics(text, match.start())
            vi = vi_run_back(text, term_end, floor)
            if long_rendering and (vi is None or not has_vi_letters(vi.text)):
                continue  # a long rendering glosses a term written with its marks, nothing vaguer
            before = text[max(floor, term_end - 2) : term_end].rstrip()
            if before and before[-1] in QUOTES_CLOSE:
                vi = en_phrase_back(text, match.start(), floor)  # a quoted term: '"thuận thiên" (...)'
            vi = _name_without_verb(vi)
            # 'Hạ Long ("descending dragon")': a quoted rendering, not a description; a quoted
            # epithet opens with an article ('Huế ("the capital")', 'Minh ("the General")').
            quoted = inner[:1] in QUOTES_OPEN and not ARTICLE.match(inner[1:])
            if (
                vi is None
                or not quoted
                and _description_of_name(vi, inner_phrase)
                or not (long_rendering or is_en(inner_phrase))
            ):
                continue
            # "Nguyễn Văn An (Chairman & CEO)": a person's office; "chủ tịch (chairman)" is a pair.
            if _capitalised(vi.words) and all(is_title(w) or w in CONNECTORS for w in inner_phrase.words):
                continue
            # "Đồng Việt Nam (Vietnamese)": a bare language name says which language the name is
            # in; it renders only a language's name ("tiếng Việt (Vietnamese)").
            if len(inner_phrase.words) == 1 and inner.lower() in language_names():
                if not names_a_language(vi.words[0]):
                    continue
            # "Lê Sáng (Grandmaster)": one English word after a person's name is a rank or a role.
            if len(inner_phrase.words) == 1 and _capitalised(vi.words) and is_family_name(vi.words[0]):
                continue
            # "Đà Lạt (Southeast Asia)": a world region after a known place says where it is;
            # "Đông Nam Á (Southeast Asia)", no place of the gazetteer, is the region's pair.
            if inner.lower() in region_names() and gazetteer.is_place(vi.text):
                continue
            if _locates_name(vi, inner_phrase) or "," in inner and _places_only(inner):
                continue  # "Hà Nội, Việt Nam (Hanoi, Vietnam)": where, in English
            other = _alternative_before(text, vi, floor)
            if not is_vi_name(text, vi) and not (other and has_vi_letters(other)):
                continue
            gloss = gloss_mention(doc, vi, inner_phrase, 0.85)
            gloss.variants += [(a, VariantType.GLOSS) for a in alternatives]
            if inside.reading and fold(inside.reading) != fold(vi.text):
                # "Tân Phố (新舖, today Phố Mới, New Town)": the modern reading is a form of the name,
                # and the English renders the name word by word: a term pair beside the name's own
                # entry (gold rules, "A name glossed word by word"), whatever its generic word says.
                gloss.variants.append((inside.reading, VariantType.OTHER))
                gloss.kind = Kind.TERM
            if other is not None:
                # "cơm tấm/com tam (broken rice)": the gloss is of both spellings.
                first, second = (other, gloss.vi) if has_vi_letters(other) else (gloss.vi, other)
                gloss.vi = first
                same = fold(first) == fold(second)
                gloss.variants.append((second, VariantType.NO_DIACRITICS if same else VariantType.SPELLING))
            yield gloss


_LOWER_WORD = r"[a-z][^\W\d_]*(?:['’]s?)?"
_LIST_ITEM = re.compile(
    rf"[,;][ \t]+(?:and[ \t]+|or[ \t]+)?({_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{1,11}})[ \t]*$"
)


# Words that make a clause of a list item, not a noun phrase ("a provincial city or town is divided").
_CLAUSE_WORDS = frozenset(
    """is are was were be been being am has have had do does did will would can could may might must
    shall should or but that which who whom when where while if""".split()
)


_MAX_RENDERING_WORDS = 14


def _english_but_shared_name(en: Phrase, vi: Phrase) -> bool:
    """ "the Chinese Nùng (Vietnamese: Hoa Nùng)": an English side whose only words with Vietnamese
    letters are a name the Vietnamese side also writes, every other word English."""
    named = [w for w in en.words if has_vi_letters(w)]
    english = [w for w in en.words if not has_vi_letters(w)]
    return (
        bool(named)
        and bool(english)
        and "\n" not in en.text  # "Lady Hương\nLady Hương (...)": a heading above the lead
        and all(w in vi.words for w in named)
        and all(
            (is_english_word(w.lower()) or w.lower() in language_names()) and not is_syllable(w)
            for w in english
        )
    )


def _english_word(word: str) -> bool:
    """An English word or a language's name ("Chinese"), no Vietnamese syllable."""
    return (is_english_word(word.lower()) or word.lower() in language_names()) and not is_syllable(word)


def _long_rendering(phrase: Phrase) -> bool:
    """Whether a parenthesis of nine to fourteen words is one English noun phrase that renders a
    term ("(boy sitting on a buffalo and playing the flute)", "(the area located in the left of
    Thừa Thiên)"): lower-case from its first word, no verb of a clause, no digits or inner
    punctuation, its only Vietnamese words a capitalised name after "of" or "in"."""
    words = phrase.words
    if (
        len(words) > _MAX_RENDERING_WORDS
        or not words[0][:1].islower()
        or _INNER_PUNCTUATION.search(phrase.text)
    ):
        return False
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    english = []
    for k, word in enumerate(words):
        if has_vi_letters(word):
            if not word[0].isupper() or not any(w in ("of", "in") for w in words[max(0, k - 3) : k]):
                return False
            continue
        english.append(word)
    return all(w[0].isupper() or is_english_word(w) for w in english) and is_en(
        Phrase(" ".join(english), phrase.start, phrase.end)
    )


_INNER_PUNCTUATION = re.compile(r"[\d;:,\"“”()\[\]/]")


def _list_item_before(text: str, paren: int, paren_end: int) -> Phrase | None:
    """The whole item of a list that a parenthesis glosses ("..., visiting friends' homes on the
    first day of the new year (xông đất), ..."): lower-case words between a comma and the
    parenthesis, with a comma or semicolon after it."""
    if text[paren_end : paren_end + 1] not in (",", ";"):
        return None
    match = _LIST_ITEM.search(text, max(0, paren - 120), paren)
    if match is None:
        return None
    words = match.group(1).lower().split()
    if any(w in _CLAUSE_WORDS for w in words):
        return None  # a clause ("a provincial city or town is divided into wards"), not a noun phrase
    if is_number(words[0]):
        return None  # "..., one part fish sauce (nước mắm), ...": a count, read as any phrase is
    # "..., such as wheels (bánh xe), ...": the words that introduce the item are the list's.
    lead = 0
    while lead < len(words) - 1 and words[lead] in ENGLISH_FUNCTION_WORDS:
        lead += 1
    if lead:
        found = list(WORD.finditer(text, match.start(1), match.end(1)))
        start = found[lead].start()
        return Phrase(text[start : match.end(1)], start, match.end(1))
    return Phrase(match.group(1), match.start(1), match.end(1))


def _alternative_before(text: str, vi: Phrase, floor: int) -> str | None:
    """The spelling before a slash that precedes vi ("cơm tấm/com tam"), as many words long."""
    if vi.start <= floor or text[vi.start - 1] != "/":
        return None
    left = vi_run_back(text, vi.start - 1, floor)
    if left is None:
        return None
    n = len(vi.words)
    words = left.words[-n:]
    if len(words) != n or not is_vi(Phrase(" ".join(words), 0, 0)):
        return None
    return " ".join(words)
