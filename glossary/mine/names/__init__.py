"""Name extractor: capitalised spans that name people, places and organisations, with their titles.

spans.py cuts the text's capitalised runs into name spans; rules.py classifies each span by named
rules that ask a Context (context.py) about its surroundings; plans.py keeps what the rules decided
per distinct piece and context in a NameCache, so a recurring piece is replayed, not re-classified;
record.py turns plans into mentions and decides short forms once the text is read.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from glossary.model import Kind

from ..documents import Document
from ..keys import exact_key
from ..mentions import Mention
from .context import Context, still_holds
from .plans import NameCache, Op, Piece, Plan
from .record import Recorder
from .rules import Planner, classify
from .spans import Runs, Span
from .words import Token, head_kind

__all__ = ["NameCache", "clear_caches", "drop_explained", "extract_names", "name_spans"]

# The cache of the texts one process mines, unless the caller passes its own.
SHARED = NameCache()


def clear_caches() -> None:
    """Forget the runs and plans of earlier texts (a fresh process starts this way)."""
    SHARED.clear()


def _plan(piece: Piece, base: int, recorder: Recorder, cache: NameCache) -> tuple[Op, ...]:
    """The operations for a piece starting at base: a recorded plan whose questions still get the
    same answers here, or a new one."""
    plans = cache.plans.setdefault(piece.id, [])
    for plan in plans:
        if still_holds(plan.asked, recorder, base):
            return plan.ops
    context = Context(recorder, base)
    planner = Planner(piece.text, context, piece.sentence_start)
    classify(planner, [Token(t, a, b) for t, a, b in piece.tokens])
    plan = Plan(tuple(context.asked), tuple(planner.ops))
    plans.append(plan)
    return plan.ops


def extract_names(
    doc: Document, cache: NameCache | None = None, known: Mapping[str, Kind] | None = None
) -> list[Mention]:
    """Every person, place and organisation named in a document.

    known gives the kind of names other extractors found in the document, by matching key (a
    gloss's organisation "Việt Minh"): a name no rule placed that has one of these keys is that.
    """
    cache = SHARED if cache is None else cache
    cache.trim()
    runs = Runs(doc.text, cache)
    recorder = Recorder(doc, runs.lower_words, known or {})
    for start, pieces in runs:
        for piece in pieces:
            base = start + piece.offset
            for op in _plan(piece, base, recorder, cache):
                recorder.execute(op, base)
    return recorder.finish(runs.in_headline)


def known_names(mentions: list[Mention]) -> dict[str, Kind]:
    """The kinds of the names glosses and acronyms give, by matching key, for extract_names."""
    out: dict[str, Kind] = {}
    for mention in mentions:
        forms = [f for f in (mention.vi, mention.en) if f]
        if mention.kind in (Kind.PLACE, Kind.ORGANISATION, Kind.PERSON):
            kind = mention.kind
        elif mention.kind is Kind.ACRONYM or any(head_kind(f) == "org" for f in forms):
            kind = Kind.ORGANISATION
        else:
            continue
        for form in forms:
            out.setdefault(exact_key(form), kind)
    return out


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


def _enclosing(
    spans: list[tuple[int, int, Mention]], starts: list[int], start: int, end: int
) -> Mention | None:
    """The mention among spans (sorted by start) whose range holds start..end, if any. Such
    ranges rarely nest: the few starting last before start are enough to look at."""
    i = bisect.bisect_right(starts, start) - 1
    for span_start, span_end, mention in reversed(spans[max(0, i - 2) : i + 1]):
        if span_start <= start and end <= span_end:
            return mention
    return None


def drop_explained(names: list[Mention], glosses: list[Mention], acronyms: list[Mention]) -> list[Mention]:
    """The names less those another extractor explains better.

    A name that is only part of a glossed Vietnamese phrase ("Bến Thành" in "Ben Thanh Market (chợ
    Bến Thành)") or of an acronym's long form ("Vietnam National University" in "Vietnam National
    University, Ho Chi Minh City (VNU-HCM)") is not a concept of its own. An organisation's name that
    ends with an acronym's long form ("HCM City Management Authority for Urban Railways (MAUR)") is
    a longer form of that acronym and gets its short form.
    """
    if not glosses and not acronyms:
        return names
    gloss_spans = sorted(((g.start, g.end, g) for g in glosses if g.vi), key=lambda s: s[:2])
    gloss_starts = [start for start, _, _ in gloss_spans]
    acro_spans = sorted(((a.start, a.end, a) for a in acronyms if a.en), key=lambda s: s[:2])
    acro_starts = [start for start, _, _ in acro_spans]
    kept = []
    for name in names:
        if name.vi:
            gloss = _enclosing(gloss_spans, gloss_starts, name.start, name.end)
            if gloss is not None and name.vi != gloss.vi and name.vi in gloss.vi:
                continue
        if acro_spans and name.kind is Kind.ORGANISATION and name.en:
            acronym = _enclosing(acro_spans, acro_starts, name.start, name.end)
            if acronym is not None and name.en != acronym.en and name.en in acronym.en:
                continue
            acronym = _enclosing(acro_spans, acro_starts, name.end - 1, name.end)
            if acronym is not None and name.start < acronym.start and name.en.endswith(" " + acronym.en):
                name.abbr = acronym.abbr
        kept.append(name)
    return kept
