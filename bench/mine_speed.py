"""Mining speed in MB/s on a generated corpus of at least 20 MB, with one process and with --jobs N.

The corpus repeats the seed texts with variations (paragraphs shuffled, names and numbers swapped,
some files NFD, some HTML) so the miner cannot lean on caches of identical text.

    .venv/bin/python -m bench.mine_speed [--size-mb 20] [--jobs 1 2]

Each time is also given as a multiple of a reference measured just before it (reading the corpus
and splitting it into words with one regex, best of 3), which varies less across machines and
loads than MB/s.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
import unicodedata
from pathlib import Path

from glossary.mine.pipeline import mine_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
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
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mine-bench-") as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, args.size_mb)
        files = len(list(folder.iterdir()))
        print(f"corpus: {size / 1e6:.1f} MB in {files} files")
        baseline = None
        for jobs in args.jobs:
            # The yardstick right before each run, so both see the same load on a shared machine.
            reference = min(reference_pass(folder) for _ in range(3))
            start = time.perf_counter()
            result = mine_paths([folder], jobs=jobs)
            elapsed = time.perf_counter() - start
            speed = size / 1e6 / elapsed
            baseline = baseline or speed
            print(
                f"--jobs {jobs}: {elapsed:6.2f} s  {speed:6.2f} MB/s  x{speed / baseline:.2f}  "
                f"= {elapsed / reference:4.1f} x reference ({size / 1e6 / reference:.1f} MB/s)  "
                f"({result.mentions} mentions, {len(result.entries)} candidates)"
            )


if __name__ == "__main__":
    main()
