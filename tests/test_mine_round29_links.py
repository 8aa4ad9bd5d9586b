"""Round 29, links: "The Khmer name for this province is X" on a city's page names the province of
the city's name, not the page's subject (the city). Texts written for these tests; none is a corpus
sentence."""

from __future__ import annotations

from tests.mine_helpers import has_form, linked

_CITY_PAGE = (
    "Phú Lâm\n\nPhú Lâm is a city in Vietnam. It is the capital of Phú Lâm Province. Most of the "
    "rice of Phú Lâm Province is milled in Phú Lâm City.\n\n"
    "The name comes from the Khmer language. The Khmer name for this province is Prey Chhnang."
)


def test_this_province_on_a_city_page_names_the_province() -> None:
    assert linked(_CITY_PAGE, "Prey Chhnang", "Phú Lâm Province")
    assert not linked(_CITY_PAGE, "Prey Chhnang", "Phú Lâm City")
    assert not linked(_CITY_PAGE, "Prey Chhnang", "Phú Lâm")


def test_this_province_without_a_province_entry_names_nothing() -> None:
    text = _CITY_PAGE.replace(" It is the capital of Phú Lâm Province.", "").replace(
        "rice of Phú Lâm Province", "rice of the region"
    )
    assert not linked(text, "Prey Chhnang", "Phú Lâm City")
    assert not linked(text, "Prey Chhnang", "Phú Lâm")


def test_this_province_on_the_province_page_names_the_subject() -> None:
    text = (
        "Phú Lâm Province\n\nPhú Lâm is a province of Vietnam, named after its capital city. Rice "
        "is grown all over Phú Lâm province.\n\n"
        'The Khmer name for this province is Prey Chhnang, meaning "old forest".'
    )
    assert has_form(text, "Prey Chhnang")
    assert linked(text, "Prey Chhnang", "Phú Lâm province")
