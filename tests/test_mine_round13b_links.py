"""Round 13b of the miner's name-variant links (docs/miner.md, "Round 13b: links"): a name's two
spellings joined only by their letters stay one entry whose English form is the unmarked spelling,
and a name cut out of an acronym's Vietnamese long form is no form of its own; tested on sentences
written for these tests."""

from __future__ import annotations

from tests.mine_helpers import entry_with, has_form, linked

# --- Two spellings of one name, no cue between them ---------------------------------------------------

SPELLED_TWICE = (
    "Ninh Thuận is a province on the coast. The wind farms of Ninh Thuan draw many visitors, and "
    "Ninh Thuan exports grapes.\n"
)
CUED = "The old capital Hue (Huế) lies on the river. Many people visit Hue every year.\n"
COUNTRY = "Việt Nam is a country in Asia. Vietnam borders Laos, and Vietnam grows rice.\n"


def test_two_spellings_without_a_cue_are_linked_with_the_english_spelling_as_en() -> None:
    # Kept on purpose (integrator, round 13b): the store's msgid is the English form, and an entry
    # without one is left out of an en-vi export, so the unmarked spelling stays the entry's en.
    assert linked(SPELLED_TWICE, "Ninh Thuận", "Ninh Thuan")
    entry = entry_with(SPELLED_TWICE, "Ninh Thuận")
    assert entry is not None
    assert (entry.vi, entry.en) == ("Ninh Thuận", "Ninh Thuan")


def test_a_country_written_in_both_languages_spellings_is_one_entry() -> None:
    entry = entry_with(COUNTRY, "Việt Nam")
    assert entry is not None
    assert (entry.vi, entry.en) == ("Việt Nam", "Vietnam")


def test_two_spellings_a_gloss_cue_ties_stay_a_pair() -> None:
    entry = entry_with(CUED, "Huế")
    assert entry is not None
    assert (entry.vi, entry.en) == ("Huế", "Hue")


# --- A name cut out of an acronym's Vietnamese long form ----------------------------------------------

NAVY = (
    "The Vietnam People's Navy (VPN, Hải quân nhân dân Việt Nam (HQNDVN)) guards the sea. "
    "Vietnam has a long coast.\n"
)
NAVY_AND_COUNTRY = NAVY + "The navy of Việt Nam was founded in 1955.\n"


def test_a_country_inside_an_acronyms_vietnamese_name_is_no_form_of_its_own() -> None:
    assert has_form(NAVY, "Hải quân nhân dân Việt Nam")
    assert not has_form(NAVY, "Việt Nam")
    assert not linked(NAVY, "Việt Nam", "Vietnam")


def test_the_country_written_on_its_own_is_still_its_form() -> None:
    assert has_form(NAVY_AND_COUNTRY, "Việt Nam")
