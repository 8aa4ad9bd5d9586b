"""Export: the formats, what each selects by default, and one entry point that writes any of them."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

from glossary.model import Entry, Status

from .common import ExportReport, Progress, Selection, output, selected
from .csvfile import write_csv
from .mo import write_mo
from .po import write_po
from .tbx import write_tbx
from .tsvfile import write_tsv

FORMATS = ("po", "pot", "mo", "tbx", "csv", "tsv", "xlsx")
EXTENSIONS = {f: f".{f}" for f in FORMATS}
DESCRIPTIONS = {
    "po": "gettext catalog (Poedit, Weblate, msgfmt)",
    "pot": "gettext template: source forms, empty translations",
    "mo": "compiled gettext catalog (approved translations)",
    "tbx": "TBX-Basic termbase (memoQ, Trados MultiTerm, OmegaT)",
    "csv": "Weblate glossary CSV",
    "tsv": "OmegaT glossary (source, target, comment)",
    "xlsx": "spreadsheet for reviewers",
}
# Formats a tool consumes get approved entries unless asked otherwise; a template and a reviewer's
# spreadsheet also carry the candidates still under review.
_TOOL_DEFAULT = frozenset({Status.APPROVED})
_REVIEW_DEFAULT = frozenset({Status.APPROVED, Status.CANDIDATE})
DEFAULT_STATUSES = {f: _REVIEW_DEFAULT if f in ("pot", "xlsx") else _TOOL_DEFAULT for f in FORMATS}
BINARY = frozenset({"mo", "xlsx"})


def default_name(format: str, direction: str) -> str:
    return f"glossary-{direction}{EXTENSIONS[format]}"


def export(
    entries: Iterable[Entry],
    path: str | os.PathLike[str],
    format: str,
    selection: Selection,
    *,
    total: int = 0,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    tbx_version: str = "3",
) -> ExportReport:
    """Write the selected entries at path ("-": stdout) in a format; return what was written.

    Entries are read once, lazily; a failed or cancelled export leaves no file behind.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}")
    report = ExportReport(format, selection.direction)
    shown = os.fspath(path)
    with output(path) as out:
        chosen = selected(
            entries, selection, report, total=total, progress=progress, cancel=cancel, path=shown
        )
        if format in ("po", "pot"):
            report.written = write_po(chosen, out, selection, report, template=format == "pot")
        elif format == "mo":
            report.written = write_mo(chosen, out, selection, report)
        elif format == "tbx":
            report.written = write_tbx(chosen, out, selection, tbx_version)
        elif format == "csv":
            report.written = write_csv(chosen, out, selection)
        elif format == "tsv":
            report.written = write_tsv(chosen, out, selection, report)
        else:
            from .xlsx import write_xlsx  # openpyxl takes a fifth of a second to import: only when used

            report.written = write_xlsx(chosen, out, selection)
    return report
