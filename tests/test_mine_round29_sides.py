"""Round 29: meaning and label sides. A meaning that ends with the language of the word it renders
("meaning little bowl in Vietnamese") keeps the meaning alone; a labelled Vietnamese form followed,
without a comma, by its quoted gloss ends at the quotation mark; a remark "(not X)" is no rendering."""

from __future__ import annotations

import pytest

from glossary.mine.paren_inside import without_language_tail
from tests.mine_helpers import pairs


@pytest.mark.parametrize(
    ("meaning", "kept"),
    [
        ("little bowl in Vietnamese", "little bowl"),
        ("green soup in English", "green soup"),
        ("rice born in Paris", "rice born in Paris"),  # a place, no language
        ("in Vietnamese", "in Vietnamese"),  # nothing before the language
        ("little bowl", "little bowl"),
    ],
)
def test_without_language_tail(meaning: str, kept: str) -> None:
    assert without_language_tail(meaning) == kept


def test_parenthesised_meaning_drops_its_language() -> None:
    found = pairs("Chè xanh (meaning green sweet soup in Vietnamese) is sold at the corner market.")
    assert ("Chè xanh", "green sweet soup") in found
    assert not any("Vietnamese" in en for _, en in found)


def test_comma_meaning_drops_its_language() -> None:
    found = pairs("Bát nhỏ, meaning little bowl in Vietnamese, is the dish it is served in.")
    assert ("Bát nhỏ", "little bowl") in found
    assert not any("Vietnamese" in en for _, en in found)


def test_labelled_form_ends_at_its_quoted_gloss() -> None:
    found = pairs('Duke of Anping (Vietnamese: Yên Bình công "Duke of the Quiet Peace") held the coast.')
    assert ("Yên Bình công", "Duke of Anping") in found
    assert not any('"' in vi for vi, _ in found)


def test_labelled_form_after_other_labels_ends_at_its_quoted_gloss() -> None:
    label = 'Vietnamese : Tây Bình chúa "Lord of the West Plain"'
    text = f"Lord of Xiping (西平, Mongolian : Си Пин, {label}) ruled."
    found = pairs(text)
    assert ("Tây Bình chúa", "Lord of Xiping") in found
    assert not any('"' in vi for vi, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Tày (not Tai of Laos) farmers from Bản Phố moved to the valley.",
        "Bánh tét (not to be confused with a rice dumpling) is made for the new year.",
    ],
)
def test_a_not_remark_is_no_rendering(text: str) -> None:
    assert not any(en.lower().startswith("not ") for _, en in pairs(text))
