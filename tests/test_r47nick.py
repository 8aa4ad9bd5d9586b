"""Round 47: an infobox's name rows. A nickname row quoting its names on the key's line, each
perhaps glossed in a parenthesis, names the box's subject (gold rules §10.9), each glossed one
also a term pair; a web address's labels are no name forms. Boxes written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.names.web_addresses import address_spans
from glossary.mine.quoted_nicknames import quoted_value
from glossary.model import Kind
from tests.mine_helpers import has_form, linked, mine

_QUOTED_ROW = """Hà Lâm
Hà Lâm Town
Thị xã Hà Lâm | |
---|---|
Nickname(s): "Silver Market" (Chợ bạc) "The Salt Town" (Phố muối) | |
Country | Vietnam |
Coordinates: 21°32′N 107°58′E | |
Website | Halam.Sonla.gov.vn |
Hà Lâm is a town of Sơn La province in Vietnam.
"""


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(e.vi, e.en) for e in mine(text) if e.vi and e.en and e.kind is Kind.TERM}


@pytest.mark.parametrize(
    ("value", "groups"),
    [
        # Each quoted name with its rendering in the other language; the English article cut.
        (
            '"Silver Market" (Chợ bạc) "The Salt Town" (Phố muối)',
            [["Silver Market", "Chợ bạc"], ["Salt Town", "Phố muối"]],
        ),
        ('"Chợ bạc" (Silver Market)', [["Chợ bạc", "Silver Market"]]),
        ('"Heron Shore" "Lotus Bay"', [["Heron Shore"], ["Lotus Bay"]]),  # no gloss: one name each
        ('"Lotus Bay" (informal)', []),  # a remark in the same language, no rendering
        ("Heron Shore", []),  # not quoted: the other-name reader's
        ('"Heron Shore" is its old name', []),  # prose after the quotation
    ],
)
def test_quoted_value_groups(value: str, groups: list[list[str]]) -> None:
    assert quoted_value(value) == groups


def test_quoted_glossed_nicknames_on_the_key_line_name_the_subject() -> None:
    for form in ("Silver Market", "Chợ bạc", "Salt Town", "Phố muối"):
        assert linked(_QUOTED_ROW, "Hà Lâm", form), form


def test_each_glossed_nickname_is_also_a_term_pair() -> None:
    # The gloss readers keep "The Salt Town" with its article: the pair is still kept apart.
    assert {("Chợ bạc", "Silver Market"), ("Phố muối", "Salt Town")} <= _pairs(_QUOTED_ROW)


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("Website | Halam.Sonla.gov.vn |", ["Halam.Sonla.gov.vn"]),
        ("See www.saltroad.com. It is old.", ["www.saltroad.com."]),
        ("at https://heron.org/shore?x=1 today", ["https://heron.org/shore?x=1"]),
        ("in Hanoi.Com Lake is near.", []),  # a capital after the full stop: a sentence run on
        ("the community.Organisers met", []),  # no ending: ".community" runs on
        ("Salt Town.vn", ["Town.vn"]),  # the blank-free token only, not the words before it
    ],
)
def test_address_spans(text: str, addresses: list[str]) -> None:
    assert [text[a:b] for a, b in address_spans(text, text.lower())] == addresses


def test_a_domain_gives_no_name_forms() -> None:
    assert not has_form(_QUOTED_ROW, "Halam")
    assert not has_form(_QUOTED_ROW, "Sonla")


_MEANING_ROW = """Hà Lâm province

Hà Lâm province
Tỉnh Hà Lâm
Nickname:
Silver forest
Coordinates: 21°N 105°E
Hà Lâm is a province of Vietnam. Hà Lâm is a Sino-Vietnamese name, translating as "silver forest."
"""


def test_nickname_row_names_the_subject_also_when_the_page_gives_it_as_a_meaning() -> None:
    # The row's form is the subject's nickname (gold rules §10.9), though the text renders the
    # name's words the same way.
    assert linked(_MEANING_ROW, "Tỉnh Hà Lâm", "Silver forest")
