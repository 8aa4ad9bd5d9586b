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
    pairs = _pairs("The army fought the rebels at Đồng Hới (Quảng Trị Province) for a month.\n")
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
