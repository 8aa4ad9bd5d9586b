"""A princely title written the Vietnamese way and glossed: "Prince Chiêu Minh (Vietnamese: Chiêu
Minh vương) Trần Quang Khải". The title and its Vietnamese form are a term pair of their own (docs/
gold-rules.md §10.8), and both are other names of the man who holds the title.

The holder is found the way a reader finds him:

- the full name right after the parenthesis (the parenthesis splits "Prince Chiêu Minh Trần Quang
  Khải", the shape names/title_names.py reads whole);
- else the full name the page writes after the title elsewhere ("Prince Nhân Huệ Trần Khánh Dư",
  under any princely rank: "Marquis Nhân Huệ (Vietnamese: Nhân Huệ hầu)" is the same man);
- else the subject of the line when the title is his "or" alternative ("Trần Ích Tắc (…), or Prince
  Chiêu Quốc (Vietnamese: Chiêu Quốc vương)").

The holder's mention holds the two forms and is flagged as a box's glossed nickname is
(glossed_nicknames.py): clustering keeps the pair a term beside the man's entry. A pair the gloss
readers missed is added. Run before names/title_names.py, which then joins the title name written
alone ("Prince Chiêu Minh was also a poet") to the same man.
"""

from __future__ import annotations

import re
from dataclasses import replace

from glossary.model import Kind, VariantType
from glossary.vietnamese import has_vi_letters

from ..documents import Document
from ..glossed_nicknames import GLOSSED_NICKNAME
from ..lexicon import is_family_name
from ..mentions import Mention, literal_hits, mention_of

_PERSON, _PLACE, _TERM = Kind.PERSON, Kind.PLACE, Kind.TERM
_OTHER = VariantType.OTHER

# The Vietnamese word for each rank, written after the title name. An empress mother's title-name
# is glossed so too: "Empress Mother Linh Nhơn (Vietnamese: Linh Nhơn hoàng thái hậu)".
_WORD_OF = {
    "Prince": "vương",
    "Marquis": "hầu",
    "Duke": "công",
    "Empress Mother": "hoàng thái hậu",
    "Empress Dowager": "hoàng thái hậu",
}
# The Vietnamese form's end in the page in lower case, before the parenthesis closes or lists the
# form in another script ("Chiêu Quốc vương / 昭國王"): found by the cue words' shared scan.
_ENDS = tuple(
    f" {word}{after}" for word in dict.fromkeys(_WORD_OF.values()) for after in (")", " /", ",", ";")
)
# How far before its Vietnamese form's end a glossed title may start.
_REACH = 100
# The Vietnamese word where the scan found it.
_WORD_AT = re.compile(r"(?<= )(?:vương|hầu|công|hoàng thái hậu)(?=[)/,;]| /)")
_GLOSSED = re.compile(
    r"(?P<rank>Prince|Marquis|Duke|Empress Mother|Empress Dowager)[ \t]+"
    r"(?P<name>[A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t][A-ZÀ-ỸĐ][^\W\d_]*){1,2})[ \t]+"
    r"\((?:[A-Z][a-z]+:[ \t]*)?(?P=name)[ \t](?P<word>vương|hầu|công|hoàng thái hậu)\Z"
)


def _full_name(vi: str) -> bool:
    """A Vietnamese full name: a family name and one word or more."""
    family, space, _ = vi.partition(" ")
    return bool(space) and is_family_name(family)


def glossed_titles(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """mentions with each glossed princely title's pair (when no reader gave it) and its holder's
    mention holding both forms (see the module); a place read where the holder's name stands after
    the parenthesis is made the person."""
    hits = literal_hits(doc.lower, _ENDS)
    if not hits:
        return mentions
    text = doc.text
    found: list[tuple[int, int, str, str, str]] = []  # start, end, rank, title name, Vietnamese form
    for hit in hits:
        # The offset in the text may differ a little from the lower case's (exotic letters).
        word = _WORD_AT.search(text, max(0, hit - 4), hit + 20)
        if word is None:
            continue
        floor = max(0, word.start() - _REACH)
        match = _GLOSSED.search(text[floor : word.end()])
        if match is None or _WORD_OF[match.group("rank")] != match.group("word"):
            continue
        name = match.group("name")
        found.append(
            (floor + match.start(), word.end(), match.group("rank"), name, f"{name} {match.group('word')}")
        )
    if not found:
        return mentions
    out = list(mentions)
    paired = {(m.vi, m.en) for m in mentions if m.origin == "gloss"}
    starts: dict[int, int] | None = None
    for start, end, rank, name, vi in found:
        en = f"{rank} {name}"
        if starts is None:
            starts = {
                m.start: k for k, m in enumerate(out) if m.kind in (_PERSON, _PLACE) and m.origin == "name"
            }
        holder = _holder(text, start, end, name, out, starts)
        if (vi, en) not in paired:
            paired.add((vi, en))
            out.append(mention_of(doc, start, end, _TERM, en, vi, "", [], 0.8, [], "gloss"))
        if holder:
            variants = [(en, _OTHER), (vi, _OTHER)]
            out.append(
                mention_of(
                    doc, start, end, _PERSON, "", holder, "", variants, 0.75, [GLOSSED_NICKNAME], "name"
                )
            )
    return out


def _holder(
    text: str, start: int, end: int, name: str, mentions: list[Mention], starts: dict[int, int]
) -> str:
    """The full name of the man who holds the title glossed at text[start:end] (see the module),
    or ""; a place mention of it after the parenthesis is made a person's, in mentions."""
    close = text.find(")", end, end + 40)
    if close >= 0 and "(" not in text[end:close] and text[close + 1 : close + 2] == " ":
        k = starts.get(close + 2)
        if k is not None and _full_name(mentions[k].vi):
            m = mentions[k]
            if m.kind is _PLACE:
                mentions[k] = m = replace(m, kind=_PERSON)
            return m.vi
    people = {m.vi for m in mentions if m.kind is _PERSON and m.origin == "name" and _full_name(m.vi)}
    for rank in _WORD_OF:
        form = f"{rank} {name} "
        at = text.find(form)
        while at >= 0:
            after = at + len(form)
            full = next((p for p in people if text.startswith(p, after)), "")
            if full:
                return full
            at = text.find(form, after)
    if text[max(0, start - 4) : start] == " or ":
        line = text.rfind("\n", 0, start) + 1
        k = starts.get(line)
        if k is not None and mentions[k].kind is _PERSON and _full_name(mentions[k].vi):
            return mentions[k].vi
        return _titled_subject(text, line)
    return ""


# The page's title line ("= Ỷ Lan ="), and a Vietnamese name opening a line before its parenthesis.
_TITLE_LINE = re.compile(r"[ \t\n]*=+[ \t]*([^=\n]+?)[ \t]*=+[ \t]*\n")
_LINE_NAME = re.compile(r"([A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t][A-ZÀ-ỸĐ][^\W\d_]*){1,3})(?=[ \t]+\(|,?[ \t]+or[ \t])")


def _titled_subject(text: str, line: int) -> str:
    """The page's subject opening the line (at line) whose "or" alternative the title is, when no
    reader took it for a full name: a woman known by a given name alone ("Ỷ Lan (…) or Empress
    Mother Linh Nhơn (Vietnamese: Linh Nhơn hoàng thái hậu)"), the name the page's title gives."""
    title = _TITLE_LINE.match(text)
    name = _LINE_NAME.match(text, line)
    if title is None or name is None or name.group(1) != title.group(1):
        return ""
    return name.group(1) if has_vi_letters(name.group(1)) else ""
