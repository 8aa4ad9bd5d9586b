"""Round 19: gloss pairs, a side's extent (docs/miner.md, "Round 19: pairs (side extent)"), on
sentences written for these tests: a name opening the Vietnamese side that the English writes
before its generic word, Vietnamese forms joined by a slash, the second of two glossed items joined
by "or"/"and", a count glued to the noun it counts, two places that locate each other, and a list
line's description."""

from __future__ import annotations

import pytest

from glossary.mine.paren_sides import counted_noun, names_two_places
from tests.mine_helpers import linked, pairs

# 1. A name opening the Vietnamese side before its lower-case generic word: the English side keeps it.


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("In the 1600s the Nguyễn clan (Nguyễn thị) held the south.", "Nguyễn thị", "Nguyễn clan"),
        ("Pilgrims climb to the Hương pagoda (Hương tự) every spring.", "Hương tự", "Hương pagoda"),
    ],
)
def test_a_name_opening_the_vietnamese_side_stays_on_the_english_side(text: str, vi: str, en: str) -> None:
    found = pairs(text)
    assert (vi, en) in found
    assert (vi, en.split()[-1]) not in found


def test_a_lower_case_term_opening_the_vietnamese_side_is_no_name() -> None:
    # "bánh" opens the Vietnamese side in lower case: no name, so nothing capitalised is taken.
    found = pairs("Families in Hanoi wrap a square rice cake (bánh chưng) for Tết.\n")
    assert ("bánh chưng", "square rice cake") in found


# 2. Vietnamese forms joined by a bare slash: the first is the side, the others its spellings.


def test_a_slash_list_of_vietnamese_forms_is_split() -> None:
    found = pairs("The Hồ dynasty (Nhà Hồ/triều Hồ; Hán-Nôm: 胡朝) lasted seven years.\n")
    assert ("Nhà Hồ", "Hồ dynasty") in found
    assert not any("/" in vi for vi, _ in found)


def test_an_english_slash_list_is_left_whole() -> None:
    # Only Vietnamese forms are split; an English rendering with a slash is one rendering.
    found = pairs("Street vendors sell bánh cuốn (steamed rice rolls/crepes) at dawn.\n")
    assert not any(en in ("steamed rice rolls", "crepes") for _, en in found)


# 3. The second of two glossed items joined by "or"/"and" runs back to the join.


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        (
            "The noodles come either in a bowl of soup (bún nước) or dry with no sauce (bún khô).",
            "bún khô",
            "dry with no sauce",
        ),
        (
            "Cooks sell it hot (chè nóng) and chilled over crushed ice (chè đá).",
            "chè đá",
            "chilled over crushed ice",
        ),
    ],
)
def test_the_second_glossed_item_runs_back_to_the_join(text: str, vi: str, en: str) -> None:
    assert (vi, en) in pairs(text + "\n")


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("It comes with rice (cơm) and topped with fried shallots (hành phi).", "hành phi", "fried shallots"),
        ("Buy some pork (thịt lợn) and a bunch of fresh herbs (rau thơm).", "rau thơm", "fresh herbs"),
    ],
)
def test_items_of_unrelated_terms_are_not_parallel(text: str, vi: str, en: str) -> None:
    # The two Vietnamese forms share no head word: the words after the join are the sentence's.
    assert (vi, en) in pairs(text + "\n")


def test_a_lone_parenthesis_after_a_preposition_keeps_its_short_side() -> None:
    # No glossed item before the "or": the noun before the parenthesis, as before.
    found = pairs("She likes it with a thin sauce (nước chấm).\n")
    assert ("nước chấm", "thin sauce") in found


# 4. A count glued by a hyphen to the noun it counts is a rendering's modifier, not a figure.


@pytest.mark.parametrize("inner", ["16-string zither", "a 3-string lute", "2-string fiddle"])
def test_a_counted_noun_is_a_rendering(inner: str) -> None:
    assert counted_noun(inner)


@pytest.mark.parametrize("inner", ["1945", "16 strings", "born 1890-1969", "3-4 metres", "16-string"])
def test_figures_stay_figures(inner: str) -> None:
    assert not counted_noun(inner)


def test_the_counted_rendering_is_paired() -> None:
    found = pairs(
        "The ensemble plays the đàn bầu (1-string zither), đàn nhị (two-string fiddle) and drums.\n"
    )
    assert ("đàn bầu", "1-string zither") in found
    assert ("đàn nhị", "two-string fiddle") in found


def test_a_measure_in_a_parenthesis_is_still_no_rendering() -> None:
    assert not pairs("The tower of Bình Sơn (16 metres) is old.\n")


# 5. Two places that locate each other are no gloss, and no other name either.


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Vũng Rô Bay", "East Sea"),
        ("Bình Thuận Province", "Phan Thiết"),
        ("Phan Thiết", "Bình Thuận Province"),
    ],
)
def test_two_places_are_told(vi: str, en: str) -> None:
    assert names_two_places(vi, en)


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Hồ Ba Bể", "Ba Be Lake"),  # the same bare name
        ("Ba Bể", "Ba Be Lake"),
        ("Tỉnh Lâm Đồng", "Lâm Đồng Province"),
        ("Vịnh Vũng Rô", "Vung Ro Bay"),
        ("Sông Hương", "Perfume River"),  # no head on the Vietnamese side, no gazetteer place
        ("Vũng Rô Bay", "Rô Bay"),  # the same head
    ],
)
def test_a_rendering_of_a_place_is_no_second_place(vi: str, en: str) -> None:
    assert not names_two_places(vi, en)


def test_the_sea_a_bay_opens_on_is_no_gloss() -> None:
    assert not pairs("Fishing boats shelter in the Vũng Rô Bay (East Sea) in storms.\n")


def test_a_province_and_its_capital_are_not_linked() -> None:
    text = "Fish sauce is made in Bình Thuận Province (Phan Thiết) by the sea.\n"
    assert not pairs(text)
    assert not linked(text, "Bình Thuận Province", "Phan Thiết")


# 6. A list line's right side that is a clause or a comparison describes the item.


def test_list_lines_that_describe_are_no_renderings() -> None:
    text = (
        "Kinds of chè:\n"
        "- Chè đậu xanh - mung bean pudding\n"
        "- Chè bưởi - a more bitter version of the pudding\n"
        "- Chè khúc bạch - the dessert has almond jelly and is served cold\n"
        "- Chè chuối - banana pudding\n"
    )
    found = pairs(text)
    assert ("Chè đậu xanh", "mung bean pudding") in found
    assert ("Chè chuối", "banana pudding") in found
    assert not any(vi in ("Chè bưởi", "Chè khúc bạch") for vi, _ in found)
