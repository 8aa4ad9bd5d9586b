"""`glossary lookup` as a whole process that opens the glossary through the index cache.

    .venv/bin/python -m bench.lookup_process GLOSSARY QUERY [--cache DIR] [--limit 10]

What the CLI's lookup does once it opens through glossary.search.open_index (issue 12, phase 2
wires cli.py): with a current cache no PO file is parsed, only hashed, and the entries shown are
decoded from the cache one by one; without one, the PO files are parsed, indexed and cached (the
steps of open_index's slow path, taken one by one here to time each). Prints the matches as
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
    if index is None:  # what open_index does then, step by step
        from glossary.store import read_entries  # as open_index: only on this path, it slows a warm start

        entries, digests = read_entries(args.glossary)
        steps["parse"] = time.perf_counter() - started
        index = Index(entries)
        steps["build"] = time.perf_counter() - started - steps["parse"]
        save_cached(index, args.glossary, digests, args.cache)
        steps["write"] = time.perf_counter() - started - steps["parse"] - steps["build"]
    opened = time.perf_counter()
    shown = [s for s in Status if s is not Status.REJECTED]  # as `glossary lookup` without --all
    matches = index.search(args.query, args.limit, statuses=shown)
    searched = time.perf_counter()
    for m in matches:
        print(f"{m.entry.vi} = {m.entry.en} ({m.entry.kind.value})")
    timings = {"open": opened - started, "search": searched - opened, "cached": not index.bound, **steps}
    print(json.dumps(timings), file=sys.stderr)
    return 0 if matches else 1


if __name__ == "__main__":
    sys.exit(main())
