"""A glossary's files on disk: which PO files it is made of, reading them safely, their fingerprint,
the one atomic write, and the one name pattern of its temporary files.

Only regular files are glossary files: a FIFO would hang a reader, a device never ends.  Symbolic
links to regular files are followed; a loop or a dangling link is named as such.  Permission bits
are checked here too, because the superuser ignores them and would otherwise overwrite a file
made read-only (``chmod 444``) or read one made unreadable.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from glossary.errors import NotFoundError, PoStoreError, ReadOnlyError

PO_SUFFIX = ".po"
# Temporary files of an atomic write: ".<target name>.<12 hex digits>.tmp" beside the target.
_TEMP_HEX = 12
_TEMP_NAME = re.compile(rf"\.(?P<target>.+)\.[0-9a-f]{{{_TEMP_HEX}}}\.tmp")

_KINDS = (
    (stat.S_ISREG, "a file"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def kind_of(st: os.stat_result) -> str:
    """What a file is, in words: a file, a folder, a named pipe (FIFO)..."""
    for test, name in _KINDS:
        if test(st.st_mode):
            return name
    return "not a regular file"


# What a path typed into the TUI (or read from a list) may hold that no system call takes.
NUL_IN_PATH = "a file name cannot hold a NUL character"


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _error(path: str | os.PathLike[str], err: OSError, doing: str = "") -> PoStoreError:
    """An OS error as a PoStoreError naming the path; loops and dangling links said plainly."""
    shown = os.fspath(path)
    if err.errno == errno.ELOOP:
        return PoStoreError(shown, f"{doing}symbolic link loop")
    if err.errno == errno.ENOENT and os.path.islink(shown):
        return PoStoreError(shown, f"{doing}dangling symbolic link to '{os.readlink(shown)}'")
    if err.errno == errno.ENOTDIR:
        blocker = _not_a_folder_above(shown)
        if blocker is not None:
            return PoStoreError(shown, f"{doing}{_reason(err)}: {blocker} is a file, not a folder")
    return PoStoreError(shown, doing + _reason(err))


def _not_a_folder_above(path: str) -> str | None:
    """The nearest existing ancestor of path when it is not a folder (what ENOTDIR is about)."""
    current = os.path.dirname(os.path.abspath(path))
    while True:
        try:
            if not stat.S_ISDIR(os.stat(current).st_mode):
                return current
            return None
        except OSError:
            parent = os.path.dirname(current)
            if parent == current:
                return None
            current = parent


def stat_path(path: str | os.PathLike[str]) -> os.stat_result:
    """stat() following links; NotFoundError when nothing is there, PoStoreError for a loop, a
    dangling link or any other error."""
    try:
        return os.stat(path)
    except FileNotFoundError as err:
        if os.path.islink(path):
            raise _error(path, err) from err
        raise NotFoundError(os.fspath(path), "no such file or folder") from err
    except OSError as err:
        raise _error(path, err) from err


def _class_bits(st: os.stat_result) -> int:
    """The permission bits that apply to this process: its owner's, group's or others' (POSIX
    picks the first class that matches).  The superuser, whom the system lets do anything, gets
    what any class is allowed: a file is read-only to it when it is read-only to everyone."""
    mode = st.st_mode
    if os.geteuid() == 0:
        return ((mode >> 6) | (mode >> 3) | mode) & 7
    if st.st_uid == os.geteuid():
        return (mode >> 6) & 7
    if st.st_gid == os.getegid() or st.st_gid in os.getgroups():
        return (mode >> 3) & 7
    return mode & 7


def _mode(st: os.stat_result) -> str:
    return f"mode {stat.S_IMODE(st.st_mode):04o}"


def check_readable(path: str | os.PathLike[str], st: os.stat_result) -> None:
    """Refuse a file or folder whose permission bits do not let this process read it."""
    need = 5 if stat.S_ISDIR(st.st_mode) else 4  # a folder must be listable and enterable
    if _class_bits(st) & need != need:
        what = "folder" if stat.S_ISDIR(st.st_mode) else "file"
        raise PoStoreError(os.fspath(path), f"{what} not readable ({_mode(st)})")


def check_writable(path: str | os.PathLike[str]) -> None:
    """Refuse to replace a read-only file, or to write into a read-only folder (by the bits), with
    a ReadOnlyError.  Glossary saves and exports both ask this, unless forced.

    The file's own bits count even though a rename does not need them: a user who made a
    glossary read-only means it.  Missing files are fine; their folder is checked instead.
    """
    shown = os.fspath(path)
    target = os.path.realpath(shown)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        pass
    except OSError as err:
        raise _error(shown, err) from err
    else:
        if _class_bits(st) & 2 == 0:
            raise ReadOnlyError(shown, f"read-only file ({_mode(st)})", "--force overwrites it")
    folder = os.path.dirname(target)
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        return  # ensure_folder() makes it, and checks its parent
    except OSError as err:
        raise _error(folder, err) from err
    if _class_bits(st) & 3 != 3:
        raise ReadOnlyError(shown, f"folder {folder} is read-only ({_mode(st)})", "--force writes anyway")


def ensure_folder(folder: str | os.PathLike[str], *, force: bool = False) -> None:
    """Create a folder and its missing parents, or say in one line why it cannot be done."""
    shown = os.fspath(folder)
    missing: list[str] = []
    current = os.path.abspath(shown)
    while True:
        try:
            st = os.stat(current)
            break
        except FileNotFoundError:
            missing.append(current)
            parent = os.path.dirname(current)
            if parent == current:
                raise PoStoreError(shown, "cannot create the folder: no existing parent") from None
            current = parent
        except OSError as err:
            raise _error(current, err, "cannot create the folder: ") from err
    if not missing:
        if not stat.S_ISDIR(st.st_mode):
            raise PoStoreError(shown, f"is {kind_of(st)}, not a folder")
        return
    if not stat.S_ISDIR(st.st_mode):
        raise PoStoreError(shown, f"cannot create the folder: {current} is {kind_of(st)}")
    if not force and _class_bits(st) & 3 != 3:
        raise ReadOnlyError(
            shown, f"cannot create the folder: {current} is read-only ({_mode(st)})", "--force writes anyway"
        )
    for path in reversed(missing):
        try:
            os.mkdir(path)
        except FileExistsError:
            pass  # another writer made it meanwhile
        except OSError as err:
            raise _error(shown, err, "cannot create the folder: ") from err


def _open_regular(shown: str) -> tuple[int, os.stat_result]:
    """A descriptor of a regular, readable file, and its stat; anything else is a PoStoreError.

    Opened without blocking, so a FIFO cannot hang the reader before it is refused.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if "\0" in shown:
        raise PoStoreError(shown.replace("\0", "\\0"), NUL_IN_PATH)  # os.open raises ValueError
    try:
        descriptor = os.open(shown, flags | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as err:
        if os.path.islink(shown):
            raise _error(shown, err) from err
        raise NotFoundError(shown, "no such file") from err
    except OSError as err:
        raise _error(shown, err) from err
    try:
        st = os.fstat(descriptor)
        if not stat.S_ISREG(st.st_mode):
            raise PoStoreError(shown, f"is {kind_of(st)}, not a regular file")
        check_readable(shown, st)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor, st


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """A regular file (through symbolic links) opened for reading in binary; for readers that
    stream.  Anything else (a FIFO, a device, a socket, a loop) is a PoStoreError."""
    descriptor, _ = _open_regular(os.fspath(path))
    return os.fdopen(descriptor, "rb")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file (through symbolic links); anything else is a PoStoreError."""
    shown = os.fspath(path)
    descriptor, st = _open_regular(shown)
    try:
        chunks = []
        while chunk := os.read(descriptor, max(st.st_size + 1, 1 << 16)):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as err:
        raise _error(shown, err, "cannot read: ") from err
    finally:
        os.close(descriptor)


def glossary_files(root: str | os.PathLike[str]) -> list[Path]:
    """The PO files a glossary path stands for: the file itself, or a folder's *.po files, sorted.

    Hidden names (".#vi.po" of an editor, our own temporary files) are not glossary files.  Raises
    NotFoundError when nothing is at root, PoStoreError for anything that is not a regular file or
    a folder, for an unreadable folder, and for a *.po name in it that is not a regular file.
    """
    root = Path(root)
    st = stat_path(root)
    if stat.S_ISREG(st.st_mode):
        return [root]
    if not stat.S_ISDIR(st.st_mode):
        raise PoStoreError(str(root), f"is {kind_of(st)}, not a PO file or a folder")
    check_readable(root, st)
    try:
        with os.scandir(root) as listing:
            names = sorted(
                e.name for e in listing if e.name.endswith(PO_SUFFIX) and not e.name.startswith(".")
            )
    except OSError as err:
        raise _error(root, err, "cannot list the folder: ") from err
    files = [root / name for name in names]
    for path in files:
        found = stat_path(path)
        if not stat.S_ISREG(found.st_mode):
            raise PoStoreError(str(path), f"is {kind_of(found)}, not a regular file")
    return files


def digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes: how a save knows whether the file changed since it was read."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str:
    """digest() of a regular file's bytes, read as a stream (a glossary may be hundreds of MB)."""
    with open_regular(path) as stream:
        try:
            return hashlib.file_digest(stream, "sha256").hexdigest()
        except OSError as err:
            raise _error(path, err, "cannot read: ") from err


def fingerprint(root: str | os.PathLike[str]) -> str:
    """One digest of a whole glossary: its files' names and contents (for caches keyed by content)."""
    h = hashlib.sha256()
    for path in glossary_files(root):
        h.update(f"{path.name}\0{file_digest(path)}\n".encode())
    return h.hexdigest()


# --------------------------------------------------------------------------------------------------
# Writing


def temp_path(target: str) -> str:
    """A fresh temporary file name beside target, in the one pattern stale_temps() recognises."""
    directory, name = os.path.split(target)
    return os.path.join(directory, f".{name}.{secrets.token_hex(_TEMP_HEX // 2)}.tmp")


def stale_temps(target: str | os.PathLike[str], older_than_ns: int) -> list[Path]:
    """Our temporary files for target (after following links) last written before a time."""
    real = os.path.realpath(os.fspath(target))
    directory, name = os.path.split(real)
    found: list[Path] = []
    try:
        with os.scandir(directory) as listing:
            for item in listing:
                match = _TEMP_NAME.fullmatch(item.name)
                if match is None or match.group("target") != name:
                    continue
                try:
                    st = item.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue
                if stat.S_ISREG(st.st_mode) and st.st_mtime_ns <= older_than_ns:
                    found.append(Path(item.path))
    except FileNotFoundError:
        return []
    except OSError as err:
        raise _error(directory, err, "cannot list the folder: ") from err
    return found


def remove_stale_temps(target: str | os.PathLike[str], older_than_ns: int) -> list[Path]:
    """Delete what stale_temps() finds (left by saves that crashed); return what was deleted.

    Only call this holding the target's lock: no save of ours is writing one then.
    """
    removed = []
    for path in stale_temps(target, older_than_ns):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as err:
            raise _error(path, err, "cannot remove a stale temporary file: ") from err
        removed.append(path)
    return removed


def _fsync_directory(directory: str) -> None:
    # Makes the rename itself durable; some platforms cannot open a directory, which is fine there.
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        descriptor = os.open(directory, flags)
    except (PermissionError, IsADirectoryError):
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A binary file to write the new content of ``path`` into; when the block ends without an
    exception the file replaces ``path`` so that readers see the old or the new file, never a mix:
    temp file in the same directory, fsync, rename over, fsync the directory.  An exception in the
    block leaves the old file (or none) and no temp file, and goes on unchanged.

    The new file gets ``mode`` when given, else the old file's permission bits (a new file gets the
    umask's).  The temp file is private (0600) until it is given those bits, so a private file's
    content is never readable by others, not even for an instant.  Follows a symlink so the link
    stays a link.  Raises PoStoreError naming ``path`` when the file cannot be written; the
    block's own errors (a write into the file) are the caller's to word.
    """
    shown = os.fspath(path)
    target = os.path.realpath(shown)
    directory = os.path.dirname(target)
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as err:
        raise _error(shown, err, "cannot write: ") from err
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise PoStoreError(shown, f"is {kind_of(st)}, not a regular file; nothing written")
    bits = mode if mode is not None else None if st is None else stat.S_IMODE(st.st_mode)
    temp = temp_path(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        # 0o666 for a new file with no bits asked for: the permissions the umask allows, like any
        # file the user creates
        descriptor = os.open(temp, flags, 0o666 if bits is None else 0o600)
    except OSError as err:
        raise _error(shown, err, "cannot create a temporary file: ") from err
    handle = os.fdopen(descriptor, "wb")
    replaced = False
    try:
        yield handle
        try:
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            if bits is not None:
                os.chmod(temp, bits)
            os.replace(temp, target)
        except OSError as err:
            raise _error(shown, err, "cannot write: ") from err
        replaced = True
    finally:
        if not handle.closed:
            with contextlib.suppress(OSError):
                handle.close()
        if not replaced:
            with contextlib.suppress(OSError):
                os.unlink(temp)  # the error on its way out is the one worth reporting
    try:
        _fsync_directory(directory)
    except OSError as err:
        raise _error(shown, err, "written, but syncing the folder failed: ") from err


def atomic_write(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> None:
    """Replace the file at ``path`` with ``data`` through atomic_writer(): readers see the old or
    the new file, never a mix; the new file gets ``mode``, else the old file's permission bits."""
    with atomic_writer(path, mode=mode) as handle:
        try:
            handle.write(data)
        except OSError as err:
            raise _error(path, err, "cannot write: ") from err
