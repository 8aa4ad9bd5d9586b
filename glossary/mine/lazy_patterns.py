"""Regular expressions compiled on their first use, for readers whose screens rarely fire.

Compiling a pattern at import costs start-up on every run, the more so as `re` builds each
big-range character set (`[A-ZÀ-ỸĐ]`) again in Python for every pattern that holds one. A pattern
only a rare cue reaches (most pages never do) is cheaper built the first time it is asked for.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern"]

# The methods a reader calls; bound once to the compiled pattern, so that after the first use they
# are found in the instance's dictionary as fast as a compiled pattern's own.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`, compiled when one of its attributes is first read.

    `pattern` is available without compiling, so other patterns can be built from it.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Reached only for a name the instance does not hold yet: before the first use, or for an
        # attribute other than the methods (`groupindex`, `flags`, ...).
        compiled = self._compiled
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self._compiled = compiled
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags})"
