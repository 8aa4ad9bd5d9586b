"""What every main screen (lookup, review, check) shares: the View it shows, kept up to date by the
app's ViewChanged messages, and the footer's F-keys first."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.screen import Screen

from tui.layout import FunctionKeysFirst
from tui.messages import View, ViewChanged, ViewWanted


class SessionScreen(FunctionKeysFirst, Screen[None]):
    """A main screen: it asks for the View when mounted or shown again, and gets every change."""

    def __init__(self) -> None:
        super().__init__()
        self.view: View | None = None

    def on_mount(self) -> None:
        self.post_message(ViewWanted(self))

    def on_screen_resume(self) -> None:
        self.post_message(ViewWanted(self))

    def on_view_changed(self, message: ViewChanged) -> None:
        message.stop()
        self.view = message.view
        self.view_changed(message)

    def view_changed(self, message: ViewChanged) -> None:
        """React to a new View (self.view is already it); each screen says what it shows again."""


def keys_line(bindings: list[Binding]) -> Text:
    """ "a Approve  x Reject  …": a screen's letter keys above its table, read from its BINDINGS so
    the line cannot drift from the keys (the footer keeps the app's F-keys, which must fit 80 columns)."""
    text = Text()
    for n, binding in enumerate(bindings):
        if n:
            text.append("  ")
        text.append(binding.key.split(",")[0], style="bold")
        text.append(f" {binding.description}", style="dim")
    return text
