"""Round 30 (r30place): place kinds and copies. Texts written for the tests."""

from __future__ import annotations

import pytest

from glossary.mine.place_heads import renders_side_region
from glossary.mine.titled_persons import names_titled_person
from glossary.model import Kind
from tests.mine_helpers import entry_with, linked, mine


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Vùng Tây Bắc", "Northwest"),
        ("Miền Đông Nam", "South-east"),
        ("Tây Nam", "Southwestern region"),
        ("Bắc Bộ", "Northern Vietnam"),
        ("Miền Nam", "The South"),
        ("Trung Kỳ", "Central Vietnam"),
    ],
)
def test_a_region_named_by_its_side(vi: str, en: str) -> None:
    assert renders_side_region(vi, en)


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Tây Bắc", "Northeast"),  # another side
        ("Nam", "South"),  # a lone syllable is also a name
        ("Hà Nam", "South"),  # a name with a compass syllable
        ("Vùng Tây Bắc", "northwest"),  # no name in English
        ("Bắc Bộ", "Northern Laos"),  # another country
        ("Vùng Đồi Núi", "Northwest"),
    ],
)
def test_no_side_region(vi: str, en: str) -> None:
    assert not renders_side_region(vi, en)


@pytest.mark.parametrize(
    ("text", "vi"),
    [
        ("The plan covers two zones, the Southwest (Vùng Tây Nam) and the coast.", "Vùng Tây Nam"),
        ("Rice grows well in the Northeast (Đông Bắc) region of the country.", "Đông Bắc"),
        ("Our trip began in the city. Northern Vietnam (Bắc Bộ) has cold winters.", "Bắc Bộ"),
    ],
)
def test_a_side_region_pair_is_a_place(text: str, vi: str) -> None:
    entry = entry_with(text, vi)
    assert entry is not None and entry.kind is Kind.PLACE


def test_a_meaning_of_a_side_name_stays_a_term() -> None:
    entry = entry_with('The name Tây Bắc means "the Northwest" in Vietnamese.', "Tây Bắc")
    assert entry is None or entry.kind is not Kind.PLACE


def test_a_line_of_kings_by_one_name_word_with_its_unmarked_spelling() -> None:
    text = (
        "The old shrine is tied to the Hùng kings of the first state. "
        "Each spring pilgrims honour Hung kings with songs."
    )
    assert linked(text, "Hùng kings", "Hung kings")
    entry = entry_with(text, "Hùng kings")
    assert entry is not None and entry.kind is Kind.PERSON


def test_a_singular_king_joins_the_titled_pair() -> None:
    text = "The fair honours the Hùng Vương or Hùng King. People thank the Hung king who founded it."
    assert linked(text, "Hùng King", "Hung king")
    entry = entry_with(text, "Hùng Vương")
    assert entry is not None and entry.kind is Kind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "The Chiem Thanh king sent envoys to the court.",  # a state's two-word name
        "The Cham king sent envoys to the court.",  # a people
        "The Khmer kings sent envoys to the court.",
        "The Hùng kings' temple stands on the hill.",  # a possessive, another thing's name
    ],
)
def test_no_line_of_kings(text: str) -> None:
    assert not any(e.kind is Kind.PERSON and any("king" in f for f in e.forms()) for e in mine(text))


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Hoài Văn hầu", "Marquis Hoài Văn"),
        ("Trần Hồ công", "Duke Hu of Chen"),
        ("Chủ tịch Hồ-Chí-Minh", "President Ho Chi Minh"),
    ],
)
def test_a_rank_and_a_name_name_a_person(vi: str, en: str) -> None:
    assert names_titled_person(vi, en)


@pytest.mark.parametrize(
    ("vi", "en"),
    [
        ("Bình Định vương", "Prince of Pacification"),  # a title of a place
        ("Núi Vua", "Emperor Peak"),  # English words, a thing's name
        ("Bộ Tổng tham mưu", "General Staff"),
        ("Lăng Chủ tịch Hồ Chí Minh", "President Ho Chi Minh Mausoleum"),  # a head word
        ("Chúa", "Lord"),  # a rank alone
    ],
)
def test_no_titled_person(vi: str, en: str) -> None:
    assert not names_titled_person(vi, en)


def test_a_titled_pair_is_a_person_entry() -> None:
    entry = entry_with(
        "The young Marquis Hoài Văn (Vietnamese: Hoài Văn hầu) led a small army.", "Hoài Văn hầu"
    )
    assert entry is not None and entry.kind is Kind.PERSON


def test_the_kings_form_is_read_whatever_the_spacing() -> None:
    text = "Hùng kings ruled the first state. Pilgrims honour Hung  kings each spring."
    assert linked(text, "Hùng kings", "Hung kings")
