"""The miner's three target measures: gloss pairs, name-variant links and acronyms, with recall per
gold pattern (the cue docs/gold-rules.md records for each gold entry).

- A gloss pair is a Vietnamese form and its English rendering, compared in lower case like the
  links' forms (below). Gold pairs are the entries with a
  gloss pattern (or, in gold without patterns, the terms) holding both; a mined entry claims one when
  it has both a vi and an en. A claim is right when both forms belong to one
  gold pair entry; one whose forms belong to a gold entry that is not a pair (a name's two spellings
  labelled as variants) or that uses a gazetteer form the page does not write is not counted.
- A name-variant link is two forms of one person, place or organisation (or an acronym's long forms
  and abbreviations, not its defined short form). Titled full names and bare given names are not
  counted (variant types title, short and title-short, in gold and in mined entries), nor two forms
  that differ only in capitals: such forms are one form (docs/gold-rules.md §9.2, the labeller
  writes one of them), so forms are compared in lower case ("Đồng Nai Province" is the labelled
  "Đồng Nai province").
- An acronym is a short form with the long form the page defines for it: right when the short form
  and one long form match a gold acronym's.

Besides the three, `variant entries` counts the links per name rather than per pair of forms, because
one gold entry with eight forms weighs 28 links and can outweigh twenty names of two forms: a gold name
entry with at least one counted link is found when every one of its links is found, and a mined name
entry is false when one of its links belongs to no gold entry (variant_entries). It is reported beside
the target measures, not instead of one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from glossary.model import Entry, VariantType

from .evaluate import GoldEntry, norm_form
from .lexicon import is_title

GLOSS_PATTERNS = frozenset(
    "paren-vi-en paren-en-vi label meaning known-as or appositive dash infobox".split()
)
_NAME_KINDS = frozenset({"person", "place", "organisation", "acronym"})
_UNCOUNTED_GOLD_TYPES = frozenset({"title", "short", "title-short"})
_UNCOUNTED_MINED_TYPES = frozenset({VariantType.TITLE, VariantType.SHORT})


@dataclass
class Measure:
    """Counts for one measure, with gold items and found ones per pattern."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    patterns: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def add_measures(total: dict[str, Measure], part: dict[str, Measure], page: str = "") -> None:
    """Add one page's measures to the totals."""
    for name, m in part.items():
        into = total.setdefault(name, Measure())
        into.tp += m.tp
        into.fp += m.fp
        into.fn += m.fn
        into.patterns.update(m.patterns)
        into.found.update(m.found)
        into.missed += [f"{x}  ({page})" if page else x for x in m.missed]
        into.spurious += [f"{x}  ({page})" if page else x for x in m.spurious]


def _pattern(g: GoldEntry) -> str:
    return g.pattern or "(none)"


def _lower(forms: Iterable[str]) -> set[str]:
    return {f.lower() for f in forms}


def _is_pair(g: GoldEntry) -> bool:
    if not g.vi or not g.en:
        return False
    if g.pattern:
        return g.pattern in GLOSS_PATTERNS
    return g.kind == "term"


def gloss_pairs(gold: list[GoldEntry], mined: list[Entry]) -> Measure:
    m = Measure()
    pairs = [i for i, g in enumerate(gold) if _is_pair(g)]
    for i in pairs:
        m.patterns[_pattern(gold[i])] += 1
    found: set[int] = set()
    # Forms that differ only in capitals are one form (gold rules §9.2: the labeller writes one of
    # them, "tea" for a page's "Tea" at a sentence start), as in the link measure.
    forms = [_lower(g.forms) for g in gold]
    gazetteers = [_lower(g.gazetteer) for g in gold]
    for entry in mined:
        vi, en = norm_form(entry.vi).lower(), norm_form(entry.en).lower()
        if not vi or not en:
            continue
        holders = [i for i in range(len(gold)) if (vi in forms[i] or vi in gazetteers[i]) and en in forms[i]]
        hit = next((i for i in holders if i in pairs and i not in found), None)
        if hit is not None:
            found.add(hit)
            m.tp += 1
            m.found[_pattern(gold[hit])] += 1
        elif holders or any(vi in g for g in gazetteers):
            continue  # a name's two forms labelled as variants, a pair found twice, a gazetteer form
        else:
            m.fp += 1
            m.spurious.append(f"{vi} = {en}")
    for i in pairs:
        if i not in found:
            m.fn += 1
            m.missed.append(f"{gold[i].vi} = {gold[i].en} [{_pattern(gold[i])}]")
    return m


def _gold_types(g: GoldEntry) -> dict[str, str]:
    """The gold entry's variant types; gold written before types were recorded gets them inferred
    for what the links leave out: a form opening with a title word, and a one-word form that ends
    a longer one (a given name, a family name alone)."""
    if g.variant_types or g.kind != "person":
        return g.variant_types
    types: dict[str, str] = {}
    for form in g.forms:
        words = form.split()
        if len(words) > 1 and is_title(words[0]):
            types[form] = "title"
        elif len(words) == 1 and any(len(o.split()) > 1 and o.split()[-1] == form for o in g.forms):
            types[form] = "short"
    return types


def _gold_link_forms(g: GoldEntry) -> set[str]:
    types = _gold_types(g)
    forms = {f for f in g.forms if types.get(f) not in _UNCOUNTED_GOLD_TYPES}
    if g.kind == "acronym" and g.abbr:
        forms.discard(g.abbr)
    return {f.lower() for f in forms}


def _mined_link_forms(entry: Entry) -> set[str]:
    forms = {norm_form(f) for f in (entry.vi, entry.en) if f}
    forms |= {norm_form(v.form) for v in entry.variants if v.type not in _UNCOUNTED_MINED_TYPES}
    return {f.lower() for f in forms} - {""}


def _pairs(forms: Iterable[str]) -> list[frozenset[str]]:
    # A list in the forms' order, not a set: a set of frozensets iterates in string-hash order, which
    # changes from run to run, and the missed and false links are reported in this order.
    return [frozenset(p) for p in combinations(sorted(set(forms)), 2)]


def variant_links(gold: list[GoldEntry], mined: list[Entry]) -> Measure:
    m = Measure()
    owner: dict[frozenset[str], GoldEntry] = {}
    for g in gold:
        if g.kind in _NAME_KINDS:
            for pair in _pairs(_gold_link_forms(g)):
                owner.setdefault(pair, g)
    uncounted = {f.lower() for g in gold for f in g.gazetteer} | {
        f.lower() for g in gold for f, t in _gold_types(g).items() if t in _UNCOUNTED_GOLD_TYPES
    }
    for g in owner.values():
        m.patterns[_pattern(g)] += 1
    claimed: set[frozenset[str]] = set()
    for entry in mined:
        if entry.kind.value not in _NAME_KINDS:
            continue
        for pair in _pairs(_mined_link_forms(entry)):
            if pair in claimed or pair & uncounted:
                continue  # counted already, or a form the gold leaves out
            claimed.add(pair)
            g = owner.get(pair)
            if g is not None:
                m.tp += 1
                m.found[_pattern(g)] += 1
            else:
                m.fp += 1
                m.spurious.append(" / ".join(sorted(pair)))
    for pair, g in owner.items():
        if pair not in claimed:
            m.fn += 1
            m.missed.append(" / ".join(sorted(pair)) + f" [{_pattern(g)}]")
    return m


def variant_entries(gold: list[GoldEntry], mined: list[Entry]) -> Measure:
    """Name-variant links counted per entry. A gold name entry is found (tp) when every one of its
    links is found, missed (fn) otherwise; a mined name entry with a link no gold entry holds is one
    false entry (fp). A right mined entry counts through the gold entry it finds, so two mined
    entries that split one gold entry cost recall, not precision. The forms counted are the links
    measure's (variant_links)."""
    m = Measure()
    owned: set[frozenset[str]] = set()
    gold_pairs: list[tuple[GoldEntry, list[frozenset[str]]]] = []
    for g in gold:
        if g.kind in _NAME_KINDS and (pairs := _pairs(_gold_link_forms(g))):
            gold_pairs.append((g, pairs))
            owned.update(pairs)
    uncounted = {f.lower() for g in gold for f in g.gazetteer} | {
        f.lower() for g in gold for f, t in _gold_types(g).items() if t in _UNCOUNTED_GOLD_TYPES
    }
    linked: set[frozenset[str]] = set()
    for entry in mined:
        if entry.kind.value not in _NAME_KINDS:
            continue
        pairs = [p for p in _pairs(_mined_link_forms(entry)) if not p & uncounted]
        if not pairs:
            continue
        linked.update(pairs)
        if any(p not in owned for p in pairs):
            m.fp += 1
            m.spurious.append(" / ".join(sorted(set().union(*pairs))))
    for g, pairs in gold_pairs:
        m.patterns[_pattern(g)] += 1
        if all(p in linked for p in pairs):
            m.tp += 1
            m.found[_pattern(g)] += 1
        else:
            m.fn += 1
            m.missed.append(" / ".join(sorted(_gold_link_forms(g))) + f" [{_pattern(g)}]")
    return m


def _short_forms(g: GoldEntry) -> set[str]:
    """A gold acronym's short forms: its abbr and the variants typed as abbreviations ("BCA" for
    the Vietnamese name of the ministry whose abbr is "MPS")."""
    return {g.abbr} | {f for f, t in g.variant_types.items() if t == "abbreviation"}


def acronyms(gold: list[GoldEntry], mined: list[Entry]) -> Measure:
    m = Measure()
    wanted = [i for i, g in enumerate(gold) if g.abbr and g.forms - {g.abbr}]
    for i in wanted:
        m.patterns[_pattern(gold[i])] += 1
    found: set[int] = set()
    for entry in mined:
        if not entry.abbr:
            continue
        abbr = norm_form(entry.abbr)
        longs = {norm_form(f) for f in (entry.vi, entry.en) if f}
        matches = [
            i
            for i in wanted
            if abbr in _short_forms(gold[i]) and longs & (gold[i].forms - _short_forms(gold[i]))
        ]
        hit = next((i for i in matches if i not in found), None)
        if hit is None and matches:
            continue  # another short form of an acronym already found: one concept, two definitions
        if hit is None:
            m.fp += 1
            m.spurious.append(f"{abbr} = {' / '.join(sorted(longs))}")
            continue
        found.add(hit)
        m.tp += 1
        m.found[_pattern(gold[hit])] += 1
    for i in wanted:
        if i not in found:
            m.fn += 1
            m.missed.append(f"{gold[i].abbr} = {gold[i].en or gold[i].vi} [{_pattern(gold[i])}]")
    return m


def measure_all(gold: list[GoldEntry], mined: list[Entry]) -> dict[str, Measure]:
    """The three measures, by name."""
    return {
        "gloss pairs": gloss_pairs(gold, mined),
        "variant links": variant_links(gold, mined),
        "acronyms": acronyms(gold, mined),
        "variant entries": variant_entries(gold, mined),
    }


def measure_lines(measures: dict[str, Measure]) -> list[str]:
    """The measures as a table for people, then recall per gold pattern."""
    lines = [f"{'measure':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name, m in measures.items():
        p, r, f = m.prf
        lines.append(f"{name:<15}{p:7.3f}{r:7.3f}{f:7.3f}{m.tp:5}{m.fp:5}{m.fn:5}")
    lines.append(f"{'pattern':<28}{'gold':>5}{'found':>6}{'R':>7}")
    for name, m in measures.items():
        for pattern in sorted(m.patterns):
            n, k = m.patterns[pattern], m.found[pattern]
            lines.append(f"{name + ': ' + pattern:<28}{n:5}{k:6}{k / n if n else 1.0:7.3f}")
    return lines


def measures_json(measures: dict[str, Measure]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, m in measures.items():
        p, r, f = m.prf
        out[name] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": m.tp,
            "fp": m.fp,
            "fn": m.fn,
            "patterns": {
                k: {"gold": n, "found": m.found[k], "recall": round(m.found[k] / n, 4) if n else 1.0}
                for k, n in sorted(m.patterns.items())
            },
            "missed": m.missed,
            "spurious": m.spurious,
        }
    return out


__all__ = ["GLOSS_PATTERNS", "Measure", "add_measures", "measure_all", "measure_lines", "measures_json"]
