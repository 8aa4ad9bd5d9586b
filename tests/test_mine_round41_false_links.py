"""Round 41: forms that made false name-variant links, told apart on text written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.mine.acronym_owners import owner_before
from glossary.mine.caps_tokens import _dotted_alone
from glossary.mine.documents import read_document
from glossary.mine.pipeline import extract


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        # a dash between spaces joins a compound heading, as "U.S.-Vietnam" does
        ("U.K. – Brazil Trade Talks", []),
        ("U.K.—Brazil Trade Talks", []),
        # the initials and a people's adjective share one noun: both modify it
        ("the U.K. and Brazilian fleets met", []),
        ("the U.K. and Chinese officials", []),
        # the initials standing as a noun stay a use of the country's name
        ("between the U.K. and Brazil.", ["U.K."]),
        ("trade with the U.K. and Brazil grew", ["U.K."]),
        ("U.K., Brazil Sign Accord", ["U.K."]),
    ],
)
def test_dotted_initials_as_modifier(text: str, uses: list[str]) -> None:
    assert [m.group(0) for m in _dotted_alone(text)] == uses


@pytest.mark.parametrize(
    ("head", "owner"),
    [
        ("ABC", True),  # another body's short form before the name
        ("UNDP", True),
        ("Dutch-backed", True),  # a backer as one hyphenated adjective
        ("Brazil", True),  # a country
        ("HCM City", False),  # a place that may be part of the body's own name
        ("Central", False),  # a word of the name itself
        ("Abc", False),
    ],
)
def test_owner_before_long_form(head: str, owner: bool) -> None:
    assert owner_before(head) is owner


def test_owner_name_is_no_longer_form_of_acronym(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "In 1990 the agency met the UNDP Regional Water Board (RWB) in Lima.\n"
        "Later the Regional Water Board wrote a report.\n",
        encoding="utf-8",
    )
    mentions = extract(read_document(page, "page.txt")).mentions
    forms = {m.en for m in mentions if m.abbr == "RWB"}
    assert forms == {"Regional Water Board"}
