"""Round 24, plain bugs (blind19's analysis): spans over "of" after a unit and over "in" after an
organisation, the syllable "An" opening a known place, a script label after "Its name is", "(now X)"
after an address, audio stubs, glued coordinates, robot edit notes, glued name-field labels, and a
one-word nickname's article. Every text here is written for the test."""

from __future__ import annotations

import pytest

from glossary.mine.box_labels import unglue
from glossary.mine.citations import blank_citations
from glossary.model import Kind
from tests.mine_helpers import entry_with, has_form, linked

# --- 1. spans over "of" and "in" -------------------------------------------------------------


def test_a_named_unit_of_a_place_is_two_places() -> None:
    text = "The ferry leaves from Bình Minh Ward of Long Hải every morning."
    assert has_form(text, "Bình Minh Ward")
    assert not has_form(text, "Bình Minh Ward of Long Hải")


@pytest.mark.parametrize(
    "text, form",
    [
        # An English word before the unit: the whole is one name.
        ("Tourists crowd the Forbidden City of Huế in summer.", "Forbidden City of Huế"),
        # No name before the unit: "City of X" is the city's own name.
        ("The old City of Huế lies on the river.", "City of Huế"),
    ],
)
def test_a_unit_that_opens_its_name_stays_one(text: str, form: str) -> None:
    assert has_form(text, form)


def test_an_organisation_in_a_headed_place_is_two_names() -> None:
    text = "She chaired the Women's Union of Vietnam in Đà Lạt City for six years."
    assert not has_form(text, "Women's Union of Vietnam in Đà Lạt City")
    assert has_form(text, "Đà Lạt City")


def test_an_organisation_in_a_list_of_places_is_left_alone() -> None:
    # "in X and Y": no single place follows, the span cutter's reading stands.
    text = "He taught at Hoa Sen University in Hanoi and Da Nang City."
    assert not has_form(text, "Hanoi and Da Nang City")


# --- 2. a leading "An" ------------------------------------------------------------------------


def test_an_opening_a_known_place_is_its_first_syllable() -> None:
    text = "An Giang Province grows rice along the river.\nIt borders Cambodia."
    assert has_form(text, "An Giang Province")
    assert not has_form(text, "Giang Province")


def test_an_before_an_unknown_pair_is_still_the_article() -> None:
    text = "An Ocean Breeze Hotel opened near Vũng Tàu."
    assert not has_form(text, "An Ocean Breeze Hotel")


# --- 3. a script label after "Its name is" ---------------------------------------------------


def test_a_script_label_is_no_name_of_the_subject() -> None:
    text = 'Bình An is a district of the coast. Its name is chữ Hán (平安) for "peace".'
    assert not linked(text, "Bình An", "chữ Hán")


def test_its_name_is_a_capitalised_name_still_reads() -> None:
    text = "Hồ Tĩnh is a lake in the north. Its official name is Lake of the Quiet Water."
    assert linked(text, "Hồ Tĩnh", "Lake of the Quiet Water")


# --- 4. "(now X)" after an address -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, colony",
    [
        (
            "Born: 3 March 1950, Tân An, French Indochina\n(now Vietnam)\nOccupation: writer",
            "French Indochina",
        ),
        (
            "He was born in Cái Bè District, Annam, French Indochina (now Mỹ Phước Province, Vietnam).",
            "French Indochina",
        ),
    ],
)
def test_now_after_an_address_renames_nothing(text: str, colony: str) -> None:
    entry = entry_with(text, colony)
    assert entry is None or len(entry.forms()) == 1


def test_now_after_a_town_is_still_its_new_name() -> None:
    text = "She grew up in Hòa Bình District, Prey Nokor (now Ho Chi Minh City), near the port."
    assert linked(text, "Prey Nokor", "Ho Chi Minh City")


# --- 5. an audio stub -------------------------------------------------------------------------


def test_an_audio_stub_is_blanked_in_place() -> None:
    text = "Lê Văn Tám ( listen) (1920 – 1990), popularly known as Little Tam, was a soldier."
    blanked = blank_citations(text)
    assert len(blanked) == len(text) and "listen" not in blanked


def test_a_cue_after_an_audio_stub_is_read() -> None:
    text = "Lê Văn Tám ( listen) (1920 – 1990), popularly known as Little Tam, was a soldier."
    assert linked(text, "Lê Văn Tám", "Little Tam")


# --- 6. a glued coordinate --------------------------------------------------------------------


def test_a_coordinate_glued_to_a_name_is_cut_off() -> None:
    unglued = unglue("10.5°N 106.7°EBến Lức is a town.")
    assert "°E. Bến Lức" in unglued


def test_a_lead_after_a_glued_coordinate_is_read() -> None:
    text = "11.2°N 107.1°EĐồng Xoài (formerly Phước Bình) is the capital of a province."
    assert has_form(text, "Đồng Xoài")


def test_a_coordinate_alone_is_unchanged() -> None:
    text = "It lies at 10.5°N 106.7°E in the delta."
    assert unglue(text) == text


# --- 7. a robot's edit note -------------------------------------------------------------------


def test_a_robot_edit_note_is_blanked() -> None:
    text = "Lâm Văn Bảo is a judge. Revision of 2010 (robot Adding: fr:Lam Van Bao). More."
    blanked = blank_citations(text)
    assert len(blanked) == len(text) and "Lam Van Bao" not in blanked


def test_a_robot_edit_note_gives_no_name() -> None:
    text = "Lâm Văn Bảo is a judge. Revision of 2010 (robot Adding: fr:Lam Van Bao). More."
    assert not has_form(text, "Lam Van Bao")


# --- 8. glued name-field labels ---------------------------------------------------------------


def test_a_glued_pen_name_label_is_cut() -> None:
    box = "Mai Lan\nBornMay 1, 1920\nDiedJune 2, 1990\nPen nameHoa Mai, Bút Xanh\nLanguageVietnamese\n"
    assert "\nPen name: Hoa Mai, Bút Xanh" in unglue(box)


def test_a_glued_pen_name_gives_the_names() -> None:
    text = (
        "Trần Mai Lan was a Vietnamese poet.\n"
        "BornMay 1, 1920\nDiedJune 2, 1990\nPen nameHoa Mai, Bút Xanh\nLanguageVietnamese\n"
    )
    assert linked(text, "Trần Mai Lan", "Hoa Mai")


# --- 9. a one-word nickname's article ---------------------------------------------------------


def test_a_one_word_nickname_keeps_its_article() -> None:
    text = 'Phạm Văn Đồng was a statesman. Đồng\'s nickname was "the Anvil".'
    entry = entry_with(text, "the Anvil")
    assert entry is not None and entry.kind is Kind.PERSON
    assert not has_form(text, "Anvil")


def test_a_longer_nickname_drops_its_article() -> None:
    text = 'Hà Tiên is a town. Its nickname was "the Pearl of the Gulf".'
    assert has_form(text, "Pearl of the Gulf")
    assert not has_form(text, "the Pearl of the Gulf")
