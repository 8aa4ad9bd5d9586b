"""Run every long reliability probe (`make soak`) and print what each tried and lost.

    python -m soak [--quick]

--quick runs each with small counts (a minute or two), to check the probes themselves.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import subprocess
import sys
import time

from soak import adds, bounds, degenerate, fuzz, kill, sweep, writers

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _cli_fuzz(examples: int) -> tuple[int, str]:
    """The suite's CLI fuzzing (tests/test_reliability_fuzz.py) with a larger budget."""
    env = dict(os.environ, GLOSSARY_FUZZ_EXAMPLES=str(examples))
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_reliability_fuzz.py"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-500:]
    line = (
        f"CLI fuzzing: every command (lookup, add, mine, eval, stats, export, import, check) and random "
        f"command lines, {examples} generated inputs per property, {time.monotonic() - started:.0f} s: {last}"
    )
    return result.returncode, line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    quick = args.quick
    probes = [
        ("kill", kill.main, ["--entries", "5000", "--kills", "6"] if quick else []),
        ("writers", writers.main, ["--rounds", "6", "--entries", "2000"] if quick else []),
        ("adds", adds.main, ["--entries", "2000", "--adds", "5"] if quick else []),
        ("fuzz", fuzz.main, ["--examples", "50"] if quick else []),
        ("bounds", bounds.main, []),
        ("degenerate", degenerate.main, ["--size-mb", "0.2"] if quick else []),
        ("sweep", sweep.main, ["--only", "utf16.po", "loop1.po", "ctrl.po"] if quick else []),
    ]
    failed = 0
    for name, probe, probe_args in probes:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = probe(probe_args)
        failed += code != 0
        print(out.getvalue().rstrip() + ("" if code == 0 else f"\n{name}: FAILED (exit {code})"), flush=True)
    code, line = _cli_fuzz(100 if quick else 3000)
    failed += code != 0
    print(line, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
