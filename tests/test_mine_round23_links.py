"""Round 23, variant links: a person's name before "in" and a place with its head word is two
names; a person's full name that only a ward or a commune bears is the person; a bare name beside
two administrative units that bear it joins the larger; i after "qu" is y in the keys ("Qui Nhơn" =
"Quy Nhơn"); a word before an organisation's head in the singular and the plural is a spelling."""

from __future__ import annotations

import pytest

from glossary.mine import gazetteer
from glossary.mine.form_duplicates import inflections
from glossary.mine.keys import exact_key
from glossary.model import Kind
from tests.mine_helpers import entry_with, has_form, linked


def test_person_then_in_and_a_headed_place_are_two_names() -> None:
    text = "She was born Nguyễn Thị Lan in Hoa Binh Province, and became a teacher."
    person = entry_with(text, "Nguyễn Thị Lan")
    place = entry_with(text, "Hoa Binh Province")
    assert person is not None and person.kind is Kind.PERSON
    assert place is not None and place.kind is Kind.PLACE
    assert not has_form(text, "Nguyễn Thị Lan in Hoa Binh Province")


def test_a_place_name_in_a_place_is_unchanged() -> None:
    # A headed name before "in" stays one place: the rule asks for a person's bare full name.
    text = "The Perfume Pagoda in Hoa Binh Province draws pilgrims every spring."
    assert has_form(text, "Perfume Pagoda")


@pytest.mark.parametrize(
    "text",
    [
        # Wards bear these full names (gazetteer): written bare, they are the people.
        "Trần Hưng Đạo led the army against the invaders in the winter.",
        "Lý Thường Kiệt wrote a famous poem before the battle.",
    ],
)
def test_a_full_name_only_wards_bear_is_the_person(text: str) -> None:
    name = " ".join(text.split()[:3])
    entry = entry_with(text, name)
    assert entry is not None and entry.kind is Kind.PERSON


def test_a_ward_name_in_a_comma_list_stays_a_place() -> None:
    # "Hoàng Su Phì" is a commune whose name opens with a family name; among places it is one.
    text = "The old districts were Đồng Văn, Hoàng Su Phì, Bắc Quang and Quản Bạ in those years."
    entry = entry_with(text, "Hoàng Su Phì")
    assert entry is not None and entry.kind is Kind.PLACE


def test_a_full_name_after_a_place_preposition_stays_the_place() -> None:
    text = "The bus took us to Trần Hưng Đạo in the early morning."
    entry = entry_with(text, "Trần Hưng Đạo")
    assert entry is not None and entry.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("larger", "smaller"),
    [
        ("Bến Sỏi District", "Bến Sỏi Town"),
        ("Bến Sỏi Province", "Bến Sỏi Town"),
    ],
)
def test_bare_name_joins_the_larger_of_two_units(larger: str, smaller: str) -> None:
    text = (
        f"Her home was in {larger} before the war.\n"
        f"The family later moved to {smaller} near the market.\n"
        "After the soldiers took Bến Sỏi in 1946, she joined the resistance.\n"
    )
    assert linked(text, "Bến Sỏi", larger)
    assert not linked(text, "Bến Sỏi", smaller)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Two units of one rank.
        ("Bến Sỏi Ward", "Bến Sỏi Commune"),
        # A city is called by its bare name as often as its province.
        ("Bến Sỏi Province", "Bến Sỏi City"),
    ],
)
def test_bare_name_beside_a_city_or_two_units_of_one_rank_stays_alone(one: str, other: str) -> None:
    text = (
        f"Her home was in {one} before the war.\n"
        f"The family later moved to {other} near the market.\n"
        "After the soldiers took Bến Sỏi in 1946, she joined the resistance.\n"
    )
    assert not linked(text, "Bến Sỏi", one)
    assert not linked(text, "Bến Sỏi", other)


def test_qui_and_quy_share_the_keys() -> None:
    assert exact_key("Qui Nhơn") == exact_key("Quy Nhon")
    assert exact_key("quít") == exact_key("quýt")
    # Only the syllable: "Quinta" or "Quiche" keep their letters.
    assert exact_key("Quinta") != exact_key("Quynta")
    assert gazetteer.lookup("Qui Nhơn") == gazetteer.lookup("Quy Nhơn") != ()


def test_a_qui_spelling_is_made_and_joined() -> None:
    text = "Quy Nhơn is a coastal city of the south.\nThe ships made port at Qui Nhơn in spring.\n"
    assert linked(text, "Qui Nhơn", "Quy Nhơn")


def test_a_qui_spelling_is_not_restored_to_the_other_spelling() -> None:
    assert "Quy Nhơn" not in gazetteer.restore("Qui Nhon").forms


def test_singular_and_plural_before_the_head_are_two_spellings() -> None:
    text = (
        "According to the National Statistic Office (NSO), rice output rose.\n"
        "Figures from the National Statistics Office showed the same.\n"
    )
    assert linked(text, "National Statistic Office", "National Statistics Office")


@pytest.mark.parametrize(
    ("order", "dropped"),
    [
        # The head word inflected: one form (the first written kept).
        ({"Marble Mountain": 0, "Marble Mountains": 1}, {"Marble Mountains"}),
        # The head before "for" inflected.
        (
            {"Farmers Association for Rural Aid": 0, "Farmers Associations for Rural Aid": 1},
            {"Farmers Associations for Rural Aid"},
        ),
        # A word before the head: two spellings, both kept.
        ({"General Statistic Office": 0, "General Statistics Office": 1}, set()),
    ],
)
def test_inflections_only_of_the_head(order: dict[str, int], dropped: set[str]) -> None:
    assert inflections(order) == dropped
