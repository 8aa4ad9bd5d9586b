"""Sixth round, name-variant links: the general causes of tests/corpus/gold/blind4/ANALYSIS-links.md,
each on texts written for these tests (several wordings, with and without diacritics, positive and
negative), mined through the whole pipeline: a link is two forms in one entry."""

from __future__ import annotations

import unicodedata

import pytest

from glossary.mine.form_tidy import tidy_forms
from glossary.mine.lead import lead_names
from glossary.mine.mentions import Mention
from glossary.model import Entry, Kind
from tests.mine_helpers import linked, mine


def entry_of(entries: list[Entry], form: str) -> Entry | None:
    form = unicodedata.normalize("NFC", form)
    return next((e for e in entries if form in e.forms()), None)


# --- the lead sentence's other names, before its verb --------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Vietnam People's Air Force (VPAF), officially the Air Defence Force of Vietnam "
            "(Vietnamese: Quân chủng Phòng không – Không quân), also known as the Vietnamese Air Force, "
            "is the aerial branch of the army.\n",
            "Vietnamese Air Force",
            "Air Defence Force of Vietnam",
        ),
        (
            "The Southern Liberation Army, also recognized as the Liberation Army of the South "
            "(Vietnamese: Quân Giải phóng miền Nam) or the Southern Army, was a military force.\n",
            "Southern Liberation Army",
            "Southern Army",
        ),
        (
            "Con Son Island (Vietnamese: Côn Sơn), formerly called Poulo Condore, is an island in the "
            "south.\n",
            "Con Son Island",
            "Poulo Condore",
        ),
        (
            "Hanoi University of Mining and Geology (HUMG), founded 1966, also known as the Mining "
            "University, is a public university.\n",
            "Hanoi University of Mining and Geology",
            "Mining University",
        ),
    ],
)
def test_the_lead_sentence_chains_other_names_before_its_verb(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a title is no other name
        ("Lê Lợi, or Emperor Lê Thái Tổ, was a general.\n", "Lê Lợi", "Emperor Lê Thái Tổ"),
        # two places joined by "and" open no lead sentence
        (
            "Hanoi and Ho Chi Minh City, also known as the two big cities, are far apart.\n",
            "Ho Chi Minh City",
            "Hanoi",
        ),
        # a name after "officially part of" is where it is, not its name
        (
            "The Hong River Delta, officially part of the Northern Region, is flat.\n",
            "Hong River Delta",
            "Northern Region",
        ),
    ],
)
def test_no_lead_chain_link_across_a_title_a_list_or_a_clause(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        (
            "Phan Xi Lang (Vietnamese: Phan Xi Lăng) is a mountain in the north.\n",
            "Phan Xi Lăng",
            "Phan Xi Lang",
        ),
        ("Hoàng Liên Đỉnh (Vietnamese: Hoàng Liên Đỉnh) is a peak in Lào Cai.\n", "Hoàng Liên Đỉnh", ""),
        ("Le Mat (Vietnamese: Lệ Mật) is a village near Hanoi.\n", "Lệ Mật", "Le Mat"),
    ],
)
def test_what_the_lead_sentence_calls_its_subject_gives_its_kind(text: str, vi: str, en: str) -> None:
    found = entry_of(mine(text), vi)
    assert found is not None and found.kind is Kind.PLACE
    assert not en or en in found.forms()


def test_a_person_described_as_one_stays_a_person() -> None:
    found = entry_of(mine("Phan Văn Khải (1933–2018) was a politician of Vietnam.\n"), "Phan Văn Khải")
    assert found is not None and found.kind is Kind.PERSON


# --- a noun standing for the page's subject, and lists of names after a naming cue --------------


@pytest.mark.parametrize(
    ("text", "a", "others"),
    [
        (
            "Bút Tháp Pagoda (Vietnamese: Chùa Bút Tháp) is a Buddhist temple in Bắc Ninh.\n\n"
            "When it was founded the temple was named Ninh Phúc (Peace and Blessing).\n",
            "Bút Tháp Pagoda",
            ["Ninh Phúc"],
        ),
        (
            "Keo Pagoda is an old Buddhist temple in Thai Binh.\n\n"
            "Over the centuries the shrine was variously named Than Quang (Divine Light) and "
            "Nghiem Quang (Solemn Light) as well.\n",
            "Keo Pagoda",
            ["Than Quang", "Nghiem Quang"],
        ),
        (
            "The Vietnam Coal Corporation was set up in 1995 by the state.\n"
            "In 2005 this corporation was converted into the Vietnam National Coal Group.\n",
            "Vietnam Coal Corporation",
            ["Vietnam National Coal Group"],
        ),
        (
            "Hanoi Medical University is a public university.\n\n"
            "In 1902 the school was called Indochina Medical College.\n",
            "Hanoi Medical University",
            ["Indochina Medical College"],
        ),
    ],
)
def test_a_noun_stands_for_the_subject_of_its_kind(text: str, a: str, others: list[str]) -> None:
    found = entry_of(mine(text), a)
    assert found is not None
    for other in others:
        assert unicodedata.normalize("NFC", other) in found.forms()
    assert "Buddhist" not in found.forms()


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a bridge is no pagoda
        (
            "Keo Pagoda is an old Buddhist temple in Thai Binh.\n\nThe bridge was named Long Bien Bridge.\n",
            "Keo Pagoda",
            "Long Bien Bridge",
        ),
        # converted into a kind of company, not a name
        (
            "The Vietnam Coal Corporation was set up in 1995.\n"
            "In 2005 this corporation was converted into a joint-stock company.\n",
            "Vietnam Coal Corporation",
            "joint-stock company",
        ),
        # an adjective before the noun is no name of it
        ("Keo Pagoda is a Buddhist temple.\n\nThe temple was once called Keo.\n", "Keo Pagoda", "Buddhist"),
    ],
)
def test_no_link_to_another_kind_of_thing_or_a_description(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


# --- other spellings, quoted nicknames, an infobox's block of other names ------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Da Nang (also written as Danang, ; ) is a city on the coast.\n", "Da Nang", "Danang"),
        ("Pleiku (also spelled Playku) is the capital of Gia Lai.\n", "Pleiku", "Playku"),
        (
            "Ngô Đình Diệm (also spelt Ngo Dinh Diem or Ngo-Dinh Diem) was a politician.\n",
            "Ngô Đình Diệm",
            "Ngo-Dinh Diem",
        ),
    ],
)
def test_another_spelling_in_parentheses_is_a_form_of_the_name(text: str, a: str, b: str) -> None:
    entries = mine(text)
    assert linked(text, a, b)
    assert not any(e.en and e.en.startswith("written as") for e in entries)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Mẫu Sơn (Vietnamese: Mẫu Sơn) is a mountain in Lạng Sơn. Snow falls there most winters, "
            'hence its nickname, "the Roof of Lang Son".\n',
            "Mẫu Sơn",
            "Roof of Lang Son",
        ),
        (
            "Sa Pa is a town in Lào Cai province. Mist in the valleys leads to its name "
            '"City in the Clouds".\n',
            "Sa Pa",
            "City in the Clouds",
        ),
    ],
)
def test_a_quoted_nickname_of_the_subject_is_its_name(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


def test_his_nickname_is_no_name_of_a_place() -> None:
    text = 'Sa Pa is a town in Lào Cai province. A guide there earned his nickname "Old Fox".\n'
    assert not linked(text, "Sa Pa", "Old Fox")


def test_an_infobox_block_of_other_names_gives_each_name() -> None:
    text = (
        "Hanoi University of Engineering\n"
        "Former names\n"
        "Hanoi Polytechnic College (Vietnamese: Trường Cao đẳng Bách khoa)\n"
        "Hanoi Technical University (HTU) (-1999)\n"
        "Type Public\n\n"
        "Hanoi University of Engineering (HUE; Vietnamese: Đại học Kỹ thuật Hà Nội), founded 1960, "
        "is a public university in Hanoi.\n"
    )
    found = entry_of(mine(text), "Hanoi University of Engineering")
    assert found is not None
    assert {"Hanoi Polytechnic College", "Hanoi Technical University"} <= set(found.forms())
    assert "Type Public" not in found.forms()  # the next field


def test_an_other_names_label_before_no_name_gives_nothing() -> None:
    text = (
        "Hanoi University of Engineering\nFormer names\nnone recorded\n\n"
        "Hanoi University of Engineering is a public university in Hanoi.\n"
    )
    found = entry_of(mine(text), "Hanoi University of Engineering")
    assert found is not None and found.forms() == ["Hanoi University of Engineering"]


def test_a_language_field_is_no_name_field() -> None:
    text = (
        "= Hàng Da Market =\n\n- Native Name Lang: vi\n- Alternate Names: Leather Market\n\n"
        "Hàng Da Market is a market in Hanoi.\n"
    )
    assert linked(text, "Hàng Da Market", "Leather Market")


# --- what pages glue to a form -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "tidy"),
    [
        ("www.vnpt.vn | Vietnam Posts", "Vietnam Posts"),
        ("Một Cột Pagoda Một Cột Pagoda", "Một Cột Pagoda"),
        ("Vietnam Vietnam", "Vietnam"),
        ("Bora Bora", "Bora Bora"),  # one word twice is a name of its own
        ("Hà Nội", "Hà Nội"),
    ],
)
def test_glued_cells_and_doubled_headings_come_off(form: str, tidy: str) -> None:
    mention = Mention(Kind.PLACE, en=form, variants=[])
    tidy_forms([mention])
    assert mention.en == tidy


def test_an_image_file_name_gives_no_gloss() -> None:
    entries = mine("Đại học Huế (logo).png\nHue University is a university in Huế.\n")
    assert not any("logo" in e.forms() for e in entries)


# --- places: lists, natural features, units ------------------------------------------------------


def test_a_place_named_with_its_unit_ends_at_a_comma() -> None:
    entries = mine("The peak is shared between Mường Tè District, Lai Châu and Sa Pa town.\n")
    assert entry_of(entries, "Mường Tè District") is not None
    assert not any("," in f for e in entries for f in e.forms())


def test_a_comma_list_inside_an_organisations_name_stays() -> None:
    entries = mine("The Ministry of Culture, Sports and Tourism met on Monday.\n")
    assert entry_of(entries, "Ministry of Culture, Sports and Tourism") is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ridge is part of the Hoang Lien Son mountain range in the north.\n",
            "Hoang Lien Son mountain range",
        ),
        ("Fansipan is the tallest peak of the Hoàng Liên Sơn range.\n", "Hoàng Liên Sơn range"),
    ],
)
def test_a_range_is_a_place_not_a_person(text: str, name: str) -> None:
    found = entry_of(mine(text), name)
    assert found is not None and found.kind is Kind.PLACE


def test_a_ward_of_that_name_keeps_a_river_apart() -> None:
    text = "Ho Chi Minh City (Saigon) is large.\nThe Saigon River runs through Saigon.\n"
    river = entry_of(mine(text), "Saigon River")
    assert river is not None and "Saigon" not in river.forms()


def test_a_bare_natural_feature_unknown_as_a_unit_still_joins() -> None:
    assert linked("The Lô River is long. Boats go up the Lô in spring.\n", "Lô River", "Lô")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "They sailed up the Hàn River, formerly called as Cửa Hàn River, at dawn.\n",
            "Hàn River",
            "Cửa Hàn River",
        ),
        (
            "They sailed up the Han River, formerly called Cua Han River, at dawn.\n",
            "Han River",
            "Cua Han River",
        ),
    ],
)
def test_formerly_called_as(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


# --- naming chains: a changed name, a founding name, a ruler's throne name ------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Vietnam Students Association met in Hanoi. In 1976 its name was changed to the "
            "Vietnam National Union of Students.\n",
            "Vietnam Students Association",
            "Vietnam National Union of Students",
        ),
        (
            "The Saigon Port Company grew fast and in 1995 changed its name to Saigon Newport Corporation.\n",
            "Saigon Port Company",
            "Saigon Newport Corporation",
        ),
        (
            "Vietjet Air is a low-cost airline.\nIt was founded in 2007 as Vietjet Aviation Company.\n",
            "Vietjet Air",
            "Vietjet Aviation Company",
        ),
        (
            "Petrolimex\nFounded 1956 (1956-01-15)\n(as Vietnam Petroleum Company)\n\n"
            "Petrolimex (Vietnamese: Tập đoàn Xăng dầu Việt Nam) is a state-owned company.\n",
            "Petrolimex",
            "Vietnam Petroleum Company",
        ),
    ],
)
def test_a_changed_or_founding_name_is_a_former_name(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


def test_a_name_another_body_also_took_is_no_link() -> None:
    text = (
        "In 1970 the Vietnam Labour Youth Union was renamed the Ho Chi Minh Youth Union. "
        "The Southern Students Union also changed its name to Ho Chi Minh Youth Union.\n"
    )
    assert not linked(text, "Southern Students Union", "Ho Chi Minh Youth Union")
    assert linked(text, "Vietnam Labour Youth Union", "Ho Chi Minh Youth Union")


def test_founded_as_a_kind_of_body_is_no_name() -> None:
    text = "Vietjet Air is a low-cost airline.\nIt was founded in 2007 as a joint-stock company.\n"
    found = entry_of(mine(text), "Vietjet Air")
    assert found is not None and all("company" not in f for f in found.forms())


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Cần Thơ (/vi/) is the fourth-largest city in Vietnam.\n\nCần Thơ Province was split in "
            "2004 into Cần Thơ City and Hậu Giang Province.\n",
            "Cần Thơ",
            "Cần Thơ City",
        ),
        (
            "Sa Pa is a town in the north-west.\n\nSa Pa town lies near the peak; "
            "Sa Pa district is larger.\n",
            "Sa Pa",
            "Sa Pa town",
        ),
    ],
)
def test_the_unit_the_lead_sentence_names_joins_the_subject(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


def test_another_unit_of_that_name_stays_apart() -> None:
    text = (
        "Cần Thơ (/vi/) is the fourth-largest city in Vietnam.\n\nCần Thơ Province was split in "
        "2004 into Cần Thơ City and Hậu Giang Province.\n"
    )
    assert not linked(text, "Cần Thơ", "Cần Thơ Province")


@pytest.mark.parametrize(
    ("text", "person", "throne"),
    [
        (
            "In 1802 lord Nguyễn Phúc Ánh took the capital and proclaimed himself Emperor Gia Long.\n",
            "Nguyễn Phúc Ánh",
            "Gia Long",
        ),
        (
            "In 1788 Nguyen Hue took the regnal name Quang Trung and marched north.\n",
            "Nguyen Hue",
            "Quang Trung",
        ),
    ],
)
def test_a_rulers_throne_name_is_another_name_of_the_person(text: str, person: str, throne: str) -> None:
    assert linked(text, person, throne)


def test_a_throne_over_a_place_is_no_name_of_the_person() -> None:
    text = "In 1471 Lê Thánh Tông proclaimed himself King of Champa after the war.\n"
    assert not linked(text, "Lê Thánh Tông", "Champa")
    assert not linked(text, "Lê Thánh Tông", "King of Champa")


# --- an organisation inside a title --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "wrong"),
    [
        (
            "Secretary of the Central Military Commission General Secretary Tô Lâm spoke on Monday.\n",
            "Central Military Commission",
            "Central Military Commission General Secretary",
        ),
        (
            "Director of the General Department of Logistics General Nguyễn Văn Nam spoke on Monday.\n",
            "General Department of Logistics",
            "Department of Logistics General",
        ),
    ],
)
def test_an_organisation_in_a_title_keeps_its_words_and_leaves_the_persons_title(
    text: str, org: str, wrong: str
) -> None:
    entries = mine(text)
    assert entry_of(entries, org) is not None
    assert entry_of(entries, wrong) is None


def test_an_office_of_a_title_keeps_its_title_word() -> None:
    entries = mine("Chief of the Office of the President Lê Khánh Hải spoke on Monday.\n")
    assert entry_of(entries, "Office") is None


# --- a catalogue's line; a place in a place -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Cities:\n  • Da Nang [r]: A port city of the centre; formerly called Tourane under "
            "the French.\n",
            "Da Nang",
            "Tourane",
        ),
        (
            "- Ha Tien: A town near the border; formerly known as Can Cao by traders.\n",
            "Ha Tien",
            "Can Cao",
        ),
    ],
)
def test_a_former_name_after_a_semicolon_is_the_lines(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


def test_a_former_name_after_a_semicolon_is_not_the_last_name_before_it() -> None:
    text = "  • Da Nang [r]: A port city of Vietnam; formerly called Tourane under the French.\n"
    assert not linked(text, "Vietnam", "Tourane")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The towers stand in Duy Xuyên in Quảng Nam Province, near the coast.\n",
            "Duy Xuyên",
            "Quảng Nam Province",
        ),
        ("The market is in Vietnam in District 1 of the city.\n", "Vietnam", ""),
    ],
)
def test_a_known_place_in_a_place_is_two_places(text: str, first: str, second: str) -> None:
    entries = mine(text)
    assert entry_of(entries, first) is not None
    assert not second or entry_of(entries, second) is not None
    assert not any(" in " in f for e in entries for f in e.forms())


def test_a_name_with_in_that_is_no_known_place_stays() -> None:
    entries = mine("He studied at the Open University in Ho Chi Minh City last year.\n")
    assert not any(e.forms() == ["Open"] for e in entries)


# --- the subject's names said with "it" or "its ... name" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Hoan Kiem Lake (Vietnamese: Hồ Hoàn Kiếm) is a lake in Hanoi.\n\nIt is also known as Ho Guom.\n",
            "Hoan Kiem Lake",
            "Ho Guom",
        ),
        (
            "Hồ Tây is a lake in Hanoi.\n\nIt is commonly referred to as West Lake by visitors.\n",
            "Hồ Tây",
            "West Lake",
        ),
        (
            "Hoan Kiem Lake is a lake in Hanoi.\n\nIts official name is Lake of the Restored Sword.\n",
            "Hoan Kiem Lake",
            "Lake of the Restored Sword",
        ),
        (
            "Hồ Tây is a lake in Hanoi.\n\nLocals call it Dâm Đàm Lake in old books.\n",
            "Hồ Tây",
            "Dâm Đàm Lake",
        ),
    ],
)
def test_it_and_its_name_speak_of_the_subject(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # "his name" on a page about a place is some person's
        (
            "Hồ Tây is a lake in Hanoi.\n\nA boatman rowed us; his name was Nguyễn Văn Ba.\n",
            "Hồ Tây",
            "Nguyễn Văn Ba",
        ),
        # "it is named after" names no other name
        ("Hồ Tây is a lake in Hanoi.\n\nIt is named after Tây Hồ District.\n", "Hồ Tây", "Tây Hồ District"),
        # a person's page: "it" is no person
        (
            "Nguyễn Trãi (1380–1442) was a scholar.\n\nIt was called Côn Sơn in his poems.\n",
            "Nguyễn Trãi",
            "Côn Sơn",
        ),
    ],
)
def test_no_subject_name_from_another_owner(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "old", "later"),
    [
        (
            "The Hanoi Teachers College was renamed the Hanoi National University of Education in 1985, "
            "and later the Hanoi University of Pedagogy.\n",
            "Hanoi Teachers College",
            ["Hanoi National University of Education", "Hanoi University of Pedagogy"],
        ),
        (
            "The Vietnam Workers Union was renamed the Vietnam General Federation of Labour in 1961 and "
            "then the Vietnam Labour Union.\n",
            "Vietnam Workers Union",
            ["Vietnam General Federation of Labour", "Vietnam Labour Union"],
        ),
    ],
)
def test_a_renaming_chain_links_every_name(text: str, old: str, later: list[str]) -> None:
    for name in later:
        assert linked(text, old, name)
    assert not any(f.startswith("The ") for e in mine(text) for f in e.forms())


def test_a_renaming_chain_stops_at_another_kind_of_name() -> None:
    text = (
        "The Hanoi Teachers College was renamed the Hanoi University of Education in 1985, and Hanoi grew.\n"
    )
    assert not linked(text, "Hanoi Teachers College", "Hanoi")


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The Vietnam People's Army is the military force of Vietnam.\n\n"
            "In Vietnamese texts the army (QĐND) is named by its short form.\n",
            "Vietnam People's Army",
            "QĐND",
        ),
        (
            "Hanoi University of Pharmacy is a public university.\n\n"
            "The university (HUP) trains pharmacists.\n",
            "Hanoi University of Pharmacy",
            "HUP",
        ),
    ],
)
def test_a_short_form_after_a_noun_for_the_name_is_its_abbreviation(text: str, name: str, short: str) -> None:
    assert linked(text, name, short)


@pytest.mark.parametrize(
    "text",
    [
        "The Vietnam People's Army is large.\n\nIn 2010 the year (MMX) was busy.\n",
        "The Vietnam People's Army is large.\n\nThe bridge (LB) was rebuilt.\n",
    ],
)
def test_no_short_form_for_a_noun_of_another_kind(text: str) -> None:
    found = entry_of(mine(text), "Vietnam People's Army")
    assert found is not None and found.forms() == ["Vietnam People's Army"]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Bà Đen (Vietnamese: Núi Bà Đen) is a mountain in Tây Ninh.\n\nThe name may come from "
            "Vân Sơn—the name that the locals called the mountain before.\n",
            "Bà Đen",
            "Vân Sơn",
        ),
        (
            "Da Nang is a city on the coast.\n\nSailors knew the bay as Tourane, the name the French "
            "gave the city.\n",
            "Da Nang",
            "Tourane",
        ),
    ],
)
def test_a_name_then_whose_name_it_was(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


def test_the_name_given_to_another_kind_of_thing_is_no_link() -> None:
    text = "Da Nang is a city on the coast.\n\nThey sailed past Son Tra, the name the French gave the bay.\n"
    assert not linked(text, "Da Nang", "Son Tra")


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Lê Duẩn (born Lê Văn Nhuận; 7 April 1907 – 10 July 1986) was a politician.\n",
            "Lê Duẩn",
            "Lê Văn Nhuận",
        ),
        (
            "Truong Chinh (born Dang Xuan Khu, 9 February 1907) was a politician.\n",
            "Truong Chinh",
            "Dang Xuan Khu",
        ),
        ("Pleiku, also spelled Playku, is a city in the Central Highlands.\n", "Pleiku", "Playku"),
        ("Buôn Ma Thuột, sometimes written Ban Me Thuot, is a city.\n", "Buôn Ma Thuột", "Ban Me Thuot"),
    ],
)
def test_a_birth_name_or_a_spelling_after_a_comma(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Trần Văn Giàu (born 1911 in Long An) was a historian.\n", "Trần Văn Giàu", "Long An"),
        ("Trần Văn Giàu (born in Long An; 1911–2010) was a historian.\n", "Trần Văn Giàu", "Long An"),
        ("The list of cities, written in Vietnamese, is long.\n", "Vietnamese", "list"),
    ],
)
def test_no_birth_name_from_a_birthplace_or_a_description(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Perfume River (Vietnamese: Sông Hương) is a river in central Vietnam.\n\n"
            "It is known in English as the River of Perfumes.\n",
            "Sông Hương",
            "River of Perfumes",
        ),
        (
            "Hồ Chí Minh (1890–1969) was a revolutionary.\n\nHis real name was Nguyễn Sinh Cung.\n",
            "Hồ Chí Minh",
            "Nguyễn Sinh Cung",
        ),
        ("Thăng Long is the former name of Hanoi.\n", "Thăng Long", "Hanoi"),
        ("Sai Gon is the former name of Ho Chi Minh City.\n", "Sai Gon", "Ho Chi Minh City"),
    ],
)
def test_known_in_a_language_a_real_name_the_former_name_of(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # "his" on a page about a city named after a person is some person's
        (
            "Ho Chi Minh City is the largest city.\n\nHis real name was Nguyen Sinh Cung.\n",
            "Ho Chi Minh City",
            "Nguyen Sinh Cung",
        ),
        # a former name of a body is no name of a place
        (
            "The Vietnam Youth League is the former name of the Vietnam Youth Federation.\n",
            "Vietnam Youth League",
            "Hanoi",
        ),
    ],
)
def test_no_former_or_real_name_across_kinds(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


def test_its_name_is_a_language_word_is_no_name() -> None:
    text = "Hồ Tây is a lake in Hanoi.\n\nIts name is Vietnamese for West Lake.\n"
    assert not linked(text, "Hồ Tây", "Vietnamese")


def test_a_lead_chain_name_ends_at_a_parenthesis_a_comma_or_the_verb() -> None:
    text = "Hạ Long Bay, also known as Ha Long for its many islands, is a bay in Quảng Ninh.\n"
    lead = lead_names(text)
    assert lead is None or lead.others == []
    text = "Hạ Long Bay (Vịnh Hạ Long), also known as Halong Bay, is a bay in Quảng Ninh.\n"
    lead = lead_names(text)
    assert lead is not None and [name for name, _ in lead.others] == ["Halong Bay"]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "In 1698 the lord sent troops to Saigon, then called Gia Định, and built a citadel.\n",
            "Saigon",
            "Gia Định",
        ),
        ("The port of Da Nang, later known as Tourane, grew fast.\n", "Da Nang", "Tourane"),
    ],
)
def test_then_or_later_called(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


def test_then_called_after_a_person_is_no_place_name() -> None:
    text = "The envoy met Nguyễn Ánh, then called the lord of the south, at the port.\n"
    assert not any("Nguyễn Ánh" in e.forms() and len(e.forms()) > 1 for e in mine(text))
