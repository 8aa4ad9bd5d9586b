"""Export (and, in later issues, import) the glossary in the formats translation tools read."""

from __future__ import annotations

from glossary.interchange.po import DIRECTIONS, ExportCancelled, export_po

__all__ = ["DIRECTIONS", "ExportCancelled", "export_po"]
