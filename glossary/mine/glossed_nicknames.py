"""A box's glossed nickname ("Nickname: | Thành Nam (Southern Citadel)", two quoted lines under an
empty "Nickname(s):" row, one in each language) is two things (docs/gold-rules.md §10.9): each of
its forms is another name of the box's subject, and the pair itself is a term of its own (§10.8).

The box reader gives the subject both forms in one mention, flagged; clustering joins mentions that
share a form, so the pair of the same two forms, whichever reader found it and whatever kind it took
("Citadel" reads as a place's head), is kept a term apart from every name. A princely title glossed
the Vietnamese way ("Prince Chiêu Minh (Vietnamese: Chiêu Minh vương)", names/glossed_titles.py) is
flagged the same way on its holder's mention."""

from __future__ import annotations

from dataclasses import replace

from glossary.model import Kind

from .mentions import Mention, fold
from .tally import Tally

# The flag on a box subject's mention whose two other names are a nickname and its rendering.
GLOSSED_NICKNAME = "box:glossed-nickname"


def _form_key(form: str) -> str:
    """A form folded, an English article before it dropped: a gloss reader keeps the article of
    '"The Border Market" (Chợ vùng biên)', the box reader cuts it (docs/gold-rules.md §1)."""
    key = fold(form)
    return key[4:] if key.startswith("the ") else key


def _pair_key(mention: Mention) -> frozenset[str]:
    return frozenset((_form_key(mention.vi), _form_key(mention.en)))


def keep_nickname_pairs(ordered: list[Tally]) -> tuple[list[Tally], set[int]]:
    """The tallies with each glossed nickname's pair made a term, and the positions of those pairs
    (they join no person, place or body); the flag, read, is dropped (no entry shows it)."""
    nicknames = {
        frozenset(_form_key(form) for form, _ in t.mention.variants)
        for t in ordered
        if t.mention.flags and GLOSSED_NICKNAME in t.mention.flags
    }
    if not nicknames:
        return ordered, set()
    out: list[Tally] = []
    apart: set[int] = set()
    for t in ordered:
        mention = t.mention
        if mention.flags and GLOSSED_NICKNAME in mention.flags:
            t = _copy(t, replace(mention, flags=[f for f in mention.flags if f != GLOSSED_NICKNAME]))
        elif mention.vi and mention.en and _pair_key(mention) in nicknames:
            apart.add(len(out))
            if mention.kind is not Kind.TERM:
                t = _copy(t, replace(mention, kind=Kind.TERM))
        out.append(t)
    return out, apart


def _copy(t: Tally, mention: Mention) -> Tally:
    return Tally(mention, t.first, t.weight, t.count, list(t.sources), list(t.contexts))
