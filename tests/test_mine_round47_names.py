"""Round 47: family names the list lacked (Tôn, Thích, Đậu, Tào, Quế, Nhữ, Lân), and foreign names before
a capitalised "Province", on text written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.mine.lexicon import is_family_name
from glossary.mine.pipeline import mine_paths
from glossary.model import Kind


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Tôn", True),  # 尊 / 孫: Tôn Thất, the royal branch, and Tôn alone
        ("Ton", True),  # the same without its marks, as English pages write it
        ("TÔN", True),  # any case
        ("Thích", True),  # the name monks and nuns take
        ("Đậu", True),
        ("Tào", True),
        ("Quế", True),
        ("Nhữ", True),
        ("Lân", True),
        ("Tốn", False),  # with other marks it is another word
        ("Đồng", False),  # left out: it opens place names (Đồng Tháp, Đồng Nai)
        ("Phó", False),  # left out: "deputy" before a title (Phó Chủ tịch)
        ("Lục", False),  # left out: "six" (lục bát, a verse form)
        ("thich", False),  # unmarked, it is not read as the monk's name
    ],
)
def test_family_name_words(word: str, expected: bool) -> None:
    assert is_family_name(word) is expected


def _persons(tmp_path: Path, text: str) -> set[str]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    entries = mine_paths([page]).entries
    return {e.vi or e.en for e in entries if e.kind is Kind.PERSON}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # An invented official, with and without the marks.
        ("The harbour master Tôn Văn Khải opened the new pier in 1931.\n", "Tôn Văn Khải"),
        ("The old pier was built under Ton Van Khai in 1931.\n", "Ton Van Khai"),
        # An invented abbot: the monk's name opens with Thích.
        ("The pagoda was rebuilt by the abbot Thích Minh Tuệ after the flood.\n", "Thích Minh Tuệ"),
        # An invented teacher with a rarer family name.
        ("Her first teacher, Đậu Văn Lành, taught in the village school.\n", "Đậu Văn Lành"),
    ],
)
def test_names_opening_with_these_family_names_are_persons(tmp_path: Path, text: str, person: str) -> None:
    assert person in _persons(tmp_path, text)


def test_a_place_opening_with_a_left_out_word_is_no_person(tmp_path: Path) -> None:
    # "Đồng" stays out of the list: the place below must not become a person.
    text = "The farmers of Đồng Lúa Xanh sold their rice at the market.\n"
    assert "Đồng Lúa Xanh" not in _persons(tmp_path, text)


def _places(tmp_path: Path, text: str) -> dict[str, list[str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return {
        e.en or e.vi: [v.form for v in e.variants] for e in mine_paths([page]).entries if e.kind is Kind.PLACE
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # An invented foreign province, with its unit word capitalised, as lower case already was.
        ("The traders came from Zorvana Province in the north.\n", "Zorvana Province"),
        ("The traders came from Zorvana province in the north.\n", "Zorvana province"),
    ],
)
def test_a_foreign_name_before_a_capital_province_is_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _places(tmp_path, text)


def test_the_province_of_a_foreign_name_joins_its_other_writing(tmp_path: Path) -> None:
    text = "They farm in the Province of Zorvana. Rice from Zorvana Province is sold at the port.\n"
    places = _places(tmp_path, text)
    assert places == {"Province of Zorvana": ["Zorvana Province"]}


@pytest.mark.parametrize(
    "text",
    [
        # English words before the unit word make a designation, not a place.
        "The town hopes to become a Model Province by next year.\n",
        "The Green Province award went to the coast.\n",
    ],
)
def test_english_words_before_province_stay_no_place(tmp_path: Path, text: str) -> None:
    assert not _places(tmp_path, text)
