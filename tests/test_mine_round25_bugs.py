"""Round 25, plain bugs (blind21's analysis): every wiki audio stub (the "listen" label with the
icon text or help link a skin draws around it) is blanked, and the box labels seen glued to their
values on two or more pages are cut from them. (The owner search's fix, blind21 cause K, and its
tests are in commit 0c95ee9/ea865f6, reverted at the branch's head: see docs/miner.md, round 25
plain bugs.) Every text here is written for the test."""

from __future__ import annotations

import pytest

from glossary.mine.box_labels import unglue
from glossary.mine.citations import blank_citations
from tests.mine_helpers import has_form, linked, mine

# --- 1. audio stubs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stub",
    [
        "( listen)",
        "(listen)",
        "( listen )",
        "(About this sound listen)",
        "(About this soundlisten)",
        "(listenⓘ)",
        "(listen (help·info))",
        "(audio speaker iconlisten)",
        "(ⓘ listen)",
    ],
)
def test_every_audio_stub_is_blanked_in_place(stub: str) -> None:
    text = f"Bến Lức {stub} is a town on the river."
    blanked = blank_citations(text)
    assert len(blanked) == len(text)
    assert "listen" not in blanked and "(" not in blanked


@pytest.mark.parametrize("inside", ["listen to the river", "About this town", "About this sound track"])
def test_a_parenthesis_with_other_words_is_kept(inside: str) -> None:
    text = f"Bến Lức ({inside}) is a town on the river."
    assert blank_citations(text) == text


def test_a_long_stub_is_no_gloss() -> None:
    text = "Bến Lức (About this sound listen) is a town on the river."
    forms = [form for entry in mine(text) for form in entry.forms()]
    assert "Bến Lức" in forms
    assert not any("listen" in form or "About" in form for form in forms)


def test_a_cue_after_a_long_stub_is_read() -> None:
    text = "Lê Văn Tám (About this sound listen) (1920 – 1990), popularly known as Little Tam, was a soldier."
    assert linked(text, "Lê Văn Tám", "Little Tam")


# --- 2. glued box labels -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "label, value",
    [
        ("Occupation", "Property developer"),
        ("Organisation", "Sông Hồng Group"),
        ("Nationality", "Vietnamese"),
        ("Constituency", "Ninh Bình"),
        ("Part of", "People's Navy"),
    ],
)
def test_a_person_or_unit_box_label_is_cut_from_its_value(label: str, value: str) -> None:
    text = f"Lê Văn Tám\nBorn1 May 1930\n{label}{value}\nDiedHà Nội"
    unglued = unglue(text)
    assert f"{label}: {value}" in unglued
    assert unglued.count("\n") == text.count("\n")


def test_a_glued_organisation_label_gives_the_name_alone() -> None:
    text = "Lê Văn Tám\nBorn1 May 1930\nOrganisationSông Hồng Group\nOccupationBanker\n\nHe is a banker."
    assert not has_form(text, "OrganisationSông Hồng Group")
