"""Package attributes loaded on first use (PEP 562), for packages every command registers but few run."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_attributes(package: str, homes: dict[str, str]) -> Callable[[str], object]:
    """A module `__getattr__` for package that imports `package.<homes[name]>` when name is first read
    and keeps the value in the package, so later reads are plain attribute reads."""

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(importlib.import_module(package), name, value)
        return value

    return __getattr__
