"""Glosses in parentheses, read segment by segment: "đổi mới (Renewal)", "Renewal (đổi mới)",
"(Vietnamese: Hoàng thành Thăng Long; lit. ...)", lists of glosses and alternatives joined by "or"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from glossary.model import Kind, VariantType
from glossary.text import fold
from glossary.vietnamese import (
    has_vi_letters,
)

from . import gazetteer
from .documents import Document
from .lexicon import ADMIN_UNITS, VI_PLACE_GENERICS, language_names
from .mentions import QUOTES_CLOSE, Mention, mention_at
from .names.words import is_generic
from .phrases import (
    ARTICLE,
    Phrase,
    clean,
    en_phrase_back,
    gloss_mention,
    is_en,
    is_title_case,
    is_vi,
    paragraph_bounds,
    vi_run_back,
    with_name_before,
)

# A parenthesis with at most one level of nesting inside: "(Vietnamese: Hoàng thành (old))".
_PAREN = re.compile(r"\(((?:[^()\n]|\n(?!\s*\n)|\([^()\n]*\))*)\)")
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
# "Huế (VNA) – ...": an agency's short name in parentheses, then the dash of a dateline.
_AGENCY = re.compile(r"[A-Z][A-Za-z/]{1,12}")
_DATELINE_DASH = re.compile(r"[ \t]*[–—-][ \t]")


def _description_of_name(vi: Phrase, en: Phrase) -> bool:
    """ "Trinh Quoc Phu (centre)", "Huế (municipality)": a capitalised name followed by a lowercase
    description is no gloss."""
    named = is_title_case(vi.words) or len(vi.words) == 1 and gazetteer.is_place(vi.text)
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
                en=clean(en.text),
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
                out.literal = clean(literal.group(1))
            rest = _IPA_PART.sub(" ", rest).split(",")[0]
            phrase = _phrase_in(text, seg_start + label.end(), rest)
            if phrase is not None and out.labelled is None and has_vi_letters(phrase.text):
                out.labelled = phrase
            continue
        literal = _LITERAL.match(seg)
        if literal:
            out.literal = clean(seg[literal.end() :])
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
    if items and is_vi(Phrase(items[0], 0, 0)) and not is_en(Phrase(items[0], 0, 0)):
        rest = [Phrase(item, 0, 0) for item in items[1:]]
        if not any(is_vi(r) and not is_en(r) for r in rest):
            return items[0]
    return ", ".join(items)


def _phrase_in(text: str, start: int, part: str) -> Phrase | None:
    """part (a piece of text from start on, perhaps blanked) as a Phrase located in text."""
    cleaned = clean(part)
    if not cleaned:
        return None
    at = text.find(cleaned.split()[0], start)
    at = start if at < 0 else at
    return Phrase(cleaned, at, at + len(cleaned))


def _alternatives(phrase: Phrase) -> tuple[Phrase, list[str]]:
    """ "Tranh Đông Hồ or Tranh làng Hồ", "'Saigon sandwich' or 'Saigon-style bánh mì'": the first
    form and the others, when every part is on the same side; else the phrase as it is."""
    parts = [clean(p) for p in _OR.split(phrase.text)]
    if len(parts) < 2 or not all(parts):
        return phrase, []
    vietnamese = all(is_vi(Phrase(p, 0, 0)) and not is_en(Phrase(p, 0, 0)) for p in parts)
    # Quoted renderings may hold a loanword ("'Saigon-style bánh mì'"): the first one decides.
    quoted = any(q in phrase.text for q in QUOTES_CLOSE)
    english = is_en(Phrase(parts[0], 0, 0)) and (quoted or all(is_en(Phrase(p, 0, 0)) for p in parts))
    if not vietnamese and not english:
        return phrase, []
    return Phrase(parts[0], phrase.start, phrase.start + len(parts[0])), parts[1:]


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


def extract_parentheses(doc: Document) -> Iterator[Mention]:
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
        floor, _ = paragraph_bounds(text, match.start())
        if len(inside.segments) > 1:
            # "(Bắc Bộ, the North; Trung Bộ, the Centre)": a list of glosses.
            listed = [_pair_in_segment(p) for p in inside.segments]
            if all(listed):
                for vi, en in (p for p in listed if p is not None):
                    yield gloss_mention(doc, vi, en, 0.8)
                continue
        if inside.labelled is not None:
            n = len(inside.labelled.words)
            en = en_phrase_back(text, match.start(), floor, most=2 * n if n >= 4 else n + 1, linked=n >= 4)
            if is_en(en) and en is not None:
                en = with_name_before(text, en, inside.labelled, floor)
                if _names_only_a_class(inside.labelled, en):
                    yield from _generic_pair(doc, inside.labelled, en)
                    continue
                gloss = gloss_mention(doc, inside.labelled, en, 0.95)
                if inside.literal and is_en(Phrase(inside.literal, 0, 0)):
                    gloss.variants.append((inside.literal, VariantType.GLOSS))
                yield gloss
            continue
        if inside.plain is None:
            continue
        inner_phrase, alternatives = _alternatives(inside.plain)
        words = inner_phrase.words
        if not words or len(words) > 8:
            continue
        if is_vi(inner_phrase) and not is_en(inner_phrase):
            en = _list_item_before(text, match.start(), match.end()) or en_phrase_back(
                text, match.start(), floor, most=len(words) + 1
            )
            if is_en(en) and en is not None:
                en = with_name_before(text, en, inner_phrase, floor)
                if _names_only_a_class(inner_phrase, en):
                    yield from _generic_pair(doc, inner_phrase, en)
                    continue
                gloss = gloss_mention(doc, inner_phrase, en, 0.85)
                gloss.variants += [(a, VariantType.SPELLING) for a in alternatives]
                yield gloss
            continue
        if is_en(inner_phrase) or words[0][0].isupper() and not has_vi_letters(inner):
            vi = vi_run_back(text, match.start(), floor)
            before = text[max(floor, match.start() - 2) : match.start()].rstrip()
            if before and before[-1] in QUOTES_CLOSE:
                vi = en_phrase_back(text, match.start(), floor)  # a quoted term: '"thuận thiên" (...)'

            if vi is None or _description_of_name(vi, inner_phrase) or not is_en(inner_phrase):
                continue
            other = _alternative_before(text, vi, floor)
            if not is_vi(vi) and not (other and has_vi_letters(other)):
                continue
            gloss = gloss_mention(doc, vi, inner_phrase, 0.85)
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
    left = vi_run_back(text, vi.start - 1, floor)
    if left is None:
        return None
    n = len(vi.words)
    words = left.words[-n:]
    if len(words) != n or not is_vi(Phrase(" ".join(words), 0, 0)):
        return None
    return " ".join(words)
