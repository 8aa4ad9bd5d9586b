"""Round 17 (links, lists and fields): names a page lists rather than states one by one
(docs/miner.md, "Round 17: links (lists and fields)"), on texts written for these tests: a box's
native-name value listing two names, a lead sentence listing three or more names each with its own
parenthesis, a title line wrapped after "of" above the native name, a pronoun cue with any "-ly"
adverb, and a box's labels glued to their values."""

from __future__ import annotations

import pytest

from glossary.mine.box_labels import unglue
from tests.mine_helpers import has_form, linked

# A region's box: its native-name field lists the region's two Vietnamese names.
_BOX_LIST = (
    "= Lower Plateaus =\n"
    "\n"
    "Lower Plateaus\n"
    "- Native name: Cao nguyên Hạ Lưu, Miền Đồi Thấp\n"
    "- Population: 120000\n"
    "\n"
    "The Lower Plateaus are a hilly region with coffee farms and old rubber estates.\n"
)


def test_a_native_name_list_gives_each_name_not_the_list() -> None:
    assert linked(_BOX_LIST, "Lower Plateaus", "Cao nguyên Hạ Lưu")
    assert linked(_BOX_LIST, "Lower Plateaus", "Miền Đồi Thấp")
    assert not has_form(_BOX_LIST, "Cao nguyên Hạ Lưu, Miền Đồi Thấp")


@pytest.mark.parametrize("where", ["Huế, Việt Nam", "Đồi Thông, Lâm Đồng"])
def test_a_native_name_then_the_country_or_province_it_lies_in_is_one_value(where: str) -> None:
    # "Đồi Thông, Lâm Đồng": a place then its province (a gazetteer unit), no list of two names.
    text = (
        f"= Pine Hill Palace =\n\nPine Hill Palace\n- Native name: {where}\n- Built: 1930\n\n"
        "The palace stands on a hill.\n"
    )
    second = where.split(", ")[1]
    assert not linked(text, "Pine Hill Palace", second)


_LEAD_LIST = (
    "The Eastern Lowlands (Đồng bằng Phía Đông), Coastal Flats (Bãi Ven Biển), Salt Fields "
    "(Cánh Đồng Muối) or Tide Country (Miền Nước Lớn) was a region along the sea in the south.\n"
)


@pytest.mark.parametrize("other", ["Coastal Flats", "Salt Fields", "Tide Country", "Miền Nước Lớn"])
def test_a_lead_listing_names_each_with_its_parenthesis_closed_by_or(other: str) -> None:
    assert linked(_LEAD_LIST, "Eastern Lowlands", other)


def test_a_comma_list_that_no_or_closes_is_no_list_of_names() -> None:
    # Places listed after the lead's name with their own parentheses, then the verb: neighbours,
    # not other names of the first.
    text = (
        "Tân Phú District (Quận Tân Phú), Bình Tân District (Quận Bình Tân) and Gò Vấp District "
        "(Quận Gò Vấp) were cut from the old districts in 2003.\n"
    )
    assert not linked(text, "Tân Phú District", "Bình Tân District")
    assert not linked(text, "Tân Phú District", "Gò Vấp District")


_WRAPPED_TITLE = (
    "Socialist Republic of Vietnam\n"
    "Ministry of\n"
    "Natural Resources and Environment\n"
    "Bộ Tài nguyên và Môi trường\n"
    "Ministry overview\n"
    "\n"
    "The ministry manages land, water and minerals.\n"
)


def test_a_title_line_ending_in_of_goes_on_on_the_next_line() -> None:
    english = "Ministry of Natural Resources and Environment"
    assert linked(_WRAPPED_TITLE, english, "Bộ Tài nguyên và Môi trường")
    # the title's second half alone names nothing
    assert not has_form(_WRAPPED_TITLE, "Natural Resources and Environment")


@pytest.mark.parametrize("adverb", ["posthumously", "formally", "locally", "later"])
def test_a_pronoun_cue_takes_any_ly_adverb(adverb: str) -> None:
    text = (
        "Trần Văn Khải (1890–1950) was a teacher in Huế.\n"
        f"He was {adverb} given the name Đồ Khải by his pupils.\n"
    )
    assert linked(text, "Trần Văn Khải", "Đồ Khải")


def test_a_pronoun_cue_refuses_a_ly_word_that_is_no_adverb() -> None:
    text = "Trần Văn Khải (1890–1950) was a teacher in Huế.\nHe was family given the name Đồ Khải.\n"
    assert not linked(text, "Trần Văn Khải", "Đồ Khải")


def test_agency_box_labels_are_unglued() -> None:
    text = "Forestry Office\nJurisdictionGovernment of Vietnam\nHeadquartersĐà Lạt\nWebsiteforest.example\n"
    unglued = unglue(text)
    assert "Jurisdiction: Government of Vietnam" in unglued
    assert "Headquarters: Đà Lạt" in unglued
    assert "Website: forest.example" not in unglued  # a lower-case value is no glued row
