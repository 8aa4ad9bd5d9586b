"""Snapshot tests of the main screens and dialogs at 80x24 and 120x40, from fixture data.

Nothing time-dependent: notifications (toasts that expire after a few seconds) are not shown, and
every worker has finished before the snapshot.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

import tui.app
from tests.test_tui import make_glossary, settle
from tui.app import GlossaryApp

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}


class QuietApp(GlossaryApp):
    """The app without toasts: whether one is still up at snapshot time depends on the clock."""

    # Relative CSS paths resolve next to the class's module: point them back at tui/.
    CSS_PATH = [Path(tui.app.__file__).parent / name for name in GlossaryApp.CSS_PATH]

    def notify(self, *args: object, **kwargs: object) -> None:
        pass


def app_for(tmp_path: Path) -> GlossaryApp:
    return QuietApp(make_glossary(tmp_path), use_cache=False)


def keys(*groups: list[str]) -> Callable[[Pilot], Awaitable[None]]:
    """Press each group of keys in turn, letting the app settle after each."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        for group in groups:
            await pilot.press(*group)
            await settle(pilot)

    return run_before


SCREENS = {
    "lookup": [list("thang long")],
    "lookup_typo": [list("renewl")],
    "review": [["f3"]],
    "help": [["f1"]],
    "edit": [["f3"], ["e"]],
    "quit": [["f3"], ["a"], ["ctrl+q"]],
}


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen(snap_compare, tmp_path: Path, screen: str, size: str) -> None:
    assert snap_compare(app_for(tmp_path), terminal_size=SIZES[size], run_before=keys(*SCREENS[screen]))
