""" "bánh mì – Vietnamese baguette": a Vietnamese term, a spaced dash and a short English rendering
closing the clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.vietnamese import VI_LETTER, has_vi_letters, is_syllable

from . import gazetteer
from .clause_phrases import how_made
from .dash_chars import DASH_CLASS, DASHES
from .documents import Document
from .mentions import Mention
from .phrases import (
    en_phrase_forward,
    find_dashes,
    gloss_mention,
    is_en,
    is_title_case,
    is_vi,
    line_bounds,
    vi_run_back,
    word_before,
)
from .vi_sureness import plain_vi

# A spaced dash; phrases.find_dashes finds its matches without the regex engine (a test holds the
# two equal).
_DASH = re.compile(rf"[ \t]+{DASH_CLASS}[ \t]+")


def dashes(doc: Document) -> Iterator[Mention]:
    """ "bánh mì – Vietnamese baguette": the Vietnamese side with diacritics or surely Vietnamese
    without, and the English side a short phrase that ends the clause, since dashes join so many
    other things."""
    text = doc.text
    for dash_start, dash_end in find_dashes(text):
        marked = VI_LETTER.search(text, max(0, dash_start - 12), dash_start) is not None
        if not marked and not is_syllable(word_before(text, dash_start)):
            continue
        line_start, line_end = line_bounds(text, dash_start, dash_end)
        vi = vi_run_back(text, dash_start, line_start)
        if vi is not None and (has_vi_letters(vi.text) and is_vi(vi) or plain_vi(vi)):
            en = en_phrase_forward(text, dash_end, line_end)
            if en is not None and not has_vi_letters(vi.text) and all(is_syllable(w) for w in en.words):
                continue  # "Vinh Nghiem – Con Son": without diacritics, a name list, not a gloss
            if en is not None and has_vi_letters(en.text):
                continue  # "Phong Nha – Kẻ Bàng National Park": one name's two parts, no rendering
            after = text[en.end : en.end + 3].lstrip(" \t")[:1] if en else ""
            if (
                en is None
                or not is_en(en)
                or (after not in ("", ".", ",", ";", ")", "\n") and after not in DASHES)
            ):
                continue
            if gazetteer.is_place(en.text):
                continue  # "Bún chả - Hanoi": where it comes from
            if how_made(en.words):
                continue  # "Chè bưởi - made from pomelo rind": how it is made, no rendering
            if is_title_case(vi.words) and en.text.islower() and not has_vi_letters(vi.text):
                continue  # "Nha Trang - beach town with many resorts": a name described
            yield gloss_mention(doc, vi, en, 0.5)
