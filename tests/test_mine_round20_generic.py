"""Round 20, generic words: a name written bare joins the same name written with its unit or head
word when the page's structure says which one it is. A river and its delta share the name, and the
delta is named after the river; two units share the name, and the page's title names its subject
with one of them. Texts written for these tests."""

from __future__ import annotations

from tests.mine_helpers import linked

RIVER_AND_DELTA = (
    "The Kalong River rises in the hills. Rice farms cover the Kalong Delta, and the two main "
    "branches of the Kalong reach the sea near the port.\n"
)


def test_a_bare_name_beside_a_river_and_its_delta_is_the_river() -> None:
    assert linked(RIVER_AND_DELTA, "Kalong", "Kalong River")
    assert not linked(RIVER_AND_DELTA, "Kalong", "Kalong Delta")


def test_the_delta_stays_its_own_place() -> None:
    assert not linked(RIVER_AND_DELTA, "Kalong River", "Kalong Delta")


def test_a_bare_name_beside_a_delta_alone_is_left_alone() -> None:
    # No river of the name: the delta's name is not its river's, so nothing says what "Kalong" is.
    text = "Rice farms cover the Kalong Delta. Boats come to the Kalong market every day.\n"
    assert not linked(text, "Kalong", "Kalong Delta")


TITLED = (
    "Vân Khê province\n\n"
    "The lower land of the province holds low hills and Vân Khê city. Before 1980, Vân Khê "
    "comprised the districts of the north.\n"
)


def test_a_bare_name_two_units_bear_joins_the_unit_of_the_title() -> None:
    assert linked(TITLED, "Vân Khê", "Vân Khê province")
    assert not linked(TITLED, "Vân Khê", "Vân Khê city")


def test_without_a_title_a_bare_name_two_units_bear_stays_apart() -> None:
    text = TITLED.split("\n\n", 1)[1] + "Vân Khê province lies in the north.\n"
    assert not linked(text, "Vân Khê", "Vân Khê province")
    assert not linked(text, "Vân Khê", "Vân Khê city")
