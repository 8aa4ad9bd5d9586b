"""A glossed nickname's rendering as a variant of what the nickname names: "nickname Lam Sơn động
chủ (Lord of Lam Son)", 'commonly referred to as "Đảng" (the Party)' (docs/gold-rules.md §10.9:
the nickname and, when the page glosses it, its rendering are variants of the entity's entry; the
glossed pair stays a term of its own, §10.8).

Clustering keeps such a pair apart from the name its Vietnamese side is a form of (it renders the
name's words, so it joins only through its English side); this gives the name's entry the English
side too, where the text introduces the Vietnamese side as a nickname. A rendering of a name's own
words ("Bảo Đại (keeper of greatness)", "Thái Bình (Great Peace)", an era name glossed) is no
nickname and stays a term only."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from glossary.model import Entry, Variant

from .cue_grammar import ARTICLE_OR_QUOTE, MEANING_CUED, NAMING_NOUNS, inflections
from .mentions import Mention

# The naming nouns (cue_grammar.NAMING_NOUNS) that give a nickname or an epithet. Not a pseudonym,
# a pen name, an alias or a party name: a name the person went by, whose words glossed are a term
# beside the entry ("under the pseudonym Nguyễn Ái Quốc (Nguyen the Patriot)", rules §10.8).
_EPITHET_NOUNS = tuple(n for n in NAMING_NOUNS if n in {"nickname", "epithet", "sobriquet", "moniker"})


@cache
def _nickname_cue() -> re.Pattern[str]:
    # What a text writes right before a nickname: an epithet noun (with "is"/"was" or a colon),
    # "referred to as", "dubbed", "nicknamed". Not "known as", which gives a ruler's posthumous or
    # temple name as often ("posthumously known as Đinh Tiên Hoàng, or 'First Dinh Emperor'", "best
    # known as Ho Chi Minh (Ho the Enlightened One)"): the rendering of such a name is a term beside
    # the person (§10.8).
    verbs = "|".join(inflections("dub") + ("nicknamed",))
    nouns = "|".join(f"[{n[0]}{n[0].upper()}]{n[1:]}" for n in _EPITHET_NOUNS)
    # 'referred to as "Đảng" (the Party) or "Đảng ta"': a later alternative of the same cue, after
    # the earlier ones (each with its gloss).
    earlier = (
        rf"(?:[A-ZÀ-ỸĐ][^\"”()\n.;]{{0,40}}[\"”]?(?:[ \t]*\([^()\n]{{0,40}}\))?"
        rf",?[ \t]+or[ \t]+{ARTICLE_OR_QUOTE})"
    )
    return re.compile(
        rf"(?:\b(?:{nouns})(?:[ \t]+(?:is|was))?|referred[ \t]+to[ \t]+as|\b(?:{verbs})"
        # "self-proclaimed Mai Hắc Đế", "proclaimed himself Mai Hắc Đế": a self-given title used as
        # the person's name (gold rules §10.13).
        r"|\bself-proclaimed|\bproclaimed[ \t]+(?:himself|herself))"
        rf"[ \t]*:?[ \t]*{ARTICLE_OR_QUOTE}{earlier}{{0,3}}$"
    )


# How far before a form its cue may stand: the cue and up to three earlier alternatives.
_REACH = 200


def cued_as_nickname(vi: str, contexts: Iterable[str]) -> bool:
    """Whether a sentence introduces the form vi as a nickname ("his nickname Lam Sơn động chủ")."""
    cue = _nickname_cue()
    for context in contexts:
        at = context.find(vi)
        while at >= 0:
            if cue.search(context, max(0, at - _REACH), at):
                return True
            at = context.find(vi, at + 1)
    return False


def add_nickname_rendering(entry: Entry, pair: Mention, contexts: Iterable[str]) -> None:
    """Add to a name's entry the English side of a glossed pair whose Vietnamese side is one of the
    entry's variants and which the text gives as a nickname; the entry's own name rendered is not."""
    own = {f.lower() for f in (entry.vi, entry.en) if f}
    vi, en = pair.vi, pair.en
    if not vi or not en or vi.lower() in own or MEANING_CUED in pair.flags:
        return
    if en.lower() in own or any(v.form.lower() == en.lower() for v in entry.variants):
        return
    if vi.lower() not in {v.form.lower() for v in entry.variants}:
        return
    if cued_as_nickname(vi, contexts):
        entry.variants.append(Variant(en))
