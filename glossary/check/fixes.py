"""Applying fixes: only the characters a finding means to change, nothing else in the file.

Edits are applied to the decoded text (so line endings, normal form and every other byte stay as
they were) and encoded back the way the file was (UTF-8, BOM kept). A fixed PO catalog is parsed
again before anything is written; a file is replaced atomically, the original kept as FILE.orig
(with the original's permission bits, as the fixed file keeps them).

A file or folder the user made read-only is not replaced unless forced (the rule glossary saves and
exports follow): check_writable() asks every target before the first is written, so the command
line's `check --fix` and the TUI's check screen refuse the same files with the same ReadOnlyError.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from glossary import files
from glossary.check.errors import FixError
from glossary.check.findings import Edit, Finding
from glossary.check.sources import SourceFile
from glossary.errors import ConflictError, PoStoreError
from glossary.files import atomic_write
from glossary.po import parse_po

BACKUP_SUFFIX = ".orig"


@dataclass
class FixResult:
    """The fixed text of a file and which findings it fixed."""

    source: SourceFile
    text: str
    applied: list[Finding] = field(default_factory=list)
    # Fixable findings left out because an earlier fix touched the same characters.
    overlapping: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.source.text

    def data(self) -> bytes:
        """The fixed file's bytes; a catalog is checked to parse before it is handed out."""
        data = self.source.encode(self.text)
        if self.source.kind == "po" and self.changed:
            try:
                parse_po(data, self.source.path)
            except PoStoreError as exc:  # a fix must never break a catalog: refuse to write it
                raise FixError(
                    f"{self.source.path}: the fixed catalog would not parse ({exc.message})"
                ) from exc
        return data


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """text with non-overlapping edits applied (offsets are into text)."""
    out: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < position:
            raise ValueError("overlapping edits")
        out.append(text[position : edit.start])
        out.append(edit.replacement)
        position = edit.end
    out.append(text[position:])
    return "".join(out)


def fix(source: SourceFile, findings: Iterable[Finding]) -> FixResult:
    """Apply the fixable findings of one file, first come first served where two touch the same text."""
    chosen: list[Edit] = []
    result = FixResult(source, source.text)
    for finding in sorted((f for f in findings if f.fixable and f.path == source.path), key=Finding.sort_key):
        if any(e.start < c.end and c.start < e.end for e in finding.edits for c in chosen):
            result.overlapping.append(finding)
            continue
        chosen.extend(finding.edits)
        result.applied.append(finding)
    result.text = apply_edits(source.text, chosen)
    return result


def backup_path(path: Path) -> Path:
    """FILE.orig, or FILE.orig.1, .2... when an older backup is there (never overwritten)."""
    candidate = path.with_name(path.name + BACKUP_SUFFIX)
    number = 0
    while os.path.lexists(candidate):  # a dangling link too: the backup never writes through it
        number += 1
        candidate = path.with_name(f"{path.name}{BACKUP_SUFFIX}.{number}")
    return candidate


def target(result: FixResult, output: Path | None = None) -> Path | None:
    """The file write() would replace or create for this result, or None (nothing to write there)."""
    if output is not None:
        return Path(output)
    if result.source.file is None or not result.changed:
        return None
    return Path(result.source.file)


def check_writable(results: Iterable[FixResult], output: Path | None = None) -> None:
    """Raise ReadOnlyError for the first target that is a read-only file or in a read-only folder.

    Asked of every result before the first is written, so a refusal leaves every file as it was.
    Anything but a regular file (or a new one) is left to atomic_write to refuse in its own words.
    """
    for result in results:
        path = target(result, output)
        if path is None:
            continue
        try:
            mode: int | None = os.stat(path).st_mode
        except OSError:
            mode = None
        if mode is None or stat.S_ISREG(mode):
            files.check_writable(path)


def check_unchanged(source: SourceFile) -> None:
    """Raise ConflictError when the file source was read from holds other bytes now."""
    if source.file is None:
        return
    try:
        now = files.read_bytes(source.file)
    except PoStoreError as exc:
        raise FixError(f"{source.path}: cannot read it again before writing: {exc.message}") from exc
    if now != source.raw:
        reason = "changed on disk since it was checked; nothing written, check it again"
        raise ConflictError(source.path, reason)


def write(
    result: FixResult, output: Path | None = None, *, backup: bool = True, force: bool = False
) -> Path | None:
    """Write the fixed file to output, or in place (keeping the original as a backup).

    Returns where the backup went (None when there is none). Nothing is written if the fix
    changed nothing and the file is written in place. A read-only target raises ReadOnlyError
    (nothing written) unless force. A file that changed on disk since it was read raises
    ConflictError (nothing written): the fixes were found in the old text, and replacing the new
    one with them would lose the other writer's work.
    """
    data = result.data()
    if output is None and result.changed:
        check_unchanged(result.source)
    if not force:
        check_writable([result], output)
    try:
        if output is not None:
            if output.is_dir():
                raise FixError(f"{output}: is a folder; --output takes a file name")
            atomic_write(output, data)
            return None
        if result.source.file is None:
            raise FixError(f"{result.source.path}: nowhere to write the fixed text (use --output)")
        if not result.changed:
            return None
        saved = None
        if backup:
            saved = backup_path(result.source.file)
            _write_backup(saved, result.source.file, result.source.raw)
        atomic_write(result.source.file, data)
        return saved
    except OSError as exc:
        raise FixError(f"{output or result.source.path}: cannot write: {exc.strerror or exc}") from exc


def _write_backup(saved: Path, original: Path, raw: bytes) -> None:
    """FILE.orig: the original's bytes and permission bits (a private file's backup is private, a
    read-only file's backup read-only), written as atomically as the fixed file."""
    atomic_write(saved, raw, mode=stat.S_IMODE(os.stat(original).st_mode))
