"""XLSX for reviewers who work in a spreadsheet: a header row (frozen), one row a term, the columns
of table.py with the source and target headers naming their language ("source (en)").

Written with openpyxl's write-only mode, which streams rows to disk instead of building the sheet
in memory; read in read-only mode, where a formula is refused (a term is text, and a formula's value
is whatever the spreadsheet last computed).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, BinaryIO
from xml.etree import ElementTree

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError, InvalidFileException

from glossary import files
from glossary.errors import GlossaryError, PoStoreError
from glossary.model import Entry

from .common import InterchangeError, ReadResult, Selection, guess_direction
from .formats import DIRECTIONS
from .table import COLUMNS, RowError, column_name, entry_row, row_entry

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

SHEET = "glossary"
# Excel's limit for the text of one cell.
MAX_CELL = 32767
_WIDTHS = {"source": 32, "target": 32, "translator_comments": 40, "developer_comments": 30, "variants": 36}
_NUMBERS = {"frequency": int, "confidence": float}


def _header(selection: Selection) -> list[str]:
    names = {"source": f"source ({selection.source_lang})", "target": f"target ({selection.target_lang})"}
    return [names.get(c, c) for c in COLUMNS]


def write_xlsx(entries: Iterable[Entry], out: BinaryIO, selection: Selection) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 14)
    bold = Font(bold=True)
    header = []
    for name in _header(selection):
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    try:
        count = _append_rows(sheet, entries, selection)
    except GlossaryError:
        _discard(sheet)
        raise
    workbook.save(out)
    return count


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Close a sheet whose rows stopped at an entry it cannot hold, and delete its temporary file.

    openpyxl writes the rows through generators suspended inside lxml's open elements; left so,
    they were closed by the garbage collector at exit, and lxml's complaint ("Exception ignored
    in ... LxmlSyntaxError: not in an element", two tracebacks) followed the one-line error.
    """
    sheet.close()
    sheet._writer.cleanup()


def _append_rows(sheet: WriteOnlyWorksheet, entries: Iterable[Entry], selection: Selection) -> int:
    """One row per entry; GlossaryError names the first entry a spreadsheet cannot hold."""
    wrap = Alignment(wrap_text=True, vertical="top")
    numbers = [_NUMBERS.get(name) for name in COLUMNS]
    count = 0
    for entry in entries:
        row: list[object] = []
        for name, number, text in zip(COLUMNS, numbers, entry_row(entry, selection), strict=True):
            if not text:
                row.append(None)
            elif number is not None:
                row.append(number(text))
            elif text[0] == "=" or "\n" in text:
                if len(text) > MAX_CELL:
                    raise GlossaryError(f"{entry.headword}: {name} is longer than a spreadsheet cell holds")
                # A cell object only where it matters (plain values are much faster to write): text
                # that starts with "=" is still text, never a formula; several lines wrap.
                cell = WriteOnlyCell(sheet, value=text)
                cell.data_type = "s"
                if "\n" in text:
                    cell.alignment = wrap
                row.append(cell)
            elif len(text) > MAX_CELL:
                raise GlossaryError(f"{entry.headword}: {name} is longer than a spreadsheet cell holds")
            else:
                row.append(text)
        try:
            sheet.append(row)
        except IllegalCharacterError:
            raise GlossaryError(
                f"{entry.headword}: a control character that a spreadsheet cannot hold"
            ) from None
        count += 1
    return count


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# What a damaged workbook raises from inside openpyxl: its zip, its deflate streams, its XML.
_DAMAGED = (zlib.error, ElementTree.ParseError, EOFError)


def read_xlsx(path: str, direction: str | None = None) -> ReadResult:
    """Read the first sheet: a header row naming source and target, then one term per row."""
    try:
        return _read_xlsx(path, direction)
    except _DAMAGED as err:
        raise InterchangeError(path, f"not a readable XLSX workbook ({type(err).__name__}: {err})") from None


def _read_xlsx(path: str, direction: str | None) -> ReadResult:
    result = ReadResult(path)
    try:
        # Read as any import is, a regular file only: openpyxl opened a FIFO and waited for ever.
        data = io.BytesIO(files.read_bytes(path))
    except PoStoreError as err:
        raise InterchangeError(path, f"cannot read: {err.message}") from err
    try:
        workbook = load_workbook(data, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as err:
        raise InterchangeError(path, f"not an XLSX workbook ({err})") from None
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows()
        header_row = next(rows, None)
        if header_row is None:
            return result
        raw = [_text(c.value) for c in header_row]
        header = [column_name(c) for c in raw]
        if "source" not in header or "target" not in header:
            found = ", ".join(repr(c) for c in raw if c) or "nothing"
            raise InterchangeError(
                path, f"the header needs the columns source and target; found {found}", "row 1"
            )
        if direction is None:
            direction = _declared(raw[header.index("source")], raw[header.index("target")])
        records: list[tuple[int, dict[str, str]]] = []
        for number, row in enumerate(rows, 2):
            cells: dict[str, str] = {}
            for index, cell in enumerate(row):
                if cell.value is None:
                    continue
                if cell.data_type == "f":
                    column = get_column_letter(index + 1)
                    raise InterchangeError(
                        path, f"a formula ({cell.value}) instead of text", f"row {number}, column {column}"
                    )
                if index >= len(header) or not header[index]:
                    raise InterchangeError(
                        path, "a value in a column the header does not name", f"row {number}"
                    )
                cells[header[index]] = _text(cell.value)
            if any(v.strip() for v in cells.values()):
                records.append((number, cells))
    finally:
        workbook.close()
    if direction is None:
        direction = guess_direction((c.get("source", ""), c.get("target", "")) for _, c in records[:1000])
    for number, cells in records:
        try:
            entry = row_entry(cells, direction)
        except RowError as exc:
            raise InterchangeError(path, str(exc), f"row {number}") from None
        if not entry.en and not entry.vi:
            result.skipped["empty"] += 1
            continue
        result.add(entry, f"row {number}")
    return result


def _declared(source_header: str, target_header: str) -> str | None:
    """The direction the headers name ("source (vi)", "target (en)"), if they do."""
    langs = []
    for text in (source_header, target_header):
        inside = text[text.rfind("(") + 1 : -1].strip().lower() if text.rstrip().endswith(")") else ""
        langs.append(inside[:2])
    for direction, pair in DIRECTIONS.items():
        if tuple(langs) == pair:
            return direction
    return None
