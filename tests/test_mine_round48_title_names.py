"""Round 48: a person's title-name linked to the person (names/glossed_titles.py,
former_name_cues.py).

"Hạ Mai (…) or Empress Mother Tĩnh Nhu (Vietnamese: Tĩnh Nhu hoàng thái hậu)": the glossed
title-name of the page's subject is both a pair and two other names of her, though her own name has
no family name. "X ... proclaimed himself king under the title Y Vương": Y Vương is X's other name.
The texts are made up for these tests.
"""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.pipeline import mine_documents
from glossary.model import Entry, Kind


def _entries(text: str) -> list[Entry]:
    return mine_documents([Document("t.txt", text)]).entries


def _person(entries: list[Entry], vi: str) -> Entry | None:
    return next((e for e in entries if e.kind is Kind.PERSON and e.vi == vi), None)


def _forms(entry: Entry | None) -> set[str]:
    return set() if entry is None else {v.form for v in entry.variants}


def _pairs(entries: list[Entry]) -> set[tuple[str, str]]:
    return {(e.vi, e.en) for e in entries if e.vi and e.en}


_EMPRESS = (
    "= Hạ Mai =\n\n"
    "Hạ Mai (1050-1120) or Empress Mother Tĩnh Nhu (Vietnamese: Tĩnh Nhu hoàng thái hậu) was a "
    "regent of the court for thirty years.\n"
)


def test_an_empress_mothers_glossed_title_name_is_the_subjects_other_name() -> None:
    entries = _entries(_EMPRESS)
    assert {"Empress Mother Tĩnh Nhu", "Tĩnh Nhu hoàng thái hậu"} <= _forms(_person(entries, "Hạ Mai"))
    assert ("Tĩnh Nhu hoàng thái hậu", "Empress Mother Tĩnh Nhu") in _pairs(entries)


def test_the_subject_must_be_the_pages_title() -> None:
    # Another name opening the line, not the page's subject, is no holder without a family name.
    entries = _entries(_EMPRESS.replace("= Hạ Mai =", "= Court of the Lý ="))
    assert _person(entries, "Hạ Mai") is None
    assert ("Tĩnh Nhu hoàng thái hậu", "Empress Mother Tĩnh Nhu") in _pairs(entries)


def test_an_english_title_is_no_title_name() -> None:
    entries = _entries(
        "= Hạ Mai =\n\nHạ Mai (1050-1120) or Empress Mother Tĩnh Nhu (Vietnamese: Tĩnh Nhu queen) was a "
        "regent.\n"
    )
    assert _person(entries, "Hạ Mai") is None


def test_a_king_under_the_title_name() -> None:
    entries = _entries(
        "In 944 his brother-in-law Lê Văn Khải, who served as regent to the prince Ngô Xương Bình, "
        "usurped the throne and proclaimed himself king under the title Lê Bình Vương, ruling until 950."
    )
    assert "Lê Bình Vương" in _forms(_person(entries, "Lê Văn Khải"))
    assert "Lê Bình Vương" not in _forms(_person(entries, "Ngô Xương Bình"))


def test_under_the_title_needs_a_title_word_or_none() -> None:
    # "proclaimed himself rich under the title ...": no title word, so no throne name.
    entries = _entries(
        "Lê Văn Khải proclaimed himself rich under the title Lê Bình Vương in his letters of 944."
    )
    assert "Lê Bình Vương" not in _forms(_person(entries, "Lê Văn Khải"))


# Lower-case regions (region_case_forms.py): a place's name in other capitals before "region".


def _place(entries: list[Entry], en: str) -> Entry | None:
    return next((e for e in entries if e.kind is Kind.PLACE and e.en == en), None)


def test_a_region_written_in_other_capitals_is_a_form_of_the_place() -> None:
    entries = _entries(
        "The Red Delta (Vietnamese: Đồng bằng Sông Đỏ) is a region in the north. "
        "The Red delta region holds many rice fields."
    )
    assert "Red delta region" in _forms(_place(entries, "Red Delta"))


def test_a_region_all_in_lower_case_is_a_form_of_the_place() -> None:
    entries = _entries(
        "North Central Plain (Vietnamese: Bắc Trung Nguyên) is a region of the country. "
        "Four provinces of the north central plain region fell to the north."
    )
    forms = _forms(_place(entries, "North Central Plain"))
    assert "north central plain region" in forms
    # The shorter name inside the longer sighting gets no form from it.
    assert "central plain region" not in {f for e in entries for f in _forms(e)}


def test_a_longer_capitalised_name_or_a_longer_word_is_no_sighting() -> None:
    entries = _entries(
        "The Red Delta (Vietnamese: Đồng bằng Sông Đỏ) is a region in the north. "
        "The Greater Red delta region is larger; the Red delta regional council met."
    )
    place = _place(entries, "Red Delta")
    assert place is not None
    assert not any(form.endswith("region") for form in _forms(place))
