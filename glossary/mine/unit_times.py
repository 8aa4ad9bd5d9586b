"""A bare place name and the same name with its unit written for two times (round 48): "born in Gò
Công … sometimes misunderstood as what is now Gò Công city", "born in Tây Sơn District, Quy Nhơn
Province (modern Bình Định Province)" beside "Death Place: Quy Nhơn". The page dates one form and
not the other, so the two name two places (gold rules §2, §9.4: two entries)."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
