"""Round 22: box rows naming the subject: a box flattened one cell a line (each key's value on the
line under it), "Alternative names" not taken for a native-name key, the subject's kind from the
box's own rows, and an English nickname phrase kept as a name (round 47: also where the page
writes it in lower case elsewhere, as a name's meaning)."""

from __future__ import annotations

import pytest

from glossary.mine.box_fields import _nickname
from glossary.mine.infobox import _fields, _is_native, _subject_kind, extract_infobox
from glossary.model import Kind
from tests.mine_helpers import doc, linked

# Boxes written for these tests, shaped as flattened wiki boxes are.
_STACKED_PERSON = """Trần Văn Lương (3 March 1901 - 9 May 1970) was a Vietnamese teacher born in Huế.
External links
Persondata |
Name |
Trần Văn Lương |
Alternative names |
Chín Lương, Anh Hai |
Short description |
Vietnamese teacher |
Date of birth |
March 3, 1901 |
Place of birth |
Huế, French Indochina |"""

_STACKED_NO_NAME_KEY = """Lê Văn Tâm was a Vietnamese farmer.
Notes |
Alternative names |
Date of birth |
1 May 1900 |"""

_PLACE_NICKNAME = """Cẩm Hà

Cẩm Hà is a town in Vietnam.

Cẩm Hà Town
Nickname:
Shore of the herons[1]
Coordinates: 11°N 108°E
"""

_MEANING_NICKNAME = """Cẩm Hà

Cẩm Hà is a town in Vietnam.

Cẩm Hà Town
Nickname:
Shore of the herons
Coordinates: 11°N 108°E
The name Cẩm Hà translates as "shore of the herons".
"""


def _other_names(text: str) -> set[tuple[str, str]]:
    return {
        (m.en or m.vi, form)
        for m in extract_infobox(doc(text))
        if m.origin == "name"
        for form, _ in m.variants
    }


def test_stacked_cells_give_the_name_and_other_names_rows() -> None:
    fields = {(f.key, f.value) for f in _fields(_STACKED_PERSON)}
    assert ("name", "Trần Văn Lương") in fields
    assert ("alternative names", "Chín Lương, Anh Hai") in fields
    # A key cell whose next line is another key cell has no value.
    assert not [f for f in _fields(_STACKED_NO_NAME_KEY) if f.key == "alternative names"]


def test_alternative_names_row_gives_forms_of_a_person_box_subject() -> None:
    assert _other_names(_STACKED_PERSON) == {
        ("Trần Văn Lương", "Chín Lương"),
        ("Trần Văn Lương", "Anh Hai"),
    }
    assert linked(_STACKED_PERSON, "Trần Văn Lương", "Chín Lương")


@pytest.mark.parametrize(
    ("key", "native"),
    [
        ("native name", True),
        ("local long form", True),
        ("alternative names", False),
        ("native name lang", False),
    ],
)
def test_native_key_is_a_whole_word(key: str, native: bool) -> None:
    assert _is_native(key) is native


def test_subject_kind_from_the_box_rows() -> None:
    person = _fields(_STACKED_PERSON)
    assert _subject_kind("Trần Văn Lương", person) is Kind.PERSON
    place = _fields(_PLACE_NICKNAME)
    assert _subject_kind("Cẩm Hà", place) is Kind.PLACE
    assert _subject_kind("Cẩm Hà", []) is Kind.TERM


def test_nickname_phrase_is_a_name_also_when_written_lower_case_elsewhere() -> None:
    # Round 47: the box row names the subject even when the page also gives the phrase as the
    # name's meaning (gold rules §10.9, settled after round 22; the meaning is a term of its own).
    assert _nickname("Shore of the herons", _PLACE_NICKNAME) == ["Shore of the herons"]
    assert _nickname("Shore of the herons", _MEANING_NICKNAME) == ["Shore of the herons"]
    assert ("Cẩm Hà", "Shore of the herons") in _other_names(_PLACE_NICKNAME)
    assert ("Cẩm Hà", "Shore of the herons") in _other_names(_MEANING_NICKNAME)


_GLOSSED_OTHER_NAME = """Thích Minh Tâm
Born | Trần Văn Hải c. 1900 |
Other names | Hòa Thượng Thích Minh Tâm (Venerable Thích Minh Tâm[1]) |
Thích Minh Tâm was a Vietnamese monk.
"""


def test_other_name_row_takes_the_name_before_its_gloss() -> None:
    names = {form for _, form in _other_names(_GLOSSED_OTHER_NAME)}
    assert "Hòa Thượng Thích Minh Tâm" in names
    assert not any("(" in form or ")" in form for form in names)


def test_former_names_listed_with_then() -> None:
    text = (
        "Chùa Sen\n"
        "- Name: Lotus Pagoda\n"
        "- Former Names: Chùa Hồ (Lake Pagoda) then Chùa Liên (Lotus Shrine)\n"
        "Lotus Pagoda is a pagoda in Hanoi.\n"
    )
    assert _other_names(text) == {("Lotus Pagoda", "Chùa Hồ"), ("Lotus Pagoda", "Chùa Liên")}
