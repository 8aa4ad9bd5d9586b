"""Round 13 of the miner's name-variant links (docs/miner.md, "Round 13: links"): general causes of
missed links found on blind11 and checked on the older parts, each tested on sentences written for
these tests, with a case that must link and a case that must not."""

from __future__ import annotations

from glossary.model import Kind
from tests.mine_helpers import entry_with, has_form, linked, mine

# --- A ruler's personal name after his own possessive ------------------------------------------------

POSSESSIVE = "Lê Thánh Hiếu's (1350 – 1401) given name was Lê Quang Bình. He ruled for twenty years.\n"
UNDIACRITISED = "Le Thanh Hieu's given name was Le Quang Binh. He was a king of the south.\n"
WESTERN_GIVEN = "Trần Văn Hòa has his family name Trần and his given name is Văn Hòa (lit. 'peace').\n"
OTHER_FAMILY = "Lê Thánh Hiếu's given name was Đỗ Minh Khoa. He ruled for twenty years.\n"


def test_a_given_name_after_the_rulers_possessive_is_his_other_name() -> None:
    assert linked(POSSESSIVE, "Lê Thánh Hiếu", "Lê Quang Bình")
    assert linked(UNDIACRITISED, "Le Thanh Hieu", "Le Quang Binh")


def test_a_given_name_in_the_western_sense_or_of_another_family_links_nothing() -> None:
    assert not linked(WESTERN_GIVEN, "Trần Văn Hòa", "Văn Hòa")
    assert not linked(OTHER_FAMILY, "Lê Thánh Hiếu", "Đỗ Minh Khoa")


# --- "real name" in the lead's apposition and "His real name was" -------------------------------------

REAL_APPOSITION = "Đinh Công Tráng (; 1842–1887), real name Đinh Công Mậu (), was a Vietnamese general.\n"
REAL_SENTENCE = (
    "Đinh Công Tráng (1842–1887) was a Vietnamese general.\n\n"
    "He was born in Hà Nam. His real name was Đinh Công Mậu.\n"
)
HIS_FATHER = (
    "Đinh Công Tráng (1842–1887) was a Vietnamese general.\n\n"
    "His father was a teacher. The name of his village was Trinh Xá.\n"
)


def test_a_real_name_in_the_lead_or_after_his_is_the_subjects_other_name() -> None:
    assert linked(REAL_APPOSITION, "Đinh Công Tráng", "Đinh Công Mậu")
    assert linked(REAL_SENTENCE, "Đinh Công Tráng", "Đinh Công Mậu")


def test_another_name_in_a_sentence_about_his_village_is_not_the_subjects() -> None:
    assert not linked(HIS_FATHER, "Đinh Công Tráng", "Trinh Xá")


# --- "(also Y, Vietnamese: Z)" ------------------------------------------------------------------------

ALSO_LABELLED = (
    "Voice of Hanoi (VOH)\n\n"
    "The Voice of Hanoi (also Radio the Voice of Hanoi, Vietnamese: Đài Tiếng nói Hà Nội) is a city "
    "broadcaster.\n"
)


def test_an_also_name_and_a_label_in_one_parenthesis_join_the_acronym() -> None:
    entry = entry_with(ALSO_LABELLED, "VOH")
    assert entry is not None and entry.kind is Kind.ACRONYM
    assert {"Voice of Hanoi", "Radio the Voice of Hanoi", "Đài Tiếng nói Hà Nội"} <= set(entry.forms())


def test_no_place_is_cut_out_of_the_labelled_vietnamese_name() -> None:
    # "Hà Nội" inside "Đài Tiếng nói Hà Nội" is part of the body's name (gold rules §2).
    assert not has_form(ALSO_LABELLED, "Hà Nội")


def test_an_also_clause_without_a_name_gives_no_other_name() -> None:
    text = "The Voice of Hanoi (also in English, Vietnamese: Đài Tiếng nói Hà Nội) is a broadcaster.\n"
    assert not any("in English" in form for e in mine(text) for form in e.forms())


# --- "(or Y)" with a head word of the same kind, and "(née Y)" ----------------------------------------

RIVER = "The main tributaries are the Lam River (or the Nam Kha River as it is called in Laos) and others.\n"
SCHOOL = (
    "Members: Cần Thơ University of Science (or Cần Thơ Natural Sciences University), Cần Thơ Law School.\n"
)
UNLIKE = "The tunnels reach the Lam River (or the Bình Minh Commune) in the dry season.\n"
NEE = "The caves lie north of Ho Chi Minh City (née Saigon). They were dug by hand.\n"


def test_another_name_after_or_with_the_same_kind_of_head_is_one_thing() -> None:
    assert linked(RIVER, "Lam River", "Nam Kha River")
    assert linked(SCHOOL, "Cần Thơ University of Science", "Cần Thơ Natural Sciences University")
    assert not linked(SCHOOL, "Cần Thơ University of Science", "Cần Thơ Law School")


def test_or_between_a_river_and_a_commune_joins_nothing() -> None:
    assert not linked(UNLIKE, "Lam River", "Bình Minh Commune")


def test_nee_names_a_places_former_name() -> None:
    assert linked(NEE, "Ho Chi Minh City", "Saigon")


# --- An acronym's parenthesis that ends with the Vietnamese name ---------------------------------------

LABEL_AFTER_SHORT = (
    "The Vietnam Chess Federation (VCF, Vietnamese: Liên Đoàn Cờ Vua Việt Nam) runs the national team.\n"
)
SEMICOLON_AFTER_ALTERNATIVE = (
    "The Vietnam Fisheries Guard (VFG or VNFG for the alternative spelling Viet Nam Fisheries Guard; "
    "Kiểm ngư Việt Nam) patrols the coast.\n"
)
UNDIACRITISED_AFTER_COMMA = (
    "The Southern Farmers Front (SFF, Mat Tran Nong Dan Mien Nam) was founded in the delta.\n"
)
A_PLACE_AFTER_COMMA = "The Vietnam News Agency (VNA, Hà Nội) reported the visit.\n"


def test_the_vietnamese_name_that_ends_an_acronyms_parenthesis_is_the_acronyms() -> None:
    assert linked(LABEL_AFTER_SHORT, "Vietnam Chess Federation", "Liên Đoàn Cờ Vua Việt Nam")
    assert linked(SEMICOLON_AFTER_ALTERNATIVE, "Vietnam Fisheries Guard", "Kiểm ngư Việt Nam")
    assert linked(SEMICOLON_AFTER_ALTERNATIVE, "VNFG", "Kiểm ngư Việt Nam")
    assert linked(UNDIACRITISED_AFTER_COMMA, "Southern Farmers Front", "Mat Tran Nong Dan Mien Nam")


def test_a_place_after_an_acronyms_comma_is_no_vietnamese_name_of_it() -> None:
    assert not linked(A_PLACE_AFTER_COMMA, "Vietnam News Agency", "Hà Nội")


# --- Dotted initials before a title modify it (gold rules §10.11, settled after round 13) ------------

BEFORE_TITLE = (
    "Officials of the United States met in Hanoi. U.S. Deputy Secretary of State Jane Doe spoke of "
    "the partnership.\n"
)
BEFORE_ORGANISATION = (
    "Officials of the United States met in Hanoi. The U.S. State Department said the talks went well.\n"
)


def test_dotted_initials_before_a_title_are_no_form_of_the_country() -> None:
    # Round 13 linked them; gold rules §10.11 (1 December 2026) counts "U.S." only where it stands
    # as a noun, and round 27 follows it ("U.S. Deputy Secretary": a modifier of the title).
    assert not linked(BEFORE_TITLE, "United States", "U.S.")
    assert linked(BEFORE_TITLE.replace("U.S. Deputy", "In the U.S., Deputy"), "United States", "U.S.")


def test_dotted_initials_opening_an_organisations_name_are_not_used_alone() -> None:
    assert not linked(BEFORE_ORGANISATION, "United States", "U.S.")
