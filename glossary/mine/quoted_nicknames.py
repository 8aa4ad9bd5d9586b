"""A box's nickname row written as quoted lines under an empty key, one per language:

    Nickname(s):
    "The resort capital of Vietnam"[1]
    "Thủ đô resort của Việt Nam"

Each quoted line is another name of the box's subject, its English article cut (docs/gold-rules.md
§10.9); an English line and a Vietnamese one are a glossed nickname, a term pair of its own too
(§10.8; glossed_nicknames keeps the pair apart from the subject's entry)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.vietnamese import has_vi_letters

from .box_fields import Field, field_gloss, subject_forms
from .documents import Document
from .mentions import Mention

# One value line: a quotation alone, a citation mark after it ('"The resort capital of Vietnam"[1]').
_QUOTED = re.compile(r"[ \t]*[\"“](?P<name>[^\"“”\n]{2,80})[\"”][ \t]*(?:\[\d+\][ \t]*)*")
_ARTICLE = re.compile(r"^(?:The|the)[ \t]+")
# How many quoted lines one row holds at most.
_MOST = 3


def quoted_lines(text: str, start: int) -> list[str]:
    """The quoted names on the value lines from start on, each without its quotes and English
    article; [] unless the line at start is one."""
    names: list[str] = []
    while len(names) < _MOST and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        found = _QUOTED.fullmatch(text, start, end)
        if found is None:
            break
        name = found.group("name").strip()
        names.append(name if has_vi_letters(name) else _ARTICLE.sub("", name))
        start = end + 1
    return names


def quoted_nicknames(
    doc: Document, field: Field, subject: str, kind: Kind, *, vietnamese: bool
) -> Iterator[Mention]:
    """The subject's other names a nickname row writes as quoted lines, and their pair when one is
    English and one Vietnamese."""
    names = [n for n in quoted_lines(doc.text, field.start) if n]
    if not names:
        return
    vi = [n for n in names if has_vi_letters(n)]
    en = [n for n in names if not has_vi_letters(n)]
    glossed = len(names) == 2 and len(vi) == 1 and len(en) == 1
    if kind is not Kind.TERM:
        groups = [names] if glossed else [[n] for n in names]
        yield from subject_forms(doc, field, subject, kind, groups, vietnamese=vietnamese)
    if glossed:
        yield field_gloss(doc, field, vi[0], vi[0], en[0], Kind.TERM, 0.75)
