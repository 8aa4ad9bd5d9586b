"""A bare place name and the same name with its unit written for two times (round 48): "born in Gò
Công … sometimes misunderstood as what is now Gò Công city", "born in Tây Sơn District, Quy Nhơn
Province (modern Bình Định Province)" beside "Death Place: Quy Nhơn". The page dates one form and
not the other, so the two name two places (gold rules §2, §9.4: two entries). Also: a bare name
the page calls a person ("a woman, Bà Đen") or writes only inside a longer name ("French
Indochina") is not the natural feature or site that bears it ("Núi Bà Đen", "Indochina Peninsula")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS

from .tally import Tally

# Right before a form: the form names the place as it is today ("now Phủ Lý District", "what is now
# Gò Công city", "(now are Hà Nội, Hà Nam …)", "modern Bình Định Province").
_NOW_BEFORE = re.compile(
    r"(?:\bnow(?: is| are)?|\bmodern(?:-day)?|\bpresent[- ]day|\btoday's)\s$", re.IGNORECASE
)
# Right after a form: the form names the place as it was ("Quy Nhơn Province (modern Bình Định
# Province)", "Thổ Lỗi (now Gia Lâm)").
_THEN_AFTER = re.compile(r" ?\((?:now|modern|present|today)\b", re.IGNORECASE)

NOW = 1
THEN = 2


def marks(context: str, at: int, end: int, name: str) -> int:
    """The time marks of one sighting of a form with its unit at context[at:end], the place's bare
    name being name, or of the bare name itself (at == end - len(name)). A form with its unit is
    dated today only where the sentence wrote the name before it ("born in Phủ Lý village, Hà Nam now
    Phủ Lý District"): "Quy Nhơn Province (modern Bình Định Province)" renames another place. A
    form is dated then where a parenthesis after it gives one other name for what it is now
    ("Quy Nhơn Province (modern Bình Định Province)"), not an address ("Gia Định province (now is
    Nghề hamlet, …, Long An province)") nor one holding the name ("(now is Điện Bàn, Quảng Nam)")."""
    out = 0
    if "now" in context or "odern" in context or "resent" in context or "oday" in context:
        if (
            end - at > len(name)
            and _NOW_BEFORE.search(context[max(0, at - 16) : at])
            and name in context[:at]
        ):
            out |= NOW
        after = _THEN_AFTER.match(context, end)
        if after:
            close = context.find(")", after.end())
            inside = context[after.end() : close] if close >= 0 else ""
            if inside and name not in inside and "," not in inside and " and " not in inside:
                out |= THEN
    return out


def two_times(bare: Iterable[int], unit: Iterable[int]) -> bool:
    """Whether the marks of a bare name's sightings and of its unit form's sightings date them to two
    times: every sighting of one carries a mark no sighting of the other does."""
    bare, unit = list(bare), list(unit)
    if not bare or not unit:
        return False
    for one, other in ((bare, unit), (unit, bare)):
        every = NOW | THEN
        for mark in one:
            every &= mark
        anyof = 0
        for mark in other:
            anyof |= mark
        if every & ~anyof:
            return True
    return False


# Nouns for a person or a being a bare name may stand in apposition with ("a woman, Bà Đen", "Bà Đen,
# a local deity"): the page calls the name a person, not the mountain or temple named after her.
_PERSON_NOUNS = (
    r"(?:woman|man|girl|boy|lady|deity|goddess|god|spirit|fairy|saint|hero|heroine|king|queen|"
    r"prince|princess|emperor|empress|general|monk|nun|mother|father|daughter|son|wife|husband)"
)
_PERSON_AFTER = re.compile(r", (?:an?|the) (?:[a-z]+ ){0,2}" + _PERSON_NOUNS + r"\b")
_PERSON_BEFORE = re.compile(r"\b(?:an?|the) (?:[a-z]+ ){0,2}" + _PERSON_NOUNS + r", $")
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][\w'-]*) $")


def other_feature(tally: Tally, sightings: Callable[[str, str], list[int]]) -> bool:
    """Whether a bare name about to join the one natural feature or site that bears it ("Núi Bà
    Đen", "Indochina Peninsula") is written as another thing: in apposition with a person's noun
    anywhere ("a woman, Bà Đen"), or only ever after another capitalised word, inside a longer name
    ("French Indochina"; gold rules §2, a name inside another name). sightings: where a sentence
    writes the form on its own (bare_joins._bare_sightings). Every sighting must have been kept."""
    form = tally.mention.vi or tally.mention.en
    seen = [(context, sightings(context, form)) for _, context in tally.contexts]
    if not seen or tally.count > sum(len(ats) for _, ats in seen) or not all(ats for _, ats in seen):
        return False
    if any(
        _PERSON_AFTER.match(context, at + len(form)) or _PERSON_BEFORE.search(context[max(0, at - 40) : at])
        for context, ats in seen
        for at in ats
    ):
        return True
    return all(_inside_name(context, at) for context, ats in seen for at in ats)


def _inside_name(context: str, at: int) -> bool:
    """Whether a capitalised word other than a function word stands right before context[at]."""
    word = _CAPITAL_BEFORE.search(context[max(0, at - 30) : at])
    return word is not None and word.group(1).lower() not in ENGLISH_FUNCTION_WORDS
