"""The checker's errors: an input it cannot read, and a configuration it cannot use."""

from __future__ import annotations

from glossary.errors import GlossaryError, LocatedError


class CheckInputError(LocatedError):
    """A file to check is missing, unreadable, not UTF-8 or malformed; carries the path and line."""


class CheckConfigError(GlossaryError):
    """A house-style setting (command line, glossary.toml or [tool.glossary]) is invalid."""


class FixError(GlossaryError):
    """A fix could not be written (the output exists as a folder, the disk refused...)."""
