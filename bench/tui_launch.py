"""Time from launching the TUI to a usable lookup screen, on a large generated glossary.

    .venv/bin/python -m bench.tui_launch [--size 1000000] [--data /tmp/glossary-bench]

Run bench/search_latency.py first: it generates the glossary and builds the index cache. This
starts the real app headless (App.run_test, 100x30), and stops the clock when the results table
shows the first rows; then it puts a Telex query in the search box and times the round trip to its
results on screen (the search worker, the table and the detail pane). With the index cache the PO
files are not parsed at all until review or export needs them.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

from textual.widgets import DataTable, Input, Static


async def measure(folder: Path, cache: Path) -> tuple[float, float]:
    started = time.perf_counter()
    from tui.app import GlossaryApp

    app = GlossaryApp(folder, cache_dir=cache)
    async with app.run_test(size=(100, 30)):
        while not app.screen.query("#results") or app.screen.query_one("#results", DataTable).row_count == 0:
            await asyncio.sleep(0.005)
        usable = time.perf_counter() - started
        status = app.screen.query_one("#status", Static)
        before = str(status.render())
        # The query is put in the box directly: Pilot.press waits for the screen to go idle after
        # every key (about 120 ms each, even on a tiny glossary), which would time Pilot, not us.
        typed = time.perf_counter()
        app.screen.query_one("#query", Input).value = "thawng long"
        while str(status.render()) == before or "match(es)" not in str(status.render()):
            await asyncio.sleep(0.001)
        search = time.perf_counter() - typed
    return usable, search


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/glossary-bench"))
    args = parser.parse_args(argv)
    folder = args.data / f"glossary-{args.size}"
    if not (folder / "vi.po").exists():
        print(
            "run `python -m bench.search_latency` first to generate the data and the cache", file=sys.stderr
        )
        return 2
    usable, search = asyncio.run(measure(folder, args.data / "cache"))
    print(f"{args.size} entries: launch to usable lookup screen {usable * 1000:.0f} ms")
    print(f"query 'thawng long' to its results on screen {search * 1000:.0f} ms")
    sys.stdout.flush()
    # Do not wait for the interpreter to free a million decoded index tables one by one.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
