"""Time from launching the TUI to a usable lookup screen, on a large generated glossary.

    .venv/bin/python -m bench.tui_launch [--size 1000000] [--data /tmp/glossary-bench]

Run bench/search_latency.py first: it generates the glossary and builds the index cache. This
starts the real app headless (App.run_test, 100x30), and stops the clock when the results table
shows the first rows; then it types a Telex query and times the first keystroke-to-results round
trip through the worker. The full PO load goes on in the background, as in real use.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

from textual.widgets import DataTable, Static


async def measure(folder: Path, cache: Path) -> tuple[float, float]:
    started = time.perf_counter()
    from tui.app import GlossaryApp

    app = GlossaryApp(folder, cache_dir=cache)
    async with app.run_test(size=(100, 30)) as pilot:
        while not app.screen.query("#results") or app.screen.query_one("#results", DataTable).row_count == 0:
            await asyncio.sleep(0.005)
        usable = time.perf_counter() - started
        status = app.screen.query_one("#status", Static)
        before = str(status.render())
        typed = time.perf_counter()
        await pilot.press(*"thawng long")
        while str(status.render()) == before or "match(es)" not in str(status.render()):
            await asyncio.sleep(0.002)
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
    print(f"typing 'thawng long' (11 keystrokes) to its results on screen {search * 1000:.0f} ms")
    sys.stdout.flush()
    # The full PO load is still running in its worker thread: do not wait for it.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
