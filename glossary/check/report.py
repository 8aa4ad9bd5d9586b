"""Reporters: findings as linter lines, as JSON, and as SARIF 2.1.0 for code-scanning views."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from glossary import __version__
from glossary.check.findings import CODES, Finding
from glossary.controls import json_safe, visible

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
DOCS = "docs/check.md"


def write_text(findings: Sequence[Finding], out: TextIO) -> None:
    """`path:line:col: CODE message (suggestion)`, one finding a line, sorted."""
    for finding in sorted(findings, key=Finding.sort_key):
        # A path or a quoted form may carry a control a checked file held: shown, never sent.
        out.write(visible(finding.to_text()) + "\n")


def finding_data(finding: Finding) -> dict[str, Any]:
    """A finding as JSON-ready data."""
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.col,
        "end_line": finding.end_line,
        "end_column": finding.end_col,
        "code": finding.code,
        "name": CODES[finding.code].name,
        "message": finding.message,
        "found": finding.found,
        "suggestion": finding.suggestion or None,
        "candidates": list(finding.candidates),
        "fixable": finding.fixable,
        "ambiguous": finding.ambiguous,
        "entry": (
            {"en": finding.entry.en, "vi": finding.entry.vi, "disambiguation": finding.entry.disambiguation}
            if finding.entry
            else None
        ),
        "context": finding.context,
    }


def write_json(findings: Sequence[Finding], out: TextIO) -> None:
    dumped = json.dumps(
        [finding_data(f) for f in sorted(findings, key=Finding.sort_key)], ensure_ascii=False, indent=2
    )
    out.write(json_safe(dumped) + "\n")


def _uri(path: str) -> str:
    """A relative URI reference for a path as given (SARIF wants URIs, not OS paths)."""
    return quote(PurePosixPath(path.replace("\\", "/")).as_posix(), safe="/:._-~")


def sarif(findings: Sequence[Finding]) -> dict[str, Any]:
    """The SARIF 2.1.0 log of one run."""
    codes = sorted(CODES)
    rules = [
        {
            "id": code,
            "name": CODES[code].name,
            "shortDescription": {"text": CODES[code].summary},
            "fullDescription": {"text": CODES[code].description()},
            "help": {"text": f"See {DOCS}, {code}."},
            "defaultConfiguration": {"level": "warning"},
        }
        for code in codes
    ]
    results = []
    for finding in sorted(findings, key=Finding.sort_key):
        text = finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")
        region: dict[str, Any] = {"startLine": finding.line, "startColumn": finding.col}
        if finding.end_line:
            region.update(endLine=finding.end_line, endColumn=max(finding.end_col, 1))
        location = {"physicalLocation": {"artifactLocation": {"uri": _uri(finding.path)}, "region": region}}
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "ruleIndex": codes.index(finding.code),
            "level": "warning",
            "message": {"text": text},
            "locations": [location],
        }
        if finding.fixable:
            result["fixes"] = [
                {
                    "description": {"text": finding.suggestion},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": _uri(finding.path)},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "charOffset": edit.start,
                                        "charLength": edit.end - edit.start,
                                    },
                                    "insertedContent": {"text": edit.replacement},
                                }
                                for edit in finding.edits
                            ],
                        }
                    ],
                }
            ]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "glossary check",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def write_sarif(findings: Sequence[Finding], out: TextIO) -> None:
    json.dump(sarif(findings), out, ensure_ascii=False, indent=2)
    out.write("\n")
