"""Round 22 kinds: a gloss that renders only a place's generic word, written before the name
("tỉnh X") or after it in Hán order ("X tỉnh"), keeps the name in any spelling and names a place,
not a term."""

from __future__ import annotations

import pytest

from glossary.mine.body_glosses import names_a_body
from glossary.mine.place_heads import renders_generic_name
from glossary.model import Kind
from tests.mine_helpers import entry_with


@pytest.mark.parametrize(
    ("vi", "en", "expected"),
    [
        ("Lâm Bá tỉnh", "Lâm-bá Province", True),  # Hán order, hyphenated colonial spelling
        ("tỉnh Lâm Bá", "Lam Ba Province", True),
        ("Lâm Bá huyện", "Lambá District", True),
        ("Cao Lâm dinh", "Cao Lâm Prefecture", True),
        ("Cao Lâm thành", "Cao Lâm Citadel", True),
        ("Lâm Bá tỉnh", "Lâm Bá District", False),  # another unit
        ("Lâm Bá tỉnh", "Blue Hill Province", False),  # the name rendered too
        ("Lâm Bá tỉnh", "the province", False),
        ("Hoàng thành", "Imperial City", False),  # a common noun, no kept name
        ("Lâm Bá", "Lâm Bá Province", False),  # no generic on the Vietnamese side
    ],
)
def test_renders_generic_name(vi: str, en: str, expected: bool) -> None:
    assert renders_generic_name(vi, en) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Lâm-bá Province (Lâm Bá tỉnh) was officially established in 1895.",
        "Lâm-bá Province (tỉnh Lâm Bá) was officially established in 1895.",
    ],
)
def test_generic_in_either_order_makes_a_place(text: str) -> None:
    entry = entry_with(text, "Lâm-bá Province")
    assert entry is not None
    assert entry.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("en", "expected"),
    [
        ("Free Lam Publishing House", True),
        ("Ministry of Lam Affairs", True),
        ("Self-Strengthening Lam Group", True),
        ("Provincial Committee of the Lam Party", False),  # a body named by its level: a kind
        ("Early Lam Dynasty", False),  # a glossed dynasty stays a term (gold rules §9.14)
        ("Party", False),
        ("Lam publishing house", False),  # not capitalised: a common noun
        ("Lam Mountain", False),
    ],
)
def test_names_a_body(en: str, expected: bool) -> None:
    assert names_a_body(en) is expected


def test_a_body_gloss_makes_an_organisation() -> None:
    entry = entry_with(
        'The poets of Lam Sơn văn đoàn ("Self-Strengthening Lam Group") wrote new poetry.',
        "Self-Strengthening Lam Group",
    )
    assert entry is not None
    assert entry.kind is Kind.ORGANISATION


def test_a_common_noun_gloss_stays_a_term() -> None:
    entry = entry_with("The villagers sell bánh lam (lam cake) at the market.", "lam cake")
    assert entry is not None
    assert entry.kind is Kind.TERM
