"""`glossary mine --dry-run` on megabytes of degenerate text, each shape against news of the same
size mined in the same run: the large probe behind tests/test_robust_round21.py (which counts the
miner's lines on a few kilobytes instead of timing).

    python -m soak.degenerate [--size-mb 1.7] [--limit 20]

A shape fails when it takes more than --limit times the news, or exits with anything but 0.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.test_reliability_bounds import NEWS
from tests.test_robust_round21 import DEGENERATE

ROOT = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _mine(path: Path, folder: Path) -> tuple[float, int, str]:
    """The CPU seconds of the whole process (the machine may be busy: wall time would say little),
    its exit code and the last line of its stderr."""
    command = [
        sys.executable,
        "-m",
        "glossary",
        "--glossary",
        str(folder / "g"),
        "mine",
        "--dry-run",
        str(path),
    ]
    before = _children_cpu()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    lines = result.stderr.strip().splitlines()
    return _children_cpu() - before, result.returncode, lines[-1] if lines else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=1.7)
    parser.add_argument("--limit", type=float, default=20.0)
    args = parser.parse_args(argv)
    size = int(args.size_mb * 1e6)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="soak-degenerate-") as tmp:
        folder = Path(tmp)
        (folder / "g").mkdir()
        texts = {"news (the seed articles, repeated)": (NEWS + "\n") * (size // (len(NEWS) + 1) + 1)}
        texts.update((name, shape(size)) for name, shape in DEGENERATE.items())
        base = 0.0
        print("| input | characters | CPU seconds | per million characters | against news | exit |")
        print("| --- | --- | --- | --- | --- | --- |")
        for name, text in texts.items():
            path = folder / "in.txt"
            path.write_text(text[:size] if name.startswith("news") else text, encoding="utf-8")
            took, code, last = _mine(path, folder)
            chars = len(path.read_text(encoding="utf-8"))
            per = took / (chars / 1e6)
            base = base or per
            ratio = per / base
            bad = code != 0 or ratio > args.limit
            failed += bad
            print(
                f"| {name} | {chars:,} | {took:.1f} | {per:.1f} | {ratio:.1f}x | {code}"
                f"{' FAILED: ' + last if bad else ''} |",
                flush=True,
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
