"""Ninth round: the general causes of the gloss-pair and acronym misses and false pairs that the sixth
blind part's analysis ranked (tests/corpus/gold/blind7/ANALYSIS-pairs.md), each on text written for
these tests: "which means" inside a parenthesis, wiki italics closing the term before a
parenthesis, "(Vietnamese: X or Vietnamese: Y)", a flattened infobox's label glued to an English
value, "(SF, Vietnamese name)", a colon label before syllables without marks, a quoted rendering
that keeps a name of the Vietnamese side, "(also spelled X)" between a term and its cue, and
"(SF, Capitalised Name ...)"; positive and negative cases."""

from __future__ import annotations

import pytest

from tests.mine_helpers import acronyms, pairs

# --- "which means" inside a parenthesis ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            'The court renamed it Bắc Hà (北河, which means "Northern River") in that year.',
            ("Bắc Hà", "Northern River"),
        ),
        ('They called the fort Thành Cổ (which means "Old Citadel") later.', ("Thành Cổ", "Old Citadel")),
        (
            "The dish is known as Bánh Xèo (that means sizzling cake) in the south.",
            ("Bánh Xèo", "sizzling cake"),
        ),
    ],
)
def test_which_means_inside_a_parenthesis_gives_the_rendering(text: str, pair: tuple[str, str]) -> None:
    found = pairs(text)
    assert pair in found
    # The cue is never part of the English side.
    assert not any("means" in en for _, en in found)


# --- wiki italics before a parenthesis ---------------------------------------------------------------


def test_wiki_italics_closing_the_term_before_a_parenthesis() -> None:
    found = pairs(
        "Kinds include ''bánh canh cua'' (crab noodle soup) and ''bánh canh cá'' (fish noodle soup)."
    )
    assert ("bánh canh cua", "crab noodle soup") in found
    assert ("bánh canh cá", "fish noodle soup") in found
    # English in italics before a Vietnamese parenthesis.
    found = pairs("The ''fish sauce'' (nước mắm) is salty.")
    assert ("nước mắm", "fish sauce") in found


def test_italics_do_not_make_an_english_word_a_term() -> None:
    # A person's description after an italic name stays out, as it does without the quotes.
    assert pairs("The poet ''Nguyễn Du'' (a Vietnamese poet) wrote it.") == set()


# --- two labelled forms in one parenthesis -----------------------------------------------------------


def test_or_another_label_ends_the_labelled_form() -> None:
    found = pairs("Common herbs are basil, coriander (Vietnamese: mùi or Vietnamese: ngò rí), and mint.")
    assert ("mùi", "coriander") in found
    assert not any(" or " in vi for vi, _ in found)
    # The second label's form renders nothing in English.
    assert not any(en.startswith(("ngò", "Vietnamese")) for _, en in found)


# --- a flattened infobox's label glued to its English value ----------------------------------------


def test_a_glued_label_is_left_out_of_the_english_side() -> None:
    found = pairs("Common namesoldier (bộ đội), militia (dân quân)\n")
    assert ("bộ đội", "soldier") in found
    assert ("dân quân", "militia") in found


def test_a_real_english_word_or_a_mid_line_word_is_not_cut() -> None:
    # "Street food": both words English, nothing glued.
    assert ("đồ ăn đường phố", "Street food") in pairs("Street food (đồ ăn đường phố) is cheap.\n")
    # Not at a line's start: no infobox label, the phrase stays as the text writes it.
    found = pairs("We ate Common namepolice (cảnh sát) there.")
    assert ("cảnh sát", "police") not in found


# --- "(SF, Vietnamese name)" -------------------------------------------------------------------------


def test_a_short_form_before_the_vietnamese_name_in_a_parenthesis() -> None:
    text = "The Ministry of Public Health (MOPH, Bộ Y tế Công cộng) runs hospitals."
    assert ("Bộ Y tế Công cộng", "Ministry of Public Health") in pairs(text)
    assert not any(vi.startswith("MOPH") for vi, _ in pairs(text))
    # An English remark after the short form is no Vietnamese side.
    assert pairs("The Ministry of Health (MOH, in Hanoi) is large.") == set()


# --- a colon label before syllables without marks ---------------------------------------------------


def test_a_colon_label_takes_syllables_without_marks() -> None:
    assert ("rau", "fresh herbs") in pairs("It is served with fresh herbs (Vietnamese: rau).")
    assert ("banh xeo", "pancake") in pairs("The pancake (Vietnamese: banh xeo) is crisp.")
    # An English word after the label is no Vietnamese form.
    assert pairs("The capital (Vietnamese: Hanoi) is big.") == set()
    # Without a colon, "Vietnamese" before unmarked words is an English adjective.
    assert ("rau", "fresh herbs") not in pairs("It is served with fresh herbs (Vietnamese rau).")


# --- a quoted rendering that keeps a name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('Bún Huế, literally "Huế noodles", is a dish.', ("Bún Huế", "Huế noodles")),
        ('Cơm Hội An, literally "Hội An rice", is a dish.', ("Cơm Hội An", "Hội An rice")),
        (
            'Mì Quảng (also spelled mỳ Quảng), literally "Quảng noodles", is a dish.',
            ("Mì Quảng", "Quảng noodles"),
        ),
    ],
)
def test_a_quoted_rendering_may_keep_a_name_of_the_vietnamese_side(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


def test_a_rendering_with_other_vietnamese_words_is_no_rendering() -> None:
    # "bánh" is a lower-case Vietnamese word, not a kept name; "Hà Nội" renders nothing.
    assert pairs('Bánh mì, literally "bánh bread", is it.') == set()
    assert pairs('Hà Nội, literally "Hà Nội", is it.') == set()


# --- "(SF, Capitalised Name ...)" --------------------------------------------------------------------


def test_a_short_form_then_its_name_inside_a_parenthesis() -> None:
    text = "Two schools (HUST, Hanoi University of Science and Technology in the capital, and others) lead."
    assert ("HUST", "Hanoi University of Science and Technology") in acronyms(text)
    assert ("CEO", "Chief Executive Officer") in acronyms("The leaders (CEO, Chief Executive Officer) met.")


def test_a_name_whose_initials_do_not_spell_the_short_form_is_no_definition() -> None:
    assert acronyms("They met (UN, New York and Paris) there.") == set()
    assert acronyms("The bank (VCB, Vietcombank) grew.") == set()


# --- a short form after a spaced dash closing a label's value ----------------------------------------


def test_a_short_form_after_a_dash_is_left_out_of_the_labelled_form() -> None:
    found = pairs("The People's Army Forces (Vietnamese: Lực lượng Quân đội Nhân dân - QDND) march.")
    assert ("Lực lượng Quân đội Nhân dân", "People's Army Forces") in found
    # A dash joining two names of a province is not a short form: nothing is cut from the form.
    found = pairs("The Bà Rịa province (Vietnamese: tỉnh Bà Rịa – Vũng Tàu) lies south.")
    assert not any(vi == "tỉnh Bà Rịa" for vi, _ in found)


# --- "became known as": a new name, no rendering ----------------------------------------------------


def test_became_known_as_names_no_english_side() -> None:
    assert pairs("In 1804 the country officially became known as Việt Nam Quốc (越南國) abroad.") == set()
    assert pairs("The town became known as Bình Định later.") == set()
    # "is known as" still glosses.
    assert ("nước chè", "Tea") in pairs("Tea is also known as nước chè.")
