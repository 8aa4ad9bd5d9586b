"""What is at a glossary path: only regular files are read (symbolic links to them too), permission
bits are honoured (even by root, who ignores them), and saves leave nothing behind."""

from __future__ import annotations

import os
import socket
import stat
import threading
import time
from pathlib import Path

import pytest

from glossary.errors import PoStoreError
from glossary.files import atomic_write, remove_stale_temps, stale_temps, temp_path
from glossary.files import check_writable as check_writable_file
from glossary.model import Entry, Status
from glossary.store import Catalog, Glossary

PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
    '#. kind: place\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n'
)


def one_line_error(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == "" and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every name under folder with its mode and, for regular files, its bytes."""
    out = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        content = path.read_bytes() if stat.S_ISREG(st.st_mode) else None
        out[str(path.relative_to(folder))] = (st.st_mode, content)
    return out


# --------------------------------------------------------------------------------------------------
# Only regular files


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


def _device(path: Path) -> None:
    path.symlink_to("/dev/zero")  # a link to a device: as bad as the device itself


@pytest.mark.parametrize(
    ("make", "kind"),
    [(_fifo, "a named pipe (FIFO)"), (_socket, "a socket"), (_device, "a character device")],
)
@pytest.mark.parametrize("where", ["file", "in-folder"])
@pytest.mark.parametrize("command", [["stats"], ["lookup", "hanoi"], ["add", "--en", "Hue", "--vi", "Huế"]])
def test_special_files_are_refused_with_a_clear_error(
    cli, tmp_path: Path, make, kind: str, where: str, command
):
    folder = tmp_path / "terms"
    folder.mkdir()
    target = folder / "vi.po"
    make(target)
    before = snapshot(tmp_path)
    result = cli("--glossary", str(target if where == "file" else folder), *command)
    error = one_line_error(result)  # a FIFO used to hang every command; /dev/zero ran out of memory
    assert f"vi.po: is {kind}, not a" in error
    assert snapshot(tmp_path) == before


def test_special_files_given_to_the_miner_are_refused(cli, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "news.txt")
    error = one_line_error(cli("--glossary", str(tmp_path / "g"), "mine", str(tmp_path / "news.txt")))
    assert "news.txt: is a named pipe (FIFO), not a text file or a folder" in error


def test_a_symlink_to_a_regular_file_works_and_stays_a_link(cli, tmp_path: Path) -> None:
    real = tmp_path / "real" / "vi.po"
    real.parent.mkdir()
    real.write_text(PO, encoding="utf-8")
    link = tmp_path / "link.po"
    link.symlink_to(real)
    assert cli("--glossary", str(link), "add", "--en", "Hue", "--vi", "Huế").returncode == 0
    assert link.is_symlink() and "Huế" in real.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*"))  # no lock or temp file beside the link
    assert {e.en for e in Glossary.open(link)} == {"Hanoi", "Hue"}


def test_a_symlink_loop_is_named_as_such(cli, tmp_path: Path) -> None:
    (tmp_path / "a.po").symlink_to(tmp_path / "b.po")
    (tmp_path / "b.po").symlink_to(tmp_path / "a.po")
    for args in (["--glossary", str(tmp_path / "a.po"), "stats"], ["--glossary", str(tmp_path), "stats"]):
        assert "a.po: symbolic link loop" in one_line_error(cli(*args))


def test_a_dangling_symlink_is_named_as_such(cli, tmp_path: Path) -> None:
    (tmp_path / "vi.po").symlink_to(tmp_path / "gone.po")
    for command in (["stats"], ["add", "--en", "Hue"]):
        error = one_line_error(cli("--glossary", str(tmp_path / "vi.po"), *command))
        assert f"vi.po: dangling symbolic link to '{tmp_path / 'gone.po'}'" in error
    assert not (tmp_path / "gone.po").exists()


def test_hidden_names_in_a_folder_are_not_glossary_files(tmp_path: Path) -> None:
    (tmp_path / "vi.po").write_text(PO, encoding="utf-8")
    (tmp_path / ".#vi.po").symlink_to("user@host.1234:1700000000")  # an editor's lock, dangling
    assert [c.path.name for c in Glossary.open(tmp_path).catalogs] == ["vi.po"]


# --------------------------------------------------------------------------------------------------
# Permissions (the tests run as root here, and root ignores permission bits: the checks use them)


def test_a_read_only_glossary_is_not_overwritten_without_force(cli, tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    path.write_text(PO, encoding="utf-8")
    path.chmod(0o444)
    before = path.read_bytes()
    error = one_line_error(cli("--glossary", str(path), "add", "--en", "Hue", "--vi", "Huế"))
    assert "vi.po: read-only file (mode 0444); --force overwrites it" in error
    assert path.read_bytes() == before
    assert cli("--glossary", str(path), "--force", "add", "--en", "Hue", "--vi", "Huế").returncode == 0
    assert "Huế" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o444  # still read-only


def test_a_read_only_folder_is_not_written_into(cli, tmp_path: Path) -> None:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(PO, encoding="utf-8")
    folder.chmod(0o555)
    try:
        error = one_line_error(cli("--glossary", str(folder), "add", "--en", "Hue"))
        assert "is read-only (mode 0555)" in error
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("command", [["stats"], ["lookup", "hanoi"], ["add", "--en", "Hue"]])
def test_an_unreadable_file_is_an_error_not_an_empty_glossary(cli, tmp_path: Path, command) -> None:
    path = tmp_path / "vi.po"
    path.write_text(PO, encoding="utf-8")
    path.chmod(0o000)
    error = one_line_error(cli("--glossary", str(path), *command))
    assert "vi.po: file not readable (mode 0000)" in error


@pytest.mark.parametrize("command", [["stats"], ["add", "--en", "Hue"]])
def test_an_unreadable_folder_is_an_error_not_an_empty_glossary(cli, tmp_path: Path, command) -> None:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(PO, encoding="utf-8")
    folder.chmod(0o000)
    try:
        error = one_line_error(cli("--glossary", str(folder), *command))  # it said "0 entries", exit 0
        assert "terms: folder not readable (mode 0000)" in error
    finally:
        folder.chmod(0o755)


def test_a_glossary_folder_that_cannot_be_created_is_one_line(cli, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    error = one_line_error(cli("--glossary", str(tmp_path / "file" / "terms"), "add", "--en", "Hue"))
    assert "file/terms" in error and "Not a directory" in error
    assert error.rstrip().endswith(f"{tmp_path / 'file'} is a file, not a folder")  # says which part is wrong
    locked_parent = tmp_path / "ro"
    locked_parent.mkdir(mode=0o555)
    error = one_line_error(cli("--glossary", str(locked_parent / "a" / "terms"), "add", "--en", "Hue"))
    assert f"cannot create the folder: {locked_parent} is read-only (mode 0555)" in error
    assert list(locked_parent.iterdir()) == []


def test_the_store_raises_its_own_errors_for_permissions(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    path.write_text(PO, encoding="utf-8")
    catalog = Catalog.load(path)
    catalog.entries[0].notes.append("x")
    path.chmod(0o444)
    with pytest.raises(PoStoreError, match="read-only file"):
        catalog.save()
    assert catalog.save(force=True)


# --------------------------------------------------------------------------------------------------
# Leftovers


def test_temp_files_have_one_recognisable_name(tmp_path: Path) -> None:
    target = str(tmp_path / "vi.po")
    name = os.path.basename(temp_path(target))
    assert name.startswith(".vi.po.") and name.endswith(".tmp") and len(name) == len(".vi.po.") + 12 + 4
    Path(temp_path(target)).write_bytes(b"x")
    assert len(stale_temps(target, time.time_ns())) == 1


def test_a_save_removes_the_temp_files_crashed_saves_left(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    path.write_text(PO, encoding="utf-8")
    crashed = [Path(temp_path(str(path))) for _ in range(3)]
    for leftover in crashed:
        leftover.write_bytes(b"half a glossary")
    others = [tmp_path / ".vi.po.not-hex.tmp", tmp_path / ".en.po.0123456789ab.tmp", tmp_path / "notes.tmp"]
    for other in others:
        other.write_bytes(b"not ours")
    glossary = Glossary.open(path)
    glossary.add(Entry(en="Hue", vi="Huế", status=Status.APPROVED))
    glossary.save()
    assert not any(p.exists() for p in crashed)
    assert all(p.exists() for p in others)  # not temp files of this glossary file


def test_temp_files_newer_than_the_lock_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    path.write_text(PO, encoding="utf-8")
    leftover = Path(temp_path(str(path)))
    leftover.write_bytes(b"x")
    written = leftover.stat().st_mtime_ns
    assert remove_stale_temps(path, written - 1) == [] and leftover.exists()
    assert remove_stale_temps(path, written) == [leftover] and not leftover.exists()


def test_atomic_write_refuses_to_replace_a_special_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "vi.po")
    with pytest.raises(PoStoreError, match="is a named pipe"):
        atomic_write(tmp_path / "vi.po", b"x")
    assert stat.S_ISFIFO((tmp_path / "vi.po").lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["vi.po"]


def test_the_index_cache_lookup_does_not_hang_on_a_fifo(tmp_path: Path) -> None:
    # The TUI looks for a cached index before it opens the glossary: a FIFO used to hang it there.
    from glossary.index import load_cached

    (tmp_path / "vi.po").write_text(PO, encoding="utf-8")
    os.mkfifo(tmp_path / "zz.po")
    found: list[object] = []
    worker = threading.Thread(
        target=lambda: found.append(load_cached(tmp_path, tmp_path / "cache")), daemon=True
    )
    worker.start()
    worker.join(20)
    assert not worker.is_alive() and found == [None]
    with pytest.raises(PoStoreError, match="is a named pipe") as caught:
        Glossary.open(tmp_path)
    assert caught.value.user_message().startswith(str(tmp_path / "zz.po"))


@pytest.mark.parametrize(
    ("euid", "owner", "mode", "writable"),
    [
        (0, 1000, 0o644, True),  # root and someone's file: root may write what anyone may
        (0, 0, 0o444, False),  # chmod 444: read-only even for root
        (1000, 1000, 0o644, True),  # the owner's own bits
        (1000, 0, 0o644, False),  # another user's file: the others' bits, no w
        (1000, 0, 0o646, True),  # writable by others
        (1000, 1000, 0o464, False),  # POSIX takes the first class that matches: the owner's r--
    ],
)
def test_the_permission_bits_of_the_callers_class(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, euid: int, owner: int, mode: int, writable: bool
) -> None:
    path = tmp_path / "vi.po"
    path.write_text(PO, encoding="utf-8")
    os.chown(path, owner, -1)
    path.chmod(mode)
    tmp_path.chmod(0o777)  # the folder lets anyone write: only the file's bits decide
    monkeypatch.setattr(os, "geteuid", lambda: euid)
    monkeypatch.setattr(os, "getegid", lambda: 4242)
    monkeypatch.setattr(os, "getgroups", lambda: [4242])
    if writable:
        check_writable_file(path)
    else:
        with pytest.raises(PoStoreError, match="read-only file"):
            check_writable_file(path)
