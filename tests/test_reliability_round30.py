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
import stat
from pathlib import Path

import pytest
from textual.widgets import Static

from glossary.check import Checker, load_config
from glossary.check.session import CheckSession
from glossary.errors import ConflictError
from glossary.files import atomic_write
from glossary.store import Glossary
from tests.check_helpers import write_glossary
from tests.test_tui import settle, sync
from tests.test_tui_check import open_file, rows
from tui.app import GlossaryApp
from tui.messages import CHANGE
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ConfirmOverwrite, ErrorDialog

TEXT = "Ông Tô Lam đã đến Hà Nội.\n"
FIXED = "Ông Tô Lâm đã đến Hà Nội.\n"
EDITED = "Ông Tô Lam đã đến Hà Nội hôm qua.\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def make(tmp_path: Path, file_mode: int) -> tuple[GlossaryApp, Path]:
    write_glossary(tmp_path / "terms")
    folder = tmp_path / "docs"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    article.chmod(file_mode)
    return GlossaryApp(tmp_path / "terms", use_cache=False), article


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
