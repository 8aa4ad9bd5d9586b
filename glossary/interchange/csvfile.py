"""CSV in the layout Weblate and Translate Toolkit read for glossaries (see table.py), UTF-8."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from typing import BinaryIO

from glossary.model import Entry

from .common import InterchangeError, ReadResult, Selection, decode_utf8, guess_direction, read_bytes
from .table import COLUMNS, RowError, column_name, entry_row, row_entry

# Rows looked at to tell which side is Vietnamese when neither the caller nor the file says.
SAMPLE = 1000


def write_csv(entries: Iterable[Entry], out: BinaryIO, selection: Selection) -> int:
    """Write a header and one row per entry; return the number of rows."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        count = 0
        for entry in entries:
            writer.writerow(entry_row(entry, selection))
            count += 1
        text.flush()
    finally:
        text.detach()
    return count


def _records(text: str, path: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) of each record; csv errors become InterchangeError with the line."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first_line and "," not in first_line else ","
    # Python's csv refuses a field past 131,072 characters by default, but write_csv writes any form
    # a PO file holds (its own export of a 7 MB msgstr could not be imported back).  No field is
    # longer than the text, so the limit follows the text (it is process-wide: only ever raised).
    if len(text) > csv.field_size_limit():
        csv.field_size_limit(len(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for row in reader:
            yield start, row
            start = reader.line_num + 1
    except csv.Error as err:
        raise InterchangeError(path, f"not valid CSV: {err}", str(reader.line_num)) from None


def read_csv(path: str, direction: str | None = None) -> ReadResult:
    """Read a glossary CSV: a header naming at least source and target, then one term per row."""
    result = ReadResult(path)
    records = _records(decode_utf8(read_bytes(path), path), path)
    header_record = next(records, None)
    if header_record is None:
        return result
    header = [column_name(cell) for cell in header_record[1]]
    missing = [name for name in ("source", "target") if name not in header]
    if missing:
        found = ", ".join(repr(c) for c in header_record[1]) or "nothing"
        raise InterchangeError(path, f"the header needs the columns source and target; found {found}", "1")
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        raise InterchangeError(path, f"the header names {', '.join(repeated)} twice", "1")
    sample = list(islice(records, SAMPLE))
    if direction is None:
        s, t = header.index("source"), header.index("target")
        direction = guess_direction(
            (row[s] if s < len(row) else "", row[t] if t < len(row) else "") for _, row in sample
        )
    for line, row in chain(sample, records):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InterchangeError(path, f"{len(row)} fields, but the header names {len(header)}", str(line))
        cells = dict(zip(header, row, strict=False))
        try:
            entry = row_entry(cells, direction)
        except RowError as exc:
            raise InterchangeError(path, str(exc), str(line)) from None
        if not entry.en and not entry.vi:
            result.skipped["empty"] += 1
            continue
        result.add(entry, str(line))
    return result
