"""Round 21: the shape of a gloss side once a reader has cut it (form_tidy): a slashed English side
gives the sides written whole (gold rules §9.1, §9.13), a script's label glued to the Vietnamese side
without its comma is taken off, and a side that gives another Vietnamese name "or" its rendering
pairs that name with the rendering."""

from __future__ import annotations

import pytest

from glossary.mine.form_tidy import _name_and_its_rendering, _slash_sides, _without_script_label, tidy_forms
from glossary.mine.mentions import Mention
from glossary.model import Kind, VariantType
from tests.mine_helpers import entry_with, mine


def _pairs(text: str) -> set[tuple[str, str]]:
    """The (Vietnamese, English) pairs of the entries the whole miner makes of text."""
    return {(e.vi, e.en) for e in mine(text) if e.vi and e.en}


@pytest.mark.parametrize(
    ("side", "whole", "others"),
    [
        ("Lake Pavilion/Tower", "Lake Pavilion", []),  # the left side keeps the shared word
        ("river/Canal Gate", "Canal Gate", []),  # the right side keeps it
        ("ferry/boat", "ferry", ["boat"]),  # two words alone: both whole
        ("ferry boat", "ferry boat", []),  # no slash
        ("shop/tea house/inn", "shop/tea house/inn", []),  # two slashes: left as it is
        ("old stone/river bridge", "old stone/river bridge", []),  # shared words on both sides
        (
            "Place (alternatively shop/restaurant) of the Gods",
            "Place (alternatively shop/restaurant) of the Gods",
            [],
        ),
    ],
)
def test_slash_sides(side: str, whole: str, others: list[str]) -> None:
    assert _slash_sides(side) == (whole, others)


def test_slashed_meaning_gives_the_side_written_whole() -> None:
    text = 'The name Đình Sen means "Lotus Pavilion/Hall" and comes from the pond.'
    found = _pairs(text)
    assert ("Đình Sen", "Lotus Pavilion") in found
    assert not any("/" in en for _, en in found)


def test_slashed_renderings_of_equal_length_are_both_forms() -> None:
    mention = Mention(Kind.TERM, en="ferry/boat", vi="đò", origin="gloss")
    tidy_forms([mention])
    assert mention.en == "ferry"
    assert ("boat", VariantType.GLOSS) in mention.variants


@pytest.mark.parametrize(
    ("vi", "tidy"),
    [
        ("Phố cổ Chữ Nôm", "Phố cổ"),  # a label's capital in mid-phrase, no comma
        ("Xóm Đình, chữ Hán:", "Xóm Đình"),  # with its comma, as before
        ("tiếng Việt chữ Nôm", "tiếng Việt chữ Nôm"),  # lower-case "chữ": a word of the name
        ("Chữ Nôm", "Chữ Nôm"),  # the script's own name
    ],
)
def test_script_label_without_comma(vi: str, tidy: str) -> None:
    assert _without_script_label(vi) == tidy


def test_script_label_glued_in_a_labelled_parenthesis() -> None:
    text = "The hamlet office or office (Vietnamese: Nhà xóm Chữ nôm:茹村) is the smallest seat of a village."
    found = _pairs(text)
    assert ("Nhà xóm", "office") in found
    assert not any("Chữ" in vi for vi, _ in found)


@pytest.mark.parametrize(
    ("side", "result"),
    [
        ('Trần Minh Tông, or "Bright Trần Ancestor', ("Trần Minh Tông", "Bright Trần Ancestor")),
        ("Lê Văn Tâm, or the younger brother", None),  # the English names nobody
        ("Quang Hưng, or Quang Thịnh", None),  # two Vietnamese names
        ("river town, or ferry town", None),  # no Vietnamese name first
    ],
)
def test_name_and_its_rendering(side: str, result: tuple[str, str] | None) -> None:
    assert _name_and_its_rendering(side) == result


def test_posthumous_name_or_its_rendering_pairs_that_name() -> None:
    text = (
        "The fort was built by the warlord Trần Văn Hùng (posthumously known as Trần Minh Tông, "
        'or "Bright Trần Ancestor"), after years of war.'
    )
    found = _pairs(text)
    assert ("Trần Văn Hùng", 'Trần Minh Tông, or "Bright Trần Ancestor') not in found
    assert not any(vi == "Trần Văn Hùng" and "Ancestor" in en for vi, en in found)
    entry = entry_with(text, "Bright Trần Ancestor")
    assert entry is not None and entry.vi == "Trần Minh Tông"
