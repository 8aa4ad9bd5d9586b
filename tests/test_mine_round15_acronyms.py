"""Round 15, acronyms: short forms defined in ways the readers missed on several corpus parts, each
on texts written for these tests (positive and negative): a quoted long form, "LONG or SF" without a
comma, a long form taken across "project and", a Vietnamese place written as one word, a short name
clipped to some of its long form's words, a lead's language parenthesis ending with the Vietnamese
name's initials, and a fact sheet's nested field key."""

from __future__ import annotations

import pytest

from tests.mine_helpers import acronyms, entry_with, linked

# --- a long form in quotation marks -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Of the 40 soldiers listed as 'missing in transit' (MIT), most came home.\n",
            ("MIT", "missing in transit"),
        ),
        ('The so-called "rapid field teams" (RFTs) went north.\n', ("RFTs", "rapid field teams")),
        ("Officials used “joint survey notes” (JSN) in every district.\n", ("JSN", "joint survey notes")),
    ],
)
def test_quotation_marks_around_the_long_form_are_no_part_of_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in acronyms(text)


def test_an_opening_quotation_mark_alone_still_keeps_the_long_form_out() -> None:
    # The quotation opens before the long form and closes far after the short form: no pair of marks
    # around the long form, so the clause is not read as a quoted long form.
    text = 'His memoir, "Hanoi Teachers College (HTC) and after", sold well.\n'
    assert ("HTC", "Hanoi Teachers College") not in acronyms(text)


# --- "LONG or SF" closing a clause, no comma ----------------------------------------------------------


def test_or_and_a_short_form_closing_the_clause() -> None:
    text = "Some searches are led by local officers, which are called provincial search teams or PSTs.\n"
    assert ("PSTs", "provincial search teams") in acronyms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Most homes have a radio and a television or DVD player.\n",
        "The boats may patrol or SAR missions may be flown.\n",
        # Inside a parenthesis "or" lists other names; the parenthesis's own short form is read.
        "The Blue Lotus Society (Hội Sen Xanh or HSX or Blue Lotus Union (BLU)) met in Huế.\n",
    ],
)
def test_or_without_a_spelt_long_form_or_inside_a_parenthesis_defines_nothing(text: str) -> None:
    assert not [a for a in acronyms(text) if a[0] in ("DVD", "SAR", "HSX")]


# --- a long form taken across "project and"; a Vietnamese place written as one word --------------------


def test_a_long_form_across_project_and_is_the_name_after_and() -> None:
    text = "In May the Clean Water project and Vietnam Electricity (EVN) signed a plan.\n"
    found = acronyms(text)
    assert ("EVN", "Vietnam Electricity") in found
    assert not [a for a in found if "project" in a[1]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vietnam Electricity (EVN) sells power.\n", ("EVN", "Vietnam Electricity")),
        ("Saigon Trading (TSG) opened a store.\n", ("TSG", "Saigon Trading")),
    ],
)
def test_a_place_written_as_one_word_gives_its_syllables_initials(text: str, pair: tuple[str, str]) -> None:
    # The letters are no word's initials in order: Việt Nam's V and N, Sài Gòn's S and G.
    assert pair in acronyms(text)


def test_a_word_that_is_no_place_gives_one_initial() -> None:
    assert not [a for a in acronyms("Canton Trading (TCT) opened a store.\n") if a[0] == "TCT"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "He joined the Ministry of Science and Technology (MOST) in 2001.\n",
            ("MOST", "Ministry of Science and Technology"),
        ),
        (
            "The Ministry of Labour, Invalids and Social Affairs (MOLISA) said so.\n",
            ("MOLISA", "Ministry of Labour, Invalids and Social Affairs"),
        ),
    ],
)
def test_one_name_with_and_stays_whole(text: str, pair: tuple[str, str]) -> None:
    assert pair in acronyms(text)


# --- a short name clipped to some of the long form's words ----------------------------------------------


def test_a_clipped_name_for_short_in_parentheses() -> None:
    text = "The Young Patriots, or Tân Việt Cách Mạng Đảng (Tân Việt for short), met in Vinh.\n"
    assert ("Tân Việt", "Tân Việt Cách Mạng Đảng") in acronyms(text)


def test_a_clipped_name_short_for_keeps_its_head_word_as_a_form() -> None:
    text = "In 1928 they formed the Tân Việt Front, short for Tân Việt Cách Mạng Đảng, in the north.\n"
    assert ("Tân Việt", "Tân Việt Cách Mạng Đảng") in acronyms(text)
    assert linked(text, "Tân Việt", "Tân Việt Front")


@pytest.mark.parametrize(
    "text",
    [
        # Words that are not the long form's, or not its first word first.
        "They formed the Blue Front, short for Red River Society, in 1930.\n",
        "The Young Patriots, or Tân Việt Cách Mạng Đảng (Cách Mạng for short), met in Vinh.\n",
    ],
)
def test_no_clipped_name_without_the_long_forms_words_in_order(text: str) -> None:
    assert not [a for a in acronyms(text) if a[0] in ("Blue Front", "Blue", "Cách Mạng")]


# --- a lead's language parenthesis ending with the Vietnamese name's initials ----------------------------


def test_initials_of_a_run_of_the_vietnamese_names_syllables() -> None:
    text = "The Sea Rescue Force (Vietnamese: Lực lượng Cứu hộ Biển Việt Nam - CHB or CH) is a unit.\n"
    assert ("CHB", "Lực lượng Cứu hộ Biển Việt Nam") in acronyms(text)
    assert linked(text, "CHB", "CH")


def test_initials_of_the_whole_vietnamese_name_after_a_dash() -> None:
    text = "The Forest Rangers (Vietnamese: Kiểm lâm Việt Nam - KLVN) guard the parks.\n"
    assert ("KLVN", "Kiểm lâm Việt Nam") in acronyms(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Sea Rescue Force (Vietnamese: Lực lượng Cứu hộ Biển - XYZ) is a unit.\n",
        # Two letters, not the whole name: too few to tell a run from chance.
        "The Sea Rescue Force (Vietnamese: Lực lượng Cứu hộ Biển - CH) is a unit.\n",
    ],
)
def test_no_labelled_short_form_that_is_not_the_names_initials(text: str) -> None:
    assert not [a for a in acronyms(text) if a[0] in ("XYZ", "CH")]


def test_the_short_form_of_the_english_name_is_preferred() -> None:
    # CHB is given first, for the Vietnamese name alone; SRF is the English name's own short form.
    text = (
        "The Sea Rescue Force (Vietnamese: Lực lượng Cứu hộ Biển - CHB) is a unit of the navy.\n"
        "The Sea Rescue Force (SRF) patrols the coast. The SRF has twelve boats.\n"
    )
    entry = entry_with(text, "SRF")
    assert entry is not None
    assert entry.abbr == "SRF"
    assert "CHB" in entry.forms()


# --- a fact sheet's nested field key ----------------------------------------------------------------------


def test_a_nested_field_key_is_no_word_of_the_form() -> None:
    text = (
        "Atlantis Government\n\n\n"
        "Country name: conventional long form: Republic of   Atlantis\n"
        "local short form: Atlan\n"
        "abbreviation: ROA\n"
        "Government type: republic\n"
    )
    entry = entry_with(text, "ROA")
    assert entry is not None
    assert "Republic of Atlantis" in entry.forms()
    assert not [f for f in entry.forms() if "long form" in f]
