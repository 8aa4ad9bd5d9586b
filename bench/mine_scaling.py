"""Mining a larger corpus as whole processes: --jobs 2 against a local Dask cluster of two workers.

    .venv/bin/python -m bench.mine_scaling [--size-mb 300] [--repeat 1]

Builds the corpus of bench/mine_speed.py (the seed texts shuffled and varied) and runs
`glossary mine --dry-run --format json` on it with each engine, timing the whole process and sampling
the resident memory of the process and all its children (workers, Dask's nanny and scheduler)
every 0.2 s: the peak of their sum, and the largest single process. Checks that both engines print
the same result. Figures in docs/scaling.md.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil  # comes with dask.distributed

from bench.mine_speed import build_corpus

ENGINES = {
    "--jobs 1": ["--jobs", "1"],
    "--jobs 2": ["--jobs", "2"],
    "dask, 2 workers": ["--engine", "dask", "--jobs", "2"],
}


def run(command: list[str], out: Path) -> tuple[float, float, float, str]:
    """Wall seconds, peak MB of the process tree's sum and of its largest process, and the output digest."""
    with open(out, "wb") as sink:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
        top = psutil.Process(child.pid)
        peak_sum = peak_one = 0
        while child.poll() is None:
            try:
                tree = [top, *top.children(recursive=True)]
                sizes = [p.memory_info().rss for p in tree]
            except psutil.Error:
                continue
            peak_sum, peak_one = max(peak_sum, sum(sizes)), max(peak_one, max(sizes))
            time.sleep(0.2)
        wall = time.perf_counter() - started
    if child.returncode:
        raise SystemExit(f"{' '.join(command)} failed")
    return wall, peak_sum / 1e6, peak_one / 1e6, hashlib.sha256(out.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=300.0)
    parser.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mine-scaling-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        megabytes = build_corpus(corpus, args.size_mb) / 1e6
        files = len(list(corpus.iterdir()))
        print(f"corpus: {megabytes:.0f} MB in {files} files")
        digests = set()
        for name in args.engines:
            command = [
                sys.executable,
                "-m",
                "glossary",
                "--glossary",
                str(Path(tmp) / "g"),
                "mine",
                "--dry-run",
                "--format",
                "json",
                str(corpus),
                *ENGINES[name],
            ]
            wall, total, largest, digest = run(command, Path(tmp) / "out.json")
            digests.add(digest)
            print(
                f"{name:<16} {wall:7.1f} s  {megabytes / wall:5.2f} MB/s  peak memory: all processes "
                f"{total:6.0f} MB, largest one {largest:6.0f} MB",
                flush=True,
            )
        print("same output from every engine" if len(digests) == 1 else "THE ENGINES DIFFER")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
