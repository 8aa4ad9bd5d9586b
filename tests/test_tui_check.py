"""Pilot tests of the check screen: open a file, accept / skip / add as variant, write the fixed file."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from tests.check_helpers import write_glossary
from tests.test_tui import settle, sync
from tui.app import GlossaryApp
from tui.messages import Undo
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ErrorDialog
from tui.screens.help import binding_rows

TEXT = "Tô Lam met Audrey Azoulai.\nMount Yên Tu and Ha Nội.\n"


def make(tmp_path: Path) -> tuple[GlossaryApp, Path]:
    write_glossary(tmp_path / "terms")
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    return GlossaryApp(tmp_path / "terms", use_cache=False), article


async def open_file(pilot: Pilot, path: Path) -> None:
    await settle(pilot)
    await pilot.press("f7")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CheckScreen)
    await pilot.press(*str(path), "enter")
    await settle(pilot)


def rows(app: GlossaryApp) -> list[tuple[str, ...]]:
    table = app.screen.query_one("#findings", DataTable)
    return [tuple(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


@sync
async def test_open_a_file_and_see_its_findings_in_context(tmp_path: Path) -> None:
    app, article = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, article)
        assert [(r[0], r[1], r[2]) for r in rows(app)] == [
            ("1:1", "VN102", "Tô Lam"),
            ("1:12", "VN103", "Audrey Azoulai"),
            ("2:7", "VN102", "Yên Tu"),
            ("2:18", "VN102", "Ha Nội"),
        ]
        assert rows(app)[2][4] == "ambiguous"
        context = str(app.screen.query_one("#check-context", Static).render())
        assert "Tô Lam met Audrey Azoulai." in context and "use 'Tô Lâm'" in context
        assert isinstance(app.focused, DataTable)


@sync
async def test_accept_skip_and_write_only_the_accepted_fixes(tmp_path: Path) -> None:
    app, article = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, article)
        await pilot.press("a")  # Tô Lam -> Tô Lâm; the cursor moves on
        await pilot.press("s")  # skip Azoulai
        await pilot.press("a")  # Yên Tu is ambiguous: refused, nothing changes
        await settle(pilot)
        assert [r[4] for r in rows(app)] == ["fix", "skipped", "ambiguous", ""]
        await pilot.press("down", "a", "w")
        await settle(pilot)
        assert article.read_text(encoding="utf-8") == "Tô Lâm met Audrey Azoulai.\nMount Yên Tu and Hà Nội.\n"
        assert (tmp_path / "article.txt.orig").read_text(encoding="utf-8") == TEXT
        # the file is checked again after writing: the fixed findings are gone
        assert [r[2] for r in rows(app)] == ["Audrey Azoulai", "Yên Tu"]


@sync
async def test_add_as_variant_is_an_undoable_review_decision(tmp_path: Path) -> None:
    app, article = make(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, article)
        await pilot.press("down", "v")  # "Audrey Azoulai" becomes a variant of Audrey Azoulay
        await settle(pilot)
        entry = app.glossary.find(en="Audrey Azoulay")
        assert "Audrey Azoulai" in [v.form for v in entry.variants]
        assert app.history.unsaved
        assert "Audrey Azoulai" not in [r[2] for r in rows(app)]
        app.post_message(Undo())  # what the review screen sends for u
        await settle(pilot)
        assert "Audrey Azoulai" not in [v.form for v in entry.variants]
        assert "Audrey Azoulai" in [r[2] for r in rows(app)]


@sync
async def test_a_file_that_is_not_utf8_shows_an_error(tmp_path: Path) -> None:
    app, _ = make(tmp_path)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Ha N\xf4i\n")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_file(pilot, bad)
        assert isinstance(app.screen, ErrorDialog)
        assert "bad.txt:1: not UTF-8 text" in str(app.screen.query_one("#error-message", Static).render())


def test_help_lists_the_check_keys() -> None:
    listed = {(where, what) for where, _, what in binding_rows()}
    assert {("anywhere", "Check"), ("check", "Accept fix"), ("check", "Add as variant")} <= listed


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_check_screen_snapshot(snap_compare, tmp_path: Path, monkeypatch, size: tuple[int, int]) -> None:
    app, _ = make(tmp_path)
    monkeypatch.chdir(tmp_path)  # a relative path on screen: the same picture on every machine

    async def run_before(pilot: Pilot) -> None:
        await open_file(pilot, Path("article.txt"))
        await pilot.press("a")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run_before)
