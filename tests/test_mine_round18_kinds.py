"""Round 18, links: the kind of a name taken from the page's own evidence. A lead sentence that calls
its subject a ruling house ("were a noble clan", "was a dynasty") makes it an organisation, and the
house's other names (sharing its family name) link to it; an aside with its own parenthesis may
stand before the next naming cue; a chain name's own parenthesis may give its Vietnamese form; a
dash joins "then called" as a comma does; and a compass word before a known place names a region.
Texts written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.lead import lead_names
from glossary.mine.name_spans import is_region
from glossary.model import Kind
from tests.mine_helpers import entry_with, linked

# --- a ruling house's kind from the lead's class noun -----------------------------------------------

_HOUSE = (
    "The Vo lords (Vietnamese: Chúa Võ; 1601–1777), also known as the House of Võ or the Võ clan, "
    "were a noble clan that held the southern marches.\n\nThe Vo lords kept a large fleet.\n"
)


def test_a_lead_that_calls_its_subject_a_clan_gives_it_the_kind_of_a_body() -> None:
    read = lead_names(_HOUSE)
    assert read is not None
    assert read.subject == "Vo lords"
    assert read.kind == "org"
    assert [name for name, _ in read.others] == ["House of Võ", "Võ clan"]


@pytest.mark.parametrize("other", ["House of Võ", "Võ clan"])
def test_the_houses_other_names_link_to_it(other: str) -> None:
    assert linked(_HOUSE, "Vo lords", other)
    entry = entry_with(_HOUSE, "Vo lords")
    assert entry is not None and entry.kind is Kind.ORGANISATION


def test_a_dynastys_official_name_is_its_states_not_the_houses() -> None:
    # "officially Great X" names the state the house ruled: it shares no family name with the house.
    text = (
        "The Đào dynasty (Vietnamese: Nhà Đào), officially Great Minh Sơn (Đại Minh Sơn), was a short "
        "dynasty of two rulers.\n"
    )
    assert not linked(text, "Đào dynasty", "Great Minh Sơn")


def test_without_a_class_noun_a_lower_case_word_after_the_name_is_no_head() -> None:
    # "The Vo people were": "people" heads no house; nothing is read as a lead subject with a kind.
    read = lead_names("The Vo people (Người Võ), also known as the Võ folk, were farmers.\n")
    assert read is None or read.kind is None


# --- an aside with its own parenthesis before the cue -------------------------------------------------


def test_an_aside_with_its_parenthesis_may_stand_before_the_naming_cue() -> None:
    text = (
        "The Vo lords (Vietnamese: Chúa Võ), formally styled as Regent of Võ (Võ vương) also known as "
        "the House of Võ, were a noble family of the south.\n"
    )
    read = lead_names(text)
    assert read is not None and read.kind == "org"
    assert [name for name, _ in read.others] == ["House of Võ"]
    assert linked(text, "Vo lords", "House of Võ")


# --- a chain name's own Vietnamese form ----------------------------------------------------------------


def test_a_chain_names_parenthesis_gives_its_vietnamese_form() -> None:
    text = (
        "The Vo lords (Vietnamese: Chúa Võ), also known as the Võ clan (Võ thị; 武氏), were a noble "
        "clan of the south.\n"
    )
    read = lead_names(text)
    assert read is not None
    assert "Võ thị" in [name for name, _ in read.others]
    assert linked(text, "Võ clan", "Võ thị")


def test_an_english_gloss_after_a_chain_name_is_no_vietnamese_form() -> None:
    text = (
        "The Vo lords (Vietnamese: Chúa Võ), also known as the Võ clan (Southern House), were a noble "
        "clan of the south.\n"
    )
    read = lead_names(text)
    assert read is not None
    assert "Southern House" not in [name for name, _ in read.others]


# --- a dash before "then called", and a region's kind --------------------------------------------------


@pytest.mark.parametrize("joint", ["—", " — ", " – "])
def test_a_dash_joins_then_called_as_a_comma_does(joint: str) -> None:
    text = f"The fleet guarded Southern Laos{joint}then called Bassac{joint.strip() or '—'}for a century.\n"
    assert linked(text, "Southern Laos", "Bassac")


def test_a_hyphen_is_no_joint() -> None:
    text = "The fleet guarded Southern Laos-then called Bassac for a century.\n"
    assert not linked(text, "Southern Laos", "Bassac")


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("Northern Vietnam", True),
        ("Central Laos", True),
        ("Upper Cambodia", True),
        ("Northern Lights", False),  # no place after the compass word
        ("Vietnam", False),  # no compass word
        ("Northern", False),
    ],
)
def test_a_compass_word_before_a_known_place_names_a_region(name: str, region: bool) -> None:
    assert is_region(name) is region


def test_without_a_kind_an_unknown_name_is_not_linked() -> None:
    # Neither name has a head word, a gazetteer entry or a compass word: no kind, no link.
    text = "The fleet guarded Zorvania—then called Bassac—for a century.\n"
    assert not linked(text, "Zorvania", "Bassac")
