"""House style for names (diacritics and tone placement) and where a project sets it once.

Settings come from, in increasing precedence: `glossary.toml` in the glossary folder, the
`[tool.glossary]` table of the nearest pyproject.toml above the working folder, the command line.
"""

from __future__ import annotations

import enum
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from glossary.check.errors import CheckConfigError
from glossary.text import ToneStyle

CONFIG_FILE = "glossary.toml"
PYPROJECT = "pyproject.toml"


class Style(enum.Enum):
    """How names are written: Vietnamese with full diacritics, English without, English keeping them."""

    VI = "vi"
    EN = "en"
    EN_DIACRITICS = "en-diacritics"

    @property
    def diacritics(self) -> bool:
        """Whether Vietnamese names keep their diacritics in this style."""
        return self is not Style.EN


@dataclass(frozen=True)
class HouseStyle:
    """The spelling a house wants; None for either part means "no preference, only consistency"."""

    style: Style | None = None
    tone: ToneStyle | None = None

    def describe(self) -> str:
        style = self.style.value if self.style else "none"
        tone = self.tone.value if self.tone else "any"
        return f"style {style}, tone {tone}"


@dataclass(frozen=True)
class CheckConfig:
    """Everything a check run is configured with, and the files the settings were read from."""

    house: HouseStyle = HouseStyle()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include_candidates: bool = False
    # An English word list (one word a line); None means the system's /usr/share/dict/words.
    words: Path | None = None
    # The glossary checked against: given, or named by [tool.glossary] glossary = "..." (resolved
    # against its pyproject.toml), or the default.
    glossary: Path | None = None
    sources: tuple[str, ...] = field(default=())


_KEYS = frozenset({"style", "tone", "select", "ignore", "include-candidates", "words", "glossary"})


def parse_style(value: str, where: str = "--style") -> Style | None:
    """A style name ("vi", "en", "en-diacritics", or "none")."""
    if value == "none":
        return None
    try:
        return Style(value)
    except ValueError:
        names = ", ".join([s.value for s in Style] + ["none"])
        raise CheckConfigError(f"{where}: unknown style {value!r} (one of {names})") from None


def parse_tone(value: str, where: str = "--tone") -> ToneStyle | None:
    """A tone placement ("old" hòa, "new" hoà, or "any")."""
    if value == "any":
        return None
    try:
        return ToneStyle(value)
    except ValueError:
        raise CheckConfigError(f"{where}: unknown tone style {value!r} (old, new or any)") from None


def _codes(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part for part in value.replace(",", " ").split()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CheckConfigError(f"{where}: expected a list of codes")
    return tuple(value)


def _apply(config: CheckConfig, table: dict[str, Any], where: str, base: Path) -> CheckConfig:
    """Settings from one file's table laid over config."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise CheckConfigError(f"{where}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    house = config.house
    changes: dict[str, Any] = {}
    for key, value in table.items():
        if key in ("style", "tone", "words", "glossary") and not isinstance(value, str):
            raise CheckConfigError(f"{where}: {key} must be a string")
        if key == "style":
            house = replace(house, style=parse_style(value, f"{where}: style"))
        elif key == "tone":
            house = replace(house, tone=parse_tone(value, f"{where}: tone"))
        elif key in ("select", "ignore"):
            changes[key] = _codes(value, f"{where}: {key}")
        elif key == "include-candidates":
            if not isinstance(value, bool):
                raise CheckConfigError(f"{where}: include-candidates must be true or false")
            changes["include_candidates"] = value
        elif key == "words":
            changes[key] = (base / value).resolve()
        elif key == "glossary":
            raise CheckConfigError(
                f"{where}: glossary is a project setting ([tool.glossary] in pyproject.toml)"
            )
    return replace(config, house=house, sources=(*config.sources, where), **changes)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise CheckConfigError(f"{path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CheckConfigError(f"{path}: {exc}") from exc


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.glossary] table, from start up to the root."""
    for folder in (start, *start.parents):
        candidate = folder / PYPROJECT
        if candidate.is_file() and "glossary" in _read_toml(candidate).get("tool", {}):
            return candidate
    return None


def glossary_config_file(glossary: Path) -> Path:
    """Where a glossary keeps its house style: glossary.toml in its folder (beside it, for a file)."""
    folder = glossary if glossary.is_dir() else glossary.parent
    return folder / CONFIG_FILE


def project_table(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest pyproject.toml above start with a [tool.glossary] table, and that table."""
    pyproject = find_pyproject(start.resolve())
    if pyproject is None:
        return None
    table = _read_toml(pyproject)["tool"]["glossary"]
    if not isinstance(table, dict):
        raise CheckConfigError(f"{pyproject}: [tool.glossary] must be a table")
    return pyproject, table


def load_config(glossary: Path | None, start: Path, default: Path | None = None) -> CheckConfig:
    """The settings of a run: glossary.toml of the glossary, then the project's [tool.glossary] over it.

    The glossary is the one given, else the one [tool.glossary] names, else default; the config's
    glossary field says which.
    """
    project = project_table(start)
    if glossary is None and project is not None and isinstance(project[1].get("glossary"), str):
        glossary = (project[0].parent / project[1]["glossary"]).resolve()
    glossary = glossary or default
    config = CheckConfig(glossary=glossary)
    if glossary is not None:
        path = glossary_config_file(glossary)
        if path.is_file():
            config = _apply(config, _read_toml(path), str(path), path.parent)
    if project is not None:
        pyproject, table = project
        table = {k: v for k, v in table.items() if k != "glossary"}
        config = _apply(config, table, f"{pyproject} [tool.glossary]", pyproject.parent)
    return config
