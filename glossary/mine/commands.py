"""The `glossary mine` and `glossary eval` commands; cli.py adds them through register()."""

from __future__ import annotations

import argparse
import io
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from glossary import controls
from glossary.errors import GlossaryError
from glossary.model import Entry
from glossary.store import Glossary

if TYPE_CHECKING:
    from collections.abc import Callable

    from .evaluate import Score
    from .measures import Measure
    from .pipeline import MineResult

# The miner's modules are imported by the commands that use them, not here: every `glossary`
# command registers `mine` and `eval`, and importing the extractors (~0.2 s) would double the time
# of a warm `glossary lookup` (issue 12's target is under 0.3 s for the whole process).


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError("--jobs needs 1 or more")
    return value


def _mine(args: argparse.Namespace) -> MineResult:
    """Mine args.paths with the engine asked for: local processes, or Dask (--engine dask / --dask)."""
    from .pipeline import mine_paths

    if args.engine == "dask" or args.dask:
        from .dask_engine import mine_paths_dask  # dask is an optional extra

        return mine_paths_dask(args.paths, address=args.dask, workers=args.jobs)
    return mine_paths(args.paths, jobs=args.jobs)


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes (--jobs), or Dask: a local cluster of --jobs workers, or --dask ADDRESS",
    )
    p.add_argument(
        "--dask", metavar="ADDRESS", help="mine on the Dask scheduler at ADDRESS (implies --engine dask)"
    )


def _open_for_dry_run(path: Path) -> Glossary | None:
    """The glossary as it is on disk, to report what a merge would do; None if there is none yet."""
    if not path.exists():
        return None
    return Glossary.open(path)


def cmd_mine(args: argparse.Namespace) -> int:
    from .merge import MergeReport, merge
    from .output import format_text, write_json

    result = _mine(args)
    if not result.documents:
        raise GlossaryError("no .txt, .md or .html files to mine in " + ", ".join(map(str, args.paths)))
    entries = result.entries
    refused = 0
    if args.dry_run:
        existing = _open_for_dry_run(args.glossary)
        # Merging into a copy that is never saved: the report says what a real run would do.
        report = merge(existing, [_copy(e) for e in entries]) if existing else MergeReport(new=len(entries))
        if args.format == "json":
            _write_json_safe(entries, write_json)
        else:
            for entry in entries:
                print(format_text(_visible(entry)))
    else:
        glossary = Glossary.open(args.glossary, create=True)
        stored = _storable(entries)
        refused = len(entries) - len(stored)
        report = merge(glossary, stored)
        glossary.save(force=args.force)
        if args.format == "json":
            _write_json_safe(entries, write_json)
    for conflict in report.conflicts:
        # Conflicts are results a reviewer acts on: stdout in text mode, kept off a JSON stream.
        if args.format != "json":
            print(controls.visible(f"conflict: {conflict}"))
    size = result.bytes_read / 1024
    print(
        f"glossary mine: {result.documents} text(s), {size:.0f} KiB, {len(entries)} candidates: "
        f"{report.summary()}"
        + (f", not stored {refused} (control characters)" if refused else "")
        + (" (dry run, nothing written)" if args.dry_run else ""),
        file=sys.stderr,
    )
    return 0


def _visible(entry: Entry) -> Entry:
    """The entry with its text as lookup shows it: a page may hold an escape sequence, a DEL or a
    bidirectional override inside a word, and the miner keeps it in the forms it cuts; printed raw
    it would repaint the terminal or show another term than the one mined (VN203's characters)."""
    return replace(
        entry,
        vi=controls.visible(entry.vi or "") or entry.vi,
        en=controls.visible(entry.en or "") or entry.en,
        abbr=controls.visible(entry.abbr or "") or entry.abbr,
        variants=[replace(v, form=controls.visible(v.form)) for v in entry.variants],
        flags=[controls.visible(f) for f in entry.flags],
    )


def _storable(entries: list[Entry]) -> list[Entry]:
    """The mined entries as the glossary may keep them: a candidate whose form holds a control or
    invisible character is left out with one line on stderr (as `import` skips such messages), and
    the page sentences kept as contexts and notes lose theirs (controls.page_prose)."""
    kept = []
    for entry in entries:
        forms = [f for f in (entry.vi, entry.en, entry.abbr) if f] + [v.form for v in entry.variants]
        problem = next((p for p in map(controls.form_problem, forms) if p), None)
        if problem:
            where = str(entry.sources[0]) if entry.sources else "a mined text"
            shown = controls.visible(entry.vi or entry.en or entry.abbr or "")
            print(f"glossary mine: {where}: {shown!r} not stored: {problem}", file=sys.stderr)
            continue
        kept.append(
            replace(
                entry,
                contexts=[controls.page_prose(c) for c in entry.contexts],
                notes=[controls.page_prose(n) for n in entry.notes],
            )
        )
    return kept


def _write_json_safe(entries: list[Entry], write_json: Callable[[list[Entry], TextIO], None]) -> None:
    """The miner's JSON with every hidden character as a \\uXXXX escape (json leaves DEL, C1
    controls and bidirectional overrides raw): the same data when parsed, safe on a terminal."""
    out = io.StringIO()
    write_json(entries, out)
    sys.stdout.write(controls.json_safe(out.getvalue()))


def _copy(entry: Entry) -> Entry:
    """A copy whose lists a dry-run merge may change without touching the mined entry."""
    return replace(
        entry,
        variants=list(entry.variants),
        sources=list(entry.sources),
        contexts=list(entry.contexts),
        flags=list(entry.flags),
        notes=list(entry.notes),
    )


def _scores(args: argparse.Namespace) -> tuple[dict[str, Score], dict[str, Measure]]:
    from .documents import find_inputs
    from .evaluate import add_scores, evaluate, load_gold, load_gold_by_page
    from .measures import add_measures, measure_all

    """Score the PATHs against the gold: page by page when the gold is one file per page naming
    its page (each page mined on its own, as its labeller read it), else all together."""
    from .pipeline import mine_paths

    pages = load_gold_by_page(args.gold)
    files = find_inputs(args.paths)
    if pages is not None and files and all(f.name in pages for f in files):
        scores: dict[str, Score] = {}
        measures: dict[str, Measure] = {}
        for file in files:
            entries = mine_paths([file]).entries
            add_scores(scores, evaluate(pages[file.name], entries), file.stem)
            add_measures(measures, measure_all(pages[file.name], entries), file.stem)
        return dict(sorted(scores.items())), measures
    gold = load_gold(args.gold)
    result = _mine(args)
    return evaluate(gold, result.entries), measure_all(gold, result.entries)


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import report_json, report_lines
    from .measures import measure_lines, measures_json

    scores, measures = _scores(args)
    if args.format == "json":
        report = {"kinds": report_json(scores), "measures": measures_json(measures)}
        # Gold and pages may hold controls: escaped as lookup --format json escapes them.
        sys.stdout.write(controls.json_safe(json.dumps(report, ensure_ascii=False, indent=2)) + "\n")
        return 0
    for line in report_lines(scores):
        print(line)
    print()
    for line in measure_lines(measures):
        print(controls.visible(line))
    if args.verbose:
        for kind, score in scores.items():
            for name in score.missed:
                print(controls.visible(f"  missed   {kind}: {name}"))
            for name in score.spurious:
                print(controls.visible(f"  spurious {kind}: {name}"))
        for measure_name, measure in measures.items():
            for item in measure.missed:
                print(controls.visible(f"  missed   {measure_name}: {item}"))
            for item in measure.spurious:
                print(controls.visible(f"  spurious {measure_name}: {item}"))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `mine` and `eval` to the `glossary` command's sub-commands."""
    p = sub.add_parser(
        "mine",
        help="mine terms, names and acronyms from texts into the glossary as candidates",
        description="Find glosses, acronyms, names and untranslated Vietnamese in .txt, .md and .html "
        "files, and merge them into the glossary as candidate (fuzzy) entries.",
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders to mine")
    p.add_argument("--dry-run", action="store_true", help="write nothing; print the candidates")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="mine in N processes (default 1)")
    _engine_options(p)
    p.set_defaults(func=cmd_mine)

    p = sub.add_parser(
        "eval",
        help="score the miner against hand-labelled gold: per kind, per measure and per pattern",
        description="Mine PATHs and compare with the gold entries in GOLD (a JSON file or a folder of them; "
        'a folder of per-page files naming their page in "source" scores each page mined on its own).',
    )
    p.add_argument("gold", type=Path, metavar="GOLD")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N")
    _engine_options(p)
    p.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious entries")
    p.set_defaults(func=cmd_eval)
