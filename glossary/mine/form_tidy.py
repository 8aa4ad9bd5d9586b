"""Tidying mentions' forms before clustering: what a page glued to a name (a table's cell, a
heading, a label, a parenthesis, a second copy) is taken off, and a side that lists several names
is split."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from glossary.model import VariantType
from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from . import gazetteer
from .generic_heads import lengthen_by_generic
from .gloss_side import Phrase, is_en
from .mentions import Mention
from .name_chains import LANGUAGE_LABEL
from .praise_words import without_praise

_FIELD_LABEL = re.compile(r"^[a-z]+(?: [a-z]+){0,3}:[ \t]+(?=[A-ZÀ-ỸĐ])")


_SPELLING_CUES = ("written as ", "spelled ", "spelt ")


def _article_names(form: str) -> bool:
    """ "the Hammer" (a nickname): after "the", one English common word is the name only with its
    article (the word alone is a word, not a name); "the Queen of Nôm Poetry", "the Mekong" are
    names without it (gold rules §10.9: the labels keep the article only on such one-word names)."""
    rest = form[4:]
    return " " not in rest and "-" not in rest and is_english_word(rest)


def _tidy(form: str) -> str:
    """A form without what a page glued to it: a table's cell before a "|" ("www.evn.com.vn |
    Vietnam Electricity"), a second copy of the same words (a heading run into the line that
    repeats it: "Trấn Quốc Pagoda Trấn Quốc Pagoda", a mirror's "Vietnam Vietnam")."""
    if "|" in form:
        form = form.rsplit("|", 1)[1].strip() or form
    if form.startswith("the ") and form[4:5].isupper() and not _article_names(form):
        # "the Asian-Oceanian Computing Industry Organization": the article a reader kept.
        form = form[4:]
    if form[:2].isupper():
        form = _without_heading(form)
    if form.startswith(_SPELLING_CUES):
        # "(/vi/, also written as Sapa)" read as a rendering: the cue is no part of the name.
        form = form.split(" ", 2 if form.startswith(("written as ", "spelled as ")) else 1)[-1]
    if ":" in form or form.startswith("Vietnamese for "):
        # A language label an extractor kept ("Vietnamese: Đài Truyền hình", "(Vietnamese for
        # People's Army)"): not part of the name.
        form = LANGUAGE_LABEL.sub("", form, count=1) or form
        # A field's label in lower case a box reader kept ("conventional long form: Socialist
        # Republic of Vietnam"): no part of the name either.
        form = " ".join(_FIELD_LABEL.sub("", form, count=1).split()) or form
    if form.endswith(")"):
        form = _without_own_parenthesis(form)
    elif " - " in form:
        # "Lực lượng Công an Nhân dân - CAND": a short form a label kept after a spaced dash.
        head, _, short = form.rpartition(" - ")
        if " " in head and short.isalpha() and short.isupper() and len(short) >= 2:
            form = head
    # Twice the same words: two equal halves around the middle space (string tests, no split).
    half = len(form) // 2
    if len(form) % 2 == 0 or form[half] != " " or form[:half] != form[half + 1 :]:
        return form
    # One word twice is a name of its own ("Bora Bora"), unless it is a known place alone.
    if " " in form[:half] or gazetteer.is_place(form[:half]) and not gazetteer.is_place(form):
        return form[:half]
    return form


# A joint word a reader ran on past a side's end ("Võ cổ truyền meaning Traditional Vietnamese
# Martial Arts and in the eastern district …"): a form never ends in one (as a subject name does
# not, naming cue 7 of round 25).
_JOINT_END = (" and", " or")


# The forms repeat from text to text (a name, a gloss side): each is tidied once. The cheap tests
# first, inline: most forms hold no "|" and no space at their middle.
@lru_cache(maxsize=65536)
def _tidy_en(en: str) -> str:
    if en[-1] in "dr" and en.endswith(_JOINT_END):
        en = en.rsplit(" ", 1)[0].rstrip(" ,;")
    if (
        "|" in en
        or en[0] == "t"
        and en.startswith("the ")
        or en[:2].isupper()
        and " " in en
        or ":" in en
        or en[-1] == ")"
        or en[0] == "V"
        and en.startswith("Vietnamese for ")
        or en[0] in "ws"
        and en.startswith(_SPELLING_CUES)
        or len(en) & 1
        and en[len(en) >> 1] == " "
    ):
        return _tidy(en)
    return en


@lru_cache(maxsize=65536)
def _tidy_vi(vi: str) -> str:
    if vi[-1] in ",;" and len(vi) > 1:
        # "SV: ngưu nhục phấn, “beef noodles”": a reader that cut at the quotation kept the comma
        # before it; punctuation closing a side is never part of the form.
        vi = vi.rstrip(" ,;") or vi
    if (
        "|" in vi
        or vi[:2].isupper()
        and " " in vi
        or ":" in vi
        or vi[-1] == ")"
        or " - " in vi
        or len(vi) & 1
        and vi[len(vi) >> 1] == " "
    ):
        return _tidy(vi)
    return vi


def _without_heading(form: str) -> str:
    """A name without a heading in capitals a page ran into it ("GUIDE BOOK Hanoi"): two or more
    words in capitals, then the name in title case. One such word is a name's acronym ("UNESCO
    Global Geoparks Network")."""
    words = form.split(" ")
    caps = 0
    while caps < len(words) and len(words[caps]) > 1 and words[caps].isupper():
        caps += 1
    if caps < 2 or caps == len(words) or not words[caps][:1].isupper():
        return form
    return " ".join(words[caps:])


def _without_own_parenthesis(form: str) -> str:
    """A name without the parenthesis an extractor kept at its end when it holds the name's own
    short form ("Quân chủng Hải quân (QCHQ)") or a place that tells it from its namesakes, as a
    wiki title does ("Ministry of Health (Vietnam)"): neither is part of the name."""
    head, _, inner = form[:-1].rpartition(" (")
    if not head or "(" in inner or ")" in inner or " " not in head:
        return form
    if inner.isupper() and inner.isalpha() and len(inner) >= 2:
        return head
    return head if inner[:1].isupper() and gazetteer.is_place(inner) else form


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A life's or a reign's dates ("23 November 1922 – 11 June 2008", "1802–1820"): never a name.
_DATES = re.compile(rf"[\d \t,–—\-./]*(?:{_MONTH}[\d \t,–—\-./]*)*")


def tidy_forms(mentions: Iterable[Mention]) -> None:
    """Take from each mention's forms what a page glued to them (see _tidy), in place, and drop an
    English side that is only dates (a label reader's "Vietnamese: [IPA]; 23 November 1922 – ..."),
    and give a place its lower-case generic word ("the Dak Bla river", see generic_heads)."""
    lengthen_by_generic(mentions)
    for m in mentions:
        en, vi = m.en, m.vi
        if en and en[0].isdigit() and m.vi and _DATES.fullmatch(en):
            m.en = en = ""
        if en:
            m.en = _tidy_en(en)
            if vi:
                m.en = without_praise(m.en)
        if vi:
            m.vi = _tidy_vi(vi)
        if m.variants:
            if any(")" in form for form, _ in m.variants):
                m.variants = [(part, vtype) for form, vtype in m.variants for part in _listed(form)]
            m.variants = [(_tidy(form), vtype) for form, vtype in m.variants]
        if vi and en and ", " in en:
            split = _reading_and_rendering(en)
            if split is not None:
                m.en = split[1]
                m.variants = [*m.variants, (split[0], VariantType.OTHER)]
            else:
                named = _name_and_its_rendering(en)
                if named is not None:
                    # "Đinh Bộ Lĩnh (posthumously known as Đinh Tiên Hoàng, or "First Dinh
                    # Emperor")": the rendering renders the other name, not the first.
                    m.vi, m.en = named
        if vi and en and "/" in en:
            m.en, others = _slash_sides(m.en)
            m.variants = [*m.variants, *((side, VariantType.GLOSS) for side in others)]
        if vi and (", " in vi or "Chữ" in vi):
            vi = m.vi = _without_script_label(vi)
            names = _same_generic(m.vi)
            if names:
                m.vi = names[0]
                m.variants += [(name, VariantType.OTHER) for name in names[1:]]


# "Chùa Bái Đính, Chữ Hán: 沛嵿寺": a script's label after the Vietnamese name in one parenthesis,
# kept by a reader that cut at its colon. A label of characters, never a word of the name. Without
# the comma only with its capital ("Thị xã Chữ nôm:市社"): inside a Vietnamese name "chữ" is lower-case.
_SCRIPT_LABEL_TAIL = re.compile(
    r"(?:,[ \t]+(?i:chữ[ \t]+(?:Hán|Nôm)|Hán[ \t-](?:tự|Nôm|Việt))|[ \t]+Chữ[ \t]+(?i:Hán|Nôm))[ \t]*:?$"
)


def _without_script_label(vi: str) -> str:
    """The Vietnamese side without a script's label a reader glued after it."""
    return _SCRIPT_LABEL_TAIL.sub("", vi) or vi


# A slash between two letters: "Cham Temple/Tower", "towns/borough".
_SLASH = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")


def _slash_sides(en: str) -> tuple[str, list[str]]:
    """An English side that offers two words with a slash, as the sides written whole (gold rules
    §9.1 and §9.13: each side is a form, the slashed string is none, an elided side is not
    restored): "towns/borough" gives both, "Cham Temple/Tower" only "Cham Temple", the side that
    keeps the words the two share. One slash between English words; anything else as it is."""
    sides = _SLASH.split(en)
    if len(sides) != 2 or "(" in en or has_vi_letters(en) or not all(s.strip() == s for s in sides):
        return en, []
    left, right = sides
    if " " in left and " " in right:
        return en, []  # "shop/restaurant owner or guide": no telling which words the two share
    if " " in left or " " in right:
        return (left if " " in left else right), []
    return left, [right]


def _name_and_its_rendering(en: str) -> tuple[str, str] | None:
    """A side that gives another Vietnamese name and then its rendering joined by "or" ("Đinh Tiên
    Hoàng, or "First Dinh Emperor""): (the name, the rendering); None for anything else."""
    name, sep, written = en.partition(", or ")
    rendering = written.strip("\"“”'‘’ ")
    words = name.split()
    if not sep or not rendering or not 2 <= len(words) <= 5:
        return None
    if not has_vi_letters(name) or not all(w[:1].isupper() and is_syllable(w) for w in words):
        return None
    # A rendering is quoted or capitalised as a name is ("or the younger brother" describes him).
    if written[:1] not in "\"“'‘" and not all(w[:1].isupper() for w in rendering.split()):
        return None
    return (name, rendering) if is_en(Phrase(rendering, 0, 0)) else None


def _reading_and_rendering(en: str) -> tuple[str, str] | None:
    """A gloss side that gives a second Vietnamese reading and then the English ("Lão Nhai (老街,
    literally Phố Cũ, Old Town)", "(..., today Phố Mới, New Town)"): (the reading, the English);
    None for anything else."""
    reading, _, rendering = en.partition(", ")
    for cue in ("today ", "now "):
        reading = reading.removeprefix(cue)
    words, english = reading.split(), rendering.split()
    if not (2 <= len(words) <= 4 and 1 <= len(english) <= 4) or ", " in rendering:
        return None
    if not has_vi_letters(reading) or has_vi_letters(rendering):
        return None
    if not all(w[:1].isupper() and is_syllable(w) for w in words):
        return None
    return (reading, rendering) if all(is_english_word(w) for w in english) else None


def _same_generic(vi: str) -> list[str]:
    """The names of a Vietnamese side that gives two or three names of one thing, each opening with
    the same generic word ("Lăng Chủ tịch Hồ Chí Minh, Lăng Bác"); [] for anything else (a list of
    several things, a name and its description)."""
    names = vi.split(", ")
    if not 2 <= len(names) <= 3:
        return []
    first = names[0].split(" ", 1)[0]
    for name in names:
        words = name.split()
        if len(words) < 2 or words[0] != first or not words[1][:1].isupper() or len(words) > 8:
            return []
    return names if has_vi_letters(vi) else []


# "Đền Trấn Vũ (Trấn Vũ Temple) then Đền Quan Thánh (Quan Thánh Temple)": a field's list of names,
# each perhaps with its rendering in parentheses, joined by a word in lower case.
_LIST_JOIN = re.compile(r"\)[ \t]+(?:then|and|or|later|until)[ \t]+(?=[A-ZÀ-ỸĐ])")
_LIST_SPLIT = re.compile(
    r"[ \t]*(?:[()][ \t]*)+(?:(?:then|and|or|later|until)[ \t]+)?|[ \t]+(?:then|and|or|later|until)[ \t]+"
)


def _listed(form: str) -> list[str]:
    """The names of a variant that lists several (see _LIST_JOIN), else the variant itself."""
    if not _LIST_JOIN.search(form):
        return [form]
    parts = [p for p in _LIST_SPLIT.split(form) if p]
    return parts if all(p[:1].isupper() for p in parts) else [form]
