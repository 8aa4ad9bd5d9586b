"""Round 35 (r35alt): each alternative after "or" in a naming cue's list, across a parenthesis or a
quote; numbered notes under a "See also" heading. Texts written for these tests."""

from __future__ import annotations

from tests.mine_helpers import has_form, linked

_PORT = (
    "Bến Lũy is a port town on the southern coast of the delta.\n\n"
    'Bến Lũy was founded by traders in 1700. In Khmer, Bến Lũy is called "Srok". '
    'Thai sailors call it "Kantarit" (กันทริต) or "Somparan" (สมปาน). Some merchants call it "Lorang".\n'
)


def test_a_quoted_alternative_after_or_is_the_subjects_name_too() -> None:
    # The first quoted name was read; the one after "or", past the first's script aside, was not.
    assert linked(_PORT, "Bến Lũy", "Kantarit")
    assert linked(_PORT, "Bến Lũy", "Somparan")


_UNION = (
    "The General Confederation of Labour of Vietnam (GCLV) (Vietnamese: Tổng Liên đoàn Lao động Việt "
    "Nam), founded in 1929, is the national trade union centre of the country.\n\n"
    'In Vietnam, it is commonly referred to as "Công đoàn" (the Union) or "Công đoàn ta" (our Union).\n'
)


def test_a_quoted_alternative_with_lower_case_words_and_its_rendering_join_the_body() -> None:
    # '"Công đoàn ta" (our Union)': the quotes bound the name, its lower-case word and all, and the
    # rendering of the second alternative is the body's nickname as the first's is.
    assert linked(_UNION, "Công đoàn", "Công đoàn ta")
    assert linked(_UNION, "Công đoàn ta", "our Union")


def test_a_titled_alternative_after_han_characters_is_the_persons_name() -> None:
    # The Han characters after the first name ended the list; a ruler's title opens the second.
    text = (
        "The annals tell the legend of the river clans. In the annals Lạc Hoa is the daughter of "
        "Đế Minh (also known as Đế Tĩnh 帝靜, or Emperor Tĩnh, who ruled the hills), while the "
        "songs call her a fairy.\n"
    )
    assert linked(text, "Đế Minh", "Emperor Tĩnh")


def test_numbered_notes_right_under_see_also_are_a_reference_list() -> None:
    # A mirror dropped the "See also" links and left the notes under the heading: a citation's quoted
    # snippet glosses a name the page's own text never glosses.
    text = (
        "The Lantern School was a private school in Hanoi.\n\n"
        "See also\n\n\n"
        '  1. Trần Văn Bình Memories of the Old Quarter 2004 Page 12 "the Lantern Society (Hội Đèn '
        'Lồng) at 12 Silk Street."\n'
    )
    assert not has_form(text, "Lantern Society")
    assert not has_form(text, "Hội Đèn Lồng")
