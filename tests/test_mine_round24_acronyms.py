"""Round 24, an organisation's names and its short forms as one entry (tests/corpus/gold/blind20):
an undefined short form joins the body's name the page writes bare, and a short form is not taken
for the body it owns. Texts written for these tests, mined through the whole pipeline (a link is
two forms in one entry), with the helpers' own units beside them."""

from __future__ import annotations

import pytest

from glossary.mine.name_chains import written_bodies
from tests.mine_helpers import linked, mine

# --- an undefined short form and the body's name written bare --------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        # The name in a list line, the short form in a later sentence.
        (
            "Sides:\nNorthern Rice Federation\nCoastal Guild\n\nLater the NRF grew. The NRF met in Huế.\n",
            "Northern Rice Federation",
            "NRF",
        ),
        # The name written with a possessive before another name.
        (
            "The Free Farmers Union's Harvest Relief Fund paid the villages. The FFU said so.\n",
            "Free Farmers Union",
            "FFU",
        ),
        # Small words between the capitals are skipped, as in the defined short forms.
        (
            "The Bank for Rice and Fisheries of Vietnam opened in 1960. In 1990 the BRFV moved.\n",
            "Bank for Rice and Fisheries of Vietnam",
            "BRFV",
        ),
    ],
)
def test_an_undefined_short_form_joins_the_bodys_bare_name(text: str, name: str, short: str) -> None:
    assert linked(text, name, short)


def test_an_owners_short_form_before_the_name_stays_with_it() -> None:
    text = "Report by the ABC Southern Grain Service office. Signed: SGS Hanoi, the embassy.\n"
    entries = [e for e in mine(text) if "SGS" in e.forms()]
    assert entries and "ABC Southern Grain Service" in entries[0].forms()


def test_two_spellings_of_the_name_both_join_the_short_form() -> None:
    text = (
        "It traces its line to the Indo-malay Workers Party of the thirties. The IWP was closed in "
        "1946. The front was led by the Indomalay Workers Party of that time.\n"
    )
    assert linked(text, "Indo-malay Workers Party", "IWP")
    assert linked(text, "Indomalay Workers Party", "IWP")


def test_a_token_written_only_inside_other_names_is_no_short_form() -> None:
    # "NRF" opens two prize names and is never written alone: it names the prizes, not the body.
    text = "The Northern Rice Federation gave the NRF Silver Prize and the NRF Gold Cup this year.\n"
    assert not linked(text, "Northern Rice Federation", "NRF")


def test_written_bodies_reads_any_stretch_of_a_run_of_names() -> None:
    text = "the Northern Rice Federation's Coastal Relief Fund paid"
    assert written_bodies(text, {"NRF", "CRF"}) == {
        "NRF": {"Northern Rice Federation"},
        "CRF": {"Coastal Relief Fund"},
    }
    assert written_bodies(text, set()) == {}


# --- a short form named by the body it owns -------------------------------------------------------


def test_a_short_form_is_not_the_name_of_its_own_army() -> None:
    text = (
        "The Union of Coastal Provinces (UCP) was founded in 1950. The main force of the UCP was "
        "commonly called the Guard of the Union of Coastal Provinces (GUCP).\n"
    )
    assert not linked(text, "UCP", "Guard of the Union of Coastal Provinces")
    assert linked(text, "Guard of the Union of Coastal Provinces", "GUCP")


# --- "Name (SHORT) or Name2": another name of the body, with no parenthesis of its own -------------


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "The border was held by the Royal Army of Ruritania (RAR), or Northern Ruritanian Army, "
            "until 1970.\n",
            "Royal Army of Ruritania",
            "Northern Ruritanian Army",
        ),
        # A quoted name, and a longer run before the name: the short form spells where it starts.
        (
            'Attacks by the Coastal Front\'s Coastal Liberation Armed Forces (CLAF) or "Blue Shirts" '
            "and the army.\n",
            "Coastal Liberation Armed Forces",
            "Blue Shirts",
        ),
    ],
)
def test_or_after_a_short_form_gives_another_name(text: str, name: str, other: str) -> None:
    assert linked(text, name, other)


def test_or_between_two_bodies_with_their_own_short_forms_lists_them() -> None:
    text = "Members of the Farmers Front (FF) or the Workers Party (WP) met.\n"
    assert not linked(text, "Farmers Front", "Workers Party")


def test_or_after_a_short_form_that_spells_no_name_gives_nothing() -> None:
    text = "Staff of the Grain Office (ZQ) or Harbour Trading Board came.\n"
    assert not linked(text, "Grain Office", "Harbour Trading Board")
