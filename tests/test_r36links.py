"""Round 36, links (blind27): false and missed variant links between a person's names. Texts
written for these tests."""

from __future__ import annotations

from tests.mine_helpers import linked


def test_a_glossed_english_throne_title_is_no_name_of_the_ruler() -> None:
    # The quoted English title is rendered by its Vietnamese words in the parenthesis: a term pair
    # (gold rules §10.15), not a name the ruler reigned under.
    text = (
        "Đào Văn Khải was a rebel of the eighth century. "
        'In 731, Đào Văn Khải took the citadel and proclaimed himself the "Golden Emperor" (Kim Đế). '
        "The revolt ended a year later.\n"
    )
    assert not linked(text, "Đào Văn Khải", "Golden Emperor")


def test_a_vietnamese_throne_name_still_joins_the_ruler() -> None:
    # The same cue with a Vietnamese name after it keeps giving the ruler that name.
    text = (
        "Đào Văn Khải was a rebel of the eighth century. "
        "In 731, Đào Văn Khải took the citadel and proclaimed himself Đào Kim Đế. "
        "The revolt ended a year later.\n"
    )
    assert linked(text, "Đào Văn Khải", "Đào Kim Đế")
