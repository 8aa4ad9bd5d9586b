"""Round 16b: the grammar of the naming cue "X was called Y" (docs/miner.md, "Round 16b: naming-cue
grammar"), on sentences written for these tests: any "-ly" adverb before the verb, every tense of
"be" as its auxiliary, a relative "which/that/who" between the name and the cue, and a list of names
after it."""

from __future__ import annotations

import pytest

from glossary.mine.name_spans import is_ly_adverb
from tests.mine_helpers import linked, pairs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # an adverb the cue's old list lacked, each a "-ly" word
        ("Bến Thủy Town was informally called Vĩnh Sơn by the boatmen.\n", "Bến Thủy Town", "Vĩnh Sơn"),
        (
            "Cầu Ngói Village was historically known as Thanh Lâm in old maps.\n",
            "Cầu Ngói Village",
            "Thanh Lâm",
        ),
        # "is", "are", "has been", "has also been", "also has been"
        ("Đồng Vọng Province is called Bình Lạc by the older people.\n", "Đồng Vọng Province", "Bình Lạc"),
        ("Hà Sơn District has been called Tân Hòa since the war.\n", "Hà Sơn District", "Tân Hòa"),
        ("Hà Sơn District also has been called Tân Hòa at times.\n", "Hà Sơn District", "Tân Hòa"),
    ],
)
def test_any_adverb_and_any_tense_of_be_before_the_naming_verb(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    "text",
    [
        "The Mỹ Xuyên River, which is called the Lạc Hòa River near the sea, floods every year.\n",
        "The Mỹ Xuyên River - which is called the Lạc Hòa River near the sea - floods every year.\n",
        "The Mỹ Xuyên River that was called the Lạc Hòa River floods every year.\n",
    ],
)
def test_a_relative_which_or_that_between_the_name_and_the_cue(text: str) -> None:
    assert linked(text, "Mỹ Xuyên River", "Lạc Hòa River")


def test_a_list_of_names_after_the_cue_gives_each_name() -> None:
    text = "Đồng Vọng Province, which has also been called Bình Lạc and Tân Thủy, is in the hills.\n"
    assert linked(text, "Đồng Vọng Province", "Bình Lạc")
    assert linked(text, "Đồng Vọng Province", "Tân Thủy")
    assert not linked(text, "Đồng Vọng Province", "Bình Lạc and Tân Thủy")


def test_a_name_of_no_vietnamese_syllables_with_its_characters_is_another_languages_name() -> None:
    text = "Upstream the Lạc Hòa River is also known as the Qiao Jiang (橋江), a name from the north.\n"
    assert not linked(text, "Lạc Hòa River", "Qiao Jiang")


def test_a_capitalised_word_ending_in_ly_is_no_adverb() -> None:
    text = "The Đồng Vọng Province was Italy called Bình Lạc.\n"
    assert not linked(text, "Đồng Vọng Province", "Bình Lạc")


@pytest.mark.parametrize(
    "text",
    [
        "Phạm Văn Lộc, posthumously known as Phạm Minh Đức, taught in the village school.\n",
        "The teacher Phạm Văn Lộc was informally called Phạm Minh Đức by his pupils.\n",
        "Phạm Văn Lộc has been known as Phạm Minh Đức since his death.\n",
    ],
)
def test_a_persons_other_name_after_any_ly_adverb_or_tense_of_be(text: str) -> None:
    assert linked(text, "Phạm Văn Lộc", "Phạm Minh Đức")


def test_an_ly_noun_is_no_adverb_of_the_cue() -> None:
    assert is_ly_adverb("posthumously") and is_ly_adverb("simply") and is_ly_adverb("specifically")
    assert not is_ly_adverb("family") and not is_ly_adverb("holy") and not is_ly_adverb("Italy")


def test_an_ly_adverb_in_a_parenthesis_is_part_of_the_cue_not_of_the_rendering() -> None:
    text = 'The lord Phạm Văn Lộc (posthumously known as Phạm Minh Đức, or "Second Pham Lord") built it.\n'
    assert linked(text, "Phạm Văn Lộc", "Phạm Minh Đức")
    assert not any("posthumously" in a or "posthumously" in b for a, b in pairs(text))


PLACE_PAGE = (
    "Đồng Vọng Province\n\n"
    "Đồng Vọng Province is in the hills of the north. Its capital is Bình Lạc. "
    "It also has been called Tân Thủy Province.\n"
)


def test_it_opening_a_sentence_is_the_place_page_subject() -> None:
    assert linked(PLACE_PAGE, "Đồng Vọng Province", "Tân Thủy Province")
    assert not linked(PLACE_PAGE, "Bình Lạc", "Tân Thủy Province")


def test_it_on_a_persons_page_is_no_place_subject() -> None:
    text = "Phạm Văn Lộc\n\nPhạm Văn Lộc was a teacher. It was called Tân Thủy Province then.\n"
    assert not linked(text, "Phạm Văn Lộc", "Tân Thủy Province")


def test_it_on_a_page_whose_subject_is_a_persons_name_a_street_bears_too() -> None:
    text = "Nguyễn Trãi (1380–1442) was a scholar.\n\nIt was called Tân Thủy in his poems.\n"
    assert not linked(text, "Nguyễn Trãi", "Tân Thủy")
