"""Two Vietnamese names of one thing joined by "or" inside a parenthesis: "(Vietnamese: Hoa Nùng
or Tàu Nùng)", "(Đạo Phật or Phật Giáo in Vietnamese)"."""

from __future__ import annotations

from glossary.vietnamese import has_vi_letters

from .phrases import clean


def other_form(rest: str) -> tuple[str, str]:
    """ "(Vietnamese: Hoa Nùng or Tàu Nùng)": two Vietnamese names of one thing, both with the
    letters only Vietnamese writes, are one entry: the first and another form ("" when none)."""
    if " or " not in rest:
        return rest, ""
    first, second = (clean(p) for p in rest.split(" or ", 1))
    if has_vi_letters(first) and has_vi_letters(second) and " or " not in second:
        return rest[: rest.index(" or ")], second
    return rest, ""
