"""Which name a literal meaning glosses when a parenthesis stands between them: "Son River (Sông Son
or sông Tróc) (lit. Lipstick River)" glosses the Vietnamese form of the parenthesis before it;
"Tĩnh Hải quân or the Jinghai Military Command (Chinese: 靜海軍, pinyin: Jìnghǎi Jūn) (literally
"Peaceful Sea Army")" glosses the Vietnamese name: a parenthesis of another language's forms says
the English name renders the same Vietnamese name, which the literal meaning renders word by word.
"""

from __future__ import annotations

from .lazy_patterns import LazyPattern
from .name_spans import NAME
from .paren_inside import read_inside
from .paren_sides import split_alternatives
from .phrases import Phrase, is_en, is_vi, vi_run_back
from .vi_sureness import sure_vi

# The farthest back the parenthesis before is looked for: a copied page may hold a link's hover
# text inside it ("(Chinese Chinese can refer to: ... : 靜海軍, ...)").
_REACH = 1500
# "X or the <English name>" before the parenthesis of other languages' forms.
_OR_ENGLISH_BEFORE = LazyPattern(rf"[ \t]+or[ \t]+(?:the[ \t]+)?{NAME}[ \t]*$")
# The same with the "(" after it blanked at the line's end.
_OR_ENGLISH_OPENING = LazyPattern(rf"[ \t]+or[ \t]+(?:the[ \t]+)?{NAME}[ \t]{{2}}\n")


def literal_owner(text: str, pos: int, floor: int) -> Phrase | None:
    """The Vietnamese name a literal meaning in the parenthesis opening at pos glosses, when another
    parenthesis closes right before it; None when there is none or no Vietnamese name is found."""
    close = len(text[floor:pos].rstrip(" \t")) + floor - 1
    if close <= floor or text[close] != ")":
        return None
    opening = _opening(text, close, max(floor, close - _REACH))
    if opening is None:
        # A parenthesis too long to read (documents.bounded blanked its "("; a copied page's hover
        # texts inside it): "X or the Y (" at a line's end is still seen by the two blanks there.
        openings = list(_OR_ENGLISH_OPENING.finditer(text, max(floor, close - _REACH), close))
        if not openings:
            return None
        blanked = openings[-1]
        vi = vi_run_back(text, blanked.start(), floor)
        return vi if vi is not None and sure_vi(vi) else None
    inside = read_inside(text, opening + 1, close) if "\n" not in text[opening:close] else None
    if inside is not None and (inside.labelled is not None or inside.plain is not None):
        # "(Sông Son or sông Tróc)", "(Vietnamese: Sông Son)": the parenthesis's own Vietnamese form.
        if inside.labelled is not None:
            return inside.labelled if is_vi(inside.labelled) else None
        first, _ = split_alternatives(inside.plain)
        return first if is_vi(first) and not is_en(first) else None
    # A parenthesis of other forms: the name before it, or the Vietnamese name an English one
    # before it is the other of ("X or the Y (...)").
    vi = vi_run_back(text, opening, floor)
    if vi is not None and sure_vi(vi):
        return vi
    english = _OR_ENGLISH_BEFORE.search(text, max(floor, opening - 120), opening)
    if english is None:
        return None
    vi = vi_run_back(text, english.start(), floor)
    return vi if vi is not None and sure_vi(vi) else None


def _opening(text: str, close: int, floor: int) -> int | None:
    """Where the parenthesis closing at close opens (nested ones skipped), at or after floor."""
    depth = 0
    for at in range(close, floor - 1, -1):
        char = text[at]
        if char == ")":
            depth += 1
        elif char == "(":
            depth -= 1
            if depth == 0:
                return at
    return None
