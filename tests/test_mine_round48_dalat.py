"""Round 48: the city of Đà Lạt, split by the 2025 reform into wards named "X - Đà Lạt", is a known place."""

from __future__ import annotations

import pytest

from glossary.mine import gazetteer
from tests.mine_helpers import entry_with, has_form


@pytest.mark.parametrize("name", ["Đà Lạt", "Dalat", "Da Lat", "da lat"])
def test_the_split_city_is_in_the_gazetteer(name: str) -> None:
    assert any(place.vi == "Đà Lạt" for place in gazetteer.lookup(name))
    assert gazetteer.restore(name).forms == ("Đà Lạt",)


def test_a_single_wards_tail_is_no_place() -> None:
    # "Văn Miếu - Quốc Tử Giám" is one ward's name: its second half is not a split city.
    assert not gazetteer.lookup("Quốc Tử Giám")
    assert gazetteer.lookup("Văn Miếu - Quốc Tử Giám")


def test_the_wards_keep_their_names() -> None:
    assert gazetteer.lookup("Lâm Viên - Đà Lạt")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("My aunt lived in Đà Lạt for twenty years.", "Đà Lạt"),
        ("The school moved to Dalat in 1950.", "Dalat"),
        ("We took the night bus to Da Lat and slept.", "Da Lat"),
    ],
)
def test_the_city_is_read_as_a_place(text: str, form: str) -> None:
    entry = entry_with(text, form)
    assert entry is not None
    assert entry.kind.value == "place"


def test_the_english_words_stay_out() -> None:
    # the English "lat" (a muscle, short for latitude) and "da" are no forms
    assert not has_form("He trained his lat muscles and said da capo.", "lat")
    assert not has_form("The bar lifts the Lat muscle.", "Lat")


def test_a_journey_between_two_known_places_is_two_names() -> None:
    text = "In 1958 she hitched a ride from Đà Lạt City to Saigon with her brother."
    assert has_form(text, "Saigon")
    assert has_form(text, "Đà Lạt City")
    assert not has_form(text, "Đà Lạt City to Saigon")
    # the same with a city whose name a ward kept
    assert has_form("They drove from Nha Trang City to Hà Nội.", "Hà Nội")


def test_a_title_with_to_is_kept_whole() -> None:
    # no known place with its unit word before "to": the span is left as it was
    assert not has_form("The Road to Hà Nội was long.", "Hà Nội")
