"""Name variants a checker can trust: the forms that are one name, and the look-alikes that are not.

Sentences written for these tests; each case says which rule of the issue it stands for.
"""

from __future__ import annotations

import unicodedata

import pytest

from glossary.mine import gazetteer, mine_documents
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


def test_initials_a_text_uses_for_a_place_name() -> None:
    entries = mined(
        "The United Kingdom and Vietnam signed a pact. The U.K. welcomed it; the UK side and "
        "Ho Chi Minh City officials met, and HCMC leaders spoke. The Communist Party of Vietnam "
        "met; the CPV chief spoke."
    )
    assert "U.K." in forms_of(entries, "United Kingdom") and "UK" not in forms_of(entries, "United Kingdom")
    assert "HCMC" in forms_of(entries, "Ho Chi Minh City")
    # initials the page never expands join the body whose name it writes (gold rules §9.5: an
    # abbreviation variant "when the page writes the organisation's name beside it"; the gold links
    # WFTU, BIDV, NLF, ICP and FAS so on blind5, blind10 and blind20)
    assert "CPV" in forms_of(entries, "Communist Party of Vietnam")
    # "U.S." only opening a longer name is no form of the United States
    entries = mined("The United States and the U.S. Embassy in Hanoi agreed.")
    assert "U.S." not in forms_of(entries, "United States")


def test_a_place_written_after_its_vietnamese_unit_word() -> None:
    entries = mined(
        "Sơn La Thành phố Sơn La |\n\nSơn La is a city. Farmers of tỉnh Lào Cai and thị xã Sa Pa came "
        "as Lào Cai province grew. In xã Tả Van the school reopened."
    )
    assert "Thành phố Sơn La" in forms_of(entries, "Sơn La")
    assert "tỉnh Lào Cai" in forms_of(entries, "Lào Cai province")
    assert holder(entries, "thị xã Sa Pa") is not None and holder(entries, "xã Sa Pa") is None
    assert holder(entries, "Sơn La Thành") is None  # the unit word's first syllable is no part of the name


def test_a_place_name_spelling_a_language_keeps_it() -> None:
    # "Lào" (Laos) is a language's name folded, but with its diacritics it is a syllable of a name.
    entries = mined(
        "Tea comes from Lào Cai province and from Lao Cai town. Vietnamese Prime Minister Lê Văn An spoke."
    )
    assert holder(entries, "Lào Cai province") is not None and holder(entries, "Cai province") is None
    assert holder(entries, "Lê Văn An") is not None


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


def test_a_person_described_by_who_is_no_place_of_the_same_name() -> None:
    # No title anywhere: only the relative "who" says the bare name is the man, not the city.
    entries = mined(
        "Ho Chi Minh City was named after Ho Chi Minh, who led the country for decades. "
        "Traffic in Ho Chi Minh City is heavy."
    )
    city = holder(entries, "Ho Chi Minh City")
    person = holder(entries, "Ho Chi Minh")
    assert city is not None and "Ho Chi Minh" not in city.forms()
    assert person is not None and person.kind is Kind.PERSON


def test_a_place_followed_by_a_comma_and_no_who_stays_a_place() -> None:
    entries = mined("Flights to Ho Chi Minh, which many still call Saigon, were full. Hanoi, who knew?")
    place = holder(entries, "Ho Chi Minh")
    assert place is not None and place.kind is Kind.PLACE


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


def test_a_region_written_with_its_name() -> None:
    entries = mined(
        "Infobox\n- Region: Northeast\n\nThe town lies in the country's Northeast region. "
        "Tây Bắc (Northwest) is poor; the Tây Bắc region has few roads."
    )
    assert forms_of(entries, "Northeast region") >= {"Northeast"}
    west = holder(entries, "Tây Bắc region")
    assert west is not None and west.vi == "Tây Bắc" and "Northwest" in west.forms()


def test_an_organisation_with_its_head_word_joins_the_bare_name() -> None:
    entries = mined(
        'The Cần Vương ("League for the King") rose in 1885. Leaders of the Cần Vương Front fled. '
        "The National Assembly met; the National Assembly Office wrote the minutes."
    )
    assert "Cần Vương Front" in forms_of(entries, "Cần Vương")
    assert holder(entries, "National Assembly") is not holder(entries, "National Assembly Office")


def test_a_noun_standing_for_a_name_takes_the_other_name() -> None:
    # "the province", "the city", "the bank": the last name of that kind in the paragraph.
    entries = mined(
        "Quảng Trị was formerly a province of Vietnam. It bordered Huế to the south. Under the "
        "old regime the province was called Tây Trị.\n\n"
        "Cam Ranh (Vietnamese: [kaːm]) is a city on the coast. The city was formerly called Camraigne.\n\n"
        "In 1950 a decree set up the Central Bank of Annam in Huế. In 1960 an ordinance was signed "
        "to rename the bank Bank of Central Vietnam."
    )
    assert "Tây Trị" in forms_of(entries, "Quảng Trị")
    assert "Huế" not in forms_of(entries, "Quảng Trị")
    assert "Camraigne" in forms_of(entries, "Cam Ranh")
    assert "Bank of Central Vietnam" in forms_of(entries, "Central Bank of Annam")


def test_a_name_formerly_called_another() -> None:
    entries = mined(
        "Huế was formerly called Phú Xuân. Ha Tien Port was known as Mang Kham in 1700. "
        "Trần Văn Lâm was named Minister of Finance. Lê Văn Hưu was once named Hưu Lê."
    )
    assert "Phú Xuân" in forms_of(entries, "Huế")
    assert "Mang Kham" in forms_of(entries, "Ha Tien Port")
    assert all("Minister of Finance" not in e.forms() for e in entries if "Trần Văn Lâm" in e.forms())
    # no gloss of an adverb: "formerly" is no English for "Phú Xuân"
    assert all(e.en != "formerly" for e in entries)


def test_named_after_is_not_another_name() -> None:
    entries = mined("Vinh Yen is a city of Vietnam. The city was named after Ho Chi Minh in 1970.")
    assert holder(entries, "Ho Chi Minh") is not holder(entries, "Vinh Yen")


def test_former_names_stated_outright() -> None:
    entries = mined(
        "The Hanoi Labour Youth League, which is one of four former names of the Hanoi Youth League, "
        "met in 1956. Ho Chi Minh City (formerly Saigon) grew fast. Cam Ranh Port (formerly part of "
        "Khanh Hoa Province) is deep."
    )
    assert "Hanoi Labour Youth League" in forms_of(entries, "Hanoi Youth League")
    assert "Saigon" in forms_of(entries, "Ho Chi Minh City")
    assert holder(entries, "Cam Ranh Port") is not holder(entries, "Khanh Hoa Province")


def test_a_rename_between_different_kinds_of_thing_is_not_a_variant() -> None:
    entries = mined("The Hanoi Opera Company was renamed the Ba Dinh Square in a joke.")
    assert holder(entries, "Hanoi Opera Company") is not holder(entries, "Ba Dinh Square")


def test_a_unit_of_two_words_alone_is_no_place() -> None:
    entries = mined("Phú Quốc is also a Special Zone (Đặc khu Phú Quốc) of An Giang.")
    assert all(e.kind is not Kind.PLACE for e in entries if "Special Zone" in e.forms())


def test_names_inside_a_glossed_phrase_are_none_wherever_it_is_written() -> None:
    entries = mined(
        "Vietnam Women's Union\n\nHội Liên hiệp Phụ nữ Đồng Nai\nLeader Hà Thị Nga\n\n"
        "The Vietnam Women's Union (Vietnamese: Hội Liên hiệp Phụ nữ Đồng Nai) is a mass organisation."
    )
    names = {f for e in entries if e.kind is not Kind.TERM for f in e.forms()}
    assert "Đồng Nai" not in names and "Hà Thị Nga" in names


def test_a_name_opening_a_glossed_term_is_not_the_place_of_that_name() -> None:
    # "Kim Hoàng painting" is the painting; "Kim Hoàng village" the place.
    entries = mined(
        "Kim Hoàng painting (Tranh Kim Hoàng) comes from Kim Hoàng village in Hanoi. "
        "Kim Hoàng paintings are sold at Tết. Many Kim Hoàng paintings are red."
    )
    village = holder(entries, "Kim Hoàng village")
    assert village is not None and "Kim Hoàng" not in village.forms()


def test_file_names_and_their_alt_text_give_no_names() -> None:
    entries = mined(
        "Trần Văn Lâm | |\nImage: | Portrait of Minister Tran Van Lam.jpg |\n"
        "Signature Alt: | Signature of Minister Tran Van Lam signature |\n"
        "Caption: | Trần Văn Lâm in 2020 |\n\nTrần Văn Lâm is a minister. Lâm spoke."
    )
    names = {f for e in entries for f in e.forms()}
    assert "Trần Văn Lâm" in names and not {f for f in names if "Tran" in f}


def test_infobox_labels_and_peoples_are_not_organisations() -> None:
    entries = mined(
        "Infobox\n- Agency Name: Ministry of Transport\n- Child Agency: Road Board\n\n"
        "The ministry worked with the French. The Politburo met; the Politburo's decision came."
    )
    names = {f for e in entries for f in e.forms()}
    assert "Ministry of Transport" in names and "Politburo" in names
    assert not names & {"Agency Name", "Child Agency", "French"}


def test_a_person_named_before_keeps_the_bare_name_a_place_also_has() -> None:
    entries = mined(
        "President Ho Chi Minh founded the league. After the death of Ho Chi Minh in 1969, the "
        "league took his name; its office is in Ho Chi Minh City."
    )
    bare = [e for e in entries if "Ho Chi Minh" in e.forms()]
    assert bare and all(e.kind is Kind.PERSON for e in bare)
    city = holder(entries, "Ho Chi Minh City")
    assert city is not None and "Ho Chi Minh" not in city.forms()


def test_a_spaced_dash_province_is_one_place_with_its_abbreviation() -> None:
    entries = mined(
        "Ba Ria – Vung Tau province borders Dong Nai. The BR-VT authorities opened a port, and "
        "Ba Ria – Vung Tau plans a second one."
    )
    assert holder(entries, "Ba Ria") is None
    assert {"Ba Ria – Vung Tau province", "Ba Ria – Vung Tau", "BR-VT"} <= forms_of(
        entries, "Ba Ria – Vung Tau province"
    )


def test_a_spaced_dash_between_places_without_province_is_a_route() -> None:
    entries = mined(
        "The Hanoi – Hai Phong expressway opened in 2015. Trucks from Ha Long – Mong Cai go north, "
        "and Hai Phong – Thai Binh and Nam Dinh province are next."
    )
    for route in ("Hanoi – Hai Phong", "Ha Long – Mong Cai", "Hai Phong – Thai Binh"):
        assert not any(route in form for e in entries for form in e.forms())


def test_a_hashtag_spelling_a_place_joins_no_place() -> None:
    entries = mined("Halong Bay drew crowds. Ha Long Bay is busy in May. #HaLongBay trends online.")
    bay = holder(entries, "Ha Long Bay")
    assert bay is not None and not any(f.startswith("#") for f in bay.forms())


def test_a_serial_comma_and_a_known_place_after_a_province_are_two_names() -> None:
    entries = mined(
        "Ha Long Bay lies in Quang Ninh Province, and Quang Ninh officials guard it. Students from "
        "the Ministry of Culture, Sports and Tourism visited."
    )
    assert not any(", and" in f for e in entries for f in e.forms())
    assert "Quang Ninh" in forms_of(entries, "Quang Ninh Province")
    assert holder(entries, "Ministry of Culture, Sports and Tourism") is not None


def test_word_order_of_a_city_named_by_the_place_it_is_in() -> None:
    entries = mined(
        "Tourists love the Hue Imperial City in spring. The Imperial City of Hue was built in 1805. "
        "The town hopes to become a Creative City."
    )
    assert "Imperial City of Hue" in forms_of(entries, "Hue Imperial City")
    assert holder(entries, "Creative City") is None


def test_a_village_named_with_its_craft_joins_the_bare_name() -> None:
    entries = mined(
        "Bat Trang pottery village lies near the Red River. Bat Trang has 200 kilns. "
        "Hanoi and village life differ."
    )
    assert "Bat Trang" in forms_of(entries, "Bat Trang pottery village")
    assert not any("Hanoi and" in f or f == "Hanoi village" for e in entries for f in e.forms())


def test_a_village_named_by_its_craft_keeps_its_bare_name_preferred() -> None:
    # Unlike "Quang Ninh province", the craft form is a description: the name stays the entry's.
    entries = mined(
        "Bat Trang pottery village lies near the Red River. Bat Trang has 200 kilns, and Bát Tràng "
        "ware sells well; Bat Trang draws tourists."
    )
    village = holder(entries, "Bat Trang pottery village")
    assert village is not None and village.en == "Bat Trang" and village.vi == "Bát Tràng"


def test_a_place_named_with_its_unit_is_no_person_when_written_bare() -> None:
    # "Dương" opens many family names; the unit named first says "Duong Lam" is the village.
    entries = mined(
        "Visitors to Duong Lam ancient village see laterite houses. Life in Duong Lam is quiet, "
        "and Duong Van Minh, a general, was born elsewhere."
    )
    village = holder(entries, "Duong Lam")
    assert village is not None and village.kind is Kind.PLACE
    assert "Duong Lam ancient village" in village.forms()
    general = holder(entries, "Duong Van Minh")
    assert general is not None and general.kind is Kind.PERSON


def test_a_place_with_its_head_first_ends_before_in_and_the_place_it_is_in() -> None:
    entries = mined(
        "Pilgrims climb Mount Ba Den in Tay Ninh each spring, and Ba Den commune farmers sell "
        "incense. Lake Ba Be in Bac Kan is deep."
    )
    forms = {f for e in entries for f in e.forms()}
    assert {"Mount Ba Den", "Tay Ninh", "Lake Ba Be", "Bac Kan"} <= forms
    assert not any(" in " in f for f in forms)
    assert holder(entries, "Mount Ba Den") is not holder(entries, "Ba Den commune")


def test_a_parenthesis_with_another_name_of_a_city() -> None:
    entries = mined(
        "The largest cities are Can Tho, Da Nang, Ho Chi Minh City (Saigon) and Hanoi. "
        "Yangon (Rangoon) is in Myanmar. The Ben Thanh Market (Saigon) is busy."
    )
    assert "Saigon" in forms_of(entries, "Ho Chi Minh City")
    assert "Rangoon" in forms_of(entries, "Yangon")
    assert holder(entries, "Ben Thanh Market") is not holder(entries, "Ho Chi Minh City")


def test_a_parenthesis_saying_where_a_place_is_gives_no_other_name() -> None:
    entries = mined("Hoi An (Quang Nam) is old. Hue (Central Vietnam) and Lao Cai (Vietnam) are cold.")
    for place, where in (("Hue", "Central Vietnam"), ("Lao Cai", "Vietnam")):
        entry = holder(entries, place)
        assert entry is None or where not in entry.forms()


# --- fourth round: patterns generalised from the former blind part (docs/miner.md) -----------------


def test_a_sentence_opening_name_keeps_a_syllable_that_spells_an_english_word() -> None:
    # "Cần" folds to "can", but a word with Vietnamese letters is no English function word.
    entries = mined("Cần Đước is a district in the south. Farms in Cần Đước District grew.")
    assert {"Cần Đước", "Cần Đước District"} <= forms_of(entries, "Cần Đước District")


def test_an_infobox_native_name_in_the_other_spelling_is_the_same_place() -> None:
    entries = mined(
        "= Mỹ Tho =\n\nMỹ Tho\n- Native name: My Tho\n- Population: 270,000\n\nMỹ Tho is a city.\n"
    )
    entry = holder(entries, "Mỹ Tho")
    assert entry is not None and entry.en == "My Tho" and entry.kind is Kind.PLACE


def test_a_nickname_given_for_the_city_of_the_paragraph_before() -> None:
    entries = mined(
        "Đà Lạt (/vi/) is the largest city of the highlands, and is cool all year.\n\n"
        'The city is nicknamed the "City of Eternal Spring" (Thành phố Mùa Xuân / 春城), '
        "and is far from the coast.\n"
    )
    assert {"Đà Lạt", "City of Eternal Spring", "Thành phố Mùa Xuân"} <= forms_of(entries, "Đà Lạt")
    # the Chinese characters after the slash are no part of the Vietnamese form
    assert not any("春" in f for e in entries for f in e.forms())


def test_a_nickname_needs_a_name_of_its_kind_before_it() -> None:
    # "the party" names no city: the nickname is given to nothing.
    entries = mined(
        'Đà Lạt hosts a party each year.\n\nThe party is nicknamed the "Flower Night", and is loud.\n'
    )
    assert not any({"Đà Lạt", "Flower Night"} <= set(e.forms()) for e in entries)


@pytest.mark.skipif(not gazetteer.ISO_3166.exists(), reason="Debian's iso-codes is not installed")
def test_a_country_and_its_official_name_are_one_place() -> None:
    # Where a sentence writes both (round 15: a heading or an aside naming the state alone keeps
    # apart, as the gold parts label it; tests/test_mine_round15_links.py).
    entries = mined(
        "Indonesia, officially the Republic of Indonesia, signed first. Indonesia then sent "
        "a delegation, and the Democratic Republic of Vietnam answered; Vietnam later joined."
    )
    assert {"Republic of Indonesia", "Indonesia"} <= forms_of(entries, "Indonesia")
    # another state of the same letters, not an official name (North Vietnam)
    assert "Democratic Republic of Vietnam" not in forms_of(entries, "Vietnam")


def test_initials_glued_to_another_name_are_part_of_it() -> None:
    entries = mined(
        "Veterans of the U.S.-Vietnam War met. The United States sent aid, and the United States "
        "embassy said so."
    )
    assert "U.S." not in forms_of(entries, "United States")


def test_a_unit_named_by_vietnamese_syllables_is_a_place() -> None:
    # "Imperial City" after a name of Vietnamese syllables names a place, not a designation.
    entries = mined("Crowds toured the Lam Kinh Imperial City at noon. The Lâm Kinh Imperial City is old.")
    assert {"Lam Kinh Imperial City", "Lâm Kinh Imperial City"} <= forms_of(entries, "Lam Kinh Imperial City")
    # an English word before the unit is a designation ("Creative City")
    assert holder(mined("Hội An became a Creative City in 2023."), "Creative City") is None


def test_a_place_and_the_name_it_has_today() -> None:
    entries = mined("Troops camped at Gia Định (present-day Ho Chi Minh City) in 1859.")
    assert {"Gia Định", "Ho Chi Minh City"} <= forms_of(entries, "Ho Chi Minh City")
    # "now in" says where a place is, not what it is called
    entries = mined("Troops camped at Chương Mỹ (now in Hanoi) in 1859.")
    assert "Chương Mỹ" not in forms_of(entries, "Hanoi")


def test_a_body_restructured_and_renamed() -> None:
    entries = mined(
        "In 1996 the state formed Lotus Air Corporation, with the airline as its core. In 2010, the "
        "corporation was restructured into a limited liability company and renamed Lotus Air Company "
        "Limited."
    )
    assert {"Lotus Air Corporation", "Lotus Air Company Limited"} <= forms_of(
        entries, "Lotus Air Corporation"
    )


def test_a_person_and_another_full_name_in_parentheses() -> None:
    entries = mined("In 1428 Lê Thái Tổ (Lê Lợi) founded a dynasty. Lê Lợi ruled for five years.")
    assert {"Lê Thái Tổ", "Lê Lợi"} <= forms_of(entries, "Lê Thái Tổ")
    # a place in parentheses says where a person is, not another name
    entries = mined("The envoy Trần Văn Hải (Hà Nội) spoke, and Hà Nội agreed.")
    assert "Hà Nội" not in forms_of(entries, "Trần Văn Hải")


def test_the_city_standing_for_a_city_the_gazetteers_know() -> None:
    entries = mined("The old quarter of Huế dates back to the lords, when the city was known as Phú Xuân.")
    assert {"Huế", "Phú Xuân"} <= forms_of(entries, "Huế")
    # a name the paragraph says is a city comes first
    entries = mined(
        "Visitors reach Lào Cai by train, and Sa Pa is a town nearby, and Mộc Châu is a city in the "
        "hills, and the city was called Mộc Hạ."
    )
    assert "Mộc Hạ" not in forms_of(entries, "Lào Cai")


def test_dotted_initials_open_an_organisation_name() -> None:
    entries = mined("The U.K. Embassy in Hanoi issued visas. Many U.K. citizens came.")
    assert holder(entries, "U.K. Embassy in Hanoi") is not None
    assert holder(entries, "Embassy in Hanoi") is None


def test_a_body_of_an_organisation_does_not_take_its_short_form() -> None:
    entries = mined("The Central Council of the Vietnam Cooperative Alliance (VCA) met. The VCA agreed.")
    board = holder(entries, "Central Council of the Vietnam Cooperative Alliance")
    assert board is not None and board.abbr != "VCA"
    assert "Central Council of the Vietnam Cooperative Alliance" not in forms_of(entries, "VCA")


def test_another_name_after_also_known_as() -> None:
    entries = mined("Quy Nhơn, also known as Cha Ban, grew. Later, Quy Nhơn traded rice.")
    assert {"Quy Nhơn", "Cha Ban"} <= forms_of(entries, "Quy Nhơn")


def test_a_name_glued_to_initials_by_a_hyphen_is_a_compound() -> None:
    entries = mined("Both sides praised the U.K.-Vietnam Strategic Partnership in London.")
    assert holder(entries, "Vietnam Strategic Partnership") is None
    assert holder(entries, "London") is not None


def test_a_plural_common_noun_possessive_inside_an_organisation_name() -> None:
    entries = mined("She trained at the People's Court Academy and joined the Vietnam Veterans' Association.")
    assert holder(entries, "People's Court Academy") is not None
    assert holder(entries, "Vietnam Veterans' Association") is not None
    # a place's or a body's possessive still ends the name before it
    entries = mined("Officials of Hanoi's Trade Union and the Government's Steering Committee met.")
    assert holder(entries, "Hanoi's Trade Union") is None
    assert holder(entries, "Government's Steering Committee") is None


def test_and_between_two_organisations_with_their_own_heads() -> None:
    entries = mined("Shares of the Lotus Group and Mekong Trading Corporation rose.")
    assert holder(entries, "Lotus Group") is not None
    assert holder(entries, "Mekong Trading Corporation") is not None
    # one name whose left side has no head at its end
    assert holder(
        mined("The Ministry of Planning and Investment met."), "Ministry of Planning and Investment"
    )


def test_a_compass_word_before_a_known_country_is_a_place() -> None:
    entries = mined("He was born in Northern Laos and moved to South Vietnam in 1960.")
    assert (
        holder(entries, "Northern Laos") is not None and holder(entries, "Northern Laos").kind is Kind.PLACE
    )
    assert holder(entries, "South Vietnam") is not None
    # not the same place as the country
    assert "Vietnam" not in forms_of(entries, "South Vietnam")


def test_a_label_glued_to_the_name_after_it() -> None:
    # A mirror flattening an infobox drops the space between a label and its value.
    entries = mined("- Deputy PresidentTrần Văn Hoà\n- Term: 2016–2021\n")
    person = holder(entries, "Trần Văn Hoà")
    assert person is not None and person.kind is Kind.PERSON
    assert not any("PresidentTrần" in form for e in entries for form in e.forms())


def test_a_pen_name_after_better_known_as() -> None:
    entries = mined("We met the writer Tran Van Minh, better known as Song Lam, in Hue.")
    assert {"Tran Van Minh", "Song Lam"} <= forms_of(entries, "Tran Van Minh")
    # the pen name is no English rendering of anything
    assert not any(e.en == "better" for e in entries)


def test_a_place_and_its_name_today_after_a_comma() -> None:
    entries = mined("Traders sailed to Faifo, now Hoi An, every spring.")
    assert {"Faifo", "Hoi An"} <= forms_of(entries, "Hoi An")


def test_a_city_named_after_a_person_written_bare_is_the_person() -> None:
    entries = mined(
        "The emperor abdicated in favor of Hồ Chí Minh's government. Flights reach Hồ Chí Minh City."
    )
    person = holder(entries, "Hồ Chí Minh")
    assert person is not None and person.kind is Kind.PERSON
    assert "Hồ Chí Minh City" not in person.forms()
    # a two-syllable name is too weak to say so
    assert holder(mined("Tourists love Hà Nội in autumn."), "Hà Nội").kind is Kind.PLACE


def test_a_family_name_with_diacritics_is_read_as_written() -> None:
    # "Đảo" (island) folds like "Đào" (a family name); "Đảng" (party) like "Đặng".
    entries = mined("Ferries reach Đảo Cô Tô in summer. Members of Đảng Cộng sản met.")
    assert all(e.kind is not Kind.PERSON for e in entries)
    assert holder(mined("The historian Đào Duy Anh wrote books."), "Đào Duy Anh").kind is Kind.PERSON


def test_a_reference_list_gives_no_names() -> None:
    text = (
        "Trần Văn Hoà became minister in 2021.\n\n"
        '- ↑ "Tran Van Hoa named minister". Saigon Daily. Retrieved 2021-04-08.\n'
        '  2. "Profile of Minh Quang Tran". Lotus News. Retrieved 8 April 2021.\n'
    )
    entries = mined(text)
    assert holder(entries, "Tran Van Hoa") is None and holder(entries, "Minh Quang Tran") is None
    assert holder(entries, "Trần Văn Hoà") is not None


def test_another_name_after_sometimes_referred_to_as() -> None:
    entries = mined("The Hồng Bàng Dynasty , sometimes referred to as the Hùng Dynasty was the first.")
    assert {"Hồng Bàng Dynasty", "Hùng Dynasty"} <= forms_of(entries, "Hồng Bàng Dynasty")


def test_a_persons_pseudonym_and_pen_name() -> None:
    entries = mined(
        "The poet, born Ngo Van Tri—under the pen name Tố Hữu (Friend of Light) but best known as "
        "Ngô Tri, wrote songs."
    )
    assert {"Ngo Van Tri", "Tố Hữu", "Ngô Tri"} <= forms_of(entries, "Ngo Van Tri")
    entries = mined("The rebel Phan Van Dat, alias Ba Dat, fled.")
    assert {"Phan Van Dat", "Ba Dat"} <= forms_of(entries, "Phan Van Dat")
    # a body's name is no person's alias
    entries = mined("The Lotus Group, best known as Lotus, grew.")
    assert not any(e.kind is Kind.PERSON for e in entries)


def test_a_bare_spelling_of_another_name_the_text_gave() -> None:
    entries = mined(
        "Dutch traders sailed to Kẻ Chợ (modern-day Hanoi) in 1650. Boats reached Ke Cho by river."
    )
    assert {"Kẻ Chợ", "Ke Cho", "Hanoi"} <= forms_of(entries, "Hanoi")


def test_another_name_after_the_subjects_own_gloss() -> None:
    entries = mined("Huế (Vietnamese: Thành phố Huế), commonly known as the Imperial City, is old.")
    assert {"Huế", "Imperial City"} <= forms_of(entries, "Huế")


def test_a_middle_initial_inside_a_persons_name() -> None:
    entries = mined("Ambassador Daniel R. Hale met Vice Minister Tran Van Nam. Hale spoke first.")
    person = holder(entries, "Daniel R. Hale")
    assert person is not None and "Hale" in person.forms()
    entries = mined("Senator Mark T. Wells came. Wells spoke.")
    assert holder(entries, "Mark T. Wells") is not None
    # a full stop after a capital before a word that opens a sentence ends the name
    assert holder(mined("Farmers grow Plan B. The rest of Hanoi ate."), "B. The") is None
