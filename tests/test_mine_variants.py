"""Name variants a checker can trust: the forms that are one name, and the look-alikes that are not.

Sentences written for these tests; each case says which rule of the issue it stands for.
"""

from __future__ import annotations

import unicodedata

from glossary.mine import mine_documents
from glossary.mine.documents import Document
from glossary.model import Entry, Kind, VariantType


def mined(text: str) -> list[Entry]:
    return mine_documents([Document("v.txt", unicodedata.normalize("NFC", text))]).entries


def forms_of(entries: list[Entry], form: str) -> set[str]:
    """Every form of the entry that has form."""
    entry = next(e for e in entries if form in e.forms())
    return set(entry.forms())


def holder(entries: list[Entry], form: str) -> Entry | None:
    return next((e for e in entries if form in e.forms()), None)


# --- forms that are one name -------------------------------------------------------------------------


def test_spelling_and_spacing() -> None:
    entries = mined(
        "Tourists love Nha Trang in May. Hotels in Nhatrang were full, officials in Nha Trang said."
    )
    assert {"Nha Trang", "Nhatrang"} <= forms_of(entries, "Nha Trang")


def test_a_capitalised_generic_word() -> None:
    entries = mined(
        "Crowds filled the Hue Citadel at dawn. Inside Hue Citadel the gates opened. "
        "Visitors to Quang Tri Province rose, and Quang Tri schools reopened."
    )
    assert "Quang Tri" in forms_of(entries, "Quang Tri Province")


def test_a_standard_abbreviation_of_a_province() -> None:
    entries = mined(
        "Bà Rịa–Vũng Tàu province grew fast. Investors in BR-VT built ports, and BR-VT officials agreed."
    )
    province = next(e for e in entries if "Bà Rịa–Vũng Tàu province" in e.forms())
    assert any(v.form == "BR-VT" and v.type is VariantType.ABBREVIATION for v in province.variants)


def test_a_title_with_the_short_name() -> None:
    entries = mined(
        "Prime Minister Nguyễn Mạnh Dũng opened the bridge on Monday. "
        "Later, Minister Dũng thanked the workers."
    )
    person = next(e for e in entries if e.vi == "Nguyễn Mạnh Dũng")
    assert "Minister Dũng" in {v.form for v in person.variants if v.type is VariantType.TITLE}


def test_word_order() -> None:
    entries = mined(
        "The Thăng Long Imperial Citadel is old. The Imperial Citadel of Thang Long draws crowds."
    )
    assert "Imperial Citadel of Thang Long" in forms_of(entries, "Thăng Long Imperial Citadel")


# --- look-alikes that are not one name -------------------------------------------------------------


def test_a_title_is_not_cut_in_half() -> None:
    entries = mined("Minister of Foreign Affairs Bui Thanh Son met the envoy in Hanoi.")
    person = next(e for e in entries if e.kind is Kind.PERSON)
    assert person.en == "Bui Thanh Son"
    assert not any(f.startswith("Affairs") for e in entries for f in e.forms())


def test_heading_words_are_not_glued_onto_a_name() -> None:
    entries = mined(
        "Statistics of North Central Coastal Vietnam\n\nNorth Central Coastal Vietnam has six provinces."
    )
    assert not any("Statistics" in f for e in entries for f in e.forms())


def test_a_hashtag_is_not_merged_into_a_name() -> None:
    entries = mined("Photos tagged #HaNoi Old Quarter spread fast, and the Old Quarter got busy.")
    assert not any("HaNoi" in f for e in entries if e.kind is not Kind.OTHER for f in e.forms())


def test_a_city_is_not_merged_with_the_person_it_is_named_after() -> None:
    entries = mined(
        "President Ho Chi Minh read the declaration in 1945. Ho Chi Minh City now has nine million people, "
        "and Ho Chi Minh said freedom mattered."
    )
    city = holder(entries, "Ho Chi Minh City")
    person = holder(entries, "Ho Chi Minh")
    assert city is not None and person is not None and city is not person
    assert person.kind is Kind.PERSON and city.kind is Kind.PLACE


def test_two_entities_sharing_a_name_stay_apart() -> None:
    entries = mined("Pilgrims climb Yen Tu Mountain each spring. Farmers in Yen Tu commune grow rice.")
    assert holder(entries, "Yen Tu Mountain") is not holder(entries, "Yen Tu commune")


def test_a_list_of_two_places_is_two_places() -> None:
    entries = mined("Flights between Ha Noi and Ho Chi Minh City rose in May.")
    assert holder(entries, "Ha Noi and Ho Chi Minh City") is None
    assert holder(entries, "Ho Chi Minh City") is not None


def test_two_units_joined_by_and_are_two_places() -> None:
    entries = mined("The province was formed by merging Bà Rịa Province and Vũng Tàu Town in 1991.")
    assert holder(entries, "Bà Rịa Province and Vũng Tàu Town") is None


def test_a_bare_river_name_joins_the_river() -> None:
    entries = mined("The Lô River floods in July. Boats on the Lô carry sand to Tuyên Quang.")
    assert "Lô" in forms_of(entries, "Lô River")


def test_a_dash_spelling_joins_the_province_named_with_its_unit() -> None:
    entries = mined(
        "Bà Rịa – Vũng Tàu\n\nThe economy of Bà Rịa–Vũng Tàu province grew. In 2025, Bà Rịa - Vũng Tàu "
        "was merged into a larger city."
    )
    assert {"Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"} <= forms_of(entries, "Bà Rịa–Vũng Tàu province")


def test_a_republic_is_a_place_and_its_acronym_joins_it() -> None:
    entries = mined(
        "The Democratic Republic of Vietnam (DRV) was declared in 1945. The Democratic Republic of Viet Nam "
        "was recognised by China."
    )
    assert "Democratic Republic of Viet Nam" in forms_of(entries, "DRV")


def test_a_name_a_gloss_gives_joins_the_gloss() -> None:
    entries = mined(
        'The Việt Minh ("League for the Independence of Vietnam") fought on. Leaders of the Viet Minh met.'
    )
    assert "Viet Minh" in forms_of(entries, "Việt Minh")


def test_a_natural_feature_does_not_hide_the_unit_a_bare_name_joins() -> None:
    entries = mined(
        "= Côn Đảo special zone =\n\n- Native name: Đặc khu Côn Đảo\n\n"
        "The Côn Đảo Islands lie offshore. Ferries reach Côn Đảo daily."
    )
    assert "Côn Đảo" in forms_of(entries, "Đặc khu Côn Đảo")


def test_a_common_noun_possessive_is_no_owner() -> None:
    entries = mined("The People's Republic of China (PRC) and the Republic of China (ROC) differ.")
    assert holder(entries, "People's Republic of China") is not holder(entries, "Republic of China")


def test_a_rename_makes_the_old_name_a_variant() -> None:
    entries = mined(
        "In 1956 the board backed renaming the Vietnam National Students Union to the Vietnam Labour "
        "Students Union. In 1970 the Vietnam Labour Students Union was renamed the Hanoi Students Union."
    )
    union = forms_of(entries, "Hanoi Students Union")
    assert {"Vietnam Labour Students Union", "Vietnam National Students Union"} <= union


def test_a_rename_between_different_kinds_of_thing_is_not_a_variant() -> None:
    entries = mined("The Hanoi Opera Company was renamed the Ba Dinh Square in a joke.")
    assert holder(entries, "Hanoi Opera Company") is not holder(entries, "Ba Dinh Square")


def test_infobox_labels_and_peoples_are_not_organisations() -> None:
    entries = mined(
        "Infobox\n- Agency Name: Ministry of Transport\n- Child Agency: Road Board\n\n"
        "The ministry worked with the French. The Politburo met; the Politburo's decision came."
    )
    names = {f for e in entries for f in e.forms()}
    assert "Ministry of Transport" in names and "Politburo" in names
    assert not names & {"Agency Name", "Child Agency", "French"}
