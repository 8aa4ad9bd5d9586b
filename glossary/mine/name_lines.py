"""A box's name line that runs several names together under the page's title (round 48).

A wiki box flattened by a mirror writes the subject's names on one line under the title: the
native name, other names, a French or Latin name, with no separator between them:

    Móng Cái City
    Thành phố Móng Cái Vạn Ninh harbor Hải Ninh district Ville de Moncay | |

    Roman Catholic Archdiocese of Saigon
    Metropolitan Archdiocese of Saigon Archidioecesis Metropolitanae Saigonensis Tổng Giáo phận đô
    thành Sài Gòn Archidiocèse Métropolitain d'Sài Gòn | |        (one line)

A two-name line ("Nghệ An Province Tỉnh Nghệ An") is `box_fields.run_together_title`'s. Here the line
is cut where the title says a name ends, so that no name is cut in two: at the end of the title's name
after a Vietnamese unit word ("Thành phố" + "Móng Cái", the title "Móng Cái City"), or at the end of the
title's last words ("… Archdiocese of Saigon"). The rest is cut where the language changes: a run of
Vietnamese syllables with marks is a Vietnamese name, a run of Vietnamese syllables closed by an English
unit word ("Vạn Ninh harbor") an English one, and words of neither language (Latin, French: "Ville de
Moncay", "Archidioecesis …") are no forms (gold rules §2, §10.13). The line's names are one entity: the
native name and the title's English are its pair; the title line and the other names are its variants.
The name reader and the unit-word reader leave the line alone (`name_line_span`): they took "Thành phố
Móng Cái Vạn Ninh" for one place and "Metropolitan Archdiocese … Tổng Giáo" for one body.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from glossary.model import Kind, VariantType
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from . import gazetteer
from .documents import Document
from .lexicon import ADMIN_UNITS, UNLISTED_UNITS
from .mentions import Mention, mention_at
from .names.words import head_kind

_TOP_LINES = 5
_TOP_CHARS = 800  # a title and a box's name line are short: no more of a long text is split
_FEWEST_WORDS = 6  # a shorter line holds two names at most (the two-name reader's)
_TITLE_WORDS = 8
_SMALL = frozenset({"of", "the", "and", "for", "de"})
# A Vietnamese unit word and its English ("thành phố" -> "city"), as generics.GENERIC_UNITS (which
# reads this module's line, so it cannot be imported from there).
_UNITS = {vi: en for en, vi in ADMIN_UNITS.items() if en not in UNLISTED_UNITS}


def _kind(name: str) -> Kind:
    """box_fields.name_kind's reading (a body, a place, else a term), box_fields importing generics."""
    head = head_kind(name)
    if head == "org":
        return Kind.ORGANISATION
    return Kind.PLACE if head == "place" or gazetteer.is_place(name) else Kind.TERM


def _is_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _TITLE_WORDS and "|" not in line and line[:1].isupper()


def _folded(words: list[str]) -> list[str]:
    return [fold(word) for word in words]


def _native_first(words: list[str], titles: list[str]) -> tuple[str, str, list[str]] | None:
    """ "Thành phố Móng Cái …" under "Móng Cái City": a Vietnamese unit word, then the title's name
    before its English unit word, with or without its marks ("Thành phố Hồ Chí Minh …" under "Ho Chi
    Minh City"). (native name, the title, the words after the native name)."""
    for title in titles:
        name, unit = _folded(title.split()[:-1]), title.split()[-1].lower()
        if not name:
            continue
        for size in (2, 1):
            generic = " ".join(words[:size]).lower()
            if _UNITS.get(generic) != unit or _folded(words[size : size + len(name)]) != name:
                continue
            native = words[: size + len(name)]
            if has_vi_letters(" ".join(native)):
                return " ".join(native), title, words[len(native) :]
    return None


def _english_first(words: list[str], titles: list[str]) -> tuple[str, str, list[str]] | None:
    """ "Metropolitan Archdiocese of Saigon …" under "Roman Catholic Archdiocese of Saigon": an English
    name whose last words are the title's last words, the title's head among them (at least two
    words: "Archdiocese of Saigon"). (English name, title, the words after the English name)."""
    for title in titles:
        last = title.split()
        for end in range(2, min(len(words), _TITLE_WORDS) + 1):
            if words[end - 1] != last[-1]:
                continue
            shared = 1
            while shared < min(end, len(last)) and words[end - 1 - shared] == last[-1 - shared]:
                shared += 1
            english = words[:end]
            if shared < 2 or head_kind(" ".join(last[-shared:])) is None or not is_english_word(english[0]):
                continue
            if all(w[:1].isupper() or w in _SMALL for w in english):
                return " ".join(english), title, words[end:]
    return None


def _runs(words: list[str]) -> list[tuple[str, list[str]]]:
    """The words cut where the language changes: ("vi", …) Vietnamese syllables, ("en", …) English
    words, ("other", …) neither (Latin, French, a name the lexicon does not know)."""
    out: list[tuple[str, list[str]]] = []
    for word in words:
        lang = "vi" if is_syllable(word) else "en" if is_english_word(word) else "other"
        if out and out[-1][0] == lang:
            out[-1][1].append(word)
        else:
            out.append((lang, [word]))
    return out


def _after_foreign(runs: list[tuple[str, list[str]]], k: int) -> bool:
    """Whether run k follows a lower-case word of neither language ("d'Sài Gòn": the French "de")."""
    return k > 0 and runs[k - 1][0] == "other" and runs[k - 1][1][-1][:1].islower()


def _names(words: list[str]) -> list[tuple[str, bool]]:
    """The names a line's rest writes in English or Vietnamese, each with whether an English unit
    word closes it: capitalised syllables closed by one ("Vạn Ninh harbor", True), or capitalised
    syllables with marks between words of neither language ("Tổng Giáo phận …", False: two names may
    run together in it, "Sài Gòn Gia Định"); a run after a lower-case word belongs to that word's
    phrase ("Archidiocèse … d'Sài Gòn")."""
    names: list[tuple[str, bool]] = []
    runs = _runs(words)
    for k, (lang, run) in enumerate(runs):
        if lang != "vi" or not run[0][:1].isupper() or _after_foreign(runs, k):
            continue
        after = runs[k + 1] if k + 1 < len(runs) else None
        if after is not None and after[0] == "en" and head_kind(after[1][0]) == "place":
            if all(w[:1].isupper() for w in run):
                names.append((" ".join([*run, after[1][0]]), True))
        elif len(run) >= 2 and has_vi_letters(" ".join(run)) and (after is None or after[0] == "other"):
            names.append((" ".join(run), False))
    return names


@lru_cache(maxsize=256)
def _cut(head: str) -> tuple[int, int, str, str, tuple[str, ...]] | None:
    """The name line among a text's top lines (head) and its reading: (where the line starts, where
    its names end, native name, English name, other forms), or None."""
    titles: list[str] = []
    pos = 0
    for raw in head.split("\n")[:_TOP_LINES]:
        cell = raw.split(" |")[0].strip()
        words = cell.split()
        if len(words) >= _FEWEST_WORDS and titles and " |" in raw:
            native = _native_first(words, titles)
            if native is not None:
                vi, en, rest = native
                # The page's title line when it is the bare name ("Móng Cái" over "Móng Cái City").
                forms = [t for t in titles if _folded(t.split()) == _folded(en.split()[:-1])]
                found = _names(rest)
            else:
                english = _english_first(words, titles)
                if english is None:
                    return None
                en, title, rest = english
                found = _names(rest)
                # The native name: the first run of marked syllables between other languages' words.
                vi = next((n for n, closed in found if not closed), "")
                if not vi:
                    return None
                forms = [title]
            # Other names: those an English unit word closes (a run of syllables may hold two).
            forms += [n for n, closed in found if closed]
            return pos, pos + raw.find(" |"), vi, en, tuple(forms)
        line = raw.strip()
        if _is_title(line):
            titles.append(line)
        pos += len(raw) + 1
    return None


def name_line_span(text: str) -> tuple[int, int] | None:
    """Where a text's run-together name line stands, if it has one: no name is read from it but its
    own (the name reader would take "Thành phố Móng Cái Vạn Ninh" for one place)."""
    if " |" not in text[:_TOP_CHARS]:
        return None  # no box cell among the top lines (most texts)
    cut = _cut(text[:_TOP_CHARS])
    return (cut[0], cut[1]) if cut is not None else None


def run_name_line(doc: Document) -> Iterator[Mention]:
    """The names of a box's name line run together under the page's title (module docstring)."""
    if " |" not in doc.text[:_TOP_CHARS]:
        return
    cut = _cut(doc.text[:_TOP_CHARS])
    if cut is None:
        return
    start, end, vi, en, forms = cut
    at = doc.text.find(vi, start, end)
    yield mention_at(
        doc,
        at,
        at + len(vi),
        kind=_kind(en),
        vi=vi,
        en=en,
        variants=[(form, VariantType.OTHER) for form in forms],
        confidence=0.75,
        origin="gloss",
    )
