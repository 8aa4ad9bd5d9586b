"""When a term pair renders a name's words rather than naming the thing: such a pair joins a
place's, a body's or a person's entry only through its English side (docs/gold-rules.md §10.8)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from glossary.model import VariantType
from glossary.vietnamese import is_english_word

from .cue_grammar import meaning_before
from .join_keys import GROUP
from .keys import keys
from .mentions import Mention
from .names.words import head_of, is_title
from .tally import Tally


def renders(en: str) -> bool:
    """Whether a gloss's English side renders words ("Lord of Lam Son", "Nguyen the Patriot": a
    word in lower case or an English word) rather than spelling a name another way ("Li Yuanji")."""
    words = en.split()
    return any(not w[:1].isupper() or _english(w) for w in words)


def _english(word: str) -> bool:
    # "Great-grandfather": a compound of English words is English, though no word list holds it.
    return is_english_word(word) or "-" in word and all(is_english_word(p) for p in word.split("-"))


def word_rendering(en: str, contexts: Iterable[str]) -> bool:
    """Whether a pair's English side is plainly a rendering of words and no place's or body's
    English name: in lower case ("five elements mountains"), a head word alone, which says what
    kind of thing is named but not which ("Đảng" (the Party)), or what a rendering cue introduces
    ('lit. "Rising Dragon"', 'meant "where the Sky remains"', read in the sentences clustering
    keeps). A place's or a body's English name often renders words too ("Perfume River", "National
    Founding"), so anything else may still be the thing's name."""
    words = en.split()
    if all(w.islower() for w in words):
        return True
    if len(words) == 1 and head_of(en) in ("org", "place"):
        return True
    for context in contexts:
        at = context.find(en)
        while at > 0:
            if meaning_before(context, at):
                return True
            at = context.find(en, at + 1)
    return False


def alias_keys(mentions: list[Mention]) -> set[str]:
    """The keys of the other names a place or a body is given beside its own ("When founded the
    temple was named Khai Quoc", "also recognized as the Vietnamese Army"): a rendering of such a
    name ("Khai Quoc (National Founding)") renders the alias, not the thing's own name, so it is a
    term pair beside the thing's entry (docs/gold-rules.md §10.8). A name the text also defines as
    a place's or a body's own (glossed, or expanding an acronym: "Vietnam People's Army (VPA;
    Vietnamese: ...)") is no alias, whatever a later sentence puts beside it."""
    aliases: set[str] = set()
    own: set[str] = set()
    for mention in mentions:
        if GROUP[mention.kind] not in ("place", "org"):
            continue
        if mention.abbr or (mention.en and mention.vi):
            own.update(key for form in (mention.en, mention.vi) if form for key in keys(form))
        forms = [form for form, kind in mention.variants if kind is VariantType.OTHER]
        if forms:
            named = {key for form in (mention.en, mention.vi) if form for key in keys(form)}
            aliases.update(key for form in forms for key in keys(form) if key not in named)
    return aliases - own


def split_alias_renderings(ordered: list[Tally], aliases: set[str]) -> tuple[list[Tally], set[int]]:
    """A pair that gives an alias with its rendering ("the Vietnamese Army (Vietnamese: Quân đội
    Việt Nam, lit. 'Military of Vietnam')") is two things: the alias, which joins the thing's
    entry, and the rendering of its Vietnamese words, a term pair apart (§10.8). The rendering of
    a thing's own name stays a gloss variant of it (§10.6). Returned with the positions of the
    renderings: they join only through their English side, their Vietnamese side being the
    alias's."""
    out: list[Tally] = []
    renderings: set[int] = set()
    for t in ordered:
        mention = t.mention
        glosses = [form for form, kind in mention.variants if kind is VariantType.GLOSS]
        if not (
            glosses
            and GROUP[mention.kind] == "term"
            and mention.en
            and mention.vi
            and any(not keys(form).isdisjoint(aliases) for form in (mention.en, mention.vi))
        ):
            out.append(t)
            continue
        kept = [v for v in mention.variants if v[1] is not VariantType.GLOSS]
        out.append(_copy_tally(t, replace(mention, variants=kept)))
        for form in glosses:
            renderings.add(len(out))
            out.append(_copy_tally(t, replace(mention, en=form, variants=[])))
    return out, renderings


def _copy_tally(t: Tally, mention: Mention) -> Tally:
    return Tally(mention, t.first, t.weight, t.count, list(t.sources), list(t.contexts))


def renders_alias(vi: str, aliases: set[str]) -> bool:
    """Whether a pair's Vietnamese side is another name a place or a body is given (alias_keys)."""
    return not keys(vi).isdisjoint(aliases)


def is_office(en: str) -> bool:
    """Whether an English form is a run of capitalised words ending with a person's title ("Communist
    Party General Secretary"); "League for the King" names a body that serves one."""
    words = en.split()
    return all(w[:1].isupper() for w in words) and is_title(words[-1]) and head_of(words[-1]) is None
