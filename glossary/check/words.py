"""Real word lists the near-miss check leans on, so that it never flags an ordinary word.

An English word list (Debian's wamerican, /usr/share/dict/words, or any list with one word a line)
and the syllables of Vietnam's official place names (vietnam-provinces) and CLDR's territory names:
a capitalised word found in any of them is a word in its own right, not a misspelt name.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from glossary import files
from glossary.check.errors import CheckConfigError, CheckInputError
from glossary.check.folding import fold_key
from glossary.check.sources import decode
from glossary.errors import PoStoreError

# Debian's wamerican: "words" is the system's chosen list, "american-english" wamerican's own file.
SYSTEM_WORDS = (Path("/usr/share/dict/words"), Path("/usr/share/dict/american-english"))


@functools.lru_cache(maxsize=4)
def _read_words(path: Path) -> frozenset[str]:
    # Strict UTF-8, through glossary.files (regular files only: a FIFO would hang the check): a
    # binary file or a list in another encoding used to be read as a few garbled "words" and
    # silently switched the near-miss check half off.
    if _is_devnull(path):
        return frozenset()  # --words /dev/null: no list, said to be none on purpose
    try:
        raw = files.read_bytes(path)
    except PoStoreError as exc:
        raise CheckConfigError(f"{path}: cannot read the word list: {exc.message}") from None
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise CheckInputError(str(path), "UTF-16 text (a byte-order mark); save the word list as UTF-8", 1)
    try:
        text, _ = decode(raw, str(path))
    except CheckInputError as exc:
        hint = "a word list is UTF-8 text, one word a line"
        raise CheckInputError(exc.path, f"not a word list: {exc.message}; {hint}", exc.line) from None
    words: set[str] = set()
    for line in text.splitlines():
        word = line.strip()
        if word.endswith("'s"):
            word = word[:-2]
        key = fold_key(word)
        if key and " " not in key:
            words.add(key)
    return frozenset(words)


def _is_devnull(path: Path) -> bool:
    try:
        return os.path.samefile(path, os.devnull)
    except OSError:
        return False


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
