"""Round 29: copies and box lists. A box's list of names, one a line, is no title stack (a line
"Name  Executed" is no English rendering of the next line's name); a box's image row gives no
form."""

from __future__ import annotations

from glossary.mine.box_labels import unglue
from glossary.mine.infobox import extract_infobox
from glossary.mine.title_stack import extract_title_stack
from tests.mine_helpers import doc, entry_with, pairs

# Pages written for these tests, shaped as the mirrors' flattened battle and person boxes are.
_FATES = """Cẩm Hà revolt

Cẩm Hà revolt
Commanders and leaders
Trần Văn Khải
Phạm Đức Lâm
Hoàng Minh Tuệ  Executed
Đặng Văn Lộc
Võ Thị Hồng  Executed
Lê Quang Vĩnh
Strength
3,000

The Cẩm Hà revolt was an uprising.
"""

_COLUMN = """Hội Xuân war

Commanders and leaders
Wang Lin
Zhou Ping (POW)
Trần Hữu Nghĩa
Lê Văn Phúc
Đỗ Minh Hiển
Strength

The Hội Xuân war was a war.
"""

_TITLE = """Cẩm Hà Province

Cẩm Hà Province
Tỉnh Cẩm Hà
Hội Xuân
Location of Cẩm Hà within Vietnam

Cẩm Hà Province is a province of Vietnam.
"""

_IMAGE = """= Trần Văn Khải =

Trần Văn Khải
- Image Name: Tran Van Khai Portrait.jpg
- Birth Date: 1931-05-02
- Birth Place: Hội Xuân, Cẩm Hà

Trần Văn Khải was a soldier.
"""

_NAMED_FILE = """Trần Văn Khải
- Name: Tran Van Khai Portrait.jpg
- Birth Date: 1931-05-02

Trần Văn Khải was a soldier.
"""


def _stack(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in extract_title_stack(doc(text))}


def _box(text: str) -> set[tuple[str | None, str | None]]:
    return {(m.vi, m.en) for m in extract_infobox(doc(text))}


def test_a_name_with_its_fate_is_no_title_of_the_next_name() -> None:
    assert _stack(_FATES) == set()


def test_a_list_of_native_names_is_no_title_stack() -> None:
    assert _stack(_COLUMN) == set()


def test_a_title_stack_with_its_seat_under_it_stays() -> None:
    assert _stack(_TITLE) == {("Tỉnh Cẩm Hà", "Cẩm Hà Province")}


def test_an_image_row_gives_no_form() -> None:
    assert not any(en and en.endswith(".jpg") for _, en in _box(_IMAGE))


def test_a_file_in_a_name_row_gives_no_form() -> None:
    assert not any(en and en.endswith(".jpg") for _, en in _box(_NAMED_FILE))


def test_another_persons_vietnamese_name_is_no_title() -> None:
    assert _stack("Commanders\nTrần Văn Khải Executed\nLê Quang Vĩnh\nStrength\n") == set()


# A mirror's hover copy: a link's text, then the linked article's opening on the same line, cut off.
_HOVER = """The county lay in the hills. It was ruled from what is now
southern Cẩm Hà Southern Cẩm Hà ( vi, Nam Cẩm Hà) is one of two regions of the province. It holds ...
from 1100 to 1200.
"""


def test_a_hover_copy_is_read_apart_from_its_link_text() -> None:
    text = unglue(_HOVER)
    assert "southern Cẩm Hà. Southern Cẩm Hà ( vi, Nam Cẩm Hà)" in text
    assert ("Nam Cẩm Hà", "Southern Cẩm Hà") in pairs(text)
    assert entry_with(_HOVER, "Southern Cẩm Hà") is not None


def test_a_line_cut_off_with_no_repeated_link_text_is_left() -> None:
    line = "Rice noodles are a thin form of noodle. They are sometimes called ...\n"
    assert unglue(line) == line
