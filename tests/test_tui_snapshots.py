"""Snapshot tests of the main screens at 100x30, built from fixture data (nothing time-dependent)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tests.test_tui import make_glossary, settle
from tui.app import GlossaryApp

SIZE = (100, 30)


def app_for(tmp_path: Path) -> GlossaryApp:
    return GlossaryApp(make_glossary(tmp_path), use_cache=False)


def test_lookup_screen(snap_compare, tmp_path: Path) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press(*"thang long")
        await settle(pilot)

    assert snap_compare(app_for(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_review_screen(snap_compare, tmp_path: Path) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)

    assert snap_compare(app_for(tmp_path), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, tmp_path: Path) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)

    assert snap_compare(app_for(tmp_path), terminal_size=SIZE, run_before=run_before)
