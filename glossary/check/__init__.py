"""Name-spelling checker: texts and PO catalogs against the glossary, under a house style.

The headless API the CLI (`glossary check`) and the TUI's check screen share:
Checker (compile a glossary, check sources), read_source/find_inputs, fix/write, the reporters.
"""

from glossary.check.checker import Checker, Document
from glossary.check.errors import CheckConfigError, CheckInputError, FixError
from glossary.check.findings import CODES, Finding, select_codes
from glossary.check.fixes import FixResult, fix, write
from glossary.check.sources import SourceFile, find_inputs, read_source, source_from_bytes
from glossary.check.style import CheckConfig, HouseStyle, Style, load_config

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
