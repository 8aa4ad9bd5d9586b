"""Round 20: infobox rows that name the box's subject another way ("Nickname(s): X", "Formerly
called | Vietnamese: X |") read as forms of the subject; a glossed nickname stays its own pair."""

from __future__ import annotations

import pytest

from glossary.mine.box_fields import _nickname, _outside_parentheses
from glossary.mine.infobox import _first_cell, extract_infobox
from tests.mine_helpers import doc, linked, pairs

# Boxes written for these tests, shaped as flattened wiki infoboxes are.
_TOWN_BOX = """Lam Giang province Tỉnh Lam Giang |
|
Lam Giang rice fields near Cái Rùa | |
Nickname(s): Heron Shore | |
Country | Vietnam |
Lam Giang is a province in the south of Vietnam. Its capital is Lam Giang.
"""
_SOCIETY_BOX = """Vietnam Kite Society
Name | Vietnam Kite Society |
Formerly called | Vietnamese: Hội Diều Giấy Việt Nam |
Website | http://kites.example.vn/ |
The Vietnam Kite Society (Vietnamese: Hội Diều Việt Nam) is a club of kite makers.
"""
_CITADEL_BOX = """Hà Lam | |||||
Native Name: | Tỉnh Hà Lam | ||||
Nickname: | Thành Đông (Eastern Citadel) | ||||
Coordinates: | 20.9°N 106.3°E | ||||
Hà Lam (Vietnamese: Tỉnh Hà Lam) is a province in the north of Vietnam.
"""


def _other_names(text: str) -> set[tuple[str, str]]:
    """(subject, other name) of each subject mention extract_infobox makes of text."""
    return {
        (m.en or m.vi, form)
        for m in extract_infobox(doc(text))
        if m.origin == "name"
        for form, _ in m.variants
    }


def test_nickname_row_is_a_form_of_the_subject_named_above_it() -> None:
    assert ("Lam Giang", "Heron Shore") in _other_names(_TOWN_BOX)
    assert linked(_TOWN_BOX, "Heron Shore", "Tỉnh Lam Giang")


def test_formerly_called_row_drops_its_language_label() -> None:
    assert _other_names(_SOCIETY_BOX) == {("Vietnam Kite Society", "Hội Diều Giấy Việt Nam")}
    assert linked(_SOCIETY_BOX, "Hội Diều Giấy Việt Nam", "Vietnam Kite Society")


def test_glossed_nickname_keeps_its_own_pair_and_both_forms_name_the_subject() -> None:
    # Gold rules §10.9 (settled 2026-12-01, superseding blind6 decision 3): the nickname and its
    # rendering are both other names of the subject; the pair stays a term of its own.
    assert _other_names(_CITADEL_BOX) == {("Tỉnh Hà Lam", "Thành Đông"), ("Tỉnh Hà Lam", "Eastern Citadel")}
    assert ("Thành Đông", "Eastern Citadel") in pairs(_CITADEL_BOX)
    assert linked(_CITADEL_BOX, "Tỉnh Hà Lam", "Eastern Citadel")
    assert linked(_CITADEL_BOX, "Thành Đông", "Hà Lam")


def test_key_colon_then_table_bars_gives_the_first_cell() -> None:
    assert _first_cell("| Tỉnh Hà Lam | ||||") == " Tỉnh Hà Lam "
    assert _first_cell("Heron Shore | |") == "Heron Shore "
    # The native-name row after a colon and a bar is read as the province's Vietnamese name.
    glosses = {(m.vi, m.en) for m in extract_infobox(doc(_CITADEL_BOX)) if m.origin == "gloss"}
    assert all("|" not in (vi or "") + (en or "") for vi, en in glosses)


@pytest.mark.parametrize(
    ("part", "names"),
    [
        ("Heron Shore", ["Heron Shore"]),
        ("Heron Shore (1820)", ["Heron Shore"]),
        ("Lotus Bay Trading Post (LBTP)", ["Lotus Bay Trading Post"]),
        # Glossed in the other language: the nickname and its rendering (gold rules §10.9).
        ("Rồng Bạc (Silver Dragon)", ["Rồng Bạc", "Silver Dragon"]),
        ("Silver City (Thành phố bạc)", ["Silver City", "Thành phố bạc"]),
        ("Lotus Bay (informal)", []),  # a remark in the same language, no rendering
        # An English phrase alone is the row's nickname (gold rules §10.9; round 47, was []).
        ("Eternal spring", ["Eternal spring"]),
        ("Rồng Bạc (eternal spring)", []),  # its rendering a meaning: no nickname either
        ("Land of the Lotus", ["Land of the Lotus"]),
    ],
)
def test_nickname_parts(part: str, names: list[str]) -> None:
    assert _nickname(part) == names


def test_value_split_outside_parentheses() -> None:
    assert _outside_parentheses("QLX (SVA, ARVN in English)") == ["QLX (SVA, ARVN in English)"]
    assert _outside_parentheses("Heron Shore; Lotus Bay or Silver City") == [
        "Heron Shore",
        "Lotus Bay",
        "Silver City",
    ]


def test_lead_subject_not_named_in_the_box_is_not_its_subject() -> None:
    # The box has no name row and its heading is a notice; the lead below names another body.
    text = (
        "This article needs citations. |\n"
        "Website | kites |\n"
        "Formerly called | Paper Kite Centre |\n"
        "The Hanoi Kite Board was set up in 2001. It runs the yearly fair.\n"
    )
    assert _other_names(text) == set()
