"""Round 27 speed: each faster path gives what the path it replaced gave, on text written here."""

from __future__ import annotations

import re
import zoneinfo
from re import _compiler, _parser

import pytest
from babel import Locale
from babel.dates import get_timezone_location
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import (
    country_qualifiers,
    dictionary_entries,
    en_phrases,
    gazetteer,
    name_chains,
    word_for_pairs,
)
from glossary.mine.lazy_patterns import LazyPattern
from glossary.mine.name_chains import _BARE_NAME, _POSSESSIVE, _SKIPPED, _add_body
from glossary.mine.names import spans
from glossary.mine.names.words import LOWER, UPPER


def test_zone_cities_are_babels_for_every_zone() -> None:
    en, vi = Locale("en"), Locale("vi")
    expected = []
    for zone in sorted(zoneinfo.available_timezones()):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/")):
            continue
        cities = tuple(get_timezone_location(zone, locale=locale, return_city=True) for locale in (en, vi))
        expected.append(cities)
    assert len(expected) > 300  # the system's zone data is there: the comparison means something
    assert list(gazetteer._zone_cities(en, vi)) == expected


def test_zone_city_fallbacks() -> None:
    # A zone in neither table is named by its last part, underscores as spaces; a zone the locale
    # names no city for takes its metazone's city.
    metazones = {"Region/Second_Town": "Meta"}
    assert gazetteer._city("Region/Far_Away_Place", {}, {}, metazones) == "Far Away Place"
    assert gazetteer._city("Region/Second_Town", {}, {"Meta": {"city": "Town Two"}}, metazones) == "Town Two"
    assert gazetteer._city("Region/Town", {"Region/Town": {"city": "Townsville"}}, {}, {}) == "Townsville"


_QUALIFIED_TEXT = (
    "The U.S. CDC in Hanoi, the US CDC. A U.K. WHO office and the UK WHO-led team; US CDCs and "
    "U.S.A. FAO staff, the EU FAO (Rome) and US FA office. X.Y CDC here, aUS CDC, the U.S. CDC\n"
    "the US  CDC, the USA FAOX office, US FAO; UN FAO: and the U.S. Agency."
)


@pytest.mark.parametrize("shorts", [{"CDC"}, {"CDC", "CDCs", "WHO", "FAO", "FA"}, {"FAOX", "FAO", "Agency"}])
def test_qualified_forms_match_as_the_pattern_of_the_page_short_forms(shorts: set[str]) -> None:
    alternation = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    page_pattern = re.compile(
        rf"{country_qualifiers._QUALIFIER} ({alternation})(?![\w-])(?:(?=[.,;:)]|$)|[ \t]+(\w+))"
    )
    expected = [(m.span(), m.groups()) for m in page_pattern.finditer(_QUALIFIED_TEXT)]
    found = [
        (m.span(), m.groups())
        for m in country_qualifiers._qualified(_QUALIFIED_TEXT, country_qualifiers._QUALIFIED, shorts)
    ]
    assert found == expected
    assert expected  # each set of short forms has matches here


_PIECES = [
    "U",
    "S",
    "K",
    "A",
    ".",
    " ",
    "CDC",
    "HHS",
    "CD",
    "C",
    "x",
    "s",
    "7",
    "_",
    "the",
    "\t",
    ",",
    "-",
    ")",
    "\n",
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_qualified_forms_match_as_the_page_pattern_on_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    shorts = ("CDC", "HHS", "CD", "C", "CDCs")
    alternation = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    page_pattern = re.compile(
        rf"{country_qualifiers._QUALIFIER} ({alternation})(?![\w-])(?:(?=[.,;:)]|$)|[ \t]+(\w+))"
    )
    expected = [(m.span(), m.groups()) for m in page_pattern.finditer(text)]
    found = [
        (m.span(), m.groups())
        for m in country_qualifiers._qualified(text, country_qualifiers._QUALIFIED, shorts)
    ]
    assert found == expected, text


def _round26_written_bodies(text: str, wanted: set[str]) -> dict[str, set[str]]:
    """written_bodies as it read before round 27: a call of _spelling for each word, the possessive
    stripped by the regex."""

    def spelling(word: str) -> str | None:
        if word in _SKIPPED:
            return ""
        if not word[0].isupper():
            return None
        return word if len(word) > 1 and word.isupper() else word[0]

    out: dict[str, set[str]] = {}
    letters = {t[0] for t in wanted}
    prefixes = {t[:k] for t in wanted for k in range(1, len(t) + 1)}
    for match in _BARE_NAME.finditer(text):
        words = match.group(0).split()
        for i, first in enumerate(words):
            if first[0] not in letters or first in _SKIPPED:
                continue
            plain = spelling(first)
            if plain is None:
                continue
            viet = "VN" if first == "Vietnam" else plain
            for j in range(i + 2, len(words) + 1):
                if plain not in prefixes and viet not in prefixes:
                    break
                last = words[j - 1]
                if last in _SKIPPED:
                    continue
                if not last[0].isupper():
                    break
                bare = _POSSESSIVE.sub("", last) if last[-1] in "'’s" else last
                step = bare if len(bare) > 1 and bare.isupper() else bare[0]
                if plain + step in wanted or viet + ("VN" if bare == "Vietnam" else step) in wanted:
                    _add_body(out, words, i, j, wanted)
                step = last if len(last) > 1 and last.isupper() else last[0]
                plain += step
                viet += "VN" if last == "Vietnam" else step
    return out


_BODIES_TEXT = (
    "The Veterans’ Liberation Front’s Mountain Rangers Corps met the Farmers' Union Party and the "
    "Peoples’ Trade Council of Vietnam.\nThe NLF's Southern Regional Front and the Vietnam Trade "
    "Union Federation's Youth League, the Ocean Works Unions' Assembly, then the US Pacific Trade "
    "Office and Mid-Delta Growers Cooperative Bank – Hanoi Branch Office, ủa Hà Nội Council of Trade."
)
_BODIES_WANTED = {
    "VLF",
    "VLFMRC",
    "MRC",
    "FUP",
    "PTCV",
    "PTCVN",
    "NLFSRF",
    "SRF",
    "VTUF",
    "VNTUF",
    "TUFYL",
    "YL",
    "OWUA",
    "OWU",
    "PTO",
    "MDGCB",
    "GCB",
    "HBO",
    "HNCT",
    "CT",
}


def test_written_bodies_equals_the_round26_reading() -> None:
    found = name_chains.written_bodies(_BODIES_TEXT, _BODIES_WANTED)
    assert found == _round26_written_bodies(_BODIES_TEXT, _BODIES_WANTED)
    assert len(found) >= 5  # possessives in both apostrophes, "Vietnam", all-caps owners found
    for token in sorted(_BODIES_WANTED):
        assert name_chains.written_bodies(_BODIES_TEXT, {token}) == _round26_written_bodies(
            _BODIES_TEXT, {token}
        )


@pytest.mark.parametrize(
    "word",
    ["Front", "Front's", "Front’s", "Farmers'", "Peoples’", "Unions'", "NLF's", "Bus", "A's", "X''s", "Y’"],
)
def test_without_possessive_is_the_regex(word: str) -> None:
    assert name_chains._without_possessive(word) == _POSSESSIVE.sub("", word)


_LAZY_TEXT = (
    "(noun) trà • (茶)\nChè is also the word for the tea plant, and phở was simply a Vietnamese term "
    "translating loosely as soup.\nLục bát is Sino-Vietnamese for six-eight, the Hùng Kings' Temple "
    "Festival\nand the old market street"
)


@pytest.mark.parametrize(
    "pattern", [dictionary_entries._HEAD_LINE, word_for_pairs._IS_WORD_FOR, en_phrases._EN_BACK]
)
def test_patterns_made_lazy_match_as_compiled(pattern: LazyPattern) -> None:
    assert isinstance(pattern, LazyPattern)
    plain = re.compile(pattern.pattern, pattern._flags)
    hits = 0
    for line in _LAZY_TEXT.split("\n"):
        for start in range(len(line)):
            found, expected = pattern.search(line, start), plain.search(line, start)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )
            hits += expected is not None
    assert hits  # each pattern finds something in the text written for it


def test_letters_as_ranges_are_the_same_letters() -> None:
    for letters in (UPPER, LOWER):
        ranged = re.compile(f"[{spans._as_ranges(letters)}]")
        assert {chr(c) for c in range(0x2000) if ranged.fullmatch(chr(c))} == set(letters)
    assert spans._as_ranges("ABCDFGXZ") == "A-DFGXZ"


@pytest.mark.parametrize("name", ["SPAN", "_HEADLINE_AFTER_BREAK", "_TOKEN", "_GLUED", "_HEADLINE"])
def test_page_patterns_with_ranges_compile_as_with_the_letters(name: str) -> None:
    # The classes written as ranges give the compiled code the letters one by one gave.
    pattern = getattr(spans, name)
    flags = pattern._flags if isinstance(pattern, LazyPattern) else pattern.flags & ~re.UNICODE
    ranged = pattern.pattern
    assert spans._UPPER in ranged
    lettered = ranged.replace(spans._UPPER, UPPER).replace(spans._LOWER, LOWER)
    assert _compiler._code(_parser.parse(ranged, flags), flags) == _compiler._code(
        _parser.parse(lettered, flags), flags
    )
