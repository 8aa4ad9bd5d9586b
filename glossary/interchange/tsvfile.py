"""Tab-separated glossaries as OmegaT reads them: source TAB target TAB comment, one term a line,
UTF-8, no header. The comment holds the entry's notes, joined by " | " (as the TUI's edit dialog
shows them); tabs and line breaks inside a field become spaces, the only way the format can hold them.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import BinaryIO

from glossary.model import Entry, Status

from .common import (
    ExportReport,
    InterchangeError,
    ReadResult,
    Selection,
    decode_utf8,
    guess_direction,
    read_bytes,
)

NOTE_SEPARATOR = " | "
SAMPLE = 1000


_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _field(text: str) -> str:
    return text.translate(_BREAKS)


def write_tsv(entries: Iterable[Entry], out: BinaryIO, selection: Selection, report: ExportReport) -> int:
    count = 0
    lines: list[str] = []
    for entry in entries:
        if not selection.source(entry):
            report.without_source += 1  # a glossary line without a source term matches nothing
            continue
        fields = [_field(selection.source(entry)), _field(selection.target(entry))]
        comment = NOTE_SEPARATOR.join(_field(n) for n in entry.notes)
        if comment:
            fields.append(comment)
        lines.append("\t".join(fields))
        count += 1
        if len(lines) >= 1000:
            out.write(("\n".join(lines) + "\n").encode("utf-8"))
            lines.clear()
    if lines:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    return count


def read_tsv(path: str, direction: str | None = None) -> ReadResult:
    """Read source TAB target [TAB comment] lines; a non-empty line with another shape is an error."""
    result = ReadResult(path)
    # Lines end at LF (CR LF too), as OmegaT reads them; other Unicode breaks are text.
    lines = decode_utf8(read_bytes(path), path).split("\n")
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        fields = line.split("\t")
        if not 2 <= len(fields) <= 3:
            raise InterchangeError(
                path,
                f"{len(fields)} tab-separated fields; expected source, target and an optional comment",
                str(number),
            )
        rows.append((number, fields))
    if direction is None:
        direction = guess_direction((f[0], f[1]) for _, f in islice(rows, SAMPLE))
    for number, fields in rows:
        source, target = fields[0].strip(), fields[1].strip()
        if not source and not target:
            result.skipped["empty"] += 1
            continue
        en, vi = (source, target) if direction == "en-vi" else (target, source)
        notes = fields[2].split(NOTE_SEPARATOR) if len(fields) == 3 else []
        result.add(Entry(en=en, vi=vi, status=Status.APPROVED, notes=notes), str(number))
    return result
