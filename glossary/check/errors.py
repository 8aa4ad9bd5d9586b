"""The checker's errors: an input it cannot read, and a configuration it cannot use."""

from __future__ import annotations

from glossary.errors import GlossaryError


class CheckInputError(GlossaryError):
    """A file to check is missing, unreadable, not UTF-8 or malformed; carries the path and line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def user_message(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class CheckConfigError(GlossaryError):
    """A house-style setting (command line, glossary.toml or [tool.glossary]) is invalid."""


class FixError(GlossaryError):
    """A fix could not be written (the output exists as a folder, the disk refused...)."""
