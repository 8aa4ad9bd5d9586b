"""`glossary lookup` as a whole process that opens the glossary through the index cache.

    .venv/bin/python -m bench.lookup_process GLOSSARY QUERY [--cache DIR] [--limit 10]

What the CLI's lookup does once it opens through glossary.search.open_index (issue 12, phase 2
wires cli.py): with a current cache no PO file is parsed, only hashed, and the entries shown are
decoded from the cache one by one; without one, the PO files are parsed, indexed and cached (the
steps of open_index's slow path, glossary.search.build_index, taken one by one here to time each:
"build" is reading the PO files and building the tables, on two cores for a large glossary, and
"write" the cache write). Prints the matches as
`vi = en (kind)` lines, then one JSON line on stderr with the times.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from glossary.model import Status
from glossary.search import Index, load_cached, save_cached


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("glossary", type=Path)
    parser.add_argument("query")
    parser.add_argument("--cache", type=Path, default=None, help="cache folder (default: the user's)")
    parser.add_argument("--limit", type=int, default=10)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    steps: dict[str, float] = {}
    index = load_cached(args.glossary, args.cache)
    cached = index is not None
    if index is None:  # what open_index does then (build_index), step by step
        # As build_index: only on this path, it slows a warm start.
        from glossary.search.cache import cache_key
        from glossary.search.coldbuild import build_from_files

        tables, digests = build_from_files(args.glossary)
        tables.key = cache_key(digests)
        index = Index.from_tables(tables)
        steps["build"] = time.perf_counter() - started
        save_cached(index, args.glossary, digests, args.cache)
        steps["write"] = time.perf_counter() - started - steps["build"]
    opened = time.perf_counter()
    shown = [s for s in Status if s is not Status.REJECTED]  # as `glossary lookup` without --all
    matches = index.search(args.query, args.limit, statuses=shown)
    searched = time.perf_counter()
    for m in matches:
        print(f"{m.entry.vi} = {m.entry.en} ({m.entry.kind.value})")
    timings = {"open": opened - started, "search": searched - opened, "cached": cached, **steps}
    print(json.dumps(timings), file=sys.stderr)
    return 0 if matches else 1


if __name__ == "__main__":
    sys.exit(main())
