"""Folding identical mentions (tally.py) must not change what clustering makes of them, however the
run is cut into parts and in whatever order the parts come back from the worker processes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.documents import read_document
from glossary.mine.pipeline import DocumentResult, PartResult, _finish, extract
from glossary.mine.tally import MAX_CONTEXTS, MAX_SOURCES, Tallies, signature
from glossary.model import Entry

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _results() -> list[DocumentResult]:
    # Each seed under eight names, so tallies span documents and places run past the limits.
    out = []
    for copy in "abcdefgh":
        for path in SEEDS:
            result = extract(read_document(path, f"{copy}/{path.name}"))
            for m in result.mentions:
                assert m.context is not None  # worked out now: folding lets go of the documents
            out.append(result)
    return out


def _snapshot(entries: list[Entry]) -> list[tuple]:
    """Everything mining decides about an entry."""
    return [
        (
            e.kind,
            e.vi,
            e.en,
            e.abbr,
            [(v.form, v.type) for v in e.variants],
            list(e.sources),
            list(e.contexts),
            e.frequency,
            e.confidence,
            list(e.flags),
        )
        for e in entries
    ]


def _part(results: list[DocumentResult], numbers: range | list[int]) -> PartResult:
    part = PartResult()
    for n in numbers:
        part.add(n, results[n])
    return part


@pytest.fixture(scope="module")
def results() -> list[DocumentResult]:
    return _results()


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_parts_in_any_order_give_the_same_entries(results: list[DocumentResult], data: st.DataObject) -> None:
    whole = _snapshot(_finish(_part(results, range(len(results)))).entries)
    numbers = list(range(len(results)))
    cuts = sorted(data.draw(st.sets(st.integers(1, len(numbers) - 1), max_size=4)))
    parts = [numbers[a:b] for a, b in zip([0, *cuts], [*cuts, len(numbers)], strict=True)]
    random.Random(data.draw(st.integers(0, 1000))).shuffle(parts)
    total = PartResult()
    for numbers_of_part in parts:
        total.merge(_part(results, numbers_of_part))
    merged = _finish(total)
    assert _snapshot(merged.entries) == whole
    assert merged.paths == [r.path for r in results]


def test_folding_keeps_the_first_places_and_sentences_in_order(results: list[DocumentResult]) -> None:
    # A plain reading of the mentions: for each signature, the places and sentences in run order.
    tallies = Tallies()
    for n, r in enumerate(results):
        tallies.add_document(n, r.mentions)
    plain: dict[tuple, tuple[list, list, int]] = {}
    for r in results:
        for m in r.mentions:
            places, sentences, weight = plain.setdefault(signature(m), ([], [], 0))
            if (m.path, m.line) not in places:
                places.append((m.path, m.line))
            if m.context and m.context not in sentences:
                sentences.append(m.context)
            plain[signature(m)] = (places, sentences, weight + 1)
    assert len(tallies) == len(plain)
    assert any(len(places) > MAX_SOURCES for places, _, _ in plain.values())  # the limit is exercised
    for t in tallies:
        places, sentences, weight = plain[signature(t.mention)]
        assert [(p, line) for _, p, line in t.sources] == places[:MAX_SOURCES]
        assert [c for _, c in t.contexts] == sentences[:MAX_CONTEXTS]
        assert t.weight == weight
    assert tallies.mentions == sum(len(r.mentions) for r in results)
