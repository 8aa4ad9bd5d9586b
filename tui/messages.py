"""How the app and its screens talk: the app publishes what the screens show as a View, the screens
ask the app for decisions and work by messages (they never reach into the app's attributes).

App -> screens: ViewChanged, posted to the screens on the stack whenever the state changes, and to
a screen that asks with ViewWanted (a screen of another mode shown again catches up that way).
Screens -> app (messages bubble up to the app): Decide, Undo, Redo, NeedGlossary, ShowError.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message
from textual.message_pump import MessagePump

from glossary.errors import GlossaryError
from glossary.review import Change, Command
from glossary.search import Index
from glossary.store import Glossary


@dataclass(frozen=True)
class View:
    """What the screens show of the session at one moment."""

    path: Path
    # The search index, once there is one (possibly before the full glossary is loaded).
    index: Index | None = None
    # The glossary itself, once loaded: review, checking, saving and export need it.
    glossary: Glossary | None = None
    # Bumped on every change of the entries or the index, so a screen knows to show them again.
    revision: int = 0
    loading: bool = False
    unsaved: bool = False


# What changed, for the screens that react to one kind only.
INDEX, GLOSSARY, CHANGE, SAVED, STATE = "index", "glossary", "change", "saved", "state"


@dataclass
class ViewChanged(Message, bubble=False):
    """The app's state as the screens show it, and what changed (one of INDEX … STATE)."""

    view: View
    reason: str
    # The decision (or undo) that changed entries, when reason is CHANGE.
    change: Change | None = None


@dataclass
class ViewWanted(Message):
    """A screen (mounted or shown again) asks for the current View."""

    screen: MessagePump


@dataclass
class Decide(Message):
    """A screen asks the app to carry out a review decision."""

    command: Command


class Undo(Message):
    """Take the last decision back."""


class Redo(Message):
    """Carry out the last undone decision again."""


class NeedGlossary(Message):
    """A screen needs the full glossary: the app starts loading it unless it is loaded or loading."""


@dataclass
class ShowError(Message):
    """A library error to show as a modal with its one-line message."""

    title: str
    error: GlossaryError
