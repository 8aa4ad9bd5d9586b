"""Princely titles a man is known by: the title name his page also calls him by, joined to him.

Three shapes, read once the name reader has the text's people:

- "Prince Trung Vũ Trần Thủ Độ" (the rules cut the person Trần Thủ Độ, the whole form his title
  variant) and elsewhere "Prince Trung Vũ" alone: the title form alone is his other name, not a
  second person "Trung Vũ". Without the title form written alone the title name stays inside the
  title variant; a consort's or a ruler's rank ("Lady Linh Từ Trần Thị Dung") joins nothing.
- "Nguyễn Phúc Hồng Cai, Prince of Kiên Thái": a princely title in apposition after a person's name
  (the title ending the name run) is his other name.
- "the Prince of Hưng Đạo" or "Prince Hưng Đạo" where the page names "Trần Hưng Đạo": a prince is
  called by his clan's family name before his title name, so the two are one man.
- "Marquis Hoài Văn, better known as Trần Quốc Toản": the alias reader joins the title name (without
  its rank) to the full name; every mention of the title name is then the full name's, its titled
  form ("Marquis Hoài Văn") his other name. The same when a full name's other name is a princely
  title ("Prince Chiêu Minh", from names/glossed_titles.py) or a two-word name the page also writes
  after a princely rank ("pen name Chiêu Thánh" and "entitled as Princess Chiêu Thánh").
- "Hoàng Thị Cúc, Empress Mother Đoan Huy" ending a line (a box's cell): the titled name after the
  comma is the same woman's, not a second person "Đoan Huy".

Run over all of a text's mentions (the alias readers' too), before clustering.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from glossary.model import Kind, VariantType

from ..lexicon import is_family_name
from ..mentions import Mention, literal_hits
from .words import is_title

_PERSON = Kind.PERSON
_TITLE = VariantType.TITLE
_OTHER = VariantType.OTHER

# Ranks of princes and lords whose title names stand for the men who hold them. Not "King" or
# "Emperor" (a ruler's era or temple name is read elsewhere), nor "Lady" (a consort's rank).
PRINCELY = ("Prince", "Princess", "Duke", "Marquis")
# Found in the page in lower case by the cue words' shared scan (mentions.literal_hits), not by a
# search of the page of its own for each rank.
_RANK_OF = tuple(rank.lower() + " of " for rank in PRINCELY)
# The title name after "<Rank> of ": capitalised words on one line, as many as there are (a fourth
# is the name of the next man: "Duke of Thuận An Nguyễn Phúc Hy").
_NAME_RUN = re.compile(r"[A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t]+[A-ZÀ-ỸĐ][^\W\d_]*)*")
# The word right after that run.
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _title_name(form: str, name: str) -> str:
    """The title name a titled full name opens with after its title words, one of them a princely
    rank ("Trung Vũ" of "Prince Trung Vũ Trần Thủ Độ", name "Trần Thủ Độ"): two words or more of
    no title, or "". A ruler's ("Emperor Gia Long Nguyễn Phúc Ánh") is his reign's name, the name
    the page calls him by, which stays his own entry."""
    if not form.endswith(" " + name):
        return ""
    words = form[: -len(name) - 1].split()
    k = 0
    while k < len(words) and is_title(words[k]):
        k += 1
    if len(words) - k < 2 or not any(word in PRINCELY for word in words[:k]):
        return ""
    return " ".join(words[k:])


@lru_cache(maxsize=65536)
def _clan_name(name: str) -> str:
    """The name after the family name of a full name of three words or more ("Hưng Đạo" of "Trần
    Hưng Đạo"), or ""."""
    family, _, rest = name.partition(" ")
    return rest if " " in rest and is_family_name(family) else ""


def _other_title_name(text: str, form: str, name: str) -> str:
    """The title name an other name of a full name gives, or "": its own title name when it is a
    princely title ("Prince Chiêu Minh" of "Trần Quang Khải", the glossed title's form), or a
    two-word name the text also writes after a princely rank ("Chiêu Thánh", a pen name of "Lý Phật
    Kim", who "was entitled as Princess Chiêu Thánh")."""
    if not is_family_name(name.partition(" ")[0]):
        return ""
    rank, _, title = form.partition(" ")
    if rank in PRINCELY:
        return title if " " in title and not title.startswith("of ") else ""
    if form.count(" ") == 1 and not is_family_name(rank) and _ranked(text, form):
        return form
    return ""


def _apposed(text: str, m: Mention, ends: dict[int, Mention]) -> str:
    """The full name of the person a titled two-word name m is written after, with a comma
    ("Hoàng Thị Cúc, Empress Mother Đoan Huy"), or ""."""
    for form, vtype in m.variants:
        if vtype is _TITLE and form.endswith(" " + m.vi):
            start = m.start - len(form) + len(m.vi)
            owner = ends.get(start - 2) if text[start - 2 : start] == ", " else None
            if owner is not None:
                return owner.vi
    return ""


def _ranked(text: str, name: str) -> bool:
    """Whether the text writes name after a princely rank ("Marquis Hoài Văn")."""
    return any(f"{rank} {name}" in text for rank in PRINCELY)


def join_title_names(text: str, lower: str, mentions: list[Mention]) -> list[Mention]:
    """mentions with the title names of the text's people joined to them (see the module); lower
    is the text in lower case."""
    held: dict[str, str] = {}  # "Trung Vũ" -> "Trần Thủ Độ"
    clans: dict[str, Mention] = {}  # "Hưng Đạo" -> the mention of "Trần Hưng Đạo"
    named: list[int] = []  # mentions of a two-word name, which may be a title name
    for k, m in enumerate(mentions):
        if m.kind is not _PERSON or " " not in m.vi:
            continue
        for form, vtype in m.variants:
            if vtype is _TITLE and (title := _title_name(form, m.vi)):
                held[title] = m.vi
            elif vtype is _OTHER and (title := _other_title_name(text, form, m.vi)):
                held.setdefault(title, m.vi)
        if m.vi.count(" ") >= 2:
            if clan := _clan_name(m.vi):
                clans.setdefault(clan, m)
        else:
            named.append(k)
    # "Marquis Hoài Văn, better known as Trần Quốc Toản": a title name another reader gave a full
    # name for.
    ends: dict[int, Mention] | None = None
    for k in named:
        m = mentions[k]
        if m.vi not in held and m.variants:
            full = next((f for f, t in m.variants if t is _OTHER and _clan_name(f)), "")
            if full and _ranked(text, m.vi):
                held[m.vi] = full
            elif text[m.end : m.end + 1] in ("\n", ""):
                # "Hoàng Thị Cúc, Empress Mother Đoan Huy" ending a box cell's line: her title.
                if ends is None:
                    ends = {p.end: p for p in mentions if p.kind is _PERSON and _clan_name(p.vi)}
                if owner := _apposed(text, m, ends):
                    held[m.vi] = owner
    out = mentions
    if held or clans:
        for k in named:
            m = out[k]
            full = held.get(m.vi)
            clan = clans.get(m.vi)
            if clan is not None and not _ranked(text, m.vi):
                clan = None
            if full is None and clan is None:
                continue
            forms = [(f, _OTHER) for f, t in m.variants if t is _TITLE and f.endswith(" " + m.vi)]
            if clan is not None:
                clan.variants = [*clan.variants, *(form for form in forms if form not in clan.variants)]
                full = full or clan.vi
            others = [(f, t) for f, t in m.variants if t is _OTHER and f != full]
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, vi=full, variants=[*forms, *others])
    hits = literal_hits(lower, _RANK_OF)
    if hits:
        _ranks_of(text, hits, out, clans)
    return out


def _goes_on(text: str, end: int) -> bool:
    """Whether a Vietnamese syllable in lower case follows a title name's capitalised run at end:
    the name goes on uncapitalised ("Marquis of Thượng vị Lê Tông"), so the run is not all of it and
    names no one's title (an English word after it, "Prince of Kiên Thái was", is ASCII)."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).islower() and not word.group(1).isascii()


def _ranks_of(text: str, hits: list[int], mentions: list[Mention], clans: dict[str, Mention]) -> None:
    """ "X, Prince of Y" and "the Prince of Y" at hits (see the module): the title form made a
    variant of the person it names, in place."""
    ends: dict[int, Mention] | None = None
    for at in hits:
        # The rank capitalised ("the prince of the realm" is none), at the same offset in the text
        # (lower case may be longer before it when the page has exotic letters).
        of = text.find(" of ", at, at + 12)
        if of < 0 or not text[at : at + 1].isupper() or text[at:of].lower() + " of " not in _RANK_OF:
            continue
        run = _NAME_RUN.match(text, of + 4)
        if run is None or run.group().count(" ") > 2 or _goes_on(text, run.end()):
            continue
        form = text[at : run.end()]
        owner = None
        if text[at - 2 : at] == ", ":
            if ends is None:
                ends = {m.end: m for m in mentions if m.kind is _PERSON and m.vi}
            owner = ends.get(at - 2)
        if owner is None:
            owner = clans.get(run.group())
        if owner is not None and (form, _OTHER) not in owner.variants:
            owner.variants = [*owner.variants, (form, _OTHER)]
