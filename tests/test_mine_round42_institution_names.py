"""Round 42: an institution's several names. A Vietnamese name with a series in it ("A, B và C")
is one name, not a list of alternatives, and its English rendering with the same series is read
whole. Text written for these tests."""

from __future__ import annotations

from glossary.mine.box_labels import unglue
from tests.mine_helpers import has_form, linked, pairs


def test_a_series_in_a_vietnamese_name_is_one_name_glossed_whole() -> None:
    text = "The Ministry of Labour, Invalids and Social Affairs (Bộ Lao động, Thương binh và Xã hội) met."
    found = pairs(text)
    assert ("Bộ Lao động, Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs") in found
    assert not linked(text, "Bộ Lao động", "Thương binh và Xã hội")
    assert not any(vi == "Bộ Lao động" for vi, _ in found)


def test_a_comma_list_of_vietnamese_terms_is_still_alternatives() -> None:
    # no "và" closes the list: two names of one edict, as before
    text = "He wrote the edict (Thiên đô chiếu, Chiếu dời đô) in 1010."
    found = pairs(text)
    assert ("Thiên đô chiếu", "edict") in found
    assert not any("," in vi for vi, _ in found)


def test_a_box_label_one_space_before_its_value_is_no_part_of_the_name() -> None:
    # a box flattened to "Label Value" rows: the label word would open the value's name
    text = (
        "Kind of port River port\n"
        "Owner Harbours Authority of Haiphong (HAH)\n"
        "Headquarters Haiphong\n"
        "Location Haiphong, Vietnam\n"
    )
    assert not linked(text, "Harbours Authority of Haiphong", "Owner Harbours Authority of Haiphong")
    assert not has_form(text, "Owner Harbours Authority of Haiphong")


def test_unglue_puts_a_colon_after_spaced_labels_only_on_a_box_of_several_rows() -> None:
    box = "Lead\nOwner Harbours Authority\nHeadquarters Haiphong\n"
    assert unglue(box) == "Lead\nOwner: Harbours Authority\nHeadquarters: Haiphong\n"
    one = "Lead\nOwner Harbours Authority\nand more text\n"
    assert unglue(one) == one
    prose = "Lead\nPresident Ho Chi Minh spoke.\nProvince Hà Giang is far.\n"
    assert unglue(prose) == prose
