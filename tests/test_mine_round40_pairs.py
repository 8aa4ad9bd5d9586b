"""Round 40: glossed titles, degrees and foods (parentheses.py, paren_sides.py, paren_inside.py,
align_spans.py). The texts are made up for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.documents import Document
from glossary.mine.title_stack import extract_title_stack
from tests.mine_helpers import entry_with, pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # The English verb before a term cited with its first capital is the sentence's.
        (
            "In 1850 she got Tú tài (秀才 flourishing talent) rank at the fair.",
            ("Tú tài", "flourishing talent"),
        ),
        # The same, with a language code between the term and its rendering (the aligner's reading).
        (
            "Later she got Hoàng giáp [vi] (yellow board, second rank) honours.",
            ("Hoàng giáp", "yellow board"),
        ),
        # A one-word name or noun after "of the" or "in" is too short for a four-syllable term.
        (
            "The court made him keeper of the Seal (quan giữ ấn triều) at once.",
            ("quan giữ ấn triều", "keeper of the Seal"),
        ),
        ("He rose to admiral in chief (đô đốc thủy quân) soon.", ("đô đốc thủy quân", "admiral in chief")),
        # A syllable that is also an English word ends the term right before its gloss.
        ("At the stall she sold chè me (sesame sweet soup) in cups.", ("chè me", "sesame sweet soup")),
        ("Each child got a tò he (dough figurines) to keep.", ("tò he", "dough figurines")),
        # A word glossed in a parenthesis nested in an English remark.
        (
            "He took the name Mai (because he was born under a plum (Mận) tree) as a boy.",
            ("Mận", "plum"),
        ),
        # A full-width (Han) semicolon parts the Han name from its Vietnamese reading.
        (
            "The rebel Zhang Shicheng (张士诚；Trương Sĩ Thành) ruled Suzhou.",
            ("Trương Sĩ Thành", "Zhang Shicheng"),
        ),
    ],
)
def test_pair_is_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


def test_a_name_long_enough_for_the_term_is_its_rendering_alone() -> None:
    text = "Later the supreme command of the General Staff (Bộ Tổng tham mưu) was set up."
    assert ("Bộ Tổng tham mưu", "General Staff") in pairs(text)


def test_a_name_after_a_noun_without_a_possessive_is_still_its_rendering() -> None:
    # "Vương" is a family name too, but here it renders the office.
    assert ("Vương", "king") in pairs("The ruler was called king (Vương) in the annals.")


@pytest.mark.parametrize(
    ("text", "vi"),
    [
        ("In 1850 she got Tú tài (秀才 flourishing talent) rank at the fair.", "got Tú tài"),
        ("Later she got Hoàng giáp [vi] (yellow board, second rank) honours.", "got Hoàng giáp"),
        ("The rebel Zhang Shicheng (张士诚；Trương Sĩ Thành) ruled Suzhou.", "；Trương Sĩ Thành"),
        # A kinsman's name after a possessive says who he is; it renders no word.
        ("After his younger sister (Phạm Thị Lan) married, he left.", "Phạm Thị Lan"),
        ("During her husband (Đỗ Minh)'s illness she ruled.", "Đỗ Minh"),
        # An ordinal's tail is no word: the date in figures gives no English side.
        ("It falls on the 5th of the 5th lunar month (Tết Đoan Ngọ) each year.", "Tết Đoan Ngọ"),
    ],
)
def test_no_pair_keeps_the_words_around(text: str, vi: str) -> None:
    assert all(v != vi for v, _ in pairs(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A box line: the English rank, a comma, the Vietnamese rank, the consort's name.
        (
            "Consort of Second Rank, Đức phi Lê Thị Hoa\nShe bore two sons.",
            ("Đức phi", "Consort of Second Rank"),
        ),
        # In running text, after a comma, with no comma between the ranks.
        (
            "His third wife, Concubine of Royal Favour Tiệp dư Trần Thị Mai, died young.",
            ("Tiệp dư", "Concubine of Royal Favour"),
        ),
    ],
)
def test_a_rank_in_english_then_in_vietnamese_before_a_name_is_a_pair(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(text)


def test_a_rank_before_words_that_are_no_persons_name_is_no_pair() -> None:
    # "Sông" is no family name: the capitalised words after the Vietnamese are no person's name.
    assert not any(v == "Đức phi" for v, _ in pairs("Consort of Second Rank, Đức phi Sông Tô\nShe ruled."))
    assert ("Đức phi", "Consort of Second Rank") in pairs("Consort of Second Rank, Đức phi Lê Tô\nShe ruled.")


def test_a_houses_official_name_is_its_states_even_when_the_lead_gives_no_noun() -> None:
    # A mirror's lead goes on "was a List ...": the subject's own head word says it is a house.
    text = "The Vũ dynasty (Vietnamese: Nhà Vũ), officially Đại Nam, was a List of rulers.\n"
    text += "The Vũ dynasty ruled."
    entry = entry_with(text, "Vũ dynasty")
    assert entry is not None and entry.vi == "Nhà Vũ"
    assert "Đại Nam" not in entry.forms()


def _stack(text: str) -> list[tuple[str, str]]:
    return [(m.vi, m.en) for m in extract_title_stack(Document("t.txt", text))]


def test_a_name_without_marks_over_another_in_a_boxs_list_is_no_rendering() -> None:
    text = "Battle of Sông Lô\nCommanders and leaders\nPhan Van Long (POW)\nHoàng Minh Đức\n"
    text += "Lê Văn An (POW)\nPeter Smith\nStrength\n300 men\nThe battle was fought in 1873."
    assert _stack(text) == []


def test_a_place_over_its_native_name_stays_a_pair() -> None:
    # The English line opens with a family name and is all syllables, but its head word names a place.
    assert _stack("Ha Long Bay\nVịnh Hạ Long\nLocation\nQuảng Ninh\nThe bay is famous.") == [
        ("Vịnh Hạ Long", "Ha Long Bay")
    ]
