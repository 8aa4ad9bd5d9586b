"""Round 30: one atomic write for every file the program replaces, the check screen's Overwrite
answer never dropped, and the command line on hostile inputs.

- `files.atomic_write(mode=)` writes a fix's FILE.orig (the check's own temp+rename is gone);
- F7, `w` on a read-only file, then the check runs again while the Overwrite dialog is open (the
  glossary changed): Overwrite was silently ignored; now it writes the fixes it was asked about, or
  refuses with a reason when the file changed on disk since it was checked (never a silent loss);
- `glossary export -o FIFO` with no reader hung for ever; a 50 MB msgid made `check` time out.

The TUI through Pilot, the command line through a subprocess, as a user runs them.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from glossary.check import Checker, load_config
from glossary.check.positions import Positions
from glossary.check.session import CheckSession
from glossary.errors import ConflictError
from glossary.files import atomic_write
from glossary.store import Glossary
from tests.conftest import ROOT
from tests.test_reliability_round29 import FIXED, TEXT, make, mode
from tests.test_tui import settle, sync
from tests.test_tui_check import open_file, rows
from tui.app import GlossaryApp
from tui.messages import CHANGE
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ConfirmOverwrite, ErrorDialog

# The read-only article and its app are round 29's: one fixture for both rounds' dialogs.
EDITED = "Ông Tô Lam đã đến Hà Nội hôm qua.\n"


# --- atomic_write(mode=) ---------------------------------------------------------------------


@pytest.mark.parametrize("bits", [0o600, 0o444, 0o640])
def test_atomic_write_gives_the_mode_asked_for(tmp_path: Path, bits: int) -> None:
    target = tmp_path / "b.orig"
    atomic_write(target, b"x", mode=bits)
    assert mode(target) == bits and target.read_bytes() == b"x"
    assert [p.name for p in tmp_path.iterdir()] == ["b.orig"]  # no temp file left


def test_atomic_write_without_mode_still_keeps_the_old_bits(tmp_path: Path) -> None:
    target = tmp_path / "vi.po"
    target.write_bytes(b"old")
    target.chmod(0o600)
    atomic_write(target, b"new")
    assert mode(target) == 0o600 and target.read_bytes() == b"new"


def test_a_backup_never_writes_through_a_dangling_link(tmp_path: Path) -> None:
    _, article = make(tmp_path, 0o644)
    elsewhere = tmp_path / "elsewhere.txt"
    (article.parent / "a.txt.orig").symlink_to(elsewhere)  # dangling: exists() said no backup there
    session = _session(tmp_path, article)
    backup = session.write()
    assert backup is not None and backup.name == "a.txt.orig.1"
    assert not elsewhere.exists() and backup.read_text(encoding="utf-8") == TEXT


# --- the check screen: Overwrite while the check runs again ----------------------------------


def _session(tmp_path: Path, article: Path) -> CheckSession:
    glossary = Glossary.open(tmp_path / "terms")
    checker = Checker(list(glossary), load_config(tmp_path / "terms", tmp_path, tmp_path / "terms"))
    session = CheckSession.open(checker, article)
    assert session.accept(0) is None
    return session


async def _ask_then_recheck(pilot, app: GlossaryApp, article: Path) -> CheckScreen:
    await open_file(pilot, article)
    screen = app.screen
    assert isinstance(screen, CheckScreen)
    await pilot.press("a", "w")
    await settle(pilot)
    assert isinstance(app.screen, ConfirmOverwrite)
    asked = screen.session
    app._publish(CHANGE)  # the glossary changed: the screen checks its file again, under the dialog
    await settle(pilot)
    assert isinstance(app.screen, ConfirmOverwrite)
    assert screen.session is not asked  # the findings the dialog was asked about are gone
    return screen


@sync
async def test_overwrite_after_the_check_ran_again_writes_the_fixes_it_asked_about(tmp_path: Path) -> None:
    app, article = make(tmp_path, 0o444)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ask_then_recheck(pilot, app, article)
        await pilot.press("o")
        await settle(pilot)
        assert app.screen is screen
        assert article.read_text(encoding="utf-8") == FIXED  # was: TEXT, the answer dropped
        assert mode(article) == 0o444 and mode(article.parent / "a.txt.orig") == 0o444
        assert all(r[2] != "Tô Lam" for r in rows(app))  # checked again after writing


@sync
async def test_overwrite_of_a_file_changed_on_disk_meanwhile_is_refused_by_name(tmp_path: Path) -> None:
    app, article = make(tmp_path, 0o444)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ask_then_recheck(pilot, app, article)
        article.chmod(0o644)
        article.write_text(EDITED, encoding="utf-8")  # someone edits the file while the dialog is open
        article.chmod(0o444)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ErrorDialog), type(app.screen)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert f"{article}: changed on disk since it was checked" in shown
        assert article.read_text(encoding="utf-8") == EDITED  # their edit kept, nothing written
        assert list(article.parent.iterdir()) == [article]


def test_session_write_refuses_a_file_changed_since_it_was_checked(tmp_path: Path) -> None:
    _, article = make(tmp_path, 0o644)
    session = _session(tmp_path, article)
    article.write_text(EDITED, encoding="utf-8")
    with pytest.raises(ConflictError, match="changed on disk since it was checked"):
        session.write()
    assert article.read_text(encoding="utf-8") == EDITED
    assert list(article.parent.iterdir()) == [article]


# --- the command line on hostile inputs (subprocesses, time and memory measured) --------------

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
TIME = shutil.which("time", path="/usr/bin")


def run(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess, int]:
    """The real command (and its peak memory in MB, under /usr/bin/time when there is one)."""
    env = dict(os.environ, GLOSSARY_CACHE_DIR=str(cwd / "cache"), PYTHONPATH=str(ROOT))
    env.pop("GLOSSARY_PATH", None)
    timer = [TIME, "-f", "maxrss %M"] if TIME else []
    result = subprocess.run(
        [*timer, sys.executable, "-m", "glossary", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=60,
    )
    lines = result.stderr.splitlines()
    rss = 0
    if TIME:
        rss = int(lines[-1].split()[1]) // 1024
        lines = [line for line in lines[:-1] if not line.startswith("Command exited")]
    result.stderr = "".join(line + "\n" for line in lines)
    return result, rss


def one_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    return lines[0]


def test_export_to_a_fifo_nobody_reads_is_one_error_not_a_hang(tmp_path: Path) -> None:
    glossary = tmp_path / "vi.po"
    glossary.write_text(HEADER + 'msgid "Hanoi"\nmsgstr "Hà Nội"\n', encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    started = time.monotonic()
    result, _ = run("--glossary", str(glossary), "export", "-o", str(fifo), cwd=tmp_path)  # was: for ever
    assert one_line(result) == (
        f"glossary: {fifo}: cannot write: no program opened the named pipe (FIFO) for reading in 5 s"
    )
    assert time.monotonic() - started < 30
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_export_to_a_fifo_whose_reader_comes_a_moment_later(tmp_path: Path) -> None:
    glossary = tmp_path / "vi.po"
    glossary.write_text(HEADER + 'msgid "Hanoi"\nmsgstr "Hà Nội"\n', encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    env = dict(os.environ, GLOSSARY_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    writer = subprocess.Popen(
        [sys.executable, "-m", "glossary", "--glossary", str(glossary), "export", "-o", str(fifo)],
        stderr=subprocess.PIPE,
        env=env,
        cwd=tmp_path,
    )
    time.sleep(1)  # `glossary export -o pipe & reader pipe`: the reader opens it after the writer
    with open(fifo, "rb") as reader:
        data = reader.read()
    assert writer.wait(timeout=30) == 0, writer.stderr.read() if writer.stderr else ""
    assert 'msgstr "Hà Nội"' in data.decode("utf-8")


def test_check_of_a_catalog_with_a_20_mb_msgid_is_bounded_and_fixes_in_place(tmp_path: Path) -> None:
    # Was ~100 bytes of offsets a character: 20 MB took some 2 GB; 50 MB did not end in 20 s.
    (tmp_path / "terms.po").write_text(HEADER + 'msgid "Hanoi"\nmsgstr "Hà Nội"\n', encoding="utf-8")
    huge = "a" * (20 << 20)
    catalog = tmp_path / "big.po"
    catalog.write_text(HEADER + f'msgid "{huge}"\nmsgstr "Ở \\"Ha Nội\\" đó"\n', encoding="utf-8")
    result, rss = run("--glossary", "terms.po", "check", "big.po", cwd=tmp_path)
    assert "Traceback" not in result.stderr and result.returncode == 1, result.stderr
    assert result.stdout.startswith("big.po:7:13: VN102 'Ha Nội' has partial diacritics"), result.stdout
    assert rss < 600, f"{rss} MB"
    result, rss = run("--glossary", "terms.po", "check", "--fix", "big.po", cwd=tmp_path)
    assert "Traceback" not in result.stderr and result.returncode == 0, result.stderr
    assert catalog.read_text(encoding="utf-8") == HEADER + f'msgid "{huge}"\nmsgstr "Ở \\"Hà Nội\\" đó"\n'
    assert rss < 600, f"{rss} MB"


def test_check_with_a_glossary_form_of_20_mb_is_bounded(tmp_path: Path) -> None:
    # The checker's automaton costs some 50 bytes a character of a form: 16 MB took 860 MB and 5 s,
    # 50 MB did not end in 20 s. A form past 100,000 characters is looked for in no text.
    body = f'msgid "Hanoi"\nmsgstr "Hà Nội"\n\nmsgid "Long"\nmsgstr "{"a" * (20 << 20)}"\n'
    (tmp_path / "terms.po").write_text(HEADER + body, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ở Ha Nội.\n", encoding="utf-8")
    result, rss = run("--glossary", "terms.po", "check", "a.txt", cwd=tmp_path)
    assert "Traceback" not in result.stderr and result.returncode == 1, result.stderr
    assert result.stdout.startswith("a.txt:1:3: VN102 'Ha Nội' has partial diacritics"), result.stdout
    assert rss < 600, f"{rss} MB"


def test_import_of_a_catalog_with_a_20_mb_msgid_sets_it_aside_at_once(tmp_path: Path) -> None:
    # A 50 MB one-word msgid went through every term rule's pattern and the merge: 20 s.
    glossary = tmp_path / "vi.po"
    glossary.write_text(HEADER + 'msgid "Hanoi"\nmsgstr "Hà Nội"\n', encoding="utf-8")
    catalog = tmp_path / "big.po"
    catalog.write_text(
        HEADER + f'msgid "{"a" * (20 << 20)}"\nmsgstr "b"\n\nmsgid "Hue"\nmsgstr "Huế"\n', encoding="utf-8"
    )
    before = glossary.read_bytes()
    result, rss = run("--glossary", str(glossary), "import", "--dry-run", str(catalog), cwd=tmp_path)
    assert "Traceback" not in result.stderr and result.returncode == 0, result.stderr
    assert "new 1," in result.stderr and "skipped 1 (too long for a term 1)" in result.stderr, result.stderr
    assert glossary.read_bytes() == before and rss < 600, f"{rss} MB"


# --- the positions of a PO string's characters, against one offset pair per character ---------


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 9), st.integers(0, 5)), max_size=30))
def test_positions_are_the_offsets_one_list_per_character_gave(runs: list[tuple[int, int, int]]) -> None:
    positions, starts, ends = Positions(), [], []
    at = 0
    for gap, width, count in runs:
        at += gap  # a gap: the next characters need not follow on (a new literal, a closing quote)
        positions.add(at, width, count)
        for _ in range(count):
            starts.append(at)
            ends.append(at + width)
            at += width
    assert len(positions) == len(starts)
    assert [positions.start(i) for i in range(len(starts))] == starts
    assert [positions.end(i) for i in range(len(ends))] == ends
    half = len(starts) // 2
    first, second = Positions(), Positions()
    for i in range(len(starts)):
        (first if i < half else second).add(starts[i], ends[i] - starts[i])
    joined = Positions.joined([first, second])
    assert [(joined.start(i), joined.end(i)) for i in range(len(starts))] == list(
        zip(starts, ends, strict=True)
    )
    with pytest.raises(IndexError):
        positions.start(len(starts))
