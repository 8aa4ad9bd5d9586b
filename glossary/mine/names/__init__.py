"""Name extractor: capitalised spans that name people, places and organisations, with their titles.

spans.py cuts the text's capitalised runs into name spans; rules.py classifies each span by named
rules that ask a Context (context.py) about its surroundings; plans.py keeps what the rules decided
per distinct piece and context in a NameCache, so a recurring piece is replayed, not re-classified;
record.py turns plans into mentions and decides short forms once the text is read.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping

import ahocorasick_rs

from glossary.model import Kind, VariantType
from glossary.vietnamese import is_english_word

from ..acronym_owners import owner_before
from ..documents import Document
from ..keys import exact_key, order_key
from ..lexicon import is_title, language_names
from ..mentions import Mention
from .context import Context, still_holds
from .plans import NameCache, Op, Piece, Plan
from .record import Known, Recorder
from .rules import Planner, classify
from .spans import Runs, Span
from .words import Token, fold, head_kind, head_of

__all__ = [
    "Known",
    "NameCache",
    "clear_caches",
    "drop_explained",
    "extract_names",
    "known_names",
    "name_spans",
]

# The cache of the texts one process mines, unless the caller passes its own.
SHARED = NameCache()

# The kinds tested for every mention of a text (known_names, drop_explained), as module constants:
# in Python 3.11 a member read from its Enum class (Kind.PLACE) goes through EnumType.__getattr__'s
# slow lookup, about five times the cost of reading a global. A tuple is searched by identity first,
# a set would call Enum.__hash__ in Python.
_TERM, _PLACE, _ORGANISATION, _PERSON, _ACRONYM = (
    Kind.TERM,
    Kind.PLACE,
    Kind.ORGANISATION,
    Kind.PERSON,
    Kind.ACRONYM,
)
_NAMED_KINDS = (Kind.PLACE, Kind.ORGANISATION, Kind.PERSON)
_OTHER_NAME = VariantType.OTHER


def clear_caches() -> None:
    """Forget the runs and plans of earlier texts (a fresh process starts this way)."""
    SHARED.clear()


def _plan(piece: Piece, base: int, recorder: Recorder, cache: NameCache) -> tuple[Op, ...]:
    """The operations for a piece starting at base: a recorded plan whose questions still get the
    same answers here, or a new one."""
    plans = cache.plans.setdefault(piece.id, [])
    for plan in plans:
        if not plan.asked or still_holds(plan.asked, recorder, base):
            return plan.ops
    return _new_plan(piece, base, recorder, plans)


def _new_plan(piece: Piece, base: int, recorder: Recorder, plans: list[Plan]) -> tuple[Op, ...]:
    """Classify a piece starting at base and keep the plan with the questions it asked."""
    context = Context(recorder, base)
    planner = Planner(piece.text, context, piece.sentence_start)
    classify(planner, [Token(t, a, b) for t, a, b in piece.tokens])
    plan = Plan(tuple(context.asked), tuple(planner.ops))
    plans.append(plan)
    return plan.ops


def extract_names(doc: Document, cache: NameCache | None = None, known: Known | None = None) -> list[Mention]:
    """Every person, place and organisation named in a document.

    known says what other extractors found in the document (known_names): the kind of the names
    they give, by matching key (a gloss's organisation "Việt Minh"), so a name no rule placed that
    has one of these keys is that; and the glossed terms a name opens ("Đông Hồ painting").
    """
    cache = SHARED if cache is None else cache
    cache.trim()
    runs = Runs(doc.text, cache, doc.lower)
    recorder = Recorder(doc, runs.lower_words, known or Known({}, {}))
    execute, all_plans, text = recorder.execute, cache.plans, doc.text
    for start, pieces in runs:
        for piece in pieces:
            base = start + piece.offset
            # _plan, with its commonest case inline: a plan whose questions get the same answers.
            plans = all_plans.get(piece.id)
            ops = None
            if plans is not None:
                for plan in plans:
                    for question, arg, answer, positional in plan.asked:
                        if (question(text, base + arg) if positional else question(recorder, arg)) != answer:
                            break
                    else:
                        ops = plan.ops
                        break
            if ops is None:
                ops = _plan(piece, base, recorder, cache)
            for op in ops:
                execute(op, base)
    return recorder.finish(runs.in_headline)


def written_phrases(text: str, mentions: list[Mention]) -> dict[str, list[int]]:
    """Where the text writes the Vietnamese phrase (two words or more) of each gloss or acronym
    among mentions, its own place included."""
    phrases = list({m.vi for m in mentions if " " in m.vi})
    written: dict[str, list[int]] = {phrase: [] for phrase in phrases}
    if phrases:
        # One pass of an automaton over the phrases instead of a scan of the whole text per phrase
        # (a text glosses a score of phrases); overlapping, so that every place of every phrase is
        # found, as str.find from each place + 1 finds them, in order.
        automaton = ahocorasick_rs.AhoCorasick(phrases, implementation=_PHRASE_AUTOMATON)
        for index, start, _ in automaton.find_matches_as_indexes(text, overlapping=True):
            written[phrases[index]].append(start)
    return written


# The kind of automaton the phrases get: built for each text, and the quickest to build and run for
# a score of patterns (round 15, measured against the DFA and the other NFA).
_PHRASE_AUTOMATON = ahocorasick_rs.Implementation.ContiguousNFA


def known_names(mentions: list[Mention]) -> Known:
    """What glosses, acronyms and other names say about names, for extract_names: the kinds of the names they
    give, by matching key; and for each name that opens a glossed term's English side ("Đông Hồ
    painting (Tranh Đông Hồ)"), the folded word after it there."""
    kinds: dict[str, Kind] = {}
    modifiers: dict[str, set[str]] = {}
    for mention in mentions:
        forms = [f for f in (mention.vi, mention.en) if f]
        # Another name a text gives ("Đại La (modern-day Hanoi)") names the same kind of thing.
        forms += [form for form, vtype in mention.variants if vtype is _OTHER_NAME]
        if mention.kind is _TERM and mention.en:
            words = mention.en.split()
            name = [w for w in itertools.takewhile(lambda w: w[:1].isupper(), words)]
            if name and len(words) > len(name) and words[len(name)][:1].islower():
                modifiers.setdefault(exact_key(" ".join(name)), set()).add(fold(words[len(name)]))
        if mention.kind in _NAMED_KINDS:
            kind = mention.kind
        elif mention.kind is _ACRONYM or any(head_kind(f) == "org" for f in forms):
            kind = _ORGANISATION
        else:
            continue
        for form in forms:
            kinds.setdefault(exact_key(form), kind)
            if kind is _ORGANISATION and form.count(" ") >= 2:
                # "Vietnam People's Public Security" is also "the People's Public Security of Vietnam".
                bag = order_key(form)
                if bag.count(" ") >= 2:
                    kinds.setdefault("~" + bag, kind)
    # A gloss of a name whose other side the text names as a place or an organisation
    # ("Fansipan (Vietnamese: Phan Xi Păng) is a mountain") names the same thing.
    for mention in mentions:
        if mention.kind is _TERM and mention.vi and mention.en and mention.en[:1].isupper():
            vi, en = exact_key(mention.vi), exact_key(mention.en)
            if en in kinds and kinds[en] is not _PERSON:
                kinds.setdefault(vi, kinds[en])
            elif vi in kinds and kinds[vi] is not _PERSON:
                kinds.setdefault(en, kinds[vi])
    return Known(kinds, {key: frozenset(words) for key, words in modifiers.items()})


def name_spans(doc: Document, cache: NameCache | None = None) -> list[Span]:
    """Every name span of a text, in order, with document offsets (for tests and debugging)."""
    runs = Runs(doc.text, NameCache() if cache is None else cache)
    return [
        Span(
            [Token(t, start + p.offset + a, start + p.offset + b) for t, a, b in p.tokens],
            p.sentence_start,
        )
        for start, pieces in runs
        for p in pieces
    ]


def _kind_told(gloss: Mention, name: Mention) -> bool:
    """Whether a gloss of the same words says what the name is better than the name's own rules:
    "Dinh Thống Nhất (Reunification Palace)" is a palace, whatever "Dinh" opening it suggests."""
    return gloss.kind in (Kind.PLACE, Kind.ORGANISATION) and gloss.kind is not name.kind


def _rendered_as_no_name(gloss: Mention, name: Mention) -> bool:
    """Whether a term's English rendering says that the capitalised Vietnamese it glosses is no
    body or place, whatever a word inside suggested to the name rules: a work or a title ("Tiến
    Quân Ca (Army March)", "Thần Đồng Cổ (bronze drum god)": an organisation's name ends with
    its head word), a dynasty (docs/gold-rules.md §9.14: "Nhà Hậu Lê (Later Lê dynasty)"), a
    place's name glossed in lower case, as a common phrase ("Trường Sơn, lit. long mountain")."""
    en = gloss.en
    if gloss.kind is not Kind.TERM or not en:
        return False
    if name.kind is Kind.PLACE:
        return en.islower()
    # The head of "League for the Independence of Vietnam" is "League".
    head = _OF_OR_FOR.split(en, maxsplit=1)[0].rsplit(None, 1)[-1]
    if name.kind is Kind.PERSON:
        # A title ("Nguyễn Vương (Prince of Nguyễn)") or a phrase of English words in title case
        # ("Võ Việt Nam (Vietnamese Martial Arts)"); not a person's description ("a Vietnamese
        # poet") nor a rendering that keeps a name ("Nguyen the Patriot").
        return is_title(head) or _english_title_case(en)
    if name.kind is not Kind.ORGANISATION:
        return False
    return fold(head) in _DYNASTY or head_of(head) not in ("org", "place")


def _english_title_case(phrase: str) -> bool:
    words = phrase.split()
    languages = language_names()
    return len(words) > 1 and all(
        (len(w) < 4 or w[0].isupper()) and (is_english_word(w) or w.lower() in languages) for w in words
    )


_OF_OR_FOR = re.compile(r" (?:of|for) ")
_DYNASTY = frozenset({"dynasty", "dynasties"})


# "Central Committee of the ...", "Office for ...": what comes before an acronym's long form names
# a body of that organisation, not the organisation.
_BODY_OF = re.compile(r"\b(?:of|for|of the|for the)\s*$")


def _enclosing(
    spans: list[tuple[int, int, Mention]], starts: list[int], start: int, end: int
) -> Mention | None:
    """The mention among spans (sorted by start) whose range holds start..end, if any. Such
    ranges rarely nest: the few starting last before start are enough to look at."""
    i = bisect.bisect_right(starts, start) - 1
    for span_start, span_end, mention in reversed(spans[i - 2 if i > 2 else 0 : i + 1]):
        if span_start <= start and end <= span_end:
            return mention
    return None


def drop_explained(
    names: list[Mention],
    glosses: list[Mention],
    acronyms: list[Mention],
    written: Mapping[str, list[int]] | None = None,
) -> list[Mention]:
    """The names less those another extractor explains better.

    A name that is only part of a glossed Vietnamese phrase ("Bến Thành" in "Ben Thanh Market (chợ
    Bến Thành)"), there or wherever the text writes that phrase again, or of an acronym's long form
    ("Vietnam National University" in "Vietnam National University, Ho Chi Minh City (VNU-HCM)") is
    not a concept of its own. An organisation's name that ends with an acronym's long form ("HCM
    City Management Authority for Urban Railways (MAUR)") is a longer form of that acronym and gets
    its short form, unless it is a body of that organisation ("Central Committee of the Communist
    Party of Vietnam (CPV)"). written gives where the text writes each glossed phrase
    (written_phrases).
    """
    if not glosses and not acronyms:
        return names
    gloss_spans = [(g.start, g.end, g) for g in glosses if g.vi]
    # Where the text writes a glossed phrase outside its glosses, once per phrase: once per gloss
    # was quadratic in a text glossing the same phrase again and again. Only a phrase of two words
    # or more, with a capital, can hold a name of its own.
    same_phrase: dict[str, list[Mention]] = {}
    for gloss in glosses:
        if written and gloss.vi in written and not gloss.vi.islower():
            same_phrase.setdefault(gloss.vi, []).append(gloss)
    for phrase, owners in same_phrase.items():
        # Each place outside one of the glosses (with two glosses, every place is outside one).
        first = owners[0]
        gloss_spans += [
            (at, at + len(phrase), first)
            for at in written[phrase]  # type: ignore[index]
            if len(owners) > 1 or not first.start <= at < first.end
        ]
    gloss_spans.sort(key=lambda s: s[:2])
    gloss_starts = [start for start, _, _ in gloss_spans]
    acro_spans = sorted(((a.start, a.end, a) for a in acronyms if a.en), key=lambda s: s[:2])
    acro_starts = [start for start, _, _ in acro_spans]
    kept = []
    for name in names:
        if name.vi:
            gloss = _enclosing(gloss_spans, gloss_starts, name.start, name.end)
            if (
                gloss is not None
                and name.vi in gloss.vi
                and (name.vi != gloss.vi or _kind_told(gloss, name) or _rendered_as_no_name(gloss, name))
            ):
                continue
        elif name.kind is not _PERSON and name.en and gloss_spans:
            gloss = _enclosing(gloss_spans, gloss_starts, name.start, name.end)
            if gloss is not None and name.en == gloss.vi and _rendered_as_no_name(gloss, name):
                continue
        if acro_spans and name.kind is _ORGANISATION and name.en:
            acronym = _enclosing(acro_spans, acro_starts, name.start, name.end)
            if acronym is not None and name.en != acronym.en and name.en in acronym.en:
                continue
            acronym = _enclosing(acro_spans, acro_starts, name.end - 1, name.end)
            if (
                acronym is not None
                and name.start < acronym.start
                and name.en.endswith(" " + acronym.en)
                and not _BODY_OF.search(name.en[: -len(acronym.en)])
            ):
                if owner_before(name.en[: -len(acronym.en)].strip()):
                    continue  # "USAF Strategic Air Command (SAC)": the owner and the acronym's name
                name.abbr = acronym.abbr
        kept.append(name)
    return kept
