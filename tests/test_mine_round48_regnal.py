"""Round 48: a ruler's regnal numeral ends a titled person's name ("King Jaya Simhavarman III")."""

from __future__ import annotations

import pytest

from glossary.mine.names.words import _REGNAL
from tests.mine_helpers import entry_with, has_form


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 1288 King Jaya Indravarman III attacked the fort.", "Jaya Indravarman III"),
        ("The temple of King Jayavarman VII stands on the hill.", "Jayavarman VII"),
        ("A letter from Pope Benedict XVI reached the bishop.", "Benedict XVI"),
    ],
)
def test_a_titled_ruler_with_a_numeral_is_a_person(text: str, name: str) -> None:
    entry = entry_with(text, name)
    assert entry is not None
    assert entry.kind.value == "person"


def test_a_middle_initial_before_the_numeral_stays_in_the_name() -> None:
    text = "Minister Carl T. Hobbes III reaffirmed the treaty."
    assert has_form(text, "Carl T. Hobbes III")
    assert not has_form(text, "Hobbes III")


@pytest.mark.parametrize("word", ["II", "III", "IV", "VII", "IX", "XIV", "XVI"])
def test_numerals(word: str) -> None:
    assert _REGNAL.fullmatch(word)


@pytest.mark.parametrize("word", ["I", "V", "X", "IIII", "VX", "IIV", "UN", "XL"])
def test_no_numerals(word: str) -> None:
    assert not _REGNAL.fullmatch(word)


def test_a_war_is_no_person() -> None:
    assert not has_form("After World War II ended, trade grew.", "World War II")
