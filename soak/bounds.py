"""Hostile input against a plain operation on the same input, timed in the same run: the figures
behind tests/test_reliability_bounds.py (which asserts generous multiples of them).

    python -m soak.bounds
"""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from glossary.index import lookup
from glossary.model import Entry, Kind, Status
from tests.test_reliability_bounds import HEADER, HOSTILE, LINE, LOAD_PROBE, NEWS, mine_cold

ROOT = Path(__file__).resolve().parent.parent
PO_CASES = {
    "PO: a 1,000,000-character msgid": lambda: HEADER + b'msgid "' + b"a" * 1_000_000 + b'"\nmsgstr "x"\n',
    "PO: 100,000 backslash continuation lines": lambda: (
        HEADER + b'msgid "a"\nmsgstr "' + (LINE + b"\\\n") * 100_000 + b'"\n'
    ),
    "PO: 100,000 string continuation lines": lambda: (
        HEADER + b'msgid "a"\nmsgstr ""\n' + (b'"' + LINE + b'"\n') * 100_000
    ),
    "PO: a 50 MB msgstr": lambda: HEADER + b'msgid "a"\nmsgstr "' + b"b" * 50_000_000 + b'"\n',
}


def _best(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def rows() -> list[str]:
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for name, content in PO_CASES.items():
            path = Path(folder) / "vi.po"
            path.write_bytes(content())
            command = [sys.executable, "-c", LOAD_PROBE, str(path)]
            p = json.loads(
                subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout
            )
            growth = p["growth"] / 2**20
            out.append(
                f"| {name} ({p['size'] / 2**20:.1f} MiB) | load {p['load']:.2f} s | decode, NFC, split "
                f"{p['baseline']:.3f} s | {p['load'] / p['baseline']:.0f}x | peak memory +{growth:.0f} MiB "
                f"({p['growth'] / p['size']:.1f}x the file) |"
            )
    letters = random.Random(2000)
    word = "".join(letters.choice(string.ascii_lowercase) for _ in range(2000))
    normal = [Entry(en=f"Entry {i}", vi=f"Mục {i}") for i in range(50)]
    hostile = [Entry(en=word, vi="Hà Nội", kind=Kind.PLACE, status=Status.APPROVED), *normal]
    plain = [Entry(en="internationalisation", vi="Hà Nội", kind=Kind.PLACE, status=Status.APPROVED), *normal]
    base = _best(3, lambda: lookup(plain, "hanoj"))
    took = _best(3, lambda: lookup(hostile, "hanoj"))
    out.append(
        f"| lookup with a 2,000-letter word | {took * 1000:.1f} ms | the same with a 20-letter word "
        f"{base * 1000:.1f} ms | {took / base:.1f}x | |"
    )
    size = 24_000
    news = NEWS[:size]
    mine_cold("Tô Lâm visited Hà Nội.")
    base = _best(3, lambda: mine_cold(news))
    for name, piece in HOSTILE.items():
        text = piece * (size // len(piece))
        took = _best(2, lambda text=text: mine_cold(text))
        out.append(
            f"| miner: {name} ({len(text) // 1000} K characters) | {took:.3f} s | the seed articles, "
            f"same size {base:.3f} s | {took / base:.1f}x | |"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    print("| input | time | yardstick in the same run | ratio | memory |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows():
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
