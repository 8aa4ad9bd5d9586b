"""Round 20, naming nouns and verbs: the cue grammar (glossary/mine/cue_grammar.py) gains the
naming nouns with their modifiers ("courtesy name", "birth name"), the time phrases that stand
where "then" does ("at the time"), and the translate verbs take the whole naming-adverb class; the
readers of renames, throne names, stated names and person aliases use them. Texts written for
these tests; none is a corpus sentence."""

from __future__ import annotations

import re

import pytest

from glossary.mine.cue_grammar import NAMING_NOUN_MODIFIERS, naming_noun, translate_cue
from tests.mine_helpers import linked, pairs


@pytest.mark.parametrize("modifier", NAMING_NOUN_MODIFIERS)
def test_every_naming_noun_is_one_class(modifier: str) -> None:
    assert re.fullmatch(naming_noun(), f"{modifier} name")
    assert re.fullmatch(naming_noun(), f"{modifier.capitalize()} name")


def test_a_plain_noun_before_name_is_no_naming_noun() -> None:
    assert not re.fullmatch(naming_noun(), "street name")


@pytest.mark.parametrize("adverb", ["sometimes", "often", "also", "later", "loosely"])
def test_a_naming_adverb_belongs_to_the_translate_cue(adverb: str) -> None:
    assert re.fullmatch(translate_cue(), f"{adverb} rendered as")


def test_an_adverb_before_rendered_as_is_never_the_english_side() -> None:
    found = pairs("Trịnh Kiểm (鄭檢, sometimes rendered as Trịnh Kiềm) ruled the north for years.")
    assert not any(en.lower() == "sometimes" for _, en in found)


def test_a_chain_of_naming_nouns_after_a_stated_name_links_every_name() -> None:
    text = (
        "Đặng Minh Khiêm was a scholar of the north.\n\n"
        "His birth name was Đặng Văn Hòa (鄧文和), courtesy name Tử Khiêm (子謙) or Mộng Trai (夢齋), "
        "as his teacher gave it.\n"
    )
    assert linked(text, "Đặng Văn Hòa", "Tử Khiêm")
    assert linked(text, "Đặng Văn Hòa", "Mộng Trai")


def test_a_chain_stops_at_an_english_word() -> None:
    text = "He came home.\n\nHis birth name was Đặng Văn Hòa, courtesy name Northern Lord, as told.\n"
    assert not linked(text, "Đặng Văn Hòa", "Northern Lord")


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1951 the Lotus Workers Party, later renamed to the Lotus Labour Party, met again.",
        "In 1951 the Lotus Workers Party (later renamed the Lotus Labour Party) met again.",
        "In 1951 the Lotus Workers Party was later renamed the Lotus Labour Party.",
        "The Lotus Workers Party, before being renamed to the Lotus Labour Party, met in 1951.",
    ],
)
def test_every_form_of_the_rename_verb_links_old_and_new(sentence: str) -> None:
    assert linked(sentence, "Lotus Workers Party", "Lotus Labour Party")


def test_a_rename_with_its_own_subject_is_no_reduced_relative() -> None:
    # "Trần Văn Lâm renamed ...": a verb with its subject, whose object is no name of the subject.
    text = "Trần Văn Lâm renamed the Lotus Workers Party the Lotus Labour Party in 1951."
    assert not linked(text, "Trần Văn Lâm", "Lotus Labour Party")


@pytest.mark.parametrize("joint", ["—", ", "])
def test_the_future_title_names_the_person_before_the_joint(joint: str) -> None:
    end = "—" if joint == "—" else ","
    text = f"The general served Nguyễn Phúc Đảm{joint}the future Emperor Minh Mạng{end} for years."
    assert linked(text, "Nguyễn Phúc Đảm", "Minh Mạng")


def test_the_future_title_needs_its_person_right_before_the_joint() -> None:
    text = "Nguyễn Phúc Đảm waited for years in the capital, the future Emperor Minh Mạng was told."
    assert not linked(text, "Nguyễn Phúc Đảm", "Minh Mạng")


def test_the_name_of_the_place_was_links_the_page_place() -> None:
    text = (
        "Cẩm Giàng\n\nCẩm Giàng is a town in the north of Vietnam.\n\n"
        "The name of the town, under the Lê dynasty, was Cẩm Giang Trấn (錦江鎮).\n"
    )
    assert linked(text, "Cẩm Giàng", "Cẩm Giang Trấn")


def test_the_name_of_a_person_noun_is_no_place_name() -> None:
    text = "Cẩm Giàng\n\nCẩm Giàng is a town in the north.\n\nThe name of the teacher was Lê Văn Bình.\n"
    assert not linked(text, "Cẩm Giàng", "Lê Văn Bình")


def test_at_the_time_stands_where_then_does() -> None:
    text = "She worked for Phạm Văn Đồng (at the time known as Lâm Bá Kiệt) in Hong Kong."
    assert linked(text, "Phạm Văn Đồng", "Lâm Bá Kiệt")


def test_a_parenthesis_cue_never_names_the_page_subject() -> None:
    text = (
        "Lê Thị Hồng\n\nLê Thị Hồng was a teacher.\n\n"
        "She worked for Phạm Văn Đồng (at the time known as Lâm Bá Kiệt) in Hong Kong.\n"
    )
    assert not linked(text, "Lê Thị Hồng", "Lâm Bá Kiệt")
