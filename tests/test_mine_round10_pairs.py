"""Tenth round: the general causes of the gloss-pair misses and false pairs that the seventh blind
part's analysis ranked (tests/corpus/gold/blind8/ANALYSIS-pairs.md), each on text written for these
tests: a sentence's full stop set inside a quoted rendering, and an appositive that names the term a
word (", a term which can be translated as") between a term and its cue; positive and negative
cases."""

from __future__ import annotations

import pytest

from tests.mine_helpers import pairs

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
        ('The hall is called nhà rông, a term that means "communal house" there.', ("nhà rông", "communal house")),
        ('Elders love their quê hương, a phrase which is translated as "homeland".', ("quê hương", "homeland")),
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
