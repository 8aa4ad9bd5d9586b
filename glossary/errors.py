"""The library's exceptions: one root class, a few named subclasses the CLI and TUI can tell apart."""

from __future__ import annotations


class GlossaryError(Exception):
    """Root of every error the library raises on purpose."""

    def user_message(self) -> str:
        """One line for a person: what went wrong and where."""
        return str(self)


class LocatedError(GlossaryError):
    """An error about a file, told as `path:line: message` (the line when known)."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def user_message(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class PoStoreError(LocatedError):
    """A PO file could not be read or written; carries the path and, when known, the line."""


class ReadOnlyError(PoStoreError):
    """A file or folder whose permission bits say read-only; writing it needs an explicit force.

    ``reason`` is the fact alone (``read-only file (mode 0444)``), for a front end that offers its
    own way to force; the message adds the command line's (``--force overwrites it``).
    """

    def __init__(self, path: str, reason: str, hint: str) -> None:
        super().__init__(path, f"{reason}; {hint}")
        self.reason = reason


class ConflictError(PoStoreError):
    """The file changed on disk since it was loaded; saving would overwrite someone else's work."""


class EntryError(GlossaryError):
    """An entry is invalid or clashes with another one (empty form, duplicate msgid...)."""


class NotFoundError(PoStoreError):
    """Nothing is at a path the glossary was asked to read (a new glossary may be created there)."""


class LockTimeoutError(PoStoreError):
    """Another process held a glossary file's lock for longer than this one would wait."""
