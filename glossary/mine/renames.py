"""Former names: "the Vietnam Labor Youth Union was renamed the Ho Chi Minh Revolutionary Youth Union",
"renaming the Vietnam National Youth Union to the Vietnam Labor Youth Union".

Both names are capitalised names of the same kind of thing (the head words agree), so the old name is
a variant of the new one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind, VariantType

from .documents import Document
from .mentions import Mention, mention_at
from .names.words import head_kind

_CUE = re.compile(
    r"\b(?:was|were|is|been|be)\s+renamed\s+(?:(?:as|to|into)\s+)?|\brenaming\s+", re.IGNORECASE
)
_CAP_WORD = r"[A-ZÀ-ỸĐ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NAME = rf"{_CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{_CAP_WORD})*"
_NAME_AFTER = re.compile(rf"(?:the[ \t]+)?({_NAME})")
_NAME_BEFORE = re.compile(rf"({_NAME})[ \t]*,?[ \t]*$")
# "renaming X to Y": the new name after "to" or "as".
_TO = re.compile(r"[ \t]+(?:to|as|into)[ \t]+(?:the[ \t]+)?")


def _kind(old: str, new: str) -> Kind | None:
    """The kind both names have by their head words, or None when they differ or have none."""
    a, b = head_kind(old), head_kind(new)
    if a != b or a not in ("org", "place"):
        return None
    return Kind.ORGANISATION if a == "org" else Kind.PLACE


def extract_renames(doc: Document) -> Iterator[Mention]:
    """Every rename a document states, as a mention of the new name with the old one as a variant."""
    text = doc.text
    if "renam" not in doc.lower:
        return  # a literal scan first: most texts rename nothing
    for cue in _CUE.finditer(text):
        if cue.group().lower().startswith("renaming"):
            old = _NAME_AFTER.match(text, cue.end())
            if old is None:
                continue
            to = _TO.match(text, old.end(1))
            new = _NAME_AFTER.match(text, to.end()) if to else None
            old_name, old_start = (old.group(1), old.start(1))
        else:
            before = _NAME_BEFORE.search(text, max(0, cue.start() - 120), cue.start())
            new = _NAME_AFTER.match(text, cue.end())
            if before is None:
                continue
            old_name, old_start = (before.group(1), before.start(1))
        if new is None:
            continue
        new_name = new.group(1)
        kind = _kind(old_name, new_name)
        if kind is None or len(old_name.split()) < 2 or len(new_name.split()) < 2 or old_name == new_name:
            continue
        yield mention_at(
            doc,
            old_start,
            new.end(1),
            kind=kind,
            en=new_name,
            variants=[(old_name, VariantType.OTHER)],
            confidence=0.7,
            origin="name",
        )
