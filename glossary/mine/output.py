"""The miner's machine-readable output: the JSON contract of `glossary mine --dry-run --format json`."""

from __future__ import annotations

import json
from typing import Any, TextIO

from glossary.model import Entry


def entry_json(entry: Entry) -> dict[str, Any]:
    """One candidate as the contract states it: kind, vi, en, abbr, variants, sources, confidence."""
    return {
        "kind": entry.kind.value,
        "vi": entry.vi or None,
        "en": entry.en or None,
        "abbr": entry.abbr or None,
        "variants": [v.form for v in entry.variants],
        "sources": [str(s) for s in entry.sources],
        "confidence": round(float(entry.confidence), 3),
    }


def write_json(entries: list[Entry], out: TextIO) -> None:
    """Write {"entries": [...]} to out, UTF-8 text as is (no \\u escapes)."""
    json.dump({"entries": [entry_json(e) for e in entries]}, out, ensure_ascii=False, indent=2)
    out.write("\n")


def format_text(entry: Entry) -> str:
    """One candidate as a line for people: forms, kind, confidence, frequency and variants."""
    forms = " = ".join(f for f in (entry.vi, entry.en) if f)
    if entry.abbr:
        forms += f" ({entry.abbr})"
    line = f"{entry.kind.value:<12} {forms}  [conf {entry.confidence:.2f}, seen {entry.frequency}]"
    if entry.flags:
        line += " {" + ", ".join(entry.flags) + "}"
    if entry.variants:
        line += "\n             variants: " + "; ".join(f"{v.form} ({v.type.value})" for v in entry.variants)
    return line
