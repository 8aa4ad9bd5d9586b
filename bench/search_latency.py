"""Per-keystroke search latency on a large generated glossary, through the code the TUI calls.

    .venv/bin/python -m bench.search_latency [--size 1000000] [--data /tmp/glossary-bench]

Generates the glossary (bench/search_data.py) and builds the on-disk index cache the first time,
then loads the index from the cache as the TUI does and times Index.search for queries of each rank
class, plus every prefix of Telex-typed names (what a user really sends, one keystroke at a time).
Prints p50/p99 per class; then runs --gc-searches searches in a row (every class, typos on) and
reports the garbage collector's pauses seen through gc.callbacks. --json writes it all, with the
queries, for the `python -m bench` table. See docs/tui.md and docs/performance.md for the figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import threading
import time
from pathlib import Path

from bench.search_data import generate
from glossary.search import Index, Rank, file_digest, load_cached, po_files, save_cached
from glossary.store import Glossary
from glossary.text import fold
from tui.screens.lookup import RESULT_LIMIT

LIMIT = RESULT_LIMIT  # what the TUI asks for per keystroke


def ensure_data(root: Path, size: int) -> Path:
    folder = root / f"glossary-{size}"
    po = folder / "vi.po"
    if not po.exists():
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        po.write_text(generate(size), encoding="utf-8")
        print(f"generated {size} entries in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder


def ensure_index(folder: Path, cache: Path) -> tuple[Index, float]:
    """The index loaded from the cache (building it first if needed), and the load time."""
    started = time.perf_counter()
    index = load_cached(folder, cache)
    elapsed = time.perf_counter() - started
    if index is not None:
        return index, elapsed
    started = time.perf_counter()
    glossary = Glossary.open(folder)
    opened = time.perf_counter()
    built = Index(list(glossary))
    indexed = time.perf_counter()
    save_cached(built, folder, [(c.path.name, c.digest or "") for c in glossary.catalogs], cache)
    print(
        f"first run: PO load {opened - started:.1f} s, index build {indexed - opened:.1f} s, "
        f"cache write {time.perf_counter() - indexed:.1f} s",
        file=sys.stderr,
    )
    del glossary, built
    started = time.perf_counter()
    index = load_cached(folder, cache)
    assert index is not None
    return index, time.perf_counter() - started


def _typo(rng: random.Random, text: str) -> str:
    letters = list(text)
    for _ in range(rng.choice((1, 2)) if len(text) >= 5 else 1):
        i = rng.randrange(len(letters))
        if letters[i] != " ":
            letters[i] = rng.choice("abcdeghiklmnopqrstuvxy")
    return "".join(letters)


def _telex(form: str) -> str:
    """Type a Vietnamese form in Telex (enough of it for the benchmark: marks and tones)."""
    import unicodedata

    tones = {"\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j"}
    out = []
    for word in form.split():
        plain, tone = [], ""
        for ch in unicodedata.normalize("NFD", word.lower()):
            if ch in tones:
                tone = tones[ch]
            elif ch == "\u0302":
                plain.append(plain[-1])
            elif ch in ("\u031b", "\u0306"):
                plain.append("w")
            elif ch == "đ":
                plain.append("dd")
            else:
                plain.append(ch)
        out.append("".join(plain) + tone)
    return " ".join(out)


def queries(index: Index, rng: random.Random, count: int) -> dict[str, list[str]]:
    """Queries of each rank class, drawn from random entries."""
    out: dict[str, list[str]] = {k: [] for k in ("exact", "prefix", "word prefix", "substring", "typo")}
    typing: list[str] = []
    while len(out["typo"]) < count:
        entry = index.entry(rng.randrange(index.tables.size))
        vi = fold(entry.vi)
        words = vi.split()
        out["exact"].append(vi)
        out["prefix"].append(vi[: rng.randint(1, len(vi) - 1)])
        later = " ".join(words[1:])
        out["word prefix"].append(later[: rng.randint(1, len(later))])
        inner = rng.choice([w for w in words if len(w) > 2] or words)
        out["substring"].append(inner[1 : rng.randint(2, len(inner))] if len(inner) > 2 else inner[1:])
        out["typo"].append(_typo(rng, vi))
        if len(typing) < count * 3:
            telex = _telex(entry.vi)
            typing += [telex[:n] for n in range(1, len(telex) + 1)]
    out["keystrokes (Telex)"] = typing
    return out


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/glossary-bench"))
    parser.add_argument("--queries", type=int, default=300, help="queries per rank class")
    parser.add_argument("--gc-searches", type=int, default=10_000, help="searches watched for GC pauses")
    parser.add_argument("--json", type=Path, help="also write the figures (and the queries) here")
    args = parser.parse_args(argv)
    folder = ensure_data(args.data, args.size)
    cache = args.data / "cache"
    started = time.perf_counter()
    digests = [file_digest(f) for f in po_files(folder)]
    hashing = time.perf_counter() - started
    index, load = ensure_index(folder, cache)
    print(
        f"{args.size} entries: hashing the PO files {hashing * 1000:.0f} ms, index load {load * 1000:.0f} ms"
    )
    del digests
    rng = random.Random(7)
    cancel = threading.Event()
    report: dict = {"hashing_ms": hashing * 1000, "load_ms": load * 1000, "classes": {}}
    batches = queries(index, rng, args.queries)
    report["queries"] = batches
    print(f"{'class':<20}{'typos':>6}{'n':>7}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}   ranks seen")
    for name, batch in batches.items():
        for typos in (0, 2):
            if name == "typo" and typos == 0:
                continue
            samples: list[float] = []
            ranks: set[str] = set()
            for q in batch:
                t0 = time.perf_counter()
                found = index.search(q, LIMIT, typos=typos, cancel=cancel)
                samples.append((time.perf_counter() - t0) * 1000)
                ranks.update(Rank(m.rank).name.lower() for m in found[:1])
            print(
                f"{name:<20}{typos:>6}{len(samples):>7}{percentile(samples, 50):>9.2f}"
                f"{percentile(samples, 99):>9.2f}{max(samples):>9.2f}   {', '.join(sorted(ranks))}"
            )
            report["classes"][f"{name}/{typos}"] = {
                "n": len(samples),
                "p50": percentile(samples, 50),
                "p99": percentile(samples, 99),
                "max": max(samples),
            }
    if args.gc_searches:
        report["gc"] = gc_pauses(index, [q for batch in batches.values() for q in batch], args.gc_searches)
        g = report["gc"]
        print(
            f"{args.gc_searches} searches in a row: {g['collections']} collections "
            f"(gen 2: {g['gen2']}), longest pause {g['max_pause_ms']:.1f} ms, "
            f"{g['over_50ms']} over 50 ms; longest search {g['max_search_ms']:.1f} ms"
        )
    if args.json:
        args.json.write_text(json.dumps(report), encoding="utf-8")
    return 0


def gc_pauses(index: Index, pool: list[str], count: int) -> dict:
    """Run count searches (cycling through pool, typos on) and time every garbage collection."""
    pauses: list[tuple[int, float]] = []
    started: list[float] = []

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            pauses.append((info["generation"], (time.perf_counter() - started.pop()) * 1000))

    cancel = threading.Event()
    longest = 0.0
    gc.callbacks.append(watch)
    try:
        for n in range(count):
            t0 = time.perf_counter()
            index.search(pool[n % len(pool)], LIMIT, cancel=cancel)
            longest = max(longest, (time.perf_counter() - t0) * 1000)
    finally:
        gc.callbacks.remove(watch)
    return {
        "searches": count,
        "collections": len(pauses),
        "gen2": sum(1 for generation, _ in pauses if generation == 2),
        "max_pause_ms": max((ms for _, ms in pauses), default=0.0),
        "over_50ms": sum(1 for _, ms in pauses if ms > 50),
        "max_search_ms": longest,
    }


if __name__ == "__main__":
    sys.exit(main())
