"""What the index build and the cache write do in bulk against the plain way: the entry JSON written
straight from an entry's fields against encoding Entry.to_data (the one entry codec), byte for
byte; joined strings and the entries' offsets and block checksums against item by item."""

from __future__ import annotations

import json
import zlib
from array import array
from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.search import merge, tablefile
from glossary.search.tables import Strings, entry_from_json, entry_to_json

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


@given(items=st.lists(st.text(alphabet="ab é😀\u0301", max_size=6), max_size=20))
def test_joined_strings_keep_every_item_at_its_offset(items: list[str]) -> None:
    strings = Strings.of(iter(items))
    assert [strings[i] for i in range(len(strings))] == items
    expected = [0]
    for item in items:
        expected.append(expected[-1] + len(item.encode()) + 1)
    assert list(strings.offsets) == expected
    assert strings.buffer == "".join(item + "\n" for item in items).encode()


@settings(max_examples=50, deadline=None)
@given(
    items=st.lists(st.text(alphabet="ab é😀", max_size=40), max_size=9000),
    batch=st.sampled_from([1, 7, 4096]),
)
def test_the_entries_json_is_written_with_its_offsets_and_block_checksums(
    items: list[str], batch: int
) -> None:
    offsets, blocks = array("I", [0]), array("I")
    with patch.object(tablefile, "_BATCH", batch):
        data = b"".join(tablefile._entry_chunks(iter(items), offsets, blocks))
    assert data == "".join(item + "\n" for item in items).encode()
    assert list(offsets) == list(Strings.of(items).offsets)
    expected = [zlib.crc32(data[at : at + tablefile.BLOCK]) for at in range(0, len(data), tablefile.BLOCK)]
    assert list(blocks) == expected


@settings(max_examples=300, deadline=None)
@given(
    items=st.lists(
        st.text(alphabet="ab zé\u0301ж\U0001f600-\0", max_size=6) | st.sampled_from(["", "a", "ab", "a b"]),
        max_size=40,
    ),
    wide=st.booleans(),
)
def test_sorted_strings_sorts_as_python_sorts(items: list[str], wide: bool) -> None:
    # Code points above the bytes' range, prefixes, empty strings, equal strings (kept in item order);
    # a NUL, and a table too wide for numpy, go through Python's sort.
    with patch.object(merge, "_PADDED_BYTES", 8 if wide else merge._PADDED_BYTES):
        got = list(merge.sorted_strings(Strings.of(items)))
    assert got == sorted(range(len(items)), key=items.__getitem__)


def test_sorted_strings_keeps_equal_strings_in_item_order() -> None:
    items = [("a", "ab", "é", "b", "")[(n * 7919) % 5] for n in range(5000)]  # long runs of ties
    assert list(merge.sorted_strings(Strings.of(items))) == sorted(range(len(items)), key=items.__getitem__)
