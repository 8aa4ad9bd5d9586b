"""Clustering: mentions from every text -> one candidate Entry per concept.

Mentions are joined when they share a matching key (keys.py) within compatible kinds; the preferred
forms are the commonest as written (Vietnamese with diacritics first), every other form becomes a
typed variant, and place names without diacritics are restored from the gazetteers.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace
from functools import lru_cache

from glossary.model import Entry, Kind, Source, VariantType
from glossary.review import suggest_gazetteer_form
from glossary.text import fold, is_syllable, tone_key
from glossary.vietnamese import VI_LETTER_CLASS, has_vi_letters, is_english_word

from . import gazetteer
from .acronyms import VI_INITIALS
from .keys import exact_key, generic_key, keys, order_key, singular
from .lead import DESCRIBED_AS, PLACE_NOUNS
from .lexicon import ADMIN_UNITS, NATURAL_HEADS, UNLISTED_UNITS, VI_PLACE_GENERICS
from .mentions import Mention
from .name_chains import INSIDE, LANGUAGE_LABEL
from .names.words import head_of, is_title
from .tally import MAX_CONTEXTS, MAX_SOURCES, Tallies, Tally, first_distinct, tally

UNVERIFIED = "unverified"

# Kinds that may share a concept: an organisation's full name is an acronym's long form; a gloss
# (term) may be the English name of a place.
_GROUP = {
    Kind.PERSON: "person",
    Kind.PLACE: "place",
    Kind.ORGANISATION: "org",
    Kind.ACRONYM: "org",
    Kind.TERM: "term",
    Kind.OTHER: "term",
}
_KIND_RANK = [Kind.ACRONYM, Kind.PERSON, Kind.PLACE, Kind.ORGANISATION, Kind.TERM, Kind.OTHER]
# Variant types that are not identity evidence: a title or a short form may be shared by two people.
_WEAK_TYPES = {VariantType.TITLE, VariantType.SHORT}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _identity_forms(mention: Mention) -> list[str]:
    forms = [f for f in (mention.vi, mention.en) if f]
    forms += [form for form, vtype in mention.variants if vtype not in _WEAK_TYPES]
    return forms


def _mention_keys(mention: Mention, contexts: Iterable[str] = ()) -> set[str]:
    """The keys a mention joins others under; contexts are the sentences it was seen in (a
    country's official name joins its short name only where one of them writes both)."""
    out: set[str] = set()
    if mention.abbr:
        out.add("abbr:" + _abbr_key(mention.abbr))
    place_like = _GROUP[mention.kind] in ("place", "term")
    for form in _identity_forms(mention):
        out.update(keys(form))
        if place_like:
            generic = generic_key(form)
            if generic:
                out.add(generic)
        if mention.kind is Kind.PLACE and form.count(" ") >= 2:
            # "Mekong River Delta" is the "Mekong Delta", "Hoang Lien Son Mountain Range" the
            # "Hoang Lien Son Range": a natural feature's word before the head says what it is of.
            inner = _without_inner_head(form)
            if inner:
                out.update(keys(inner))
        if mention.kind is Kind.PLACE and " of " in form:
            # "Socialist Republic of Vietnam" is Vietnam's official name (ISO 3166), one place,
            # when the page says so: "Vietnam, officially the Socialist Republic of Vietnam", or a
            # reader paired it (a box's field). A name alone in a heading or a date's aside ("1976
            # (Socialist Republic of Vietnam)") names the state, which the gold keeps apart from
            # the country's short name on such pages.
            short = gazetteer.short_name_of(form)
            if short and (mention.origin != "name" or _short_name_beside(form, short, contexts)):
                out.update(keys(short))
    if _GROUP[mention.kind] == "org":
        for form in _identity_forms(mention):
            if form.startswith("Vietnamese ") and form.count(" ") >= 2:
                # "Vietnamese Fatherland Front" is the "Vietnam Fatherland Front": the country's
                # adjective for its name in one body's name.
                out.update(keys("Vietnam " + form[len("Vietnamese ") :]))
    if mention.kind is Kind.ORGANISATION and mention.en:
        # "UNESCO Global Geoparks Network" is the "Global Geoparks Network" of UNESCO.
        first, _, rest = mention.en.partition(" ")
        if rest and first.isupper() and len(first) > 1 and len(rest.split()) >= 2:
            out.update(keys(rest))
    if mention.kind is Kind.ACRONYM and mention.en:
        # "UNESCO's Creative Cities Network (UCCN)" is also the text's "Creative Cities Network".
        # Not "People's Republic of China": the owner is a name in capitals, not a common noun.
        owner, sep, rest = mention.en.replace("’s ", "'s ").partition("'s ")
        if sep and owner.isupper() and rest:
            out.update(keys(rest))
    return out


# A run of capitalised words, joined by a space or a hyphen ("Viet Nam", "Viet-Nam", "Vietnam War").
_CAPITALISED_RUN = re.compile(r"(?<![^\W_])[A-ZÀ-ỸĐ][^\W_]*(?:[ -][A-ZÀ-ỸĐ][^\W_]*)*")


def _short_name_beside(official: str, short: str, contexts: Iterable[str]) -> bool:
    """Whether a sentence writes the country's short name (any spelling: "Vietnam", "Viet Nam",
    "Việt Nam") beside its official name, as a name of its own: not the end of another state's
    name ("the Republic of Vietnam and later the Socialist Republic of Vietnam"), nor the start of
    a longer one ("the Vietnam War")."""
    target = exact_key(short)
    for context in contexts:
        if official not in context:
            continue
        rest = context.replace(official, " | ")
        for run in _CAPITALISED_RUN.finditer(rest):
            if exact_key(run.group()) == target and not rest[: run.start()].endswith(" of "):
                return True
    return False


_FIELD_LABEL = re.compile(r"^[a-z]+(?: [a-z]+){0,3}:[ \t]+(?=[A-ZÀ-ỸĐ])")


def _without_inner_head(form: str) -> str:
    """The form without a natural feature's word right before its head word ("Mekong River Delta"
    -> "Mekong Delta"), or "" when it has none."""
    words = form.split(" ")
    if len(words) < 3 or not words[-3][:1].isupper():
        return ""
    inner, head = words[-2].lower(), words[-1].lower()
    if inner not in NATURAL_HEADS or head not in NATURAL_HEADS or inner == head:
        return ""
    return " ".join(words[:-2] + words[-1:])


_SPELLING_CUES = ("written as ", "spelled ", "spelt ")


def _tidy(form: str) -> str:
    """A form without what a page glued to it: a table's cell before a "|" ("www.evn.com.vn |
    Vietnam Electricity"), a second copy of the same words (a heading run into the line that
    repeats it: "Trấn Quốc Pagoda Trấn Quốc Pagoda", a mirror's "Vietnam Vietnam")."""
    if "|" in form:
        form = form.rsplit("|", 1)[1].strip() or form
    if form.startswith("the ") and form[4:5].isupper():
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


# The forms repeat from text to text (a name, a gloss side): each is tidied once. The cheap tests
# first, inline: most forms hold no "|" and no space at their middle.
@lru_cache(maxsize=65536)
def _tidy_en(en: str) -> str:
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
    English side that is only dates (a label reader's "Vietnamese: [IPA]; 23 November 1922 – ...")."""
    for m in mentions:
        en, vi = m.en, m.vi
        if en and en[0].isdigit() and m.vi and _DATES.fullmatch(en):
            m.en = en = ""
        if en:
            m.en = _tidy_en(en)
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
        if vi and ", " in vi:
            vi = m.vi = _without_script_label(vi)
            names = _same_generic(m.vi)
            if names:
                m.vi = names[0]
                m.variants += [(name, VariantType.OTHER) for name in names[1:]]


# "Chùa Bái Đính, Chữ Hán: 沛嵿寺": a script's label after the Vietnamese name in one parenthesis,
# kept by a reader that cut at its colon. A label of characters, never a word of the name.
_SCRIPT_LABEL_TAIL = re.compile(r",[ \t]+(?:chữ[ \t]+(?:Hán|Nôm)|Hán[ \t-](?:tự|Nôm|Việt))[ \t]*:?$", re.I)


def _without_script_label(vi: str) -> str:
    """The Vietnamese side without a script's label a reader glued after it."""
    return _SCRIPT_LABEL_TAIL.sub("", vi) or vi


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


def _abbr_key(abbr: str) -> str:
    return abbr[:-1] if abbr.endswith("s") and abbr[:-1].isupper() else abbr


def _pick(counter: Counter[str], order: dict[str, int]) -> str:
    if not counter:
        return ""
    return max(counter, key=lambda form: (counter[form], -order[form]))


def variant_type(form: str, preferred: list[str], declared: VariantType | None) -> VariantType:
    """How form differs from the preferred forms (diacritics, tone style, spelling, order), else declared."""
    for other in preferred:
        if not other:
            continue
        if fold(form) == fold(other):
            if has_vi_letters(form) and has_vi_letters(other) and tone_key(form) == tone_key(other):
                return VariantType.TONE_STYLE
            return VariantType.NO_DIACRITICS
        if exact_key(form) == exact_key(other):
            return VariantType.SPELLING
        if order_key(form) and order_key(form) == order_key(other):
            return VariantType.WORD_ORDER
    return declared or VariantType.OTHER


def _not_shouted(counter: Counter[str]) -> Counter[str]:
    """The forms not written in capitals ("QUẢNG NINH" in a dateline), unless all are."""
    quiet = Counter({f: n for f, n in counter.items() if not f.isupper()})
    return quiet or counter


def _has_generic(form: str) -> bool:
    """Whether a Vietnamese place form opens with its unit word ("tỉnh Quảng Ninh")."""
    return any(form.lower().startswith(vi + " ") for vi in ADMIN_UNITS.values())


def _noisy_or(values: Iterable[float]) -> float:
    miss = 1.0
    for value in values:
        miss *= 1.0 - value
    return round(min(0.99, 1.0 - miss), 3)


def _restore(entry: Entry, unit_flags: list[str]) -> None:
    """Suggest the Vietnamese form of a place the texts write only without diacritics (or only in
    English), from the gazetteers. The texts do not write it, so it is no form of the entry: it is
    recorded as a flag for the reviewer ("gazetteer: Pháp"), several when the letters fit more
    than one name (Yên Tử, Yên Từ), then flagged unverified too."""
    if entry.vi or not entry.en:
        return
    unit = next((f.split(":", 1)[1] for f in unit_flags), "")
    if unit in UNLISTED_UNITS:
        return  # "Tay Ho village": villages are in no gazetteer; a ward of that name is another place
    name = entry.en
    if unit and name.lower().endswith(" " + unit):
        name = name[: -len(unit) - 1]
    restoration = gazetteer.restore(name, unit)
    forms = [f for f in restoration.forms if f not in entry.forms()]
    for form in forms:
        suggest_gazetteer_form(entry, form)
    if not restoration.certain and forms and UNVERIFIED not in entry.flags:
        entry.flags.append(UNVERIFIED)


# Letters with a mark Vietnamese never writes ("Saïgon", "Hanoï": a diaeresis, a cedilla...).
_FOREIGN_LETTER = re.compile(
    "["
    + "".join(
        c
        for c in map(chr, range(0xC0, 0x250))
        if c.isalpha() and c not in VI_LETTER_CLASS and unicodedata.normalize("NFD", c) != c
    )
    + "]"
)
# The marks that make a Vietnamese vowel another letter (â ê ô, ă, ơ ư), unlike a tone mark.
_QUALITY_MARKS = frozenset("\u0302\u0306\u031b")


def _marks(char: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFD", char)[1:])


def _tone_without_quality(form: str, other: str) -> bool:
    """Whether form writes other's letters with its tone marks but without some of its vowels'
    own marks: the French "Hué" for "Huế" (a Vietnamese writer drops all marks or none)."""
    if len(form) != len(other):
        return False
    fewer = False
    for a, b in zip(form, other, strict=True):
        if a == b:
            continue
        ma, mb = _marks(a), _marks(b)
        if not ma < mb or not (mb - ma) <= _QUALITY_MARKS:
            return False
        fewer = True
    return fewer and any(_marks(c) - _QUALITY_MARKS for c in form)


def _foreign_spellings(forms: Collection[str]) -> set[str]:
    """The forms that spell another form of the same cluster the way another language does: a
    letter Vietnamese never writes ("Saïgon" beside "Saigon", "Hanoï" beside "Hanoi"), or a tone
    kept on a vowel without its own mark ("Hué" beside "Huế"). Such a form is no English or
    Vietnamese form (docs/gold-rules.md §2)."""
    if len(forms) < 2:
        return set()
    marked = [f for f in forms if not f.isascii()]
    if not marked:
        return set()
    by_fold: dict[str, list[str]] = defaultdict(list)
    for form in forms:
        by_fold[fold(form)].append(form)
    out = set()
    for form in marked:
        same = by_fold[fold(form)]
        if len(same) < 2:
            continue
        if _FOREIGN_LETTER.search(form):
            if any(not _FOREIGN_LETTER.search(o) for o in same):
                out.add(form)
        elif any(_tone_without_quality(form, o) for o in same if o != form):
            out.add(form)
    return out


def _inflections(order: dict[str, int]) -> set[str]:
    """The forms that are another form of the cluster in the plural or the singular, written after
    it ("Marble Mountains" after "Marble Mountain", "Buddhist Association for National Salvation"
    after "Buddhist Associations for ..."): one form, not a variant (docs/gold-rules.md §2,
    inflected forms). The first written is kept; in one mention, the singular."""
    if len(order) < 2:
        return set()
    by_singular: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for form in order:
        if " " in form or form[-1:] == "s":
            by_singular[tuple(map(singular, form.lower().split()))].append(form)
    out: set[str] = set()
    for forms in by_singular.values():
        if len(forms) < 2:
            continue
        lower = {f.lower() for f in forms}
        if len(lower) < 2:
            continue  # the same form in other capitals: no inflection
        first = min(forms, key=lambda f: (order[f], len(f)))
        out.update(f for f in forms if f.lower() != first.lower())
    return out


def _glossed_dynasty(mention: Mention) -> bool:
    en = mention.en
    return (
        mention.kind is Kind.TERM
        and bool(mention.vi)
        and en[-7:].lower() == "dynasty"
        and (len(en) == 7 or en[-8] == " ")
    )


def _build(tallies: list[Tally], caps: dict[str, int]) -> Entry:
    """One entry from the tallies of a cluster, in the order of their first mention."""
    members = [t.mention for t in tallies]
    weights = [t.weight for t in tallies]
    order: dict[str, int] = {}
    vi_forms: Counter[str] = Counter()
    en_forms: Counter[str] = Counter()
    abbrs: Counter[str] = Counter()
    declared: dict[str, VariantType] = {}
    kinds: Counter[Kind] = Counter()
    for i, m in enumerate(members):
        weight = weights[i]
        kinds[m.kind] += (2 if m.origin in ("name", "acronym") else 1) * weight
        for form in (m.vi, m.en, m.abbr, *(f for f, _ in m.variants)):
            if form:
                order.setdefault(form, i)
        if m.vi:
            vi_forms[m.vi] += weight
        if m.en:
            en_forms[m.en] += weight
        if m.abbr:
            abbrs[m.abbr] += weight
        for form, vtype in m.variants:
            declared.setdefault(form, vtype)
    # "The Asian-Oceanian ... Organization" beside the same name without its article: one form.
    articled = {
        f for f in order if f.startswith(("The ", "the ")) and (f[4:] in en_forms or f[4:] in vi_forms)
    }
    inflected = _inflections(order)
    if foreign := _foreign_spellings(order) | articled | inflected:
        for form in foreign:
            del order[form]
            vi_forms.pop(form, None)
            en_forms.pop(form, None)
    if inflected:
        # A member known only by an inflected form ("2 Army Generals in service", which a name
        # reader took for a body) says nothing of the concept's kind either.
        for i, m in enumerate(members):
            forms = [f for f in (m.vi, m.en, m.abbr, *(f for f, _ in m.variants)) if f]
            if forms and all(f in inflected for f in forms):
                kinds[m.kind] -= (2 if m.origin in ("name", "acronym") else 1) * weights[i]
        kinds = +kinds
    if kinds[Kind.TERM]:
        del kinds[Kind.OTHER]  # a glossed word left untranslated elsewhere is still the glossed term
    kind = next(k for k in _KIND_RANK if kinds[k] == max(kinds.values())) if kinds else Kind.OTHER
    if kinds[Kind.ACRONYM]:
        kind = Kind.ACRONYM
    elif kind is Kind.ORGANISATION and kinds[Kind.TERM] and any(map(_glossed_dynasty, members)):
        # A dynasty the texts gloss is a term, though they also name it as a ruling house
        # ("Nhà Hậu Lê (Later Lê dynasty)" and "The Later Lê Dynasty ruled"; gold rules §9.14),
        # rendered as the gloss writes it.
        kind = Kind.TERM
        glossed = {m.en for m in members if _glossed_dynasty(m)}
        en_forms = Counter({f: n for f, n in en_forms.items() if f in glossed})
    # An administrative unit (a "region" is none: "Bắc Trung Bộ region" leaves "Bắc Trung Bộ" its vi;
    # a village named by its craft, "Bat Trang pottery village", leaves "Bát Tràng" and "Bat Trang").
    unit_forms = {
        f
        for m in members
        if any(g.startswith("unit:") and g[5:] in ADMIN_UNITS for g in m.flags)
        for f in (m.vi, m.en)
        if f and not _named_by_craft(f)
    }
    if kind is Kind.PLACE and unit_forms:
        # "Quang Ninh province" and "Quang Ninh": the form with the unit says what the place is.
        # A unit in English after a name with diacritics ("Bà Rịa–Vũng Tàu province") is English.
        en_forms += Counter({f: n for f, n in vi_forms.items() if f in unit_forms and not _has_generic(f)})
        vi_forms = Counter({f: n for f, n in vi_forms.items() if _has_generic(f)})
        en_forms = Counter({f: n for f, n in en_forms.items() if f in unit_forms}) or en_forms
    marked = Counter({f: n for f, n in vi_forms.items() if has_vi_letters(f)})
    vi = _pick(_not_shouted(marked or vi_forms), order)
    en = _pick(_not_shouted(en_forms), order)
    # A short form a lead's language parenthesis gives as the Vietnamese name's initials ("CAND" for
    # "Lực lượng Công an Nhân dân") yields to one of the English name ("VPPS").
    vi_only = {m.abbr for m in members if VI_INITIALS in m.flags}
    abbrs_en = Counter({a: n for a, n in abbrs.items() if a not in vi_only}) or abbrs
    abbr = _pick(Counter({a: n for a, n in abbrs_en.items() if not a.endswith("s")}) or abbrs_en, order)
    entry = Entry(en=en, vi=vi, kind=kind, abbr=abbr)
    preferred = [vi, en]
    for form in sorted(order, key=order.__getitem__):
        if form in (vi, en, abbr):
            continue
        if form in abbrs:
            entry.add_variant(form, VariantType.ABBREVIATION)
            continue
        vtype = declared.get(form)
        if vtype is None and (form in en_forms or form in vi_forms) and kind in (Kind.TERM, Kind.OTHER):
            vtype = VariantType.GLOSS
        entry.add_variant(form, variant_type(form, preferred, vtype))
    # Each tally holds its own first places and sentences; merged by position they are the
    # cluster's first ones.
    places = first_distinct(
        heapq.merge(*(t.sources for t in tallies)), MAX_SOURCES, key=lambda s: (s[1], s[2])
    )
    entry.sources = [Source(path, line) for _, path, line in places]
    sentences = first_distinct(heapq.merge(*(t.contexts for t in tallies)), MAX_CONTEXTS, key=lambda c: c[1])
    entry.contexts = [context for _, context in sentences]
    sightings = sum(t.count for t in tallies)
    uses = sum(caps.get(a, 0) + caps.get(a + "s", 0) for a in abbrs) if abbrs else 0
    entry.frequency = max(sightings, uses)
    entry.confidence = _noisy_or(t.mention.confidence for t in tallies for _ in range(t.weight))
    if kind is Kind.OTHER:
        entry.confidence = min(entry.confidence, 0.5)
    if kind in (Kind.PLACE, Kind.ACRONYM):
        for form in _abbreviations_used(entry, caps, english=kind is Kind.PLACE):
            entry.add_variant(form, VariantType.ABBREVIATION)
    flags = [f for m in members for f in m.flags]
    if kind is Kind.PLACE:
        _restore(entry, [f for f in flags if f.startswith("unit:")])
    for flag in flags:
        if not flag.startswith(("unit:", DESCRIBED_AS, VI_INITIALS)) and flag not in entry.flags:
            entry.flags.append(flag)
    return entry


def _without_craft(name: str) -> str:
    """A village's name without the lower-case word naming its craft or age ("Bat Trang pottery"
    of "Bat Trang pottery village" -> "Bat Trang")."""
    head, _, last = name.rpartition(" ")
    return head if head and last.islower() else name


def _named_by_craft(form: str) -> bool:
    """Whether a place form is a village named with its craft or age ("Bat Trang pottery village")."""
    words = form.split()
    return len(words) >= 3 and words[-1].lower() == "village" and words[-2].islower()


def _without_unit(form: str) -> str:
    """A place form without its unit or head word ("Bà Rịa–Vũng Tàu province" -> "Bà Rịa–Vũng Tàu")."""
    low = form.lower()
    for unit in _EN_HEADS:
        if low.endswith(" " + unit):
            return _without_craft(form[: -len(unit) - 1]) if unit == "village" else form[: -len(unit) - 1]
    for generic, _ in _VI_HEADS:
        if low.startswith(generic + " "):
            return form[len(generic) + 1 :]
    return form


def _abbreviations_used(entry: Entry, caps: dict[str, int], english: bool = False) -> list[str]:
    """Abbreviations of a place's name that the texts use without defining them: the initials of
    its syllables, grouped as its dashes group them ("Bà Rịa–Vũng Tàu" -> "BRVT", "BR-VT"); with
    english, those of the capitalised words of its English forms too, with full stops ("United
    States" -> "U.S.") or, three or more, without ("Ho Chi Minh City" -> "HCMC")."""
    found: list[str] = []
    for form in (entry.vi, entry.en, *(v.form for v in entry.variants if english)):
        if not form:
            continue
        candidates = []
        groups = [g.split() for g in re.split(r"\s*[–—-]\s*", _without_unit(form)) if g.strip()]
        words = [w for g in groups for w in g]
        if len(words) >= 3 and all(w[:1].isupper() and is_syllable(w) for w in words):
            # a Vietnamese name of three syllables or more
            initials = ["".join(fold(w)[0].upper() for w in g) for g in groups]
            candidates += ["".join(initials), "-".join(initials)]
        words = [w for w in form.split() if w.lower() not in ("of", "the", "and")]
        if english and len(words) >= 2 and form.isascii() and all(w[:1].isupper() for w in words):
            letters = [w[0] for w in words]
            candidates += [".".join(letters) + "."] + (["".join(letters)] if len(letters) >= 3 else [])
        for candidate in candidates:
            # Not a token the texts write only as a longer name's first word ("HCMC Securities ...").
            uses = caps.get(candidate, 0) - caps.get(INSIDE + candidate, 0)
            if uses > 0 and candidate != entry.abbr and candidate not in found:
                found.append(candidate)
    return found


_EN_UNITS = sorted(ADMIN_UNITS, key=len, reverse=True)
# Units and natural features that may follow a bare name ("Lô River", "Yunnan province", "Southeast
# region"), and the Vietnamese generic words that may open one ("sông Lô"), with the English head.
_EN_HEADS = sorted(set(ADMIN_UNITS) | NATURAL_HEADS, key=len, reverse=True)
_VI_HEADS = sorted(
    [(vi, en) for en, vi in ADMIN_UNITS.items()]
    + [(vi, en) for vi, en in VI_PLACE_GENERICS.items() if en in NATURAL_HEADS],
    key=lambda p: -len(p[0]),
)


# Landmarks named by their head word after the name ("Trấn Quốc Pagoda", "Phong Nha-Kẻ Bàng
# National Park"): the bare name stands for the landmark as it does for a natural feature. Not what
# is named after a place (a street, a station, an airport, a market): another thing.
_LANDMARKS = frozenset(
    "pagoda temple citadel mausoleum tomb shrine palace sanctuary cathedral church geopark".split()
) | {"national park"}
_JOIN_HEADS = sorted(set(_EN_HEADS) | _LANDMARKS, key=len, reverse=True)
_JOIN_VI_HEADS = sorted(
    _VI_HEADS + [(vi, en) for vi, en in VI_PLACE_GENERICS.items() if en in _LANDMARKS],
    key=lambda p: -len(p[0]),
)


def _unit_name(form: str) -> tuple[str, str]:
    """A place form split into its name's key and its unit or head word: "Quang Ninh province" ->
    ("quangninh", "province"), "tỉnh Quảng Ninh" -> ("quangninh", "province"), "Lô River" -> ("lo",
    "river"); no unit -> ("", "")."""
    low = form.lower()
    for unit in _JOIN_HEADS:
        if low.endswith(" " + unit) and len(form) > len(unit) + 1:
            name = form[: -len(unit) - 1]
            if unit == "village":
                name = _without_craft(name)
            return exact_key(name), unit
    for generic, unit in _JOIN_VI_HEADS:
        if low.startswith(generic + " ") and len(form) > len(generic) + 1:
            return exact_key(form[len(generic) + 1 :]), unit
    return "", ""


def _join_bare_places(mentions: list[Mention], uf: _UnionFind) -> None:
    """Join a place written bare ("Quang Ninh", "QUẢNG NINH", "Van Don") to the same name written
    with its unit ("Quang Ninh province", "đặc khu Vân Đồn"), when only one kind of unit carries
    that name in the texts ("Ha Long ward" and "Ha Long city" would leave "Ha Long" alone)."""
    units: dict[str, set[str]] = defaultdict(set)
    owners: dict[tuple[str, object], int] = {}
    bare: list[tuple[int, str]] = []
    # Bare names the gazetteers know as a unit: "Saigon" is a ward (and the city's old name), not
    # the "Saigon River"; two places that share a name are never merged.
    units_known: set[str] = set()
    # Bare names that are an English word ("West"): the short name of a region ("the West"), never
    # of a natural feature whose name it opens ("West Lake").
    english: set[str] = set()
    for i, mention in enumerate(mentions):
        if mention.kind is Kind.ACRONYM:
            # "Bà Rịa–Vũng Tàu (abbreviated BRVT)": a short form of the place named with its unit.
            bare += [
                (i, exact_key(form)) for form in (mention.vi, mention.en) if form and not _unit_name(form)[1]
            ]
            continue
        if mention.kind is not Kind.PLACE:
            continue
        for form in (mention.vi, mention.en):
            if not form:
                continue
            name, unit = _unit_name(form)
            if unit:
                units[name].add(unit)
                owners.setdefault((name, unit in ADMIN_UNITS), i)
                owners.setdefault((name, unit), i)
            else:
                bare.append((i, exact_key(form)))
                if " " not in form and is_english_word(form):
                    english.add(exact_key(form))
                if gazetteer.lookup(form):
                    units_known.add(exact_key(form))
    # What a page's lead calls its subject ("Sa Pa ... is a town"), for the bare names of the same
    # concept: read before any join below moves the concepts' roots.
    said = _described(mentions, uf)
    saids = [said.get(uf.find(i)) for i, _ in bare] if said else [None] * len(bare)
    for (i, key), kinds in zip(bare, saids, strict=True):
        found = units.get(key, set())
        if kinds:
            # The subject is what its lead calls it: a unit of another kind that bears its name is
            # another place ("located in Sa Pa ward", "hills located in Ngũ Hành Sơn District").
            same = [u for u in found if _place_class(u) in kinds]
            if len(same) == 1:
                uf.union(owners[(key, same[0])], i)
            continue
        # One administrative unit carries the name ("Côn Đảo islands" does not make "đặc khu Côn
        # Đảo" another place), else one natural feature.
        admin = {u for u in found if u in ADMIN_UNITS}
        if len(admin) == 1:
            uf.union(owners[(key, True)], i)
        elif (
            not admin
            and len(found) == 1
            and key not in units_known
            and "delta" not in found  # named after its river: "Mekong" beside "Mekong Delta"
            and (key not in english or "region" in found)
        ):
            uf.union(owners[(key, False)], i)


# Settlements a page may call by any of these words ("Hội An is a city ... Hội An town").
_SETTLEMENTS = frozenset({"city", "town", "township"})


def _place_class(noun: str) -> str:
    """The kind of place a noun names, in one form: "hills" = "hill", "city" = "town"."""
    if noun.endswith("s") and noun[:-1] in PLACE_NOUNS:
        noun = noun[:-1]
    return "town" if noun in _SETTLEMENTS else noun


def _described(mentions: list[Mention], uf: _UnionFind) -> dict[int, set[str]]:
    """The kinds of place a lead calls its subject (lead.DESCRIBED_AS flags), by concept root."""
    out: dict[int, set[str]] = defaultdict(set)
    for i, mention in enumerate(mentions):
        if mention.flags:
            for flag in mention.flags:
                if flag.startswith(DESCRIBED_AS):
                    out[uf.find(i)].add(_place_class(flag[len(DESCRIBED_AS) :]))
    return out


def _join_headed_organisations(mentions: list[Mention], uf: _UnionFind) -> None:
    """Join an organisation named without a head word ("Việt Minh", a name of two words or more)
    to the same name with one at its end ("Việt Minh Front"): the head names what it is. A name
    that has a head already is another body with one more ("National Assembly Office")."""
    bare: dict[str, int] = {}
    headed: list[tuple[int, str]] = []
    for i, mention in enumerate(mentions):
        if mention.kind is not Kind.ORGANISATION:
            continue
        for form in (mention.vi, mention.en):
            words = form.split() if form else []
            if len(words) < 2 or any(head_of(w) for w in words[:-1]):
                continue
            if head_of(words[-1]) == "org":
                if len(words) > 2:
                    headed.append((i, exact_key(" ".join(words[:-1]))))
            else:
                bare.setdefault(exact_key(form), i)
    for i, key in headed:
        if key in bare:
            uf.union(bare[key], i)


def cluster(mentions: list[Mention], caps: dict[str, int] | None = None) -> list[Entry]:
    """Group mentions into concepts and build one candidate Entry for each."""
    return cluster_tallies(tally(mentions), caps)


def _marked_term_keys(mention: Mention, mention_keys: set[str]) -> tuple[set[str], tuple[str, ...]]:
    """A term's keys when its Vietnamese side is written with its marks: the Vietnamese key keeps
    the tones ("Tý" the Rat is not "Tỵ" the Snake), and the English key is the pair's own ("Mèo =
    cat" is not "Mão = Cat"). The plain keys are returned apart: they join only a mention that the
    plain key is all there is of (the word without marks, an English side alone)."""
    vi = mention.vi
    own = "=" + exact_key(vi)
    english = keys(mention.en) if mention.en else frozenset()
    out = set()
    for key in mention_keys:
        if key == own:
            out.add(own + "#" + tone_key(vi.lower()).replace(" ", ""))
        elif key in english:
            out.add(key + "@" + own)
        else:
            out.add(key)
    return out, (own, *english)


def _renders(en: str) -> bool:
    """Whether a gloss's English side renders words ("Lord of Lam Son", "Nguyen the Patriot": a
    word in lower case or an English word) rather than spelling a name another way ("Li Yuanji")."""
    words = en.split()
    return any(not w[:1].isupper() or is_english_word(w) for w in words)


# What says a rendering is word for word: "lit." or "literally" just before it ("Thăng Long" (lit.
# "Rising Dragon", ...)), a quotation mark or a colon between.
_LITERAL_CUE = re.compile(r"\b(?:lit\.|literally)[ :]*[\"“‘'«]?$")


def _word_rendering(en: str, contexts: Iterable[str]) -> bool:
    """Whether a pair's English side is plainly a rendering of words and no place's or body's
    English name: in lower case ("five elements mountains"), a head word alone, which says what
    kind of thing is named but not which ("Đảng" (the Party)), or what the text calls literal ('lit.
    "Rising Dragon"', read in the sentences clustering keeps). A place's or a body's English name
    often renders words too ("Perfume River", "National Founding"), so anything else may still be
    the thing's name."""
    words = en.split()
    if all(w.islower() for w in words):
        return True
    if len(words) == 1 and head_of(en) in ("org", "place"):
        return True
    for context in contexts:
        at = context.find(en)
        while at > 0:
            if _LITERAL_CUE.search(context, max(0, at - 14), at):
                return True
            at = context.find(en, at + 1)
    return False


def _alias_keys(mentions: list[Mention]) -> set[str]:
    """The keys of the other names a place or a body is given beside its own ("When founded the
    temple was named Khai Quoc", "also recognized as the Vietnamese Army"): a rendering of such a
    name ("Khai Quoc (National Founding)") renders the alias, not the thing's own name, so it is a
    term pair beside the thing's entry (docs/gold-rules.md §10.8). A name the text also defines as
    a place's or a body's own (glossed, or expanding an acronym: "Vietnam People's Army (VPA;
    Vietnamese: ...)") is no alias, whatever a later sentence puts beside it."""
    aliases: set[str] = set()
    own: set[str] = set()
    for mention in mentions:
        if _GROUP[mention.kind] not in ("place", "org"):
            continue
        if mention.abbr or (mention.en and mention.vi):
            own.update(key for form in (mention.en, mention.vi) if form for key in keys(form))
        forms = [form for form, kind in mention.variants if kind is VariantType.OTHER]
        if forms:
            named = {key for form in (mention.en, mention.vi) if form for key in keys(form)}
            aliases.update(key for form in forms for key in keys(form) if key not in named)
    return aliases - own


def _split_alias_renderings(ordered: list[Tally], aliases: set[str]) -> tuple[list[Tally], set[int]]:
    """A pair that gives an alias with its rendering ("the Vietnamese Army (Vietnamese: Quân đội
    Việt Nam, lit. 'Military of Vietnam')") is two things: the alias, which joins the thing's
    entry, and the rendering of its Vietnamese words, a term pair apart (§10.8). The rendering of
    a thing's own name stays a gloss variant of it (§10.6). Returned with the positions of the
    renderings: they join only through their English side, their Vietnamese side being the
    alias's."""
    out: list[Tally] = []
    renderings: set[int] = set()
    for t in ordered:
        mention = t.mention
        glosses = [form for form, kind in mention.variants if kind is VariantType.GLOSS]
        if not (
            glosses
            and _GROUP[mention.kind] == "term"
            and mention.en
            and mention.vi
            and any(not keys(form).isdisjoint(aliases) for form in (mention.en, mention.vi))
        ):
            out.append(t)
            continue
        kept = [v for v in mention.variants if v[1] is not VariantType.GLOSS]
        out.append(_copy_tally(t, replace(mention, variants=kept)))
        for form in glosses:
            renderings.add(len(out))
            out.append(_copy_tally(t, replace(mention, en=form, variants=[])))
    return out, renderings


def _copy_tally(t: Tally, mention: Mention) -> Tally:
    return Tally(mention, t.first, t.weight, t.count, list(t.sources), list(t.contexts))


def _renders_alias(vi: str, aliases: set[str]) -> bool:
    """Whether a pair's Vietnamese side is another name a place or a body is given (_alias_keys)."""
    return not keys(vi).isdisjoint(aliases)


def _office(en: str) -> bool:
    """Whether an English form is a run of capitalised words ending with a person's title ("Communist
    Party General Secretary"); "League for the King" names a body that serves one."""
    words = en.split()
    return all(w[:1].isupper() for w in words) and is_title(words[-1]) and head_of(words[-1]) is None


def cluster_tallies(tallies: Tallies, caps: dict[str, int] | None = None) -> list[Entry]:
    """Group tallied mentions into concepts and build one candidate Entry for each."""
    caps = caps or {}
    ordered = tallies.ordered()
    aliases = _alias_keys([t.mention for t in ordered])
    renderings: set[int] = set()
    if aliases:
        ordered, renderings = _split_alias_renderings(ordered, aliases)
    mentions = [t.mention for t in ordered]
    uf = _UnionFind(len(mentions))
    owner: dict[tuple[str, str], int] = {}
    term_keys: list[tuple[int, set[str]]] = []
    weak: list[tuple[int, tuple[str, ...]]] = []
    toned: dict[str, list[int]] = defaultdict(list)  # plain Vietnamese key -> marked mentions
    for i, mention in enumerate(mentions):
        group = _GROUP[mention.kind]
        mention_keys = (
            _mention_keys(mention, (c for _, c in ordered[i].contexts))
            if i not in renderings
            else set(keys(mention.en))
        )
        # A hashtag ("#HaLongBay") is written for a feed, not as the name: it joins no name.
        if group == "term" and mention.origin != "hashtag":
            term_keys.append((i, mention_keys))
            if mention.vi and has_vi_letters(mention.vi) and i not in renderings:
                mention_keys, weak_keys = _marked_term_keys(mention, mention_keys)
                weak.append((i, weak_keys))
                toned[weak_keys[0]].append(i)
        for key in mention_keys:
            slot = (group, key)
            if slot in owner:
                uf.union(owner[slot], i)
            else:
                owner[slot] = i
    # A marked term still joins the same word written without marks or an English side alone.
    for i, weak_keys in weak:
        for key in weak_keys:
            if ("term", key) in owner:
                uf.union(owner[("term", key)], i)
        # A word left untranslated with other marks than the glossed one ("les phù et les huyên" in
        # a French quote beside "phủ (prefectures)") is that word when no mention has its own marks.
        others = [j for j in toned[weak_keys[0]] if j != i]
        if others and not mentions[i].en and not any(uf.find(j) == uf.find(i) for j in others):
            uf.union(others[0], i)
    # A gloss whose English side is a name joins that name ("Imperial Citadel of Thang Long"). A
    # pair whose English side renders the words of a name is joined only through that English side:
    # its Vietnamese side, also a person's, a place's or a body's own name ("nickname Lam Sơn động
    # chủ (Lord of Lam Son)", "Ngũ Hành Sơn ('five elements mountains')", "Thăng Long (Rising
    # Dragon)"), is held by both, the pair staying a term beside the thing's own entry (docs/gold-
    # rules.md §10.8). A place's or a body's English name often renders words too ("Perfume River"),
    # so for them only a plain rendering is kept apart (_word_rendering).
    for i, mention_keys in term_keys:
        mention = mentions[i]
        pair = bool(mention.en and mention.vi)
        # Worked out only when a key matches: the keys a rendering joins through, by group kind.
        through: dict[bool, set[str] | frozenset[str]] = {}
        office: bool | None = None
        for key in mention_keys:
            for group in ("place", "org", "person"):
                slot = (group, key)
                if slot not in owner:
                    continue
                if pair:
                    person = group == "person"
                    if not person:
                        # "Nguyễn Phú Trọng, the Communist Party General Secretary": an English side
                        # that is an office is never a body's or a place's name, whatever a reader
                        # took it for.
                        if office is None:
                            office = _office(mention.en)
                        if office:
                            continue
                    if person not in through:
                        rendering = _renders(mention.en) and (
                            person
                            or _word_rendering(mention.en, (c for _, c in ordered[i].contexts))
                            or _renders_alias(mention.vi, aliases)
                        )
                        through[person] = keys(mention.en) if rendering else mention_keys
                    if key not in through[person]:
                        continue
                uf.union(owner[slot], i)
    # A place's defined short form ("Bà Rịa–Vũng Tàu (abbreviated BRVT)") joins the place.
    for i, mention in enumerate(mentions):
        if mention.kind is Kind.ACRONYM:
            for key in _mention_keys(mention):
                if ("place", key) in owner:
                    uf.union(owner[("place", key)], i)
    _join_bare_places(mentions, uf)
    _join_headed_organisations(mentions, uf)
    groups: dict[int, list[Tally]] = defaultdict(list)
    for i, t in enumerate(ordered):
        groups[uf.find(i)].append(t)
    entries = [_build(members, caps) for _, members in sorted(groups.items())]
    return [e for e in entries if e.en or e.vi]
