"""Round 39: plain English naming cues real pages use, on texts written for these tests."""

from __future__ import annotations

from tests.mine_helpers import linked, pairs

_PEOPLE = "Her grandfather was Lê Văn Khải (people called Tư or Bảy) and her grandmother was Đỗ Thị Lan.\n"


def test_people_called_gives_the_persons_other_names_not_a_pair() -> None:
    assert linked(_PEOPLE, "Lê Văn Khải", "Tư")
    assert linked(_PEOPLE, "Lê Văn Khải", "Bảy")
    assert not any(en.lower() in ("people", "locals") for _, en in pairs(_PEOPLE))


def test_locals_called_is_the_same_cue() -> None:
    text = "The boatman Phạm Văn Sáu (locals called Sáu Ghe) rowed the ferry.\n"
    assert not any(en.lower() == "locals" for _, en in pairs(text))


def test_became_emperor_as_joins_the_reign_name() -> None:
    text = "The prince gave the throne to Lê Duy Khang, who became emperor as Lê Hiển Minh. He ruled long.\n"
    assert linked(text, "Lê Duy Khang", "Lê Hiển Minh")


def test_became_emperor_without_as_joins_nothing() -> None:
    text = "Lê Duy Khang became emperor in 1740. Lê Hiển Minh was his minister.\n"
    assert not linked(text, "Lê Duy Khang", "Lê Hiển Minh")


_LISTED = (
    "Trần Văn Lộc (1600-1680) was a scholar of the north. He is referred to by several names: "
    "tên tự Trần Văn Phúc, Mai Lĩnh (梅嶺), Thanh Sơn cư sĩ (青山居士, Green Mountain Hermit) and Bảng Lộc.\n"
)


def test_names_listed_after_referred_to_by_several_names_join_the_subject() -> None:
    for other in ("Trần Văn Phúc", "Mai Lĩnh", "Thanh Sơn cư sĩ", "Bảng Lộc"):
        assert linked(_LISTED, "Trần Văn Lộc", other), other


def test_a_colon_list_without_the_naming_phrase_joins_nothing() -> None:
    text = "Trần Văn Lộc (1600-1680) was a scholar. He visited several towns: Mai Lĩnh and Bảng Lộc.\n"
    assert not linked(text, "Trần Văn Lộc", "Mai Lĩnh")


def test_the_khmer_name_of_a_place_joins_the_place() -> None:
    text = '"Srok Trang"(Khmer: ស្រុកត្រាំង) was the Cambodian name Vietnamized in Soc Trang.\n'
    assert linked(text, "Soc Trang", "Srok Trang")
    assert linked("Srok Khleang is the old Khmer name of Sóc Trăng. It grew.\n", "Sóc Trăng", "Srok Khleang")


def test_a_language_name_for_no_place_joins_nothing() -> None:
    text = "Mùa Xuân was the Vietnamese name for the Spring Offensive of the army.\n"
    assert not linked(text, "Mùa Xuân", "Spring Offensive")


def test_he_had_the_name_gives_the_subjects_childhood_name() -> None:
    text = 'Võ Văn Tần (1891–1945) was a teacher. As a boy, he had the name "Tám". He taught in Long An.\n'
    assert linked(text, "Võ Văn Tần", "Tám")


def test_had_the_name_of_a_thing_is_no_cue() -> None:
    text = 'Võ Văn Tần (1891–1945) was a teacher. The school he founded had the name "Tân Học".\n'
    assert not linked(text, "Võ Văn Tần", "Tân Học")


def test_one_lower_case_word_glossing_a_stated_name_is_its_rendering() -> None:
    text = "At school he took another name Chí Thành (sincere) from his master.\n"
    assert ("Chí Thành", "sincere") in pairs(text)


def test_one_lower_case_word_after_a_name_without_the_cue_stays_a_description() -> None:
    text = "The delegates met in Chí Thành (village) last year.\n"
    assert not any(en == "village" for _, en in pairs(text))
