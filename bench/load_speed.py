"""Loading a big glossary as whole processes, beside polib and msgfmt, in one run (issue 12, point 4).

    .venv/bin/python -m bench.load_speed [--size 1000000] [--data /tmp/glossary-bench] [--repeat 2]
        [--before /path/to/a/worktree/of/an/older/commit] [--no-open]

Each round runs, one after the other on the same generated file (bench/search_data.py): the cold
index (`python -m bench.lookup_process` with an empty cache folder: parse, build, cache write, one
lookup), `Glossary.open` (the full load review needs), `polib.pofile` and `msgfmt --check`; with
--before, the first two also with the code of that worktree (put first on PYTHONPATH), so that
before and after are measured in the same minutes. Every process runs under GNU time: wall
seconds, CPU seconds (user + system: what other load on a shared machine inflates less) and peak
resident memory. Rounds take turns; the best wall time of each command counts, and its ratios to the
yardsticks use the yardsticks' best. The load average is printed at the start and the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.search_data import generate

GNU_TIME = "/usr/bin/time"
HERE = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float


def measure(command: list[str], env: dict[str, str]) -> Run:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        started = time.perf_counter()
        done = subprocess.run(
            [GNU_TIME, "-o", report.name, "-f", "%U %S %M", *command],
            env=env,
            cwd=tempfile.gettempdir(),  # not a source tree: PYTHONPATH alone says which code runs
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wall = time.perf_counter() - started
        fields = report.read().split()
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command} failed:\n{done.stderr[-2000:]}")
    user, system, peak = float(fields[-3]), float(fields[-2]), int(fields[-1])
    return Run(wall, user + system, peak / 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=Path("/tmp/glossary-bench"))
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--before", type=Path, help="a worktree of the code to compare with")
    parser.add_argument(
        "--no-open", action="store_true", help="leave out Glossary.open (the cold index and yardsticks only)"
    )
    args = parser.parse_args(argv)
    po = args.data / f"glossary-{args.size}" / "vi.po"
    if not po.exists():
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_text(generate(args.size), encoding="utf-8")
    python = sys.executable
    trees = {"after": HERE} | ({"before": args.before.resolve()} if args.before else {})
    commands: dict[str, tuple[list[str], dict[str, str]]] = {}
    for name, tree in trees.items():
        env = dict(os.environ, PYTHONPATH=str(tree))
        commands[f"cold index ({name})"] = (
            [python, "-m", "bench.lookup_process", str(po.parent), "thang long", "--cache", "CACHE"],
            env,
        )
        if not args.no_open:
            load = "import sys; from glossary.store import Glossary; Glossary.open(sys.argv[1])"
            commands[f"Glossary.open ({name})"] = ([python, "-c", load, str(po)], env)
    commands["polib.pofile"] = ([python, "-c", "import sys, polib; polib.pofile(sys.argv[1])", str(po)], {})
    msgfmt = shutil.which("msgfmt")
    if msgfmt:
        commands["msgfmt --check"] = ([msgfmt, "--check", "-o", os.devnull, str(po)], {})
    megabytes = po.stat().st_size / 1e6
    print(f"{po}: {args.size:,} entries, {megabytes:.0f} MB; load average at start {os.getloadavg()}")
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, (command, env) in commands.items():
            with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
                command = [cache if part == "CACHE" else part for part in command]
                runs[name].append(measure(command, env or dict(os.environ)))
    print(f"load average at the end {os.getloadavg()}")
    best = {name: min(found, key=lambda r: r.wall) for name, found in runs.items()}
    polib_run, msgfmt_run = best["polib.pofile"], best.get("msgfmt --check")
    print(f"{'command':<26}{'wall s':>8}{'CPU s':>8}{'peak MB':>9}  ratios (wall; CPU)   all wall s")
    for name, run in best.items():
        ratios = f"{run.wall / polib_run.wall:.2f} x polib ({run.cpu / polib_run.cpu:.2f})"
        if msgfmt_run is not None:
            ratios += f", {run.wall / msgfmt_run.wall:.2f} x msgfmt ({run.cpu / msgfmt_run.cpu:.2f})"
        every = " ".join(f"{r.wall:.1f}" for r in runs[name])
        print(f"{name:<26}{run.wall:>8.2f}{run.cpu:>8.2f}{run.peak_mb:>9.0f}  {ratios}   {every}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
