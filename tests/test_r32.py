"""Round 32: a count in digits inside a capitalised English name, the passive `named X`, and a
lower-case honorific opening the English side. Text written for these tests."""

from __future__ import annotations

from glossary.mine.en_phrases import en_phrase_back


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
