"""Round 14: a person's infobox name block read whole (docs/miner.md, "Round 14: infobox name
blocks"), on boxes written for these tests: every name line under "Names", "Born" or a name label up
to the next label is one of the subject's names; office titles, a spouse's or parent's name and dates
are not."""

from __future__ import annotations

from tests.mine_helpers import has_form, linked

LEAD = "Lê Văn Khải (1870 – 1921) was an emperor of the south.\n"

NAMES_BLOCK = (
    "Emperor Lê Văn Khải\n"
    "Born3 May 1870\n"
    "Names\n"
    "Lê Phúc Minh Hạo ()\n"
    "Lê Phúc Minh Tuyền ()\n"
    "Lê Phúc Định ()\n"
    "Temple name\n"
    "Hiển Tông ()\n"
    "HouseLê Phúc\n"
    "\n" + LEAD
)

POSTHUMOUS_TWO_LINES = (
    "Emperor Lê Văn Khải\n"
    "Posthumous name\n"
    "Khoan Nhân Duệ Hiếu Hoàng Đế (寬仁睿孝皇帝)\n"
    "Thuận Thiên Khoan Nhân Duệ Hiếu Hoàng Đế (順天寬仁睿孝皇帝) (1925)\n"
    "Temple name\n"
    "Hiển Tông ()\n"
    "\n" + LEAD
)

SCRIPT_LABELS = (
    "Emperor Lê Văn Khải\n"
    "Names\n"
    "Vietnamese alphabet: Lê Phúc Minh Hạo\n"
    "Chữ Hán: 黎福明浩\n"
    "Lê Phúc Định\n"
    "Father\n"
    "Lê Văn Thuận\n"
    "\n" + LEAD
)

BORN_ALONE = (
    "Lê Thị Hồng Vân\n"
    "Born\n"
    "Lê Thị Mai Hương\n"
    "12 April 1931\n"
    "Huế, Annam\n"
    "\n"
    "Lê Thị Hồng Vân (born 12 April 1931) is a diplomat.\n"
)


def test_every_line_under_names_is_one_of_the_subjects_names() -> None:
    for name in ("Lê Phúc Minh Hạo", "Lê Phúc Minh Tuyền", "Lê Phúc Định"):
        assert linked(NAMES_BLOCK, "Lê Văn Khải", name), name
    assert linked(NAMES_BLOCK, "Lê Phúc Định", "Hiển Tông")


def test_a_name_label_reads_its_second_line_too() -> None:
    second = "Thuận Thiên Khoan Nhân Duệ Hiếu Hoàng Đế"
    assert linked(POSTHUMOUS_TWO_LINES, "Lê Văn Khải", second)
    assert linked(POSTHUMOUS_TWO_LINES, "Khoan Nhân Duệ Hiếu Hoàng Đế", second)


def test_a_script_label_is_stripped_and_a_line_of_characters_skipped() -> None:
    assert linked(SCRIPT_LABELS, "Lê Văn Khải", "Lê Phúc Minh Hạo")
    assert linked(SCRIPT_LABELS, "Lê Văn Khải", "Lê Phúc Định")
    # The father's name under his own label after the block is his, not the subject's.
    assert not linked(SCRIPT_LABELS, "Lê Văn Khải", "Lê Văn Thuận")


def test_born_alone_on_its_line_reads_the_birth_name_not_the_date_or_place() -> None:
    assert linked(BORN_ALONE, "Lê Thị Hồng Vân", "Lê Thị Mai Hương")
    assert not linked(BORN_ALONE, "Lê Thị Hồng Vân", "Huế")
    assert not has_form(BORN_ALONE, "12 April 1931")


# --- what a box's other blocks hold is no name of the subject ------------------------------------

OFFICES = (
    "Lê Văn Khải\n"
    "Offices held\n"
    "Thủ tướng Chính phủ\n"
    "Bộ trưởng Bộ Ngoại giao\n"
    "Spouse\n"
    "Trần Thị Lan\n"
    "Parents\n"
    "Lê Văn Thuận\n"
    "Nguyễn Thị Hoa\n"
    "\n" + LEAD
)

BORN_PLACE = "Lê Văn Khải\nBorn\n3 May 1870\nHà Nội, Vietnam\nDied\n1921\n\n" + LEAD


def test_office_titles_spouse_and_parents_are_no_names_of_the_subject() -> None:
    for other in (
        "Thủ tướng Chính phủ",
        "Bộ trưởng Bộ Ngoại giao",
        "Trần Thị Lan",
        "Lê Văn Thuận",
        "Nguyễn Thị Hoa",
    ):
        assert not linked(OFFICES, "Lê Văn Khải", other), other


def test_born_over_a_date_and_a_place_names_nothing() -> None:
    assert not linked(BORN_PLACE, "Lê Văn Khải", "Hà Nội")
    assert not has_form(BORN_PLACE, "3 May 1870")
