"""Gazetteers from real data: CLDR country, region and city names (Babel) and Vietnam's provinces and
wards after the 2025 reform (vietnam-provinces), used to recognise places and restore diacritics.
"""

from __future__ import annotations

import json
import os
import re
import zoneinfo
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.core import get_global

from glossary.text import fold, nfc

from .keys import qu_y

# The prefixes the official names carry, longest first ("Thành phố Hà Nội" -> "Hà Nội").
_UNIT_PREFIXES = ("Thành phố ", "Đặc khu ", "Phường ", "Tỉnh ", "Xã ", "Thị xã ", "Thị trấn ")
# vietnam-provinces division types -> the Vietnamese generic word.
_DIVISION_UNITS = {
    "TINH": "tỉnh",
    "THANH_PHO_TRUNG_UONG": "thành phố",
    "PHUONG": "phường",
    "XA": "xã",
    "DAC_KHU": "đặc khu",
}
_KEY_JUNK = re.compile(r"[\s\-‐‑–—'’.]+")


# Asked of the same names again and again (by the name rules, the clustering): about half the
# calls on real pages repeat one.
@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """The matching key of a place name: folded, spaces and hyphens dropped ("Hà Nội" = "Hanoi"),
    i after "qu" spelt y ("Qui Nhơn" = "Quy Nhơn")."""
    return _KEY_JUNK.sub("", qu_y(fold(name)))


@dataclass(frozen=True)
class Place:
    """One gazetteer record: the Vietnamese form, the English form and what kind of unit it is."""

    vi: str
    en: str
    unit: str  # "tỉnh", "thành phố", "phường", "xã", "đặc khu", "country", "region", "city"
    source: str  # "vietnam-provinces" or "cldr"


def _strip_unit(name: str) -> tuple[str, str]:
    for prefix in _UNIT_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :], prefix.strip().lower()
    return name, ""


_STATE_BODIES = frozenset({"UN", "EU", "EZ"})


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Place, ...]]:
    index: dict[str, list[Place]] = defaultdict(list)

    def add(place: Place, *names: str) -> None:
        for name in names:
            key = place_key(name)
            if key and place not in index[key]:
                index[key].append(place)

    # Imported here: loading the province tables takes a moment and only mining needs them.
    from vietnam_provinces import Province, Ward

    tails: dict[tuple[str, str], int] = defaultdict(int)
    for unit in (*Province.iter_all(), *Ward.iter_all()):
        name, kind = _strip_unit(nfc(unit.name))
        kind = _DIVISION_UNITS.get(unit.division_type.name, kind)
        add(Place(vi=name, en="", unit=kind, source="vietnam-provinces"), name)
        if " - " in name:
            tails[name.rpartition(" - ")[2], kind] += 1
    # The 2025 reform split the city of Đà Lạt into five wards named "Xuân Hương - Đà Lạt", "Cam Ly -
    # Đà Lạt", ...: no unit is called "Đà Lạt" alone, so the city was never a known place (round 48),
    # while Nha Trang or Hội An, whose names a ward kept, are. A name after " - " that several units
    # share is the split city's; one unit's tail ("Văn Miếu - Quốc Tử Giám") is part of its name.
    for (name, kind), count in tails.items():
        if count > 1:
            add(Place(vi=name, en="", unit=kind, source="vietnam-provinces"), name)

    en, vi = Locale("en"), Locale("vi")
    for code, en_name in en.territories.items():
        vi_name = vi.territories.get(code, "")
        # CLDR's territories hold bodies of states too ("UN", "EU", "EZ"): no country, so no
        # country's name joins a body's name before it ("the United Nations Sustainable ...").
        kind = "region" if code.isdigit() else "union" if code in _STATE_BODIES else "country"
        place = Place(vi=nfc(vi_name), en=en_name, unit=kind, source="cldr")
        add(place, en_name, *([vi_name] if vi_name else []))
    for en_city, vi_city in _zone_cities(en, vi):
        add(Place(vi=nfc(vi_city), en=en_city, unit="city", source="cldr"), en_city)
    return {key: tuple(places) for key, places in index.items()}


def _zone_cities(en: Locale, vi: Locale) -> Iterator[tuple[str, str]]:
    """Each time zone's city in English and in Vietnamese, as babel's
    `get_timezone_location(zone, locale, return_city=True)` names it for each locale.

    That call loads the zone's file and looks the locale's tables up again for every zone, twice
    per zone here (140 million instructions over the ~500 zones, 3 % of start-up): its city branch
    is done here with the tables looked up once (round 27); tests/test_mine_round27_speed.py
    compares every zone with babel's call."""
    aliases, metazones = get_global("zone_aliases"), get_global("meta_zones")
    tables = [(locale.time_zones, locale.meta_zones) for locale in (en, vi)]
    for zone in sorted(zoneinfo.available_timezones()):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/")):
            continue
        # babel's call loads the zone first, and names it by the loaded zone's key (the name it was
        # loaded by). Not loaded here: available_timezones lists only files with the zone data's
        # mark, which load (loading the ~500 files was 110 million of the 140).
        name = aliases.get(zone, zone)
        en_city, vi_city = (_city(name, zones, metas, metazones) for zones, metas in tables)
        yield en_city, vi_city


def _city(zone: str, zones: Mapping[str, Any], metas: Mapping[str, Any], metazones: Mapping[str, str]) -> str:
    """The city get_timezone_location gives for a canonical zone with one locale's tables."""
    info = zones.get(zone, {})
    if "city" in info:
        return info["city"]
    metazone_info = metas.get(metazones.get(zone), {})
    if "city" in metazone_info:
        return metazone_info["city"]
    return zone.rpartition("/")[2].replace("_", " ")


# Debian's iso-codes: ISO 3166-1 with each country's official name ("Socialist Republic of Viet
# Nam"), which CLDR does not give. GLOSSARY_ISO_3166 points elsewhere.
ISO_3166 = Path(os.environ.get("GLOSSARY_ISO_3166", "/usr/share/iso-codes/json/iso_3166-1.json"))


@lru_cache(maxsize=1)
def _official_names() -> dict[str, str]:
    """place_key of a country's official name -> its short name; empty without the data file."""
    try:
        countries = json.loads(ISO_3166.read_text(encoding="utf-8"))["3166-1"]
    except (OSError, ValueError, KeyError):
        return {}
    return {
        place_key(c["official_name"]): c.get("common_name", c["name"])
        for c in countries
        if "official_name" in c and c["official_name"] != c["name"]
    }


def short_name_of(official: str) -> str | None:
    """A country's short name ("Viet Nam") for its official name as a text writes it ("Socialist
    Republic of Vietnam"), or None. Only official names count: "Democratic Republic of Vietnam"
    (North Vietnam) or "Republic of China" are other states."""
    return _official_names().get(place_key(official))


def load() -> None:
    """Build the gazetteer index now (it is built on first use otherwise): once per process."""
    _index()
    _official_names()


@lru_cache(maxsize=65536)
def lookup(name: str) -> tuple[Place, ...]:
    """Every gazetteer place whose name matches, regardless of diacritics, case and spacing."""
    return _index().get(place_key(name), ())


def is_place(name: str) -> bool:
    """Whether a name is a known country, region, city, province or ward."""
    return bool(lookup(name))


@dataclass(frozen=True)
class Restoration:
    """The Vietnamese forms a name may stand for: one when certain, several when the letters fit more."""

    forms: tuple[str, ...]

    @property
    def certain(self) -> bool:
        return len(self.forms) == 1


# English unit words -> the Vietnamese generic and the gazetteer units it may stand for.
_UNIT_MATCH = {
    "province": ("tỉnh", {"tỉnh"}),
    "city": ("thành phố", {"thành phố"}),
    "ward": ("phường", {"phường"}),
    "commune": ("xã", {"xã"}),
    "special zone": ("đặc khu", {"đặc khu"}),
}


def restore(name: str, unit: str = "") -> Restoration:
    """The Vietnamese form(s) of a place name written without diacritics, from the gazetteers.

    With an English unit word ("ward"), only units of that type count and the Vietnamese generic
    word is put in front ("Quy Nhon Nam", "ward" -> "phường Quy Nhơn Nam"). A name written in
    English (CLDR "France") gives its Vietnamese name ("Pháp").
    """
    places = lookup(name)
    generic, wanted = _UNIT_MATCH.get(unit.lower(), ("", set()))
    if wanted:
        places = tuple(p for p in places if p.unit in wanted) or tuple(
            p for p in places if p.source == "vietnam-provinces"
        )
    forms: list[str] = []
    spelt_qui = "qui" in fold(name)
    for place in places:
        if not place.vi or spelt_qui and "qui" not in fold(place.vi):
            continue  # "Qui Nhon" is not restored to the other spelling "Quy Nhơn"
        form = f"{generic} {place.vi}" if generic and place.source == "vietnam-provinces" else place.vi
        if form not in forms:
            forms.append(form)
    return Restoration(tuple(forms))
