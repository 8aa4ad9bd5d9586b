"""The cache's entry JSON, written straight from an entry's fields, against encoding Entry.to_data (the
one entry codec): byte for byte."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.search.tables import entry_from_json, entry_to_json

_TEXT = st.text(alphabet='aă "\\\n\t\u2028\x00\x1f/é\u0301Ω😀', max_size=8)


@st.composite
def _entries(draw: st.DrawFn) -> Entry:
    entry = Entry(
        en=draw(_TEXT),
        vi=draw(_TEXT),
        kind=draw(st.sampled_from(Kind)),
        status=draw(st.sampled_from(Status)),
        variants=draw(
            st.lists(
                st.builds(Variant, _TEXT, st.sampled_from(VariantType), st.sampled_from(VariantStatus)),
                max_size=3,
            )
        ),
        abbr=draw(_TEXT),
        notes=draw(st.lists(_TEXT, max_size=2)),
        sources=draw(st.lists(st.builds(Source, _TEXT, st.integers(0, 10**18 - 1)), max_size=3)),
        contexts=draw(st.lists(_TEXT, max_size=2)),
        frequency=draw(st.integers(0, 10**20)),
        confidence=draw(st.floats(0, 1) | st.sampled_from([1.0, 0.1, 1e-300, float("nan"), float("inf")])),
        disambiguation=draw(_TEXT),
        flags=draw(st.lists(_TEXT, max_size=2)),
    )
    if draw(st.integers(0, 9)) == 0:
        entry.frequency = draw(st.sampled_from([True, 2.5]))  # types to_data passes through as they are
    return entry


@settings(max_examples=300, deadline=None)
@given(entry=_entries())
def test_entry_json_is_the_codecs_json(entry: Entry) -> None:
    written = entry_to_json(entry)
    assert written == json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode(entry.to_data())
    if entry.confidence == entry.confidence and type(entry.frequency) is int:
        assert entry_from_json(written) == entry
