"""Name-spelling checker: texts and PO catalogs against the glossary, under a house style.

The headless API the CLI (`glossary check`) and the TUI's check screen share:
Checker (compile a glossary, check sources), read_source/find_inputs, fix/write, the reporters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary.lazy import lazy_attributes

if TYPE_CHECKING:
    from glossary.check.checker import Checker, Document
    from glossary.check.errors import CheckConfigError, CheckInputError, FixError
    from glossary.check.findings import CODES, Finding, select_codes
    from glossary.check.fixes import FixResult, fix, write
    from glossary.check.sources import SourceFile, find_inputs, read_source, source_from_bytes
    from glossary.check.style import CheckConfig, HouseStyle, Style, load_config

# Loaded on first use (PEP 562): every `glossary` command registers `check`, and importing the
# checker's modules up front cost a lookup ~0.04 s of its ~0.2 s start.
_HOMES = {
    "Checker": "checker",
    "Document": "checker",
    "CheckConfigError": "errors",
    "CheckInputError": "errors",
    "FixError": "errors",
    "CODES": "findings",
    "Finding": "findings",
    "select_codes": "findings",
    "FixResult": "fixes",
    "fix": "fixes",
    "write": "fixes",
    "SourceFile": "sources",
    "find_inputs": "sources",
    "read_source": "sources",
    "source_from_bytes": "sources",
    "CheckConfig": "style",
    "HouseStyle": "style",
    "Style": "style",
    "load_config": "style",
}

__getattr__ = lazy_attributes(__name__, _HOMES)


__all__ = [
    "CODES",
    "CheckConfig",
    "CheckConfigError",
    "CheckInputError",
    "Checker",
    "Document",
    "Finding",
    "FixError",
    "FixResult",
    "HouseStyle",
    "Style",
    "SourceFile",
    "find_inputs",
    "fix",
    "load_config",
    "read_source",
    "select_codes",
    "source_from_bytes",
    "write",
]
