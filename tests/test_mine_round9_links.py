"""Ninth round, name-variant links: the general causes of tests/corpus/gold/blind7/ANALYSIS-links.md,
each on texts written for these tests (several wordings, with and without diacritics, positive and
negative), mined through the whole pipeline: a link is two forms in one entry."""

from __future__ import annotations

import itertools

import pytest

from glossary.mine.lead import lead_names
from tests.mine_helpers import entry_with, has_form, linked, mine

# --- rank 1: a body's chain of names with "alternatively", "also recognized as" and "Tên - SHORT" ----

_FORCE = (
    "The Vietnam People's River Guard (Vietnamese: Cảnh vệ Sông Nhân dân Việt Nam), alternatively the "
    "People's River Guard Forces (Vietnamese: Lực lượng Cảnh vệ Sông Nhân dân - CVSND), also recognized "
    "as the Vietnamese River Police, is the river force of the country.\n"
)


def test_chain_with_alternatively_and_recognized_as_is_one_body() -> None:
    forms = [
        "Vietnam People's River Guard",
        "Cảnh vệ Sông Nhân dân Việt Nam",
        "People's River Guard Forces",
        "Lực lượng Cảnh vệ Sông Nhân dân",
        "CVSND",
        "Vietnamese River Police",
    ]
    for a, b in itertools.combinations(forms, 2):
        assert linked(_FORCE, a, b), (a, b)


def test_short_form_after_a_dash_is_not_glued_to_the_vietnamese_name() -> None:
    assert not has_form(_FORCE, "Lực lượng Cảnh vệ Sông Nhân dân - CVSND")


@pytest.mark.parametrize(
    "text",
    [
        # British spelling, no diacritics.
        "The Delta Ferry Board (Vietnamese: Ban Pha Dong bang), alternatively the Ferry Authority "
        "(Vietnamese: Cuc Pha - CP), also recognised as the Ferry Office, runs the ferries.\n",
    ],
)
def test_chain_cues_in_other_spellings(text: str) -> None:
    assert linked(text, "Delta Ferry Board", "Ferry Authority")
    assert linked(text, "Delta Ferry Board", "Ferry Office")
    assert linked(text, "Delta Ferry Board", "CP")


def test_alternatively_without_a_parenthesis_before_it_chains_nothing() -> None:
    # "alternatively" in running prose between two bodies is no cue: no parenthesis closes before it.
    text = "Farmers sell to the Delta Rice Board, alternatively the Mekong Grain Company buys the crop.\n"
    assert not linked(text, "Delta Rice Board", "Mekong Grain Company")


# --- rank 2: a short form that leaves the country out ------------------------------------------------


def test_short_form_without_the_country_is_the_bodys() -> None:
    text = (
        "The Vietnam People's River Guard (Vietnamese: Cảnh vệ Sông Nhân dân Việt Nam) patrols the Mekong.\n"
        "The PRG's boats are old.\n"
    )
    assert linked(text, "Vietnam People's River Guard", "PRG")


def test_short_form_of_two_words_without_the_country_is_nobodys() -> None:
    # "Vietnam Airlines" without the country is one word: "A" is no short form to look for.
    text = "The Vietnam Coast Guard (Vietnamese: Cảnh sát biển Việt Nam) sails. The CG ship left.\n"
    assert not linked(text, "Vietnam Coast Guard", "CG")


# --- rank 3: the same body's name in another word order ---------------------------------------------


def test_name_of_vietnam_in_another_order_joins_the_body() -> None:
    # "Safety" heads no name: only the body named before (its chain says it is one) says what the
    # later span is.
    text = (
        "The Vietnam People's Public Safety (Vietnamese: An toàn Nhân dân Việt Nam), alternatively the "
        "People's Safety Forces (Vietnamese: Lực lượng An toàn - LLAT), keeps order.\n\n"
        "The People's Public Safety of Vietnam has two branches.\n"
    )
    assert linked(text, "Vietnam People's Public Safety", "People's Public Safety of Vietnam")


def test_name_in_another_order_without_a_known_body_is_no_name() -> None:
    assert not has_form("The People's Public Safety of Vietnam has two branches.\n", "People")


# --- rank 4: a person's lead with a title, and his name fields ---------------------------------------

_EMPEROR = (
    "- Temple Name: Thánh Tổ ()\n"
    "- Full Name: Lê Tư Thành (), Lê Hạo ()\n\n"
    "Emperor Lê Thánh Tông (/vi/; 1442 – 1497) or Lê Tư Thành (), also known as Lê Hạo (), "
    "was the fifth emperor of the dynasty.\n"
)


def test_titled_lead_gives_the_persons_other_names() -> None:
    assert linked(_EMPEROR, "Lê Thánh Tông", "Lê Tư Thành")
    assert linked(_EMPEROR, "Lê Thánh Tông", "Lê Hạo")
    entry = entry_with(_EMPEROR, "Lê Thánh Tông")
    assert entry is not None and entry.kind.value == "person"


def test_full_name_field_lists_each_name() -> None:
    assert linked(_EMPEROR, "Lê Thánh Tông", "Thánh Tổ")
    assert not has_form(_EMPEROR, "Lê Tư Thành (), Lê Hạo ()")


def test_title_alone_before_a_one_word_name_is_no_subject() -> None:
    lead = lead_names("President Obama (born 1961) was the president.\n")
    assert lead is None or lead.subject != "Obama"


def test_titled_lead_does_not_take_a_place_for_the_person() -> None:
    # The other name is a province: no person is named that way.
    text = "General Trần Văn Trà (1918 – 1996), also known as Quảng Ngãi, was a general.\n"
    assert not linked(text, "Trần Văn Trà", "Quảng Ngãi")


# --- rank 5: a lead whose head word is in lower case, another name inside its parenthesis -------------


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            'The Phan Đình Phùng trail (also known in Vietnam as the "Hương Sơn trail") was a supply '
            "route through the hills.\n\nThe Phan Đình Phùng Trail was closed in 1960.\n",
            "Hương Sơn trail",
        ),
        (
            "The Ngo Quyen road (also known as the Bach Dang Road) was the old river road.\n\n"
            "The Ngo Quyen Road is paved now.\n",
            "Bach Dang Road",
        ),
    ],
)
def test_lead_with_a_lower_case_head_and_its_other_name(text: str, other: str) -> None:
    subject = text.split(" (")[0].removeprefix("The ")
    assert linked(text, subject, other)


def test_lower_case_word_after_a_lead_name_that_is_no_head_is_not_read() -> None:
    lead = lead_names("The Hanoi people (the locals) are friendly.\n")
    assert lead is None or "people" not in lead.subject


# --- rank 6: an infobox's nickname block ------------------------------------------------------------

_CITY = (
    "Cần Giờ\n\nNickname: \nGreen Lung City (Thành phố lá phổi xanh)\nMap\nCountry Vietnam\n\n"
    "Cần Giờ (Vietnamese: Cần Giờ) is a district of Ho Chi Minh City.\n"
)


def test_glossed_nickname_is_its_own_pair_and_the_subjects_name() -> None:
    # Gold rules §10.9 (settled 2026-12-01): both forms of a glossed nickname are the subject's, and
    # the pair is a term of its own beside it.
    assert linked(_CITY, "Cần Giờ", "Green Lung City")
    assert linked(_CITY, "Cần Giờ", "Thành phố lá phổi xanh")
    terms = [e for e in mine(_CITY) if (e.vi, e.en) == ("Thành phố lá phổi xanh", "Green Lung City")]
    assert [e.kind.value for e in terms] == ["term"]


def test_lone_dictionary_word_ends_the_nickname_block() -> None:
    assert not linked(_CITY, "Cần Giờ", "Map")


def test_unglossed_nickname_is_still_the_subjects() -> None:
    text = "Đà Lạt\n\nNickname: \nCity of Eternal Spring\n\nĐà Lạt (Vietnamese: Đà Lạt) is a city.\n"
    assert any("City of Eternal Spring" in e.forms() and "Đà Lạt" in e.forms() for e in mine(text))


# --- rank 7: a scholar's courtesy or pen name in the lead's apposition --------------------------------


@pytest.mark.parametrize(
    ("text", "others"),
    [
        (
            "Nguyễn Thượng Hiền (1868 – 1925), born Nguyễn Văn Đạt, courtesy name Đỉnh Nam (later changed "
            "to Mai Sơn), was a scholar.\n",
            ["Nguyễn Văn Đạt", "Đỉnh Nam", "Mai Sơn"],
        ),
        ("Tran Te Xuong (1870 – 1907), pen name Tu Xuong, was a poet.\n", ["Tu Xuong"]),
    ],
)
def test_courtesy_and_pen_names_are_the_persons(text: str, others: list[str]) -> None:
    subject = text.split(" (")[0]
    for other in others:
        assert linked(text, subject, other), other


def test_a_pen_name_in_running_text_after_another_name_is_not_the_leads() -> None:
    text = "Nguyễn Du (1766 – 1820) was a poet. His friend Phạm Quý Thích, pen name Lập Trai, wrote too.\n"
    assert not linked(text, "Nguyễn Du", "Lập Trai")
