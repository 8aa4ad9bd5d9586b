"""Gloss extractor: a Vietnamese term and its English rendering given side by side, in either order.

"đổi mới (Renewal)", "Renewal (đổi mới)", "(Vietnamese: Hoàng thành Thăng Long)", 'X, meaning "Y"',
'X, literally "Y"', 'X translates to "Y"', 'known as X', 'X – Y', "bánh mì/bánh mỳ". Which side is
Vietnamese is decided by letters and syllable shape (syllables.py), never by a word list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from glossary.model import Kind, VariantType
from glossary.text import fold
from glossary.vietnamese import (
    ENGLISH_FUNCTION_WORDS,
    VI_LETTER,
    en_score,
    has_vi_letters,
    is_english_word,
    is_syllable,
    may_be_vietnamese,
    vi_score,
)

from . import gazetteer
from .documents import Document
from .keys import exact_key
from .lexicon import ADMIN_UNITS, VI_PLACE_GENERICS, language_names
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, WORD, Mention, mention_at
from .names.words import is_generic

# A parenthesis with at most one level of nesting inside: "(Vietnamese: Hoàng thành (old))".
_PAREN = re.compile(r"\(((?:[^()\n]|\n(?!\s*\n)|\([^()\n]*\))*)\)")
# Cue phrases between a term and its gloss.
# Both start at the cue word, so the regex engine only tries where such a word begins.
_CUE = re.compile(
    r"\b(?:which\s+)?(?P<cue>meaning|means|literally|lit\.|translated\s+as|"
    r"translates\s+(?:to|as)|roughly\s+(?:meaning|translated\s+as))\s*:?\s+",
    re.IGNORECASE,
)
_KNOWN_AS = re.compile(
    r"\b(?:(?:also|locally|commonly|popularly|often)\s+)?(?:known|referred\s+to)\s+"
    r"(?:locally\s+|in\s+Vietnamese\s+)?as\s+|\b(?:called|dubbed)\s+",
    re.IGNORECASE,
)


# The characters IGNORECASE matches to an ASCII letter although lower() does not map them onto it
# (long s, dotless i, dotted capital I; a test checks the list): a text holding one is searched
# the slow way (see _find_cue).
CASE_ODDITIES = frozenset("\u017f\u0131\u0130")
# The cue words themselves, to find candidates in the lower-cased text with a fast literal scan.
_CUE_ANCHOR = re.compile(r"meaning|means|literally|lit\.|translated|translates|roughly")
_KNOWN_AS_ANCHOR = re.compile(r"known|referred|called|dubbed")
_LETTER = re.compile(r"[^\W\d_]")


def _find_cue(
    text: str, lower: str, cue: re.Pattern[str], anchor: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of cue.finditer(text), found faster.

    A case-insensitive pattern that may start anywhere makes the regex engine try every position of
    the text; instead the cue words are found in the lower-cased text (a literal scan) and the
    pattern is tried only where a match can start: at the cue word or at the word before it ("also
    known as", "which means").
    """
    if len(lower) != len(text) or any(ch in text for ch in CASE_ODDITIES):
        yield from cue.finditer(text)
        return
    end = 0
    for hit in anchor.finditer(lower):
        pos = hit.start()
        if pos < end:
            continue
        gap = pos
        while gap > end and text[gap - 1].isspace():
            gap -= 1
        lead = gap
        while lead > end and _LETTER.match(text, lead - 1):
            lead -= 1
        for start in (lead, pos) if lead < gap < pos else (pos,):
            match = cue.match(text, start)
            if match is not None:
                end = match.end()
                yield match
                break


def _find_dashes(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of every _DASH match: a dash with spaces or tabs on both sides."""
    end = 0
    for hit in _DASH_CORE.finditer(text):
        pos = hit.start()
        start = pos
        while start > end and text[start - 1] in " \t":
            start -= 1
        if start == pos:
            continue
        stop = pos + 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        end = stop
        yield start, stop


def _back_over(text: str, pos: int, chars: str = " \t\n,") -> int:
    """pos moved back over spaces and commas: where the phrase before a cue ends."""
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos


_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
# The dash alone: a pattern starting with a literal is scanned far faster (see _find_dashes).
_DASH_CORE = re.compile(r"[–—-](?=[ \t])")
# The slash first, for the same reason.
_SLASH = re.compile(r"/(?<=[^\W\d_]/)(?=[^\W\d_])")
# A label naming the language of what follows: "(Vietnamese: ...)", "(in Vietnamese, ...)".
_LABEL = re.compile(r"^(?:in\s+)?(?P<lang>[^\W\d_]+)\s*[:,]\s*", re.IGNORECASE)
_LEAD_CUE = re.compile(
    r"^(?:lit\.|literally|meaning|means|or|i\.e\.|a\.k\.a\.|aka|also|also\s+known\s+as|known\s+as|"
    r"translated\s+as)\s*[:,]?\s+",
    re.IGNORECASE,
)
# Parentheses that are never glosses: credits, dates, periods, references, pronunciations.
_NOISE = re.compile(
    r"^(?:photo|photos|source|sources|credit|image|file|via|see|courtesy|ảnh|nguồn|since|from|until|"
    r"as\s+of|by|pictured|left|right|centre|center|middle|front|back|above|below|top|bottom|"
    r"second|third|first|l|r|c|ret|retd|né|née|born|died|b\.|d\.|c\.|ca\.|fig|figure|table|"
    r"pp?\.|vol|no\.|ibid|sic|abbreviated|abbr\.?|acronym|short\s+for)\b",
    re.IGNORECASE,
)
# "(Hội đồng Nhân dân or HDND for short)": the short form is the acronym extractor's.
_FOR_SHORT_TAIL = re.compile(r"\s+or\s+\S+\s+for\s+short\s*$", re.IGNORECASE)
_IPA = re.compile(r"[ɐ-ʯˈˌːˑ̪̩̯]|^\s*[/\[].*[/\]]\s*$")
_DIGITS = re.compile(r"\d")
_SHORT_FORM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,9}s?")
# Words describing a person's place in a photo, which follow a name in parentheses.
_MAX_VI_WORDS = 6
_MAX_EN_WORDS = 5


@dataclass(frozen=True)
class Phrase:
    """A candidate side of a gloss: its text and where it sits in the document."""

    text: str
    start: int
    end: int

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:" + QUOTES_OPEN + QUOTES_CLOSE)


def _is_title_case(words: list[str]) -> bool:
    return len(words) > 1 and all(w[0].isupper() for w in words if fold(w) not in ("of", "and", "the"))


def _vi_run_back(text: str, end: int, floor: int) -> Phrase | None:
    """The longest run of Vietnamese-shaped words ending at text[end], at most _MAX_VI_WORDS."""
    pos = end
    words: list[tuple[int, int]] = []
    while len(words) < _MAX_VI_WORDS:
        stretch = text[max(floor, pos - 40) : pos]
        match = (
            re.search(r"([^\W\d_]+)([ \t]*\n?[ \t]*|[ \t]+)$", stretch)
            if words
            else re.search(r"([^\W\d_]+)[ \t]*$", stretch)
        )
        if match is None:
            break
        word = match.group(1)
        if not may_be_vietnamese(word):
            break
        start = pos - len(stretch) + match.start(1)
        words.append((start, start + len(word)))
        pos = start
        # Only spaces may separate the words of one term.
        if pos > floor and text[pos - 1] not in " \t\n":
            break
    if not words:
        return None
    start, stop = words[-1][0], words[0][1]
    return Phrase(text[start:stop], start, stop)


def _vi_run_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    match = re.match(r"[ \t]*", text[start:ceiling])
    pos = start + (match.end() if match else 0)
    begin, stop, count = pos, pos, 0
    for word in re.finditer(r"[^\W\d_]+", text[pos:ceiling]):
        gap = text[stop : pos + word.start()] if count else ""
        if count and gap not in (" ", "\t", "\n"):
            break
        token = word.group()
        if not may_be_vietnamese(token):
            break
        stop = pos + word.end()
        count += 1
        if count == _MAX_VI_WORDS:
            break
    if not count:
        return None
    return Phrase(text[begin:stop], begin, stop)


# Up to twelve words ending the stretch. Separators are never empty, so a word cannot be split in
# two ways and the search stays linear (an optional separator here backtracks exponentially).
_EN_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_EN_BACK = re.compile(rf"(?<![^\W\d_])({_EN_WORD}(?:(?:[ \t]*\n[ \t]*|[ \t]+){_EN_WORD}){{0,11}})$")


def _en_phrase_back(text: str, end: int, floor: int, most: int = 3, linked: bool = False) -> Phrase | None:
    """The English phrase a parenthesis or cue glosses: a quotation, a capitalised name or a short
    noun phrase of at most `most` words, cut before articles, prepositions, number words and verbs
    that start the clause; with linked, a noun with its prepositional phrases, cut at a verb form."""
    stretch = text[max(floor, end - 160) : end].rstrip()
    base = max(floor, end - 160)
    if stretch and stretch[-1] in QUOTES_CLOSE:
        opening = max(stretch.rfind(q, 0, len(stretch) - 1) for q in QUOTES_OPEN)
        if opening >= 0:
            inner = stretch[opening + 1 : -1]
            if 0 < len(WORD.findall(inner)) <= 8:
                return Phrase(_clean(inner), base + opening + 1, base + len(stretch) - 1)
    match = _EN_BACK.search(stretch)
    if match is None:
        return None
    tokens = list(re.finditer(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", match.group(1)))
    offset = base + match.start(1)
    chosen: list[re.Match[str]] = []
    capitalised = tokens and tokens[-1].group()[0].isupper()
    for token in reversed(tokens):
        word = token.group()
        low = word.lower()
        if capitalised:
            if word[0].isupper() or low in ("of", "and", "for", "the", "de"):
                chosen.append(token)
                continue
            break
        if len(chosen) >= most or word[0].isupper() or _is_number(low):
            break
        # A long Vietnamese term may be rendered by a noun and its prepositional phrases
        # ("municipalities under the command of the central government"); up to a verb form.
        inner = linked and low in _NOUN_PHRASE_LINKS
        if low in ENGLISH_FUNCTION_WORDS and not inner or linked and low.endswith(("ed", "ing")):
            break
        chosen.append(token)
    while chosen and chosen[-1].group().lower() in _NOUN_PHRASE_LINKS | {"and", "de"}:
        chosen.pop()
    while chosen and chosen[0].group().lower() in ("of", "and", "for", "the", "de"):
        chosen.pop(0)
    if not chosen or len(chosen) > 10:
        return None
    start, stop = offset + chosen[-1].start(), offset + chosen[0].end()
    return Phrase(text[start:stop], start, stop)


# The words that may join a noun to its prepositional phrases inside one English rendering.
_NOUN_PHRASE_LINKS = frozenset("of the a an under in for on at to with from by".split())

# English number words: a count before a noun is not part of its name ("fifty-eight provinces").
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion""".split()
)


def _is_number(word: str) -> bool:
    return all(part in _NUMBER_WORDS for part in word.split("-"))


def _en_phrase_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    rest = text[start:ceiling]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    if rest and rest[0] in QUOTES_OPEN:
        closing = min((i for i in (rest.find(q, 1) for q in QUOTES_CLOSE) if i > 0), default=-1)
        if closing > 0 and 0 < len(WORD.findall(rest[1:closing])) <= 8:
            begin = start + lead + 1
            return Phrase(_clean(rest[1:closing]), begin, begin + closing - 1)
        return None
    match = re.match(r"[^.,;:!?()\n\"“”–—]{1,80}", rest)
    if match is None:
        return None
    words = list(WORD.finditer(match.group()))[:_MAX_EN_WORDS]
    if not words:
        return None
    begin, stop = start + lead + words[0].start(), start + lead + words[-1].end()
    return Phrase(text[begin:stop], begin, stop)


def _quoted_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    rest = text[start:ceiling]
    stripped = rest.lstrip()
    if not stripped or stripped[0] not in QUOTES_OPEN:
        return None
    return _en_phrase_forward(text, start, ceiling)


def _is_vi(phrase: Phrase | None, strong: bool = True) -> bool:
    if phrase is None:
        return False
    words = phrase.words
    return bool(words) and vi_score(words) >= (0.5 if strong else 0.25)


def _is_en(phrase: Phrase | None) -> bool:
    if phrase is None:
        return False
    words = phrase.words
    if not words:
        return False
    if has_vi_letters(phrase.text):
        # "Côn Island": a Vietnamese name with an English head word is English; else Vietnamese.
        return (
            len(words) > 1
            and words[-1][0].isupper()
            and not is_syllable(words[-1])
            and is_english_word(words[-1])
        )
    # "Ben Thanh Market", "Hoan Kiem Lake": a Vietnamese name with an English head word is English.
    return en_score(words) >= 0.34 or len(words) > 1 and is_english_word(words[-1]) and words[-1][0].isupper()


# Searches for line and paragraph ends look this far at most, so a text without line breaks does
# not make every match scan the whole text.
_REACH = 2000


def _paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    low, high = max(0, pos - _REACH), min(len(text), pos + _REACH)
    start = text.rfind("\n\n", low, pos)
    end = text.find("\n\n", pos, high)
    return (low if start < 0 else start + 2), (high if end < 0 else end)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    line_start = text.rfind("\n", low, start)
    line_end = text.find("\n", end, high)
    return (low if line_start < 0 else line_start + 1), (high if line_end < 0 else line_end)


_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?<![^\W\d_])(?:a|an)[ \t]+$", re.IGNORECASE)
# "Huế (VNA) – ...": an agency's short name in parentheses, then the dash of a dateline.
_AGENCY = re.compile(r"[A-Z][A-Za-z/]{1,12}")
_DATELINE_DASH = re.compile(r"[ \t]*[–—-][ \t]")


def _names_place(vi: str) -> bool:
    """Whether a Vietnamese phrase is a generic place word and a proper name: "sông Hương",
    "Hang Sửng Sốt", "xa lộ Hà Nội"."""
    words = vi.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in VI_PLACE_GENERICS:
            return all(w[0].isupper() for w in words[n:])
    return False


def _gloss(doc: Document, vi: Phrase, en: Phrase, confidence: float, origin: str = "gloss") -> Mention:
    start, end = min(vi.start, en.start), max(vi.end, en.end)
    # "(a local noodle dish)": the article belongs to the sentence, not to the gloss.
    english = _ARTICLE.sub("", _clean(en.text)) or _clean(en.text)
    vietnamese = _clean(vi.text)
    kind = Kind.PLACE if _names_place(vietnamese) else Kind.TERM
    if kind is Kind.TERM and vietnamese[:1].isupper() and len(vietnamese.split()) > 1:
        # "Ca trù (...)" opening a sentence: a term the text writes in lower case elsewhere.
        lowered = vietnamese[0].lower() + vietnamese[1:]
        if lowered in doc.text:
            vietnamese = lowered
    return mention_at(
        doc, start, end, kind=kind, vi=vietnamese, en=english, confidence=confidence, origin=origin
    )


_NAME_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+){1,4})$")


def _with_name_before(text: str, en: Phrase, vi: Phrase, floor: int) -> Phrase:
    """The English side grown back over the proper name the Vietnamese side holds: "Cua Van
    fishing village (làng chài Cửa Vạn)" glosses the whole name, not "fishing village"."""
    name = {fold(w) for w in vi.words[1:] if w[0].isupper()}
    if not name or any(w[0].isupper() for w in en.words):
        return en
    match = _NAME_BEFORE.search(text, max(floor, en.start - 60), en.start)
    if match is None:
        return en
    start = en.start
    matched = False
    for word in reversed(list(re.finditer(r"[^\W\d_]+", match.group(1)))):
        # The name's words, then other capitalised words of the same name ("The Later Le dynasty
        # (Nhà Hậu Lê)": "Later" too), up to a function word.
        low = fold(word.group())
        if not word.group()[0].isupper() or low in ENGLISH_FUNCTION_WORDS or not matched and low not in name:
            break
        matched = matched or low in name
        start = match.start(1) + word.start()
    if start == en.start:
        return en
    return Phrase(text[start : en.end], start, en.end)


def _description_of_name(vi: Phrase, en: Phrase) -> bool:
    """ "Trinh Quoc Phu (centre)", "Huế (municipality)": a capitalised name followed by a lowercase
    description is no gloss."""
    named = _is_title_case(vi.words) or len(vi.words) == 1 and gazetteer.is_place(vi.text)
    return named and not any(w[0].isupper() for w in en.words)


def _names_only_a_class(vi: Phrase, en: Phrase) -> bool:
    """ "a Special Zone (Đặc khu Côn Đảo)", "a NLF (Viet Cong)": an English side of generic words
    only, for a Vietnamese side that holds a name, or an acronym, renders nothing."""
    words = en.words
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return True
    generic = all(is_generic(w) for w in words) or fold(en.text) in _EN_GENERICS
    return generic and any(w[:1].isupper() for w in vi.words[1:])


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
                en=_clean(en.text),
                confidence=0.6,
                origin="gloss",
            )
            return


# Wiki markup left in a parenthesis: bold and italic quotes, link brackets, a language template's
# residue ("_vi." for {{lang-vi|...}}).
_MARKUP = re.compile(r"''+|\[\[|\]\]|(?<![^\W_])_(?=[a-z]{2,3}\.)")
# An IPA transcription in brackets or slashes, inside a segment.
_IPA_PART = re.compile(r"\[[^\]]*\]|/[^/]*/")
# A label that names a language before what follows, with or without a colon: "Vietnamese:",
# "Vietnamese Sông Hồng", "vi,", "chữ Quốc ngữ:".
_SEGMENT_LABEL = re.compile(
    r"^(?:in\s+)?(?P<lang>chữ\s+\w+(?:\s+\w+)?|[^\W\d_]+)\s*(?P<sep>[:,.])?\s+", re.IGNORECASE
)
_LITERAL = re.compile(r"^(?:lit\.|literally|meaning|means)\s*:?\s*", re.IGNORECASE)
_OR = re.compile(r"\s+or\s+")
# 'literally "Two Ladies [named] Trưng"' after the Vietnamese form, in the same segment.
_LITERAL_INSIDE = re.compile(r"(?:lit\.|literally|meaning)\s*[\"“‘']([^\"”’']{2,80})[\"”’']")


@dataclass
class _Inside:
    """What a parenthesis says, segment by segment: the Vietnamese form a language label gives, a
    literal meaning, or the unlabelled text (the first segment holding a gloss side)."""

    labelled: Phrase | None = None
    literal: str = ""
    plain: Phrase | None = None
    # Every unlabelled segment as written ("Bắc Bộ, the North; Trung Bộ, the Centre").
    segments: list[Phrase] = field(default_factory=list)


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
    """Split the parenthesis text[start:end] into its segments; None when it holds no gloss side."""
    raw = _MARKUP.sub(lambda m: " " * len(m.group()), text[start:end])
    tail = _FOR_SHORT_TAIL.search(raw)
    if tail is not None:
        raw = raw[: tail.start()] + " " * (len(raw) - tail.start())
    out = _Inside()
    offset = start
    for segment in raw.split(";"):
        seg_start = offset + len(segment) - len(segment.lstrip())
        offset += len(segment) + 1
        seg = segment.strip()
        if not seg or _NOISE.match(seg):
            continue
        label = _SEGMENT_LABEL.match(seg)
        language = _language_of(label.group("lang")) if label else None
        # Without a colon, "Vietnamese" labels only Vietnamese ("Vietnamese Sông Hồng"), not an
        # English phrase ("Vietnamese sausage").
        unmarked = label is not None and not label.group("sep")
        if unmarked and (language != "vietnamese" or not has_vi_letters(seg[label.end() :])):
            label = None
        if label and language:
            if language != "vietnamese":
                continue  # a rendering in another language
            rest = seg[label.end() :]
            # "Sông Hồng, Chinese Hónghé": the Vietnamese form ends where another label starts.
            literal = _LITERAL_INSIDE.search(rest)
            if literal is not None and not out.literal:
                out.literal = _clean(literal.group(1))
            rest = _IPA_PART.sub(" ", rest).split(",")[0]
            phrase = _phrase_in(text, seg_start + label.end(), rest)
            if phrase is not None and out.labelled is None and has_vi_letters(phrase.text):
                out.labelled = phrase
            continue
        literal = _LITERAL.match(seg)
        if literal:
            out.literal = _clean(seg[literal.end() :])
            continue
        if _IPA.search(seg) and "," not in seg:
            continue
        whole = _phrase_in(text, seg_start, seg)
        if whole is not None:
            out.segments.append(whole)
        first = _first_item(seg)
        phrase = _phrase_in(text, seg_start, _LEAD_CUE.sub("", first)) if first else None
        if phrase is not None and out.plain is None:
            out.plain = phrase
    return out if out.labelled or out.plain else None


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
    if len(items) == 1:
        return items[0]
    if items and _is_vi(Phrase(items[0], 0, 0)) and not _is_en(Phrase(items[0], 0, 0)):
        rest = [Phrase(item, 0, 0) for item in items[1:]]
        if not any(_is_vi(r) and not _is_en(r) for r in rest):
            return items[0]
    return ", ".join(items)


def _phrase_in(text: str, start: int, part: str) -> Phrase | None:
    """part (a piece of text from start on, perhaps blanked) as a Phrase located in text."""
    cleaned = _clean(part)
    if not cleaned:
        return None
    at = text.find(cleaned.split()[0], start)
    at = start if at < 0 else at
    return Phrase(cleaned, at, at + len(cleaned))


def _alternatives(phrase: Phrase) -> tuple[Phrase, list[str]]:
    """ "Tranh Đông Hồ or Tranh làng Hồ", "'Saigon sandwich' or 'Saigon-style bánh mì'": the first
    form and the others, when every part is on the same side; else the phrase as it is."""
    parts = [_clean(p) for p in _OR.split(phrase.text)]
    if len(parts) < 2 or not all(parts):
        return phrase, []
    vietnamese = all(_is_vi(Phrase(p, 0, 0)) and not _is_en(Phrase(p, 0, 0)) for p in parts)
    # Quoted renderings may hold a loanword ("'Saigon-style bánh mì'"): the first one decides.
    quoted = any(q in phrase.text for q in QUOTES_CLOSE)
    english = _is_en(Phrase(parts[0], 0, 0)) and (quoted or all(_is_en(Phrase(p, 0, 0)) for p in parts))
    if not vietnamese and not english:
        return phrase, []
    return Phrase(parts[0], phrase.start, phrase.start + len(parts[0])), parts[1:]


def _pair_in_segment(phrase: Phrase) -> tuple[Phrase, Phrase] | None:
    """ "Bắc Bộ, the North": a Vietnamese form and its English rendering inside one segment."""
    head, sep, tail = phrase.text.partition(", ")
    if not sep:
        return None
    vi, en = Phrase(head, phrase.start, phrase.start + len(head)), Phrase(_ARTICLE.sub("", tail), 0, 0)
    if _is_vi(vi) and has_vi_letters(head) and _is_en(en):
        start = phrase.start + len(phrase.text) - len(en.text)
        return vi, Phrase(en.text, start, start + len(en.text))
    return None


def _parentheses(doc: Document) -> Iterator[Mention]:
    text = doc.text
    for match in _PAREN.finditer(text):
        inner_raw = match.group(1)
        inner = " ".join(inner_raw.split())
        if not inner or _SHORT_FORM.fullmatch(inner) or _NOISE.match(inner):
            continue  # empty, an acronym ("(UNESCO)": the acronym extractor's), or noise
        if (
            _AGENCY.fullmatch(inner)
            and _DATELINE_DASH.match(text, match.end())
            and match.start() - (text.rfind("\n", 0, match.start()) + 1) <= 40
        ):
            continue  # "Huế (VNA) –" opening a story: the agency's credit, not a gloss
        if _DIGITS.search(inner) and not has_vi_letters(inner):
            continue
        inside = _read_inside(text, match.start(1), match.end(1))
        if inside is None:
            continue
        floor, _ = _paragraph_bounds(text, match.start())
        if len(inside.segments) > 1:
            # "(Bắc Bộ, the North; Trung Bộ, the Centre)": a list of glosses.
            listed = [_pair_in_segment(p) for p in inside.segments]
            if all(listed):
                for vi, en in (p for p in listed if p is not None):
                    yield _gloss(doc, vi, en, 0.8)
                continue
        if inside.labelled is not None:
            n = len(inside.labelled.words)
            en = _en_phrase_back(text, match.start(), floor, most=2 * n if n >= 4 else n + 1, linked=n >= 4)
            if _is_en(en) and en is not None:
                en = _with_name_before(text, en, inside.labelled, floor)
                if _names_only_a_class(inside.labelled, en):
                    yield from _generic_pair(doc, inside.labelled, en)
                    continue
                gloss = _gloss(doc, inside.labelled, en, 0.95)
                if inside.literal and _is_en(Phrase(inside.literal, 0, 0)):
                    gloss.variants.append((inside.literal, VariantType.GLOSS))
                yield gloss
            continue
        if inside.plain is None:
            continue
        inner_phrase, alternatives = _alternatives(inside.plain)
        words = inner_phrase.words
        if not words or len(words) > 8:
            continue
        if _is_vi(inner_phrase) and not _is_en(inner_phrase):
            en = _list_item_before(text, match.start(), match.end()) or _en_phrase_back(
                text, match.start(), floor, most=len(words) + 1
            )
            if _is_en(en) and en is not None:
                en = _with_name_before(text, en, inner_phrase, floor)
                if _names_only_a_class(inner_phrase, en):
                    yield from _generic_pair(doc, inner_phrase, en)
                    continue
                gloss = _gloss(doc, inner_phrase, en, 0.85)
                gloss.variants += [(a, VariantType.SPELLING) for a in alternatives]
                yield gloss
            continue
        if _is_en(inner_phrase) or words[0][0].isupper() and not has_vi_letters(inner):
            vi = _vi_run_back(text, match.start(), floor)
            before = text[max(floor, match.start() - 2) : match.start()].rstrip()
            if before and before[-1] in QUOTES_CLOSE:
                vi = _en_phrase_back(text, match.start(), floor)  # a quoted term: '"thuận thiên" (...)'

            if vi is None or _description_of_name(vi, inner_phrase) or not _is_en(inner_phrase):
                continue
            other = _alternative_before(text, vi, floor)
            if not _is_vi(vi) and not (other and has_vi_letters(other)):
                continue
            gloss = _gloss(doc, vi, inner_phrase, 0.85)
            gloss.variants += [(a, VariantType.GLOSS) for a in alternatives]
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
    return Phrase(match.group(1), match.start(1), match.end(1))


def _alternative_before(text: str, vi: Phrase, floor: int) -> str | None:
    """The spelling before a slash that precedes vi ("cơm tấm/com tam"), as many words long."""
    if vi.start <= floor or text[vi.start - 1] != "/":
        return None
    left = _vi_run_back(text, vi.start - 1, floor)
    if left is None:
        return None
    n = len(vi.words)
    words = left.words[-n:]
    if len(words) != n or not _is_vi(Phrase(" ".join(words), 0, 0)):
        return None
    return " ".join(words)


def _is_quoted_vi(phrase: Phrase | None) -> bool:
    """A quoted Vietnamese phrase that may hold a loanword ("Đi metro, sống xanh"): diacritics,
    and most words Vietnamese-shaped."""
    if phrase is None or not has_vi_letters(phrase.text):
        return False
    words = phrase.words
    shaped = [w for w in words if is_syllable(w)]
    return 2 * len(shaped) > len(words) and vi_score(shaped) >= 0.5


def _translated(vi: Phrase, en: Phrase | None, text: str) -> bool:
    """A quoted English rendering after a cue: short English words may fit the syllable shape
    ("poem hat"), so it is enough that it differs from a Vietnamese side with diacritics."""
    if en is None:
        return False
    if _is_en(en):
        return True
    quoted = en.start > 0 and text[en.start - 1] in QUOTES_OPEN
    return (
        quoted
        and has_vi_letters(vi.text)
        and not has_vi_letters(en.text)
        and fold(en.text) != fold(vi.text)
        and bool(en.words)
    )


def _cues(doc: Document) -> Iterator[Mention]:
    """'X, meaning "Y"', 'X, literally "Y"', 'X translates to "Y"' in either direction."""
    text = doc.text
    for match in _find_cue(text, doc.lower, _CUE, _CUE_ANCHOR):
        left_end = _back_over(text, match.start())
        floor, ceiling = _paragraph_bounds(text, match.start())
        ceiling = min(ceiling, match.end() + 200)
        vi = _vi_run_back(text, left_end, floor)
        quoted_left = text[left_end - 1 : left_end] in QUOTES_CLOSE
        if quoted_left:
            vi = _en_phrase_back(text, left_end, floor)
        if vi is not None and (_is_vi(vi) or quoted_left and _is_quoted_vi(vi)):
            en = _en_phrase_forward(text, match.end(), ceiling)
            if en is not None and _translated(vi, en, text):
                yield _gloss(doc, vi, en, 0.85)
            continue
        en = _en_phrase_back(text, left_end, floor)
        right = _quoted_forward(text, match.end(), ceiling) or _vi_run_forward(text, match.end(), ceiling)
        if _is_en(en) and _is_vi(right) and en is not None and right is not None:
            yield _gloss(doc, right, en, 0.8)


# The end of the name an appositive describes: the name, perhaps its short form in parentheses and
# a lower-case noun or two ("One Commune One Product (OCOP) label"), then the comma.
_OWNER_TAIL = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]+[a-z]+){0,2}[ \t]*,[ \t]*$")


def _appositive_owner(text: str, pos: int, floor: int) -> Phrase | None:
    """The capitalised name before ", a ..." at pos, or None."""
    tail = _OWNER_TAIL.search(text, max(floor, pos - 60), pos)
    if tail is None:
        return None
    name = _en_phrase_back(text, tail.start(), floor)
    if name is None or not _is_title_case(name.words) or not _is_en(name):
        return None
    return name


def _known_as(doc: Document) -> Iterator[Mention]:
    """ "the Renewal policy, known as Đổi Mới": English before the cue, Vietnamese after it."""
    text = doc.text
    for match in _find_cue(text, doc.lower, _KNOWN_AS, _KNOWN_AS_ANCHOR):
        floor, ceiling = _paragraph_bounds(text, match.start())
        ceiling = min(ceiling, match.end() + 200)
        right = _quoted_forward(text, match.end(), ceiling) or _vi_run_forward(text, match.end(), ceiling)
        if right is None or not _is_vi(right) or not has_vi_letters(right.text) and len(right.words) < 2:
            continue
        en = _en_phrase_back(text, _back_over(text, match.start()), floor)
        if not _is_en(en) or en is None:
            continue
        article = _INDEFINITE.search(text, max(floor, en.start - 4), en.start)
        if article is None:
            yield _gloss(doc, right, en, 0.7)
            continue
        # "the One Commune One Product label, a national programme known in Vietnamese as ...":
        # "a programme" names a class; the term is the name the appositive describes.
        owner = _appositive_owner(text, article.start(), floor)
        if owner is not None:
            yield _gloss(doc, right, owner, 0.6)


def _plain_vi(vi: Phrase) -> bool:
    """A Vietnamese side written without diacritics that is still sure: two or more words, every
    one attested by the Vietnamese lexicon and by no English list ("pho bo", "banh xeo")."""
    return len(vi.words) >= 2 and vi_score(vi.words) >= 0.65


def _dashes(doc: Document) -> Iterator[Mention]:
    """ "bánh mì – Vietnamese baguette": the Vietnamese side with diacritics or surely Vietnamese
    without, and the English side a short phrase that ends the clause, since dashes join so many
    other things."""
    text = doc.text
    for dash_start, dash_end in _find_dashes(text):
        marked = VI_LETTER.search(text, max(0, dash_start - 12), dash_start) is not None
        if not marked and not is_syllable(_word_before(text, dash_start)):
            continue
        line_start, line_end = _line_bounds(text, dash_start, dash_end)
        vi = _vi_run_back(text, dash_start, line_start)
        if vi is not None and (has_vi_letters(vi.text) and _is_vi(vi) or _plain_vi(vi)):
            en = _en_phrase_forward(text, dash_end, line_end)
            if en is not None and not has_vi_letters(vi.text) and all(is_syllable(w) for w in en.words):
                continue  # "Vinh Nghiem – Con Son": without diacritics, a name list, not a gloss
            after = text[en.end : en.end + 3].lstrip(" \t")[:1] if en else ""
            if en is not None and _is_en(en) and after in ("", ".", ",", ";", ")", "\n", "–", "—"):
                yield _gloss(doc, vi, en, 0.5)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")


_WORD_AT = re.compile(r"[\"“‘']?([^\W\d_]+)")


def _word_at(text: str, pos: int) -> str:
    match = _WORD_AT.match(text, pos)
    return match.group(1) if match else ""


def _word_before(text: str, pos: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return match.group(1) if match else ""


def _slashes(doc: Document) -> Iterator[Mention]:
    """ "bánh mì/bánh mỳ": two spellings of one Vietnamese term."""
    text = doc.text
    for match in _SLASH.finditer(text):
        line_start, line_end = _line_bounds(text, match.start(), match.end())
        left = _vi_run_back(text, match.start(), line_start)
        right = _vi_run_forward(text, match.end(), line_end)
        if left is None or right is None or not (has_vi_letters(left.text) or has_vi_letters(right.text)):
            continue
        # The two sides name the same thing: as many words on each side.
        n = min(len(left.words), len(right.words))
        left_words, right_words = left.words[-n:], right.words[:n]
        if not _is_vi(Phrase(" ".join(left_words), 0, 0)) or not _is_vi(Phrase(" ".join(right_words), 0, 0)):
            continue
        a, b = " ".join(left_words), " ".join(right_words)
        if a == b:
            continue
        same_letters = fold(a) == fold(b)
        mention = mention_at(
            doc,
            left.start,
            right.end,
            kind=Kind.TERM,
            vi=a,
            variants=[(b, VariantType.TONE_STYLE if same_letters else VariantType.SPELLING)],
            confidence=0.6,
            origin="slash",
        )
        yield mention


_APPOSITIVE = re.compile(r",[ \t]+(?P<article>the|an|a)[ \t]+")


def _appositives(doc: Document) -> Iterator[Mention]:
    """ "Tết Nguyên Đán, the Lunar New Year.": a Vietnamese name with diacritics, then its English
    name in title case closing the clause; "nón lá, a conical palm-leaf hat,": a Vietnamese word,
    then a short English noun phrase with an indefinite article closing the clause."""
    text = doc.text
    for match in _APPOSITIVE.finditer(text):
        if not VI_LETTER.search(text, max(0, match.start() - 12), match.start()):
            continue  # the Vietnamese side has diacritics: skip the many plain ", the" or ", a"
        line_start, line_end = _line_bounds(text, match.start(), match.end())
        vi = _vi_run_back(text, match.start(), line_start)
        if vi is None or not has_vi_letters(vi.text) or not _is_vi(vi):
            continue
        if match.group("article").lower() != "the":
            # A class, not a name: only after a lower-case term ("Tô Lâm, a former general" is
            # a description of a person), and only a phrase of content words closing the clause.
            en = _noun_phrase_forward(text, match.end(), line_end)
            if en is not None and not vi.text[0].isupper() and _is_en(en):
                yield _gloss(doc, vi, en, 0.55)
            continue
        en = _en_phrase_forward(text, match.end(), line_end)
        if en is None or not _is_title_case(en.words) or not _is_en(en):
            continue
        after = text[en.end : en.end + 1]
        if after in ("", ".", ",", ";", "\n") and len(en.words) <= 4:
            yield _gloss(doc, vi, en, 0.6)


_CONTENT_WORDS = re.compile(
    r"[ \t]*((?:[^\W\d_]+(?:-[^\W\d_]+)*)(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*){0,5})(?=[ \t]*[,.;)])"
)


def _noun_phrase_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    """Up to six lower-case content words from start that close the clause ("conical palm-leaf
    hat,"), or None."""
    match = _CONTENT_WORDS.match(text, start, ceiling)
    if match is None:
        return None
    words = match.group(1).split()
    if any(w[0].isupper() or w.lower() in ENGLISH_FUNCTION_WORDS for w in words):
        return None
    return Phrase(match.group(1), match.start(1), match.end(1))


# "X or Y", "X, or Y": two names of one thing, one Vietnamese and one English.
_OR_CUE = re.compile(r"(?:,[ \t]+|[ \t]+)or[ \t]+")
_CAP_WORD = r"[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NAME_AHEAD = re.compile(rf"(?:the[ \t]+)?({_CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{_CAP_WORD})*)")


def _name_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    """A capitalised name from start (an article before it skipped) that closes the clause."""
    match = _NAME_AHEAD.match(text, start, ceiling)
    if match is None or not _closes(text, match.end(1)):
        return None
    return Phrase(match.group(1), match.start(1), match.end(1))


def _closes(text: str, end: int) -> bool:
    """Whether a name ending at end is followed by punctuation, a line end or a lower-case word."""
    rest = text[end : end + 3].lstrip(" \t")
    return not rest or rest[0] in '.,;:!?)\n"”’' or rest[0].islower()


def _ors(doc: Document) -> Iterator[Mention]:
    """ "the Vietnam Reform Party or Viet Tan", "the Reunification Palace, or Dinh Độc Lập",
    "Dinh Độc Lập, or the Reunification Palace": a name in each language joined by "or". The
    Vietnamese name must end where the run of Vietnamese words ends ("Ho Chi Minh City" is no
    Vietnamese name), and both sides are names, or both lower case."""
    text = doc.text
    for match in _OR_CUE.finditer(text):
        # Most "or"s join English words: one side must start or end with a possible Vietnamese word.
        if not may_be_vietnamese(_word_before(text, match.start())) and not may_be_vietnamese(
            _word_at(text, match.end())
        ):
            continue
        line_start, line_end = _line_bounds(text, match.start(), match.end())
        # English, then Vietnamese.
        vi = _vi_run_forward(text, match.end(), line_end)
        if vi is not None and _sure_vi(vi) and _closes(text, vi.end):
            en = _en_phrase_back(text, match.start(), line_start, most=len(vi.words))
            if (
                en is not None
                and _is_en(en)
                and _same_case(vi, en)
                and exact_key(vi.text) != exact_key(en.text)
            ):
                yield _gloss(doc, vi, en, 0.6)
                continue
        # Vietnamese, then English.
        vi = _vi_run_back(text, match.start(), line_start)
        if vi is None or not _sure_vi(vi) or _word_before(text, vi.start)[:1].isupper():
            continue
        en = _name_forward(text, match.end(), line_end)
        if en is not None and _is_en(en) and _same_case(vi, en) and exact_key(vi.text) != exact_key(en.text):
            yield _gloss(doc, vi, en, 0.6)


def _sure_vi(vi: Phrase) -> bool:
    return has_vi_letters(vi.text) and _is_vi(vi) or vi_score(vi.words) >= 0.5 and not _is_en(vi)


def _same_case(vi: Phrase, en: Phrase) -> bool:
    """Both names (capitalised) or both common words."""
    return vi.text[:1].isupper() == en.text[:1].isupper()


def extract_glosses(doc: Document) -> list[Mention]:
    """Every gloss pair in a document."""
    found: list[Mention] = []
    for extractor in (_parentheses, _cues, _known_as, _dashes, _slashes, _appositives, _ors):
        found.extend(extractor(doc))
    return found
