"""PO load and save speed on a large generated glossary, against polib and msgfmt in the same run.

    .venv/bin/python -m bench.po_speed [--size 100000] [--data /tmp/glossary-bench] [--repeat 2]

Generates the glossary with bench/search_data.py the first time (the file is reused afterwards),
then times, on the same file: our parse_po, polib.pofile (reference), ``msgfmt --check -o
/dev/null`` (reference), Catalog.load, Catalog.render, encode_po, and str(pofile) on polib's own
catalog (reference).  Each is run --repeat times; all times are shown and the best counts.  Prints
MB/s (of the file's size) and the ratios ours/polib and ours/msgfmt; see docs/performance.md.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polib

from bench.search_data import generate
from glossary.po import encode_po, parse_po
from glossary.store import Catalog


def ensure_data(root: Path, size: int) -> Path:
    """The generated glossary file for this size, written the first time (same place as search_latency)."""
    po = root / f"glossary-{size}" / "vi.po"
    if not po.exists():
        po.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        po.write_text(generate(size), encoding="utf-8")
        print(f"generated {size} entries in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return po


def timed(repeat: int, run: Callable[[], object]) -> list[float]:
    """The time of each of repeat runs, in seconds; the result of each run is dropped before the next."""
    times = []
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
        del result
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100_000, help="entries in the generated glossary")
    parser.add_argument("--data", type=Path, default=Path("/tmp/glossary-bench"))
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement (best counts)")
    args = parser.parse_args(argv)
    path = ensure_data(args.data, args.size)
    data = path.read_bytes()
    megabytes = len(data) / 1e6
    print(f"{path}: {args.size} entries, {megabytes:.1f} MB; best of {args.repeat} runs")

    runs: dict[str, list[float]] = {}
    runs["parse_po"] = timed(args.repeat, lambda: parse_po(data, str(path)))
    runs["polib.pofile"] = timed(args.repeat, lambda: polib.pofile(str(path)))
    msgfmt = shutil.which("msgfmt")
    if msgfmt is not None:
        command = [msgfmt, "--check", "-o", "/dev/null", str(path)]
        runs["msgfmt --check"] = timed(
            args.repeat, lambda: subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
        )
    runs["Catalog.load"] = timed(args.repeat, lambda: Catalog.load(path))
    catalog = Catalog.load(path)
    runs["Catalog.render"] = timed(args.repeat, catalog.render)
    ours = parse_po(data, str(path))
    runs["encode_po"] = timed(args.repeat, lambda: encode_po(ours))
    theirs = polib.pofile(str(path))
    runs["polib str(pofile)"] = timed(args.repeat, lambda: str(theirs))

    times = {name: min(seconds) for name, seconds in runs.items()}
    references = {
        "parse_po": ("polib.pofile", "msgfmt --check"),
        "Catalog.load": ("polib.pofile", "msgfmt --check"),
        "Catalog.render": ("polib str(pofile)",),
        "encode_po": ("polib str(pofile)",),
    }
    print(f"{'step':<20}{'best s':>8}{'MB/s':>8}  {'all runs s':<18}ratio (ours/reference, < 1 is faster)")
    for name, seconds in times.items():
        ratios = [
            f"{seconds / times[other]:.2f} x {other}" for other in references.get(name, ()) if other in times
        ]
        every = " ".join(f"{run:.2f}" for run in runs[name])
        print(f"{name:<20}{seconds:>8.2f}{megabytes / seconds:>8.1f}  {every:<18}{', '.join(ratios)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
