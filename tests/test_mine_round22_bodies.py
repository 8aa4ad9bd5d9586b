"""Round 22: a body's name whose short form spells neither its head noun nor the country before it
("the Under Secretary ... of the <Country> Department of Coastal and Marine Surveys (CMS)"): the
long form runs back to the head noun and the country, past a person's name and office. A country's
abbreviation before a long form or a short form ("the UK OCS in ...") makes variants of the acronym,
when the page writes the country out."""

from __future__ import annotations

import pytest

from glossary.mine.acronyms import extract_acronyms
from tests.mine_helpers import acronyms, doc


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


def _variants(text: str, short: str) -> set[str]:
    found = [m for m in extract_acronyms(doc(text)) if m.abbr == short]
    return {form for m in found for form, _ in m.variants}


def test_country_abbreviation_before_long_form_and_short_form() -> None:
    # The page writes "United Kingdom": "UK" and "U.K." are its abbreviations.
    text = (
        "Teams from the United Kingdom came. The UK Office for Coastal Surveys (OCS) met in May. "
        "Later the U.K. OCS in Hanoi and the UK OCS, with others, spoke."
    )
    assert _variants(text, "OCS") == {
        "UK Office for Coastal Surveys",
        "U.K. OCS",
        "UK OCS",
    }


def test_country_abbreviation_needs_the_country_on_the_page() -> None:
    # No country of two words on the page: "UK" is no abbreviation the page gives.
    text = "The UK Office for Coastal Surveys (OCS) met in May. Later the UK OCS in Hanoi spoke."
    assert _variants(text, "OCS") == set()


@pytest.mark.parametrize(
    "tail",
    [
        "the UK OCS office opened",  # a modifier before a noun: no name of the body
        "the UK OCS Southeast Asia Office opened",  # a longer name
    ],
)
def test_qualified_short_form_only_before_a_function_word_or_stop(tail: str) -> None:
    text = f"Teams from the United Kingdom came, with the Office for Coastal Surveys (OCS). Then {tail}."
    assert _variants(text, "OCS") == set()
