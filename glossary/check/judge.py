"""What a spelling of a known name is worth under the house style: fine, or which finding and fix.

judge() looks at one matched text against the glossary forms that share its matching key; its
answer depends only on (key, text), so a scan asks once per distinct spelling and reuses it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from glossary.check.folding import crosses_barrier, family_key
from glossary.check.reference import WORD, Family, Reference, has_marks, same_spelling, strip_marks
from glossary.check.style import HouseStyle
from glossary.text import tone_key


@dataclass(frozen=True)
class Verdict:
    """The judgement of one spelling: a code and candidate fixes, or code None when it is fine."""

    code: str | None
    candidates: tuple[str, ...]
    message: str
    # The entries whose forms matched, and those among them for which the spelling is fine.
    entries: frozenset[int]
    accepting: frozenset[int]
    # Entries matched only through a short form ("Lâm" for Tô Lâm): the match counts only after
    # the document has named one of them in full.
    short_only: bool
    family: str


def case_fits(form: str, found: str) -> bool:
    """Whether found is capitalised where form is: a name in the glossary is a name in the text."""
    if found.isupper() and len(found) > 1:
        return True  # a headline in capitals
    form_words, found_words = WORD.findall(form), WORD.findall(found)
    if len(form_words) != len(found_words):
        return form[:1].islower() or found[:1].isupper()
    for f, s in zip(form_words, found_words, strict=True):
        if f[:1].isupper() and not s[:1].isupper():
            return False
        if len(f) > 1 and f.isupper() and len(f) <= 4 and not s.isupper():
            return False  # a short acronym (UN, EU) is not the word it spells (Un, Eu)
    return True


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_STOP_FINAL = re.compile(r"(?:p|t|c|ch)$")


def _marks(char: str) -> frozenset[str]:
    """The diacritics on one letter (đ counts its stroke as one)."""
    marks = frozenset(unicodedata.normalize("NFD", char)[1:])
    return marks | {"stroke"} if char in "đĐ" else marks


def _a_name_of_its_own(word: str, full: str) -> bool:
    """Whether word, lacking only the tone of full, is still a whole Vietnamese syllable ("Tô" for
    "Tổ", "Trương" for "Trường"): then it may be another name. A syllable ending in p, t, c or ch
    must carry a tone ("Viêt" cannot be a word), so there the tone was lost."""
    missing = set().union(*(_marks(b) - _marks(a) for a, b in zip(word.lower(), full.lower(), strict=True)))
    if not missing <= _TONE_MARKS:
        return False
    from glossary.text import is_syllable

    return is_syllable(word) and not _STOP_FINAL.search(strip_marks(word).lower())


def diacritics_state(found: str, full: str) -> str:
    """How found carries the marks of full (same letters): "full", "bare" (none), "partial" (some
    missing, or some words bare and some marked), "other" (a mark full lacks, or a word that is a
    syllable in its own right: not a spelling of this name), or "unaligned" (words split otherwise)."""
    found_words, full_words = WORD.findall(tone_key(found)), WORD.findall(tone_key(full))
    if len(found_words) != len(full_words):
        return "unaligned"  # "Hanoi" against "Hà Nội": another spelling, not another name
    states: set[str] = set()
    for s, d in zip(found_words, full_words, strict=True):
        if s.casefold() == d.casefold():
            states.add("full" if has_marks(d) else "plain")
            continue
        if len(s) != len(d) or not all(
            _marks(a) <= _marks(b) for a, b in zip(s.lower(), d.lower(), strict=True)
        ):
            return "other"
        if not has_marks(s):
            states.add("bare")
        elif _a_name_of_its_own(s, d):
            return "other"
        else:
            states.add("partial")
    if "partial" in states or {"bare", "full"} <= states:
        return "partial"
    return "bare" if "bare" in states else "full"


def match_case(candidate: str, found: str) -> str:
    """candidate with found's capitals where they differ only in an initial (or found is all caps)."""
    if found.isupper() and len(found) > 1:
        return candidate.upper()
    cand_words, found_words = WORD.findall(candidate), list(WORD.finditer(found))
    if len(cand_words) != len(found_words):
        return candidate
    out, position = [], 0
    for c, match in zip(cand_words, found_words, strict=True):
        s = match.group()
        start = candidate.index(c, position)
        out.append(candidate[position:start])
        if s[:1].isupper() and c[:1].islower():
            c = c[0].upper() + c[1:]
        elif (
            s.islower()
            and c[:1].isupper()
            and c[1:].islower()
            and found[match.start() - 1 : match.start()] != "-"
        ):
            # a word the text writes in lower case ("doi moi", "Dong Nai province"), capitalised in the
            # glossary; but the lower-case half of a hyphenated name ("Ha-noi") is still the name's word
            c = c.lower()
        out.append(c)
        position = start + len(c)
    out.append(candidate[position:])
    return "".join(out)


_ORDER = {"VN105": 0, "VN102": 1, "VN101": 2}
# _judge_family's answer when the text spells another name that folds like one of this entry's.
OTHER_NAME = ("", (), "")


def _judge_family(family: Family, found: str, style_name: str) -> tuple[str, tuple[str, ...], str] | None:
    if any(same_spelling(found, d, tone_matters=False) for d in family.deprecated):
        fixes = family.preferred or (family.full if has_marks(found) or not family.bare else family.bare)
        return "VN105", fixes, f"{found!r} is a deprecated form"
    accepted = family.preferred or family.live
    if any(same_spelling(found, a, tone_matters=False) for a in accepted):
        return None
    states = [diacritics_state(found, full) for full in family.full]
    if states and all(state == "other" for state in states):
        return OTHER_NAME  # marks this name does not have: another name that folds alike
    if "partial" in states:
        return "VN102", family.preferred or family.full, f"{found!r} has partial diacritics"
    if family.preferred:
        return "VN101", family.preferred, f"{found!r} is not the house spelling ({style_name})"
    return None


def judge(reference: Reference, house: HouseStyle, key: str, found: str) -> Verdict | None:
    """The verdict on text found where key matched; None when no form of key fits it (case, commas)."""
    forms = [
        f
        for f in reference.forms_by_key.get(key, ())
        if case_fits(f.text, found) and not crosses_barrier(found, f.text)
    ]
    if not forms:
        return None
    family = family_key(found)
    entries = sorted({f.entry for f in forms})
    style_name = f"style {house.style.value}" if house.style else "no style"
    results: dict[int, tuple[str, tuple[str, ...], str] | None] = {
        e: _judge_family(reference.family(e, family, house), found, style_name) for e in entries
    }
    results = {e: r for e, r in results.items() if r is not OTHER_NAME}
    if not results:
        return None
    entries = sorted(results)
    accepting = frozenset(e for e, r in results.items() if r is None)
    short_only = all(f.short for f in forms)
    if accepting:
        return Verdict(None, (), "", frozenset(entries), accepting, short_only, family)
    code = min((r[0] for r in results.values() if r), key=_ORDER.__getitem__)
    candidates: list[str] = []
    message = ""
    for result in results.values():
        if result and result[0] == code:
            message = message or result[2]
            for c in result[1]:
                c = match_case(c, found)
                if not any(same_spelling(c, o, tone_matters=True) for o in candidates):
                    candidates.append(c)
    return Verdict(code, tuple(candidates), message, frozenset(entries), frozenset(), short_only, family)
