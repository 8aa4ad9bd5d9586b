"""Messages the app posts to its screens when the shared state changes (app-wide, so in one place)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from glossary.review import Change


@dataclass
class IndexReady(Message):
    """The search index can be queried (possibly before the full glossary is loaded)."""

    total: int


@dataclass
class GlossaryReady(Message):
    """The glossary itself is loaded: review, save and export work from now on."""

    total: int


@dataclass
class GlossaryChanged(Message):
    """A review decision (or its undo) changed entries."""

    change: Change


@dataclass
class GlossarySaved(Message):
    """The glossary was written to disk."""

    paths: list[str]
