"""Round 21: where a short form's long form starts and ends, and the short form written first. The
head of a name the short form leaves unspelt ("the Bureau of the Lake Fisheries Council (LFC)"), a
qualifier in its own parenthesis ending the name ("the Baptist Union of Laos (South) (BULS)"), and
'the "KRS" or Kettle River Station' (the short form quoted, then "or" and the name)."""

from __future__ import annotations

import pytest

from glossary.mine.short_shapes import country_letter_left_out
from tests.mine_helpers import acronyms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The head noun joined by "of" after the article is part of the name.
        (
            "Tam was refused help by the Bureau of the Lake Fisheries Council (LFC) in May.",
            ("LFC", "Bureau of the Lake Fisheries Council"),
        ),
        # The same at a sentence's start.
        (
            "The Office of the Coastal Weather Service (CWS) opened a station.",
            ("CWS", "Office of the Coastal Weather Service"),
        ),
        # An owner's name in capitals before the long form is none of it.
        (
            "The team joined the UNDP Coastal Weather Service (CWS) project.",
            ("CWS", "Coastal Weather Service"),
        ),
        # No article: no head is taken back (a clause's subject, not the name's head).
        (
            "Staff of Coastal Weather Service (CWS) met there.",
            ("CWS", "Coastal Weather Service"),
        ),
        # A person's office before "of the" is no head of the name.
        (
            "She met the Director-General of the Coastal Weather Service (CWS) in May.",
            ("CWS", "Coastal Weather Service"),
        ),
        # A head without "of" is no head of the name.
        (
            "They met the Senior Coastal Weather Service (CWS) staff.",
            ("CWS", "Coastal Weather Service"),
        ),
    ],
)
def test_head_of_the_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in acronyms(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The qualifier gives the short form its last letter.
        (
            "Some groups, including the Baptist Union of Laos (South) (BULS), met rarely.",
            {("BULS", "Baptist Union of Laos (South)")},
        ),
        # A qualifier whose initial ends no short form is a gloss after the name: nothing read.
        (
            "Some groups, including the Baptist Union of Laos (Vientiane) (BULS), met rarely.",
            set(),
        ),
        # A year in the parenthesis before is no qualifier of a name.
        ("The Baptist Union of Laos (1975) (BUL) met rarely.", set()),
    ],
)
def test_qualifier_in_its_own_parenthesis(text: str, expected: set[tuple[str, str]]) -> None:
    assert acronyms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The short form quoted first, then "or" and the name, whose initials spell it.
        (
            'The town held the "KRS" or Kettle River Station depot, now a market.',
            {("KRS", "Kettle River Station")},
        ),
        # Curly quotation marks and a comma before "or".
        (
            "It was called “KRS”, or the Kettle River Station, by the crews.",
            {("KRS", "Kettle River Station")},
        ),
        # The name's initials do not spell the short form: nothing read.
        ('They called it "KRS" or Old Harbour Depot in those years.', set()),
        # One capitalised word after "or" is no long form.
        ('The sign said "KRS" or Kettle in faded paint.', set()),
    ],
)
def test_short_form_first_then_or(text: str, expected: set[tuple[str, str]]) -> None:
    assert acronyms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "V" for Vietnam first, the rest the initials of the long form.
        (
            "Since 2012, UNDP’s Mangroves and Rivers (VMR) project has helped farmers.",
            {("VMR", "Mangroves and Rivers")},
        ),
        # "V" second, the rest spelt by an initial and a word in capitals.
        (
            "In 2019 Vietnam signed the Japan Union FTA (JV-FTA), and more.",
            {("JV-FTA", "Japan Union FTA")},
        ),
        # A letter from inside a word: a dateline, no name.
        ("Hai Phong City (VPA) – The port said on Monday.", set()),
        # A word opening with "V" spells the letter: the ordinary reading, not this one.
        ("The Vinh River Authority (VRA) met.", {("VRA", "Vinh River Authority")}),
    ],
)
def test_a_country_letter_left_out(text: str, expected: set[tuple[str, str]]) -> None:
    assert acronyms(text) == expected


def test_the_tail_of_a_longer_name_is_no_long_form_without_a_country_letter() -> None:
    # "Lam News" spells "LN", but the name is longer: its first word's letter is left out, not a
    # country's (another reader may take the whole name as spelt otherwise).
    assert country_letter_left_out("VLN", "They read Thanh Lam News") is None
    assert country_letter_left_out("VLN", "They read the Lam News") == "Lam News"
