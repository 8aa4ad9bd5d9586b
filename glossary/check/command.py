"""The `glossary check` command; cli.py adds it through register()."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.check.errors import CheckConfigError, CheckInputError
from glossary.check.findings import CODES

if TYPE_CHECKING:
    from glossary.check.checker import Checker
    from glossary.check.findings import Finding
    from glossary.check.sources import SourceFile
    from glossary.check.style import CheckConfig

# The checker's own modules are imported by the functions that use them: every `glossary` command
# registers `check`, and importing them here would slow every lookup's start by ~0.04 s.

EXIT_CLEAN, EXIT_FINDINGS = 0, 1
# What a folder is searched for (glossary.check.sources.SUFFIXES), said to whoever finds nothing.
_KINDS = "it looks for .txt, .md, .html, .po and .pot files"
# What `check -` reads at most.  A file has a size; a pipe may never end (`check - < /dev/zero`,
# `yes | glossary check -` grew to 6 GB in 8 s), so standard input stops here with one line.
STDIN_LIMIT = 256 << 20


def _codes(text: str) -> list[str]:
    return [part for part in text.replace(",", " ").split() if part]


def _config(args: argparse.Namespace) -> CheckConfig:
    """The settings of this run: the files' settings, then the command line over them."""
    from glossary.check.style import load_config, parse_style, parse_tone
    from glossary.cli import default_glossary

    default = default_glossary()
    # An explicit --glossary (or $GLOSSARY_PATH) wins over the project's [tool.glossary] glossary.
    given = args.glossary if args.glossary != default or os.environ.get("GLOSSARY_PATH") else None
    config = load_config(given, Path.cwd(), default)
    house = config.house
    if args.style is not None:
        house = replace(house, style=parse_style(args.style))
    if args.tone is not None:
        house = replace(house, tone=parse_tone(args.tone))
    return replace(
        config,
        house=house,
        select=tuple(c for raw in args.select or [] for c in _codes(raw)) or config.select,
        ignore=tuple(c for raw in args.ignore or [] for c in _codes(raw)) or config.ignore,
        include_candidates=args.include_candidates or config.include_candidates,
        words=args.words or config.words,
    )


def _read_stdin(name: str, limit: int = STDIN_LIMIT) -> bytes:
    """Standard input, all of it up to limit bytes (a longer stream is refused, never held)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := sys.stdin.buffer.read(min(1 << 20, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise CheckInputError(
                name, f"standard input holds more than {limit >> 20} MiB; check it as a file"
            )
    return b"".join(chunks)


def _read_all(args: argparse.Namespace) -> list[SourceFile]:
    """Every input, read before anything is checked or written (one bad file stops the run)."""
    from glossary.check.sources import find_inputs, kind_of, read_source, source_from_bytes

    sources: list[SourceFile] = []
    paths = [p for p in args.paths if str(p) != "-"]
    if len(paths) != len(args.paths):
        name = args.stdin_filename or "-"
        sources.append(source_from_bytes(_read_stdin(name), name, kind=kind_of(name)))
    empty: list[Path] = []
    for path in find_inputs(paths, empty):
        sources.append(read_source(path))
    # Nothing checked at all is an error, as `check` without paths and `mine` on an empty folder
    # are: a CI job pointed at a folder that moved would otherwise pass for ever.  A folder with
    # nothing beside others that had files is worth a line, not a failure.
    if empty and not sources:
        names = ", ".join(str(folder) for folder in empty)
        raise CheckInputError(names, f"no files to check ({_KINDS}); nothing was checked")
    for folder in empty:
        print(f"glossary check: no files to check under {folder} ({_KINDS})", file=sys.stderr)
    return sources


def cmd_check(args: argparse.Namespace) -> int:
    from glossary.check.checker import Checker
    from glossary.check.report import write_json, write_sarif, write_text
    from glossary.session import Session

    if not args.paths:
        raise CheckConfigError("check needs something to check: files, folders or - for standard input")
    if args.output is not None and (not args.fix or len(args.paths) != 1):
        raise CheckConfigError("--output needs --fix and exactly one file to check")
    config = _config(args)
    sources = _read_all(args)
    assert config.glossary is not None
    # Through the session: a current index cache hands out the entries without parsing any PO file.
    glossary = list(Session(config.glossary, read_only=True).entries())
    checker = Checker(glossary, config)
    # The glossary and its compiled form live until the process ends and hold no cycles: keep the
    # cyclic collector from walking them again and again while the texts are checked.
    gc.freeze()
    if checker.near_misses_off:
        print(
            "glossary check: no English word list (install Debian's wamerican or pass --words): "
            "near misses (VN103) are not checked",
            file=sys.stderr,
        )
    documents = [checker.document(source) for source in sources]
    findings: list[Finding] = []
    for document in documents:
        findings.extend(checker.check_document(document))
    if args.fix:
        findings = _fix(args, sources, findings, checker)
    out = sys.stdout if not (args.fix and _fixing_stdin(args, sources)) else sys.stderr
    if args.format == "json":
        write_json(findings, out)
    elif args.format == "sarif":
        write_sarif(findings, out)
    else:
        write_text(findings, out)
        if findings:
            fixable = sum(f.fixable for f in findings)
            hint = f", {fixable} fixable with --fix" if fixable and not args.fix else ""
            print(f"glossary check: {len(findings)} finding(s){hint}", file=sys.stderr)
    return EXIT_FINDINGS if findings else EXIT_CLEAN


def _fixing_stdin(args: argparse.Namespace, sources: list[SourceFile]) -> bool:
    return any(s.file is None for s in sources) and args.output is None


def _fix(
    args: argparse.Namespace, sources: list[SourceFile], findings: list[Finding], checker: Checker
) -> list[Finding]:
    """Apply the fixes (all files checked first, so an error leaves every file as it was); return
    the findings that remain."""
    from glossary.check.fixes import check_writable, fix, write

    results = [fix(source, findings) for source in sources]
    for result in results:
        result.data()  # a fixed catalog that would not parse stops the run before anything is written
    force = getattr(args, "force", False)
    if not force:
        # A file (or folder) the user made read-only is not replaced without --force, as glossary
        # saves and exports are not; every target is asked before the first one is written.
        check_writable(results, args.output)
    remaining = [f for f in findings if not any(f in r.applied for r in results)]
    for result in results:
        if result.source.file is None and args.output is None:
            sys.stdout.buffer.write(result.data())
            sys.stdout.flush()
            continue
        saved = write(result, args.output, backup=not args.no_backup, force=force)
        if result.applied:
            where = args.output or result.source.path
            kept = f" (original kept as {saved})" if saved else ""
            print(f"glossary check: fixed {len(result.applied)} in {where}{kept}", file=sys.stderr)
    return remaining


def register(sub: argparse._SubParsersAction) -> None:
    """Add `check` to the `glossary` command's sub-commands."""
    p = sub.add_parser(
        "check",
        help="check the spelling of names in texts and PO catalogs against the glossary",
        description="Report names spelt other than the glossary and the house style want: "
        + "; ".join(f"{c.code} {c.name}" for c in CODES.values())
        + ". Exit 0 when clean, 1 when something was found, 2 on error. See docs/check.md.",
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (.txt .md .html .po .pot), - for stdin"
    )
    p.add_argument(
        "--glossary",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="glossary folder or PO file (default: $GLOSSARY_PATH, else glossary in [tool.glossary] "
        "of the project's pyproject.toml, else the project's terms/)",
    )
    p.add_argument("--style", metavar="STYLE", help="house style: vi, en, en-diacritics or none")
    p.add_argument("--tone", metavar="TONE", help="tone placement: old (hòa), new (hoà) or any")
    p.add_argument(
        "--select", action="append", metavar="CODES", help="only these codes or prefixes (VN1,VN201)"
    )
    p.add_argument("--ignore", action="append", metavar="CODES", help="leave out these codes or prefixes")
    p.add_argument("--include-candidates", action="store_true", help="check against candidate entries too")
    p.add_argument("--format", choices=["text", "json", "sarif"], default="text")
    p.add_argument(
        "--fix", action="store_true", help="write the unambiguous fixes (in place, keeping FILE.orig)"
    )
    p.add_argument(
        "--output", type=Path, metavar="PATH", help="with --fix and one file: write the fixed file here"
    )
    p.add_argument("--no-backup", action="store_true", help="with --fix in place: keep no FILE.orig")
    p.add_argument(
        "--words", type=Path, metavar="PATH", help="English word list (default /usr/share/dict/words)"
    )
    p.add_argument("--stdin-filename", metavar="NAME", help="the name (and so the kind) of what - reads")
    p.set_defaults(func=cmd_check)
