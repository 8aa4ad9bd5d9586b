"""Round 17: joins of a bare place name to the same name with its unit (docs/miner.md, "Round 17:
links (joins)"), on pages written for these tests. What a page's lead calls its subject tells it
from a unit of another kind bearing its name: a capital, a municipality or a metropolis is a
settlement (a city or a town, never a district), a peak or a volcano a mountain."""

from __future__ import annotations

import pytest

from glossary.mine.bare_joins import _place_class
from tests.mine_helpers import linked

# An old capital whose name a district bears today; the page never calls the capital a district.
CAPITAL = (
    "Cổ Thành (古城) was the capital of the Lâm kingdom from 980 to 1009. "
    "It lies in Vạn Lộc Commune, Cổ Thành District, Bình Sơn Province. "
    "Cổ Thành was the home of the first kings.\n"
)
# A capital whose own unit (a city) is written too.
CITY = (
    "Tân Lạc (Vietnamese: Tân Lạc) is the capital of the Ngọc Province of the Lâm kingdom. "
    "Tân Lạc City has a port. Many traders came to Tân Lạc.\n"
)
# A peak: the mountain bearing its name is the same place, the commune another.
PEAK = (
    "Đỉnh Mây (Vietnamese: Đỉnh Mây) is a peak of the Ngàn range, 2,100 m high. "
    "Đỉnh Mây Mountain is climbed from Đỉnh Mây Commune. Đỉnh Mây is snowy in winter.\n"
)


def test_a_capital_does_not_join_the_district_bearing_its_name() -> None:
    assert not linked(CAPITAL, "Cổ Thành", "Cổ Thành District")


def test_a_capital_joins_the_city_bearing_its_name() -> None:
    assert linked(CITY, "Tân Lạc", "Tân Lạc City")


def test_a_peak_joins_the_mountain_not_the_commune() -> None:
    assert linked(PEAK, "Đỉnh Mây", "Đỉnh Mây Mountain")
    assert not linked(PEAK, "Đỉnh Mây", "Đỉnh Mây Commune")


@pytest.mark.parametrize(
    ("noun", "kind"),
    [
        ("capital", "town"),
        ("municipality", "town"),
        ("metropolis", "town"),
        ("city", "town"),
        ("peak", "mountain"),
        ("volcano", "mountain"),
        ("hills", "hill"),
        ("district", "district"),
    ],
)
def test_the_kind_of_place_a_lead_noun_names(noun: str, kind: str) -> None:
    assert _place_class(noun) == kind
