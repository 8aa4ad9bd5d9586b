"""One entry as one table row: the columns CSV and XLSX share, and the codec between them.

The first eight columns are Translate Toolkit's CSV fields, the layout Weblate reads and writes for
glossaries (location, source, target, id, fuzzy, context, translator_comments, developer_comments);
the glossary's own fields follow in columns those tools ignore, so a file read back by this module
loses nothing. Lists are one item per line in their cell.
"""

from __future__ import annotations

from glossary.model import Entry, Kind, Source, Status, Variant

from .common import Selection, join_lines, split_lines

TOOL_COLUMNS = [
    "location",
    "source",
    "target",
    "id",
    "fuzzy",
    "context",
    "translator_comments",
    "developer_comments",
]
GLOSSARY_COLUMNS = [
    "kind",
    "status",
    "abbreviation",
    "variants",
    "contexts",
    "frequency",
    "confidence",
    "flags",
]
COLUMNS = TOOL_COLUMNS + GLOSSARY_COLUMNS
# Other names tools give the same columns (Translate Toolkit's aliases).
ALIASES = {
    "original": "source",
    "untranslated": "source",
    "translated": "target",
    "translation": "target",
    "translator comments": "translator_comments",
    "notes": "translator_comments",
    "developer comments": "developer_comments",
    "state": "fuzzy",
}
_TRUE = {"1", "x", "true", "yes", "fuzzy"}
_KINDS = {k.value: k for k in Kind}
_STATUSES = {s.value: s for s in Status}


def _summary(entry: Entry) -> str:
    """What a Weblate user sees as the term's description: kind, abbreviation and variants."""
    lines = [f"kind: {entry.kind.value}"]
    if entry.abbr:
        lines.append(f"abbreviation: {entry.abbr}")
    lines += [f"variant: {v.to_text()}" for v in entry.variants]
    return join_lines(lines)


def entry_row(entry: Entry, selection: Selection) -> list[str]:
    """The entry's cells, in COLUMNS order."""
    return [
        join_lines(str(s) for s in entry.sources),
        selection.source(entry),
        selection.target(entry),
        "",
        "True" if entry.status is Status.CANDIDATE else "False",
        entry.disambiguation,
        join_lines(entry.notes),
        _summary(entry),
        entry.kind.value,
        entry.status.value,
        entry.abbr,
        join_lines(v.to_text() for v in entry.variants),
        join_lines(entry.contexts),
        str(entry.frequency) if entry.frequency else "",
        "" if entry.confidence == 1.0 else repr(entry.confidence),
        ", ".join(entry.flags),
    ]


def column_name(header: str) -> str:
    """A header cell as a column key: case and blanks ignored, aliases resolved, "source (en)" -> source."""
    name = " ".join(header.split()).lower()
    if name.endswith(")") and "(" in name:
        name = name[: name.rindex("(")].strip()
    return ALIASES.get(name, name.replace(" ", "_") if name.replace(" ", "_") in COLUMNS else name)


class RowError(ValueError):
    """A cell the codec cannot read; the message names the column."""


def row_entry(cells: dict[str, str], direction: str) -> Entry:
    """Read a row (column key -> cell text) as an entry; raises RowError naming a bad cell.

    A row without the glossary's own columns (a Weblate or hand-made file) is a candidate when its
    fuzzy cell says so and approved otherwise; its developer comments become notes.
    """
    source, target = cells.get("source", ""), cells.get("target", "")
    en, vi = (source, target) if direction == "en-vi" else (target, source)
    ours = "status" in cells or "kind" in cells
    kind_text = cells.get("kind", "").strip() or Kind.TERM.value
    if kind_text not in _KINDS:
        raise RowError(f"kind: {kind_text!r} is not one of {', '.join(_KINDS)}")
    status_text = cells.get("status", "").strip()
    if status_text:
        if status_text not in _STATUSES:
            raise RowError(f"status: {status_text!r} is not one of {', '.join(_STATUSES)}")
        status = _STATUSES[status_text]
    else:
        fuzzy = cells.get("fuzzy", "").strip().lower() in _TRUE
        status = Status.CANDIDATE if fuzzy else Status.APPROVED
    variants = []
    for line in split_lines(cells.get("variants", "")):
        try:
            variants.append(Variant.from_text(line, strict=True))
        except ValueError as exc:
            raise RowError(f"variants: {exc}") from None
    notes = split_lines(cells.get("translator_comments", ""))
    if not ours:
        notes += split_lines(cells.get("developer_comments", ""))
    return Entry(
        en=en,
        vi=vi,
        kind=_KINDS[kind_text],
        status=status,
        variants=variants,
        abbr=cells.get("abbreviation", ""),
        notes=notes,
        sources=[Source.parse(s.strip()) for s in split_lines(cells.get("location", ""))],
        contexts=split_lines(cells.get("contexts", "")),
        frequency=_number(cells, "frequency", int, 0),
        confidence=_number(cells, "confidence", float, 1.0),
        disambiguation=cells.get("context", "").strip(),
        flags=[f.strip() for f in cells.get("flags", "").split(",") if f.strip()],
    )


def _number(cells: dict[str, str], name: str, kind: type, default: float) -> float:
    text = cells.get(name, "").strip()
    if not text:
        return default
    try:
        return kind(text)
    except ValueError:
        raise RowError(f"{name}: {text!r} is not a number") from None
