"""Round 40: a person's or place's several names. A ruler's box field "Regnal name"; the other name
a parenthesis gives a titled name ("King X (also known as Y)"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.mine_helpers import linked, pairs

_REGNAL_BOX = """Trần Văn Bình

Regnal name
Chúa Lành (主良 "Lord Lành")
Temple name
Hiển Tổ (顯祖)
Father Trần Văn Cả

Trần Văn Bình (1520 – 1600) was the first lord of the southern provinces.
"""
# A regnal-name line that dates its parenthesis gives a title held for those years, no name.
_DATED_REGNAL = """Trần Văn Bình

Regnal name
Đại tướng Nhiếp chính (大將攝政 "Great general and regent", 1560–1570)
Temple name
Hiển Tổ (顯祖)

Trần Văn Bình (1520 – 1600) was the first lord of the southern provinces.
"""


@pytest.mark.parametrize(
    ("text", "a", "b", "joined"),
    [
        # The regnal name is one of the subject's names, as the temple name is.
        (_REGNAL_BOX, "Trần Văn Bình", "Chúa Lành", True),
        (_REGNAL_BOX, "Trần Văn Bình", "Hiển Tổ", True),
        # A dated title under the label is no name of his.
        (_DATED_REGNAL, "Trần Văn Bình", "Đại tướng Nhiếp chính", False),
        (_DATED_REGNAL, "Trần Văn Bình", "Hiển Tổ", True),
    ],
)
def test_a_regnal_name_field_names_the_subject(text: str, a: str, b: str, joined: bool) -> None:
    assert linked(text, a, b) is joined


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # The title before the name no longer hides the name the parenthesis speaks of.
        ("The revolt rose against King Minh Đạo (also known as Hồng Lạc).", "Minh Đạo", "Hồng Lạc"),
        # Without a title, as before.
        ("The revolt rose against Minh Đạo (also known as Hồng Lạc).", "Minh Đạo", "Hồng Lạc"),
    ],
)
def test_a_titled_name_keeps_the_other_name_of_its_parenthesis(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # The district written only with its Vietnamese unit word: no bare form beside it.
        ("The pagoda stands in Phú Thị commune, huyện Gia Lâm, near the river.", False),
        # Written alone too: the bare name is the page's, and stays a form of the district.
        ("The pagoda stands in huyện Gia Lâm. Gia Lâm is known for its pottery.", True),
    ],
)
def test_a_bare_name_only_inside_a_unit_form_is_no_form(text: str, joined: bool) -> None:
    assert linked(text, "huyện Gia Lâm", "Gia Lâm") is joined


# A box's list of commanders, one a line, a name without its marks over a marked one.
_COMMANDERS = """Battle of the River Fort

Commanders and leaders
Lê Văn An (POW)
Tran Van Binh (POW)
Phạm Văn Cường
Strength
300 men
"""


def test_an_unmarked_name_in_a_box_list_is_no_title_of_the_next() -> None:
    assert not linked(_COMMANDERS, "Phạm Văn Cường", "Tran Van Binh")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # The relative's name after the kinship noun says who, it renders nothing.
        ("After his older brother (Trần Văn Lộc) died, he went south.", ("Trần Văn Lộc", "older brother")),
        ("He married late; his wife (Lê Thị Hoa) bore two sons.", ("Lê Thị Hoa", "wife")),
    ],
)
def test_a_kinship_noun_is_no_rendering_of_the_relatives_name(text: str, pair: tuple[str, str]) -> None:
    assert pair not in pairs(text)


def test_a_kinship_word_still_renders_a_vietnamese_word() -> None:
    # The Vietnamese side is a word, not a person's name: a real gloss.
    assert ("anh trai", "older brother") in pairs("Children call him anh trai (older brother) at home.")


@pytest.mark.parametrize(
    ("text", "a", "b", "joined"),
    [
        # A reign name whose first syllable is no family name, before the ruler's full name.
        (
            "The court mourned after the exile of Thành Minh (Nguyễn Phúc Bửu Lân) in 1916.",
            "Thành Minh",
            "Nguyễn Phúc Bửu Lân",
            True,
        ),
        # A two-syllable name in the parenthesis says nothing of a person.
        ("The court moved from Thành Minh (Bửu Lân) in 1916.", "Thành Minh", "Bửu Lân", False),
    ],
)
def test_a_reign_name_before_a_full_name_is_the_same_person(text: str, a: str, b: str, joined: bool) -> None:
    assert linked(text, a, b) is joined


_PSEUDONYM_BOX = """= Trần Văn Bình =

Trần Văn Bình, 陳文平
- Pseudonym: Hòa Khê, Lạc Sơn
- Occupation: Poet

Trần Văn Bình (1820 – 1890) was a Vietnamese poet.
"""


@pytest.mark.parametrize("other", ["Hòa Khê", "Lạc Sơn"])
def test_a_pseudonym_row_names_the_subject(other: str) -> None:
    # Each name of the row's list is one of the subject's.
    assert linked(_PSEUDONYM_BOX, "Trần Văn Bình", other)


def test_a_reign_name_given_at_the_enthronement_is_the_rulers() -> None:
    text = "The French chose him. Nguyễn Phúc Bửu Lân was enthroned with the reign name of Thành Minh."
    assert linked(text, "Nguyễn Phúc Bửu Lân", "Thành Minh")
