"""Round 30 (helper r30cues, blind24 analysis): naming cues that stayed silent. Texts written here.

A pronoun subject after an opening phrase with the "known" phrase of cue_grammar.known_as ("Later,
it was known to sailors as ..."): subject_names' pronoun cue had its own narrower copy of the family.
The tests of the four cues parked on branch r30cues-parked (BK, NK, AL, PT: each moved blind24 only)
are in that branch's copy of this file.
"""

from __future__ import annotations

from tests.mine_helpers import linked

# --- pronoun subject after an opening phrase ---------------------------------------------------

PLACE = "Cao Lãnh is a city in southern Vietnam. "


def test_it_known_to_people_as_after_an_opening_phrase() -> None:
    text = PLACE + 'In colonial times, it was known to French sailors as the "Lotus Port".'
    assert linked(text, "Cao Lãnh", "Lotus Port")


def test_it_known_in_a_language_as_after_an_opening_phrase() -> None:
    text = PLACE + "Before 1975, it was known in French as Caolanh Ville."
    assert linked(text, "Cao Lãnh", "Caolanh Ville")


def test_it_without_a_comma_speaks_of_the_sentence_before() -> None:
    # "it" run on from words without a comma stands for what the sentence before spoke of.
    text = PLACE + "The market grew. Because of this it was known to traders as the Lotus Port."
    assert not linked(text, "Cao Lãnh", "Lotus Port")

