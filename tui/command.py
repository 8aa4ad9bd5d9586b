"""Registers `glossary tui` with the core CLI through the "glossary.commands" entry point."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `tui` sub-command to the `glossary` parser."""
    p = sub.add_parser("tui", help="open the terminal UI (search as you type)")
    p.add_argument("path", nargs="?", type=Path, help="glossary folder or PO file (default: --glossary)")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    # Textual is imported only when the UI actually starts, so other commands stay fast.
    from tui.app import run

    run(args.path or args.glossary)
    return 0
