"""Round 21 kinds and generic words: a two-syllable Vietnamese name read backwards is another name
(no word-order key), and a gloss that renders only a state's or a region's size or side word
("Great X" for "Đại X", "North X" for "Bắc X") is the place's English name, not a term."""

from __future__ import annotations

import pytest

from glossary.mine.keys import keys, order_key
from glossary.mine.place_heads import renders_modifier_only
from glossary.model import Kind
from tests.mine_helpers import entry_with, linked


@pytest.mark.parametrize(
    ("a", "b"),
    [("Vinh Tra", "Trà Vinh"), ("Nam Sơn", "Sơn Nam"), ("Lam Tra", "Trà Lâm")],
)
def test_two_syllables_backwards_share_no_key(a: str, b: str) -> None:
    assert not keys(a) & keys(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thang Long Imperial Citadel", "Imperial Citadel of Thang Long"),
        ("Ha Long Bay", "Bay of Ha Long"),
        ("Lam Hà province", "province of Lam Hà"),
        ("Quân lực Việt Nam Cộng hòa", "Lục quân Việt Nam Cộng hòa"),
    ],
)
def test_order_key_kept_around_a_head_or_past_two_syllables(a: str, b: str) -> None:
    assert order_key(a) and order_key(a) == order_key(b)


def test_reversed_name_stays_another_place() -> None:
    text = (
        "In 1951 the committee merged Hòa Đông and Trà Lâm provinces into Lâm Trà province. "
        "Lam Tra existed until 1954. Trà Lâm is a province on the coast."
    )
    assert not linked(text, "Trà Lâm", "Lam Tra")
    assert not linked(text, "Trà Lâm", "Lâm Trà province")


@pytest.mark.parametrize(
    ("vi", "en", "expected"),
    [
        ("Đại Lam Việt", "Great Lam Việt", True),
        ("Bắc Cao Nguyên", "North Cao Nguyên", True),
        ("Trung Cao Nguyên", "Central Cao Nguyên", True),
        ("Đại Lam", "Great Blue", False),  # the name rendered too: a meaning
        ("Nhà Lam", "Lam dynasty", False),
        ("Bắc Cao Nguyên", "north Cao Nguyên", False),
        ("Đại", "Great", False),
    ],
)
def test_renders_modifier_only(vi: str, en: str, expected: bool) -> None:
    assert renders_modifier_only(vi, en) is expected


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "The state, officially Great Cồ Lâm (Đại Cồ Lâm; Chữ Hán: 大瞿林), was founded in 968.",
            "Great Cồ Lâm",
        ),
        (
            "The highlands have three subregions, namely: North Tây Lâm (Bắc Tây Lâm) and South Tây Lâm "
            "(Nam Tây Lâm).",
            "South Tây Lâm",
        ),
    ],
)
def test_modifier_rendering_makes_a_place(text: str, form: str) -> None:
    entry = entry_with(text, form)
    assert entry is not None
    assert entry.kind is Kind.PLACE


def test_a_kept_name_with_a_head_noun_stays_a_term() -> None:
    # The English keeps the name but adds what the thing is: a painting, not a place.
    entry = entry_with("The Đông Lâm painting (tranh Đông Lâm) is a folk art.", "Đông Lâm painting")
    assert entry is not None
    assert entry.kind is Kind.TERM


def test_a_cued_meaning_of_the_name_stays_a_term() -> None:
    # What a cue says the name means is a meaning pair (docs/gold-rules.md §10.8), not the name.
    entry = entry_with('The name Đại Cồ Lâm means "Great Cồ Lâm".', "Great Cồ Lâm")
    assert entry is not None
    assert entry.kind is Kind.TERM
