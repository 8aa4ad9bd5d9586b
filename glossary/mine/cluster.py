"""Clustering: mentions from every text -> one candidate Entry per concept.

Mentions are joined when they share a matching key (join_keys.py) within compatible kinds; a term
pair that renders a name's words joins it only through its English side (renderings.py); a bare
name joins the same name with its unit or head (bare_joins.py). Each concept is then built into an
entry (entry_build.py). Forms are tidied before (form_tidy.py, called by the pipeline).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from glossary.model import Entry, Kind
from glossary.vietnamese import has_vi_letters, is_english_word

from .bare_joins import join_bare_places, join_headed_organisations, settlement_homonyms
from .cue_grammar import MEANING_CUED
from .entry_build import build_entry
from .glossed_nicknames import keep_nickname_pairs
from .join_keys import GROUP, join_keys, marked_term_keys
from .keys import exact_key, keys
from .mentions import Mention, fold
from .misspellings import as_spelling, misspelt
from .name_chains import initials
from .names.words import head_of
from .nickname_renderings import add_nickname_rendering
from .renderings import alias_keys, is_office, renders, renders_alias, split_alias_renderings, word_rendering
from .short_forms import is_short_form
from .tally import Tallies, Tally, tally
from .union_find import UnionFind

# The mark on the keys of a settlement's bare name that a province or district also bears.
_SETTLEMENT_KEY = "#settlement"


def cluster(mentions: list[Mention], caps: dict[str, int] | None = None) -> list[Entry]:
    """Group mentions into concepts and build one candidate Entry for each."""
    return cluster_tallies(tally(mentions), caps)


def cluster_tallies(tallies: Tallies, caps: dict[str, int] | None = None) -> list[Entry]:
    """Group tallied mentions into concepts and build one candidate Entry for each."""
    caps = caps or {}
    ordered = [t for t in tallies.ordered() if not _owned_body(t.mention)]
    aliases = alias_keys([t.mention for t in ordered])
    renderings: set[int] = set()
    if aliases:
        ordered, renderings = split_alias_renderings(ordered, aliases)
    # A box's glossed nickname: its pair is a term beside the subject that holds both its forms.
    ordered, nickname_pairs = keep_nickname_pairs(ordered)
    mentions = [t.mention for t in ordered]
    uf = UnionFind(len(mentions))
    owner: dict[tuple[str, str], int] = {}
    term_keys: list[tuple[int, set[str]]] = []
    weak: list[tuple[int, tuple[str, ...]]] = []
    toned: dict[str, list[int]] = defaultdict(list)  # plain Vietnamese key -> marked mentions
    bare_keys: dict[int, set[str]] = {}  # a term written without an English side -> its keys
    # "Its capital is the city of Tay Ninh" beside "Tây Ninh ... is one of the 64 provinces": the
    # settlement's bare name joins the other names of the settlement only (bare_joins).
    settled = settlement_homonyms(mentions, ordered)
    for i, mention in enumerate(mentions):
        group = GROUP[mention.kind]
        mention_keys = (
            join_keys(mention, (c for _, c in ordered[i].contexts))
            if i not in renderings
            else set(keys(mention.en))
        )
        if i in settled:
            mention_keys = {key + _SETTLEMENT_KEY for key in mention_keys}
        # A hashtag ("#HaLongBay") is written for a feed, not as the name: it joins no name.
        if group == "term" and mention.origin != "hashtag":
            term_keys.append((i, mention_keys))
            if mention.vi and has_vi_letters(mention.vi) and i not in renderings:
                mention_keys, weak_keys = marked_term_keys(mention, mention_keys)
                weak.append((i, weak_keys))
                toned[weak_keys[0]].append(i)
        # A meaning pair ("Đông Dương thuộc Pháp" literally "Bronze Ocean under French Control") is
        # a term beside the name's own pair with the same Vietnamese side (rules §10.8).
        slot_group = "meaning" if group == "term" and MEANING_CUED in mention.flags and mention.en else group
        if group == "term" and not mention.en:
            bare_keys[i] = set(mention_keys)
        for key in mention_keys:
            slot = (slot_group, key)
            if slot in owner:
                uf.union(owner[slot], i)
            else:
                owner[slot] = i
    # A marked term still joins the same word written without marks or an English side alone.
    for i, weak_keys in weak:
        for key in weak_keys:
            if ("term", key) in owner:
                uf.union(owner[("term", key)], i)
        # A word left untranslated with other marks than the glossed one ("les phù et les huyên" in
        # a French quote beside "phủ (prefectures)") is that word when no mention has its own marks.
        others = [j for j in toned[weak_keys[0]] if j != i]
        if others and not mentions[i].en and not any(uf.find(j) == uf.find(i) for j in others):
            uf.union(others[0], i)
    # A gloss whose English side is a name joins that name ("Imperial Citadel of Thang Long"). A
    # pair whose English side renders the words of a name is joined only through that English side:
    # its Vietnamese side, also a person's, a place's or a body's own name ("nickname Lam Sơn động
    # chủ (Lord of Lam Son)", "Ngũ Hành Sơn ('five elements mountains')", "Thăng Long (Rising
    # Dragon)"), is held by both, the pair staying a term beside the thing's own entry (docs/gold-
    # rules.md §10.8). A place's or a body's English name often renders words too ("Perfume River"),
    # so for them only a plain rendering is kept apart (word_rendering).
    named_pairs: set[tuple[str, str]] | None = None  # worked out when a meaning pair asks
    # A rendering kept apart from the name its Vietnamese side is a form of: (pair, name) mentions.
    held: list[tuple[int, int]] = []
    for i, mention_keys in term_keys:
        if i in nickname_pairs:
            continue
        mention = mentions[i]
        pair = bool(mention.en and mention.vi)
        # Worked out only when a key matches: the keys a rendering joins through, by group kind.
        through: dict[bool, set[str] | frozenset[str]] = {}
        office: bool | None = None
        for key in mention_keys:
            for group in ("place", "org", "person"):
                slot = (group, key)
                if slot not in owner:
                    continue
                if pair:
                    person = group == "person"
                    if not person:
                        # "Nguyễn Phú Trọng, the Communist Party General Secretary": an English side
                        # that is an office is never a body's or a place's name, whatever a reader
                        # took it for.
                        if office is None:
                            office = is_office(mention.en)
                        if office:
                            continue
                    if not person and mention.kind is Kind.TERM and MEANING_CUED in mention.flags:
                        # 'Sơn Nam (山南), meant "Southern Mountains"': the meaning of a name's words
                        # joins the place or body through neither side, not even the English one a
                        # name reader took out of the quotation; unless the text also gives the same
                        # two forms as the body's own pair ("Việt Nam Quốc Dân Đảng (...; lit.
                        # 'Vietnamese Nationalist Party'), abbreviated VNQDĐ": its own name, §10.6).
                        if named_pairs is None:
                            named_pairs = _named_pairs(mentions)
                        if (mention.vi.lower(), mention.en.lower()) not in named_pairs:
                            continue
                    if person not in through:
                        rendering = renders(mention.en) and (
                            person
                            or word_rendering(mention.en, (c for _, c in ordered[i].contexts))
                            or renders_alias(mention.vi, aliases)
                        )
                        through[person] = keys(mention.en) if rendering else mention_keys
                        if not person and _renders_unmarked_name(mention):
                            # Not even through the English side, which a name reader may have
                            # taken out of the parenthesis as a place ("Historical Crossing").
                            through[person] = frozenset()
                    if key not in through[person]:
                        if through[person] is not mention_keys and through[person]:
                            held.append((i, owner[slot]))
                        continue
                uf.union(owner[slot], i)
    _join_spellings_across_kinds(mentions, uf)
    # "Ho Chi Ming City" beside "Ho Chi Minh City" on one page: a slip, the name's spelling variant.
    odd = dict(misspelt(ordered))
    for i, j in odd.items():
        uf.union(i, j)
    # A place's defined short form ("Bà Rịa–Vũng Tàu (abbreviated BRVT)") joins the place.
    for i, mention in enumerate(mentions):
        if mention.kind is Kind.ACRONYM:
            for key in join_keys(mention):
                if ("place", key) in owner:
                    uf.union(owner[("place", key)], i)
    for i, weak_keys in weak:
        if i in bare_keys:
            bare_keys[i].update(weak_keys)
    _join_bare_to_meanings(mentions, term_keys, bare_keys, owner, uf)
    second_homes = join_bare_places(mentions, uf, ordered, settled)
    join_headed_organisations(mentions, uf)
    groups: dict[int, list[Tally]] = defaultdict(list)
    for i, t in enumerate(ordered):
        groups[uf.find(i)].append(as_spelling(t) if i in odd else t)
    # A bare name that is a form of two homonymous units ("Hải Dương" the city and the province) is
    # a form of both concepts: the second holds the bare form alone, not what else its mention
    # gives (the city's "Hải Dương city" beside it), in its place by position.
    for i, unit in second_homes:
        _add_bare(groups[uf.find(unit)], ordered[i])
    built = {root: build_entry(members, caps) for root, members in sorted(groups.items())}
    for i, j in held:
        root = uf.find(j)
        if uf.find(i) != root and mentions[j].kind is not Kind.TERM:
            # The cue may stand where the name is given ("self-proclaimed Mai Hắc Đế") and the gloss
            # elsewhere (a box's "Title: Mai Hắc Đế, (Mai the Black Emperor)"): both forms' sentences.
            contexts = [c for _, c in ordered[i].contexts] + [c for _, c in ordered[j].contexts]
            add_nickname_rendering(built[root], mentions[i], contexts)
    return [e for e in built.values() if e.en or e.vi]


def _join_bare_to_meanings(
    mentions: list[Mention],
    term_keys: list[tuple[int, set[str]]],
    bare_keys: dict[int, set[str]],
    owner: dict[tuple[str, str], int],
    uf: UnionFind,
) -> None:
    """A term written bare ("Bánh" in a heading) joins the meaning pair of the same word ("bánh,
    meaning cake") when it joined no other pair: the meaning pair keeps apart only from the name's
    own pair (its slots are "meaning", not "term")."""
    plain_pairs: dict[tuple[str, str], int] = {}
    for i, _ in term_keys:
        m = mentions[i]
        if m.en and m.vi and MEANING_CUED not in m.flags:
            plain_pairs.setdefault((fold(m.vi), fold(m.en)), i)
    # The same two forms read once with the meaning cue and once without ('"rễ tre", literally
    # "bamboo roots"' read by two readers) are one pair.
    for i, _ in term_keys:
        m = mentions[i]
        if m.en and m.vi and MEANING_CUED in m.flags:
            twin = plain_pairs.get((fold(m.vi), fold(m.en)))
            if twin is not None:
                uf.union(twin, i)
    paired = {uf.find(i) for i, _ in term_keys if mentions[i].en and MEANING_CUED not in mentions[i].flags}
    for i, found in bare_keys.items():
        if uf.find(i) in paired:
            continue
        for key in sorted(found):
            if ("meaning", key) in owner:
                uf.union(owner[("meaning", key)], i)
                break


def _join_spellings_across_kinds(mentions: list[Mention], uf: UnionFind) -> None:
    """Join a name written with marks and the same name written without them on one page when the
    readers gave the two other kinds ("Âu Cơ" a place by a gazetteer, "Au Co" a body by the word
    "Co"): one page's one name spelt two ways is one thing, whatever each reader guessed it was."""
    marked: dict[tuple[str, str], list[int]] = defaultdict(list)
    plain: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.origin != "name" or GROUP[m.kind] == "term" or m.abbr or bool(m.vi) == bool(m.en):
            continue
        form = m.vi or m.en
        if " " not in form:
            continue  # one word may be a short form of two things
        slot = (m.path, exact_key(form))
        (marked if has_vi_letters(form) else plain)[slot].append(i)
    for slot, unmarked in plain.items():
        for i in marked.get(slot, ()):
            for j in unmarked:
                if GROUP[mentions[i].kind] != GROUP[mentions[j].kind]:
                    uf.union(i, j)


def _add_bare(members: list[Tally], t: Tally) -> None:
    """Add to a concept's tallies, by position, a copy of a tally holding its mention's own form
    alone."""
    bare = Tally(
        replace(t.mention, variants=[], flags=[]),
        t.first,
        t.weight,
        t.count,
        list(t.sources),
        list(t.contexts),
    )
    members.append(bare)
    members.sort(key=lambda m: m.first)


def _renders_unmarked_name(mention: Mention) -> bool:
    """Whether a pair renders, word for word in English words, a name written without marks ("Vinh
    Loi (Honored Ford)"): the unmarked name is itself the place's English name on the page, so the
    rendering is no other English name of it but a term beside it (docs/gold-rules.md §10.8), and
    joins no place or body. An English side ending in a place's or a body's head word is left
    alone: it may be the thing's own English name ("Song Huong (Perfume River)")."""
    words = mention.en.split()
    return (
        not has_vi_letters(mention.vi)
        and all(is_english_word(w) for w in words)
        # "Song Huong (Perfume River)": a head word says it is the place's own English name.
        and head_of(words[-1]) is None
    )


def _named_pairs(mentions: list[Mention]) -> set[tuple[str, str]]:
    """The (Vietnamese, English) pairs, in lower case, that a place's or a body's mentions give as
    its own two names (a glossed name, an acronym's long forms)."""
    return {
        (m.vi.lower(), m.en.lower())
        for m in mentions
        if m.vi and m.en and m.kind is not Kind.TERM and GROUP[m.kind] in ("place", "org")
    }


def _owned_body(mention: Mention) -> bool:
    """Whether a mention names a short form only by bodies whose own short forms end with it: "the
    main ground force of the RVN was commonly called the Army of the Republic of Vietnam" gives
    the RVN's army (ARVN), not another name of the RVN, which a reader took the owner for."""
    short = mention.en or mention.vi
    if not mention.variants or mention.abbr or not is_short_form(short) or " " in short:
        return False
    for form, _ in mention.variants:
        spelt = {initials(form), initials(form, viet_nam=True)}
        if not any(len(s) > len(short) and s.endswith(short) for s in spelt):
            return False
    return True
