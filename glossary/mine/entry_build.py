"""One candidate Entry from a cluster's tallies: its kind, its preferred forms (the commonest as
written, Vietnamese with diacritics first), typed variants, sources, confidence, and a place's
abbreviations and gazetteer forms."""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable

from glossary.model import Entry, Kind, Source, VariantType
from glossary.review_queue import suggest_gazetteer_form
from glossary.text import fold, is_syllable, tone_key
from glossary.vietnamese import has_vi_letters

from . import gazetteer
from .acronyms import VI_INITIALS
from .body_glosses import names_a_body
from .cue_grammar import MEANING_CUED
from .form_duplicates import foreign_spellings, inflections
from .keys import exact_key, order_key
from .lead import DESCRIBED_AS
from .lexicon import ADMIN_UNITS, UNLISTED_UNITS
from .mentions import Mention
from .name_chains import INSIDE
from .place_heads import (
    named_by_craft,
    renders_generic_name,
    renders_modifier_only,
    renders_side_region,
    without_unit,
)
from .tally import MAX_CONTEXTS, MAX_SOURCES, Tally, first_distinct
from .titled_persons import LINE_TITLE, names_titled_person

UNVERIFIED = "unverified"

_KIND_RANK = [Kind.ACRONYM, Kind.PERSON, Kind.PLACE, Kind.ORGANISATION, Kind.TERM, Kind.OTHER]


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


def _glossed_dynasty(mention: Mention) -> bool:
    en = mention.en
    return (
        mention.kind is Kind.TERM
        and bool(mention.vi)
        and en[-7:].lower() == "dynasty"
        and (len(en) == 7 or en[-8] == " ")
    )


def _spelling_only(vi: str, en: str, tallies: list[Tally], *, one_page: bool = False) -> bool:
    """Whether a place's picked English is only the Vietnamese name's own spelling without its
    marks or spaces ("Việt Nam" and "Vietnam", "Hà Nội" and "Hanoi") and the page never writes the
    two on one line or the next: clustering joined a bare name (a title's, a source line's) to its
    English spelling, which is a variant, never a gloss pair (gold rules §9.7). A cue that ties
    them ("Ha Tinh (in Vietnamese, Hà Tĩnh)", "Hà Nội (Hanoi)") writes them side by side, and the
    gloss readers leave such a respelling to the name readers, so the line is what is left to
    tell. With one_page (a person's name), a page must also write both spellings: one page's
    "Lý Tự Trọng" title and "Ly Tu Trong" redirect line are one name's two spellings (§2: a
    variant is another spelling in the same page), while an English outlet that writes only "To
    Lam", mined beside another page's "Tô Lâm", gives the name's English as that outlet writes it."""
    key = exact_key(vi)
    if exact_key(en) != key:
        return False
    vi_lines: set[tuple[str, int]] = set()
    en_lines: set[tuple[str, int]] = set()
    for t in tallies:
        m = t.mention
        lines = {(path, line) for _, path, line in t.sources}
        if m.vi and m.en and exact_key(m.vi) == key and exact_key(m.en) == key:
            return False
        if m.vi and exact_key(m.vi) == key:
            vi_lines |= lines
        if m.en and exact_key(m.en) == key:
            en_lines |= lines
    if one_page and not {path for path, _ in vi_lines} & {path for path, _ in en_lines}:
        return False
    # An infobox's title over its native-name line: the next line counts as the same place.
    return not any((path, line + step) in en_lines for path, line in vi_lines for step in (-1, 0, 1))


def _other_name_only(vi: str, en: str, members: list[Mention]) -> bool:
    """Whether a reader gave a place's Vietnamese form only as another name of the English one
    ("the citadel of Thăng Long (present day Hanoi)": en "Hanoi", another name "Thăng Long") and
    no mention of the concept holds a rendering at all (a label or a gloss pairs the two sides): a
    former or other name is a variant of the place, never its gloss, so the English name stays the
    entry's and the other name its variant."""
    declared = any(m.en == en and (vi, VariantType.OTHER) in m.variants for m in members)
    return declared and not any(m.vi and m.en for m in members)


def _bare_english(en: str, en_forms: Counter[str]) -> str:
    """The place's English name without a unit or head word when the texts also write it bare
    ("Binh Dinh" over "Binh Dinh Region", whichever the texts write more): the head word is a
    variant's, the bare name the place's own."""
    if " " not in en:
        return en  # one word: no head word to drop
    bare = without_unit(en)
    return bare if bare != en and bare in en_forms else en


def _own_name_with_unit(vi: str, en: str) -> bool:
    """Whether en is the Vietnamese name vi (no unit word of its own) with only an English unit or
    head word after it ("Quy Nhơn" and "Quy Nhơn Province"): a variant, no rendering."""
    if not en.startswith(vi) or len(en) <= len(vi) + 1 or en[len(vi)] != " ":
        return False  # the cheap test first: most English forms do not open with the name
    return not _has_generic(vi) and has_vi_letters(vi) and without_unit(en) == vi


def build_entry(tallies: list[Tally], caps: dict[str, int]) -> Entry:
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
    inflected = inflections(order)
    if foreign := foreign_spellings(order) | articled | inflected:
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
    elif kind is Kind.TERM and any(
        m.kind is Kind.TERM
        and m.vi
        and m.en
        and MEANING_CUED not in m.flags
        and (
            renders_modifier_only(m.vi, m.en)
            or renders_generic_name(m.vi, m.en)
            or renders_side_region(m.vi, m.en)
        )
        for m in members
    ):
        # "officially Great Cồ Việt (Đại Cồ Việt)", "North Tây Nguyên (Bắc Tây Nguyên)": a gloss
        # that renders only a state's or a region's size or side word gives the place's English
        # name (a state is a place, gold rules), though a gloss reader took it for a term. What a
        # cue says the name means ("Đại Việt, which means 'Great Việt'") stays a meaning (§10.8).
        # So does a gloss that renders only the generic word, on either side of the name ("Vạn-bú
        # Province (Vạn Bú tỉnh)", Hán order): the name is kept, the generic says what it is.
        # A region named by its side of the country in both languages ("the Northwest (Vùng Tây
        # Bắc)", "Northern Vietnam (Bắc Bộ)") is a place with no head word on either side.
        kind = Kind.PLACE
    elif kind is Kind.TERM and any(
        m.kind is Kind.TERM and m.vi and m.en and MEANING_CUED not in m.flags and names_a_body(m.en)
        for m in members
    ):
        # "Tự Lực văn đoàn ("Self-Strengthening Literary Group")", "Nhà xuất bản Tự Do (Liberal
        # Publishing House)": a gloss whose English is a body's proper name names the body.
        kind = Kind.ORGANISATION
    elif kind is Kind.TERM and any(
        m.kind is Kind.TERM
        and m.vi
        and m.en
        and MEANING_CUED not in m.flags
        and LINE_TITLE not in m.flags
        and names_titled_person(m.vi, m.en)
        for m in members
    ):
        # "Hoài Văn hầu (Marquis Hoài Văn)", "Thuấn (Emperor Shun)": a rank and a name in English,
        # the name kept as it is, name the person (gold rules §10.15), not a term; a line's title
        # ("King Hùng" where the text writes "the Hùng Kings") stays a term.
        kind = Kind.PERSON
    # An administrative unit (a "region" is none: "Bắc Trung Bộ region" leaves "Bắc Trung Bộ" its vi;
    # a village named by its craft, "Bat Trang pottery village", leaves "Bát Tràng" and "Bat Trang").
    unit_forms = {
        f
        for m in members
        if any(g.startswith("unit:") and g[5:] in ADMIN_UNITS for g in m.flags)
        for f in (m.vi, m.en)
        if f and not named_by_craft(f)
    }
    if kind is Kind.PLACE and unit_forms:
        # "Quang Ninh province" and "Quang Ninh": the form with the unit says what the place is.
        # A unit in English after a name with diacritics ("Bà Rịa–Vũng Tàu province") is English.
        en_forms += Counter({f: n for f, n in vi_forms.items() if f in unit_forms and not _has_generic(f)})
        vi_forms = Counter({f: n for f, n in vi_forms.items() if _has_generic(f)})
        en_forms = Counter({f: n for f, n in en_forms.items() if f in unit_forms}) or en_forms
    marked = Counter({f: n for f, n in vi_forms.items() if has_vi_letters(f)})
    vi = _pick(_not_shouted(marked or vi_forms), order)
    if kind is Kind.PLACE and vi:
        # "Quy Nhơn Province" beside "Quy Nhơn": the Vietnamese name with an English unit word
        # after it renders no word of the name; a real English form is the entry's, else none.
        en_forms = Counter({f: n for f, n in en_forms.items() if not _own_name_with_unit(vi, f)})
    en = _pick(_not_shouted(en_forms), order)
    if kind is Kind.PLACE and not unit_forms:
        en = _bare_english(en, en_forms)
    if kind is Kind.PLACE and vi and en and _spelling_only(vi, en, tallies):
        en = ""
    elif kind is Kind.PERSON and vi and en and _spelling_only(vi, en, tallies, one_page=True):
        en = ""
    if vi and en and en != vi and has_vi_letters(en) and exact_key(en) == exact_key(vi):
        # "Tây Sơn" and "Tây-Sơn" (blind14): a second spelling with the letters only Vietnamese
        # writes is a Vietnamese form, a variant, never the entry's English side (gold rules §9.7).
        en = ""
    if kind is Kind.PLACE and vi and en and _other_name_only(vi, en, members):
        vi = ""
    # A short form a lead's language parenthesis gives as the Vietnamese name's initials ("CAND" for
    # "Lực lượng Công an Nhân dân") yields to one of the English name ("VPPS").
    vi_only = {m.abbr for m in members if VI_INITIALS in m.flags}
    abbrs_en = Counter({a: n for a, n in abbrs.items() if a not in vi_only}) or abbrs
    abbr = _pick(Counter({a: n for a, n in abbrs_en.items() if not a.endswith("s")}) or abbrs_en, order)
    if kind is Kind.ACRONYM and en and abbr + "s" in abbrs:
        # "non-governmental organizations (NGOs)", then "A non-governmental organization (NGO)":
        # the entry keeps the singular short form, so the long form written with it; the other
        # number is no variant (gold rules §2, inflected forms).
        paired = next((m.en for m in members if m.abbr == abbr and m.en in inflected), None)
        if paired is not None:
            order.pop(en, None)
            en = paired
    entry = Entry(en=en, vi=vi, kind=kind, abbr=abbr)
    preferred = [vi, en]
    for form in sorted(order, key=order.__getitem__):
        if form in (vi, en, abbr):
            continue
        if form in abbrs:
            if form != abbr + "s":  # "NGOs" beside "NGO": an inflected form, no variant (§2)
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
        if (
            not flag.startswith(("unit:", DESCRIBED_AS, VI_INITIALS, MEANING_CUED))
            and flag not in entry.flags
        ):
            entry.flags.append(flag)
    return entry


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
        groups = [g.split() for g in re.split(r"\s*[–—-]\s*", without_unit(form)) if g.strip()]
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
