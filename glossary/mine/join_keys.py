"""The keys a mention joins others under in clustering: its forms' keys (keys.py), with the
names a form also stands for (a country's short name, a natural feature's, a body's)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary.model import Kind, VariantType
from glossary.text import tone_key

from . import gazetteer
from .keys import exact_key, generic_key, keys
from .lexicon import NATURAL_HEADS
from .mentions import Mention
from .state_names import bare_state

# Kinds that may share a concept: an organisation's full name is an acronym's long form; a gloss
# (term) may be the English name of a place.
GROUP = {
    Kind.PERSON: "person",
    Kind.PLACE: "place",
    Kind.ORGANISATION: "org",
    Kind.ACRONYM: "org",
    Kind.TERM: "term",
    Kind.OTHER: "term",
}
# Variant types that are not identity evidence: a title or a short form may be shared by two people.
_WEAK_TYPES = {VariantType.TITLE, VariantType.SHORT}


def _identity_forms(mention: Mention) -> list[str]:
    forms = [f for f in (mention.vi, mention.en) if f]
    forms += [form for form, vtype in mention.variants if vtype not in _WEAK_TYPES]
    return forms


def join_keys(mention: Mention, contexts: Iterable[str] = ()) -> set[str]:
    """The keys a mention joins others under; contexts are the sentences it was seen in (a
    country's official name joins its short name only where one of them writes both)."""
    out: set[str] = set()
    if mention.abbr:
        out.add("abbr:" + _abbr_key(mention.abbr))
    place_like = GROUP[mention.kind] in ("place", "term")
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
        if mention.kind is Kind.PLACE:
            # "the Kingdom of Champa", "Văn Lang kingdom": the state's name with its head word is
            # a form of the state its bare name names (gold rules §10.12, a unit variant).
            bare = bare_state(form)
            if bare:
                out.update(keys(bare))
        if mention.kind is Kind.PLACE and " of " in form:
            # "Socialist Republic of Vietnam" is Vietnam's official name (ISO 3166), one place,
            # when the page says so: "Vietnam, officially the Socialist Republic of Vietnam", or a
            # reader paired it (a box's field). A name alone in a heading or a date's aside ("1976
            # (Socialist Republic of Vietnam)") names the state, which the gold keeps apart from
            # the country's short name on such pages.
            short = gazetteer.short_name_of(form)
            if short and (mention.origin != "name" or _short_name_beside(form, short, contexts)):
                out.update(keys(short))
    if GROUP[mention.kind] == "org":
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


def _abbr_key(abbr: str) -> str:
    return abbr[:-1] if abbr.endswith("s") and abbr[:-1].isupper() else abbr


def marked_term_keys(mention: Mention, mention_keys: set[str]) -> tuple[set[str], tuple[str, ...]]:
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
