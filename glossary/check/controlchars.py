"""VN203: control and invisible characters in a PO catalog another tool wrote.

An escape sequence in a msgstr repaints the terminal of whoever greps the catalog, a DEL or a C1
control hides in every editor, a bidirectional override shows a translation other than the one
stored.  gettext compiles them all (msgfmt --check says nothing), so the checker names them, at
their place in the file.  A line break or a tab inside a string is ordinary PO (multi-line
messages, aligned columns) and is not reported.
"""

from __future__ import annotations

from glossary.check.catalogs import Catalog, Field
from glossary.check.findings import Finding
from glossary.controls import HIDDEN, describe

CODE = "VN203"
# Ordinary in a PO string: multi-line messages and tab-aligned text.
_ALLOWED_IN_STRINGS = frozenset("\n\t")
# Ordinary in a comment line: a tab (the line break ends the line and is not part of it).
_ALLOWED_IN_COMMENTS = frozenset("\t\r")


def control_findings(catalog: Catalog, codes: frozenset[str]) -> list[Finding]:
    """A finding for every control or invisible character in the catalog's strings and comments."""
    if CODE not in codes:
        return []
    source = catalog.source
    if HIDDEN.search(source.text) is None:  # nearly every catalog: one scan of the text
        return []
    findings: list[Finding] = []
    for message, _fuzzy in catalog.messages:
        for string in message.fields:
            findings.extend(_in_string(catalog, string))
    for number, start in enumerate(source.line_starts, 1):
        line = source.line_text(number)
        if not line.lstrip().startswith("#") or line.lstrip().startswith("#~"):
            continue  # obsolete messages are kept history; the checker skips them
        for match in HIDDEN.finditer(line):
            if match.group() not in _ALLOWED_IN_COMMENTS:
                findings.append(_finding(catalog, start + match.start(), match.group(), "a comment"))
    return findings


def _in_string(catalog: Catalog, string: Field) -> list[Finding]:
    name = string.name if string.index is None else f"{string.name}[{string.index}]"
    found = []
    for literal in string.literals:
        for match in HIDDEN.finditer(literal.text):
            if match.group() not in _ALLOWED_IN_STRINGS:
                found.append(_finding(catalog, literal.positions.start(match.start()), match.group(), name))
    return found


def _finding(catalog: Catalog, offset: int, char: str, where: str) -> Finding:
    source = catalog.source
    line, col = source.position(offset)
    return Finding(
        path=source.path,
        line=line,
        col=col,
        code=CODE,
        message=f"{describe(char)} in {where}",
        found=char,
        end_line=line,
        end_col=col,
        context=source.line_text(line),
    )
