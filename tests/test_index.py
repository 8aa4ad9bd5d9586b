"""glossary/index.py: the ranking table, query readings (Telex, VNI, NFD, tone style), cancel, cache."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from glossary.index import (
    Index,
    Rank,
    SearchCancelled,
    bounded_edits,
    load_cached,
    lookup,
    match_form,
    save_cached,
    typo_match,
)
from glossary.model import Entry, Kind, Status, Variant, VariantType

ENTRIES = [
    Entry(
        en="Imperial Citadel of Thang Long",
        vi="Hoàng thành Thăng Long",
        kind=Kind.PLACE,
        variants=[Variant("Thăng Long Imperial Citadel", VariantType.WORD_ORDER)],
        status=Status.APPROVED,
    ),
    Entry(en="Thang Long", vi="Thăng Long", kind=Kind.PLACE, status=Status.APPROVED),
    Entry(en="Renewal", vi="đổi mới", status=Status.APPROVED),
    Entry(en="Khanh Hoa", vi="Khánh Hoà", kind=Kind.PLACE, status=Status.APPROVED),
    Entry(en="To Lam", vi="Tô Lâm", kind=Kind.PERSON, status=Status.APPROVED),
    Entry(en="Long Bien", vi="Long Biên", kind=Kind.PLACE, status=Status.CANDIDATE, confidence=0.7),
    Entry(en="Belong", vi="", status=Status.REJECTED),
]


@pytest.fixture(scope="module")
def index() -> Index:
    return Index(ENTRIES)


@pytest.mark.parametrize(
    ("query", "first_vi", "rank"),
    [
        ("thang long", "Thăng Long", Rank.EXACT),  # folded exact beats the longer forms
        ("thawng long", "Thăng Long", Rank.EXACT),  # Telex
        ("tha8ng long", "Thăng Long", Rank.EXACT),  # VNI
        ("Tha\u0306ng Long", "Thăng Long", Rank.EXACT),  # NFD input
        ("khanh hòa", "Khánh Hoà", Rank.EXACT),  # old tone style finds the new one
        ("dooir mowis", "đổi mới", Rank.EXACT),  # Telex without dd still finds đ
        ("hoang th", "Hoàng thành Thăng Long", Rank.PREFIX),
        ("citadel of", "Hoàng thành Thăng Long", Rank.WORD_PREFIX),  # inside the English form
        ("bien", "Long Biên", Rank.WORD_PREFIX),
        ("elong", "", Rank.SUBSTRING),  # inside "Belong"
        ("thanh lomg", "Hoàng thành Thăng Long", Rank.TYPO),  # two edits, two words; collation order
    ],
)
def test_ranking_table(index: Index, query: str, first_vi: str, rank: Rank) -> None:
    matches = index.search(query, 10)
    assert matches, query
    assert (matches[0].entry.vi, matches[0].rank) == (first_vi, rank)


def test_ranks_are_ordered_and_collation_breaks_ties(index: Index) -> None:
    matches = index.search("long", 10)
    ranks = [m.rank for m in matches]
    assert ranks == sorted(ranks)
    # "long" is a prefix of Long Biên, a word prefix of the two Thăng Long entries, a substring of Belong.
    assert [m.entry.vi for m in matches if m.rank is Rank.WORD_PREFIX] == [
        "Hoàng thành Thăng Long",
        "Thăng Long",
    ]
    assert matches[0].entry.vi == "Long Biên"


def test_highlight_span_is_on_the_original_form(index: Index) -> None:
    [m, *_] = index.search("thawng", 5)
    assert m.form[m.start : m.end] == "Thăng"


def test_filters_by_kind_and_status(index: Index) -> None:
    assert {m.entry.kind for m in index.search("long", 10, kinds={Kind.PLACE})} == {Kind.PLACE}
    found = index.search("long", 10, statuses={Status.CANDIDATE})
    assert [m.entry.vi for m in found] == ["Long Biên"]


def test_browse_lists_everything_in_collation_order(index: Index) -> None:
    assert [e.headword for e in index.browse(100)] == [
        "Belong",
        "đổi mới",
        "Hoàng thành Thăng Long",
        "Khánh Hoà",
        "Long Biên",
        "Thăng Long",
        "Tô Lâm",
    ]


def test_cancel_raises(index: Index) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SearchCancelled):
        index.search("long", 10, cancel=cancel)


def test_updates_are_searched_and_removed_entries_are_not() -> None:
    entries = [Entry(en=e.en, vi=e.vi, kind=e.kind, status=e.status) for e in ENTRIES]
    index = Index(entries)
    index.bind(entries)
    entries[1].vi = "Thăng Long mới"
    index.update(changed=[entries[1]], removed=[entries[4]])
    assert index.search("thang long moi", 5)[0].entry is entries[1]
    assert not any(m.entry is entries[4] for m in index.search("to lam", 5))


@pytest.mark.parametrize(
    ("form", "query", "expected"),
    [
        ("thang long", "thang long", (Rank.EXACT, 0)),
        ("thang long", "thang", (Rank.PREFIX, 0)),
        ("hoang-thanh", "thanh", (Rank.WORD_PREFIX, 6)),  # a hyphen starts a word too
        ("belong", "long", (Rank.SUBSTRING, 2)),
        ("belong", "xyz", None),
    ],
)
def test_match_form_defines_the_ranks(form: str, query: str, expected: object) -> None:
    assert match_form(form, query) == expected


def test_typo_match_counts_edits_per_word_and_in_total() -> None:
    assert typo_match("hoang thanh thang long", "thang lomg", 2) == (12, 22)
    assert typo_match("thang long", "xhanx lomg", 2) is None  # three edits


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [("kitten", "sitting", 3, 3), ("abc", "abc", 0, 0), ("abc", "xyz", 2, 3), ("ab", "ba", 2, 2)],
)
def test_bounded_edits(a: str, b: str, limit: int, expected: int) -> None:
    assert bounded_edits(a, b, limit) == expected


def test_lookup_keeps_the_cli_api() -> None:
    [m, *_] = lookup(ENTRIES, "to lam", 5)
    assert (m.entry.vi, m.rank) == ("Tô Lâm", Rank.EXACT) and m.form in ("Tô Lâm", "To Lam")


def test_cache_round_trip_and_invalidation(tmp_path: Path) -> None:
    po = tmp_path / "g" / "vi.po"
    po.parent.mkdir()
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n'
    )
    from glossary.store import Glossary

    glossary = Glossary.open(po.parent)
    built = Index(list(glossary))
    save_cached(built, po.parent, [(c.path.name, c.digest or "") for c in glossary.catalogs], tmp_path / "c")
    cached = load_cached(po.parent, tmp_path / "c")
    assert cached is not None and not cached.bound
    assert cached.search("ha noi", 1)[0].entry.vi == "Hà Nội"  # decoded from the cache, no PO parse
    assert not any((tmp_path / "g").glob("*.pickle"))  # never next to the PO files
    po.write_text(po.read_text() + '\nmsgid "Hue"\nmsgstr "Huế"\n')
    assert load_cached(po.parent, tmp_path / "c") is None  # the PO changed: the cache is stale


def _generated(count: int) -> list[Entry]:
    import random

    rng = random.Random(3)
    syllables = "an ba bac binh cao dai dan hoa hai long nam ninh phu tan thanh thang trung van".split()
    seen: set[str] = set()
    out = []
    while len(out) < count:
        vi = " ".join(rng.sample(syllables, rng.randint(2, 4)))
        if vi not in seen:
            seen.add(vi)
            out.append(Entry(en=vi.title(), vi=vi))
    return out


@pytest.mark.parametrize("query", ["thanh long", "ng ninh", "an ba", "hoa t", "ai ph", "dai van bac"])
def test_windowed_intersection_finds_what_a_full_scan_finds(
    monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    # Tiny windows so a query crosses many window boundaries; every source intersected.
    import glossary.index as module

    monkeypatch.setattr(module, "_FIRST_WINDOW", 16)
    monkeypatch.setattr(module, "_NARROW_RATIO", 10**9)
    entries = _generated(1500)
    index = Index(entries)
    found = index.search(query, len(entries), typos=0)
    expected = {}
    for entry in entries:
        ranks = [r for r, _ in filter(None, (match_form(f.lower(), query) for f in entry.forms()))]
        if ranks:
            expected[entry.vi] = min(ranks)
    assert {m.entry.vi: m.rank for m in found} == expected
    # A short limit gives the head of the same list: the windows are merged in collation order.
    assert [m.entry.vi for m in index.search(query, 7, typos=0)] == [m.entry.vi for m in found[:7]]
