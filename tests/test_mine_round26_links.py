"""Round 26, variant links: a bare name beside a homonymous province or district, and the owner
search before a unit word that ends the name."""

from __future__ import annotations

from tests.mine_helpers import has_form, linked


def test_a_bare_name_the_text_calls_a_capital_is_not_the_province() -> None:
    text = (
        "The lake lies in Lạng Giang Province, about 60 km west of the provincial capital Lạng Giang, "
        "near the border."
    )
    assert not linked(text, "Lạng Giang", "Lạng Giang Province")


def test_a_bare_name_after_city_of_is_not_the_district() -> None:
    text = "The commune borders Phú Lộc District and the nearby city of Phú Lộc."
    assert not linked(text, "Phú Lộc", "Phú Lộc District")


def test_a_distance_is_measured_to_a_settlement() -> None:
    text = "Hoà Lạc Province is mountainous. The airport is 30 km to Hoà Lạc by road."
    assert not linked(text, "Hoà Lạc", "Hoà Lạc Province")


def test_a_bare_name_in_running_text_still_joins_its_province() -> None:
    text = "Lạng Giang Province is in the north. Lạng Giang grows rice and tea."
    assert linked(text, "Lạng Giang", "Lạng Giang Province")


def test_the_capital_of_a_name_is_the_larger_unit() -> None:
    text = "Lạng Giang Province is in the north. Tea is grown around the capital of Lạng Giang."
    assert linked(text, "Lạng Giang", "Lạng Giang Province")


def test_a_unit_named_by_a_place_with_a_non_syllable_word_is_a_place() -> None:
    # "Kon" is no quốc ngữ syllable: only the whole "Kon Tum" is a place the unit can belong to.
    text = "Coffee farms cover the hills of Kon Tum Province, north of the pass."
    assert has_form(text, "Kon Tum Province")


def test_a_run_on_after_the_unit_word_is_still_refused() -> None:
    text = "Flights from Hải Phòng City to Pleiku leave twice a day."
    assert not has_form(text, "Hải Phòng City to Pleiku")


def test_a_bare_name_that_only_modifies_a_noun_joins_no_province() -> None:
    text = "Hoà Lạc Province is hilly. The elders told the story of Hoà Lạc revolution to the pupils."
    assert not linked(text, "Hoà Lạc", "Hoà Lạc Province")


def test_a_bare_name_before_a_verb_still_joins_its_province() -> None:
    text = "Hoà Lạc Province is hilly. Rice from Hoà Lạc grows on terraces, and Hoà Lạc exports tea."
    assert linked(text, "Hoà Lạc", "Hoà Lạc Province")


def test_a_bare_name_before_the_unit_adjective_is_the_province() -> None:
    text = "Hoà Lạc Province is hilly. He chaired the Hoà Lạc provincial council for ten years."
    assert linked(text, "Hoà Lạc", "Hoà Lạc Province")


def test_a_title_line_after_a_mirrors_chrome_names_the_pages_subject() -> None:
    # Two units bear the name; the page's title line, after the mirror's menu line, says which one
    # the bare name is.
    text = (
        "Open main menu\n\nLạng Giang City\n\nMarkets fill the streets of Lạng Giang City. "
        "Lạng Giang grows fast, and Lạng Giang Province around it grows rice.\n"
    )
    assert linked(text, "Lạng Giang", "Lạng Giang City")
