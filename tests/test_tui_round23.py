"""Round 23 in the TUI, through Pilot: the export dialog over a read-only file (the library's rule,
offered as a second press), and control characters from another tool's files shown as stand-ins on
every screen, never sent to the terminal (docs/reliability.md, "Round 23")."""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from textual.widgets import Button, DataTable, Input, Static

from glossary import controls
from glossary.store import Catalog
from tests.test_tui import settle, sync
from tui.app import GlossaryApp
from tui.screens.check import CheckScreen
from tui.screens.dialogs import EditDialog, ErrorDialog
from tui.screens.export import ExportDialog

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
# A glossary file another tool wrote: an escape sequence in msgid, an override and DEL in msgstr,
# an escape in a note and in a variant.
HOSTILE = (
    HEADER + "# note \x1b[2J here\n#. variants: spelling: Ha\x1bnoi\n#, fuzzy\n"
    'msgid "Ha\x1b[31mnoi"\nmsgstr "Hà\u202e Nội\x7f"\n\nmsgid "Hue"\nmsgstr "Huế"\n'
)


def hidden_in(text: str) -> list[str]:
    """The control and invisible characters in what the app drew (an SVG of the screen: its own
    layout has line breaks, nothing else)."""
    return sorted({ch for ch in text if controls.hidden(ch) and ch not in "\n"})


def hostile_glossary(tmp_path: Path) -> Path:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(HOSTILE, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------------------------------
# The export dialog over a read-only file


async def _export(pilot, path: Path) -> str:
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    field = dialog.query_one("#path", Input)
    field.value = str(path)
    field.focus()
    await pilot.press("enter")
    await settle(pilot)
    return str(dialog.query_one("#export-status", Static).render())


@sync
async def test_export_over_a_read_only_file_asks_for_a_second_press(tmp_path: Path) -> None:
    target = tmp_path / "vi.po"
    target.write_text("the user's own file\n", encoding="utf-8")
    target.chmod(0o444)
    app = GlossaryApp(hostile_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        dialog = app.screen
        button = dialog.query_one("#export-button", Button)
        shown = await _export(pilot, target)
        assert shown == f"{target}: read-only file (mode 0444); press Overwrite to write it anyway"
        assert str(button.label) == "Overwrite" and not button.disabled
        assert target.read_text(encoding="utf-8") == "the user's own file\n"
        # Another path is another question: the button says Export again, and the first target
        # is still refused when it comes back.
        dialog.query_one("#path", Input).value = str(tmp_path / "other.po")
        await settle(pilot)
        assert str(button.label) == "Export"
        shown = await _export(pilot, target)
        assert "press Overwrite" in shown and target.read_text(encoding="utf-8") == "the user's own file\n"
        # The second press on the same path overwrites, as `glossary export --force` does.
        shown = await _export(pilot, target)
        assert shown.startswith("Wrote "), shown
        assert 'msgstr "Huế"' in target.read_text(encoding="utf-8")
        assert stat.S_IMODE(target.stat().st_mode) == 0o444
        assert str(button.label) == "Export"


@sync
async def test_export_into_a_read_only_folder_is_refused_the_same_way(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    app = GlossaryApp(hostile_glossary(tmp_path), use_cache=False)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("f4")
            await settle(pilot)
            shown = await _export(pilot, folder / "vi.po")
            assert f"folder {folder} is read-only (mode 0555); press Overwrite" in shown
            assert list(folder.iterdir()) == []
            shown = await _export(pilot, folder / "vi.po")
            assert shown.startswith("Wrote "), shown
            assert (folder / "vi.po").is_file()
    finally:
        folder.chmod(0o755)


# --------------------------------------------------------------------------------------------------
# Control characters on screen


@sync
async def test_lookup_review_and_edit_show_controls_as_stand_ins(tmp_path: Path) -> None:
    app = GlossaryApp(hostile_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*"ha")
        await settle(pilot)
        screen = app.export_screenshot()
        assert hidden_in(screen) == [] and "Ha␛[31mnoi" in screen
        detail = str(app.screen.query_one("#detail").render())
        assert "Hà\ufffd Nội␡" in detail and "note ␛[2J here" in detail
        assert "Tiếng Việt" in detail.split("\n")[1]  # the pane's own lines are still lines
        await pilot.press("f3")
        await settle(pilot)
        assert hidden_in(app.export_screenshot()) == []
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditDialog)
        assert hidden_in(app.export_screenshot()) == []
        assert app.screen.query_one("#en", Input).value == "Ha␛[31mnoi"


@sync
async def test_the_edit_dialog_keeps_stored_text_and_asks_for_controls_to_go(tmp_path: Path) -> None:
    folder = hostile_glossary(tmp_path)
    app = GlossaryApp(folder, use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EditDialog)
        # Fields as shown give back the stored text: the escape in English is named, as `add` names it.
        edit, errors = dialog.read()
        assert edit.en == "Ha\x1b[31mnoi" and edit.notes == ["note \x1b[2J here"]
        assert any(e.startswith("English: U+001B ESCAPE") for e in errors), errors
        # An edit that keeps a stand-in would store "␛" for the escape: refused, naming it.
        dialog.query_one("#en", Input).value = "Ha␛noi"
        _, errors = dialog.read()
        assert "English: ␛ stands for a control character the entry held; delete it" in errors
        # Cleaned, the edit applies and the file gets the clean forms.
        dialog.query_one("#en", Input).value = "Hanoi"
        dialog.query_one("#vi", Input).value = "Hà Nội"
        dialog.query_one("#notes").text = "a note"
        dialog.query_one("#variants").text = "spelling: Ha Noi"
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert not isinstance(app.screen, EditDialog), str(dialog.query_one("#edit-error", Static).render())
        await pilot.press("ctrl+s")
        await settle(pilot)
    stored = {e.en: e for e in Catalog.load(folder / "vi.po").entries}
    assert stored["Hanoi"].vi == "Hà Nội" and stored["Hanoi"].notes == ["a note"]


@sync
async def test_the_check_screen_lists_vn203_and_shows_the_line_safely(tmp_path: Path) -> None:
    catalog = tmp_path / "ui.po"
    catalog.write_text(HEADER + 'msgid "Hue"\nmsgstr "Huế\x1b]0;owned\x07"\n', encoding="utf-8")
    app = GlossaryApp(hostile_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        assert isinstance(app.screen, CheckScreen)
        app.screen.query_one("#check-path", Input).value = str(catalog)
        await pilot.press("enter")
        await settle(pilot)
        table = app.screen.query_one("#findings", DataTable)
        codes = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert codes.count("VN203") == 2, codes  # the ESC and the BEL
        screen = app.export_screenshot()
        assert hidden_in(screen) == [] and "Huế␛]0;owned␇" in screen


# --------------------------------------------------------------------------------------------------
# The sweep's inputs in the TUI's file fields (round 22 tried folders, FIFOs, binary, missing, 0000)


@sync
async def test_check_path_sweep_inputs_end_in_findings_or_one_message(tmp_path: Path) -> None:
    text = "Thủ đô Ha Nội rất đẹp.\n"  # partial diacritics: VN102
    inputs = {
        "CRLF": (text.replace("\n", "\r\n").encode(), "1 finding(s)"),
        "NFD": (unicodedata.normalize("NFD", text).encode(), "1 finding(s)"),
        "UTF-8 BOM": (b"\xef\xbb\xbf" + text.encode(), "1 finding(s)"),
        "UTF-16": (text.encode("utf-16"), "UTF-16 text"),
        "Latin-1": (b"H\xe0 " + text.encode(), "not UTF-8 text"),  # a Latin-1 letter among UTF-8
        "a long line": ((text.strip() + " ").encode() * 1000, "1000 finding(s)"),
    }
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(HEADER + 'msgid "Hanoi"\nmsgstr "Hà Nội"\n', encoding="utf-8")
    app = GlossaryApp(folder, use_cache=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        paths = {}
        for name, (data, _) in inputs.items():
            paths[name] = tmp_path / f"{name}.txt"
            paths[name].write_bytes(data)
        paths["/dev/null"], paths["a link loop"] = Path(os.devnull), loop
        expected = {name: wanted for name, (_, wanted) in inputs.items()}
        expected |= {"/dev/null": "is a character device", "a link loop": "symbolic link loop"}
        for name, path in paths.items():
            assert isinstance(app.screen, CheckScreen), name
            field = app.screen.query_one("#check-path", Input)
            field.value = str(path)
            field.focus()  # a check with findings moves the focus to their table
            await pilot.press("enter")
            await settle(pilot)
            if expected[name].endswith("finding(s)"):
                status = str(app.screen.query_one("#check-status", Static).render())
                assert status.startswith(f"{path}: {expected[name]}"), (name, status)
            elif isinstance(app.screen, ErrorDialog):  # errors of the file system
                shown = str(app.screen.query_one("#error-message", Static).render())
                assert expected[name] in shown and "\n" not in shown.strip(), (name, shown)
                await pilot.press("escape")
                await settle(pilot)
            else:  # errors of the text: the status line names the file and line
                status = str(app.screen.query_one("#check-status", Static).render())
                assert status.startswith(f"{path}:1: ") and expected[name] in status, (name, status)


@sync
async def test_export_path_sweep_inputs(tmp_path: Path) -> None:
    loop = tmp_path / "loop.po"
    loop.symlink_to(tmp_path / "loop2.po")
    (tmp_path / "loop2.po").symlink_to(loop)
    pasted = tmp_path / "pasted\r\n.po"  # a name pasted with its line break
    app = GlossaryApp(hostile_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert (await _export(pilot, Path(os.devnull))).startswith("Wrote 1 entries to null")
        # The path once (it was "loop.po: cannot write: loop.po: symbolic link loop").
        assert await _export(pilot, loop) == f"{loop}: cannot write: symbolic link loop"
        shown = await _export(pilot, pasted)
        assert shown.startswith("Wrote 1 entries to pasted␍␊.po") and "\n" not in shown, shown
        assert pasted.is_file()
