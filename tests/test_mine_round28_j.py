"""Round 28, cause J of blind23: a name shared by a city and its province. The city's forms at other
settlement ranks ("X township", "the X town") join the city; a bare name the page also writes as
the province ("the capital of X, a … province") is a form of both entries (gold rules §9.4)."""

from __future__ import annotations

from tests.mine_helpers import linked, mine


def _place_forms(text: str) -> list[set[str]]:
    return [set(e.forms()) for e in mine(text) if e.kind.value == "place"]


_RANKS = (
    "Lạng Giang City is the capital of Lạng Giang Province. Lang Giang township was made a town "
    "in 1990, and the Lạng Giang town grew quickly."
)


def test_a_township_of_the_provinces_name_joins_the_city() -> None:
    assert linked(_RANKS, "Lạng Giang City", "Lang Giang township")


def test_a_town_of_the_provinces_name_joins_the_city() -> None:
    assert linked(_RANKS, "Lạng Giang City", "Lạng Giang town")


def test_the_settlement_ranks_stay_apart_from_the_province() -> None:
    assert not linked(_RANKS, "Lạng Giang Province", "Lạng Giang town")
    assert not linked(_RANKS, "Lạng Giang Province", "Lạng Giang City")


def test_without_a_province_the_ranks_are_left_as_they_were() -> None:
    # No page seen with a city and a township of one name and no province: left alone.
    text = "Phú Lâm City is a city of Vietnam. The Phú Lâm township lies on the river."
    assert not linked(text, "Phú Lâm City", "Phú Lâm township")


_CAPITAL = (
    "Phú Lâm is a city in Vietnam. It is the capital of Phú Lâm, a mountainous province in the "
    "north. Phú Lâm city has a market. Phú Lâm Province is large."
)


def test_the_capital_of_a_bare_name_is_the_province_too() -> None:
    assert linked(_CAPITAL, "Phú Lâm", "Phú Lâm Province")


def test_the_bare_name_stays_the_citys() -> None:
    assert linked(_CAPITAL, "Phú Lâm", "Phú Lâm city")


def test_the_province_gets_the_bare_form_alone() -> None:
    # The city's own forms do not follow the bare name into the province's entry.
    province = next(f for f in _place_forms(_CAPITAL) if "Phú Lâm Province" in f)
    assert province == {"Phú Lâm", "Phú Lâm Province"}


def test_without_the_capital_cue_the_province_stays_alone() -> None:
    text = "Phú Lâm is a city in Vietnam. Phú Lâm city has a market. Phú Lâm Province is large."
    assert not linked(text, "Phú Lâm", "Phú Lâm Province")
    assert linked(text, "Phú Lâm", "Phú Lâm city")
