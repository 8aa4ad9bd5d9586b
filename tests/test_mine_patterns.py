"""The gloss and acronym patterns real pages use, on sentences written for these tests.

Each case names the pattern (docs/gold-rules.md) it stands for; tests/corpus/ measures how often
real pages use them.
"""

from __future__ import annotations

import pytest

from glossary.mine import mine_documents
from glossary.mine.glosses import extract_glosses
from glossary.mine.infobox import extract_infobox
from glossary.model import Kind, VariantType
from glossary.vietnamese import en_score, is_english_word, vi_attested, vi_score
from tests.mine_helpers import acronyms, doc, pairs

# --- telling undiacritised Vietnamese from English with the word lists ------------------------------


def test_the_word_lists_are_installed_and_loaded() -> None:
    # hunspell-vi and wamerican come with `make setup`; without them only syllable shape is left.
    assert vi_attested("huong") and vi_attested("Hương") and vi_attested("banh")
    assert is_english_word("noon") and is_english_word("try") and is_english_word("the")
    assert not is_english_word("song")  # "song" is also Vietnamese (sông, song)
    assert not is_english_word("xeo")


@pytest.mark.parametrize(
    ("vietnamese", "english"),
    [
        (["banh", "xeo"], ["sizzling", "pancake"]),
        (["Ngo", "Mon"], ["Noon", "Gate"]),
        (["Song", "Huong"], ["Perfume", "River"]),
        (["Tam", "Coc"], ["three", "caves"]),
    ],
)
def test_undiacritised_vietnamese_outscores_english(vietnamese: list[str], english: list[str]) -> None:
    assert vi_score(vietnamese) >= 0.5 > vi_score(english)
    assert en_score(english) > en_score(vietnamese)


def test_a_syllable_shaped_english_word_is_not_vietnamese() -> None:
    assert vi_score(["try", "banh", "xeo"]) == 0.0  # "try" fits the shape, no Vietnamese lexicon has it
    assert vi_score(["tin", "can"]) < 0.5  # both words are also Vietnamese syllables: not enough


# --- gloss pairs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undiacritised Vietnamese on either side, lower, title and capitals
        ("Visitors enter the Ngo Mon (Noon Gate) of the citadel.", ("Ngo Mon", "Noon Gate")),
        ("Boats wait on the Perfume River (Song Huong) at dusk.", ("Song Huong", "Perfume River")),
        ("Try banh xeo (sizzling pancake) at the market.", ("banh xeo", "sizzling pancake")),
        ("Try Banh Xeo (Sizzling Pancake) at the market.", ("Banh Xeo", "Sizzling Pancake")),
        ("STALLS SELL BANH XEO (SIZZLING PANCAKE) TODAY", ("BANH XEO", "SIZZLING PANCAKE")),
        # "X, meaning 'Y'" after a place name
        ('They rowed through Tam Coc, meaning "three caves", at noon.', ("Tam Coc", "three caves")),
        # "EN or VI" and "VI, or EN"
        (
            "She trained with the Vietnam Reform Party or Viet Tan in Bangkok.",
            ("Viet Tan", "Vietnam Reform Party"),
        ),
        (
            "We toured the Reunification Palace, or Dinh Độc Lập, on Monday.",
            ("Dinh Độc Lập", "Reunification Palace"),
        ),
        (
            "We toured Dinh Độc Lập, or the Reunification Palace, on Monday.",
            ("Dinh Độc Lập", "Reunification Palace"),
        ),
        # an appositive with an indefinite article
        ("She wore a nón lá, a conical palm-leaf hat, in the rain.", ("nón lá", "conical palm-leaf hat")),
        # a dash, the Vietnamese side without diacritics but attested
        ("Order pho bo – beef noodle soup – for breakfast.", ("pho bo", "beef noodle soup")),
        # a label with markup, IPA and a literal meaning
        (
            "Hoan Kiem Lake (Vietnamese: ''Hồ Hoàn Kiếm'' [hò hwâːn kǐəm]; lit. 'Lake of the Returned Sword')"
            " is old.",
            ("Hồ Hoàn Kiếm", "Hoan Kiem Lake"),
        ),
        # a label without a colon, other languages after it
        ("the Red River (Vietnamese Sông Hồng, Chinese Hónghé) floods.", ("Sông Hồng", "Red River")),
        # a label left by a wiki template
        (
            "the State Bank of Vietnam ( _vi. Ngân hàng Nhà nước Việt Nam) said.",
            ("Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam"),
        ),
        (
            "the Democratic Republic of Vietnam (DRV; vi, Việt Nam Dân chủ Cộng hòa) was born.",
            ("Việt Nam Dân chủ Cộng hòa", "Democratic Republic of Vietnam"),
        ),
        # spaces inside the parenthesis
        ("the country has fifty-eight provinces ( tỉnh ) in all.", ("tỉnh", "provinces")),
        # a name whose English translates only the generic word: a pair, kind place
        ("They swam in Ba Be Lake (Hồ Ba Bể) in June.", ("Hồ Ba Bể", "Ba Be Lake")),
    ],
)
def test_gloss_patterns(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the generic word of a name glossed alone
        ("Côn Đảo is also a Special Zone (Đặc khu Côn Đảo) of the city.", ("Đặc khu", "Special Zone")),
        # the English side grows over the capitalised words of the same name
        ("The Later Le dynasty (Nhà Hậu Lê, 1428–1789) ruled long.", ("Nhà Hậu Lê", "Later Le dynasty")),
        # a whole list item glossed
        (
            "Customs include family meals, visiting friends' homes on the first day of the new year "
            "(xông đất), and gifts.",
            ("xông đất", "visiting friends' homes on the first day of the new year"),
        ),
        # a term opening a sentence takes the lower case the text writes elsewhere
        ('Ca trù (/vi/, , "tally card songs") is old. Few sing ca trù now.', ("ca trù", "tally card songs")),
        # "Vietnamese" before an English noun is no language label
        (
            "Fillings include chả lụa (Vietnamese sausage), coriander and cucumber.",
            ("chả lụa", "Vietnamese sausage"),
        ),
        # a long labelled term: the English noun with its prepositional phrases, after a number word
        (
            "There are five municipalities under the command of the central government "
            "(Vietnamese: thành phố trực thuộc trung ương) in all.",
            ("thành phố trực thuộc trung ương", "municipalities under the command of the central government"),
        ),
    ],
)
def test_real_page_details(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


def test_a_literal_meaning_alone_in_a_parenthesis_is_the_gloss() -> None:
    found = extract_glosses(
        doc("Tây Nguyên (literally Western Highlands, and often translated as Central Highlands) is cool.")
    )
    gloss = next(m for m in found if m.vi == "Tây Nguyên")
    assert gloss.en == "Western Highlands" and ("Central Highlands", VariantType.GLOSS) in gloss.variants


def test_a_literal_meaning_may_keep_the_name_it_translates() -> None:
    found = extract_glosses(
        doc('The Trưng shrine (Vietnamese: Đền Hai Bà Trưng, literally "Temple of the Ladies Trưng").')
    )
    gloss = next(m for m in found if m.vi == "Đền Hai Bà Trưng")
    assert ("Temple of the Ladies Trưng", VariantType.GLOSS) in gloss.variants


def test_a_caption_word_before_the_name_is_not_glossed() -> None:
    # "Statistics of" is the table's caption, which the Vietnamese side does not render.
    found = pairs("  - Statistics of Central Highlands Vietnam (Tây Nguyên)**")
    assert ("Tây Nguyên", "Central Highlands Vietnam") in found
    # A common word the Vietnamese renders stays: "History of Vietnam" is "Lịch sử Việt Nam".
    assert ("Lịch sử Việt Nam", "History of Vietnam") in pairs(
        "He wrote History of Vietnam (Lịch sử Việt Nam)."
    )


def test_a_short_form_then_a_long_vietnamese_name_in_one_parenthesis() -> None:
    name = "Ban Tuyên giáo Trung ương Đảng Cộng sản Việt Nam"  # ten syllables
    entries = mine_documents(
        [
            doc(
                f"- Seat: Hà Nội, {name}\n\nThe Central Propaganda Department of the Communist Party "
                f"of Vietnam (CPD; {name}) met."
            )
        ]
    ).entries
    department = next(e for e in entries if e.abbr == "CPD")
    assert department.vi == name
    # the name written again on the infobox line is explained there too: no untranslated pieces
    assert not [e for e in entries if e.kind is Kind.OTHER and "Tuyên" in (e.vi or "")]


def test_a_list_of_glosses_in_one_parenthesis() -> None:
    found = pairs("The three regions (Bắc Bộ, the North; Trung Bộ, the Centre; Nam Bộ, the South) differ.")
    assert {("Bắc Bộ", "North"), ("Trung Bộ", "Centre"), ("Nam Bộ", "South")} <= found


def test_several_renderings_in_one_parenthesis_are_one_entry() -> None:
    found = extract_glosses(
        doc("It is sold as bánh mì Sài Gòn ('Saigon sandwich' or 'Saigon-style bánh mì') here.")
    )
    gloss = next(m for m in found if m.en == "Saigon sandwich")
    assert gloss.vi == "bánh mì Sài Gòn" and "Saigon-style bánh mì" in [v for v, _ in gloss.variants]


def test_two_vietnamese_names_joined_by_or_are_spellings_of_one_term() -> None:
    found = extract_glosses(doc("the Dong Ho painting (Tranh Đông Hồ or Tranh làng Hồ) is printed."))
    gloss = next(m for m in found if m.vi == "Tranh Đông Hồ")
    assert gloss.en == "Dong Ho painting" and "Tranh làng Hồ" in [v for v, _ in gloss.variants]


def test_a_generic_word_gloss_of_a_name_is_a_place_pair_not_a_spelling() -> None:
    entries = mine_documents([doc("They swam in Ba Be Lake (Hồ Ba Bể) in June. Ba Be Lake is cold.")]).entries
    lake = next(e for e in entries if e.vi == "Hồ Ba Bể")
    assert lake.kind is Kind.PLACE and lake.en == "Ba Be Lake"


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi or Ho Chi Minh City will host it.",  # two places joined by "or"
        "Nguyen Van An, a former soldier, spoke.",  # a name and its description: no gloss
        "They ate beef or chicken at noon.",  # English on both sides
        "the song (tin can) played twice.",  # words both languages spell are not enough
        "Farmers in Lao Cai (Vietnam) grow tea.",  # where a place is: a country
        "Tô Lâm (Vietnam) met Joko Widodo (Indonesia).",  # where a person comes from
        "the old port of Hoi An (Quang Nam) was busy.",  # two undiacritised names: no English side
    ],
)
def test_not_glosses(text: str) -> None:
    assert pairs(text) == set()


def test_a_place_glossed_by_its_own_other_spelling_is_still_a_pair() -> None:
    assert ("Ha Noi", "Hanoi") in pairs("Flights to Hanoi (Ha Noi) rose.")
    assert ("Việt Nam", "Vietnam") in pairs("The people of Việt Nam (Vietnam) voted.")


# --- acronyms -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the short form first in a parenthesis that says more
        (
            "The Ministry of Public Security (MPS, Bộ Công an (BCA)) runs the police.",
            ("MPS", "Ministry of Public Security"),
        ),
        ("The Ministry of Public Security (MPS, Bộ Công an (BCA)) runs the police.", ("BCA", "Bộ Công an")),
        # "X or SF for short"
        ("the People's Council (Hội đồng Nhân dân or HDND for short) meets.", ("HDND", "Hội đồng Nhân dân")),
        # "abbreviated SF"
        ("Bà Rịa–Vũng Tàu (abbreviated BRVT) is a province.", ("BRVT", "Bà Rịa–Vũng Tàu")),
        # letters reordered
        ("the Air Force-Air Defence Command (ADAFC) said.", ("ADAFC", "Air Force-Air Defence Command")),
        # a word mixed with letters
        ("the American Chamber of Commerce (AmCham) met.", ("AmCham", "American Chamber of Commerce")),
        # a brand name
        (
            "the Vietnam National Shipping Lines (Vinalines) sold ships.",
            ("Vinalines", "Vietnam National Shipping Lines"),
        ),
        # the initials of the name's head, then what it belongs to, with dots
        (
            "The National Assembly of the Socialist Republic of Vietnam (N.A.; Quốc hội) met.",
            ("N.A.", "National Assembly of the Socialist Republic of Vietnam"),
        ),
        # the initials of the Vietnamese name
        ("the Vietnam Fatherland Front (MTTQ) met.", ("MTTQ", "Vietnam Fatherland Front")),
        # a long form hard-wrapped over two lines
        ("officers of the Ministry of Public\nSecurity (MPS) spoke.", ("MPS", "Ministry of Public Security")),
    ],
)
def test_acronym_patterns(text: str, expected: tuple[str, str]) -> None:
    assert expected in acronyms(text)


def test_an_infobox_field_defines_a_short_form_and_a_native_name() -> None:
    text = (
        "= Ministry of Public Security =\n\nInfobox\n- Agency Name: Ministry of Public Security,\n"
        "- Nativename: Bộ Công an\n- Abbreviation: MPS\n- Headquarters: Hanoi\n\nThe ministry is large.\n"
    )
    found = {(m.kind, m.abbr or m.vi, m.en) for m in extract_infobox(doc(text))}
    assert (Kind.ACRONYM, "MPS", "Ministry of Public Security") in found
    assert (Kind.ORGANISATION, "Bộ Công an", "Ministry of Public Security") in found


def test_a_fact_sheet_pairs_local_and_conventional_forms() -> None:
    text = (
        "Country name:\nconventional long form: Socialist Republic of Vietnam\nconventional short form:\n"
        "Vietnam\nlocal long form:\nCong Hoa Xa Hoi Chu Nghia Viet Nam\nabbreviation:\nSRV\n"
    )
    found = {(m.abbr or m.vi, m.en) for m in extract_infobox(doc(text))}
    assert ("Cong Hoa Xa Hoi Chu Nghia Viet Nam", "Socialist Republic of Vietnam") in found
    assert ("SRV", "Socialist Republic of Vietnam") in found


def test_fields_giving_other_names() -> None:
    entries = mine_documents(
        [
            doc(
                "= Quy Nhon City =\n\n- Native name: Thành phố Quy Nhơn\n"
                "- Former names: Thị Nại (1602–1799); Hoàng Đế\n- Other name: city of the sea\n"
                "- Country: Vietnam\n\nQuy Nhon City is on the coast."
            )
        ]
    ).entries
    city = next(e for e in entries if e.en == "Quy Nhon City")
    assert {"Thị Nại", "Hoàng Đế"} <= set(city.forms()) and "city of the sea" not in city.forms()
    assert "Vietnam" not in city.forms()


def test_a_field_listing_both_languages_is_a_pair() -> None:
    text = "Infobox\n- Type: Festival\n- Holiday Name: Vietnamese New Year, Tết Nguyên Đán, 節元旦\n"
    assert ("Tết Nguyên Đán", "Vietnamese New Year") in {(m.vi, m.en) for m in extract_infobox(doc(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Hue (VNA) – Farmers met.",  # an agency's credit
        "the team won (Photo: VNA).",  # a credit
        "Tô Lâm (Vietnam) spoke.",  # a place after a name is no short form
        "prices rose (USD 4 billion) last year.",  # a currency amount
        "Ha Long Bay (Halong) draws crowds.",  # the name's words run together: a spelling
    ],
)
def test_not_acronyms(text: str) -> None:
    assert acronyms(text) == set()


def test_a_heading_in_capitals_is_not_glued_onto_a_long_form() -> None:
    found = acronyms("VIETNAM NEWS AGENCY\nHanoi (VNA) reported floods on Monday.")
    assert not any("AGENCY" in long_form for _, long_form in found)


def test_terms_that_repeat_a_word_are_not_one_term() -> None:
    entries = mine_documents(
        [
            doc(
                "Provinces hold municipal cities (thành phố trực thuộc thành phố trung ương), and the "
                "country has five cities under the central government "
                "(Vietnamese: thành phố trực thuộc trung ương)."
            )
        ]
    ).entries
    first = next(e for e in entries if e.vi == "thành phố trực thuộc thành phố trung ương")
    assert "thành phố trực thuộc trung ương" not in first.forms()


# --- fourth round: patterns generalised from the former blind part (docs/miner.md) -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality inside a lower-case English side
        ("Most were French settlers (người Pháp) from the coast.", ("người Pháp", "French settlers")),
        # the English word opening the sentence belongs to the English side
        ("Lacquer painting (Vietnamese: sơn mài) is taught here.", ("sơn mài", "Lacquer painting")),
        ("Folk opera (hát chèo) came from the villages.", ("hát chèo", "Folk opera")),
        # "on" inside a capitalised title, as "of" is
        (
            "The Treatise on the Art of War (Binh thư yếu lược) survives.",
            ("Binh thư yếu lược", "Treatise on the Art of War"),
        ),
        # a count and its unit are not part of the English side
        ("Mix two cups rice flour (bột gạo) with water.", ("bột gạo", "rice flour")),
        # an em dash ends a labelled Vietnamese form
        (
            "He joined the Vietnamese Patriotic Workers League (Vietnamese: Hội Công nhân Ái quốc—often "
            'just "Công Hội") in Paris.',
            ("Hội Công nhân Ái quốc", "Vietnamese Patriotic Workers League"),
        ),
    ],
)
def test_english_side_patterns(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


def test_two_vietnamese_terms_listed_with_a_comma_are_one_entry() -> None:
    # Chinese characters removed by the mirror leave empty slots; the two Vietnamese names remain.
    entries = mine_documents([doc("The Book of Rites (, , Kinh lễ, Lễ ký) is a classic.")]).entries
    book = next(e for e in entries if e.en == "Book of Rites")
    assert book.vi == "Kinh lễ" and "Lễ ký" in book.forms()


def test_two_vietnamese_names_listed_with_a_comma_are_not_one_entry() -> None:
    entries = mine_documents([doc("The two capitals (Hà Nội, Huế) were rivals.")]).entries
    # two places, not one place with the other as its spelling
    assert not any({"Hà Nội", "Huế"} <= set(e.forms()) for e in entries)


def test_a_glossed_organisation_name_is_an_organisation() -> None:
    entries = mine_documents(
        [
            doc(
                "He founded the Vietnamese Patriotic Workers League "
                "(Vietnamese: Hội Công nhân Ái quốc) in Paris."
            )
        ]
    ).entries
    league = next(e for e in entries if e.vi == "Hội Công nhân Ái quốc")
    assert league.kind is Kind.ORGANISATION and league.en == "Vietnamese Patriotic Workers League"
    # the name extractor keeps the nationality too, so no second, shorter organisation
    assert not any(e.en == "Patriotic Workers League" for e in entries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the full stops of initials do not end the clause the long form is in
        ("Staff of the U.N. Development Programme (UNDP) came.", ("UNDP", "U.N. Development Programme")),
        # a long form does not open with a function word that lent it letters ("and"): these are
        # the reordered initials of the name after it
        (
            "Links between the ministry and the Army’s Air Force-Air Defence Unit (ADAFU) grew.",
            ("ADAFU", "Air Force-Air Defence Unit"),
        ),
    ],
)
def test_long_form_boundaries(text: str, expected: tuple[str, str]) -> None:
    assert expected in acronyms(text)


def test_a_literal_meaning_inside_a_label_is_read_with_the_label() -> None:
    # The labelled form holds a spaced hyphen; the literal meaning after it glosses the whole form,
    # and its article is the sentence's.
    entries = mine_documents(
        [
            doc(
                "The Southern Food and Drinks Group (Vietnamese: Tổng Công ty Thực phẩm - Đồ uống Miền Nam, "
                "lit. 'the South Food - Beverage Corporation') sells rice."
            )
        ]
    ).entries
    group = next(e for e in entries if e.vi == "Tổng Công ty Thực phẩm - Đồ uống Miền Nam")
    assert "South Food - Beverage Corporation" in group.forms()
    assert "the South Food - Beverage Corporation" not in group.forms()
    assert not any(e.vi == "Đồ uống Miền Nam" for e in entries)


def test_a_person_and_an_office_in_parentheses_are_no_gloss() -> None:
    entries = mine_documents([doc("Key people | Maj. Gen. Hà Đức Minh (Chairman & CEO) |")]).entries
    assert not any(e.en == "Chairman & CEO" for e in entries)
    # a Vietnamese office word glossed by the English one is still a pair
    assert ("chủ tịch", "chairman") in pairs("The chủ tịch (chairman) came.")


def test_a_count_opening_a_list_item_is_no_part_of_the_gloss() -> None:
    assert ("bột gạo", "rice flour") in {
        (e.vi, e.en)
        for e in mine_documents([doc("Mix sugar, two cups rice flour (bột gạo), and water.")]).entries
    }


def test_where_a_place_is_today_is_no_gloss() -> None:
    entries = mine_documents([doc("The court moved to Phú Xuân (modern-day Hue) in 1687.")]).entries
    assert not any(e.en == "modern-day Hue" for e in entries)


def test_a_lone_lower_case_vietnamese_word_after_called() -> None:
    assert ("nem", "fried spring rolls") in pairs("Guests ordered the fried spring rolls called nem.")
    # a capitalised word may be anyone's name
    assert not any(vi == "Tam" for vi, _ in pairs("He met a young fisherman called Tam."))


def test_a_name_with_an_english_head_after_called_is_no_gloss() -> None:
    assert not any(
        vi == "Phù Lãng" for vi, _ in pairs("It makes a style of pottery called Phù Lãng Stoneware.")
    )


def test_a_vietnamese_word_glued_to_the_english_word_before_it() -> None:
    # Mirrors drop the space around links: the seam is sure where an English word meets a syllable
    # with Vietnamese letters.
    entries = mine_documents([doc("Street cooks servebánh cuốn (steamed rice rolls) at dawn.")]).entries
    assert ("bánh cuốn", "steamed rice rolls") in {(e.vi, e.en) for e in entries}


def test_a_literal_meaning_word_by_word() -> None:
    entries = mine_documents([doc("Cửa Lò (literally: cửa is door and lò is kiln) is a beach town.")]).entries
    found = {(e.vi, e.en) for e in entries}
    assert {("cửa", "door"), ("lò", "kiln")} <= found
    assert not any(e.en and " is " in e.en for e in entries)


def test_a_plural_possessive_inside_the_english_side() -> None:
    text = "Crowds fill the Trưng Sisters' Temple Fair (Hội đền Hai Bà Trưng) each March."
    entries = mine_documents([doc(text)]).entries
    assert ("Hội đền Hai Bà Trưng", "Trưng Sisters' Temple Fair") in {(e.vi, e.en) for e in entries}


def test_an_english_label_after_the_vietnamese_form() -> None:
    entries = mine_documents([doc("The Nam tiến (English: March to the South) lasted centuries.")]).entries
    assert ("Nam tiến", "March to the South") in {(e.vi, e.en) for e in entries}


def test_a_vietnamese_name_keeping_the_english_names_brand() -> None:
    entries = mine_documents([doc("The firm, trading as Lotus Group (Tập đoàn Lotus), is large.")]).entries
    assert ("Tập đoàn Lotus", "Lotus Group") in {(e.vi, e.en) for e in entries}
    # a brand the English side does not write is no reason to read the parenthesis as Vietnamese
    entries = mine_documents([doc("The firm Lotus Group (Tập đoàn Mekong) is large.")]).entries
    assert not any(e.vi == "Tập đoàn Mekong" for e in entries)


def test_an_article_after_a_word_that_joins_no_title_opens_the_english_name() -> None:
    text = "Visit the Temple of the Kings (Đền Vua) at dawn."
    entries = mine_documents([doc(text)]).entries
    assert ("Đền Vua", "Temple of the Kings") in {(e.vi, e.en) for e in entries}


def test_a_glossed_name_takes_the_kind_its_english_head_says() -> None:
    # "Dinh" may open a person's name; the English head says this is a palace.
    entries = mine_documents([doc("Tourists tour the Independence Palace (Dinh Độc Lập) daily.")]).entries
    palace = next(e for e in entries if e.vi == "Dinh Độc Lập")
    assert palace.kind is Kind.PLACE and palace.en == "Independence Palace"
    assert not any(e.kind is Kind.PERSON for e in entries)


def test_a_term_then_or_and_its_rendering_between_commas() -> None:
    assert ("Chả cá", "grilled fish") in pairs("Chả cá, or grilled fish, is served with dill.")
    # a name before ", or" is no term
    assert not any(vi == "Hà Nội" for vi, _ in pairs("Hà Nội, or the capital, is busy."))


def test_a_transcription_gives_no_untranslated_words() -> None:
    entries = mine_documents([doc("Chè (/tʃɛ/; Vietnamese: [cɛ̂ː mî]) is a sweet soup.")]).entries
    assert not any(e.vi == "mî" for e in entries)


def test_a_function_word_glued_to_the_english_side() -> None:
    # Mirrors drop the space before a link: "andpenaeid"; a word that starts like a function word
    # but is English ("forest") is left whole.
    entries = mine_documents([doc("Cooks add pork andsaltwater shrimp (tôm biển) to the soup.")]).entries
    assert ("tôm biển", "saltwater shrimp") in {(e.vi, e.en) for e in entries}
    entries = mine_documents([doc("Cooks add the forest mushrooms (nấm rừng) now.")]).entries
    assert ("nấm rừng", "forest mushrooms") in {(e.vi, e.en) for e in entries}
