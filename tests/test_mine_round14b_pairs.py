"""Round 14b: the gloss causes of the twelfth blind part's analysis (tests/corpus/gold/blind12/
ANALYSIS.md §4, changes 4 and 5), each on text written for these tests: a comparison tail cut from
a parenthesised rendering, an English side whose only Vietnamese letters are a name the Vietnamese
side also writes, and naming and meaning wordings; with the wordings that must stay unread."""

from __future__ import annotations

import pytest

from tests.mine_helpers import entry_with, pairs

# --- pairs read now ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A comparison with another thing ends the rendering; the thing compared is not the meaning.
        (
            "At the feast the đàn bầu cổ (a one-stringed box zither similar to the Chinese duxianqin) "
            "was heard.",
            ("đàn bầu cổ", "one-stringed box zither"),
        ),
        (
            "The orchestra adds the đàn tỳ bà (a pear-shaped lute with four strings corresponding to "
            "the Chinese pipa).",
            ("đàn tỳ bà", "pear-shaped lute with four strings"),
        ),
        # A title whose only Vietnamese letters are the name the Vietnamese side writes; its
        # capital article is the title's.
        (
            "She recited the poem Truyện Thúy Vân (The Story of Thúy Vân) to the class.",
            ("Truyện Thúy Vân", "The Story of Thúy Vân"),
        ),
        # A quoted English name after "known in English as the": the quotation makes a name of it.
        (
            'Bánh giò, also known in English as the "pyramid rice dumpling", is sold at dawn.',
            ("Bánh giò", "pyramid rice dumpling"),
        ),
        # "X is [Sino-]Vietnamese for Y", the subject quoted or not.
        (
            '"Song thất" is Sino-Vietnamese for "double seven" in the old poems.',
            ("Song thất", "double seven"),
        ),
        ("Bát cú is Sino-Vietnamese for eight lines.", ("Bát cú", "eight lines")),
        ('"Song thất" is a Vietnamese term for "double seven".', ("Song thất", "double seven")),
        # A kind of name before "meaning", and a remark after the quoted meaning.
        (
            'The poet Tản Đà (pen name meaning "Umbrella Hill", born Nguyễn Khắc Hiếu) wrote it.',
            ("Tản Đà", "Umbrella Hill"),
        ),
    ],
)
def test_pair_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


# --- wordings that stay unread -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A lone comparison is no rendering of its own.
        ("The band plays the đàn gáo (similar to the erhu) at night.", ("đàn gáo", "erhu")),
        # The determiner veto: "a group called Lự" names a class the term is of.
        ("In the north lives a group called Lự in the valleys.", ("Lự", "group")),
        # Unquoted, "the" after "known as" names a thing spoken of before, not a rendering.
        ("Bánh giò, also known as the morning dish, is sold at dawn.", ("Bánh giò", "morning dish")),
    ],
)
def test_pair_not_read(text: str, pair: tuple[str, str]) -> None:
    assert pair not in pairs(text)


def test_language_for_rendering_kept() -> None:
    """ "(Vietnamese for The People)": a rendering with its capital article stays whole."""
    text = "The paper Nhân Dân (Vietnamese for The People) is printed daily."
    assert ("Nhân Dân", "The People") in pairs(text)


def test_adjective_list_not_cut() -> None:
    """A comma between two adjectives of one noun is no segment break: the first adjective alone is
    no rendering (it was, before this round), and a short list is still read whole."""
    long = (
        "In the hamlet the đàn đáy (a three-stringed, long-necked lute with a trapezoid body of old "
        "wood) is played."
    )
    assert ("đàn đáy", "three-stringed") not in pairs(long)
    short = "In the hamlet the đàn đáy (a three-stringed, long-necked lute) is played by singers."
    assert ("đàn đáy", "three-stringed, long-necked lute") in pairs(short)


def test_shared_name_and_two_labelled_names() -> None:
    """An English side whose only Vietnamese letters are the name the label's form also writes, and
    two Vietnamese names joined by "or" after the label: one entry with both."""
    text = "The valley holds the Chinese Mường (Vietnamese: Hoa Mường or Tàu Mường) and their fields."
    assert ("Hoa Mường", "Chinese Mường") in pairs(text)
    entry = entry_with(text, "Hoa Mường")
    assert entry is not None and "Tàu Mường" in entry.forms()


def test_name_not_shared_stays_unread() -> None:
    """A Vietnamese word on the English side that the label's form does not write keeps it unread."""
    text = "The valley holds the Chinese Mường (Vietnamese: Hoa Thái) and their fields."
    assert ("Hoa Thái", "Chinese Mường") not in pairs(text)
