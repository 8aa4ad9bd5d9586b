"""The on-disk index cache in three formats, measured at the same size: pickle (what the cache was),
SQLite (standard library) and the memory-mapped table file (what it is now).

    .venv/bin/python -m bench.cache_formats [--size 1000000] [--data /tmp/glossary-bench] [--repeat 3]

Needs the index cache of the generated glossary (run `python -m bench.search_latency` first). Writes
the same tables in each format, then opens each in a fresh process that times the open and the first
query ("thang long", 50 results, as a keystroke asks) and reports its peak resident memory; the
parent adds the whole process's wall time. SQLite keeps the tables as one BLOB each, read into
memory at open (the searches need random access to them), and the entries as rows fetched by id
when shown; pickle loads everything at once, as the old cache did.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sqlite3
import sys
import time
from array import array
from pathlib import Path

from bench import measure
from glossary.search import Index, cache_path, load_cached
from glossary.search.tablefile import _int_sections
from glossary.search.tables import Runs, Strings, Tables

QUERY = "thang long"
FORMATS = ("pickle", "sqlite", "mmap")


def in_memory(t: Tables) -> Tables:
    """A copy of mapped tables in ordinary arrays and bytes (what pickle and SQLite are given)."""

    def ints(table) -> array:
        return array(table.format if isinstance(table, memoryview) else table.typecode, table)

    def strings(s: Strings) -> Strings:
        return Strings(bytes(s.buffer[s.base : s.end]), array("I", s.offsets))

    def runs(r: Runs, table: array) -> Runs:
        return Runs(table, [(size, ints(level)) for size, level in r.levels])

    assert t.entries is not None
    by_folded, postings = ints(t.by_folded), ints(t.postings)
    return Tables(
        size=t.size,
        kinds=bytes(t.kinds),
        statuses=bytes(t.statuses),
        by_collation=ints(t.by_collation),
        collation=ints(t.collation),
        record_entry=ints(t.record_entry),
        record_form=ints(t.record_form),
        folded=strings(t.folded),
        by_folded=by_folded,
        words=strings(t.words),
        postings=postings,
        posting_at=ints(t.posting_at),
        pair_keys=ints(t.pair_keys),
        pair_postings=ints(t.pair_postings),
        pair_at=ints(t.pair_at),
        deletion_keys=strings(t.deletion_keys),
        deletion_words=ints(t.deletion_words),
        runs_folded=runs(t.runs_folded, by_folded),
        runs_postings=runs(t.runs_postings, postings),
        entries=strings(t.entries),
        key=t.key,
    )


def write_sqlite(path: Path, t: Tables) -> None:
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sections (name TEXT PRIMARY KEY, typecode TEXT, data BLOB)")
    db.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, json TEXT)")
    db.execute("CREATE TABLE meta (size INTEGER, key TEXT)")
    db.execute("INSERT INTO meta VALUES (?, ?)", (t.size, t.key))
    for name, code, data in _int_sections(t):
        db.execute("INSERT INTO sections VALUES (?, ?, ?)", (name, code, bytes(memoryview(data).cast("B"))))
    assert t.entries is not None
    db.executemany("INSERT INTO entries VALUES (?, ?)", ((i, t.entries[i]) for i in range(t.size)))
    db.commit()
    db.close()


class _Rows:
    """The entries' JSON fetched from SQLite one row at a time."""

    def __init__(self, db: sqlite3.Connection, size: int) -> None:
        self.db, self.size = db, size

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int) -> str:
        return self.db.execute("SELECT json FROM entries WHERE id = ?", (i,)).fetchone()[0]


def read_sqlite(path: Path) -> Tables:
    db = sqlite3.connect(path)
    size, key = db.execute("SELECT size, key FROM meta").fetchone()
    blobs = {name: memoryview(data).cast(code) for name, code, data in db.execute("SELECT * FROM sections")}

    def strings(name: str) -> Strings:
        return Strings(bytes(blobs[f"{name}.data"]), blobs[f"{name}.offsets"])

    def runs(name: str, table) -> Runs:
        sizes = [s for s in (1 << 10, 1 << 15, 1 << 20) if s < len(table)]
        return Runs(table, [(s, blobs[f"{name}.{n}"]) for n, s in enumerate(sizes)])

    by_folded, postings = blobs["by_folded"], blobs["postings"]
    return Tables(
        size=size,
        kinds=blobs["kinds"],
        statuses=blobs["statuses"],
        by_collation=blobs["by_collation"],
        collation=blobs["collation"],
        record_entry=blobs["record_entry"],
        record_form=blobs["record_form"],
        folded=strings("folded"),
        by_folded=by_folded,
        words=strings("words"),
        postings=postings,
        posting_at=blobs["posting_at"],
        pair_keys=blobs["pair_keys"],
        pair_postings=blobs["pair_postings"],
        pair_at=blobs["pair_at"],
        deletion_keys=strings("deletion_keys"),
        deletion_words=blobs["deletion_words"],
        runs_folded=runs("runs_folded", by_folded),
        runs_postings=runs("runs_postings", postings),
        entries=_Rows(db, size),  # type: ignore[arg-type]
        key=key,
    )


def child(kind: str, path: Path) -> None:
    """Open the cache file in this fresh process, run the first query, print the figures as JSON."""
    from glossary.search import load_index

    started = time.perf_counter()
    if kind == "pickle":
        with open(path, "rb") as stream:
            index = Index.from_tables(pickle.load(stream))
    elif kind == "sqlite":
        index = Index.from_tables(read_sqlite(path))
    else:
        loaded = load_index(path)
        assert loaded is not None
        index = loaded
    opened = time.perf_counter()
    found = index.search(QUERY, 50)
    queried = time.perf_counter()
    print(json.dumps({"open": opened - started, "query": queried - opened, "hits": len(found)}))
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/glossary-bench"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("FORMAT", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    folder = args.data / f"glossary-{args.size}"
    index = load_cached(folder, args.data / "cache")
    if index is None:
        print("run `python -m bench.search_latency` first: it builds the index cache", file=sys.stderr)
        return 2
    mapped = cache_path(folder, index.key, args.data / "cache")
    out = args.data / "formats"
    out.mkdir(exist_ok=True)
    files = {"mmap": mapped, "pickle": out / "index.pickle", "sqlite": out / "index.sqlite"}
    tables = in_memory(index.tables)
    del index
    started = time.perf_counter()
    with open(files["pickle"], "wb") as stream:
        pickle.dump(tables, stream, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"pickle written in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    started = time.perf_counter()
    write_sqlite(files["sqlite"], tables)
    print(f"sqlite written in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    del tables
    runs: dict[str, list[dict]] = {kind: [] for kind in FORMATS}
    for _ in range(args.repeat):
        for kind in FORMATS:  # taking turns, so a burst of load elsewhere hits each alike
            done = measure.python("bench.cache_formats", "--child", kind, str(files[kind]))
            if done.returncode:
                raise SystemExit(done.stderr)
            figures = json.loads(done.stdout)
            figures.update(wall=done.wall, peak=done.peak_mb)
            runs[kind].append(figures)
    print(f"{args.size} entries; best of {args.repeat} fresh processes (all runs in brackets)")
    print(
        f"{'format':<8}{'file MB':>9}{'open ms':>9}{'1st query ms':>14}{'process s':>11}{'peak MB':>9}"
        "   open runs ms"
    )
    for kind in FORMATS:
        rs = runs[kind]
        best = min(rs, key=lambda r: r["wall"])
        size = files[kind].stat().st_size / 1e6
        every = ", ".join(f"{r['open'] * 1000:.0f}" for r in rs)
        print(
            f"{kind:<8}{size:>9.0f}{min(r['open'] for r in rs) * 1000:>9.0f}"
            f"{min(r['query'] for r in rs) * 1000:>14.1f}{best['wall']:>11.2f}"
            f"{max(r['peak'] for r in rs):>9.0f}   [{every}]"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
