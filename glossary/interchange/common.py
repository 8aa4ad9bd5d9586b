"""What every interchange format shares: directions and filters, the export report, the errors, and
the output file (written to a temporary file and renamed, or streamed to stdout)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from glossary import files
from glossary.errors import GlossaryError, PoStoreError, ReadOnlyError
from glossary.model import Entry, Kind, Status

from .formats import DIRECTIONS

# direction -> (the language of the source side, the language of the target side)
LANGUAGE_NAMES = {"en": "English", "vi": "Vietnamese"}
# How many entries between two progress reports and cancel checks.
STEP = 2000

Progress = Callable[[int, int], None]


class InterchangeError(GlossaryError):
    """A file could not be read or written in an interchange format; names the file and the place."""

    def __init__(self, path: str, message: str, where: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.where = where
        self.message = message

    def user_message(self) -> str:
        return f"{self.path}:{self.where}: {self.message}" if self.where else f"{self.path}: {self.message}"


class ExportCancelled(InterchangeError):
    """The export was cancelled; nothing was written."""


def check_direction(direction: str) -> str:
    if direction not in DIRECTIONS:
        raise GlossaryError(f"unknown direction {direction!r}: use one of {', '.join(DIRECTIONS)}")
    return direction


@dataclass(frozen=True)
class Selection:
    """Which entries an export writes, and which side is the source."""

    direction: str = "en-vi"
    statuses: frozenset[Status] = frozenset({Status.APPROVED})
    # None: every kind
    kinds: frozenset[Kind] | None = None

    def __post_init__(self) -> None:
        check_direction(self.direction)

    @property
    def source_lang(self) -> str:
        return DIRECTIONS[self.direction][0]

    @property
    def target_lang(self) -> str:
        return DIRECTIONS[self.direction][1]

    def wants(self, entry: Entry) -> bool:
        return entry.status in self.statuses and (self.kinds is None or entry.kind in self.kinds)

    def source(self, entry: Entry) -> str:
        return entry.en if self.direction == "en-vi" else entry.vi

    def target(self, entry: Entry) -> str:
        return entry.vi if self.direction == "en-vi" else entry.en


@dataclass
class ExportReport:
    """What an export wrote and what it could not, for the summary line."""

    format: str
    direction: str
    written: int = 0
    # Entries written with an empty target (or, in MO, left out: it holds translations only).
    without_target: int = 0
    # Entries left out because the format keys messages on the source form and they have none.
    without_source: int = 0
    # Entries left out because another entry already has their source form (and context).
    duplicates: int = 0
    # Candidates and rejected entries an MO file cannot hold (msgfmt compiles approved messages only).
    not_compiled: int = 0
    filtered: int = 0

    def summary(self, where: str) -> str:
        source, target = (_with_article(LANGUAGE_NAMES[lang]) for lang in DIRECTIONS[self.direction])
        parts = [f"wrote {self.written} entries to {where} ({self.format}, {self.direction})"]
        if self.without_target:
            how = "left out: MO holds translations only" if self.format == "mo" else "target left empty"
            parts.append(f"{self.without_target} without {target} form ({how})")
        if self.without_source:
            parts.append(f"{self.without_source} without {source} form left out")
        if self.duplicates:
            parts.append(f"{self.duplicates} with {source} form another entry has left out")
        if self.not_compiled:
            parts.append(f"{self.not_compiled} not approved left out (MO holds approved translations only)")
        if self.filtered:
            parts.append(f"{self.filtered} not selected by status or kind")
        return "; ".join(parts)


def _with_article(language: str) -> str:
    return ("an " if language[0] in "AEIOU" else "a ") + language


def selected(
    entries: Iterable[Entry],
    selection: Selection,
    report: ExportReport,
    *,
    total: int = 0,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    path: str = "",
) -> Iterator[Entry]:
    """The entries the selection wants, lazily; counts the others, reports progress, honours cancel."""
    done = 0
    for done, entry in enumerate(entries):
        if done % STEP == 0:
            if cancel is not None and cancel.is_set():
                raise ExportCancelled(path, "export cancelled, nothing written")
            if progress is not None:
                progress(done, total)
        if selection.wants(entry):
            if not selection.target(entry):
                report.without_target += 1
            yield entry
        else:
            report.filtered += 1
    if cancel is not None and cancel.is_set():
        raise ExportCancelled(path, "export cancelled, nothing written")
    if progress is not None:
        progress(done + 1 if total else done, total)


def check_target(path: str | os.PathLike[str], *, force: bool = False) -> None:
    """Refuse an export target the user made read-only, as a glossary save does (ReadOnlyError).

    A regular file with no write bit for this process (for root: none at all, as after
    ``chmod 444``), or a folder whose bits say read-only, is kept unless ``force``.  Any other
    existing file is a previous export or the user's choice of name: it is replaced, so that
    ``export -o build/vi.po`` can run on every build.  Devices, FIFOs and stdout are not checked.
    """
    shown = os.fspath(path)
    if force or shown == "-" or "\0" in shown:
        return
    try:
        mode = os.stat(shown).st_mode
    except OSError:
        mode = None  # nothing there yet: the folder it goes in is checked below
    if mode is not None and not stat.S_ISREG(mode):
        return
    files.check_writable(shown)


@contextlib.contextmanager
def output(path: str | os.PathLike[str], *, force: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write an export into: "-" is stdout; a path is written to a temporary file
    next to it and renamed over it only when the whole export succeeded (a failed or cancelled
    export leaves the old file, or none).  A read-only target is refused unless force
    (check_target)."""
    shown = os.fspath(path)
    if "\0" in shown:
        raise InterchangeError(shown.replace("\0", "\\0"), files.NUL_IN_PATH)
    if shown == "-":
        with _spooled(sys.stdout.buffer) as spool:
            yield spool
        return
    try:
        mode = os.stat(shown).st_mode
        special = not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
    except OSError:
        special = False  # nothing there yet (or not reachable): the rename below says why
    if special:
        # A device, a FIFO or a socket (-o /dev/stdout, a pipe to another tool): written to as
        # such, never renamed over, which would put a regular file in the place of /dev/null.
        handle = _open_special(shown, stat.S_ISFIFO(mode))
        try:
            with handle, _spooled(handle) as spool:
                yield spool
        except OSError as err:
            raise InterchangeError(shown, f"cannot write: {err.strerror or err}") from err
        return
    target = os.path.realpath(shown)
    try:
        # ensure_folder names what is in the way ("afile is a file"), where makedirs said "File
        # exists"; a read-only parent is refused as a read-only target is.
        files.ensure_folder(os.path.dirname(target), force=force)
        check_target(shown, force=force)
    except ReadOnlyError:
        raise
    except PoStoreError as err:
        detail = err.message if err.path == shown else err.user_message()  # the path once
        raise InterchangeError(shown, f"cannot write: {detail}") from None
    if os.path.isdir(target):  # refused before the export runs, not by the rename after it
        raise InterchangeError(shown, f"cannot write: {os.strerror(errno.EISDIR)}")
    exporting = False
    try:
        with files.atomic_writer(shown) as handle:  # the old file's permission bits are kept
            exporting = True
            try:
                yield handle
            except OSError as err:
                raise InterchangeError(shown, f"cannot write: {err.strerror or err}") from err
            exporting = False
            # Again at the end: an export takes no lock, and the file may have been made read-only
            # while a large export ran.
            check_target(shown, force=force)
    except ReadOnlyError:
        raise
    except PoStoreError as err:
        if exporting:
            raise  # the export's own error (a glossary file it read), not the output's
        cause = err.__cause__
        detail = f"cannot write: {cause.strerror or cause}" if isinstance(cause, OSError) else err.message
        raise InterchangeError(shown, detail) from err


# How long an export waits for a program to open a named pipe (FIFO) for reading: `glossary export
# -o pipe & reader pipe` starts both at once; with no reader at all, open() would block for ever.
FIFO_WAIT = 5.0


def _open_special(shown: str, fifo: bool) -> BinaryIO:
    """A device, a socket or a FIFO opened for writing; a FIFO nobody opens for reading within
    FIFO_WAIT seconds is an InterchangeError, not a hang."""
    if not fifo:
        try:
            return open(shown, "wb")  # noqa: SIM115 - the caller closes it
        except OSError as err:
            raise InterchangeError(shown, f"cannot write: {err.strerror or err}") from err
    deadline = time.monotonic() + FIFO_WAIT
    while True:
        try:
            # Non-blocking, a FIFO with no reader fails at once (ENXIO) instead of blocking.
            descriptor = os.open(shown, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
            break
        except OSError as err:
            if err.errno != errno.ENXIO:
                raise InterchangeError(shown, f"cannot write: {err.strerror or err}") from err
        if time.monotonic() >= deadline:
            raise InterchangeError(
                shown, f"cannot write: no program opened the named pipe (FIFO) for reading in {FIFO_WAIT:g} s"
            )
        time.sleep(0.05)
    os.set_blocking(descriptor, True)  # a reader that reads slowly is waited for
    return os.fdopen(descriptor, "wb")


@contextlib.contextmanager
def _spooled(out: BinaryIO) -> Iterator[BinaryIO]:
    """A file that is copied into out only once the export succeeded, so that a failed export writes
    nothing there, only its one-line error to stderr (spooled to disk past 64 MiB)."""
    with tempfile.SpooledTemporaryFile(max_size=64 << 20) as spool:
        yield spool
        spool.seek(0)
        shutil.copyfileobj(spool, out)
    out.flush()


@dataclass
class ReadResult:
    """What a reader found in one file: entries, where each was, and what it skipped and why."""

    path: str
    entries: list[Entry] = field(default_factory=list)
    # Parallel to entries: "LINE" or "row N", for conflict lines.
    places: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    def add(self, entry: Entry, place: str) -> None:
        self.entries.append(entry)
        self.places.append(place)


def join_lines(items: Iterable[str]) -> str:
    """A list as one cell: an item per line (items are single lines in the glossary's model)."""
    return "\n".join(items)


def split_lines(cell: str) -> list[str]:
    return [line for line in cell.replace("\r\n", "\n").split("\n") if line.strip()]


def _looks_vietnamese(text: str) -> bool:
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


def guess_direction(pairs: Iterable[tuple[str, str]]) -> str:
    """en-vi or vi-en for a file that does not say: the side whose forms carry Vietnamese letters
    more often is the Vietnamese one (en-vi on a tie)."""
    source = target = 0
    for left, right in pairs:
        source += _looks_vietnamese(left)
        target += _looks_vietnamese(right)
    return "vi-en" if source > target else "en-vi"


def decode_utf8(data: bytes, path: str) -> str:
    """UTF-8 text (a BOM is dropped), or UTF-16 with its byte-order mark (what Excel's "Unicode
    text" writes: the mark says which it is, nothing is guessed); InterchangeError naming the line
    of the first bad byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\0\0"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            line = data.count(b"\n\0" if data[0] == 0xFF else b"\0\n", 0, err.start) + 1
            raise InterchangeError(path, "not valid UTF-16 text; save it as UTF-8", str(line)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InterchangeError(
            path, f"not UTF-8 text (byte 0x{data[err.start]:02x}); save it as UTF-8", str(line)
        ) from None


def read_bytes(path: str) -> bytes:
    # glossary.files reads regular files only: a FIFO would hang the import, a device never end.
    try:
        return files.read_bytes(path)
    except PoStoreError as err:
        raise InterchangeError(path, f"cannot read: {err.message}") from err
