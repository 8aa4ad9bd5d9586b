"""Round 25 (speed): the fast paths give what the plain paths give, on text written here."""

from __future__ import annotations

import re

from glossary.mine import name_chains
from glossary.mine.name_chains import _NAME, _POSSESSIVE, _SKIPPED, _add_body, initials

_PLAIN_NAME = re.compile(_NAME)


def _plain_written_bodies(text: str, wanted: set[str]) -> dict[str, set[str]]:
    """written_bodies as it read before round 25: every stretch's initials from initials()."""
    out: dict[str, set[str]] = {}
    for match in _PLAIN_NAME.finditer(text):
        words = match.group(0).split()
        for i in range(len(words)):
            if words[i] in _SKIPPED:
                continue
            for j in range(i + 2, len(words) + 1):
                last = words[j - 1]
                if last in _SKIPPED or not last[:1].isupper():
                    continue
                name = " ".join([*words[i : j - 1], _POSSESSIVE.sub("", last)])
                if {initials(name), initials(name, viet_nam=True)} & wanted:
                    _add_body(out, words, i, j, wanted)
    return out


_TEXT = (
    "The National Liberation Front's People's Liberation Armed Forces fought on. The NLF and the PLAF "
    "met the Vietnam Workers' Party (VWP) and the USDA Foreign Agricultural Service in Hanoi.\n"
    "Later the Communist Party of Vietnam, the People's Army of Vietnam and the Front for the "
    "Liberation of the South - Central Highlands Front joined the Unified Buddhist Sangha of Vietnam.\n"
    "đường Trường Sơn and the Ho Chi Minh Communist Youth Union met the HCM Stock Exchange Board, "
    "the NATO Support Agency, the Asian Development Bank's office and the Vietnam Fatherland Front."
)
_WANTED = {
    "NLF",
    "PLAF",
    "VWP",
    "FAS",
    "CPV",
    "PAVN",
    "PAV",
    "FLS",
    "CHF",
    "UBSV",
    "UBSVN",
    "HCMCYU",
    "HCMSEB",
    "NSA",
    "NATOSA",
    "ADB",
    "VFF",
    "VNFF",
    "SCHF",
    "LSCHF",
    "XYZ",
    "TS",
}


def test_written_bodies_equals_the_plain_reading():
    fast = name_chains.written_bodies(_TEXT, _WANTED)
    assert fast == _plain_written_bodies(_TEXT, _WANTED)
    assert fast  # the text names bodies the tokens spell
    assert "National Liberation Front" in fast["NLF"]


def test_written_bodies_equals_the_plain_reading_on_each_line_and_token():
    for line in _TEXT.splitlines():
        for token in sorted(_WANTED):
            assert name_chains.written_bodies(line, {token}) == _plain_written_bodies(line, {token})


def test_written_bodies_without_tokens_reads_nothing():
    assert name_chains.written_bodies(_TEXT, set()) == {}


_TRICKY = (
    "the Front of the Theodore Andrews - and Bà Rịa–Vũng Tàu, O'Neill's Anti-War League of - the "
    "đường Trường Sơn, ngày Quốc khánh; the Air Defence - Air Force Service and the  Ministry of\t"
    "Foreign Affairs, Alpha-beta Gamma' of thermal Forces for the of Delta – Epsilon -Zeta –\n"
    "Hồ Chí Minh of Of The And For the For\tThe ofX Y'z' ’s Ab–"
)


def test_scan_finds_the_longer_names_the_plain_pattern_finds():
    plain = _PLAIN_NAME
    for text in (_TEXT, _TRICKY, _TRICKY.replace(" ", "  "), _TRICKY.replace(" ", "\t")):
        spans = [m.span() for m in name_chains._BARE_NAME.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text) if len(m.group().split()) > 1]
        assert any(len(m.group().split()) > 2 for m in plain.finditer(text))
