"""Export and import the glossary in the formats translation tools read: PO, POT, MO, TBX, CSV,
TSV and XLSX (docs/interchange.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary.lazy import lazy_attributes

if TYPE_CHECKING:
    from glossary.interchange.common import (
        ExportCancelled,
        ExportReport,
        InterchangeError,
        ReadResult,
        Selection,
    )
    from glossary.interchange.exporter import export
    from glossary.interchange.formats import (
        BINARY,
        DEFAULT_STATUSES,
        DESCRIPTIONS,
        DIRECTIONS,
        EXTENSIONS,
        FORMATS,
        default_name,
    )
    from glossary.interchange.importer import ImportReport, import_files, read_file

# Loaded on first use (PEP 562): every `glossary` command registers `export` and `import`, and the
# writers and readers (xml, csv, zipfile, the merge) are only needed when one of them runs.
_HOMES = {
    "ExportCancelled": "common",
    "ExportReport": "common",
    "InterchangeError": "common",
    "ReadResult": "common",
    "Selection": "common",
    "export": "exporter",
    "BINARY": "formats",
    "DEFAULT_STATUSES": "formats",
    "DESCRIPTIONS": "formats",
    "DIRECTIONS": "formats",
    "EXTENSIONS": "formats",
    "FORMATS": "formats",
    "default_name": "formats",
    "ImportReport": "importer",
    "import_files": "importer",
    "read_file": "importer",
}

__getattr__ = lazy_attributes(__name__, _HOMES)


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
