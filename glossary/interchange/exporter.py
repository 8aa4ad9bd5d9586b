"""Export: one entry point that writes any of the formats (formats.py names them)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

from glossary.model import Entry

from .common import ExportReport, Progress, Selection, output, selected
from .csvfile import write_csv
from .formats import FORMATS
from .mo import write_mo
from .po import write_po
from .tbx import write_tbx
from .tsvfile import write_tsv


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
    force: bool = False,
) -> ExportReport:
    """Write the selected entries at path ("-": stdout) in a format; return what was written.

    Entries are read once, lazily; a failed or cancelled export leaves no file behind.  A target
    the user made read-only is refused (ReadOnlyError) unless force: common.check_target.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}")
    report = ExportReport(format, selection.direction)
    shown = os.fspath(path)
    with output(path, force=force) as out:
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
