"""A place form's unit or head word ("Quang Ninh province", "tỉnh Quảng Ninh", "Lô River"): split
off to join a bare name to it, or to read the name's initials."""

from __future__ import annotations

from .keys import exact_key
from .lexicon import ADMIN_UNITS, NATURAL_HEADS, VI_PLACE_GENERICS

# Units and natural features that may follow a bare name ("Lô River", "Yunnan province", "Southeast
# region"), and the Vietnamese generic words that may open one ("sông Lô"), with the English head.
_EN_HEADS = sorted(set(ADMIN_UNITS) | NATURAL_HEADS, key=len, reverse=True)
_VI_HEADS = sorted(
    [(vi, en) for en, vi in ADMIN_UNITS.items()]
    + [(vi, en) for vi, en in VI_PLACE_GENERICS.items() if en in NATURAL_HEADS],
    key=lambda p: -len(p[0]),
)


def without_craft(name: str) -> str:
    """A village's name without the lower-case word naming its craft or age ("Bat Trang pottery"
    of "Bat Trang pottery village" -> "Bat Trang")."""
    head, _, last = name.rpartition(" ")
    return head if head and last.islower() else name


def named_by_craft(form: str) -> bool:
    """Whether a place form is a village named with its craft or age ("Bat Trang pottery village")."""
    words = form.split()
    return len(words) >= 3 and words[-1].lower() == "village" and words[-2].islower()


def without_unit(form: str) -> str:
    """A place form without its unit or head word ("Bà Rịa–Vũng Tàu province" -> "Bà Rịa–Vũng Tàu")."""
    low = form.lower()
    for unit in _EN_HEADS:
        if low.endswith(" " + unit):
            return without_craft(form[: -len(unit) - 1]) if unit == "village" else form[: -len(unit) - 1]
    for generic, _ in _VI_HEADS:
        if low.startswith(generic + " "):
            return form[len(generic) + 1 :]
    return form


# Landmarks named by their head word after the name ("Trấn Quốc Pagoda", "Phong Nha-Kẻ Bàng
# National Park"): the bare name stands for the landmark as it does for a natural feature. Not what
# is named after a place (a street, a station, an airport, a market): another thing. A marsh is
# generic_heads' lower-case head ("the Dong Thap Muoi marsh"), joined as a natural feature's.
_LANDMARKS = frozenset(
    "pagoda temple citadel mausoleum tomb shrine palace sanctuary cathedral church geopark marsh".split()
) | {"national park"}
_JOIN_HEADS = sorted(set(_EN_HEADS) | _LANDMARKS, key=len, reverse=True)
_JOIN_VI_HEADS = sorted(
    _VI_HEADS + [(vi, en) for vi, en in VI_PLACE_GENERICS.items() if en in _LANDMARKS],
    key=lambda p: -len(p[0]),
)


def unit_name(form: str) -> tuple[str, str]:
    """A place form split into its name's key and its unit or head word: "Quang Ninh province" ->
    ("quangninh", "province"), "tỉnh Quảng Ninh" -> ("quangninh", "province"), "Lô River" -> ("lo",
    "river"); no unit -> ("", "")."""
    low = form.lower()
    for unit in _JOIN_HEADS:
        if low.endswith(" " + unit) and len(form) > len(unit) + 1:
            name = form[: -len(unit) - 1]
            if unit == "village":
                name = without_craft(name)
            return exact_key(name), unit
    for generic, unit in _JOIN_VI_HEADS:
        if low.startswith(generic + " ") and len(form) > len(generic) + 1:
            return exact_key(form[len(generic) + 1 :]), unit
    return "", ""


# The Vietnamese words that place a state or a region by its size or side ("Đại Việt", "Bắc Tây
# Nguyên"), with the English words that render them before the name left as it is ("Great Việt",
# "North Tây Nguyên"): such a pair is the place's English name, not a meaning of its words.
_PLACE_MODIFIERS = {
    "đại": frozenset({"great", "greater", "grand"}),
    "bắc": frozenset({"north", "northern"}),
    "nam": frozenset({"south", "southern"}),
    "đông": frozenset({"east", "eastern"}),
    "tây": frozenset({"west", "western"}),
    "trung": frozenset({"middle", "central"}),
    "thượng": frozenset({"upper"}),
    "hạ": frozenset({"lower"}),
}


def renders_modifier_only(vi: str, en: str) -> bool:
    """Whether an English side renders only the size or side word of a Vietnamese name and keeps
    the rest as it is ("Đại Cồ Việt" = "Great Cồ Việt", "Nam Tây Nguyên" = "South Tây Nguyên")."""
    vi_words, en_words = vi.split(), en.split()
    if len(vi_words) < 2 or len(en_words) != len(vi_words) or not en_words[0][:1].isupper():
        return False
    rendering = _PLACE_MODIFIERS.get(vi_words[0].lower())
    return (
        rendering is not None
        and en_words[0].lower() in rendering
        and en_words[1:] == vi_words[1:]
        and all(word[:1].isupper() for word in vi_words[1:])
    )


# A region named by its side of the country ("Tây Bắc" = "Northwest", "Vùng Đông Bắc" = "Northeast",
# "Bắc Bộ" = "Northern Vietnam"): the compass syllables, after an optional generic word for a region
# and before an optional "part" word (bộ, kỳ, phần), with the sides they name. Tây Bắc is west-north:
# the sides are compared as a set, in either language's order.
_VI_SIDES = {"bắc": "n", "nam": "s", "đông": "e", "tây": "w", "trung": "c"}
_VI_REGION_WORDS = ("khu vực", "vùng", "miền")
_VI_PART_WORDS = frozenset({"bộ", "kỳ", "phần"})
_EN_SIDES = {
    "north": "n",
    "northern": "n",
    "south": "s",
    "southern": "s",
    "east": "e",
    "eastern": "e",
    "west": "w",
    "western": "w",
    "central": "c",
    "middle": "c",
}
_EN_SIDES.update(
    {
        a + b + end: _EN_SIDES[a] + _EN_SIDES[b]
        for a in ("north", "south")
        for b in ("east", "west")
        for end in ("", "ern")
    }
)
# What may follow the side words in English: the country whose part it is, or the word "region".
_EN_REGION_REST = frozenset({"vietnam", "region"})


def _vi_sides(vi: str) -> str:
    """The sides a Vietnamese region's name is made of ("Vùng Tây Bắc" -> "wn"), "" when the name has
    any other word, or is a lone compass syllable ("Nam" is also a name)."""
    low = vi.lower()
    for word in _VI_REGION_WORDS:
        if low.startswith(word + " "):
            low = low[len(word) + 1 :]
            break
    else:
        if " " not in low:
            return ""
    words = low.split()
    if len(words) > 1 and words[-1] in _VI_PART_WORDS:
        words.pop()
    if not words or len(words) > 2 or not all(word in _VI_SIDES for word in words):
        return ""
    return "".join(_VI_SIDES[word] for word in words)


def renders_side_region(vi: str, en: str) -> bool:
    """Whether a pair names a region by its side of the country in both languages ("Vùng Tây Bắc" =
    "Northwest", "Bắc Bộ" = "Northern Vietnam", "Miền Nam" = "South"): a place, though the English
    has no head word."""
    if not en[:1].isupper():
        return False
    sides = _vi_sides(vi)
    if not sides:
        return False
    words = en.replace("-", " ").lower().split()
    if words and words[0] == "the":
        words = words[1:]
    en_sides = ""
    while words and words[0] in _EN_SIDES:
        en_sides += _EN_SIDES[words.pop(0)]
    return bool(en_sides) and set(words) <= _EN_REGION_REST and sorted(en_sides) == sorted(sides)


# The Vietnamese generic words of places with the English head each is rendered by, longest first
# ("thành phố" before "thành"); "thành" (citadel, walled town) and "dinh" (a Nguyễn-era garrison
# province) are the units older texts write after the name in Hán order.
_GENERIC_HEADS = sorted(
    {
        **{vi: en for en, vi in ADMIN_UNITS.items()},
        **VI_PLACE_GENERICS,
        "thành": "citadel",
        "dinh": "province",
    }.items(),
    key=lambda item: -len(item[0]),
)
# English heads a generic's rendering is also written with ("Gia Định Citadel", "... City").
_HEAD_SPELLINGS = {
    "citadel": frozenset({"citadel", "city"}),
    "province": frozenset({"province", "prefecture"}),
}


def _generic_and_name(vi: str) -> tuple[str, str]:
    """(English head, proper name) of a Vietnamese form with its generic word before the name
    ("tỉnh Vạn Bú") or after it in Hán order ("Vạn Bú tỉnh"); ("", "") otherwise."""
    low = vi.lower()
    for generic, head in _GENERIC_HEADS:
        if low.startswith(generic + " "):
            return head, vi[len(generic) + 1 :]
        if low.endswith(" " + generic):
            return head, vi[: -len(generic) - 1]
    return "", ""


def renders_generic_name(vi: str, en: str) -> bool:
    """Whether an English side is a Vietnamese place form's name with its generic word rendered as
    the English head, the name kept in any spelling ("Vạn Bú tỉnh" = "Vạn-bú Province", "tỉnh Sơn
    La" = "Son La Province")."""
    head, name = _generic_and_name(vi)
    words = name.split()
    if not words or not all(word[:1].isupper() for word in words) or not en[:1].isupper():
        return False
    en_name, _, en_head = en.rpartition(" ")
    return (
        bool(en_name)
        and en_head.lower() in _HEAD_SPELLINGS.get(head, frozenset({head}))
        and exact_key(en_name) == exact_key(name)
    )
