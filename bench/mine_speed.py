"""Mining speed in MB/s on a generated corpus of at least 20 MB, with one process and with --jobs N.

The corpus repeats the seed texts and the real pages of the development corpus (tests/corpus/dev/;
never the blind part) with variations (paragraphs shuffled, names and numbers swapped, some files
NFD, some HTML) so the miner cannot lean on caches of identical text.

    .venv/bin/python -m bench.mine_speed [--size-mb 20] [--jobs 1 2]

Every run starts with cold caches. The --jobs values take turns for --repeat rounds and the best
wall time of each is kept; each is also given as a multiple of a reference measured between the runs
(reading the corpus and splitting it into words with one regex, best of all), which varies less
across machines and loads than MB/s, and with the CPU seconds it used (this process plus its
workers), which another busy process on a shared machine does not inflate the way it does wall time.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import tempfile
import time
import unicodedata
from pathlib import Path

from glossary.mine.pipeline import MineResult, clear_caches, mine_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# Real published pages, the development part only: the blind part is scored once, never benchmarked.
REAL_PAGES = sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))
# Swaps that keep the texts realistic: other names, places and numbers in the same slots.
SWAPS = [
    ("To Lam", "Luong Cuong"),
    ("Tô Lâm", "Lương Cường"),
    ("Audrey Azoulay", "Khaled El-Enany"),
    ("Azoulay", "El-Enany"),
    ("Hanoi", "Da Nang"),
    ("Cao Bang", "Ha Giang"),
    ("Paris", "Geneva"),
    ("2024", "2025"),
]


def build_corpus(folder: Path, size_mb: float, seed: int = 7) -> int:
    """Write files until the corpus holds size_mb megabytes; return the byte count."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS + REAL_PAGES]
    target = int(size_mb * 1_000_000)
    total = n = 0
    while total < target:
        parts: list[str] = []
        while sum(len(p) for p in parts) < 40_000:
            paragraphs = rng.choice(texts).split("\n\n")
            rng.shuffle(paragraphs)
            parts.append("\n\n".join(paragraphs))
        text = "\n\n".join(parts)
        for old, new in rng.sample(SWAPS, k=3):
            text = text.replace(old, new)
        if n % 5 == 0:
            text = unicodedata.normalize("NFD", text)
        if n % 7 == 0:
            body = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
            data = f"<html><head><title>t</title></head><body>{body}</body></html>".encode()
            path = folder / f"doc{n:05d}.html"
        else:
            data = text.encode("utf-8")
            path = folder / f"doc{n:05d}.txt"
        path.write_bytes(data)
        total += len(data)
        n += 1
    return total


_WORD = re.compile(r"\w+")


def reference_pass(folder: Path) -> float:
    """Seconds to read every file of the corpus and split it into words with one regex: a yardstick
    measured in the same run, so the miner's figures can be compared across machines."""
    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        _WORD.findall(path.read_bytes().decode("utf-8"))
    return time.perf_counter() - start


def timed_run(folder: Path, jobs: int) -> tuple[float, float, MineResult]:
    """Wall seconds and CPU seconds (this process and its workers) of one cold run."""
    clear_caches()  # every run starts cold, as a fresh `glossary mine` does (forks inherit caches)
    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    result = mine_paths([folder], jobs=jobs)
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu + _children_cpu() - children
    return wall, cpu, result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="runs per --jobs value (best one kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mine-bench-") as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, args.size_mb)
        files = len(list(folder.iterdir()))
        mb = size / 1e6
        print(f"corpus: {mb:.1f} MB in {files} files")
        walls: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        cpus: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
        references: list[float] = []
        summary = ""
        # The --jobs values take turns, so a burst of load elsewhere on a shared machine hits each
        # of them alike; the yardstick is measured between the runs for the same reason.
        for _ in range(args.repeat):
            for jobs in args.jobs:
                references.append(min(reference_pass(folder) for _ in range(3)))
                wall, cpu, result = timed_run(folder, jobs)
                walls[jobs].append(wall)
                cpus[jobs].append(cpu)
                summary = f"{result.mentions} mentions, {len(result.entries)} candidates"
        reference = min(references)
        print(f"{summary}; reference (read + split into words): best {mb / reference:.1f} MB/s")
        base = min(walls[args.jobs[0]])
        for jobs in args.jobs:
            best = min(walls[jobs])
            runs = ", ".join(f"{w:.2f}" for w in walls[jobs])
            print(
                f"--jobs {jobs}: best {best:6.2f} s = {mb / best:5.2f} MB/s  x{base / best:.2f}  "
                f"= {best / reference:4.1f} x reference;  CPU {min(cpus[jobs]):6.2f} s "
                f"= {mb / min(cpus[jobs]):5.2f} MB per CPU-second;  runs: {runs} s"
            )


if __name__ == "__main__":
    main()
