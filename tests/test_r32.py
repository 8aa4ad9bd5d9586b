"""Round 32: a count in digits inside a capitalised English name, the passive `named X`, and a
lower-case honorific opening the English side. Text written for these tests."""

from __future__ import annotations

from glossary.mine.en_phrases import en_phrase_back
from tests.mine_helpers import linked, pairs


def _back(text: str) -> str | None:
    end = text.index(" (")
    phrase = en_phrase_back(text, end, 0)
    return phrase.text if phrase else None


def test_digits_inside_a_capitalised_name_are_kept() -> None:
    assert _back("The Revolt of the 7 Captains (Loạn bảy tướng) was long.") == "Revolt of the 7 Captains"


def test_digits_after_of_without_article() -> None:
    assert _back("the Council of 40 Elders (Hội đồng bốn mươi) met.") == "Council of 40 Elders"


def test_digits_without_a_connector_still_cut() -> None:
    assert _back("In 1930 Saigon (Sài Gòn) grew.") == "Saigon"


def test_lower_case_before_the_count_is_not_taken() -> None:
    assert _back("the numbers of 9 Dragons (Cửu Long) vary.") == "Dragons"


# --- PN: the passive "named X" ------------------------------------------------------------------

PERSON = "Lê Văn Khôi was a general of the south. "


def test_coordinated_passive_named_gives_the_subject_a_name() -> None:
    text = PERSON + "After his death, he was mourned and honoured by the villagers and named Đức Ông Khôi."
    assert linked(text, "Lê Văn Khôi", "Đức Ông Khôi")


def test_bare_passive_named_with_a_vietnamese_name() -> None:
    assert linked(PERSON + "Later he was named Thượng Tướng Khôi.", "Lê Văn Khôi", "Thượng Tướng Khôi")


def test_named_to_an_office_is_no_name() -> None:
    assert not linked(
        PERSON + "In 1830 he was named Governor of Gia Dinh.", "Lê Văn Khôi", "Governor of Gia Dinh"
    )


def test_coordinated_named_to_an_office_is_no_name() -> None:
    text = PERSON + "In 1830 he was praised by the court and named Governor of the South."
    assert not linked(text, "Lê Văn Khôi", "Governor of the South")


# --- LC: a lower-case honorific opening the English side ----------------------------------------


def test_lower_case_honorific_before_the_name_is_a_rendering() -> None:
    assert ("Ông Tám", "sir Tám") in pairs("Ông Tám (sir Tám) was a boatman.")


def test_lower_case_lady_before_a_two_word_name() -> None:
    assert ("Bà Chúa Kho", "lady Chúa Kho") in pairs("Bà Chúa Kho (lady Chúa Kho) is worshipped here.")


def test_lower_case_word_that_is_no_honorific_is_still_refused() -> None:
    assert not any(en == "boatman Tám" for _, en in pairs("Ông Tám (boatman Tám) was old."))


def test_title_line_owns_the_pronoun_when_no_lead_sentence() -> None:
    text = "Lê Văn Khôi\n\nAfter his death, he was mourned by the villagers and named Đức Ông Khôi.\n"
    assert linked(text, "Lê Văn Khôi", "Đức Ông Khôi")


def test_title_line_that_is_no_personal_name_owns_no_he() -> None:
    text = "Rice Farming\n\nAfter his death, he was mourned by the villagers and named Đức Ông Khôi.\n"
    assert not linked(text, "Rice Farming", "Đức Ông Khôi")


def test_lower_case_honorific_pair_stays_a_term() -> None:
    from glossary.mine.titled_persons import names_titled_person

    assert not names_titled_person("Ông Tám", "sir Tám")
    assert names_titled_person("Ông Tám", "Sir Tám")
