"""Import: read files of any interchange format (every one before anything is merged), then merge
their entries into the glossary with the miner's rules (glossary/mine/merge.py)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from glossary import files
from glossary.errors import PoStoreError
from glossary.mine.merge import MergeReport, merge
from glossary.model import Entry, Status
from glossary.store import Glossary

from .common import InterchangeError, ReadResult
from .csvfile import read_csv
from .mo import MAGIC, read_mo
from .po import read_po
from .tbx import read_tbx
from .tsvfile import read_tsv

Reader = Callable[[str, str | None], ReadResult]


def read_xlsx(path: str, direction: str | None = None) -> ReadResult:
    from .xlsx import read_xlsx as read  # openpyxl takes a fifth of a second to import: only when used

    return read(path, direction)


READERS: dict[str, Reader] = {
    "po": read_po,
    "pot": read_po,
    "mo": read_mo,
    "tbx": read_tbx,
    "csv": read_csv,
    "tsv": read_tsv,
    "xlsx": read_xlsx,
}
_BY_EXTENSION = {
    ".po": "po",
    ".pot": "pot",
    ".mo": "mo",
    ".gmo": "mo",
    ".tbx": "tbx",
    ".xml": "tbx",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".utf8": "tsv",
    ".txt": "tsv",
    ".xlsx": "xlsx",
}


def detect_format(path: str) -> str:
    """The format a file's extension names, or its first bytes when the extension says nothing."""
    extension = os.path.splitext(path)[1].lower()
    if extension in _BY_EXTENSION:
        return _BY_EXTENSION[extension]
    try:
        with files.open_regular(path) as handle:  # a FIFO would hang here
            start = handle.read(512)
    except PoStoreError as err:
        raise InterchangeError(path, f"cannot read: {err.message}") from err
    except OSError as err:
        raise InterchangeError(path, f"cannot read: {err.strerror or err}") from err
    if start[:4] in (MAGIC.to_bytes(4, "little"), MAGIC.to_bytes(4, "big")):
        return "mo"
    if start.startswith(b"PK"):
        return "xlsx"
    if start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return "tbx"
    if b'msgid "' in start or start.lstrip().startswith(b"#"):
        return "po"
    raise InterchangeError(path, "cannot tell the format from the name or the content; pass --format")


def read_file(path: str, format: str | None = None, direction: str | None = None) -> ReadResult:
    return READERS[format or detect_format(path)](path, direction)


@dataclass
class ImportReport:
    """What reading and merging did: the merge's counts plus what the readers skipped."""

    files: int = 0
    read: int = 0
    merge: MergeReport = field(default_factory=MergeReport)
    skipped: Counter[str] = field(default_factory=Counter)
    # The entries the merge added, for a dry run to show.
    added: list[Entry] = field(default_factory=list)

    def summary(self) -> str:
        m = self.merge
        line = (
            f"{self.files} file(s), {self.read} entries read: new {m.new}, updated {m.updated}, "
            f"unchanged {m.unchanged}, conflicts {len(m.conflicts)}, skipped {sum(self.skipped.values())}"
        )
        if self.skipped:
            line += " (" + ", ".join(f"{why} {n}" for why, n in self.skipped.most_common()) + ")"
        return line


def import_files(
    glossary: Glossary,
    paths: Sequence[str],
    *,
    format: str | None = None,
    direction: str | None = None,
    as_candidates: bool = False,
) -> ImportReport:
    """Read every file, then merge what they hold into the glossary (in memory; the caller saves).

    A file that cannot be read raises InterchangeError (or PoStoreError) before anything is merged.
    New entries keep the status their file gives them unless as_candidates; entries already in the
    glossary follow the miner's rules: approved and rejected ones are never changed, a candidate
    gains the new forms and sources, and a contradiction of an approved entry is a conflict.
    """
    report = ImportReport()
    results = [read_file(path, format, direction) for path in paths]
    entries: list[Entry] = []
    places: dict[int, str] = {}
    for result in results:
        report.files += 1
        report.read += len(result.entries)
        report.skipped.update(result.skipped)
        for entry, place in zip(result.entries, result.places, strict=True):
            if as_candidates:
                entry.status = Status.CANDIDATE
            places[id(entry)] = f"{result.path}:{place}" if place else result.path
            entries.append(entry)
    before = len(glossary.primary.entries)
    report.merge = merge(
        glossary, entries, keep_status=True, where=lambda e: places.get(id(e), "imported file")
    )
    report.added = glossary.primary.entries[before:]
    return report
