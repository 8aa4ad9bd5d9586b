"""Pilot tests for every TUI flow: search, review decisions with undo/redo, save, conflict, export, quit."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import polib
import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, TextArea
from textual.worker import WorkerCancelled, WorkerFailed

from glossary.model import Entry, Kind, Status
from glossary.store import Glossary
from tui.app import GlossaryApp
from tui.screens.dialogs import ConfirmQuit, ConflictDialog, EditDialog, ErrorDialog
from tui.screens.help import HelpScreen
from tui.screens.lookup import RESULT_LIMIT, LookupScreen
from tui.screens.review import ReviewScreen

FIXTURE = """msgid ""
msgstr ""
"Language: vi\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. kind: place
#. variant: word-order: Thăng Long Imperial Citadel
#. context: Lâm visited the Thăng Long Imperial Citadel in Hà Nội.
#: seeds/a.txt:7
msgid "Imperial Citadel of Thang Long"
msgstr "Hoàng thành Thăng Long"

#. kind: person
#. variant: short: Lâm
#. variant: no-diacritics: To Lam
#. confidence: 0.9
#, fuzzy
msgid "To Lam"
msgstr "Tô Lâm"

#. kind: person
#. confidence: 0.6
#, fuzzy
msgid "Lam To"
msgstr "Lâm Tô"

#. kind: term
#. variant: gloss: Renovation
msgid "Renewal"
msgstr "đổi mới"
"""


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test on a fresh event loop (the project has no pytest async plugin yet)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def make_glossary(tmp_path: Path) -> Path:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(FIXTURE, encoding="utf-8")
    return folder


@pytest.fixture
def app(tmp_path: Path) -> GlossaryApp:
    return GlossaryApp(make_glossary(tmp_path), cache_dir=tmp_path / "cache")


async def settle(pilot: Pilot) -> None:
    """Let every worker finish (superseded searches are cancelled, which is fine) and the UI catch up."""
    for _ in range(100):
        await pilot.pause()
        busy = [w for w in pilot.app.workers if not w.is_finished]
        if not busy:
            return
        for worker in busy:
            try:
                await worker.wait()
            except (WorkerCancelled, WorkerFailed):
                pass
    raise AssertionError("workers did not settle")


def column(app: GlossaryApp, table_id: str, key: str) -> list[str]:
    """The text of one column of a table, by the column's key."""
    table = app.screen.query_one(table_id, DataTable)
    index = [c.value for c in table.columns].index(key)
    return [str(table.get_row_at(i)[index]) for i in range(table.row_count)]


def result_rows(app: GlossaryApp) -> list[str]:
    return column(app, "#results", "vi")


def review_rows(app: GlossaryApp) -> list[str]:
    return column(app, "#candidates", "vi")


@sync
async def test_search_box_is_focused_and_empty_query_lists_all_in_collation_order(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, Input)
        assert result_rows(app) == ["đổi mới", "Hoàng thành Thăng Long", "Lâm Tô", "Tô Lâm"]


@sync
async def test_typing_a_telex_query_finds_the_entry(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*"thawng long")
        await settle(pilot)
        assert result_rows(app)[0] == "Hoàng thành Thăng Long"
        detail = str(app.screen.query_one("#detail").render())
        assert "word-order" in detail and "seeds/a.txt:7" in detail and "Imperial Citadel" in detail


@sync
async def test_copy_and_filters(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*"doi moi")
        await settle(pilot)
        await pilot.press("down", "f5")
        assert app.clipboard == "đổi mới"
        await pilot.press("slash", "escape", "ctrl+t", "ctrl+t")  # kind: person
        await settle(pilot)
        assert result_rows(app) == ["Lâm Tô", "Tô Lâm"]
        await pilot.press("ctrl+g", "ctrl+g")  # status: candidate
        await settle(pilot)
        assert result_rows(app) == ["Tô Lâm", "Lâm Tô"] or set(result_rows(app)) == {"Tô Lâm", "Lâm Tô"}


def _long_glossary(tmp_path: Path, size: int) -> Path:
    folder = tmp_path / "long"
    folder.mkdir()
    body = "".join(f'\nmsgid "Item {n:03d}"\nmsgstr "mục {n:03d}"\n' for n in range(size))
    (folder / "vi.po").write_text(FIXTURE.split("\n\n")[0] + "\n" + body, encoding="utf-8")
    return folder


@sync
async def test_scrolling_down_loads_the_rest_of_the_glossary(tmp_path: Path) -> None:
    size = 2 * RESULT_LIMIT + 30
    app = GlossaryApp(_long_glossary(tmp_path, size), cache_dir=tmp_path / "cache")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        status = app.screen.query_one("#status")
        assert len(result_rows(app)) == RESULT_LIMIT
        assert "scroll for more" in str(status.render())
        await pilot.press("down", "ctrl+end")  # the keyboard: the cursor reaches the last row
        await settle(pilot)
        rows = result_rows(app)
        assert len(rows) == 2 * RESULT_LIMIT
        assert app.screen.query_one("#results", DataTable).cursor_row == RESULT_LIMIT - 1  # kept
        # The mouse: scrolling the view to the bottom asks for the next rows without moving the cursor.
        app.screen.query_one("#results", DataTable).scroll_end(animate=False)
        await settle(pilot)
        rows = result_rows(app)
        assert rows == [f"mục {n:03d}" for n in range(size)]  # all of it, in collation order
        assert "scroll for more" not in str(status.render())
        # A search pages the same way, and a new query starts again from the first page.
        await pilot.press("slash", *"muc")
        await settle(pilot)
        assert len(result_rows(app)) == RESULT_LIMIT
        await pilot.press("down", "ctrl+end")
        await settle(pilot)
        assert len(result_rows(app)) == 2 * RESULT_LIMIT
        await pilot.press("slash", "escape")
        await settle(pilot)
        assert len(result_rows(app)) == RESULT_LIMIT


async def open_review(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("f3")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReviewScreen)


@sync
async def test_approve_reject_undo_redo(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        assert review_rows(app) == ["Tô Lâm", "Lâm Tô"]  # highest confidence first
        await pilot.press("a")
        await settle(pilot)
        assert review_rows(app) == ["Lâm Tô"]
        assert app.glossary.find(en="To Lam").status is Status.APPROVED
        await pilot.press("x")
        await settle(pilot)
        assert review_rows(app) == [] and app.glossary.find(en="Lam To").status is Status.REJECTED
        await pilot.press("u", "u")
        await settle(pilot)
        assert review_rows(app) == ["Tô Lâm", "Lâm Tô"]
        await pilot.press("y")
        await settle(pilot)
        assert app.glossary.find(en="To Lam").status is Status.APPROVED


@sync
async def test_edit_dialog(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditDialog)
        app.screen.query_one("#en", Input).value = "To Lam (Party leader)"
        app.screen.query_one("#notes", TextArea).text = "checked"
        await pilot.click("#apply")
        await settle(pilot)
        entry = app.glossary.find(en="To Lam (Party leader)")
        assert entry is not None and entry.notes == ["checked"] and entry.kind is Kind.PERSON
        await pilot.press("u")
        await settle(pilot)
        assert app.glossary.find(en="To Lam") is not None


@sync
async def test_merge_and_split(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        await pilot.press("down", "m")  # merge "Lâm Tô" into …
        await settle(pilot)
        await pilot.press(*"to lam")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        to_lam = app.glossary.find(en="To Lam")
        assert "Lâm Tô" in to_lam.forms() and app.glossary.find(en="Lam To") is None
        assert review_rows(app) == ["Tô Lâm"]
        await pilot.press("s")  # split a variant out of Tô Lâm: the first one, "Lâm"
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.glossary.find(vi="Lâm") is not None and "Lâm" not in [v.form for v in to_lam.variants]
        await pilot.press("u", "u")
        await settle(pilot)
        assert app.glossary.find(en="Lam To") is not None and app.glossary.find(vi="Lâm") is None


@sync
async def test_save_writes_through_the_store(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        await pilot.press("a", "ctrl+s")
        await settle(pilot)
        po = polib.pofile(str(app.glossary_path / "vi.po"))
        assert "fuzzy" not in po.find("To Lam").flags
        assert not app.unsaved


@sync
async def test_conflict_offers_reload_and_reapplies(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        await pilot.press("a")
        await settle(pilot)
        other = Glossary.open(app.glossary_path)  # someone else rejected the same entry meanwhile
        other.add(Entry(en="Hue", vi="Huế"))
        other.find(en="To Lam").status = Status.REJECTED
        other.save()
        before = (app.glossary_path / "vi.po").read_bytes()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        assert (app.glossary_path / "vi.po").read_bytes() == before  # nothing overwritten
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        final = Glossary.open(app.glossary_path)
        assert final.find(en="Hue") is not None and final.find(en="To Lam").status is Status.APPROVED


@sync
async def test_quit_with_unsaved_changes_asks(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review(pilot)
        await pilot.press("a", "ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmQuit) and app.is_running
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("ctrl+q", "s")  # save and quit
        await settle(pilot)
    assert "fuzzy" not in polib.pofile(str(app.glossary_path / "vi.po")).find("To Lam").flags


@sync
async def test_quit_without_changes_does_not_ask(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert not app.is_running


@sync
async def test_help_lists_every_binding(app: GlossaryApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        actions = {str(table.get_row_at(i)[2]) for i in range(table.row_count)}
        for owner in (GlossaryApp, LookupScreen, ReviewScreen, EditDialog):
            for binding in owner.BINDINGS:
                if binding.id != "dialog.cancel":
                    assert (binding.tooltip or binding.description) in actions, binding


@sync
async def test_library_errors_show_a_dialog_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.po"
    bad.write_text('msgid "unterminated\n', encoding="utf-8")
    app = GlossaryApp(bad, use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ErrorDialog)
        assert "bad.po" in str(app.screen.query_one("#error-message").render())


@sync
async def test_cached_index_is_shown_then_bound_to_the_glossary(app: GlossaryApp, tmp_path: Path) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
    assert list((tmp_path / "cache").glob("index-*.idx"))  # the first run wrote the cache
    again = GlossaryApp(app.glossary_path, cache_dir=tmp_path / "cache")
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        # Lookup works from the cache alone; the PO files are parsed when review needs them.
        assert again.index is not None and not again.index.bound and again.glossary is None
        assert result_rows(again)[0] == "đổi mới"
        await pilot.press("f3")
        await settle(pilot)
        assert again.glossary is not None and again.index.bound
        assert review_rows(again) == ["Tô Lâm", "Lâm Tô"]
