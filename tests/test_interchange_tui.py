"""The TUI's export dialog through Pilot: every format, direction and filters, where to write
(exports/ by default, ignored by git), all of it usable at 80x24."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest
from openpyxl import load_workbook
from textual.widgets import Button, Checkbox, Input, Select, Static

from glossary.interchange import FORMATS
from glossary.session import Session
from tests.conftest import ROOT
from tests.test_tui import make_glossary, settle, sync
from tui.app import GlossaryApp
from tui.screens.export import ExportDialog


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GlossaryApp:
    monkeypatch.chdir(tmp_path)  # the dialog's default folder is ./exports
    return GlossaryApp(make_glossary(tmp_path), cache_dir=tmp_path / "cache")


async def _open(pilot) -> ExportDialog:
    await settle(pilot)
    await pilot.press("f4")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ExportDialog)
    return pilot.app.screen


@sync
async def test_one_press_opens_the_dialog_while_the_whole_glossary_is_still_to_load(tmp_path: Path) -> None:
    """With a current index cache the app starts without the entries; F4 loads them, then opens the
    dialog: the press is not used up by the loading."""
    path = make_glossary(tmp_path)
    Session(path, cache_dir=tmp_path / "cache").open_index()  # a current cache: launch parses nothing
    app = GlossaryApp(path, cache_dir=tmp_path / "cache")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.session.loaded
        await pilot.press("f4")
        for _ in range(50):
            await settle(pilot)
            if isinstance(app.screen, ExportDialog):
                break
        assert isinstance(app.screen, ExportDialog)


@sync
async def test_every_part_of_the_dialog_is_on_screen_at_80x24(app: GlossaryApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open(pilot)
        # Inside the dialog's box, which itself fits the screen: nothing clipped, nothing off-screen.
        box = dialog.query_one("#export").content_region
        assert dialog.region.contains_region(dialog.query_one("#export").region)
        for widget in dialog.query("Select, Checkbox, Input, Button, ProgressBar, Label"):
            region = widget.region
            assert region.width > 0 and region.height > 0, widget
            assert box.contains_region(region), (widget, region)
        labels = {str(b.label) for b in dialog.query(Button)}
        assert labels == {"Export", "Close"}
        options = dialog.query_one("#format", Select)._options
        assert {value for _, value in options} == set(FORMATS)


@sync
async def test_default_is_exports_folder_and_the_po_is_written_there(
    app: GlossaryApp, tmp_path: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open(pilot)
        path = dialog.query_one("#path", Input).value
        assert path == str(tmp_path / "exports" / "glossary-en-vi.po")
        await pilot.click("#export-button")
        await settle(pilot)
        assert dialog.query_one("#progress").percentage == 1.0
        catalog = polib.pofile(path)
        # PO holds approved entries by default
        assert {m.msgid for m in catalog} == {"Imperial Citadel of Thang Long", "Renewal"}
        status = str(dialog.query_one("#export-status", Static).render())
        assert status.startswith("Wrote 2 entries to glossary-en-vi.po (po, en-vi)")
        assert "2 not selected by status or kind" in status


@sync
async def test_format_direction_and_filters(app: GlossaryApp, tmp_path: Path) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await _open(pilot)
        dialog.query_one("#format", Select).value = "xlsx"
        await settle(pilot)
        # A reviewer's spreadsheet carries candidates too.
        ticked = {c.id for c in dialog.query(Checkbox) if c.value}
        assert ticked == {"status-approved", "status-candidate"}
        dialog.query_one("#direction", Select).value = "vi-en"
        dialog.query_one("#kind", Select).value = "person"
        await settle(pilot)
        path = Path(dialog.query_one("#path", Input).value)
        assert path == tmp_path / "exports" / "glossary-vi-en.xlsx"
        await pilot.click("#export-button")
        await settle(pilot)
        sheet = load_workbook(path).active
        assert [c.value for c in sheet[1]][1:3] == ["source (vi)", "target (en)"]
        assert sorted(r[1].value for r in sheet.iter_rows(min_row=2)) == ["Lâm Tô", "Tô Lâm"]
        # Unticking every status is refused with a word, not an empty file.
        for checkbox in dialog.query(Checkbox):
            checkbox.value = False
        dialog.query_one("#format", Select).value = "tbx"
        await settle(pilot)
        for checkbox in dialog.query(Checkbox):
            checkbox.value = False
        await pilot.click("#export-button")
        await settle(pilot)
        assert str(dialog.query_one("#export-status", Static).render()) == "Tick at least one status."
        assert not (tmp_path / "exports" / "glossary-vi-en.tbx").exists()
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)


def test_gitignore_covers_the_exports_folder() -> None:
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", "-q", "exports/glossary-en-vi.po"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0
