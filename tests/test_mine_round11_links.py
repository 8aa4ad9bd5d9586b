"""Round 11 of the miner's name-variant links (docs/miner.md, "Round 11: links"): general causes of
missed and false links, each tested on sentences written for these tests, with a case that must
link and a case that must not."""

from __future__ import annotations

import unicodedata

from glossary.mine.form_tidy import tidy_forms
from glossary.mine.mentions import Mention
from glossary.model import Kind, VariantType
from tests.mine_helpers import entry_with, has_form, linked, mine


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- A glossed other name: the person holds the name, the pair stays a term -----------------------

RULER = (
    "Trần Văn Khải (c. 1201 – 1262), temple name Minh Tông, nickname Sơn Hà chúa (Lord of the "
    "Hills), was a ruler of the coast.\n\nTrần Văn Khải built roads."
)


def test_a_glossed_nickname_is_the_persons_name_and_a_term_pair_of_its_own() -> None:
    assert linked(RULER, "Trần Văn Khải", "Sơn Hà chúa")
    assert linked(RULER, "Trần Văn Khải", "Minh Tông")
    person = entry_with(RULER, "Trần Văn Khải")
    assert person is not None and person.kind is Kind.PERSON
    # Since round 33 the nickname's rendering is his too (gold rules §10.9, settled 2026-12-01).
    assert "Lord of the Hills" in person.forms()
    pair = next(e for e in mine(RULER) if e.en == "Lord of the Hills")
    assert pair.vi == _nfc("Sơn Hà chúa") and pair.kind is Kind.TERM


def test_a_name_spelt_in_another_language_still_joins_the_person() -> None:
    # "Li Yuanji" spells the name, it renders no words: one person.
    text = "A famous actor named Vương Đình Lâm (Wang Tinglin; 王廷林) was held. Vương Đình Lâm taught."
    assert linked(text, "Vương Đình Lâm", "Wang Tinglin")


# --- A ruler's names in the infobox and his temple name with his family name -----------------------

POSTHUMOUS = " ".join(
    "Khải Thiên Minh Đạo Lập Kỷ Thùy Thống Thần Văn Thánh Võ Tuấn Đức Long Công Chí Nhân Đại Hiếu "
    "Minh Triết Khoan Hòa Cao Hoàng đế".split()
)
EMPEROR = (
    "Đinh Công Trứ (c. 1001 – 1060), birth name Đinh Văn Cả (丁文奇), was the first ruler of the "
    "southern hills.\n\nEra dates | |\n---|---|\nHưng Bình (1030–1060) | |\nPosthumous name | |\n"
    f"{POSTHUMOUS} | |\nTemple name | |\nThái Tông (太宗) |\n\n"
    "In 1030 he ascended the throne as Đinh Thái Tông. His cousin Trần Thái Tông ruled the north."
)


def test_a_rulers_name_fields_in_table_cells_and_a_long_posthumous_name() -> None:
    for other in ("Đinh Văn Cả", "Hưng Bình", POSTHUMOUS, "Thái Tông"):
        assert linked(EMPEROR, "Đinh Công Trứ", other), other


def test_a_temple_name_after_the_rulers_family_name_is_his_not_another_familys() -> None:
    assert linked(EMPEROR, "Đinh Công Trứ", "Đinh Thái Tông")
    assert not linked(EMPEROR, "Đinh Công Trứ", "Trần Thái Tông")


def test_an_era_name_field_keeps_its_name_not_its_dates() -> None:
    text = (
        "Lưu Văn Sáng (c. 1301 – 1350) was a king of the plain.\n\nEra name and dates\n"
        "Bình An (平安): 1330-1350\n"
    )
    assert linked(text, "Lưu Văn Sáng", "Bình An")
    assert not has_form(text, "Bình An (平安): 1330-1350")


# --- A page's subject and a unit of another kind that bears its name ------------------------------


def test_a_town_is_not_the_ward_of_the_same_name_it_lies_in() -> None:
    text = (
        "Mường Khoa (/vi/) is a former district-level town of Lai Châu province. The town hall is "
        "located in Mường Khoa ward. Mường Khoa has a market."
    )
    assert not linked(text, "Mường Khoa", "Mường Khoa ward")


def test_a_province_is_the_province_of_its_name() -> None:
    text = "Bắc Sơn is a province in the north. Bắc Sơn province has mountains. Bắc Sơn grows rice."
    assert linked(text, "Bắc Sơn", "Bắc Sơn province")


def test_a_unit_the_lead_also_calls_its_subject_is_the_subject() -> None:
    text = (
        "Phú Lâm are an archipelago of Cà Mau, and also a Special Zone (Đặc khu Phú Lâm) of that "
        "province. Phú Lâm has beaches."
    )
    assert linked(text, "Phú Lâm", "Đặc khu Phú Lâm")


def test_hills_described_through_of_are_not_the_district_of_their_name() -> None:
    text = (
        "The Tam Thai Sơn (Tam Thai Sơn) are a group of three limestone hills located in Tam Thai Sơn "
        "District, south of Huế. Tam Thai Sơn has caves."
    )
    assert not linked(text, "Tam Thai Sơn", "Tam Thai Sơn District")


def test_a_temple_is_not_the_ward_of_the_same_name() -> None:
    text = (
        "Linh Quang Temple (Vietnamese: Đền Linh Quang), also known as Quang Minh Temple, is a Taoist "
        "temple in Hanoi, Vietnam. It lies in a ward of the same name: Linh Quang Ward. Linh Quang "
        "Temple is old. People call it Linh Quang."
    )
    assert linked(text, "Linh Quang Temple", "Quang Minh Temple")
    assert not linked(text, "Linh Quang Temple", "Linh Quang Ward")


def test_a_map_label_over_its_unit_is_no_rendering() -> None:
    text = (
        "Cồn Tiên District\n\nHuyện đảo Cồn Tiên\nCồn Tiên Island District\nCồn Tiên\n"
        "Cồn Tiên District\n\nCồn Tiên is the largest island of the bay."
    )
    assert not linked(text, "Cồn Tiên", "Cồn Tiên District")
    assert linked(text, "Huyện đảo Cồn Tiên", "Cồn Tiên District")


# --- Landmarks, deltas and English words ------------------------------------------------------------


def test_a_bare_name_is_its_pagoda() -> None:
    text = "Linh Ứng Pagoda stands on a hill in Đà Nẵng. Linh Ứng area is green."
    assert linked(text, "Linh Ứng", "Linh Ứng Pagoda")


def test_a_bare_name_beside_a_delta_is_the_river_not_the_delta() -> None:
    text = "Farmers of the Sông Cả Delta grow rice. Sông Cả floods in autumn."
    assert not linked(text, "Sông Cả", "Sông Cả Delta")


def test_an_english_word_is_no_short_name_of_a_lake_but_a_regions() -> None:
    lake = "The temple is near North Lake. Boats sail to the North of the city. North was quiet."
    assert not linked(lake, "North", "North Lake")
    region = "The Southeast region grows rubber. The Southeast exports it."
    assert linked(region, "Southeast", "Southeast region")


# --- Other names in a lead, an aside, a parenthesis -------------------------------------------------


def test_an_honorific_and_a_name_is_a_lead_subject_with_other_names() -> None:
    text = (
        "Lady Hương (Chữ Nôm: 婆香 1201 - 1230) or Phạm Thị Hương (chữ Hán: 范氏香) was a poet of the "
        "north. She is also called Phạm Ngọc Hương, although her given name is unknown."
    )
    assert linked(text, "Lady Hương", "Phạm Thị Hương")
    assert linked(text, "Lady Hương", "Phạm Ngọc Hương")


def test_a_place_is_not_made_a_person_by_or() -> None:
    text = "Hà Long (/vi/) or Hạ Long is a city of Quảng Ninh province."
    entry = entry_with(text, "Hạ Long")
    assert entry is None or entry.kind is not Kind.PERSON


def test_a_name_after_or_in_a_parenthesis_is_the_same_person() -> None:
    text = "- Father: Lê Văn Phúc (or Nguyễn Văn Phúc)\n- Mother: Trịnh Thị Lan\n"
    assert linked(text, "Lê Văn Phúc", "Nguyễn Văn Phúc")
    assert not linked(text, "Lê Văn Phúc", "Trịnh Thị Lan")


def test_a_former_name_given_as_an_aside_after_a_gloss() -> None:
    text = 'His poem was called "Đông Đô" (lit. "Eastern Capital", a former name of Hanoi). It was sung.'
    assert linked(text, "Hanoi", "Đông Đô")


def test_an_aside_naming_something_else_is_no_former_name() -> None:
    text = 'His poem was called "Đông Đô" (lit. "Eastern Capital", a song about Hanoi). It was sung.'
    assert not linked(text, "Hanoi", "Đông Đô")


def test_a_vietnamese_side_naming_one_thing_twice_gives_two_forms() -> None:
    text = "The Tôn Đức Thắng Memorial (Lăng Chủ tịch Tôn Đức Thắng, Lăng Bác Tôn) is in Long Xuyên."
    assert linked(text, "Lăng Chủ tịch Tôn Đức Thắng", "Lăng Bác Tôn")
    assert not has_form(text, "Lăng Chủ tịch Tôn Đức Thắng, Lăng Bác Tôn")


# --- What is no part of a name, and what is no name ---------------------------------------------------


def test_a_fields_list_of_names_is_split_into_its_names() -> None:
    m = Mention(
        Kind.PLACE,
        en="Linh Quang Temple",
        variants=[
            ("Đền Trấn Bắc (Trấn Bắc Temple) then Đền Linh Quang (Linh Quang Temple)", VariantType.OTHER)
        ],
    )
    tidy_forms([m])
    assert [form for form, _ in m.variants] == [
        "Đền Trấn Bắc",
        "Trấn Bắc Temple",
        "Đền Linh Quang",
        "Linh Quang Temple",
    ]


def test_a_name_with_then_inside_and_no_parenthesis_is_left_alone() -> None:
    m = Mention(Kind.PLACE, en="X", variants=[("Then Lake", VariantType.OTHER)])
    tidy_forms([m])
    assert m.variants == [("Then Lake", VariantType.OTHER)]


def test_a_heading_in_capitals_is_cut_off_a_name_but_an_acronym_stays() -> None:
    m = Mention(Kind.PLACE, en="TRAVEL GUIDE BOOK Hội An", vi="Hội An")
    n = Mention(Kind.ORGANISATION, en="UNESCO Creative Cities Network")
    tidy_forms([m, n])
    assert m.en == "Hội An"
    assert n.en == "UNESCO Creative Cities Network"


def test_a_name_with_and_without_its_article_is_one_form() -> None:
    text = (
        "Lê Văn An chairs the Mekong Computing Industry Organization (MCIO). He joined The Mekong "
        "Computing Industry Organization in 2001."
    )
    entry = entry_with(text, "Mekong Computing Industry Organization")
    assert entry is not None
    assert "The Mekong Computing Industry Organization" not in entry.forms()


def test_an_office_is_no_bodys_name() -> None:
    text = (
        "He ranked second behind Đỗ Văn Minh, the Communist Party General Secretary. The Communist "
        "Party General Secretary spoke."
    )
    # The appositive is read as a gloss (a term pair, the pair readers' matter); no body takes the man.
    assert all(e.kind is not Kind.ORGANISATION for e in mine(text) if _nfc("Đỗ Văn Minh") in e.forms())


def test_given_the_name_after_a_pronoun_names_the_subject() -> None:
    text = "Trần Văn Hậu (1900 – 1970) was a poet of the south. He was later given the name Trần Hậu Sinh.\n"
    assert linked(text, "Trần Văn Hậu", "Trần Hậu Sinh")
    plain = (
        "Trần Văn Hậu (1900 – 1970) was a poet of the south. He was given the name of a hero by Lê Văn Tám.\n"
    )
    assert not linked(plain, "Trần Văn Hậu", "Lê Văn Tám")


def test_an_office_and_one_name_is_no_lead_subject() -> None:
    text = "General Giáp (1911 – 2013) or Võ Văn Giáp was a commander. He was born as Võ Nguyên Hùng.\n"
    assert not has_form(text, "General Giáp") or not linked(text, "General Giáp", "Võ Nguyên Hùng")
