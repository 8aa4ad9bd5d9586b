"""Real word lists the near-miss check leans on, so that it never flags an ordinary word.

An English word list (Debian's wamerican, /usr/share/dict/words, or any list with one word a line)
and the syllables of Vietnam's official place names (vietnam-provinces) and CLDR's territory names:
a capitalised word found in any of them is a word in its own right, not a misspelt name.
"""

from __future__ import annotations

import functools
from pathlib import Path

from glossary.check.errors import CheckConfigError
from glossary.check.folding import fold_key

# Debian's wamerican: "words" is the system's chosen list, "american-english" wamerican's own file.
SYSTEM_WORDS = (Path("/usr/share/dict/words"), Path("/usr/share/dict/american-english"))


@functools.lru_cache(maxsize=4)
def _read_words(path: Path) -> frozenset[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise CheckConfigError(f"{path}: cannot read the word list: {exc.strerror or exc}") from exc
    words: set[str] = set()
    for line in text.splitlines():
        word = line.strip()
        if word.endswith("'s"):
            word = word[:-2]
        key = fold_key(word)
        if key and " " not in key:
            words.add(key)
    return frozenset(words)


def english_words(path: Path | None = None) -> frozenset[str] | None:
    """The folded English words of path, or of the system list; None when there is no list at all."""
    if path is not None:
        return _read_words(path)
    for candidate in SYSTEM_WORDS:
        if candidate.is_file():
            return _read_words(candidate)
    return None


@functools.lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Folded words of official Vietnamese place names and of CLDR's country and region names."""
    from babel import Locale
    from vietnam_provinces import Province, Ward

    names: list[str] = [unit.name for unit in (*Province.iter_all(), *Ward.iter_all())]
    for locale in (Locale("en"), Locale("vi")):
        names.extend(locale.territories.values())
    return frozenset(word for name in names for word in fold_key(name).split(" ") if word)
