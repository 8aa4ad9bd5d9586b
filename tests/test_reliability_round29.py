"""Round 29: the check screen's `w` follows the read-only rule `glossary check --fix` follows, and a
fix's FILE.orig backup keeps the original's permission bits.

- F7, `w` on a read-only file (mode 0444, or in a read-only folder) replaced it anyway; now the
  library (glossary.check.fixes, through CheckSession.write) refuses with the ReadOnlyError the
  command line shows, the screen names the file and asks before overwriting (o), never a traceback;
- `check --fix` (and `w`) wrote FILE.orig with the umask's bits: a private (0600) file's backup was
  readable by everyone, a read-only one's backup writable.

The TUI through Pilot, the command line through a subprocess, as a user runs them.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Static

from glossary.check import Checker, load_config
from glossary.check.session import CheckSession
from glossary.errors import ReadOnlyError
from glossary.store import Glossary
from tests.check_helpers import write_glossary
from tests.conftest import run_cli
from tests.test_tui import settle, sync
from tests.test_tui_check import open_file, rows
from tui.app import GlossaryApp
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ConfirmOverwrite, ErrorDialog

TEXT = "Ông Tô Lam đã đến Hà Nội.\n"
FIXED = "Ông Tô Lâm đã đến Hà Nội.\n"


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


def status(app: GlossaryApp) -> str:
    return str(app.screen.query_one("#check-status", Static).render())


# --- the check screen ------------------------------------------------------------------------


@sync
async def test_w_refuses_a_read_only_file_names_it_and_cancel_leaves_it(tmp_path: Path) -> None:
    app, article = make(tmp_path, 0o444)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, article)
        assert rows(app)[0][2] == "Tô Lam"
        await pilot.press("a", "w")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmOverwrite), type(dialog)
        message = str(dialog.query_one("#overwrite-message", Static).render())
        assert message == f"{article}: read-only file (mode 0444)"
        assert article.read_text(encoding="utf-8") == TEXT and mode(article) == 0o444
        assert not (article.parent / "a.txt.orig").exists()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CheckScreen)
        assert f"Not written: {article}: read-only file (mode 0444)" in status(app)
        assert article.read_text(encoding="utf-8") == TEXT and mode(article) == 0o444
        assert list(article.parent.iterdir()) == [article]
        assert rows(app)[0][4] == "fix"  # the accepted fix is still there for a second w


@sync
async def test_w_then_overwrite_writes_the_read_only_file_keeping_its_mode(tmp_path: Path) -> None:
    app, article = make(tmp_path, 0o444)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, article)
        await pilot.press("a", "w")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, CheckScreen)
        assert article.read_text(encoding="utf-8") == FIXED
        backup = article.parent / "a.txt.orig"
        assert backup.read_text(encoding="utf-8") == TEXT
        assert mode(article) == 0o444 and mode(backup) == 0o444
        assert all(r[2] != "Tô Lam" for r in rows(app))  # checked again after writing


@sync
async def test_w_refuses_a_file_in_a_read_only_folder(tmp_path: Path) -> None:
    app, article = make(tmp_path, 0o644)
    article.parent.chmod(0o555)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await open_file(pilot, article)
            await pilot.press("a", "w")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmOverwrite)
            message = str(app.screen.query_one("#overwrite-message", Static).render())
            assert message == f"{article}: folder {article.parent} is read-only (mode 0555)"
            await pilot.press("escape")
            await settle(pilot)
            assert article.read_text(encoding="utf-8") == TEXT
            assert list(article.parent.iterdir()) == [article]
    finally:
        article.parent.chmod(0o755)


@sync
async def test_w_on_a_writable_file_asks_nothing_and_the_backup_keeps_a_private_mode(tmp_path: Path) -> None:
    app, article = make(tmp_path, 0o600)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, article)
        await pilot.press("a", "w")
        await settle(pilot)
        assert isinstance(app.screen, CheckScreen)
        assert not any(isinstance(s, (ConfirmOverwrite, ErrorDialog)) for s in app.screen_stack)
        assert article.read_text(encoding="utf-8") == FIXED
        backup = article.parent / "a.txt.orig"
        assert mode(article) == 0o600 and mode(backup) == 0o600


# --- the headless session both front ends use ------------------------------------------------


def test_session_write_refuses_read_only_unless_forced(tmp_path: Path) -> None:
    _, article = make(tmp_path, 0o444)
    glossary = Glossary.open(tmp_path / "terms")
    checker = Checker(list(glossary), load_config(tmp_path / "terms", tmp_path, tmp_path / "terms"))
    session = CheckSession.open(checker, article)
    assert session.accept(0) is None
    with pytest.raises(ReadOnlyError) as caught:
        session.write()
    assert caught.value.reason == "read-only file (mode 0444)"
    assert article.read_text(encoding="utf-8") == TEXT
    session.write(force=True)
    assert article.read_text(encoding="utf-8") == FIXED and mode(article) == 0o444


# --- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize("file_mode", [0o600, 0o640, 0o664])
def test_check_fix_backup_keeps_the_original_mode(tmp_path: Path, file_mode: int) -> None:
    _, article = make(tmp_path, file_mode)
    result = run_cli("check", "--glossary", str(tmp_path / "terms"), "--fix", str(article))
    assert "Traceback" not in result.stderr
    assert article.read_text(encoding="utf-8") == FIXED, result.stderr
    backup = article.parent / "a.txt.orig"
    assert backup.read_text(encoding="utf-8") == TEXT
    assert mode(article) == file_mode and mode(backup) == file_mode


def test_check_fix_force_on_a_read_only_file_keeps_0444_on_both(tmp_path: Path) -> None:
    _, article = make(tmp_path, 0o444)
    refused = run_cli("check", "--glossary", str(tmp_path / "terms"), "--fix", str(article))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert refused.stderr.strip() == f"glossary: {article}: read-only file (mode 0444); --force overwrites it"
    assert list(article.parent.iterdir()) == [article]
    forced = run_cli("check", "--glossary", str(tmp_path / "terms"), "--fix", "--force", str(article))
    assert "Traceback" not in forced.stderr
    assert article.read_text(encoding="utf-8") == FIXED, forced.stderr
    backup = article.parent / "a.txt.orig"
    assert mode(article) == 0o444 and mode(backup) == 0o444
