"""glossary/search/tablefile.py and cache.py: the on-disk index cache round-trips, and a damaged,
truncated or hostile cache file is refused or rebuilt, never trusted and never a crash."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.model import Entry, Kind, Status, Variant, VariantType
from glossary.search import Index, IndexCacheError, SearchCancelled, load_cached, load_index, open_index
from glossary.search.cache import cache_key, cache_path, glossary_digests, save_cached
from glossary.search.tablefile import write_tables
from glossary.search.tables import build_tables, entry_to_json

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
    Entry(en="Khanh Hoa", vi="Khánh Hoà", kind=Kind.PLACE),
    Entry(en="Moscow", vi="Мосва", kind=Kind.PLACE),  # a folded form that is not ASCII
    Entry(en="Ba-Ria", vi="Bà Rịa", kind=Kind.PLACE, status=Status.CANDIDATE, confidence=0.5),
] + [Entry(en=f"Long An {n}", vi=f"Long An số {n}") for n in range(300)]
QUERIES = ["thang long", "thawng long", "long", "ria", "ba-", "мос", "thanh lomg", "an so 1", "doi moi"]


def _results(index: Index) -> list[list[tuple[str, int, str, int, int, bool]]]:
    return [
        [(m.entry.en, m.rank, m.form, m.start, m.end, m.accents) for m in index.search(q, 20)]
        for q in QUERIES
    ]


def _write(path: Path, entries: list[Entry] = ENTRIES, **tamper: object) -> Path:
    """A cache file written by our own writer (valid checksums), with tables changed as told."""
    json = tamper.pop("entries_json", None)
    tables = build_tables(entries)
    for name, value in tamper.items():
        setattr(tables, name, value)
    write_tables(path, tables, json if json is not None else (entry_to_json(e) for e in entries))
    return path


def _survives(path: Path) -> Index | None:
    """Open the file and use it: only None (refused) or IndexCacheError may come out."""
    index = load_index(path)
    if index is None:
        return None
    try:
        for query in QUERIES:
            index.search(query, 20)
        index.verify()  # the tables no query read
        index.browse(400)
        for i in range(len(index)):
            index.entry(i)
    except IndexCacheError:
        assert not path.exists()  # dropped: the next open rebuilds it
        return None
    return index


def test_cache_file_gives_what_the_built_index_gives(tmp_path: Path) -> None:
    built = Index(ENTRIES)
    loaded = load_index(_write(tmp_path / "i.idx"))
    assert loaded is not None and not loaded.bound
    assert _results(loaded) == _results(built)
    assert [e.to_data() for e in loaded.browse(400)] == [e.to_data() for e in built.browse(400)]
    assert [loaded.entry(i).to_data() for i in range(len(ENTRIES))] == [e.to_data() for e in ENTRIES]


@pytest.mark.parametrize("keep", [0, 7, 100, 0.5, -1])
def test_truncated_file_is_refused(tmp_path: Path, keep: float) -> None:
    path = _write(tmp_path / "i.idx")
    data = path.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else (keep if keep >= 0 else len(data) + keep)
    path.write_bytes(data[:cut])
    assert load_index(path) is None


def test_other_format_or_garbage_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "i.idx")
    data = bytearray(path.read_bytes())
    data[8] += 1  # the format version (the header digest would catch it too)
    path.write_bytes(bytes(data))
    assert load_index(path) is None
    path.write_bytes(b"\0" * 4096)
    assert load_index(path) is None
    assert load_index(tmp_path / "missing.idx") is None


def test_a_pickle_in_the_cache_folder_is_never_loaded(tmp_path: Path) -> None:
    # What a pickle-based cache would run on load: here, creating a file.
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (Path.touch, (marker,))

    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "vi.po").write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n')
    key = cache_key(glossary_digests(folder, tmp_path / "c") or [])
    target = cache_path(folder, key, tmp_path / "c")
    target.parent.mkdir()
    for path in (target, target.with_suffix(".pickle")):
        path.write_bytes(pickle.dumps(Payload()))
    assert load_cached(folder, tmp_path / "c") is None
    assert not marker.exists()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_flipped_byte_is_refused_or_reported(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "flip.idx"
    if not path.exists():
        _write(path)
    original = path.read_bytes()
    try:
        at = data.draw(st.integers(0, len(original) - 1))
        flipped = bytearray(original)
        flipped[at] ^= data.draw(st.integers(1, 255))
        path.write_bytes(bytes(flipped))
        index = _survives(path)
        if index is not None:
            # Accepted: the byte was padding, or in the JSON of an entry... which the block check
            # refuses, so only bytes that change nothing can be accepted.
            assert _results(index) == _results(Index(ENTRIES))
    finally:
        path.write_bytes(original)


@pytest.mark.parametrize(
    "tamper",
    [
        {"record_entry": [10**6] * 310},  # entries out of range
        {"record_form": [9] * 310},  # a form the entry does not have
        {"postings": [10**7] * 1300},  # records out of range
        {"by_collation": list(range(10**6, 10**6 + 306))},
        {"entries_json": ['{"en": 1}'] * len(ENTRIES)},  # JSON of the wrong shape
        {"entries_json": ["[" * 100_000] * len(ENTRIES)},  # JSON nested past the recursion limit
        {"entries_json": ["not json"] * len(ENTRIES)},
    ],
)
def test_hostile_file_with_valid_checksums_raises_only_the_cache_error(tmp_path: Path, tamper: dict) -> None:
    from array import array

    built = build_tables(ENTRIES)
    changes = {}
    for name, value in tamper.items():
        if name == "entries_json":
            changes[name] = value
        else:
            table = array(getattr(built, name).typecode, getattr(built, name))
            table[: len(value)] = array(table.typecode, value[: len(table)])
            changes[name] = table
    path = _write(tmp_path / "h.idx", **changes)
    assert _survives(path) is None  # refused at open, or IndexCacheError in use (and the file dropped)


def test_open_index_builds_then_serves_from_the_cache_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "vi.po").write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n'
    )
    assert load_cached(folder, tmp_path / "c") is None
    first = open_index(folder, tmp_path / "c")
    assert first.search("ha noi", 1)[0].entry.vi == "Hà Nội"
    import glossary.search.coldbuild
    import glossary.store

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the PO files were parsed although the cache is current")

    monkeypatch.setattr(glossary.store.Glossary, "open", no_parse)
    monkeypatch.setattr(glossary.search.coldbuild, "parse_po", no_parse)
    second = open_index(folder, tmp_path / "c")
    assert not second.bound and second.search("ha noi", 1)[0].entry.vi == "Hà Nội"
    # A damaged cache is dropped and rebuilt from the PO files.
    monkeypatch.undo()
    [cached] = (tmp_path / "c").glob("*.idx")
    cached.write_bytes(cached.read_bytes()[:-10])
    assert load_cached(folder, tmp_path / "c") is None
    third = open_index(folder, tmp_path / "c")
    assert len(third) == 1 and third.search("hanoi", 1)[0].entry.en == "Hanoi"
    assert load_cached(folder, tmp_path / "c") is not None


def test_cancel_still_raises_search_cancelled_on_a_cached_index(tmp_path: Path) -> None:
    import threading

    index = load_index(_write(tmp_path / "i.idx"))
    assert index is not None
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(SearchCancelled):
        index.search("long", 10, cancel=cancel)


def test_save_writes_only_the_newest_cache_of_a_glossary(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    index = Index(ENTRIES[:3])
    old = save_cached(index, folder, [("vi.po", "a" * 64)], tmp_path / "c")
    stale_pickle = old.with_name(old.name.rsplit("-", 1)[0] + "-0123.pickle")
    stale_pickle.write_bytes(b"old")
    new = save_cached(index, folder, [("vi.po", "b" * 64)], tmp_path / "c")
    assert sorted((tmp_path / "c").iterdir()) == [new]


def test_digests_are_remembered_by_stat_and_a_changed_file_is_hashed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import glossary.search.cache as cache

    folder = tmp_path / "g"
    folder.mkdir()
    po = folder / "vi.po"
    po.write_text('msgid "a"\nmsgstr "b"\n')
    monkeypatch.setattr(cache, "_RACY_SECONDS", -1.0)  # remember even a file written just now
    first = glossary_digests(folder, tmp_path / "c")
    hashed: list[Path] = []
    real = cache.file_digest
    monkeypatch.setattr(cache, "file_digest", lambda path: hashed.append(path) or real(path))
    assert glossary_digests(folder, tmp_path / "c") == first and hashed == []  # from the memo
    # Same size, same mtime: only the ctime (and the content) changed.
    stat = po.stat()
    po.write_text('msgid "a"\nmsgstr "c"\n')
    os.utime(po, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    second = glossary_digests(folder, tmp_path / "c")
    assert hashed == [po] and second != first and second == [("vi.po", real(po))]


def test_a_file_written_just_now_is_not_remembered(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "vi.po").write_text('msgid "a"\nmsgstr "b"\n')
    glossary_digests(folder, tmp_path / "c")
    assert not (tmp_path / "c" / "digests.json").exists()  # racy: could change within the same tick


def test_counts_of_a_cached_index_follow_the_edits(tmp_path: Path) -> None:
    loaded = load_index(_write(tmp_path / "i.idx"))
    assert loaded is not None
    built = Index(ENTRIES)
    assert loaded.counts() == built.counts()
    assert sum(built.counts().values()) == len(ENTRIES)
    # Edits of a review: one entry approved, one removed, one added.
    built.bind(ENTRIES)
    changed = ENTRIES[3]
    approved = Entry(en=changed.en, vi=changed.vi, kind=changed.kind, status=Status.APPROVED)
    built.update(changed=[approved], removed=[changed, ENTRIES[4]])
    built.update(changed=[Entry(en="Hue", vi="Huế", kind=Kind.PLACE)])
    expected = Index([e for e in ENTRIES if e is not changed and e is not ENTRIES[4]] + [approved]).counts()
    expected[Kind.PLACE, Status.CANDIDATE] += 1
    assert built.counts() == expected


def test_a_damaged_table_is_caught_when_first_read_and_the_file_dropped(tmp_path: Path) -> None:
    from glossary.search.tablefile import read_tables

    path = _write(tmp_path / "i.idx")
    mapped = read_tables(path)
    assert mapped is not None
    postings = mapped._sections.section("postings")  # read by single-word searches only
    del mapped
    data = bytearray(path.read_bytes())
    data[postings.offset + 5] ^= 0x40
    path.write_bytes(bytes(data))
    index = load_index(path)
    assert index is not None  # the header and the sizes are fine: opening checks no table
    assert index.search("long an", 20)  # exact and prefix ranks: other tables, still trusted
    with pytest.raises(IndexCacheError, match="section postings"):
        index.search("so", 20)  # a word inside the forms: the word postings
    assert not path.exists()


def test_a_refused_directory_closes_its_descriptor_once(tmp_path: Path) -> None:
    # A directory whose digest is right but whose first section sits off its alignment is refused
    # after the header checks. Its descriptor must be closed then and only then: a second close when
    # the refused object is collected would shut whatever file reused the number meanwhile.
    import gc
    import hashlib
    import os
    import sys

    from glossary.search import tablefile

    path = _write(tmp_path / "misaligned.idx")
    raw = bytearray(path.read_bytes())
    count = tablefile._HEADER.unpack_from(raw, 0)[2]
    start = tablefile._HEADER.size + tablefile._DIGEST
    name, code, offset, nbytes, crc = tablefile._SECTION.unpack_from(raw, start)
    tablefile._SECTION.pack_into(raw, start, name, code, offset + 1, nbytes, crc)
    directory = raw[start : start + count * tablefile._SECTION.size]
    raw[tablefile._HEADER.size : start] = hashlib.sha256(raw[: tablefile._HEADER.size] + directory).digest()
    path.write_bytes(bytes(raw))
    gc.collect()
    ignored: list[BaseException | None] = []
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: ignored.append(unraisable.exc_value)
    try:
        for _ in range(5):
            assert tablefile.read_tables(path) is None
            bystander = os.open(tmp_path / "bystander", os.O_RDWR | os.O_CREAT)
            try:
                gc.collect()  # runs any finalizer the refused object left behind
                os.fstat(bystander)  # EBADF if the refused file's number was closed twice
            finally:
                os.close(bystander)
    finally:
        sys.unraisablehook = previous_hook
    # A second close of a number nobody holds fails inside a finalizer, where nothing may raise.
    assert ignored == []
