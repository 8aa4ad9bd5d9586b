"""What a spelling of a known name is worth under the house style: fine, or which finding and fix.

judge() looks at one matched text against the glossary forms that share its matching key; its
answer depends only on (key, text), so a scan asks once per distinct spelling and reuses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from glossary.check.folding import crosses_barrier, family_key
from glossary.check.reference import WORD, Family, Reference, has_marks, same_spelling
from glossary.check.style import HouseStyle


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


def diacritics_state(found: str, full: str) -> str:
    """ "full", "bare", "partial" (some marks missing or wrong) or "other" (words do not line up)."""
    found_words, full_words = WORD.findall(found), WORD.findall(full)
    if len(found_words) != len(full_words):
        return "other"
    states: set[str] = set()
    for s, d in zip(found_words, full_words, strict=True):
        if not has_marks(d):
            if has_marks(s):
                return "partial"
            continue
        if same_spelling(s, d, tone_matters=False):
            states.add("full")
        elif has_marks(s):
            return "partial"
        else:
            states.add("bare")
    if states == {"full", "bare"}:
        return "partial"
    return "bare" if states == {"bare"} else "full"


def match_case(candidate: str, found: str) -> str:
    """candidate with found's capitals where they differ only in an initial (or found is all caps)."""
    if found.isupper() and len(found) > 1:
        return candidate.upper()
    cand_words, found_words = WORD.findall(candidate), WORD.findall(found)
    if len(cand_words) != len(found_words):
        return candidate
    out, position = [], 0
    for c, s in zip(cand_words, found_words, strict=True):
        start = candidate.index(c, position)
        out.append(candidate[position:start])
        if s[:1].isupper() and c[:1].islower():
            c = c[0].upper() + c[1:]
        elif s.islower() and c[:1].isupper() and c[1:].islower():
            c = c.lower()  # a term the text writes in lower case ("doi moi"), capitalised in the glossary
        out.append(c)
        position = start + len(c)
    out.append(candidate[position:])
    return "".join(out)


_ORDER = {"VN105": 0, "VN102": 1, "VN101": 2}


def _judge_family(family: Family, found: str, style_name: str) -> tuple[str, tuple[str, ...], str] | None:
    if any(same_spelling(found, d, tone_matters=False) for d in family.deprecated):
        fixes = family.preferred or (family.full if has_marks(found) or not family.bare else family.bare)
        return "VN105", fixes, f"{found!r} is a deprecated form"
    accepted = family.preferred or family.live
    if any(same_spelling(found, a, tone_matters=False) for a in accepted):
        return None
    for full in family.full:
        if diacritics_state(found, full) == "partial":
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
