"""`python -m bench` (make bench): one table of every figure, measured in one run, with yardsticks.

    .venv/bin/python -m bench [--quick] [--data /tmp/glossary-bench] [--sizes 10000 100000 1000000]
        [--only open lookup mining interchange check] [--repeat N]

Every figure is a whole process (bench/measure.py: wall time and peak resident memory), except the
per-keystroke latencies, which are timed inside one process as the TUI calls the index. Beside each
figure stands a yardstick run in the same run on the same input:

* open: the index built cold (PO read and index build, on two cores from 4 MB of PO files, then
  the cache write) and opened warm (from the cache), then a lookup, as `glossary lookup` runs
  (bench/lookup_process.py); `Glossary.open` (the full load review needs); beside them
  `polib.pofile` and `msgfmt --check` of the same file;
* lookup: p50/p99 per query class on the largest glossary (bench/search_latency.py), beside
  `fzf --filter` over the same folded forms, one process per query (as a script would call it);
  the garbage collector's longest pause over 10,000 searches; TUI launch to a usable screen;
* mining: MB/s of `glossary mine --dry-run` with --jobs 1, --jobs 2 and on a local Dask cluster of
  two workers, beside reading the corpus and splitting it into words with one regex;
* interchange: export and import per format beside polib's save and msgcat
  (bench/interchange_speed.py, at 100k entries; 10k with --quick);
* check: MB/s of `glossary check` on real text against 100,000 entries beside `grep -F -f` with the
  same forms and bare Aho–Corasick scans (bench/check_speed.py).

--quick uses 10k and 100k entries, a 5 MB corpus and one run of each; the full run adds 1M entries
and keeps the best of two runs (one at 1M, where a cold build takes minutes). The generated data is
kept under --data and reused.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import measure
from bench.mine_speed import build_corpus, reference_pass
from bench.search_data import generate

QUERY = "thang long"
AREAS = ["open", "lookup", "mining", "interchange", "check"]
# Query classes shown in the table (typos on, as the TUI searches), and their p99 targets in ms.
CLASSES = {
    "exact/2": ("exact", 16),
    "prefix/2": ("prefix", 16),
    "word prefix/2": ("word prefix", 16),
    "substring/2": ("substring", 16),
    "typo/2": ("typo", 50),
    "keystrokes (Telex)/2": ("keystrokes (Telex)", 16),
}


@dataclass
class Row:
    area: str
    measure: str
    size: str
    figure: str
    peak: str = ""
    beside: str = ""
    ratio: str = ""


def _mb(value: float) -> str:
    return f"{value:.0f}" if value else "?"


def _best(runs: list[measure.Measured]) -> measure.Measured:
    failed = [r for r in runs if r.returncode not in (0, 1)]
    if failed:
        raise SystemExit(f"a measured command failed:\n{failed[0].stderr[-2000:]}")
    return min(runs, key=lambda r: r.wall)


def _repeat(count: int, run: Callable[[], measure.Measured]) -> measure.Measured:
    return _best([run() for _ in range(count)])


def ensure_po(data: Path, size: int) -> Path:
    po = data / f"glossary-{size}" / "vi.po"
    if not po.exists():
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_text(generate(size), encoding="utf-8")
    return po


def open_rows(data: Path, size: int, repeat: int) -> list[Row]:
    """Cold and warm index, the full load, and polib and msgfmt on the same file."""
    po = ensure_po(data, size)
    folder = po.parent
    megabytes = po.stat().st_size / 1e6
    label = f"{size:,} ({megabytes:.0f} MB)"
    lookup = ["-m", "bench.lookup_process", str(folder), QUERY]
    cold_runs, warm_runs, cli_runs = [], [], []
    # The real command too, on the cache the bench's process wrote: what a script calling
    # `glossary lookup` waits for, its start-up (imports, argument parser) included.
    cli = [sys.executable, "-m", "glossary", "--glossary", str(folder), "lookup", QUERY]
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="bench-cache-") as cache:
            cold_runs.append(measure.run([sys.executable, *lookup, "--cache", cache]))
            warm_runs.append(measure.run([sys.executable, *lookup, "--cache", cache]))
            cli_runs.append(measure.run(cli, env={"GLOSSARY_CACHE_DIR": cache}))
    cold, warm, warm_cli = _best(cold_runs), _best(warm_runs), _best(cli_runs)
    steps = json.loads(cold.stderr.strip().splitlines()[-1])  # the cold process's own step times
    if "true" not in warm.stderr:
        raise SystemExit(f"the warm lookup did not open from the cache: {warm.stderr}")
    load = _repeat(
        repeat,
        lambda: measure.run(
            [
                sys.executable,
                "-c",
                "import sys; from glossary.store import Glossary; Glossary.open(sys.argv[1])",
                str(po),
            ]
        ),
    )
    polib = _repeat(
        repeat,
        lambda: measure.run([sys.executable, "-c", "import sys, polib; polib.pofile(sys.argv[1])", str(po)]),
    )
    rows = [
        Row(
            "open",
            "index cold: read, build, cache, lookup (2 cores)",
            label,
            f"{cold.wall:.2f} s",
            _mb(cold.peak_mb),
            f"polib.pofile {polib.wall:.2f} s, {_mb(polib.peak_mb)} MB",
            f"{cold.wall / polib.wall:.2f} x polib",
        ),
        Row(
            "open",
            "  of which reading and building",
            label,
            f"{steps['build']:.2f} s (then cache write {steps['write']:.2f} s)",
            "",
            f"polib.pofile {polib.wall:.2f} s",
            f"{steps['build'] / polib.wall:.2f} x polib",
        ),
        Row(
            "open",
            "lookup warm (from the cache)",
            label,
            f"{warm.wall:.2f} s",
            _mb(warm.peak_mb),
            "target < 0.3 s, < 300 MB at 1M",
            "",
        ),
        Row(
            "open",
            "`glossary lookup` warm (the real command)",
            label,
            f"{warm_cli.wall:.2f} s",
            _mb(warm_cli.peak_mb),
            "target < 0.3 s, < 300 MB at 1M",
            "",
        ),
    ]
    msgfmt = measure.which("msgfmt")
    if msgfmt:
        check = _repeat(repeat, lambda: measure.run([msgfmt, "--check", "-o", os.devnull, str(po)]))
        rows.append(
            Row(
                "open",
                "Glossary.open (full load for review)",
                label,
                f"{load.wall:.2f} s",
                _mb(load.peak_mb),
                f"msgfmt --check {check.wall:.2f} s, {_mb(check.peak_mb)} MB",
                f"{load.wall / check.wall:.2f} x msgfmt",
            )
        )
    else:
        rows.append(
            Row(
                "open",
                "Glossary.open (full load for review)",
                label,
                f"{load.wall:.2f} s",
                _mb(load.peak_mb),
                "msgfmt missing (Debian gettext)",
                "",
            )
        )
    return rows


def lookup_rows(data: Path, size: int, queries: int, fzf_queries: int) -> list[Row]:
    """Per-keystroke latency per class (one process), fzf --filter per query, GC pauses, TUI launch."""
    label = f"{size:,}"
    report_path = data / f"latency-{size}.json"
    run = measure.python(
        "bench.search_latency",
        "--size",
        str(size),
        "--data",
        str(data),
        "--queries",
        str(queries),
        "--json",
        str(report_path),
    )
    if run.returncode:
        raise SystemExit(run.stderr[-2000:])
    report = json.loads(report_path.read_text(encoding="utf-8"))
    fzf = measure.which("fzf")
    forms = data / f"forms-{size}.txt"
    if fzf and not forms.exists():
        _write_forms(data, size, forms)
    rows = []
    for key, (name, target) in CLASSES.items():
        figures = report["classes"][key]
        beside = ratio = ""
        if fzf:
            walls = [
                measure.run([fzf, "--filter", q], stdin=forms).wall * 1000
                for q in report["queries"][name][:fzf_queries]
            ]
            p50, p99 = statistics.median(walls), max(walls)
            beside = f"fzf --filter {p50:.0f} / {p99:.0f} ms ({len(walls)} queries)"
            ratio = f"{p50 / max(figures['p50'], 1e-3):.0f}x faster (p50)"
        rows.append(
            Row(
                "lookup",
                f"{name}, p50 / p99 (target p99 < {target} ms)",
                label,
                f"{figures['p50']:.1f} / {figures['p99']:.1f} ms",
                _mb(run.peak_mb),
                beside or "fzf missing",
                ratio,
            )
        )
    gc = report.get("gc")
    if gc:
        rows.append(
            Row(
                "lookup",
                f"longest GC pause over {gc['searches']:,} searches",
                label,
                f"{gc['max_pause_ms']:.1f} ms",
                "",
                f"{gc['over_50ms']} pauses over 50 ms (target 0)",
                f"{gc['collections']} collections",
            )
        )
    launch = measure.python("bench.tui_launch", "--size", str(size), "--data", str(data))
    shown = next(
        (line for line in launch.stdout.splitlines() if "usable" in line), launch.stderr.strip()[-200:]
    )
    rows.append(
        Row(
            "lookup",
            "TUI launch to a usable screen (warm cache)",
            label,
            shown.rsplit(" ", 2)[-2] + " ms" if "usable" in shown else shown,
            _mb(launch.peak_mb),
            "target < 1 s",
            "",
        )
    )
    return rows


def _write_forms(data: Path, size: int, out: Path) -> None:
    """The folded forms of the index, one per line: what fzf filters (the same forms we search)."""
    from glossary.search import load_cached

    index = load_cached(data / f"glossary-{size}", data / "cache")
    if index is None:
        raise SystemExit("no index cache to take the forms from")
    folded = index.tables.folded
    out.write_bytes(bytes(folded.buffer[folded.base : folded.end]))


def mining_rows(size_mb: float, repeat: int) -> list[Row]:
    """glossary mine --dry-run as a whole process: --jobs 1, --jobs 2, a local Dask cluster."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-mine-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        megabytes = build_corpus(corpus, size_mb) / 1e6
        label = f"{megabytes:.0f} MB"
        reference = min(reference_pass(corpus) for _ in range(3))
        base = [
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
        ]
        engines = [("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"])]
        if importlib.util.find_spec("distributed") is not None:
            engines.append(("--engine dask --jobs 2 (LocalCluster)", ["--engine", "dask", "--jobs", "2"]))
        outputs = set()
        for name, extra in engines:
            best = _repeat(repeat, lambda extra=extra: measure.run([*base, *extra]))
            outputs.add(best.stdout)
            rows.append(
                Row(
                    "mining",
                    f"glossary mine {name}",
                    label,
                    f"{megabytes / best.wall:.2f} MB/s",
                    _mb(best.peak_mb),
                    f"regex word split {megabytes / reference:.0f} MB/s",
                    f"{best.wall / reference:.0f}x its time",
                )
            )
        if len(outputs) != 1:
            raise SystemExit("the mining engines gave different results")
    if importlib.util.find_spec("distributed") is None:
        rows.append(
            Row("mining", "glossary mine --engine dask", "", "skipped: dask.distributed is not installed")
        )
    return rows


def interchange_rows(size: int) -> list[Row]:
    """Export and import per format (bench/interchange_speed.py, each step its own process)."""
    run = measure.python("bench.interchange_speed", "--sizes", str(size))
    if run.returncode:
        raise SystemExit(run.stderr[-2000:])
    rows = []
    for line in run.stdout.splitlines()[1:]:
        # Its fixed columns: size, step, seconds, entries/s, peak MB, note.
        step, seconds, rate, peak, note = line[10:28], line[28:37], line[37:48], line[48:57], line[59:]
        rows.append(
            Row(
                "interchange",
                step.strip(),
                f"{size:,}",
                f"{seconds.strip()} s ({rate.strip()} entries/s)",
                peak.strip(),
                note.strip(),
                "",
            )
        )
    return rows


def check_rows(size_mb: float, repeat: int) -> list[Row]:
    """glossary check against 100,000 entries (bench/check_speed.py, one process) and its yardsticks."""
    run = measure.python("bench.check_speed", "--size-mb", str(size_mb), "--repeat", str(repeat))
    if run.returncode:
        raise SystemExit(run.stderr[-2000:])
    lines = {line.split(":", 1)[0]: line for line in run.stdout.splitlines()}

    def figure(prefix: str, part: int = 0) -> str:
        """The figure after the colon of the line that starts with prefix (part: after the part-th ';')."""
        line = next((v for k, v in lines.items() if k.startswith(prefix)), "")
        parts = line.split(":", 1)[1].split(";") if line else []
        if part >= len(parts):
            return "?"
        return parts[part].split(":", 1)[-1].strip() if part else parts[0].strip()

    return [
        Row(
            "check",
            "glossary check, every code, one process (CPU s)",
            f"{size_mb:.0f} MB vs 100,000 entries",
            figure("glossary check"),
            _mb(run.peak_mb),
            "LC_ALL=C grep -F -f forms: " + figure("LC_ALL=C grep"),
            "",
        ),
        Row("check", "  the first run, its caches empty", "", figure("glossary check", 1), "", "", ""),
        Row(
            "check",
            "  text never seen: each distinct article once",
            "",
            figure("distinct text"),
            "",
            "",
            "",
        ),
        Row(
            "check",
            "  beside a bare Aho–Corasick scan of the folded text",
            "",
            figure("ahocorasick-rs scan"),
            "",
            "pyahocorasick: " + figure("pyahocorasick scan"),
            "",
        ),
    ]


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def print_table(rows: list[Row]) -> None:
    headers = Row("area", "measure", "size", "result", "peak MB", "beside it (same run)", "ratio")
    table = [headers, *rows]
    fields = list(vars(headers))
    widths = {f: max(len(getattr(r, f)) for r in table) for f in fields}
    for n, row in enumerate(table):
        print("| " + " | ".join(getattr(row, f).ljust(widths[f]) for f in fields) + " |")
        if n == 0:
            print("| " + " | ".join("-" * widths[f] for f in fields) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick", action="store_true", help="10k and 100k entries, 5 MB corpus, one run each"
    )
    parser.add_argument("--data", type=Path, default=Path("/tmp/glossary-bench"))
    parser.add_argument(
        "--sizes", type=int, nargs="+", help="glossary sizes (default 10k 100k, and 1M unless --quick)"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=AREAS,
        default=AREAS,
        help="measure only these areas (e.g. --only open: the open rows of every size)",
    )
    parser.add_argument("--repeat", type=int, help="runs of each open measure (the best counts)")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    args.data.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"command: python -m bench {' '.join(argv if argv is not None else sys.argv[1:])}", flush=True)
    print(f"load average at the start: {_load()} (other work on the machine slows every figure)")
    if not measure.have_gnu_time():
        print("peak memory needs GNU time (/usr/bin/time, Debian package `time`): shown as ?")
    rows: list[Row] = []
    for size in sizes if "open" in args.only else ():
        repeat = args.repeat or (1 if args.quick or size >= 1_000_000 else 2)
        print(f"open: {size:,} entries...", file=sys.stderr, flush=True)
        rows += open_rows(args.data, size, repeat)
    if "lookup" in args.only:
        print("lookup...", file=sys.stderr, flush=True)
        rows += lookup_rows(args.data, sizes[-1], 40 if args.quick else 150, 10 if args.quick else 30)
    if "mining" in args.only:
        print("mining...", file=sys.stderr, flush=True)
        rows += mining_rows(5.0 if args.quick else 20.0, 1 if args.quick else 2)
    if "interchange" in args.only:
        print("interchange...", file=sys.stderr, flush=True)
        rows += interchange_rows(10_000 if args.quick else 100_000)
    if "check" in args.only:
        print("check...", file=sys.stderr, flush=True)
        rows += check_rows(5.0 if args.quick else 10.0, 1 if args.quick else 3)
    print_table(rows)
    print(f"({time.perf_counter() - started:.0f} s in all; load average at the end: {_load()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
