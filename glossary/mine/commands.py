"""The `glossary mine` and `glossary eval` commands; cli.py adds them through register()."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from glossary.errors import GlossaryError
from glossary.model import Entry
from glossary.store import Glossary

from .evaluate import evaluate, load_gold, report_json, report_lines
from .merge import MergeReport, merge
from .output import format_text, write_json
from .pipeline import mine_paths


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if value < 1:
        raise argparse.ArgumentTypeError("--jobs needs 1 or more")
    return value


def _open_for_dry_run(path: Path) -> Glossary | None:
    """The glossary as it is on disk, to report what a merge would do; None if there is none yet."""
    if not path.exists():
        return None
    return Glossary.open(path)


def cmd_mine(args: argparse.Namespace) -> int:
    result = mine_paths(args.paths, jobs=args.jobs)
    if not result.documents:
        raise GlossaryError("no .txt, .md or .html files to mine in " + ", ".join(map(str, args.paths)))
    entries = result.entries
    if args.dry_run:
        existing = _open_for_dry_run(args.glossary)
        # Merging into a copy that is never saved: the report says what a real run would do.
        report = merge(existing, [_copy(e) for e in entries]) if existing else MergeReport(new=len(entries))
        if args.format == "json":
            write_json(entries, sys.stdout)
        else:
            for entry in entries:
                print(format_text(entry))
    else:
        glossary = Glossary.open(args.glossary, create=True)
        report = merge(glossary, entries)
        glossary.save(force=args.force)
        if args.format == "json":
            write_json(entries, sys.stdout)
    for conflict in report.conflicts:
        # Conflicts are results a reviewer acts on: stdout in text mode, kept off a JSON stream.
        if args.format != "json":
            print(f"conflict: {conflict}")
    size = result.bytes_read / 1024
    print(
        f"glossary mine: {result.documents} text(s), {size:.0f} KiB, {len(entries)} candidates: "
        f"{report.summary()}" + (" (dry run, nothing written)" if args.dry_run else ""),
        file=sys.stderr,
    )
    return 0


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


def cmd_eval(args: argparse.Namespace) -> int:
    gold = load_gold(args.gold)
    result = mine_paths(args.paths, jobs=args.jobs)
    scores = evaluate(gold, result.entries)
    if args.format == "json":
        json.dump(report_json(scores), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in report_lines(scores):
            print(line)
        if args.verbose:
            for kind, score in scores.items():
                for name in score.missed:
                    print(f"  missed   {kind}: {name}")
                for name in score.spurious:
                    print(f"  spurious {kind}: {name}")
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
    p.set_defaults(func=cmd_mine)

    p = sub.add_parser(
        "eval",
        help="score the miner against hand-labelled gold: precision, recall, F1 per kind",
        description="Mine PATHs and compare with the gold entries in GOLD (a JSON file or a folder of them).",
    )
    p.add_argument("gold", type=Path, metavar="GOLD")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N")
    p.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious entries")
    p.set_defaults(func=cmd_eval)
