"""The `glossary` command: lookup, add, stats (and the commands later issues add).

Only this module turns library errors into a line on stderr and exit code 2; results go to stdout
so they can be piped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import NoReturn

from glossary.errors import GlossaryError
from glossary.index import Match, lookup
from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.store import Glossary

EXIT_ERROR = 2


def default_glossary() -> Path:
    """The project's `terms/` folder, or $GLOSSARY_PATH when set."""
    env = os.environ.get("GLOSSARY_PATH")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "terms"


def entry_dict(entry: Entry) -> dict[str, object]:
    """An entry as plain JSON-ready data."""
    return {
        "en": entry.en or None,
        "vi": entry.vi or None,
        "kind": entry.kind.value,
        "status": entry.status.value,
        "abbr": entry.abbr or None,
        "variants": [
            {"form": v.form, "type": v.type.value, "status": v.status.value} for v in entry.variants
        ],
        "notes": entry.notes,
        "sources": [str(s) for s in entry.sources],
        "contexts": entry.contexts,
        "frequency": entry.frequency,
        "confidence": entry.confidence,
        "disambiguation": entry.disambiguation or None,
        "flags": entry.flags,
    }


def _format_entry(entry: Entry) -> str:
    forms = " = ".join(f for f in (entry.vi, entry.en) if f)
    if entry.abbr:
        forms += f" ({entry.abbr})"
    lines = [f"{forms}  [{entry.kind.value}, {entry.status.value}]"]
    if entry.variants:
        lines.append("  variants: " + "; ".join(f"{v.form} ({v.label()})" for v in entry.variants))
    if entry.notes:
        lines.append("  notes: " + " | ".join(entry.notes))
    if entry.sources:
        shown = ", ".join(str(s) for s in entry.sources[:5])
        more = f" (+{len(entry.sources) - 5} more)" if len(entry.sources) > 5 else ""
        lines.append(f"  seen: {shown}{more}")
    return "\n".join(lines)


def cmd_lookup(args: argparse.Namespace) -> int:
    glossary = Glossary.open(args.glossary)
    entries = [e for e in glossary if args.all or e.status is not Status.REJECTED]
    matches: list[Match] = lookup(entries, args.query, limit=args.limit)
    if args.format == "json":
        out = [
            dict(entry_dict(m.entry), match={"rank": m.rank.name.lower(), "form": m.form}) for m in matches
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for m in matches:
            print(_format_entry(m.entry))
    if not matches:
        print(f"glossary: no entry matches {args.query!r}", file=sys.stderr)
        return 1
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    if not args.en and not args.vi:
        raise GlossaryError("add needs --en or --vi (or both)")
    glossary = Glossary.open(args.glossary, create=True)
    entry = glossary.find(en=args.en or "", vi=args.vi or "", disambiguation=args.disambiguation or "")
    created = entry is None
    if entry is None:
        entry = Entry(en=args.en or "", vi=args.vi or "", disambiguation=args.disambiguation or "")
        glossary.add(entry)
    if args.vi is not None:
        entry.vi = Entry(vi=args.vi).vi
    if args.kind:
        entry.kind = Kind(args.kind)
    if args.status:
        entry.status = Status(args.status)
    elif created:
        entry.status = Status.APPROVED
    if args.abbr is not None:
        entry.abbr = args.abbr
    for raw in args.variant or []:
        variant = _parse_variant_arg(raw)
        entry.add_variant(variant.form, variant.type, variant.status)
    for note in args.note or []:
        entry.notes.append(note)
    for source in args.source or []:
        entry.add_source(Source.parse(source))
    for context in args.context or []:
        if context not in entry.contexts:
            entry.contexts.append(context)
    written = glossary.save(force=args.force)
    verb = "added" if created else "updated"
    where = ", ".join(str(p) for p in written) or "nothing changed"
    print(f"{verb}: {entry.headword} ({where})", file=sys.stderr)
    return 0


def _parse_variant_arg(raw: str) -> Variant:
    """--variant "[TYPE[,STATUS]=]FORM": e.g. "no-diacritics=To Lam", "spelling,deprecated=Ha-noi"."""
    label, sep, form = raw.partition("=")
    if sep:
        try:
            return Variant.from_text(f"{label}: {form}", strict=True)
        except ValueError as exc:
            raise GlossaryError(f"--variant {raw!r}: {exc}") from exc
    return Variant(raw)


def cmd_stats(args: argparse.Namespace) -> int:
    glossary = Glossary.open(args.glossary)
    counts: Counter[tuple[str, str]] = Counter((e.kind.value, e.status.value) for e in glossary)
    kinds = [k.value for k in Kind]
    statuses = [s.value for s in Status]
    if args.format == "json":
        data = {
            "total": len(glossary),
            "files": [str(c.path) for c in glossary.catalogs],
            "by_kind": {k: sum(n for (kk, _), n in counts.items() if kk == k) for k in kinds},
            "by_status": {s: sum(n for (_, ss), n in counts.items() if ss == s) for s in statuses},
            "by_kind_and_status": {k: {s: counts[(k, s)] for s in statuses} for k in kinds},
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    width = max(len(k) for k in kinds) + 2
    print("kind".ljust(width) + "".join(s.rjust(11) for s in statuses) + "total".rjust(8))
    for k in kinds:
        row = [counts[(k, s)] for s in statuses]
        print(k.ljust(width) + "".join(str(n).rjust(11) for n in row) + str(sum(row)).rjust(8))
    totals = [sum(counts[(k, s)] for k in kinds) for s in statuses]
    print("total".ljust(width) + "".join(str(n).rjust(11) for n in totals) + str(sum(totals)).rjust(8))
    return 0


def _add_plugin_commands(sub: argparse._SubParsersAction) -> None:
    """Commands contributed by other packages (the TUI's `tui`), found through entry points.

    The core never imports the UI: the UI registers itself under the "glossary.commands" group.
    """
    for ep in sorted(entry_points(group="glossary.commands"), key=lambda e: e.name):
        register = ep.load()
        register(sub)


class _Parser(argparse.ArgumentParser):
    """argparse with its errors on one line, like every other error (the usage is in --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: {' '.join(message.split())} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="glossary", description="Vietnamese–English glossary: look up, add, mine and check terms."
    )
    parser.add_argument(
        "--glossary",
        type=Path,
        default=None,
        metavar="PATH",
        help="glossary folder or PO file (default: the project's terms/, or $GLOSSARY_PATH)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="commands that write (add, mine) overwrite a read-only glossary file",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("lookup", help="find entries, typed with or without diacritics, or in Telex/VNI")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--all", action="store_true", help="include rejected entries")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_lookup)

    p = sub.add_parser("add", help="add an entry by hand, or update the one with the same source form")
    p.add_argument("--en", help="English form (the PO msgid)")
    p.add_argument("--vi", help="Vietnamese form (the PO msgstr)")
    p.add_argument("--kind", choices=[k.value for k in Kind])
    p.add_argument("--status", choices=[s.value for s in Status], help="default for a new entry: approved")
    p.add_argument("--abbr", help="short form of an acronym")
    p.add_argument(
        "--variant",
        action="append",
        metavar="[TYPE[,STATUS]=]FORM",
        help="another form; TYPE is one of "
        + ", ".join(t.value for t in VariantType)
        + "; STATUS one of "
        + ", ".join(s.value for s in VariantStatus)
        + " (default admitted)",
    )
    p.add_argument("--note", action="append", help="a reviewer's note")
    p.add_argument("--source", action="append", metavar="PATH:LINE")
    p.add_argument("--context", action="append", help="a sentence the term was seen in")
    p.add_argument("--disambiguation", help="tells homographs apart (PO msgctxt)")
    p.set_defaults(func=cmd_add)

    from glossary.mine.commands import register as register_mining

    register_mining(sub)
    _add_plugin_commands(sub)

    p = sub.add_parser("stats", help="count entries by kind and status")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.glossary is None:
        args.glossary = default_glossary()
    try:
        return args.func(args)
    except GlossaryError as exc:
        return _fail(exc.user_message())
    except OSError as exc:
        # The library reports its own files' errors as GlossaryError; this is the terminal or a
        # stream the command writes to (a full disk under a redirected stdout, say).
        if isinstance(exc, BrokenPipeError):
            return _broken_pipe()
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}")
    except KeyboardInterrupt:
        return 130


def _fail(message: str) -> int:
    """An error as the one line on stderr every error is, and the exit code that says so."""
    print(f"glossary: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def _broken_pipe() -> int:
    # The reader of our stdout went away (e.g. `| head`): not an error worth a traceback.
    sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
