"""An English rendering that carries the Vietnamese name it translates, with its marks, after "of"
("Heavenly Prince of Phù Đổng", "Dragon King of Lạc", "town of Hội An"): the English head renders
the title or generic, the name stays as written."""

from __future__ import annotations

from glossary.vietnamese import has_vi_letters

from .cap_modifiers import name_inside_english
from .lexicon import ADMIN_UNITS, NATURAL_HEADS
from .phrases import Phrase, is_en

_MAX_NAME_WORDS = 4


def carried_name(en: Phrase) -> list[str]:
    """The name words after the last "of" when the words before are English (two or more, as
    `is_en` reads them) and the name is capitalised with Vietnamese letters; else []."""
    words = en.words
    if "of" not in words:
        return []
    at = len(words) - 1 - words[::-1].index("of")
    head, name = words[:at], words[at + 1 :]
    if not head or not 1 <= len(name) <= _MAX_NAME_WORDS or not has_vi_letters(" ".join(name)):
        return []
    if not all(w[:1].isupper() for w in name) or any(has_vi_letters(w) for w in head):
        return []
    if _place_head(head[-1]):
        # "town of Hội An", "Bay of Hạ Long": a place's English name, which joins the place's
        # other forms ("Hội An Town") and is read as such elsewhere.
        return []
    # The head with its "of" must read as English ("Heavenly Prince of").
    return name if is_en(Phrase(" ".join(words[: at + 1]), en.start, en.end)) else []


def carries_name_of(en: Phrase, vi: Phrase) -> bool:
    """Whether the English side carries a name the Vietnamese side writes ("Heavenly Prince of Phù
    Đổng" for "Phù Đổng Thiên Vương"), so its marks do not make it Vietnamese."""
    name = carried_name(en)
    return bool(name) and set(name) <= set(vi.words) and len(name) < len(vi.words)


def _place_head(word: str) -> bool:
    low = word.lower()
    return low in NATURAL_HEADS or low in ADMIN_UNITS or low.rstrip("s") in NATURAL_HEADS


def names_another(en: Phrase, vi: Phrase) -> bool:
    """ "Thượng Đế Sơn (Celestial Lord of Bà Đen)": an English side that is English only because a
    title's "of" governs a Vietnamese name (cap_modifiers.name_inside_english) renders the term that
    name belongs to, not a term that does not write it."""
    name = name_inside_english(en.words) if has_vi_letters(en.text) else []
    return bool(name) and not set(name) <= set(vi.words)
