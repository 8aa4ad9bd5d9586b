"""Round 32: a count in digits inside a capitalised English name, and a lower-case honorific
opening the English side. Text written for these tests (the passive `named X` was tried and left:
it moved one part only; see docs/miner.md)."""

from __future__ import annotations

from glossary.mine.en_phrases import en_phrase_back
from tests.mine_helpers import pairs


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


# --- LC: a lower-case honorific opening the English side ----------------------------------------


def test_lower_case_honorific_before_the_name_is_a_rendering() -> None:
    assert ("Ông Tám", "sir Tám") in pairs("Ông Tám (sir Tám) was a boatman.")


def test_lower_case_lady_before_a_two_word_name() -> None:
    assert ("Bà Chúa Kho", "lady Chúa Kho") in pairs("Bà Chúa Kho (lady Chúa Kho) is worshipped here.")


def test_lower_case_word_that_is_no_honorific_is_still_refused() -> None:
    assert not any(en == "boatman Tám" for _, en in pairs("Ông Tám (boatman Tám) was old."))


def test_lower_case_honorific_pair_stays_a_term() -> None:
    from glossary.mine.titled_persons import names_titled_person

    assert not names_titled_person("Ông Tám", "sir Tám")
    assert names_titled_person("Ông Tám", "Sir Tám")
