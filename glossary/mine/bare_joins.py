"""Joins of a name written bare to the same name with its head: a place and its unit ("Quang Ninh",
"Quang Ninh province"), a body and its head word ("Việt Minh", "Việt Minh Front")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from glossary.model import Kind
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, is_english_word

from . import gazetteer
from .keys import exact_key
from .lead import DESCRIBED_AS, PLACE_NOUNS
from .lexicon import ADMIN_UNITS
from .mentions import Mention
from .names.words import head_of
from .place_heads import unit_name
from .tally import Tally
from .union_find import UnionFind
from .unit_times import marks, other_feature, two_times

# How far into a page its title line may stand: a mirror's chrome before it ("Open main menu").
_TITLE_WITHIN = 200


def settlement_homonyms(mentions: list[Mention], tallies: Sequence[Tally]) -> set[int]:
    """The bare place names (one form each) that every sentence kept writes as a settlement ("Its
    capital is the city of Tay Ninh", "29 km southeast of Ninh Binh"), where a province or district
    bears the name: the homonymous town or city, never the unit (gold rules §9.4), so not the bare
    name of the same spelling the page also writes for the unit ("Tây Ninh ... is one of the 64
    provinces"). Clustering joins them by their key to one another only (tallies: one a mention)."""
    units: set[str] = set()
    candidates: list[tuple[int, str]] = []
    for i, mention in enumerate(mentions):
        if mention.kind is not Kind.PLACE or bool(mention.vi) == bool(mention.en):
            continue
        form = mention.vi or mention.en
        # The units' own words, told on the form's ends first: unit_name tries every head word.
        if form[-9:].lower().endswith(_HOMONYM_UNIT_ENDS) or form[:6].lower().startswith(
            _HOMONYM_UNIT_STARTS
        ):
            name, unit = unit_name(form)
            if unit in _SETTLEMENT_HOMONYMS:
                units.add(name)
                continue
        candidates.append((i, form))
    return {
        i
        for i, form in candidates
        if exact_key(form) in units and not unit_name(form)[1] and _settlement_only(tallies[i], form)
    }


def _settlement_only(tally: Tally, form: str) -> bool:
    """Whether every kept sentence of a bare name writes it after a settlement's noun or a distance
    (_SETTLEMENT_BEFORE), and all its sentences were kept."""
    if not tally.contexts or tally.count > len(tally.contexts):
        return False
    sightings = [(context, _bare_sightings(context, form)) for _, context in tally.contexts]
    return all(ats for _, ats in sightings) and all(
        _SETTLEMENT_BEFORE.search(context, 0, at) for context, ats in sightings for at in ats
    )


def join_bare_places(
    mentions: list[Mention], uf: UnionFind, tallies: Sequence[Tally] = (), settled: set[int] = frozenset()
) -> list[tuple[int, int]]:
    """Join a place written bare ("Quang Ninh", "QUẢNG NINH", "Van Don") to the same name written
    with its unit ("Quang Ninh province", "đặc khu Vân Đồn"), when only one kind of unit carries
    that name in the texts ("Ha Long ward" and "Ha Long city" would leave "Ha Long" alone). The
    tallies (one per mention, if given) hold the sentences each bare name was written in.

    Returned: the (bare mention, unit mention) pairs where a bare name joined to a city also names
    the province of the same name (second_homes): the bare form is a form of both entries. A bare
    name in settled (settlement_homonyms) joins only the name at a settlement rank ("X City")."""
    units: dict[str, set[str]] = defaultdict(set)
    owners: dict[tuple[str, object], int] = {}
    bare: list[tuple[int, str]] = []
    # Bare names the gazetteers know as a unit: "Saigon" is a ward (and the city's old name), not
    # the "Saigon River"; two places that share a name are never merged.
    units_known: set[str] = set()
    # Bare names that are an English word ("West"): the short name of a region ("the West"), never
    # of a natural feature whose name it opens ("West Lake").
    english: set[str] = set()
    # The unit a page's title gives a name ("Hà Giang province" on its first line), by page.
    titled: dict[tuple[str, str], str] = {}
    # A head written as part of the name ("Central Highlands", "Mekong Delta") is the bare name of
    # the same name with a lower-case generic word after it ("the Central Highlands region",
    # generic_heads); not of a longer name ("Phú Quốc Island" beside "Phú Quốc Island District").
    headed: list[tuple[int, str]] = []
    generic: dict[str, int] = {}
    # "the Lao Cai region", "the Binh Dinh Region": the area of the unit whose name it bears.
    regions: list[tuple[int, str]] = []
    # The mentions that write each name with each unit, and the form: to date them (unit_times).
    unit_forms: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        if mention.kind is Kind.ACRONYM:
            # "Bà Rịa–Vũng Tàu (abbreviated BRVT)": a short form of the place named with its unit.
            bare += [
                (i, exact_key(form)) for form in (mention.vi, mention.en) if form and not unit_name(form)[1]
            ]
            continue
        if mention.kind is not Kind.PLACE:
            continue
        for form in (mention.vi, mention.en):
            if not form:
                continue
            name, unit = unit_name(form)
            if unit:
                if mention.start < _TITLE_WITHIN and mention.context == form:
                    titled.setdefault((mention.path, name), unit)  # the title line is the form
                units[name].add(unit)
                unit_forms[(name, unit)].append((i, form))
                if unit == "region":
                    regions.append((i, name))
                owners.setdefault((name, unit in ADMIN_UNITS), i)
                owners.setdefault((name, unit), i)
                last = form.rpartition(" ")[2]
                if last[:1].isupper():
                    headed.append((i, exact_key(form)))
                elif unit not in ADMIN_UNITS and last == unit:
                    generic.setdefault(name, i)
            else:
                bare.append((i, exact_key(form)))
                if " " not in form and is_english_word(form):
                    english.add(exact_key(form))
                if gazetteer.lookup(form):
                    units_known.add(exact_key(form))
    for i, key in headed:
        if key in generic:
            uf.union(generic[key], i)
    for i, key in regions:
        # A region named by the one administrative unit that bears its name is that unit's area
        # (gold rules §10.12: a unit variant), as "Lào Cai province" and "the Lao Cai region".
        if len([u for u in units[key] if u in ADMIN_UNITS]) == 1:
            uf.union(owners[(key, True)], i)
    _join_settlement_ranks(units, owners, uf)
    # What a page's lead calls its subject ("Sa Pa ... is a town"), for the bare names of the same
    # concept: read before any join below moves the concepts' roots.
    said = _described(mentions, uf)
    saids = [said.get(uf.find(i)) for i, _ in bare] if said else [None] * len(bare)
    for (i, key), kinds in zip(bare, saids, strict=True):
        found = units.get(key, set())
        if i in settled:
            rank = next((u for u in _SETTLEMENT_RANKS if u in found), None)
            if rank is not None:
                uf.union(owners[(key, rank)], i)
            continue
        if kinds:
            # The subject is what its lead calls it: a unit of another kind that bears its name is
            # another place ("located in Sa Pa ward", "hills located in Ngũ Hành Sơn District").
            same = [u for u in found if _place_class(u) in kinds]
            if len(same) == 1:
                uf.union(owners[(key, same[0])], i)
            continue
        # One administrative unit carries the name ("Côn Đảo islands" does not make "đặc khu Côn
        # Đảo" another place), else one natural feature.
        admin = {u for u in found if u in ADMIN_UNITS}
        if len(admin) == 1:
            (unit,) = admin
            dated = unit_forms[(key, unit)]
            if tallies and (_other_thing(tallies[i], admin) or _dated_apart(tallies, i, dated)):
                continue
            uf.union(owners[(key, True)], i)
        elif len(admin) > 1 and titled.get((mentions[i].path, key)) in admin:
            # Two units bear the name ("Hà Giang province", "Hà Giang city"): the page's title
            # names its subject with one of them, and the bare name is that subject, unless an
            # earlier join ("Tỉnh Bạc Liêu", "Province Bạc Liêu") gave it to the other unit already:
            # the two units stay two entries (gold rules §9.4).
            subject = titled[(mentions[i].path, key)]
            root = uf.find(i)
            if not any(uf.find(owners[(key, u)]) == root for u in admin if u != subject):
                uf.union(owners[(key, subject)], i)
        elif len(admin) > 1 and (largest := _largest_unit(admin)):
            if tallies and _dated_apart(tallies, i, unit_forms[(key, largest)]):
                continue
            # Two units bear the name and no title tells which the page is about ("Ha Tinh
            # Province" and its capital "Thị xã Hà Tĩnh", "Đất Đỏ District" and "Đất Đỏ Town"): the
            # smaller is the one written with its unit to tell it apart, the bare name the larger.
            uf.union(owners[(key, largest)], i)
        elif not admin and found == {"river", "delta"} and key not in units_known:
            # A delta is named after its river: the bare name beside both is the river ("the
            # Mekong River ... the Mekong Delta ... branches of the Mekong").
            uf.union(owners[(key, "river")], i)
        elif (
            not admin
            and len(found) == 1
            and key not in units_known
            and "delta" not in found  # named after its river: "Mekong" beside "Mekong Delta"
            and (key not in english or "region" in found)
            and not (tallies and other_feature(tallies[i], _bare_sightings))
        ):
            uf.union(owners[(key, False)], i)
    if not tallies:
        return []
    unsettled = [(i, key) for i, key in bare if i not in settled]
    return _second_homes(unsettled, units, owners, uf, tallies) + _settlement_homes(
        unsettled, [(i, key) for i, key in bare if i in settled], uf, tallies
    )


def _settlement_homes(
    bare: list[tuple[int, str]], settled: list[tuple[int, str]], uf: UnionFind, tallies: Sequence[Tally]
) -> list[tuple[int, int]]:
    """The bare names joined elsewhere (to the province) that a sentence also writes as the
    settlement a settled name of the same key names ("Capital Tây Ninh" beside "Its capital is the
    city of Tay Ninh"), each with that settled name's mention: a form of both (gold rules §9.4)."""
    homes = {key: i for i, key in settled}
    out: list[tuple[int, int]] = []
    for i, key in bare:
        home = homes.get(key)
        if home is None or uf.find(home) == uf.find(i) or tallies[i].mention.kind is not Kind.PLACE:
            continue
        form = tallies[i].mention.vi or tallies[i].mention.en
        if any(
            _SETTLEMENT_BEFORE.search(context, 0, at)
            for _, context in tallies[i].contexts
            for at in _bare_sightings(context, form)
        ):
            out.append((i, home))
    return out


def _second_homes(
    bare: list[tuple[int, str]],
    units: dict[str, set[str]],
    owners: dict[tuple[str, object], int],
    uf: UnionFind,
    tallies: Sequence[Tally],
) -> list[tuple[int, int]]:
    """The bare names joined to a city (or town) that a sentence also writes as the province of the
    same name ("Hải Dương is a city … It is the capital of Hải Dương, a … province"), each with the
    province's mention: gold rules §9.4, the bare name is a form of both homonymous units where the
    page uses it for both. "The capital of X" names the larger unit (as _SETTLEMENT_BEFORE says)."""
    out: list[tuple[int, int]] = []
    for i, key in bare:
        found = units.get(key)
        if not found or "province" not in found or tallies[i].mention.kind is not Kind.PLACE:
            continue
        city = next((owners[(key, u)] for u in _SETTLEMENT_RANKS if u in found), None)
        province = owners[(key, "province")]
        root = uf.find(i)
        if city is None or uf.find(city) != root or uf.find(province) == root:
            continue
        tally = tallies[i]
        form = tally.mention.vi or tally.mention.en
        if any(
            _LARGER_BEFORE.search(context, 0, at)
            for _, context in tally.contexts
            for at in _bare_sightings(context, form)
        ):
            if (i, province) not in out:  # a mention's two forms
                out.append((i, province))
    return out


# What a sentence writes right before the bare name of the unit a settlement is the capital of.
_LARGER_BEFORE = re.compile(r"\bcapital of $")


# Settlement ranks, largest first: a city, a town (thị xã) and a township (thị trấn) bearing one name
# are one settlement at its ranks over time ("Thanh Hoa township was upgraded to Thanh Hoa City").
_SETTLEMENT_RANKS = ("city", "town", "township")


def _join_settlement_ranks(
    units: dict[str, set[str]], owners: dict[tuple[str, object], int], uf: UnionFind
) -> None:
    """Join the forms of one name at two settlement ranks ("Thanh Hóa City", "Thanh Hoa township",
    "the Thanh Hóa town") when a province bears the name too: the capital that shares its
    province's name (gold rules §9.4: two entries, the city's and the province's). There the bare
    name, which joins the ranks otherwise, is given to neither unit (_largest_unit: a city is no
    smaller than a town), and the ranks stayed apart. Without a province: no page seen."""
    for key, found in units.items():
        ranks = [u for u in _SETTLEMENT_RANKS if u in found]
        if len(ranks) < 2 or "province" not in found:
            continue
        for unit in ranks[1:]:
            uf.union(owners[(key, ranks[0])], owners[(key, unit)])


def _other_thing(tally: Tally, units: set[str]) -> bool:
    """Whether the sentences a bare place name was seen in make it another thing than the one unit
    that bears the name (gold rules §9.4 and §12: a bare name is a form of the unit only where the
    page writes it on its own as that unit). Asked only of a bare name about to join its unit."""
    if not tally.contexts or tally.count > len(tally.contexts):
        return False  # sightings whose sentences were not kept may call it anything
    mention = tally.mention
    form = mention.vi or mention.en
    sightings = [(context, _bare_sightings(context, form)) for _, context in tally.contexts]
    if not all(ats for _, ats in sightings):
        return False
    # "the provincial capital Bắc Kạn" beside "Bắc Kạn Province": written as a settlement wherever
    # it is written, the bare name is the homonymous town or city, not the province or district.
    if units <= _SETTLEMENT_HOMONYMS and all(
        _SETTLEMENT_BEFORE.search(context, 0, at) for context, ats in sightings for at in ats
    ):
        return True
    # "the secret basis of Bến Tre revolution", "the Phu Yen group": a name that only ever modifies
    # a noun after it names the thing that noun is, not the unit (§12, "a name inside a term"). Not
    # in a box row, whose value is a form wherever it holds the name (§12), and not before the
    # unit's own adjective ("the Bac Thai provincial board" is the province's).
    return all(
        not _BOX_ROW.match(context) and all(_modifies_next(context, at + len(form)) for at in ats)
        for context, ats in sightings
    )


def _dated_apart(tallies: Sequence[Tally], i: int, forms: list[tuple[int, str]]) -> bool:
    """Whether the page dates a bare place name and the same name with its unit (forms: the
    mentions that write it so) to two times ("born in Gò Công" beside "what is now Gò Công city"):
    two places (unit_times). Every sentence of each must have been kept."""
    tally = tallies[i]
    if not tally.contexts or tally.count > len(tally.contexts):
        return False
    form = tally.mention.vi or tally.mention.en
    bare = [
        marks(c, at, at + len(form), form)
        for _, c in tally.contexts
        for at in _bare_sightings(c, form)
        if not _names_a_site(c, at + len(form))
    ]
    unit: list[int] = []
    for j, written in forms:
        other = tallies[j]
        if other.count > len(other.contexts):
            return False
        for _, context in other.contexts:
            at = context.find(written)
            while at >= 0:
                unit.append(marks(context, at, at + len(written), form))
                at = context.find(written, at + len(written))
    return two_times(bare, unit)


def _names_a_site(text: str, end: int) -> bool:
    """Whether the name that ends at text[end] is followed by a lower-case place noun: the name of
    another place ("Hà Nội citadel") or the unit's own form ("what is now Gò Công city")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1) in PLACE_NOUNS


def _bare_sightings(context: str, form: str) -> list[int]:
    """Where a sentence writes form on its own, not as the start of a longer name."""
    out = []
    at = context.find(form)
    while at >= 0:
        end = at + len(form)
        if not _runs_on(context, end):  # not "Bắc Kạn Province", the unit's own form
            out.append(at)
        at = context.find(form, end)
    return out


def _runs_on(text: str, end: int) -> bool:
    """Whether a name that ends at text[end] runs on into a longer one: a letter right after it, or
    a capitalised word after a space or a hyphen ("Bắc Kạn Province", "Bắc Kạn-Thái Nguyên")."""
    after = text[end : end + 2]
    return bool(after) and (after[0].isalpha() or after[0] in " -" and after[1:].isupper())


def _modifies_next(text: str, end: int) -> bool:
    """Whether the name that ends at text[end] is followed by a lower-case word that reads as the
    noun it modifies: no function word, no verb form ("lies", "ranked", "being"), no adverb, and
    not the unit's own adjective."""
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return False
    low = word.group(1)
    return not (
        low in ENGLISH_FUNCTION_WORDS or low in _UNIT_ADJECTIVES or low.endswith(("s", "ed", "ly", "ing"))
    )


# Units that share their name with a settlement in them (a province or district and its capital).
_SETTLEMENT_HOMONYMS = frozenset({"province", "district"})
_HOMONYM_UNIT_ENDS = tuple(" " + unit for unit in sorted(_SETTLEMENT_HOMONYMS))
_HOMONYM_UNIT_STARTS = tuple(ADMIN_UNITS[unit] + " " for unit in sorted(_SETTLEMENT_HOMONYMS))
# What a sentence writes right before a settlement's bare name: the settlement noun it names ("the
# city of X", "the provincial capital X", "Its capital is X"; never "the capital of X", which is the
# larger unit) or the point a distance is measured to ("29 km southeast of X", "45 km to X").
_SETTLEMENT_BEFORE = re.compile(
    r"(?:\b(?:city|town|township)(?: of)?|\bcapital(?: is| was)?"
    r"|\b(?:km|kilometres|kilometers|miles)(?: (?:north|south|east|west)(?:east|west)?)?(?: of| from| to))"
    r" $",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# A box row or a labelled line ("- Map: …", "Province: …", "Born | … |").
_BOX_ROW = re.compile(r"[-*]? ?[A-Z][\w ]{0,30}:|.* \| ")
# The adjectives of the units: "X provincial committee" is the province's.
_UNIT_ADJECTIVES = frozenset({"provincial", "district", "municipal", "communal"})


# Administrative units by size, largest first. A bare name goes to the larger only past a town
# ("Thị xã Hà Tĩnh", "Đất Đỏ Town"): a city is called by its bare name as often as the province it
# is the capital of, and two units of one rank (a ward and a commune) are not told apart.
_UNIT_RANKS = {
    "province": 0,
    "city": 1,
    "special zone": 1,
    "district": 2,
    "town": 3,
    "township": 4,
    "ward": 5,
    "commune": 5,
    "village": 6,
}


_TOWN_RANK = _UNIT_RANKS["town"]


def _largest_unit(units: set[str]) -> str:
    """The unit of a set of administrative units that outranks every other, all of them a town or
    smaller, or ""."""
    ranked = sorted(units, key=lambda u: _UNIT_RANKS.get(u, 9))
    if _UNIT_RANKS.get(ranked[0], 9) < _TOWN_RANK <= min(_UNIT_RANKS.get(u, 9) for u in ranked[1:]):
        return ranked[0]
    return ""


# Settlements a page may call by any of these words ("Hội An is a city ... Hội An town"); a lead's
# "capital", "municipality" or "metropolis" is a settlement too, whatever it is the capital of: the
# unit bearing its name is a city or a town, never a district or a province ("Hoa Lư was the capital
# of Vietnam": "Hoa Lư District" is another place).
_SETTLEMENTS = frozenset("city town township capital municipality metropolis settlement".split())
# Natural features a lead may call by another word than the name's head ("X is a peak").
_FEATURES = {"peak": "mountain", "volcano": "mountain", "mount": "mountain"}


def _place_class(noun: str) -> str:
    """The kind of place a noun names, in one form: "hills" = "hill", "city" = "town", "capital" =
    "town", "peak" = "mountain"."""
    if noun.endswith("s") and noun[:-1] in PLACE_NOUNS:
        noun = noun[:-1]
    return "town" if noun in _SETTLEMENTS else _FEATURES.get(noun, noun)


def _described(mentions: list[Mention], uf: UnionFind) -> dict[int, set[str]]:
    """The kinds of place a lead calls its subject (lead.DESCRIBED_AS flags), by concept root."""
    out: dict[int, set[str]] = defaultdict(set)
    for i, mention in enumerate(mentions):
        if mention.flags:
            for flag in mention.flags:
                if flag.startswith(DESCRIBED_AS):
                    out[uf.find(i)].add(_place_class(flag[len(DESCRIBED_AS) :]))
    return out


def join_headed_organisations(mentions: list[Mention], uf: UnionFind) -> None:
    """Join an organisation named without a head word ("Việt Minh", a name of two words or more)
    to the same name with one at its end ("Việt Minh Front"): the head names what it is. A name
    that has a head already is another body with one more ("National Assembly Office")."""
    bare: dict[str, int] = {}
    headed: list[tuple[int, str]] = []
    for i, mention in enumerate(mentions):
        if mention.kind is Kind.ACRONYM:
            # A short form of two words or more ("Việt Minh" for "Việt Nam Độc lập Đồng minh Hội")
            # is the body's name written bare: "Việt Minh Front" names the same body.
            words = mention.abbr.split() if mention.abbr else []
            if len(words) >= 2 and not any(head_of(w) for w in words):
                bare.setdefault(exact_key(mention.abbr), i)
            continue
        if mention.kind is not Kind.ORGANISATION:
            continue
        for form in (mention.vi, mention.en):
            words = form.split() if form else []
            if len(words) < 2 or any(head_of(w) for w in words[:-1]):
                continue
            if head_of(words[-1]) == "org":
                if len(words) > 2:
                    headed.append((i, exact_key(" ".join(words[:-1]))))
            else:
                bare.setdefault(exact_key(form), i)
    for i, key in headed:
        if key in bare:
            uf.union(bare[key], i)
