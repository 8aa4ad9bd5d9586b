"""The glossary compiled for checking: every form of every entry as a matching key, one automaton
over all of them, and per spelling family the form the house style prefers.

A *family* is the set of forms of one entry that spell the same name, i.e. that share
family_key() ("Hà Nội", "Ha Noi" and "Hanoi"; "Tô Lâm" and "To Lam"). Families are worked out
lazily, for the entries a text actually mentions: a 100,000-entry glossary compiles in seconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import ahocorasick_rs

from glossary.check.findings import EntryRef
from glossary.check.folding import family_key, fold_keys
from glossary.check.style import HouseStyle
from glossary.model import Entry, Kind, Status, VariantStatus, VariantType
from glossary.po import gc_paused
from glossary.text import nfc, set_tone_style, tone_key

WORD = re.compile(r"[^\W_]+")


def _build_strip_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    return table


_STRIP_TABLE = _build_strip_table()


def strip_marks(text: str) -> str:
    """text without tones or diacritics, each letter keeping its case ("Tô Lâm" -> "To Lam")."""
    return nfc(text).translate(_STRIP_TABLE)


def has_marks(text: str) -> bool:
    """Whether text carries a diacritic or đ."""
    return strip_marks(text) != nfc(text)


def same_spelling(a: str, b: str, *, tone_matters: bool) -> bool:
    """Whether two spellings are the same, ignoring case (and tone placement unless it matters)."""
    if not tone_matters:
        a, b = tone_key(a), tone_key(b)
    return a.casefold() == b.casefold()


# Kinds of entries whose forms are names, for the near-miss check.
NAME_KINDS = frozenset({Kind.PERSON, Kind.PLACE, Kind.ORGANISATION, Kind.ACRONYM, Kind.OTHER})
# Variant types that spell the whole name another way; the others (short, title, gloss,
# abbreviation, expansion, word order) are other wordings a text may use freely.
_RANK_PREFERRED, _RANK_VI, _RANK_EN, _RANK_ABBR, _RANK_VARIANT = range(5)


class Form(NamedTuple):
    """One surface form of an entry as the checker sees it (a tuple: a big glossary makes many)."""

    text: str
    entry: int
    rank: int
    type: VariantType | None
    status: VariantStatus

    @property
    def deprecated(self) -> bool:
        return self.status is VariantStatus.DEPRECATED

    @property
    def short(self) -> bool:
        return self.type is VariantType.SHORT


@dataclass(frozen=True)
class Family:
    """One entry's spellings of one name, and what the house style makes of them."""

    entry: int
    # The spelling(s) the house style wants; several = the glossary does not say which (ambiguous);
    # none = no house style, every listed spelling is fine.
    preferred: tuple[str, ...]
    # The spelling with full diacritics, to tell partial diacritics from none (empty if unknown).
    full: tuple[str, ...]
    live: tuple[str, ...]
    # The best-ranked spellings without diacritics (a fix where no house style says otherwise).
    bare: tuple[str, ...]
    deprecated: tuple[str, ...]


# A form longer than this is looked for in no text: no name is spelt in 100,000 characters, and the
# automaton costs some 50 bytes a character (a 50 MB form: 2.5 GB and 20 s before the first line).
MAX_FORM_CHARS = 100_000


class Reference:
    """The entries to check against, compiled: an automaton over their forms' keys, and families."""

    def __init__(self, entries: Iterable[Entry], *, include_candidates: bool = False) -> None:
        # Hundreds of thousands of small objects and no cycles: the cyclic collector would walk the
        # whole glossary again and again while they are made (see glossary.po.gc_paused).
        with gc_paused():
            self._compile(entries, include_candidates)

    def _compile(self, entries: Iterable[Entry], include_candidates: bool) -> None:
        statuses = {Status.APPROVED, Status.CANDIDATE} if include_candidates else {Status.APPROVED}
        self.entries: list[Entry] = [e for e in entries if e.status in statuses]
        self.keys: list[str] = []
        self.forms_by_key: dict[str, list[Form]] = {}
        self.forms_by_entry: list[list[Form]] = [
            list(_forms(entry, i)) for i, entry in enumerate(self.entries)
        ]
        forms = [form for forms in self.forms_by_entry for form in forms]
        texts = [form.text if len(form.text) <= MAX_FORM_CHARS else "" for form in forms]
        for form, key in zip(forms, fold_keys(texts), strict=True):
            if not key:
                continue
            bucket = self.forms_by_key.get(key)
            if bucket is None:
                self.forms_by_key[key] = [form]
                self.keys.append(key)
            else:
                bucket.append(form)
        self._families: dict[tuple[int, str, HouseStyle], Family] = {}
        self.automaton = (
            ahocorasick_rs.AhoCorasick(
                [" " + key for key in self.keys],
                matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                # Left to itself the library builds a DFA for a few patterns, which takes time
                # cubic in a long repetitive form (a 16,000-word msgstr: 50 s; a 7 MB one: hours);
                # the contiguous NFA (its choice for a glossary of any size) builds in linear time.
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )
            if self.keys
            else None
        )

    def __len__(self) -> int:
        return len(self.entries)

    def ref(self, entry: int) -> EntryRef:
        e = self.entries[entry]
        return EntryRef(e.en, e.vi, e.disambiguation)

    def headword(self, entry: int) -> str:
        return self.entries[entry].headword

    @cached_property
    def tokens(self) -> frozenset[str]:
        """Every folded word of every form: words the glossary itself uses are never near misses."""
        return frozenset(word for key in self.keys for word in key.split(" "))

    def family(self, entry: int, family: str, house: HouseStyle) -> Family:
        """The family of entry's forms whose family_key is family, under a house style (kept once made)."""
        cache_key = (entry, family, house)
        found = self._families.get(cache_key)
        if found is None:
            found = self._families[cache_key] = self._make_family(entry, family, house)
        return found

    def _make_family(self, entry: int, family: str, house: HouseStyle) -> Family:
        forms = [f for f in self.forms_by_entry[entry] if family_key(f.text) == family]
        live = [f for f in forms if not f.deprecated]
        marked = [f for f in live if has_marks(f.text)]
        bare = [f for f in live if not has_marks(f.text)]
        full = _best(marked)
        if not full and bare:
            restored = self.restore(entry, bare[0].text)
            full = (restored,) if restored != bare[0].text else ()
        style = house.style
        if style is None:
            preferred: tuple[str, ...] = ()
        elif style.diacritics:
            preferred = full or _best(bare)
        else:
            preferred = _best(bare) or tuple(dict.fromkeys(strip_marks(f) for f in _best(marked)))
        tone = house.tone
        if tone is not None:
            preferred = tuple(set_tone_style(p, tone) for p in preferred)
            full = tuple(set_tone_style(p, tone) for p in full)
        return Family(
            entry=entry,
            preferred=preferred,
            full=full,
            live=tuple(f.text for f in live),
            bare=_best(bare),
            deprecated=tuple(f.text for f in forms if f.deprecated),
        )

    def restore(self, entry: int, bare: str) -> str:
        """bare with the diacritics the entry's own marked forms give its words, where unambiguous.

        "Thang Long Imperial Citadel" of an entry whose Vietnamese form is "Hoàng thành Thăng Long"
        becomes "Thăng Long Imperial Citadel".
        """
        # bare word (casefolded) -> its marked spellings, one per tone placement-insensitive key
        spellings: dict[str, dict[str, str]] = {}
        for form in self.forms_by_entry[entry]:
            if form.deprecated or not has_marks(form.text):
                continue
            for word in WORD.findall(form.text):
                if has_marks(word):
                    options = spellings.setdefault(strip_marks(word).casefold(), {})
                    options.setdefault(tone_key(word).casefold(), word.casefold())

        def swap(match: re.Match[str]) -> str:
            word = match.group()
            options = spellings.get(word.casefold())
            if not options or len(options) != 1:
                return word
            return _with_case(next(iter(options.values())), word)

        return WORD.sub(swap, bare)


def _with_case(text: str, like: str) -> str:
    """text with the letter case of like (same length: one word and its restored spelling)."""
    if like.isupper() and len(like) > 1:
        return text.upper()
    return "".join(c.upper() if m.isupper() else c for c, m in zip(text, like, strict=False))


def _best(forms: list[Form]) -> tuple[str, ...]:
    """The distinct spellings of the best-ranked forms (several when the glossary does not choose)."""
    if not forms:
        return ()
    top = min(f.rank for f in forms)
    chosen: list[str] = []
    for form in forms:
        if form.rank == top and not any(same_spelling(form.text, c, tone_matters=False) for c in chosen):
            chosen.append(form.text)
    return tuple(chosen)


def _forms(entry: Entry, index: int) -> Iterable[Form]:
    preferred = VariantStatus.PREFERRED
    if entry.vi:
        yield Form(entry.vi, index, _RANK_VI, None, preferred)
    if entry.en:
        yield Form(entry.en, index, _RANK_EN, None, preferred)
    if entry.abbr:
        yield Form(entry.abbr, index, _RANK_ABBR, VariantType.ABBREVIATION, preferred)
    for variant in entry.variants:
        rank = _RANK_PREFERRED if variant.status is preferred else _RANK_VARIANT
        yield Form(variant.form, index, rank, variant.type, variant.status)
