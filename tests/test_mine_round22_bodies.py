"""Round 22: a body's name whose short form spells neither its head noun nor the country before it
("the Under Secretary ... of the <Country> Department of Coastal and Marine Surveys (CMS)"): the
long form runs back to the head noun and the country, past a person's name and office."""

from __future__ import annotations

import pytest

from tests.mine_helpers import acronyms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country and a head noun joined by "of" before the spelt part: both are the name's.
        (
            "Director Mary Holt of the New Zealand Department of Coastal and Marine Surveys (CMS) spoke.",
            ("CMS", "New Zealand Department of Coastal and Marine Surveys"),
        ),
        # A one-word country.
        (
            "Minister Anna Berg of the Japan Ministry of Coastal and Marine Surveys (CMS) spoke.",
            ("CMS", "Japan Ministry of Coastal and Marine Surveys"),
        ),
        # No country: the head noun alone, past the person's name before "of the".
        (
            "Deputy Director Mary Holt of the Department of Coastal and Marine Surveys (CMS) spoke.",
            ("CMS", "Department of Coastal and Marine Surveys"),
        ),
        # A word before the head that names no country is no part of the name: the spelt part alone.
        (
            "Director Mary Holt of the Riverside Department of Coastal and Marine Surveys (CMS) spoke.",
            ("CMS", "Coastal and Marine Surveys"),
        ),
        # A person's office is no head noun: the spelt part alone.
        (
            "Deputy Director Mary Holt of the Japan Secretary of Coastal and Marine Surveys (CMS) spoke.",
            ("CMS", "Coastal and Marine Surveys"),
        ),
        # The head noun without "of" after it is no head of the name.
        (
            "Deputy Director Mary Holt of the Japan Department Coastal and Marine Surveys (CMS) spoke.",
            ("CMS", "Coastal and Marine Surveys"),
        ),
    ],
)
def test_country_and_head_before_the_spelt_part(text: str, expected: tuple[str, str]) -> None:
    assert expected in acronyms(text)


def test_short_form_spelling_the_head_is_unchanged() -> None:
    # The short form spells the head: Schwartz–Hearst's reading stands, the country comes before it.
    text = "Deputy Director Mary Holt of the Japan Department of Coastal Surveys (DCS) spoke."
    assert acronyms(text) == {("DCS", "Japan Department of Coastal Surveys")}
