"""Export and import the glossary in the formats translation tools read: PO, POT, MO, TBX, CSV,
TSV and XLSX (docs/interchange.md)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

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


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later reads skip this function
    return value


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
