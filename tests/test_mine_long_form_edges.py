"""An acronym's long form ends at the name, not at the sentence around it: a possessive closing the
clause before the parenthesis ("the Ministry of Forest Survey’s (MFS) figures") is the sentence's,
and another body's short form opening it ("the RFS Rural Soil Office (RSO)") is that body's."""

from __future__ import annotations

import pytest

from glossary.mine.long_forms import long_form_before
from tests.mine_helpers import acronyms


@pytest.mark.parametrize("apostrophe", ["’s", "'s"])
def test_a_possessive_before_the_parenthesis_is_no_part_of_the_long_form(apostrophe: str) -> None:
    text = f"Output fell, by the Ministry of Forest Survey{apostrophe} (MFS) count, for a third year."
    assert acronyms(text) == {("MFS", "Ministry of Forest Survey")}


def test_a_plural_possessive_keeps_its_s() -> None:
    text = "Exports rose, in the Union of Rice Growers' (URG) words, by a tenth."
    assert acronyms(text) == {("URG", "Union of Rice Growers")}


def test_a_one_word_name_keeps_its_apostrophe() -> None:
    # A brand's own spelling, not a possessive: nothing shows which it is, so the word stays whole.
    assert long_form_before("MCD", "shares of McDonald's") == ("McDonald's", 0.9)


def test_a_possessive_inside_the_name_stays() -> None:
    assert long_form_before("VWU", "a report by the Vietnam Women's Union") == ("Vietnam Women's Union", 0.9)


def test_an_owner_short_form_before_the_name_is_dropped() -> None:
    # The owner's letters open with the short form's own first letter, so the name's capitalised run
    # would take it in.
    text = "The Regional Forest Service (RFS) runs the RFS Rural Soil Office (RSO) in Hue."
    assert ("RSO", "Rural Soil Office") in acronyms(text)


def test_an_owner_short_form_the_name_needs_stays() -> None:
    # "the GSO Office (GO)": without "GSO" the rest no longer spells the short form.
    assert long_form_before("GO", "the GSO Office")[0].startswith("GSO")
