"""Forms a page writes last when the page is cut off there.

Pages are often stored as their first part, cut in the middle of a sentence or a word ("... changed
its name to the Bank for Investment and Construc", "... with the southern half known as Quảng").
The last words are then the start of a name, not a name: "Construc" is no word, and "Quảng" is the
first syllable of "Quảng Ngãi". No form is taken from them (docs/gold-rules.md §0.4): a form that
ends where the text ends, when the text ends with no closing mark, is dropped, with the mention it
is the preferred form of.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mentions import Mention

# What a finished sentence, line or cell may end with: a stop, a closing quote or bracket, a colon
# or a figure (a date, a year, a count).
_CLOSED = frozenset(".!?…:;\"”’')]}|*-–—0123456789")


# A line of running text has this many words at least; a shorter last line (a list's item, a
# dictionary's "nước mũi ― mucus", a heading) is whole without a stop.
_PROSE_WORDS = 8
# What opens or separates the items of a list, a table or a navigation box.
_LIST_OPENINGS = ("-", "*", "•", "|", "#")
_SEPARATORS = ("·", "|", "•")
# A numbered item ("2. Vietnam - Country Profile"), a reference's title more often than a sentence.
_NUMBERED = re.compile(r"\d{1,3}[.)][ \t]")
# A field's line ("Country name - local long form : Cong Hoa ... Viet Nam"): a short label, a colon,
# then a capitalised value, whole without a stop as a box's or a fact sheet's values are ("the firm
# said: it changed ..." goes on as a sentence).
_FIELD = re.compile(r"[^.!?:]{1,60}:[ \t]+(\w)")


def cut_end(text: str) -> int:
    """Where the last word of a text cut off in mid-sentence ends, or -1 when the text ends with a
    closing mark, with a short line or a list's line (or is empty)."""
    end = len(text.rstrip())
    if not end or text[end - 1] in _CLOSED or not text[end - 1].isalpha():
        return -1
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    if (
        line.startswith(_LIST_OPENINGS)
        or _NUMBERED.match(line)
        or _is_field(line)
        or any(s in line for s in _SEPARATORS)
    ):
        return -1
    return end if len(line.split()) >= _PROSE_WORDS else -1


def _is_field(line: str) -> bool:
    match = _FIELD.match(line)
    return bool(match and match.group(1).isupper())


def _cut_form(form: str, text: str, end: int) -> bool:
    """Whether form is written last in text, ending at end (blanks inside collapsed)."""
    words = form.split()
    if not words:
        return False
    tail = text[max(0, end - len(form) - 40) : end].split()
    return tail[-len(words) :] == words


def drop_cut_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the forms the text writes last, when it is cut off there (cut_end): a
    variant is left out, a mention whose preferred form (or one side of its pair) is cut dropped."""
    end = cut_end(text)
    if end < 0:
        return mentions
    out = []
    for m in mentions:
        if m.end < end - 1:
            out.append(m)  # most mentions: read before the text's last words
            continue
        if any(_cut_form(form, text, end) for form in (m.en, m.vi, m.abbr) if form):
            continue
        kept = [(form, kind) for form, kind in m.variants if not _cut_form(form, text, end)]
        out.append(m if len(kept) == len(m.variants) else replace(m, variants=kept))
    return out
