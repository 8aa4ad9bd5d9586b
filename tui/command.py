"""Registers `glossary tui` with the core CLI through the "glossary.commands" entry point."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glossary.errors import GlossaryError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `tui` sub-command to the `glossary` parser."""
    p = sub.add_parser("tui", help="open the terminal UI (search as you type)")
    p.add_argument("path", nargs="?", type=Path, help="glossary folder or PO file (default: --glossary)")
    p.set_defaults(func=_run)


def _not_terminals() -> list[str]:
    """The standard streams the UI needs that are not a terminal (it reads keys and draws on them)."""
    streams = (("input", sys.stdin), ("output", sys.stdout), ("error", sys.stderr))
    return [name for name, stream in streams if stream is None or not stream.isatty()]


def _run(args: argparse.Namespace) -> int:
    # Without a terminal the app would wait for keys that never come, drawing into a pipe.
    missing = _not_terminals()
    if missing:
        named = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
        raise GlossaryError(
            f"tui needs a terminal, but standard {named} "
            f"{'is not one' if len(missing) == 1 else 'are not terminals'} "
            "(in scripts, use `glossary lookup`)"
        )
    # Textual is imported only when the UI actually starts, so other commands stay fast.
    from tui.app import run

    run(args.path or args.glossary)
    return 0
