"""The interchange formats by name: what each is, its extension, what it selects by default.

Kept apart from the writers and readers so that registering the `export` and `import` commands
(which every `glossary` command does) loads none of them.
"""

from __future__ import annotations

from glossary.model import Status

FORMATS = ("po", "pot", "mo", "tbx", "csv", "tsv", "xlsx")
EXTENSIONS = {f: f".{f}" for f in FORMATS}
DESCRIPTIONS = {
    "po": "gettext catalog (Poedit, Weblate, msgfmt)",
    "pot": "gettext template: source forms, empty translations",
    "mo": "compiled gettext catalog (approved translations)",
    "tbx": "TBX-Basic termbase (memoQ, Trados MultiTerm, OmegaT)",
    "csv": "Weblate glossary CSV",
    "tsv": "OmegaT glossary (source, target, comment)",
    "xlsx": "spreadsheet for reviewers",
}
# Formats a tool consumes get approved entries unless asked otherwise; a template and a reviewer's
# spreadsheet also carry the candidates still under review.
_TOOL_DEFAULT = frozenset({Status.APPROVED})
_REVIEW_DEFAULT = frozenset({Status.APPROVED, Status.CANDIDATE})
DEFAULT_STATUSES = {f: _REVIEW_DEFAULT if f in ("pot", "xlsx") else _TOOL_DEFAULT for f in FORMATS}
BINARY = frozenset({"mo", "xlsx"})
# Which side of a pair is the source: en-vi puts English in msgid / the source column.
DIRECTIONS = {"en-vi": ("en", "vi"), "vi-en": ("vi", "en")}
# TBX 3 (ISO 30042:2019) first, the default; TBX 2 (2008) for older tools.
TBX_VERSIONS = ("3", "2")


def default_name(format: str, direction: str) -> str:
    return f"glossary-{direction}{EXTENSIONS[format]}"
