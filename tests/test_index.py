"""glossary/search: the ranking table, query readings (Telex, VNI, NFD, tone style), cancel, cache."""

from __future__ import annotations

import threading
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.model import Entry, Kind, Status, Variant, VariantType
from glossary.search import (
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
from glossary.text import fold, query_variants, sort_key, tone_key

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
    assert not any((tmp_path / "g").glob("*.idx"))  # never next to the PO files
    po.write_text(po.read_text() + '\nmsgid "Hue"\nmsgstr "Huế"\n')
    assert load_cached(po.parent, tmp_path / "c") is None  # the PO changed: the cache is stale


def _generated(count: int, hyphens: bool = False) -> list[Entry]:
    """Names of a few common syllables, as in the benchmark: every word has huge posting lists."""
    import random

    rng = random.Random(3)
    syllables = "an ba bac binh cao dai dan hoa hai long nam ninh phu tan thanh thang trung van".split()
    seen: set[str] = set()
    out = []
    while len(out) < count:
        words = rng.sample(syllables, rng.randint(2, 4))
        vi = "".join(w + (rng.choice(" " * 5 + "-") if hyphens else " ") for w in words).strip(" -")
        if vi not in seen:
            seen.add(vi)
            en = vi.title() + (" " + rng.choice(["river", "city", "lake"]) if rng.random() < 0.5 else "")
            out.append(Entry(en=en, vi=vi))
    return out


def _reference(entries: list[Entry], query: str, typos: int) -> list[tuple[str, Rank, bool]]:
    """The whole ranked list by brute force: every form of every entry against every reading."""
    readings: list[tuple[str, str]] = []
    for variant in query_variants(query):
        folded = fold(variant)
        if folded and folded not in [r for r, _ in readings]:
            readings.append((folded, tone_key(variant).lower()))
    best: dict[int, tuple[Rank, bool]] = {}
    for i, entry in enumerate(entries):
        for form in entry.forms():
            folded = fold(form)
            for q, accents in readings:
                found = match_form(folded, q)
                if found is not None:
                    rank, span = found[0], (found[1], found[1] + len(q))
                    key = (rank, tone_key(form).lower()[span[0] : span[1]] != accents)
                elif typos and len(q) >= 3 and q.replace("-", " ").split():
                    edits = min(typos, 1 if len(q) < 5 else 2)
                    if typo_match(folded, q, edits) is None:
                        continue
                    key = (Rank.TYPO, True)
                else:
                    continue
                if i not in best or key < best[i]:
                    best[i] = key
    ordered = sorted(best, key=lambda i: (best[i], sort_key(entries[i].headword)))
    return [(entries[i].en, best[i][0], not best[i][1]) for i in ordered]


def _found(index: Index, query: str, limit: int, typos: int) -> list[tuple[str, Rank, bool]]:
    return [(m.entry.en, m.rank, m.accents) for m in index.search(query, limit, typos=typos)]


@pytest.mark.parametrize("query", ["thanh long", "ng ninh", "an ba", "hoa t", "ai ph", "dai van bac"])
def test_windowed_intersection_finds_what_a_full_scan_finds(
    monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    # Tiny windows so a query crosses many window boundaries; every source intersected.
    import glossary.search.candidates as module

    monkeypatch.setattr(module, "FIRST_WINDOW", 16)
    monkeypatch.setattr(module, "WINDOW_RECORDS", 1)
    monkeypatch.setattr(module, "NARROW_RATIO", 10**9)
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


def test_pair_table_holds_exactly_the_records_with_each_adjacent_pair() -> None:
    index = Index(_generated(400, hyphens=True))
    t = index.tables
    expected: dict[tuple[str, str], set[int]] = {}
    for record in range(len(t.record_entry)):
        words = t.folded[record].replace("-", " ").split()
        for pair in zip(words, words[1:], strict=False):
            expected.setdefault(pair, set()).add(record)
    table: dict[tuple[str, str], set[int]] = {}
    assert list(t.pair_keys) == sorted(t.pair_keys)
    for k, key in enumerate(t.pair_keys):
        first, second = divmod(key, len(t.words))
        records = list(t.pair_postings[t.pair_at[k] : t.pair_at[k + 1]])
        assert records == sorted(set(records))  # ascending: collation order
        table[t.words[first], t.words[second]] = set(records)
    assert table == expected


@pytest.mark.parametrize(
    "query",
    [
        "thanh long",  # two whole words
        "dai van bac",  # three: two pairs intersected
        "hoa t",  # the last word a prefix
        "ng ninh",  # the first word the end of a longer one (substring)
        "ai ph an",  # substring, then a whole word, then a word prefix
        "binh-an",  # a hyphen between words is a pair too
        "thanh lomg",  # typo: one edit in the second word
        "thamh lomg ba",  # typo: one edit in each of two words of three
        "tanh-binh rivr",  # typo across a hyphen and into the English word
        "xyz long",  # an unknown word: no pair, only typos
        "an",  # one word: the word tables, not the pairs
        "inh",  # one word, substring and typo
        "-",  # only a separator
        "-an",  # a hyphen first: starts a word where the form has one
        "an-",  # a hyphen last
        "-binh riv",  # a hyphen first, then several words
    ],
)
@pytest.mark.parametrize("typos", [0, 2])
def test_search_agrees_with_brute_force(monkeypatch: pytest.MonkeyPatch, query: str, typos: int) -> None:
    # Tiny windows so the pair intersections cross many window boundaries; no typo budget.
    import glossary.search.candidates as module

    monkeypatch.setattr(module, "FIRST_WINDOW", 16)
    monkeypatch.setattr(module, "WINDOW_RECORDS", 1)
    monkeypatch.setattr("glossary.search.frozen.TYPO_BUDGET", 10**9)
    entries = _generated(1500, hyphens=True)
    index = Index(entries)
    expected = _reference(entries, query, typos)
    assert _found(index, query, len(entries), typos) == expected
    # A short limit gives the head of the same list (ASCII data: every match has the accents).
    assert _found(index, query, 7, typos) == expected[:7]


_HYPOTHESIS_ENTRIES = _generated(800, hyphens=True)
_HYPOTHESIS_INDEX = Index(_HYPOTHESIS_ENTRIES)


@settings(max_examples=60, deadline=None)
@given(data=st.data(), typos=st.sampled_from([0, 2]))
def test_any_piece_of_a_form_with_or_without_a_typo_agrees_with_brute_force(
    data: st.DataObject, typos: int
) -> None:
    entry = data.draw(st.sampled_from(_HYPOTHESIS_ENTRIES))
    form = fold(data.draw(st.sampled_from(entry.forms())))
    start = data.draw(st.integers(0, len(form) - 1))
    query = form[start : data.draw(st.integers(start + 1, len(form)))]
    if data.draw(st.booleans()):
        at = data.draw(st.integers(0, len(query) - 1))
        query = query[:at] + data.draw(st.sampled_from("abcdghilnotuy -")) + query[at + 1 :]
    with patch("glossary.search.frozen.TYPO_BUDGET", 10**9):
        found = _found(_HYPOTHESIS_INDEX, query, len(_HYPOTHESIS_ENTRIES), typos)
    assert found == _reference(_HYPOTHESIS_ENTRIES, query, typos)
