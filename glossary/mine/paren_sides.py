"""The two sides of a gloss in parentheses judged: whether the phrase before a parenthesis and
the one inside it are a term and its rendering, or a name and where it is, what it is, a class
of it; and the English phrase a list item or a line gives."""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import is_syllable
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word

from . import gazetteer
from .documents import Document
from .generic_meaning import opening_generic
from .lexicon import ADMIN_UNITS, CONNECTORS, VI_PLACE_GENERICS, is_family_name, language_names
from .mentions import QUOTES_CLOSE, WORD, Mention, fold, mention_at
from .names.words import head_of, is_generic, is_title
from .nationalities import unrendered_nationality
from .paren_side_names import headed_other_name
from .phrases import ARTICLE, Phrase, clean, is_en, is_number, is_title_case, is_vi, vi_run_back
from .sentence_nouns import after_naming_noun

_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
DIGITS = re.compile(r"\d")


def vi_line_before(text: str, match: re.Match[str]) -> Phrase | None:
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


# "(16-string zither)", "(7-stringed lute)": a count glued by a hyphen to the noun it counts, in a
# lower-case noun phrase, is a rendering's modifier ("sixteen-string zither"), not a date or a figure.
_COUNTED_NOUN = re.compile(r"(?:(?:a|an|the)[ \t]+)?\d{1,2}-[a-z]+(?:[ \t]+[a-z]+){1,4}")


def counted_noun(text: str) -> bool:
    """Whether a parenthesis's text is a lower-case noun phrase whose only figure is a count glued
    to the noun it counts ("16-string zither"): a rendering, though it holds digits."""
    return _COUNTED_NOUN.fullmatch(text) is not None


def unhyphenated(phrase: Phrase) -> Phrase:
    """ "Quoc-Hoi", "Viet-Nam" (older texts join a name's syllables with hyphens) as the
    syllables the Vietnamese tests read; any other phrase as it is."""
    if "-" not in phrase.text:
        return phrase
    pieces = phrase.text.replace("-", " ").split()
    if has_vi_letters(phrase.text) or not all(is_syllable(p) for p in pieces):
        return phrase
    return Phrase(" ".join(pieces), phrase.start, phrase.end)


def places_only(text: str) -> bool:
    return all(gazetteer.is_place(part.strip()) for part in text.split(",") if part.strip())


def english_clauses(text: str) -> bool:
    """Whether text is English, comma-separated parts of at most eight words each, none with digits."""
    parts = [Phrase(p.strip(), 0, 0) for p in text.split(",")]
    if len(WORD.findall(text)) < 2 or any(p.text.lower() in language_names() for p in parts):
        return False  # "Đồng Việt Nam (Vietnamese)": which language, no rendering
    if any(gazetteer.is_place(p.text) or all(is_title(w) for w in p.words) for p in parts if p.text):
        return False  # places, offices: no rendering of a motto
    return all(p.text and len(p.words) <= 8 and is_en(p) and not DIGITS.search(p.text) for p in parts)


def describes_name(vi: Phrase, en: Phrase) -> bool:
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
    if not 1 <= len(content) <= len(vi.words) + 1 or len(vi.words) < 2:
        return False
    if len(content) == 1:
        # "Hòn Dài (long)": one word may render the one syllable after a place's generic word (the
        # pair is then the syllable's: generic_meaning.specific_part); asked only then.
        generic = opening_generic(vi.text)
        if generic is None or len(vi.words) != len(generic.split()) + 1:
            return False
    if any(w.lower() in ENGLISH_FUNCTION_WORDS or is_title(w) for w in content):
        return False
    if not has_vi_letters(vi.text) or is_family_name(vi.words[0]) or head_of(content[-1]):
        return False  # "Mỹ Sơn (temple complex)": a class of place, a description
    return not gazetteer.is_place(vi.text)


# Units a parenthesis names to say where a name is ("Lao Cai (Vietnam)").
_LOCATING_UNITS = frozenset({"country", "tỉnh", "thành phố"})


def locates_name(name: Phrase, where: Phrase) -> bool:
    """ "Lao Cai (Vietnam)", "Tô Lâm (Vietnam)", "Hoi An (Quang Nam)": a capitalised name followed
    by where it is, no gloss. Where it is: a country, a province or a city in the gazetteers that
    the name before is not the Vietnamese name of ("Việt Nam (Vietnam)" is a gloss); or another
    name of Vietnamese syllables without diacritics, which says nothing in English."""
    if headed_other_name(where, name) or headed_other_name(name, where):
        return True
    if not capitalised(name.words) or not capitalised(where.words):
        return False
    places = gazetteer.lookup(where.text)
    if any(p.unit in _LOCATING_UNITS for p in places):
        # "Hanoi (Ha Noi)": the same place in both spellings.
        same = {p.vi for p in gazetteer.lookup(name.text)} | {name.text}
        return all(p.vi not in same for p in places)
    return not has_vi_letters(name.text + where.text) and all(
        is_syllable(w) for w in name.words + where.words
    )


def names_two_places(vi: str, en: str) -> bool:
    """Whether a pair's two sides name two places, neither rendering the other: "Gành Rái Bay (East
    Sea)", "Khánh Hòa Province (Nha Trang)" (see _another_place)."""
    one, two = Phrase(vi, 0, 0), Phrase(en, 0, 0)
    if not one.words or not two.words or not capitalised(one.words) or not capitalised(two.words):
        return False
    return _another_place(one, two) or _another_place(two, one)


def _another_place(name: Phrase, other: Phrase) -> bool:
    """ "Gành Rái Bay (East Sea)", "Khánh Hòa Province (Nha Trang)": a name ending with an English
    place head beside a name of another place: one headed by another kind of place (the sea a bay
    opens on), or, beside a province, a smaller place of the gazetteer (its capital); never a
    rendering, whose bare name is the same ("Ba Be Lake (Ba Bể)") or whose head is the same."""
    last = name.words[-1]
    if not last.isascii() or head_of(last) != "place" or len(name.words) < 2:
        return False
    bare = gazetteer.place_key(" ".join(name.words[:-1]))
    other_last = other.words[-1]
    if gazetteer.place_key(" ".join(other.words[:-1] if head_of(other_last) else other.words)) == bare:
        return False
    if other_last.isascii() and head_of(other_last) == "place":
        return len(other.words) > 1 and fold(other_last) != fold(last)
    if fold(last) != "province":
        return False
    places = gazetteer.lookup(other.text)
    return bool(places) and all(p.unit != "tỉnh" for p in places)


def name_without_verb(vi: Phrase | None) -> Phrase | None:
    """ "He met Trần Văn Minh (...)": a lower-case word without diacritics that fits the syllable
    shape ("met") before a capitalised name with diacritics is the sentence's verb, not the name's,
    as it is before a term written with its first capital ("he got Cử nhân (舉人 senior bachelor)
    degree", blind29: Vietnamese writes no bare lower-case word before a term it cites so)."""
    if vi is None:
        return None
    words = vi.words
    if len(words) < 2 or not words[0].islower() or has_vi_letters(words[0]):
        return vi
    rest = words[1:]
    if len(rest) < 2 or not rest[0][:1].isupper() or not has_vi_letters(" ".join(rest)):
        return vi
    start = vi.text.find(rest[0])
    return Phrase(vi.text[start:], vi.start + start, vi.end)


def capitalised(words: list[str]) -> bool:
    # A capital is asked first: most words have one, and folding is what costs.
    return bool(words) and all(w[0].isupper() or fold(w) in ("of", "and", "the") for w in words)


def without_heading_words(en: Phrase, vi: Phrase) -> Phrase:
    """A capitalised English side less a common word and its "of" before the name ("Statistics of
    North Central Coastal Vietnam (Bắc Trung Bộ)", a table's caption), when the English has more
    words than the Vietnamese has syllables: the Vietnamese does not render that word; and any side
    less a nationality the Vietnamese does not say (nationalities.py)."""
    words = en.text.split()
    if unrendered_nationality(words, vi):
        words = words[1:]
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


def names_only_a_class(vi: Phrase, en: Phrase) -> bool:
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


def generic_pair(doc: Document, vi: Phrase, en: Phrase) -> Iterator[Mention]:
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


_PART_MEANING = re.compile(
    r"^(?P<word>[^\W\d_]+)\s+(?:is|means|=)\s+(?P<meaning>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})$"
)
_PARTS = re.compile(r",\s*and\s+|,\s*|\s+and\s+")


def part_meanings(vi: Phrase, literal: str) -> list[tuple[Phrase, Phrase]]:
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


_OR = re.compile(r"\s+or\s+")
_SLASH = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
_QUOTED_LIST = re.compile(r"[\"”’'],[ \t]*[\"“‘']")
# "tên nôm: Núi Ba Vì", "tên chữ:Núi Tản Viên": a label of lower-case words and a colon, glued to
# the name or not, before a capitalised name: no part of the name.
_NAME_LABEL = re.compile(r"(?:[^\W\d_]+[ \t]+){1,2}[^\W\d_]+[ \t]*:[ \t]*")


def _without_name_labels(phrase: Phrase) -> Phrase:
    """The phrase without the labels before its names, when each comma part opens with one ("tên
    nôm: Núi Ba Vì, tên chữ:Núi Tản Viên" -> "Núi Ba Vì, Núi Tản Viên"); else the phrase."""
    if ":" not in phrase.text:
        return phrase
    parts = phrase.text.split(", ")
    labels = [_NAME_LABEL.match(part) for part in parts]
    if not all(
        label is not None and label.group()[0].islower() and part[label.end() : label.end() + 1].isupper()
        for part, label in zip(parts, labels, strict=True)
    ):
        return phrase
    names = [part[label.end() :] for part, label in zip(parts, labels, strict=True) if label is not None]
    skipped = labels[0].end() if labels[0] is not None else 0
    return Phrase(", ".join(names), phrase.start + skipped, phrase.end)


def split_alternatives(phrase: Phrase) -> tuple[Phrase, list[str]]:
    """ "Tranh Đông Hồ or Tranh làng Hồ", "'Saigon sandwich' or 'Saigon-style bánh mì'": the first
    form and the others, when every part is on the same side; else the phrase as it is. Vietnamese
    terms may also be listed with commas ("Thiên đô chiếu, Chiếu dời đô": two names of one edict),
    but not names ("Hà Nội, Huế": two places)."""
    phrase = _without_name_labels(phrase)
    parts = [clean(p) for p in _OR.split(phrase.text)]
    if len(parts) < 2 and _QUOTED_LIST.search(phrase.text):
        # '"to have an audience with ...", "to pay homage"': quoted renderings listed with commas.
        parts = [clean(p) for p in _QUOTED_LIST.split(phrase.text)]
    if len(parts) < 2 and ", " in phrase.text:
        listed = [clean(p) for p in phrase.text.split(", ")]
        # "Bộ Văn hóa, Thể thao và Du lịch": a series closed by "và" is one name's, not a list.
        if " và " not in listed[-1] and all(
            any(w[:1].islower() for w in p.split()) and is_vi(Phrase(p, 0, 0)) for p in listed
        ):
            parts = listed
    if len(parts) < 2 and _SLASH.search(phrase.text):
        # "Nhà Mạc/triều Mạc": Vietnamese forms joined by a bare slash are two names of one thing,
        # as "or" joins them; only Vietnamese ones (an English "meat/seafood" is one rendering).
        slashed = [clean(p) for p in _SLASH.split(phrase.text)]
        if all(has_vi_letters(p) for p in slashed):
            parts = slashed
    if len(parts) < 2 or not all(parts):
        return phrase, []
    vietnamese = all(is_vi(Phrase(p, 0, 0)) and not is_en(Phrase(p, 0, 0)) for p in parts)
    # Quoted renderings may hold a loanword ("'Saigon-style bánh mì'"): the first one decides.
    quoted = any(q in phrase.text for q in QUOTES_CLOSE)
    english = is_en(Phrase(parts[0], 0, 0)) and (quoted or all(is_en(Phrase(p, 0, 0)) for p in parts))
    if not vietnamese and not english:
        return phrase, []
    return Phrase(parts[0], phrase.start, phrase.start + len(parts[0])), parts[1:]


def brand_in_vietnamese(phrase: Phrase, text: str, paren: int) -> bool:
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


def pair_in_segment(phrase: Phrase) -> tuple[Phrase, Phrase] | None:
    """ "Bắc Bộ, the North": a Vietnamese form and its English rendering inside one segment."""
    head, sep, tail = phrase.text.partition(", ")
    if not sep:
        return None
    vi, en = Phrase(head, phrase.start, phrase.start + len(head)), Phrase(ARTICLE.sub("", tail), 0, 0)
    if is_vi(vi) and has_vi_letters(head) and is_en(en):
        start = phrase.start + len(phrase.text) - len(en.text)
        return vi, Phrase(en.text, start, start + len(en.text))
    return None


_LOWER_WORD = r"[a-z][^\W\d_]*(?:['’]s?)?"
_LIST_ITEM = re.compile(
    rf"[,;][ \t]+(?:and[ \t]+|or[ \t]+)?({_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{1,11}})[ \t]*$"
)
# The second item after a glossed one: "a soup (hủ tiếu nước) or dry with no broth".
_GLOSSED_ITEM = re.compile(rf"\)[ \t]+(?:and|or)[ \t]+({_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{1,11}})[ \t]*$")


# Words that make a clause of a list item, not a noun phrase ("a provincial city or town is divided").
_CLAUSE_WORDS = frozenset(
    """is are was were be been being am has have had do does did will would can could may might must
    shall should or but that which who whom when where while if""".split()
)


_MAX_RENDERING_WORDS = 14


def english_but_shared_name(en: Phrase, vi: Phrase) -> bool:
    """ "the Chinese Nùng (Vietnamese: Hoa Nùng)": an English side whose only words with Vietnamese
    letters are a name the Vietnamese side also writes, every other word English. A name is
    capitalised: "ground tương (tương đen or tương xay)" is the Vietnamese word with an English one,
    no rendering."""
    if "\n" in en.text or not has_vi_letters(en.text):
        return False  # "Lady Hương\nLady Hương (...)": a heading above the lead; or no name at all
    named = [w for w in en.words if has_vi_letters(w)]
    english = [w for w in en.words if not has_vi_letters(w)]
    return (
        bool(named)
        and bool(english)
        and all(w in vi.words and w[:1].isupper() for w in named)
        and all(
            (is_english_word(w.lower()) or w.lower() in language_names()) and not is_syllable(w)
            for w in english
        )
    )


def is_long_rendering(phrase: Phrase) -> bool:
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


def list_item_before(text: str, paren: int, paren_end: int) -> Phrase | None:
    """The whole item of a list that a parenthesis glosses ("..., visiting friends' homes on the
    first day of the new year (xông đất), ..."): lower-case words between a comma and the
    parenthesis, with a comma or semicolon after it; or the second of two glossed items joined by
    "or"/"and" whose Vietnamese forms share their head word ("as a soup (hủ tiếu nước) or dry with
    no broth (hủ tiếu khô)."), which the sentence may close."""
    closing = text[paren_end : paren_end + 1]
    if closing not in (",", ";", ".", "", "\n"):
        return None
    match = _LIST_ITEM.search(text, max(0, paren - 120), paren) if closing in (",", ";") else None
    if match is None:
        match = _GLOSSED_ITEM.search(text, max(0, paren - 120), paren)
        if match is not None and not _sibling_terms(text, match.start(), paren, paren_end):
            return None
    if match is None:
        return None
    words = match.group(1).lower().split()
    if any(w in _CLAUSE_WORDS for w in words):
        return None  # a clause ("a provincial city or town is divided into wards"), not a noun phrase
    if is_number(words[0]):
        return None  # "..., one part fish sauce (nước mắm), ...": a count, read as any phrase is
    # "..., such as wheels (bánh xe), ...": the words that introduce the item are the list's.
    lead = after_naming_noun(words)
    while lead < len(words) - 1 and words[lead] in ENGLISH_FUNCTION_WORDS:
        lead += 1
    if lead:
        found = list(WORD.finditer(text, match.start(1), match.end(1)))
        start = found[lead].start()
        return Phrase(text[start : match.end(1)], start, match.end(1))
    return Phrase(match.group(1), match.start(1), match.end(1))


def _sibling_terms(text: str, previous_close: int, paren: int, paren_end: int) -> bool:
    """Whether the parenthesis closing at previous_close and the one from paren to paren_end hold
    two Vietnamese forms with the same head word ("hủ tiếu nước" / "hủ tiếu khô"): kinds of one
    thing, so the two English items before them are parallel too ("topped with fried shallots
    (hành phi)" after "rice (cơm)" is a verb phrase of the sentence, no item)."""
    opening = text.rfind("(", max(0, previous_close - 80), previous_close)
    here = text.find("(", paren, paren_end)
    if opening < 0 or here < 0:
        return False
    first, second = WORD.findall(text[opening + 1 : previous_close]), WORD.findall(text[here + 1 : paren_end])
    return (
        len(first) > 1
        and len(second) > 1
        and fold(first[0]) == fold(second[0])
        and has_vi_letters(text[opening:previous_close] + text[here:paren_end])
    )


def alternative_before(text: str, vi: Phrase, floor: int) -> str | None:
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
