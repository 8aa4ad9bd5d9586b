"""Advisory locks that serialise the writers of a glossary file (``glossary add``, ``mine``, the TUI).

Each PO file has a lock file beside it, ``.<name>.lock``, locked with ``flock``: the kernel drops the
lock when its holder dies, so a crashed writer never blocks the next one.  The holder deletes the
lock file before unlocking, so no lock file stays behind; a waiter that then gets the lock of a
deleted file notices (its inode is no longer at the path) and tries again.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterable, Iterator

from glossary.errors import LockTimeoutError, PoStoreError

# Seconds a writer waits for another one before giving up; GLOSSARY_LOCK_TIMEOUT overrides it.
DEFAULT_TIMEOUT = 60.0
_POLL = 0.02


def lock_path(target: str | os.PathLike[str]) -> str:
    """The lock file of a glossary file (after following links: two names of a file share a lock)."""
    directory, name = os.path.split(os.path.realpath(os.fspath(target)))
    return os.path.join(directory, f".{name}.lock")


def default_timeout() -> float:
    raw = os.environ.get("GLOSSARY_LOCK_TIMEOUT", "")
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value >= 0 else DEFAULT_TIMEOUT


def _holder(path: str) -> str:
    """Who holds a lock, as its holder wrote it ("pid 1234"), for the timeout message."""
    try:
        with open(path, encoding="ascii", errors="replace") as stream:
            pid = stream.read(32).strip()
    except OSError:
        return "another process"
    return f"process {pid}" if pid.isdigit() else "another process"


def _acquire(target: str, timeout: float, deadline: float) -> int:
    path = lock_path(target)
    while True:
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as err:
            raise PoStoreError(target, f"cannot create the lock file {path}: {err.strerror or err}") from err
        try:
            while True:
                try:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockTimeoutError(
                            target,
                            f"locked by {_holder(path)}, which is still saving it; waited {timeout:g} s "
                            "(GLOSSARY_LOCK_TIMEOUT sets how long), try again",
                        ) from None
                    time.sleep(_POLL)
            # The previous holder may have deleted the file between our open and our lock.
            try:
                same = os.path.samestat(os.fstat(descriptor), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(descriptor, 0)
                os.write(descriptor, f"{os.getpid()}\n".encode("ascii"))
                return descriptor
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)


def _release(target: str, descriptor: int) -> None:
    # Deleted while still locked: whoever opens the name next makes a new file and a new lock.
    with contextlib.suppress(FileNotFoundError):
        os.unlink(lock_path(target))
    os.close(descriptor)


@contextlib.contextmanager
def locked(targets: Iterable[str | os.PathLike[str]], timeout: float | None = None) -> Iterator[int]:
    """Hold the locks of several glossary files (taken in one order, so writers never deadlock).

    Yields the time (time.time_ns) at which all locks were held: files of ours older than that
    were left by a save that crashed.  Raises LockTimeoutError after timeout seconds of waiting.
    """
    ordered = sorted({os.path.realpath(os.fspath(t)) for t in targets})
    timeout = default_timeout() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    held: list[tuple[str, int]] = []
    try:
        for target in ordered:
            held.append((target, _acquire(target, timeout, deadline)))
        yield time.time_ns()
    finally:
        for target, descriptor in reversed(held):
            _release(target, descriptor)
