"""A box's nickname row written as quoted lines under an empty key, one per language:

    Nickname(s):
    "The resort capital of Vietnam"[1]
    "Thủ đô resort của Việt Nam"

or as quoted names on the key's own line, each perhaps glossed in a parenthesis:

    Nickname(s): "Silver Market" (Chợ bạc) "The Salt Town" (Phố muối) | |

Each quoted name is another name of the box's subject, its English article cut (docs/gold-rules.md
§10.9); an English name and a Vietnamese one, two lines or a name and its parenthesis, are a glossed
nickname, a term pair of its own too (§10.8; glossed_nicknames keeps the pair apart from the
subject's entry)."""

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
# One quoted name on the key's line, perhaps glossed: '"Silver Market" (Chợ bạc)'.
_QUOTED_GLOSSED = re.compile(
    r"[ \t]*[\"“](?P<name>[^\"“”\n()]{2,80})[\"”][ \t]*(?:\((?P<gloss>[^\"“”\n()]{2,80})\)[ \t]*)?"
)


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


def _article_cut(name: str) -> str:
    name = name.strip()
    return name if has_vi_letters(name) else _ARTICLE.sub("", name)


def quoted_value(value: str) -> list[list[str]]:
    """The nickname groups of a value made only of quoted names, each perhaps glossed in a
    parenthesis in the other language ([name, rendering]); [] for any other value."""
    groups: list[list[str]] = []
    at = 0
    while at < len(value):
        found = _QUOTED_GLOSSED.match(value, at)
        if found is None or found.end() == at:
            return []
        name, gloss = _article_cut(found.group("name")), found.group("gloss")
        if gloss is None:
            groups.append([name])
        elif has_vi_letters(gloss) != has_vi_letters(name):
            groups.append([name, _article_cut(gloss)])
        else:
            return []  # '"Lotus Bay" (informal)': a remark, not a rendering
        at = found.end()
    return groups


def quoted_nicknames(
    doc: Document, field: Field, subject: str, kind: Kind, *, vietnamese: bool
) -> Iterator[Mention]:
    """The subject's other names a nickname row writes as quoted lines, and their pair when one is
    English and one Vietnamese."""
    names = [n for n in quoted_lines(doc.text, field.start) if n]
    if not names:
        yield from _quoted_value_nicknames(doc, field, subject, kind, vietnamese=vietnamese)
        return
    vi = [n for n in names if has_vi_letters(n)]
    en = [n for n in names if not has_vi_letters(n)]
    glossed = len(names) == 2 and len(vi) == 1 and len(en) == 1
    if kind is not Kind.TERM:
        groups = [names] if glossed else [[n] for n in names]
        yield from subject_forms(doc, field, subject, kind, groups, vietnamese=vietnamese)
    if glossed:
        yield field_gloss(doc, field, vi[0], vi[0], en[0], Kind.TERM, 0.75)


def _quoted_value_nicknames(
    doc: Document, field: Field, subject: str, kind: Kind, *, vietnamese: bool
) -> Iterator[Mention]:
    """The subject's other names a nickname row quotes on its key's line, and each glossed one's
    pair."""
    groups = quoted_value(field.value)
    if kind is not Kind.TERM:
        yield from subject_forms(doc, field, subject, kind, groups, vietnamese=vietnamese)
    for names in groups:
        if len(names) == 2:
            vi, en = names if has_vi_letters(names[0]) else names[::-1]
            yield field_gloss(doc, field, vi, vi, en, Kind.TERM, 0.75)
