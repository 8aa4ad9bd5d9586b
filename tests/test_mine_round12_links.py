"""Round 12 of the miner's name-variant links (docs/miner.md, "Round 12: links"): general causes of
missed and false links found on blind10, each tested on sentences written for these tests, with a
case that must link and a case that must not."""

from __future__ import annotations

import unicodedata

from tests.mine_helpers import entry_with, has_form, linked, mine


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- A script's label after the Vietnamese name in one parenthesis ----------------------------------

PAGODA = (
    "= Hồng Phúc Temple =\n\n"
    "Hồng Phúc Pagoda (Chùa Hồng Phúc, Chữ Hán: 洪福寺) is a Buddhist temple in Hà Nam Province.\n"
)


def test_a_script_label_is_no_word_of_the_vietnamese_name() -> None:
    assert linked(PAGODA, "Hồng Phúc Pagoda", "Chùa Hồng Phúc")
    assert not any("Chữ Hán" in form for e in mine(PAGODA) for form in e.forms())


def test_two_vietnamese_names_with_a_comma_are_still_both_kept() -> None:
    # Not a script label: the second name after the comma stays (round 11's same generic word).
    text = "The Uncle Mausoleum (Lăng Chủ tịch Hồ Văn Minh, Lăng Bác) stands in the square.\n"
    assert linked(text, "Lăng Chủ tịch Hồ Văn Minh", "Lăng Bác")


# --- A lead's "or" name that holds "and" ------------------------------------------------------------

GROWN = (
    "Hồng Phúc Pagoda (Chùa Hồng Phúc) or Hồng Phúc Pagoda Spiritual and Cultural Complex is a "
    "complex of Buddhist temples in Hà Nam Province, Vietnam.\n"
)
LISTED = (
    "Hồng Phúc Pagoda (Chùa Hồng Phúc) or Tam Phúc Pagoda and Hà Nam Cathedral are temples in Hà Nam "
    "Province.\n"
)


def test_a_lead_name_grown_from_the_subject_with_and_is_another_name_of_it() -> None:
    assert linked(GROWN, "Hồng Phúc Pagoda", "Hồng Phúc Pagoda Spiritual and Cultural Complex")
    assert linked(GROWN, "Chùa Hồng Phúc", "Hồng Phúc Pagoda Spiritual and Cultural Complex")


def test_two_other_places_joined_by_and_after_or_are_not_the_subject() -> None:
    assert not linked(LISTED, "Hồng Phúc Pagoda", "Tam Phúc Pagoda")
    assert not linked(LISTED, "Hồng Phúc Pagoda", "Hà Nam Cathedral")
    assert not has_form(LISTED, "Tam Phúc Pagoda and Hà Nam Cathedral")


# --- "now known as" after a person ------------------------------------------------------------------

RENAMED = "In 1941, Trần Văn Giàu, now known as Trần Minh Giàu, arrived in the south to form a league.\n"


def test_now_known_as_gives_a_persons_other_name() -> None:
    assert linked(RENAMED, "Trần Văn Giàu", "Trần Minh Giàu")
    person = entry_with(RENAMED, "Trần Văn Giàu")
    assert person is not None and person.kind.value == "person"


def test_now_known_as_after_a_place_with_a_head_word_is_no_persons_name() -> None:
    text = "In 1975, Gia Định Province, now known as Hồ Hữu Quang City, was merged.\n"
    assert not linked(text, "Gia Định Province", "Hồ Hữu Quang City")


# --- "it" run on from other words ---------------------------------------------------------------------

TOWN = (
    "= Bảo Khê Province =\n\n"
    "Bảo Khê Province (Vietnamese: Tỉnh Bảo Khê) is a province of the north.\n\n"
    "The area by the river was the site of a market that grew into a town. Because of this it was "
    "called Cựu Phố by traders.\n"
)
RENAMED_PLACE = (
    "= Bảo Khê Province =\n\n"
    "Bảo Khê Province (Vietnamese: Tỉnh Bảo Khê) is a province of the north.\n\n"
    "In 1802, it was called Bảo Thắng by the court.\n"
)


def test_it_run_on_from_a_clause_is_the_thing_just_spoken_of() -> None:
    assert not linked(TOWN, "Bảo Khê Province", "Cựu Phố")


def test_it_opening_a_sentence_after_a_comma_is_still_the_page_subject() -> None:
    assert linked(RENAMED_PLACE, "Bảo Khê Province", "Bảo Thắng")


# --- A gloss side giving a second Vietnamese reading and then the English ---------------------------

READINGS = (
    "The old quarter grew into a market town, called Cựu Phố (舊舖, literally Phố Cũ, Old Town), "
    "and the new one was named Tân Phố (新舖, today Phố Mới, New Town).\n"
)


def test_a_reading_and_its_rendering_give_the_english_without_the_reading_glued_on() -> None:
    new = entry_with(READINGS, "Tân Phố")
    assert new is not None and new.en == "New Town"
    assert not has_form(READINGS, "today Phố Mới, New Town")
    old = entry_with(READINGS, "Cựu Phố")
    assert old is not None and old.en == "Old Town"


def test_the_modern_reading_after_today_is_kept_as_a_variant() -> None:
    new = entry_with(READINGS, "Tân Phố")
    assert new is not None and _nfc("Phố Mới") in new.forms()


def test_an_english_list_after_a_comma_is_not_split() -> None:
    text = "They sell bánh cuốn (rice rolls, pork rolls) at dawn.\n"
    assert not any(form == "pork rolls" for e in mine(text) for form in e.forms())
