"""Export and import speed per format, with peak memory, on generated glossaries.

    .venv/bin/python -m bench.interchange_speed [--sizes 100000 1000000] [--formats po tbx ...]

Each measurement runs in a fresh process, so its peak resident memory (ru_maxrss) is its own:
- "generate": only iterates the lazy entry generator the exports read (the floor both time and
  memory start from);
- "export FORMAT": the same entries, generated lazily and exported: its peak memory staying near the
  generator's, at 100,000 and at 1,000,000 entries alike, is what shows that an export streams and
  never holds a second copy of the glossary;
- "import FORMAT": reads the exported file and merges it into an empty glossary in memory (the
  glossary then holds every entry, so import memory grows with the size);
- yardsticks on the same PO file: polib's own save of it (the load is not timed) and `msgcat`.
Prints one row per measurement: seconds, entries per second, peak MB, and the ratio of the PO export
to the yardsticks; figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.search_data import ENGLISH, SYLLABLES
from glossary.model import Entry, Kind, Source, Status, Variant, VariantType
from glossary.text import fold

FORMATS = ["po", "pot", "mo", "tbx", "csv", "tsv", "xlsx"]
_SYLLABLES = sorted(set(SYLLABLES))
_KINDS = list(Kind)


def _capital(words: list[str]) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words)


def entries(size: int, seed: int = 7) -> Iterator[Entry]:
    """size realistic entries, one at a time; the Vietnamese form of entry i spells i in syllables,
    so every entry is different without remembering the others."""
    rng = random.Random(seed)
    base = len(_SYLLABLES)
    for i in range(size):
        words, n = [], i + base * base  # at least three syllables
        while n:
            n, digit = divmod(n, base)
            words.append(_SYLLABLES[digit])
        vi = _capital(words)
        kind = _KINDS[i % len(_KINDS)]
        en = _capital([fold(w) for w in words] + [rng.choice(ENGLISH)])
        status = Status.REJECTED if i % 20 == 0 else Status.CANDIDATE if i % 7 == 0 else Status.APPROVED
        variants = (
            [Variant(fold(vi).title(), VariantType.NO_DIACRITICS)]
            if kind in (Kind.PERSON, Kind.PLACE)
            else []
        )
        yield Entry(
            en=en,
            vi=vi,
            kind=kind,
            status=status,
            variants=variants,
            notes=["Checked against the provincial gazette."] if i % 10 == 0 else [],
            sources=[Source(f"texts/article-{i % 997}.txt", 1 + i % 50)],
            frequency=1 + i % 40,
        )


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(task: str, format: str, size: int, path: str) -> dict[str, float]:
    """One measurement, in this (fresh) process."""
    from glossary.interchange import Selection, export, read_file
    from glossary.mine.merge import merge
    from glossary.store import Glossary

    started = time.perf_counter()
    if task == "generate":
        count = sum(1 for _ in entries(size))
    elif task == "export":
        report = export(entries(size), path, format, Selection("en-vi", frozenset(Status)))
        count = report.written
    elif task == "import":
        result = read_file(path, format)
        glossary = Glossary.open(Path(path).parent / "import-target", create=True)
        merge(glossary, result.entries, keep_status=True)
        count = len(glossary)
    elif task == "polib-save":
        import polib

        catalog = polib.pofile(path)
        started = time.perf_counter()
        catalog.save(path + ".polib.po")
        count = len(catalog)
    else:
        raise ValueError(task)
    return {"seconds": time.perf_counter() - started, "count": count, "peak_mb": _peak_mb()}


def _run(task: str, format: str, size: int, path: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "bench.interchange_speed", "--child", task, format, str(size), str(path)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def _msgcat(path: Path) -> dict[str, float] | None:
    msgcat = shutil.which("msgcat")
    if msgcat is None:
        return None
    started = time.perf_counter()
    subprocess.run([msgcat, "-o", str(path) + ".msgcat.po", str(path)], check=True)
    return {"seconds": time.perf_counter() - started, "count": 0, "peak_mb": 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--formats", nargs="+", choices=FORMATS, default=FORMATS)
    parser.add_argument("--no-import", action="store_true", help="time exports only")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        task, format, size, path = args.child
        print(json.dumps(child(task, format, int(size), path)))
        return 0
    print(f"{'size':>9} {'step':<18}{'seconds':>9}{'entries/s':>11}{'peak MB':>9}  ratio")
    with tempfile.TemporaryDirectory(prefix="interchange-bench-") as folder:
        for size in args.sizes:
            base = _run("generate", "-", size, Path(folder) / "none")
            _row(size, "generate", base)
            exported: dict[str, dict[str, float]] = {}
            for format in args.formats:
                path = Path(folder) / f"g{size}.{format}"
                exported[format] = figures = _run("export", format, size, path)
                _row(
                    size, f"export {format}", figures, f"peak {figures['peak_mb'] - base['peak_mb']:+.0f} MB"
                )
            if "po" in exported:
                po = Path(folder) / f"g{size}.po"
                ours = exported["po"]["seconds"]
                polib_save = _run("polib-save", "po", size, po)
                _row(
                    size,
                    "polib save (ref)",
                    polib_save,
                    f"export po / this = {ours / polib_save['seconds']:.2f}",
                )
                msgcat = _msgcat(po)
                if msgcat is not None:
                    _row(size, "msgcat (ref)", msgcat, f"export po / this = {ours / msgcat['seconds']:.2f}")
            if not args.no_import:
                for format in args.formats:
                    path = Path(folder) / f"g{size}.{format}"
                    _row(size, f"import {format}", _run("import", format, size, path))
            for path in Path(folder).iterdir():
                if path.is_file():
                    path.unlink()
    return 0


def _row(size: int, step: str, figures: dict[str, float], note: str = "") -> None:
    seconds = figures["seconds"]
    rate = f"{size / seconds:>11,.0f}" if seconds else f"{'':>11}"
    peak = f"{figures['peak_mb']:>9.0f}" if figures["peak_mb"] else f"{'':>9}"
    print(f"{size:>9} {step:<18}{seconds:>9.2f}{rate}{peak}  {note}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
