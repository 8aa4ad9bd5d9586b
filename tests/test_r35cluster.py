"""Round 35, clustering: a state's name with its head word ("the Kingdom of Phù Nam", "the Lạc
Long kingdom") is a form of the state its bare name names (gold rules §10.12). Texts written for
these tests."""

from __future__ import annotations

from tests.mine_helpers import has_form, linked


def test_kingdom_of_x_heading_a_line_joins_the_bare_name() -> None:
    # "Kingdom of" opens the line: the heading is the state's name, and the bare name in the text
    # after it is the same state.
    text = (
        "Kingdom of Zarrapa\n\n"
        "The rulers of the coast kept their temples for centuries. When Zarrapa was conquered in "
        "1471, its people moved south.\n"
    )
    assert linked(text, "Kingdom of Zarrapa", "Zarrapa")


def test_a_lower_case_kingdom_after_a_vietnamese_name_is_a_form() -> None:
    # The possessive after the generic word keeps it: "the Lạc Long kingdom's" writes the form.
    text = (
        "Lạc Long was an early realm of the river plain. "
        "The Lạc Long kingdom's borders reached the hills, and Lạc Long traded with the coast.\n"
    )
    assert linked(text, "Lạc Long", "Lạc Long kingdom")


def test_the_kingdom_of_x_in_lower_case_makes_the_bare_name_a_place() -> None:
    # "the kingdom of Mỹ Lạc" writes the bare name; "Mỹ Lạc Kingdom" is its name with the head.
    text = (
        "The fort was the capital of Mỹ Lạc Kingdom for fifty years. "
        "A king founded the kingdom of Mỹ Lạc after a long war.\n"
    )
    assert linked(text, "Mỹ Lạc Kingdom", "Mỹ Lạc")


def test_a_vietnamese_name_before_a_lower_case_kingdom_joins_its_bare_sighting() -> None:
    # "Đông Việt" is no gazetteer place and opens no longer name: the kingdom reads it.
    text = (
        "He was the second ruler of Đông Việt kingdom, ruling for twenty years. "
        "He led the army of the Đông Việt court against the north.\n"
    )
    assert linked(text, "Đông Việt kingdom", "Đông Việt")


def test_empire_of_a_country_of_today_stays_apart() -> None:
    # "Empire of Vietnam" (1945) is another state than Vietnam: no join through the bare name.
    text = (
        "In 1945 the Empire of Vietnam was proclaimed in Huế. Vietnam later became a republic, "
        "and Vietnam joined the United Nations.\n"
    )
    assert has_form(text, "Empire of Vietnam")
    assert not linked(text, "Empire of Vietnam", "Vietnam")


def test_a_dynasty_or_a_period_is_no_bare_state() -> None:
    # "Zhao Empire" makes "Zhao" a state's name; "the Zhao dynasty" and "the late Zhao period" are
    # the house and its time, not the place.
    text = (
        "The region was a province of the Zhao dynasty. The Zhao dynasty, or Zhao Empire, ruled for "
        "three centuries. During the late Zhao period the province rebelled.\n"
    )
    assert has_form(text, "Zhao Empire")
    assert not linked(text, "Zhao Empire", "Zhao")


def test_a_box_label_before_empire_is_no_state_name() -> None:
    # "Status Empire" is a box row's label and value; "Zarrapa Empire" names the state.
    text = "Country profile\nStatus Empire (1802–1885)\nCapital Huế\n\nThe Zarrapa Empire ruled the coast.\n"
    assert has_form(text, "Zarrapa Empire")
    assert not has_form(text, "Status Empire")
