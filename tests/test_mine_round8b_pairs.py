"""Round 8b: gloss-pair causes shared by several corpus parts (docs/miner.md, "Eighth round (b)"),
each on text written for these tests, positive and negative cases: a Vietnamese term rendered by a
long lower-case noun phrase in its parenthesis; a lower-case word that a gazetteer also spells as a
place; a short form that spells another name of the name before it (the official one, or one in
another language), alone or with a second short form after a slash."""

from __future__ import annotations

import pytest

from tests.mine_helpers import acronyms, mine, pairs

# --- a long noun phrase rendering a term ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Folk prints: Đánh vật (scene of wrestling), Thả diều (children running on a dyke and "
            "flying a paper kite) |",
            ("Thả diều", "children running on a dyke and flying a paper kite"),
        ),
        (
            "Under the kings the land was called Tả Trực Kỳ (the area lying on the right of Quảng Trị).",
            ("Tả Trực Kỳ", "area lying on the right of Quảng Trị"),
        ),
        (
            "The tray holds nem nướng (grilled pork sausage wrapped in rice paper with fresh herbs and "
            "lettuce) for the guests.",
            ("nem nướng", "grilled pork sausage wrapped in rice paper with fresh herbs and lettuce"),
        ),
    ],
)
def test_a_long_lower_case_noun_phrase_renders_the_term_before_it(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


@pytest.mark.parametrize(
    ("text", "vi"),
    [
        # a clause, not a rendering
        (
            "The temple of Hùng Vương (which was built by the people of the village long ago) stands.",
            "Hùng Vương",
        ),
        # a description of a place
        ("We went to Huế (a city known for its old citadel and its many royal tombs) by train.", "Huế"),
        # inner commas: a remark in several parts
        ("They sang quan họ (songs sung in pairs, often at night, by young men and women) there.", "quan họ"),
        # the term before has no marks: too vague for a rendering this long
        (
            "They ate banh cuon (steamed rolls filled with minced pork and wood ear mushroom and shallots).",
            "banh cuon",
        ),
        # a lower-case Vietnamese word inside is no English rendering
        (
            "They ate bánh cuốn (steamed rolls filled with minced pork and mộc nhĩ mushroom and shallots).",
            "bánh cuốn",
        ),
        # past fourteen words: a remark
        (
            "The dish gỏi cá (raw fish sliced thin and mixed with herbs and roasted rice powder and "
            "served with leaves of fig trees) is old.",
            "gỏi cá",
        ),
    ],
)
def test_a_long_parenthesis_that_is_no_noun_phrase_is_no_rendering(text: str, vi: str) -> None:
    assert not [p for p in pairs(text) if p[0] == vi and len(p[1].split()) > 8]


# --- a lower-case word that a gazetteer also spells as a place --------------------------------------


def test_a_lower_case_word_is_glossed_though_a_place_is_spelt_so() -> None:
    # "bì" (shredded pork skin) is also a place's name in the gazetteers; in lower case it is none.
    assert ("bì", "shredded pork skin") in pairs("Broken rice comes with bì (shredded pork skin) and egg.")


@pytest.mark.parametrize(
    "text",
    [
        "The market is in Huế (municipality) near the river.",
        "He was born in Đà Lạt (city centre) in 1950.",
    ],
)
def test_a_capitalised_place_with_a_lower_case_description_is_still_no_pair(text: str) -> None:
    assert not pairs(text)


# --- a short form spelling another name of the name before it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the initials of the name in another language, its first letter the English name's
        (
            "According to Reporters Across Borders (RAF), the paper closed.",
            ("RAF", "Reporters Across Borders"),
        ),
        # the official name's initials; the head word's initial closes the short form
        (
            "It absorbed the South Korean Marine Corps (ROKMC) in 1975.",
            ("ROKMC", "South Korean Marine Corps"),
        ),
        (
            "It absorbed the South Vietnamese Air Force (RVNAF) in 1975.",
            ("RVNAF", "South Vietnamese Air Force"),
        ),
    ],
)
def test_a_short_form_that_spells_another_name_of_the_name_before_it(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in acronyms(text)


def test_two_short_forms_after_a_slash_name_the_one_name_before_them() -> None:
    text = "It absorbed the South Vietnamese Marine Corps (VNMC/RVNMC) after the war."
    assert ("VNMC", "South Vietnamese Marine Corps") in acronyms(text)
    (entry,) = [e for e in mine(text) if e.abbr == "VNMC"]
    assert "RVNMC" in [v.form for v in entry.variants]


@pytest.mark.parametrize(
    "text",
    [
        # a file's format after a title: no letter of the name
        "Read the Constitution of the Socialist Republic of Vietnam (PDF) online.",
        # an agency's credit after a person's name in Vietnamese
        "Photo by Trần Văn Vinh (VNA) at the port.",
        # a dateline
        "Da Nang City (VNA) – The city said on Monday.",
        # a capital opening the sentence is no name's
        "Yesterday Vietnam (ABC) said nothing.",
        # one word is too little to trust
        "The talks in Hanoi (HAN) ended.",
        # neither the first letter nor the head word's initial: the initials of nothing written
        "According to Doctors Without Borders (MSF), the clinic closed.",
    ],
)
def test_a_short_form_after_a_name_that_shares_no_letter_or_is_no_english_name_is_none(text: str) -> None:
    assert not [a for a in acronyms(text) if a[0] in ("PDF", "VNA", "ABC", "HAN", "MSF")]
