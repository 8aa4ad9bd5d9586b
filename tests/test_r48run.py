"""Round 48: a box's name line running several names together under the page's title (native name,
other names, a French or Latin name). The line is cut where the title says a name ends and where the
language changes; the native name pairs the title's English, other English or Vietnamese names are
the subject's variants, other languages' names no forms (gold rules §2, §10.13). Boxes written for
these tests."""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.name_lines import name_line_span, run_name_line
from glossary.model import Kind
from tests.mine_helpers import has_form, linked, mine

_NATIVE_FIRST = """Hà Lâm
Hà Lâm Town
Thị xã Hà Lâm Bến Sỏi harbor Lạc Thủy district Ville de Halam | |
---|---|
Country | Vietnam |
Province | Sơn La |
Hà Lâm is a town of Sơn La province in Vietnam.
"""

_ENGLISH_FIRST = """Roman Catholic Diocese of Vinh Lam
Diocese of Vinh Lam Dioecesis Vinhlamensis Giáo phận Vĩnh Lâm Diocèse de Vĩnh Lâm | |
---|---|
Country | Vietnam |
Rite | Roman Rite |
The Diocese of Vinh Lam is a diocese of the Catholic Church in Vietnam.
"""


def _read(text: str) -> list[tuple[Kind, str, str, list[str]]]:
    return [(m.kind, m.vi, m.en, [v for v, _ in m.variants]) for m in run_name_line(Document("t.txt", text))]


def test_a_native_name_first_is_cut_at_the_end_of_the_titles_name() -> None:
    # "Thị xã" + the title's "Hà Lâm": the native name ends there, not four syllables on.
    assert _read(_NATIVE_FIRST) == [
        (Kind.PLACE, "Thị xã Hà Lâm", "Hà Lâm Town", ["Hà Lâm", "Bến Sỏi harbor", "Lạc Thủy district"])
    ]
    assert linked(_NATIVE_FIRST, "Thị xã Hà Lâm", "Hà Lâm Town")
    assert linked(_NATIVE_FIRST, "Hà Lâm Town", "Bến Sỏi harbor")
    assert linked(_NATIVE_FIRST, "Thị xã Hà Lâm", "Lạc Thủy district")
    # The French name is no form, and no place runs over two names.
    assert not any("Ville" in form or "Halam" in form for e in mine(_NATIVE_FIRST) for form in e.forms())
    assert not has_form(_NATIVE_FIRST, "Thị xã Hà Lâm Bến Sỏi")


def test_an_english_name_first_ends_with_the_titles_last_words() -> None:
    # The Latin and the French names are no forms; "Vĩnh Lâm" after the French "de" is the French's.
    assert _read(_ENGLISH_FIRST) == [
        (
            Kind.ORGANISATION,
            "Giáo phận Vĩnh Lâm",
            "Diocese of Vinh Lam",
            ["Roman Catholic Diocese of Vinh Lam"],
        )
    ]
    assert linked(_ENGLISH_FIRST, "Giáo phận Vĩnh Lâm", "Roman Catholic Diocese of Vinh Lam")
    forms = {form for e in mine(_ENGLISH_FIRST) for form in e.forms()}
    assert not any("Dioecesis" in form or "Vinhlamensis" in form or "Diocèse" in form for form in forms)
    assert not linked(_ENGLISH_FIRST, "Giáo phận Vĩnh Lâm", "Vĩnh Lâm")


def test_a_line_the_title_does_not_anchor_is_left_to_the_other_readers() -> None:
    # No title above it, another title, or no box cell: nothing is cut.
    line = "Thị xã Hà Lâm Bến Sỏi harbor Lạc Thủy district | |\n---|---|\n"
    assert _read(line) == []
    assert _read("Bắc Yên Town\n" + line) == []
    assert _read("Hà Lâm Town\nThị xã Hà Lâm Bến Sỏi harbor Lạc Thủy district\nCountry | Vietnam |\n") == []
    assert name_line_span("Hà Lâm Town\n" + line) == (12, 12 + line.index(" |"))
    # A two-name line is run_together_title's, read as before.
    two = "Sơn La Province\nSơn La Province Tỉnh Sơn La | |\n---|---|\nCountry | Vietnam |\n"
    assert _read(two) == []
    assert linked(two, "Tỉnh Sơn La", "Sơn La Province")


def test_the_titles_name_matches_without_its_marks_and_a_bare_run_is_no_other_name() -> None:
    # "Ho Chi Minh City" over "Thành phố Hồ Chí Minh …": the name matched with its marks folded. The
    # syllables after it may be one name or two ("Sài Gòn Gia Định"): no unit word closes them, so
    # they are no form; "Saigon" and "Ville de Saïgon" are no Vietnamese syllables.
    text = "Ho Chi Minh City\nThành phố Hồ Chí Minh Sài Gòn Gia Định Saigon Ville de Saïgon | |\n---|---|\n"
    assert _read(text) == [(Kind.PLACE, "Thành phố Hồ Chí Minh", "Ho Chi Minh City", [])]
    assert not has_form(text, "Sài Gòn Gia Định")
