"""The index build against its reference (tests/search_build_reference.py, the build as it was
before its collation order was computed in bulk): on generated glossaries of Vietnamese names, the
same tables, field by field, and the same search results for many queries, from the live index
and from its cache file read back."""

from __future__ import annotations

from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.model import Entry, Kind, Status, Variant, VariantStatus, VariantType
from glossary.search import Index, load_index
from glossary.search.tablefile import write_tables
from glossary.search.tables import Strings, Tables, build_tables, collation_order, entry_to_json
from glossary.text import fold, sort_key

from .search_build_reference import build_reference

# Syllables that differ only in tones, case or the letters sort_key ranks apart (a ă â, d đ, o ô ơ),
# so that primary keys tie often and the other levels decide; a loose combining mark (e + U+0323 +
# U+0302 is NFC "ệ", U+0328 stays loose) and a hyphen take the rarer paths.
_SYLLABLES = (
    "an", "ăn", "ân", "ấn", "Ân", "ban", "bàn", "bán", "bản", "Bạn", "da", "đa", "Đà", "do", "đô",
    "đồ", "Đỗ", "hoà", "hòa", "Hoà", "ho", "hơ", "hồ", "ngọc", "Nguyễn", "nguyen", "e\u0323\u0302",
    "ȩ\u0302", "Tây-Nguyên", "x", "",
)  # fmt: skip
_WORD = st.sampled_from(_SYLLABLES)
_FORM = st.lists(_WORD, max_size=4).map(" ".join) | st.sampled_from(["  Hà   Nội ", "-", "a--b", "ba-"])


@st.composite
def _glossaries(draw: st.DrawFn) -> list[Entry]:
    entries = []
    for _ in range(draw(st.integers(0, 40))):
        variants = draw(
            st.lists(
                st.builds(Variant, _FORM, st.sampled_from(VariantType), st.sampled_from(VariantStatus)),
                max_size=3,
            )
        )
        entries.append(
            Entry(
                en=draw(_FORM),
                vi=draw(_FORM),
                abbr=draw(st.sampled_from(["", "HN", "TP"])),
                kind=draw(st.sampled_from(Kind)),
                status=draw(st.sampled_from(Status)),
                variants=variants,
            )
        )
    return entries


def _plain(value: object) -> object:
    """A table's content, comparable whatever container holds it."""
    if isinstance(value, Strings):
        return bytes(value.buffer[value.base : value.end]), list(value.offsets)
    if hasattr(value, "levels"):
        return [(size, list(level)) for size, level in value.levels]
    if value is None or isinstance(value, (bytes, int, str)):
        return value
    return list(value)


def _results(index: Index, queries: list[str]) -> list[list[tuple[str, str, str, int, int, bool]]]:
    return [
        [
            (entry_to_json(m.entry), m.rank.name, m.form, m.start, m.end, m.accents)
            for m in index.search(q, 20)
        ]
        for q in queries
    ]


@settings(max_examples=150, deadline=None)
@given(entries=_glossaries(), texts=st.lists(_FORM, max_size=30))
def test_the_build_makes_the_reference_tables(entries: list[Entry], texts: list[str]) -> None:
    built, reference = build_tables(entries), build_reference(entries)
    for field in fields(Tables):
        assert _plain(getattr(built, field.name)) == _plain(getattr(reference, field.name)), field.name
    expected = sorted(range(len(texts)), key=lambda n: sort_key(texts[n]))
    assert collation_order(texts) == expected


@settings(max_examples=40, deadline=None)
@given(entries=_glossaries(), queries=st.lists(_FORM, min_size=1, max_size=12))
def test_searches_find_what_the_reference_index_finds(tmp_path_factory, entries, queries) -> None:
    words = {word for entry in entries for form in entry.forms() for word in fold(form).split()}
    queries = [*queries, *sorted(words)[:20], *(word[:2] for word in sorted(words)[:10]), "nguyne", "hoa"]
    live = Index(entries)
    reference = build_reference(entries)
    reference.entries = Strings.of(map(entry_to_json, entries))
    expected = _results(Index.from_tables(reference), queries)
    assert _results(live, queries) == expected
    # The cache file of the new build reads back to the same answers.
    path = tmp_path_factory.mktemp("cache") / "index.idx"
    write_tables(path, live.tables, map(entry_to_json, entries))
    cached = load_index(path)
    assert cached is not None
    assert _results(cached, queries) == expected
