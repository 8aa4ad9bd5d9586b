"""Round 34, gloss pairs: a script label with its own noun ("Chinese script:") and a place said to
be in another named place are no glosses. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from glossary.mine.documents import Document
from glossary.mine.glosses import extract_glosses


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in extract_glosses(Document(Path("t.txt"), text))}


def test_script_label_is_no_rendering() -> None:
    pairs = _pairs("Trần Văn Lộc (Chinese script: 陳文祿, d. 1790) was a mandarin of the south.\n")
    assert not any(en.lower().startswith("chinese") for _, en in pairs)
    pairs = _pairs("Lê Thị Hoa (Chinese characters: 黎氏花) was a poet.\n")
    assert not any(en.lower().startswith("chinese") for _, en in pairs)


def test_place_in_a_named_province_is_no_rendering() -> None:
    pairs = _pairs("They fought in Trấn Giang (Quảng Trị Province).\n")
    assert not any(en.startswith("Quảng Trị") for _, en in pairs)


def test_headed_name_in_another_place_is_no_rendering() -> None:
    pairs = _pairs("He was sent to work at the Mạo Khê mine (Đông Triều) under another name.\n")
    assert not any("Mạo Khê" in en or "Mạo Khê" in vi for vi, en in pairs)


def test_rendering_that_carries_its_name_stays() -> None:
    # The English carries the Vietnamese side's own name, hyphenated or not: a rendering.
    pairs = _pairs("The Yên Bái mutiny (Bạo-động Yên-bái) broke out in 1930.\n")
    assert ("Bạo-động Yên-bái", "Yên Bái mutiny") in pairs
    pairs = _pairs("The land was ruled by the Tây Sơn dynasty (nhà Tây Sơn) for a while.\n")
    assert any(vi == "nhà Tây Sơn" for vi, _ in pairs)


def test_labelled_form_respelt_without_marks_is_a_pair() -> None:
    pairs = _pairs("Bun ca Ha Long (Bún cá Hạ Long in Vietnamese) is a fish noodle soup.\n")
    assert ("Bún cá Hạ Long", "Bun ca Ha Long") in pairs
    pairs = _pairs("The xu (Vietnamese: xu) and the hao (Vietnamese: hào) were coins.\n")
    assert ("hào", "hao") in pairs


def test_respelt_name_keeps_its_meaning_a_term_beside_it() -> None:
    text = 'Ha Nam (in Vietnamese, Hà Nam; literally "south of the river") is a province.\n'
    mentions = extract_glosses(Document(Path("t.txt"), text))
    meanings = [m for m in mentions if m.en == "south of the river"]
    assert meanings and all(m.kind.value == "term" for m in meanings)
    respelt = [m for m in mentions if m.en == "Ha Nam"]
    assert respelt and not any(v == "south of the river" for m in respelt for v, _ in m.variants)


def test_rendering_after_the_parenthesis_stays_the_pair() -> None:
    text = 'Tra da nong ( _vi. "trà đá nóng") — literally, "hot iced tea" — is a joke.\n'
    assert ("trà đá nóng", "Tra da nong") not in _pairs(text)
