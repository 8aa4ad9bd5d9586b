"""Export and import the glossary in the formats translation tools read: PO, POT, MO, TBX, CSV,
TSV and XLSX (docs/interchange.md)."""

from __future__ import annotations

from glossary.interchange.common import (
    DIRECTIONS,
    ExportCancelled,
    ExportReport,
    InterchangeError,
    ReadResult,
    Selection,
)
from glossary.interchange.exporter import (
    BINARY,
    DEFAULT_STATUSES,
    DESCRIPTIONS,
    EXTENSIONS,
    FORMATS,
    default_name,
    export,
)
from glossary.interchange.importer import ImportReport, import_files, read_file

__all__ = [
    "BINARY",
    "DEFAULT_STATUSES",
    "DESCRIPTIONS",
    "DIRECTIONS",
    "EXTENSIONS",
    "FORMATS",
    "ExportCancelled",
    "ExportReport",
    "ImportReport",
    "InterchangeError",
    "ReadResult",
    "Selection",
    "default_name",
    "export",
    "import_files",
    "read_file",
]
