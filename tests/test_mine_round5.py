"""Fifth round: the general causes the second blind part's analysis ranked, each on sentences
written for these tests (several wordings, with and without diacritics, positive and negative)."""

from __future__ import annotations

import pytest

from tests.mine_helpers import acronyms, doc, pairs

# --- parenthesis and cue boundaries ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wraps are made from bánh tráng (commonly known as rice paper) in the south.",
            ("bánh tráng", "rice paper"),
        ),
        ("Serve it with tương xào (also known as hoisin sauce) and herbs.", ("tương xào", "hoisin sauce")),
        (
            "We ate banh cuon (often called steamed rice rolls) for breakfast.",
            ("banh cuon", "steamed rice rolls"),
        ),
        (
            "The dish is chả giò (locally referred to as fried spring rolls) here.",
            ("chả giò", "fried spring rolls"),
        ),
    ],
)
def test_an_adverb_and_a_naming_cue_open_no_rendering(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The lord took the title Chúa Nguyễn ("Lord of the South", 1780–1802) then.',
            ("Chúa Nguyễn", "Lord of the South"),
        ),
        ("He was styled Đại Vương (Great King, 1771–1788) by his men.", ("Đại Vương", "Great King")),
        ("The office of Tể tướng (chancellor, c. 1400) was abolished.", ("Tể tướng", "chancellor")),
        ("Thăng Long (Ascending Dragon, 1010 to 1802) was the capital.", ("Thăng Long", "Ascending Dragon")),
    ],
)
def test_a_date_item_does_not_hide_the_rendering_beside_it(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The town of Sa Pa (20 km, north of the border) is cold.",
        "The poet Nguyễn Du (1765–1820) wrote it.",
        "The Hồ Tây walk (5 km, two hours) is pleasant.",
    ],
)
def test_measures_and_bare_dates_in_parentheses_stay_out(text: str) -> None:
    assert pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He was styled Nguyễn Vương ("Prince of Nguyễn") at first.', ("Nguyễn Vương", "Prince of Nguyễn")),
        ("He was styled Tây Sơn Vương (Prince of Tây Sơn) at first.", ("Tây Sơn Vương", "Prince of Tây Sơn")),
        ("The Kingdom of the Đại Việt (Nước Đại Việt) grew.", ("Nước Đại Việt", "Kingdom of the Đại Việt")),
    ],
)
def test_an_english_head_of_a_vietnamese_name_is_english(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


def test_a_vietnamese_name_with_of_inside_no_english_head_is_not_english() -> None:
    from glossary.mine.gloss_side import Phrase, is_en

    assert not is_en(Phrase("Ba of Thăng Long", 0, 0))  # a syllable head: not an English phrase
    assert not is_en(Phrase("Thăng Long", 0, 0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The sect of Cao Đài, literally the "Highest Tower", was founded.', ("Cao Đài", "Highest Tower")),
        ('Its name was Hồ Gươm, meaning the "Lake of the Sword".', ("Hồ Gươm", "Lake of the Sword")),
        ('Ao dai, literally a "long dress", is worn.', ("Ao dai", "long dress")),
    ],
)
def test_an_article_before_the_quoted_rendering_is_the_sentences(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Phở [fə̃ː], literally "noodle soup", is served hot.', ("Phở", "noodle soup")),
        (
            'Bún chả [ɓun˧˥ ca˧˩], meaning "noodles with grilled pork", came from Hanoi.',
            ("Bún chả", "noodles with grilled pork"),
        ),
        ('Huế[2], meaning "peace", is old.', ("Huế", "peace")),
        ('Bánh mì /ɓǎjŋ̟ mî/, literally "wheat cake", is sold everywhere.', ("Bánh mì", "wheat cake")),
    ],
)
def test_a_transcription_or_reference_before_the_cue_is_skipped(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


# --- acronyms defined outside "LONG (SF)" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doctors now offer pre-exposure prophylaxis, or PrEP (an oral pill), to many.",
            ("PrEP", "pre-exposure prophylaxis"),
        ),
        ("The Ministry of Health, or MOH, said so.", ("MOH", "Ministry of Health")),
        ("The story ran on Voice of America, or VOA.", ("VOA", "Voice of America")),
        (
            "Funding came from the NED [National Endowment for Democracy] last year.",
            ("NED", "National Endowment for Democracy"),
        ),
        ("He works for the World Health Organization [WHO] now.", ("WHO", "World Health Organization")),
        (
            "Amnesty International (also referred to as Amnesty or AI) said so.",
            ("AI", "Amnesty International"),
        ),
        ("The National Assembly (also known as NA) met.", ("NA", "National Assembly")),
        (
            "Aid came from the Food and Agriculture Organization, or FAO (a UN agency).",
            ("FAO", "Food and Agriculture Organization"),
        ),
    ],
)
def test_short_forms_defined_by_or_brackets_and_naming_cues(text: str, expected: tuple[str, str]) -> None:
    assert expected in acronyms(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was reported[1] by the press.",
        "We met the people, or RSF.",
        "The army [citation needed] won.",
        "Tea, or COFFEE, is served.",
        "The country (also known as Vietnam) grew.",
    ],
)
def test_no_short_form_without_its_long_form(text: str) -> None:
    assert acronyms(text) == set()


# --- other names of the page's subject ------------------------------------------------------------


def subject_names(text: str) -> set[tuple[str, str, str]]:
    from glossary.mine.subject_names import extract_subject_names

    found = extract_subject_names(doc(text))
    return {(m.kind.value, m.en or m.vi or "", other) for m in found for other, _ in m.variants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gia Long (Vietnamese: [zaː] (North); 1762 – 1820), "
            "born Nguyễn Phúc Ánh (阮福暎) or Nguyễn Ánh, was king.",
            {("person", "Gia Long", "Nguyễn Phúc Ánh"), ("person", "Gia Long", "Nguyễn Ánh")},
        ),
        (
            "Ho Chi Minh (1890–1969), born Nguyen Sinh Cung, was a leader.",
            {("person", "Ho Chi Minh", "Nguyen Sinh Cung")},
        ),
        (
            "Trần Hưng Đạo (c. 1228) was a general.\n\nHe was born as Trần Quốc Tuấn.",
            {("person", "Trần Hưng Đạo", "Trần Quốc Tuấn")},
        ),
        (
            "Long Biên Bridge (Cầu Long Biên) is a bridge. It was originally called Paul Doumer Bridge.",
            {("place", "Long Biên Bridge", "Paul Doumer Bridge")},
        ),
        ("Hoi An is a city.\n\nIt was once called Faifo by traders.", {("place", "Hoi An", "Faifo")}),
        (
            "Hue was the capital. The lords gave the city the name of Phu Xuan.",
            {("place", "Hue", "Phu Xuan")},
        ),
    ],
)
def test_other_names_of_the_pages_subject(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= subject_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lê Văn Duyệt was a general. He was born in 1763 in Quảng Ngãi.",
        "Bill Clinton, born July 4, was there.",
        "Nguyễn Du was a poet. He was named Minister of Rites.",
        "The festival is big. It was called Tet.",
        "Long Biên Bridge is old. It was named after Paul Doumer.",
        "Phan Bội Châu was a scholar. It was called Phan Bội Châu Street.",
    ],
)
def test_no_other_name_without_a_name_cue_and_a_matching_kind(text: str) -> None:
    assert subject_names(text) == set()


# --- infobox values with their rendering ----------------------------------------------------------


def boxed(text: str) -> set[tuple[str, str]]:
    from glossary.mine.infobox import extract_infobox

    return {(m.vi or "", m.en or "") for m in extract_infobox(doc(text)) if m.vi and m.en}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Motto: Dân là gốc[1] "The people are the root" | |||', ("Dân là gốc", "The people are the root")),
        ('Anthem: Tiến Quân Ca\n"Army March" (first verse)\nCapital: Hanoi', ("Tiến Quân Ca", "Army March")),
        ("- Slogan: Sẵn sàng “Always ready”", ("Sẵn sàng", "Always ready")),
        ('Motto: Độc lập – Tự do\n"Independence – Freedom"', ("Độc lập – Tự do", "Independence – Freedom")),
    ],
)
def test_an_infobox_value_with_its_quoted_rendering_is_a_pair(text: str, expected: tuple[str, str]) -> None:
    assert expected in boxed(text)


@pytest.mark.parametrize(
    "text",
    [
        'Quote: Hello "world"',  # no Vietnamese value
        'Anthem: Tiến Quân Ca\n"Tiến lên"',  # the quoted line is Vietnamese too
        'Motto: Doc lap "Independence"',  # no Vietnamese letters: might be any language
        "Capital: Hà Nội\nLargest city: Ho Chi Minh City",  # no quotation at all
    ],
)
def test_no_rendering_pair_without_a_quoted_english_rendering(text: str) -> None:
    assert boxed(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temple name\nThế Tổ ()\n\nGia Long (1762 – 1820) was king.", ("person", "Gia Long", "Thế Tổ")),
        (
            "Posthumous name\nKhai thiên Hoằng đạo Cao hoàng đế\n開天弘道\n\nGia Long (1762–1820) was king.",
            ("person", "Gia Long", "Khai thiên Hoằng đạo Cao hoàng đế"),
        ),
        (
            "Birth name: Nguyễn Sinh Cung[1]\n\nHồ Chí Minh (1890–1969) was a leader.",
            ("person", "Hồ Chí Minh", "Nguyễn Sinh Cung"),
        ),
        (
            "| Courtesy name: Nguyen Sinh Cung\nHo Chi Minh was a leader.",
            ("person", "Ho Chi Minh", "Nguyen Sinh Cung"),
        ),
    ],
)
def test_a_persons_name_fields_give_other_names(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in subject_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pen name\nThe Writer\nLê Văn A (1900–1950) was a writer.",  # an English value
        "Temple name: Thế Tổ\nHuế Citadel (Kinh thành Huế) is a fortress.",  # the subject is no person
        "Brand name: Vinamilk\nVinamilk (Công ty Sữa) is a company.",  # not a person's name field
    ],
)
def test_name_fields_give_no_other_name_of_something_else(text: str) -> None:
    assert subject_names(text) == set()


# --- the kind of a glossed name --------------------------------------------------------------------


def kinds(text: str) -> dict[str, str]:
    from glossary.mine import mine_documents

    entries = mine_documents([doc(text)]).entries
    return {e.vi or "": e.kind.value for e in entries if e.vi and e.en}


@pytest.mark.parametrize(
    ("text", "vi", "kind"),
    [
        (
            "The State of Vietnam (Vietnamese: Quốc gia Việt Nam) was proclaimed.",
            "Quốc gia Việt Nam",
            "place",
        ),
        ("The Kingdom of Champa (Vương quốc Chăm Pa) traded by sea.", "Vương quốc Chăm Pa", "place"),
        (
            "The Supreme People's Procuracy of Vietnam (Viện Kiểm sát Nhân dân Tối cao) prosecutes.",
            "Viện Kiểm sát Nhân dân Tối cao",
            "organisation",
        ),
        ("The Ministry of Health (Bộ Y tế) said so.", "Bộ Y tế", "organisation"),
    ],
)
def test_the_head_before_of_gives_the_kind(text: str, vi: str, kind: str) -> None:
    assert kinds(text).get(vi) == kind


def test_a_term_with_of_stays_a_term() -> None:
    assert kinds("They eat bánh cuốn (rolls of rice sheet) daily.").get("bánh cuốn") == "term"


# --- long Vietnamese runs --------------------------------------------------------------------------


def untranslated(text: str) -> list[str]:
    from glossary.mine.untranslated import extract_untranslated

    return [m.vi or "" for m in extract_untranslated(doc(text), [])]


@pytest.mark.parametrize(
    "text",
    [
        "His title was Khai thiên Hoằng đạo Lập kỷ Thùy thống Thần văn Thánh võ Tuấn đức Long công in full.",
        "The sign read cấm đỗ xe trước cửa nhà từ sáng đến tối mỗi ngày, they said.",
        "He wrote: tôi yêu quê hương tôi lắm và nhớ mẹ nhiều.",
    ],
)
def test_a_long_vietnamese_run_is_not_cut_into_windows(text: str) -> None:
    assert untranslated(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They sang hát ả đào at night.", ["hát ả đào"]),
        ("We ate bánh cuốn and then drank cà phê sữa đá outside.", ["bánh cuốn", "cà phê sữa đá"]),
    ],
)
def test_short_runs_are_still_candidates(text: str, expected: list[str]) -> None:
    assert untranslated(text) == expected


# --- the title / native name / translation stack ------------------------------------------------


def stacked(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    from glossary.mine.title_stack import extract_title_stack

    return {(m.vi or "", m.en or "", tuple(v for v, _ in m.variants)) for m in extract_title_stack(doc(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam News Agency\nThông tấn xã Việt Nam\nAgency overview\n",
            ("Thông tấn xã Việt Nam", "Vietnam News Agency", ()),
        ),
        (
            "Côn Sơn District\n\nHuyện Côn Đảo\nCôn Đảo Island District\nProvince: Bà Rịa",
            ("Huyện Côn Đảo", "Côn Đảo Island District", ("Côn Sơn District",)),
        ),
        (
            "Socialist Republic of Vietnam\nCộng hòa Xã hội chủ nghĩa Việt Nam\nMotto: ...",
            ("Cộng hòa Xã hội chủ nghĩa Việt Nam", "Socialist Republic of Vietnam", ()),
        ),
    ],
)
def test_a_title_line_and_the_native_name_under_it(
    text: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert expected in stacked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The weather today was fine and warm.\nCộng hòa Xã hội\n",  # a sentence, not a title
        "Ho Chi Minh City\nTôi yêu Sài Gòn lắm, bạn ơi.\n",  # a Vietnamese sentence, not a name
        "Research\n\nTự Đức Bảo Sao\nArticle obtained from Wikipedia",  # a one-word menu line
    ],
)
def test_no_stack_without_an_english_title_line_and_a_bare_native_name(text: str) -> None:
    assert stacked(text) == set()


def test_a_field_line_repeating_a_name_is_no_translation() -> None:
    found = stacked("Youth Union\nĐoàn Thanh niên Hồ Chí Minh\nLeader Ho Chi Minh")
    assert found == {("Đoàn Thanh niên Hồ Chí Minh", "Youth Union", ())}


# --- mirror noise around a form -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ho Chi Minh City (Vietnamese: Thành phố Hồ Chí Minh listen) is large.",
            ("Thành phố Hồ Chí Minh", "Ho Chi Minh City"),
        ),
        ("Hanoi (Vietnamese: Hà Nội [hàː nôjˀ] listen) is the capital.", ("Hà Nội", "Hanoi")),
        ("Hue (Vietnamese: Huế ⓘ) was the capital.", ("Huế", "Hue")),
    ],
)
def test_an_audio_link_label_is_no_part_of_the_form(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


def test_a_literal_line_break_tag_is_no_part_of_a_long_form() -> None:
    found = acronyms("A report by the UN High Commissioner for Refugees <br /> (UNHCR) said so.")
    assert found == {("UNHCR", "UN High Commissioner for Refugees")}
    assert acronyms("The Food and Agriculture Organization<br>(FAO) helps.") == {
        ("FAO", "Food and Agriculture Organization")
    }


# --- a naming cue inside a parenthesis of other names -----------------------------------------------


def linked(text: str) -> set[tuple[str, str]]:
    from glossary.mine import mine_documents

    entries = mine_documents([doc(text)]).entries
    return {(e.vi or e.en, v.form) for e in entries for v in e.variants}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then Trần Quốc Toản ( known as Trần Hưng Đạo ) led the army.", ("Trần Quốc Toản", "Trần Hưng Đạo")),
        (
            "Then Nguyễn Tất Thành (also known as Nguyễn Ái Quốc) left.",
            ("Nguyễn Tất Thành", "Nguyễn Ái Quốc"),
        ),
        (
            "Then Nguyen Tat Thanh (better known as Nguyen Ai Quoc) left.",
            ("Nguyen Tat Thanh", "Nguyen Ai Quoc"),
        ),
        ("Ho Chi Minh City (formerly called Saigon) is big.", ("Ho Chi Minh City", "Saigon")),
    ],
)
def test_a_naming_cue_inside_the_parenthesis_of_another_name(text: str, expected: tuple[str, str]) -> None:
    assert expected in linked(text)


def test_a_birthplace_in_parentheses_is_no_other_name() -> None:
    assert linked("Then Nguyễn Văn An (born Hà Nội) won.") == set()


# --- an English homograph inside a Vietnamese name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was printed by Nhà xuất bản Tự Do (Liberal Publishing House) in 2015.",
            ("Nhà xuất bản Tự Do", "Liberal Publishing House"),
        ),
        (
            "They met at Quảng trường Tự Do (Freedom Square) at noon.",
            ("Quảng trường Tự Do", "Freedom Square"),
        ),
    ],
)
def test_a_capitalised_homograph_after_a_vietnamese_word_is_vietnamese(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "We met at Hồ Tây. Do you know it (a lake)?",  # a sentence break between
        "The Vietnam Do (Vietnam Do) is fake.",  # no Vietnamese letters before
    ],
)
def test_a_homograph_without_a_vietnamese_neighbour_stays_english(text: str) -> None:
    assert pairs(text) == set()
