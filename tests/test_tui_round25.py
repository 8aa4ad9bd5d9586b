"""Round 25 in the TUI, through Pilot: user text (terms, file names) in notifications, status lines
and dialogs is shown as it is, never read as Textual markup (docs/reliability.md, "Round 25").

A term holding "[/]" made the markup parser raise (the app died on F6); a file named "[bold]x.txt"
lost its brackets and was shown in bold; "[@click=app.quit]" would have made a link."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static
from textual.widgets._toast import Toast

from tests.test_tui import settle, sync
from tui.app import GlossaryApp
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ErrorDialog
from tui.screens.export import ExportDialog

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
# Forms that are markup to Textual: a closing tag with nothing to close (a MarkupError), a style
# and an action link.
TERM_EN = "Hanoi [/] [bold]office[/bold] [@click=app.quit]x"


def glossary(tmp_path: Path) -> Path:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(HEADER + f'msgid "{TERM_EN}"\nmsgstr "Hà Nội [/]"\n', encoding="utf-8")
    return folder


def toasts(app: GlossaryApp) -> list[str]:
    """The notifications on screen, as the user reads them."""
    return [str(toast.render()) for toast in app.screen.query(Toast)]


@sync
async def test_copying_a_term_with_markup_notifies_it_literally(tmp_path: Path) -> None:
    app = GlossaryApp(glossary(tmp_path), use_cache=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        app.screen.query_one("#query", Input).value = "Hanoi"
        await settle(pilot)
        await pilot.press("down")
        await pilot.press("f6")
        await settle(pilot)
        assert any(f"“{TERM_EN}”" in shown for shown in toasts(app)), toasts(app)
        assert app.is_running


@sync
async def test_file_names_with_markup_show_literally_in_errors_and_export(tmp_path: Path) -> None:
    app = GlossaryApp(glossary(tmp_path), use_cache=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        # The check path: a missing file named like markup, in the error dialog.
        await pilot.press("f7")
        await settle(pilot)
        assert isinstance(app.screen, CheckScreen)
        missing = tmp_path / "[bold]x[@click=app.quit]y.txt"
        field = app.screen.query_one("#check-path", Input)
        field.value = str(missing)
        field.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ErrorDialog)
        shown = str(app.screen.query_one("#error-message", Static).render())
        assert str(missing) in shown, shown
        await pilot.press("escape")
        await settle(pilot)
        # A file that is checked: its name in the status line.
        checked = tmp_path / "[red]ok[@click=app.quit]x.txt"
        checked.write_text("Hà Nội\n", encoding="utf-8")
        field.value = str(checked)
        field.focus()
        await pilot.press("enter")
        await settle(pilot)
        status = str(app.screen.query_one("#check-status", Static).render())
        assert status.startswith(f"{checked}: "), status
        # The export dialog: an error naming the path (a folder in the way), then a written file.
        await pilot.press("f4")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        in_the_way = tmp_path / "[bold]folder"
        in_the_way.mkdir()
        target = tmp_path / "[i]out.po"
        for path in (in_the_way, target):
            path_field = dialog.query_one("#path", Input)
            path_field.value = str(path)
            path_field.focus()
            await pilot.press("enter")
            await settle(pilot)
            status = str(dialog.query_one("#export-status", Static).render())
            assert path.name in status, status
        assert target.is_file()
        assert any(f"to {target}" in shown for shown in toasts(app)), toasts(app)
        assert any(in_the_way.name in shown for shown in toasts(app)), toasts(app)
        assert app.is_running


@sync
async def test_a_query_with_markup_is_shown_literally_in_the_status_line(tmp_path: Path) -> None:
    # The status line quotes the query: typing "[/]" raised MarkupError and the app died.
    app = GlossaryApp(glossary(tmp_path), use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.screen.query_one("#query", Input).value = "[/] [b]"
        await settle(pilot)
        status = str(app.screen.query_one("#status", Static).render())
        assert "'[/] [b]'" in status, status
        assert app.is_running
