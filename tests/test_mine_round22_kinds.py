"""Round 22 kinds: a gloss that renders only a place's generic word, written before the name
("tỉnh X") or after it in Hán order ("X tỉnh"), keeps the name in any spelling and names a place,
not a term."""

from __future__ import annotations

import pytest

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
