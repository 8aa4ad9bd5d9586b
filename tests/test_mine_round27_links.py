"""Round 27, variant links: a settlement box's free rows and flattened label rows, a region named
by a province, the administrative unit words in the generic key, a unit word that ends the name
before a bare name, a marsh's bare name, and a region "of Vietnam"."""

from __future__ import annotations

from tests.mine_helpers import has_form, linked, mine


def _forms(text: str) -> set[str]:
    return {form for entry in mine(text) for form in entry.forms()}


def test_a_settlement_boxs_blank_row_names_no_subject() -> None:
    text = (
        "Lạng Giang | |\n"
        "Official Name: | Lạng Giang City | |\n"
        "Native Name: | Thành phố Lạng Giang | |\n"
        "Blank Name: | Weather | |\n"
        "Blank Info: | Cool | |\n"
        "\nLạng Giang is a city in the north.\n"
    )
    assert not linked(text, "Thành phố Lạng Giang", "Weather")
    assert not has_form(text, "Weather")


def test_a_flattened_province_row_gives_the_bare_value() -> None:
    text = (
        "Sơn Tịnh\n"
        "Country  Vietnam\n"
        "Province Quảng Ngãi\n"
        " • Total 90 km2\n"
        "\nSơn Tịnh is a town of Quảng Ngãi Province in central Vietnam.\n"
    )
    forms = _forms(text)
    assert "Province Quảng Ngãi" not in forms
    assert linked(text, "Quảng Ngãi", "Quảng Ngãi Province")


def test_a_location_row_with_its_country_gives_the_place() -> None:
    text = (
        "Battle of the River Mouth\n"
        "Location Quảng Ngãi , Vietnam\n"
        "Result Victory\n"
        "\nThe battle was fought in present-day Quảng Ngãi Province in 1785.\n"
    )
    assert linked(text, "Quảng Ngãi", "Quảng Ngãi Province")


def test_a_province_word_opening_a_sentence_is_no_box_row() -> None:
    # At a line's start but not alone on it: the word order form as the sentence writes it.
    text = "The report was sent on Monday.\nProvince Quảng Ngãi is in the centre, the report said."
    assert has_form(text, "Province Quảng Ngãi")


def test_a_region_named_by_its_province_is_the_province() -> None:
    text = (
        "Lạng Sơn Province lies on the border. The Lạng Sơn region came under French rule early, "
        "and Lạng Sơn grows anise."
    )
    assert linked(text, "Lạng Sơn region", "Lạng Sơn Province")


def test_a_capitalised_region_named_by_its_province_is_the_province() -> None:
    text = "An old saying in the Quảng Ngãi Region goes like this. Quảng Ngãi Province is in the centre."
    assert linked(text, "Quảng Ngãi Region", "Quảng Ngãi Province")


def test_a_region_of_no_unit_stays_apart() -> None:
    # "Hanoi Capital Region" is named by no unit "Hanoi Capital": nothing joins it to Hanoi.
    text = "Hanoi is the capital. The Hanoi Capital Region plan was approved. Hanoi City grows fast."
    assert not linked(text, "Hanoi Capital Region", "Hanoi City")


def test_a_district_with_its_vietnamese_word_first_is_the_district() -> None:
    text = (
        "The districts are Huyện Phù Cát, Huyện Hoài Ân and Huyện Tuy Phước. "
        "Two famous villages are located in the Tuy Phước district near the coast."
    )
    assert linked(text, "Huyện Tuy Phước", "Tuy Phước district")


def test_a_unit_word_ending_the_name_before_binds_no_bare_name() -> None:
    # A search result's title, then its text: "Phú Thọ province Phú Thọ is ...".
    text = "Phú Thọ province Phú Thọ is a province in the north, west of the capital."
    assert linked(text, "Phú Thọ", "Phú Thọ province")


def test_a_river_word_before_a_name_still_binds_it() -> None:
    # "the river Luộc" writes the bare name only inside a longer form: no form of its own.
    text = "The river Luộc flows east. The Luộc River is 72 km long."
    assert not has_form(text, "Luộc")


def test_a_marsh_joins_its_bare_name() -> None:
    text = "The lowland is dominated by Lung Ngoc Hoang marsh. Storks nest in the Lung Ngoc Hoang area."
    assert linked(text, "Lung Ngoc Hoang", "Lung Ngoc Hoang marsh")


def test_a_region_of_vietnam_is_named_without_the_country() -> None:
    text = "Đà Lạt is a city in the Central Highlands of Vietnam, famous for its flowers."
    forms = _forms(text)
    assert "Central Highlands" in forms
    assert "Central Highlands of Vietnam" not in forms


def test_a_place_named_by_a_city_keeps_its_of() -> None:
    text = "Visitors walked through the Imperial City of Huế before noon."
    assert "Central Highlands" not in _forms(text)
    assert has_form(text, "Imperial City of Huế")
