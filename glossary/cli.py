"""The `glossary` command: lookup, add, stats (and the commands later issues add).

Only this module turns library errors into a line on stderr and exit code 2; results go to stdout
so they can be piped.
"""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import NoReturn

from glossary import controls
from glossary.errors import GlossaryError
from glossary.model import Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.search import CLOSE, RANK_WORDS, Match, Rank, typos_as_fallback
from glossary.session import Session
from glossary.upsert import Fields, Upsert

EXIT_ERROR = 2
GLOSSARY_HELP = "glossary folder or PO file (default: the project's terms/, or $GLOSSARY_PATH)"
FORCE_HELP = (
    "add, mine, import: overwrite a glossary file (or write into a folder) that is read-only; "
    "export: the same for its output file; check --fix: for the files it fixes"
)


def default_glossary() -> Path:
    """The project's `terms/` folder, or $GLOSSARY_PATH when set."""
    env = os.environ.get("GLOSSARY_PATH")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "terms"


def match_data(match: Match) -> dict[str, object]:
    """An entry found by lookup, as JSON-ready data: the entry codec's shape plus how it matched."""
    return dict(
        match.entry.to_data(),
        match={"rank": match.rank.name.lower(), "form": match.form, "start": match.start, "end": match.end},
    )


def _format_match(match: Match) -> str:
    entry = match.entry
    forms = " = ".join(f for f in (entry.vi, entry.en) if f)
    if entry.abbr:
        forms += f" ({entry.abbr})"
    head = f"{forms}  [{entry.kind.value}, {entry.status.value}]"
    if match.rank is not Rank.EXACT or match.form not in (entry.vi, entry.en):
        head += f"  · {RANK_WORDS[match.rank]} “{match.form}”"
    if match.rank is Rank.TYPO:
        head = f"{CLOSE} {head}"
    lines = [head]
    if entry.variants:
        lines.append("  variants: " + "; ".join(f"{v.form} ({v.label()})" for v in entry.variants))
    if entry.notes:
        lines.append("  notes: " + " | ".join(entry.notes))
    if entry.sources:
        shown = ", ".join(str(s) for s in entry.sources[:5])
        more = f" (+{len(entry.sources) - 5} more)" if len(entry.sources) > 5 else ""
        lines.append(f"  seen: {shown}{more}")
    # A glossary file another tool wrote may hold controls: shown as stand-ins, never sent.
    return "\n".join(controls.visible(line) for line in lines)


def _warn(message: str) -> None:
    print(f"glossary: {controls.visible(message)}", file=sys.stderr)


def cmd_lookup(args: argparse.Namespace) -> int:
    # Through the session: a current index cache answers without parsing any PO file.
    index = Session(args.glossary, read_only=True).open_index(warn=_warn)
    statuses = None if args.all else [s for s in Status if s is not Status.REJECTED]
    matches = typos_as_fallback(index.search(args.query, args.limit, statuses=statuses))
    if args.format == "json":
        dumped = json.dumps([match_data(m) for m in matches], ensure_ascii=False, indent=2)
        sys.stdout.write(controls.json_safe(dumped) + "\n")
    else:
        for m in matches:
            print(_format_match(m))
    if not matches:
        print(f"glossary: no entry matches {args.query!r}", file=sys.stderr)
        return 1
    if matches[0].rank is Rank.TYPO:
        note = f"nothing matches {args.query!r} as typed; {CLOSE} marks close spellings"
        print(f"glossary: {note}", file=sys.stderr)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    _check_entry_text(args)
    fields = Fields(
        kind=Kind(args.kind) if args.kind else None,
        status=Status(args.status) if args.status else None,
        approve=args.approve,
        abbr=args.abbr,
        variants=[_parse_variant_arg(raw) for raw in args.variant or []],
        notes=list(args.note or []),
        sources=[Source.parse(s) for s in args.source or []],
        contexts=list(args.context or []),
    )
    upsert = Upsert(args.en or "", args.vi or "", args.disambiguation or "", fields)
    # Through the session, like a decision in the TUI: the same command, the same save path.
    session = Session(args.glossary, create=True)
    session.apply(upsert)
    written = session.save(force=args.force).paths
    entry = upsert.entry
    verb = "added" if upsert.created else "updated"
    where = ", ".join(str(p) for p in written) or "nothing changed"
    forms = " = ".join(f for f in (entry.vi, entry.en) if f)
    hint = "; --approve approves it" if entry.status is Status.CANDIDATE else ""
    kept = "; " + ", ".join(upsert.replaced) if upsert.replaced else ""
    # The entry updated may be one another tool wrote, controls and all: shown, never sent.
    print(controls.visible(f"{verb}: {forms} [{entry.status.value}{hint}] ({where}){kept}"), file=sys.stderr)
    return 0


# Options that are a term's form, one line of a PO string; and the prose ones (notes, contexts).
_FORM_OPTIONS = ("en", "vi", "abbr", "variant", "disambiguation", "source")
_PROSE_OPTIONS = ("note", "context")


def _check_entry_text(args: argparse.Namespace) -> None:
    """Refuse control and invisible characters in what `add` stores (see glossary/controls.py), before
    anything is read or written; a note's or a context's line breaks and tabs become spaces."""
    for name in _FORM_OPTIONS + _PROSE_OPTIONS:
        value = getattr(args, name)
        values = value if isinstance(value, list) else [value]
        cleaned = []
        for text in values:
            if text is None:
                continue
            if name in _PROSE_OPTIONS:
                text, problem = controls.prose(text)
            else:
                problem = controls.form_problem(text)
            if problem is not None:
                raise GlossaryError(f"--{name}: {problem}; nothing written (remove it and try again)")
            cleaned.append(text)
        if isinstance(value, list):
            setattr(args, name, cleaned)


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
    session = Session(args.glossary, read_only=True)
    by_kind_status = session.open_index(warn=_warn).counts()
    counts: Counter[tuple[str, str]] = Counter(
        {(k.value, s.value): n for (k, s), n in by_kind_status.items()}
    )
    kinds = [k.value for k in Kind]
    statuses = [s.value for s in Status]
    if args.format == "json":
        data = {
            "total": sum(counts.values()),
            "files": [str(p) for p in session.files()],
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
    parser.add_argument("--glossary", type=Path, default=None, metavar="PATH", help=GLOSSARY_HELP)
    parser.add_argument("--force", action="store_true", help=FORCE_HELP)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("lookup", help="find entries, typed with or without diacritics, or in Telex/VNI")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="show at most N entries (default 20)")
    p.add_argument("--all", action="store_true", help="include rejected entries")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_lookup)

    p = sub.add_parser(
        "add", help="add an entry by hand, or update the one with the same English or Vietnamese form"
    )
    p.add_argument("--en", help="English form (the PO msgid)")
    p.add_argument("--vi", help="Vietnamese form (the PO msgstr)")
    p.add_argument("--kind", choices=[k.value for k in Kind])
    p.add_argument(
        "--status",
        choices=[s.value for s in Status],
        help="default for a new entry: approved when it has both forms, else candidate",
    )
    p.add_argument("--approve", action="store_true", help="approve the entry (even with one form missing)")
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

    from glossary.check.command import register as register_check
    from glossary.mine.commands import register as register_mining

    register_mining(sub)
    register_check(sub)
    from glossary.interchange.command import register as register_interchange

    register_interchange(sub)
    _add_plugin_commands(sub)

    p = sub.add_parser("stats", help="count entries by kind and status")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_stats)

    # Last, after every command is registered (here or by another module): each one takes it.
    _accept_glossary_everywhere(sub)
    # The commands that write files take --force after them too.
    for name in ("add", "mine", "import", "export", "check"):
        sub.choices[name].add_argument(
            "--force", action="store_true", default=argparse.SUPPRESS, help=FORCE_HELP
        )
    return parser


def _accept_glossary_everywhere(sub: argparse._SubParsersAction) -> None:
    """Let `--glossary PATH` follow the command too, and list it in each command's --help.

    SUPPRESS as the default: given only before the command, the command's parser leaves the
    value alone; given after it, it wins.
    """
    done: set[int] = set()
    for command in sub.choices.values():
        if id(command) in done:
            continue  # an alias of a command already handled
        done.add(id(command))
        if "--glossary" not in command._option_string_actions:
            command.add_argument(
                "--glossary", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=GLOSSARY_HELP
            )


class _ClosedStream(io.TextIOBase):
    """Stands in for a standard stream the shell closed (`>&-`): Python leaves it None, and print()
    to None writes nothing, so a command would lose its output and still exit 0. Reading or writing
    raises instead, which the command reports as its one line; commands that never use the stream
    run as usual."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _closed(self) -> OSError:
        return OSError(errno.EBADF, f"standard {self._name} is closed")

    @property
    def buffer(self) -> _ClosedStream:
        return self

    def write(self, text: object) -> int:
        raise self._closed()

    def read(self, size: int | None = -1) -> str:
        raise self._closed()

    def isatty(self) -> bool:
        return False

    def flush(self) -> None:
        pass


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None:
        sys.stdout = _ClosedStream("output")
    if sys.stdin is None:
        sys.stdin = _ClosedStream("input")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.glossary is None:
        args.glossary = default_glossary()
    undecodable = _undecodable_text(args)
    if undecodable is not None:
        return _fail(undecodable)
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


# The arguments that become an entry's text or a query (paths may be any bytes: they stay paths).
_TEXT_ARGUMENTS = ("query", "en", "vi", "abbr", "variant", "note", "source", "context", "disambiguation")


def _undecodable_text(args: argparse.Namespace) -> str | None:
    """What is wrong with a text argument that is not UTF-8 (Python keeps its bytes as lone
    surrogates): it could be neither searched for nor saved, and a save that failed half-way on it
    left the session unable to report why."""
    for name in _TEXT_ARGUMENTS:
        value = getattr(args, name, None)
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                continue
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                byte = os.fsencode(text[exc.start])[0]
                option = "the query" if name == "query" else f"--{name}"
                return f"{option}: not UTF-8 text (byte 0x{byte:02x}); check the terminal's encoding"
    return None


def _fail(message: str) -> int:
    """An error as the one line on stderr every error is, and the exit code that says so."""
    print(f"glossary: {controls.visible(' '.join(message.split()))}", file=sys.stderr)
    return EXIT_ERROR


def _broken_pipe() -> int:
    # The reader of our stdout went away (e.g. `| head`): not an error worth a traceback.
    sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
