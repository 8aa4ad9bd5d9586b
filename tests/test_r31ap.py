"""Round 31 (r31ap): an English rendering that carries the Vietnamese name it translates."""

from __future__ import annotations

from glossary.mine.carried_names import carried_name, carries_name_of
from glossary.mine.documents import Document
from glossary.mine.glosses import extract_glosses
from glossary.mine.phrases import Phrase


def _p(text: str) -> Phrase:
    return Phrase(text, 0, len(text))


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in extract_glosses(Document("t.txt", text)) if m.vi and m.en}


def test_carried_name_after_of() -> None:
    assert carried_name(_p("Celestial Lord of Bà Đen")) == ["Bà", "Đen"]
    assert carried_name(_p("Jade Queen of Lý")) == ["Lý"]


def test_no_carried_name() -> None:
    assert carried_name(_p("Celestial Lord of the Mountain")) == []  # no Vietnamese letters
    assert carried_name(_p("Núi Lord of Bà Đen")) == []  # the head is not English
    assert carried_name(_p("Lord of bà đen")) == []  # not a name
    assert carried_name(_p("village of Bà Đen")) == []  # a place's English name


def test_carries_only_the_terms_own_name() -> None:
    assert carries_name_of(_p("Celestial Lord of Bà Đen"), _p("Bà Đen Thượng Đế"))
    assert not carries_name_of(_p("Celestial Lord of Bà Đen"), _p("Thượng Đế Sơn"))
    assert not carries_name_of(_p("Celestial Lord of Bà Đen"), _p("Bà Đen"))  # nothing rendered


def test_bare_gloss_with_carried_name_is_paired() -> None:
    text = "Bà Đen Thượng Đế (Celestial Lord of Bà Đen) is worshipped on the hill."
    assert ("Bà Đen Thượng Đế", "Celestial Lord of Bà Đen") in _pairs(text)


def test_quoted_gloss_after_han_form_is_paired() -> None:
    text = 'Bà Đen Thượng Đế (Chữ Hán: 婆黑上帝; "Celestial Lord of Bà Đen") is worshipped there.'
    assert ("Bà Đen Thượng Đế", "Celestial Lord of Bà Đen") in _pairs(text)


def test_other_name_is_not_carried() -> None:
    text = "Thượng Đế Sơn (Celestial Lord of Bà Đen) is worshipped on the hill."
    assert not any(en == "Celestial Lord of Bà Đen" for _, en in _pairs(text))
