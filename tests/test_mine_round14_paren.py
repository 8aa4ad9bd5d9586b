"""Round 14: a language, a world region or a form's label in parentheses after a place's name
(tests/corpus/gold/blind12/ANALYSIS.md, ranked change 1) is not another name of the place; a real
other name in parentheses still is. Text written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.lexicon import names_a_label
from tests.mine_helpers import linked

REFUSED = [
    # a language's English name (CLDR)
    ("Maps printed abroad wrote Cao Bằng (English) until the war.", "Cao Bằng", "English"),
    # a world region (CLDR's numbered territories)
    ("Hà Tĩnh (Southeast Asia) lies on the coast.", "Hà Tĩnh", "Southeast Asia"),
    ("Hải Phòng (Asia) is a port.", "Hải Phòng", "Asia"),
    # forms of one name listed each with its label: the label is no name even when no list knows it
    ("Old books wrote Cao-bằng (Kinh) or Cao-bàng (Tày) for the province.", "Cao-bằng", "Kinh"),
    ("It appears as Caobang (Anglo), Cao-Bang (Gallic), or Cao Bằng on maps.", "Caobang", "Anglo"),
]

KEPT = [
    ("Ho Chi Minh City (Saigon) is the largest city.", "Ho Chi Minh City", "Saigon"),
    ("Sài Gòn (Saigon) grew fast after 1975.", "Sài Gòn", "Saigon"),
    ("Huế (Hue) was the imperial capital.", "Huế", "Hue"),
    ("Saigon (Vietnamese: Sài Gòn) is a port on the river.", "Saigon", "Sài Gòn"),
    ("Hội An (Faifo) was a trading port.", "Hội An", "Faifo"),
    # different places in one list, each with its own other name, are still read
    ("The ports Hội An (Faifo), Đà Nẵng (Tourane) and others traded silk.", "Đà Nẵng", "Tourane"),
]


@pytest.mark.parametrize(("text", "name", "label"), REFUSED)
def test_a_label_in_parentheses_is_no_other_name(text: str, name: str, label: str) -> None:
    assert not linked(text, name, label)


@pytest.mark.parametrize(("text", "name", "other"), KEPT)
def test_a_real_other_name_in_parentheses_is_kept(text: str, name: str, other: str) -> None:
    assert linked(text, name, other)


def test_labels_come_from_cldr_not_from_a_list_of_names() -> None:
    assert names_a_label("English") and names_a_label("Southeast  Asia") and names_a_label("Vietnamese")
    assert not names_a_label("Saigon") and not names_a_label("Faifo") and not names_a_label("Vietnam")
