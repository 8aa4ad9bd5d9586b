"""The `glossary export` and `glossary import` commands; cli.py adds them through register()."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glossary.controls import visible
from glossary.errors import GlossaryError
from glossary.model import Kind, Status

# The writers and readers are imported by the commands that run them: every `glossary` command
# registers these two, which need only the formats' names.
from .formats import BINARY, DEFAULT_STATUSES, DESCRIPTIONS, DIRECTIONS, FORMATS, TBX_VERSIONS


def _choices(text: str, values: list[str], what: str) -> list[str]:
    items = [t.strip() for t in text.split(",") if t.strip()]
    if items == ["all"]:
        return values
    unknown = [t for t in items if t not in values]
    if unknown or not items:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown) or text!r}: use {', '.join(values)} or all, comma-separated"
        )
    return items


def _statuses(text: str) -> frozenset[Status]:
    return frozenset(Status(s) for s in _choices(text, [s.value for s in Status], "status"))


def _kinds(text: str) -> frozenset[Kind]:
    return frozenset(Kind(k) for k in _choices(text, [k.value for k in Kind], "kind"))


def cmd_export(args: argparse.Namespace) -> int:
    from glossary.session import Session

    from .common import Selection
    from .exporter import export
    from .progress import TerminalProgress

    if args.output == "-" and args.format in BINARY and sys.stdout.isatty():
        raise GlossaryError(f"{args.format} is a binary format: write it to a file with -o PATH")
    # Through the session: a current index cache hands out the entries without parsing any PO file.
    session = Session(args.glossary, read_only=True)
    index = session.open_index()
    statuses = args.status if args.status is not None else DEFAULT_STATUSES[args.format]
    selection = Selection(args.direction, statuses, args.kind)
    progress = TerminalProgress(f"glossary export {args.format}")
    try:
        report = export(
            session.entries(),
            args.output,
            args.format,
            selection,
            total=len(index),
            progress=progress,
            tbx_version=args.tbx_version,
            force=args.force,
        )
    finally:
        progress.close()
    where = "stdout" if args.output == "-" else args.output
    print(f"glossary export: {report.summary(where)}", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from glossary.store import Glossary

    from .importer import import_files

    # A dry run merges into the glossary as loaded and never saves it.
    glossary = Glossary.open(args.glossary, create=True)
    report = import_files(
        glossary,
        [str(p) for p in args.files],
        format=args.format,
        direction=args.direction,
        as_candidates=args.as_candidates,
    )
    if args.dry_run:
        for entry in report.added:
            forms = " = ".join(f for f in (entry.vi, entry.en) if f)
            print(visible(f"new: {forms}  [{entry.kind.value}, {entry.status.value}]"))
    else:
        glossary.save(force=args.force)
    for conflict in report.merge.conflicts:
        print(visible(f"conflict: {conflict}"))
    suffix = " (dry run, nothing written)" if args.dry_run else ""
    print(f"glossary import: {report.summary()}{suffix}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `export` and `import` to the `glossary` command's sub-commands."""
    formats = "; ".join(f"{f}: {d}" for f, d in DESCRIPTIONS.items())
    p = sub.add_parser(
        "export",
        help="write the glossary as PO, POT, MO, TBX, CSV, TSV or XLSX",
        description=f"Write the glossary for other tools. Formats: {formats}. PO, MO, TBX, CSV and TSV "
        "hold approved entries unless --status says otherwise; POT and XLSX also hold candidates. "
        "The summary (and what could not be written) goes to stderr. An existing file at PATH is "
        "replaced, unless its permission bits make it read-only (or its folder is): --force then.",
    )
    p.add_argument("--format", choices=FORMATS, default="po")
    p.add_argument(
        "--direction",
        choices=list(DIRECTIONS),
        default="en-vi",
        help="en-vi: English source, Vietnamese target (default); vi-en: the reverse",
    )
    p.add_argument(
        "-o", "--output", default="-", metavar="PATH", help="the file to write; - for stdout (default)"
    )
    p.add_argument(
        "--status",
        type=_statuses,
        default=None,
        metavar="STATUS[,STATUS]",
        help="statuses to export: candidate, approved, rejected or all",
    )
    p.add_argument(
        "--kind", type=_kinds, default=None, metavar="KIND[,KIND]", help="kinds to export (default all)"
    )
    p.add_argument(
        "--tbx-version",
        choices=TBX_VERSIONS,
        default="3",
        help="TBX 3 (ISO 30042:2019, default) or 2 (TBX 2008, read by Translate Toolkit and older tools)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import",
        help="merge PO, POT, MO, TBX, CSV, TSV or XLSX files into the glossary",
        description="Read every FILE (the format from its extension or content), then merge the entries "
        "with the miner's rules: approved and rejected entries are never changed, conflicts are reported "
        "and not applied. A third-party PO or MO catalog gives its short messages as candidates; plural "
        "messages and sentences are skipped and counted. One summary line goes to stderr.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--format", choices=FORMATS, help="read every FILE as this format")
    p.add_argument(
        "--direction",
        choices=list(DIRECTIONS),
        help="which side is English (default: what the file declares, else guessed from the text)",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.add_argument("--as-candidates", action="store_true", help="import new entries as candidates")
    p.set_defaults(func=cmd_import)
