"""Tenth round: the general causes of the gloss-pair misses and false pairs that the seventh blind
part's analysis ranked (tests/corpus/gold/blind8/ANALYSIS-pairs.md), each on text written for these
tests: a sentence's full stop set inside a quoted rendering, and an appositive that names the term a
word (", a term which can be translated as") between a term and its cue; positive and negative
cases."""

from __future__ import annotations

import pytest

from glossary.mine.acronyms import extract_acronyms
from tests.mine_helpers import doc, pairs

# --- a sentence's full stop inside the closing quote -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('The word "Chè" means "sweet soup." It is served cold.', ("Chè", "sweet soup")),
        ('"Phở" means "noodle soup." Vendors sell it at dawn.', ("Phở", "noodle soup")),
        ("'Mắm' means 'fermented fish.' Every market sells it.", ("Mắm", "fermented fish")),
    ],
)
def test_a_full_stop_inside_the_closing_quote_is_the_sentences(text: str, pair: tuple[str, str]) -> None:
    found = pairs(text)
    assert pair in found
    assert not any(en.endswith(".") for _, en in found)


def test_an_abbreviations_stop_inside_a_quote_stays() -> None:
    # A stop after a capital or a short word is an abbreviation's, part of the rendering.
    found = pairs('The sign "Hợp tác xã" means "Farm Co." in the old notation.')
    assert ("Hợp tác xã", "Farm Co.") in found


# --- ", a term which can be translated as" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            'Villagers honour the "thần", a term which can be translated as "spirits", each spring.',
            ("thần", "spirits"),
        ),
        (
            'Every village keeps a đình, a Vietnamese word meaning "communal house", at its centre.',
            ("đình", "communal house"),
        ),
        (
            'The hall is called nhà rông, a term that means "communal house" there.',
            ("nhà rông", "communal house"),
        ),
        (
            'Elders love their quê hương, a phrase which is translated as "homeland".',
            ("quê hương", "homeland"),
        ),
    ],
)
def test_an_appositive_naming_the_term_a_word_is_read_over(text: str, pair: tuple[str, str]) -> None:
    found = pairs(text)
    assert pair in found
    # The appositive's words are never a side of the pair.
    assert not any("term" in en or "word" in en for _, en in found)


@pytest.mark.parametrize(
    "text",
    [
        # No Vietnamese term before the appositive: nothing to pair.
        'Hanoi, a city which can be translated as "river interior", is old.',
        'The museum, a name which means "old house" to some, opened late.',
        # An appositive that names something other than a word is no cue's subject.
        'They ate phở, a dish meaning "home" to many, at dawn.',
    ],
)
def test_an_appositive_without_a_vietnamese_term_gives_no_pair(text: str) -> None:
    assert not any(vi in ("Hanoi", "museum", "The museum") for vi, _ in pairs(text))
    assert ("phở", "home") not in pairs(text)


# --- an acronym's parenthesis that labels its Vietnamese name too ----------------------------------------


def test_a_long_form_ends_where_the_label_of_its_vietnamese_name_starts() -> None:
    found = {
        (m.abbr, m.en, m.vi)
        for m in extract_acronyms(
            doc(
                "VNPT (Vietnam Posts and Telecommunications Group, Vietnamese: Tập đoàn Bưu chính"
                " Viễn thông) grew."
            )
        )
    }
    assert ("VNPT", "Vietnam Posts and Telecommunications Group", "Tập đoàn Bưu chính Viễn thông") in found


def test_a_parenthesis_longer_than_usual_with_a_labelled_name_gives_the_acronym() -> None:
    # Its Vietnamese name and a quoted rendering make it longer than 120 characters.
    text = (
        "HABECO ( Hanoi Beer - Alcohol - Beverage Corporation , Vietnamese Tổng Công ty Cổ phần Bia - Rượu"
        ' - Nước giải khát Hà Nội , "Joint Stock Company for Beer, Alcohol and Soft Drinks Hanoi") brews.'
    )
    found = {(m.abbr, m.en) for m in extract_acronyms(doc(text))}
    assert found == {("HABECO", "Hanoi Beer - Alcohol - Beverage Corporation")}


def test_a_label_with_no_vietnamese_name_after_it_adds_no_vietnamese_side() -> None:
    found = {
        (m.abbr, m.en, m.vi)
        for m in extract_acronyms(
            doc("VNPT (Vietnam Posts and Telecommunications Group, Vietnamese for short) grew.")
        )
    }
    assert ("VNPT", "Vietnam Posts and Telecommunications Group", "") in found
    # A long form whose letters do not spell the short form stays out, labelled or not.
    assert not extract_acronyms(doc("TTX (Hanoi Post, Vietnamese: Báo Hà Nội) printed it."))
