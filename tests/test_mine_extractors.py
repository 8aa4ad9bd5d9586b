"""Each extractor on text written for these tests: glosses, acronyms, names, untranslated Vietnamese."""

from __future__ import annotations

import unicodedata

import pytest

from glossary.mine.acronyms import extract_acronyms
from glossary.mine.documents import Document, html_to_text
from glossary.mine.glosses import extract_glosses
from glossary.mine.names import extract_names
from glossary.mine.short_forms import best_long_form, is_short_form
from glossary.mine.untranslated import extract_untranslated
from glossary.model import Kind
from glossary.vietnamese import is_syllable, segment, vi_score


def doc(text: str) -> Document:
    return Document("t.txt", unicodedata.normalize("NFC", text))


def pairs(text: str) -> list[tuple[str, str]]:
    return [(m.vi, m.en) for m in extract_glosses(doc(text))]


# --- syllable model ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("nghiêng", True),  # the longest onset
        ("Quoc", True),  # qu onset, no diacritics
        ("khuya", True),  # triple nucleus
        ("người", True),  # ươi with a tone
        ("Renewal", False),  # English: no Vietnamese rhyme
        ("script", False),  # consonant cluster
        ("centre", False),  # c before e is never Vietnamese spelling
        ("Hanoi", False),  # two syllables written together
    ],
)
def test_syllable_shape(word: str, expected: bool) -> None:
    assert is_syllable(word) is expected


def test_vi_score_ranks_diacritics_over_plain_and_english() -> None:
    assert vi_score(["đổi", "mới"]) > vi_score(["Quoc", "ngu"]) > vi_score(["national", "script"])


def test_segment_splits_a_hashtag_into_syllables() -> None:
    assert segment("khongmotminh") == ["khong", "mot", "minh"]
    assert segment("SDGs") is None


# --- glosses ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vietnamese first, English in parentheses; the English clause before is not taken.
        ("after 40 years of đổi mới (Renewal), the country grew.", ("đổi mới", "Renewal")),
        # English first, Vietnamese in parentheses.
        ("the policy of Renewal (đổi mới) began in 1986.", ("đổi mới", "Renewal")),
        # A language label inside the parenthesis.
        (
            "the Imperial Citadel of Thang Long (Vietnamese: Hoàng thành Thăng Long) in Hanoi",
            ("Hoàng thành Thăng Long", "Imperial Citadel of Thang Long"),
        ),
        # Vietnamese without diacritics, told by syllable shape.
        ("The Quoc ngu (national script) replaced Chinese characters.", ("Quoc ngu", "national script")),
        # 'X, meaning "Y"'
        ('Locals eat phở, meaning "noodle soup", for breakfast.', ("phở", "noodle soup")),
        # 'X translates to "Y"'
        ('The word áo dài translates to "long dress".', ("áo dài", "long dress")),
        # 'known as X'
        ("the reform policy, known as Đổi Mới, started in 1986.", ("Đổi Mới", "reform policy")),
        # a dash gloss closed by another dash
        ("They sold bánh mì – Vietnamese sandwiches – at dawn.", ("bánh mì", "Vietnamese sandwiches")),
        # nested parentheses: the inner one stays part of the gloss
        ("They ate chè (sweet soup (dessert)) at night.", ("chè", "sweet soup (dessert)")),
        # a gloss split by a line break
        ("after 40 years of đổi mới\n(Renewal), it grew.", ("đổi mới", "Renewal")),
        # a quoted term
        ('He called it "thuận thiên" (living with nature).', ("thuận thiên", "living with nature")),
        # an appositive English name
        ("Families gather for Tết Nguyên Đán, the Lunar New Year.", ("Tết Nguyên Đán", "Lunar New Year")),
        # a quoted rendering whose short English words fit the syllable shape
        ('Fishers rest at vũng lặng, literally "quiet bay", each winter.', ("vũng lặng", "quiet bay")),
        # a quoted Vietnamese slogan holding a loanword
        (
            'A sign reading "Mua online, giao tận nhà", which translates to "Buy online, delivered home".',
            ("Mua online, giao tận nhà", "Buy online, delivered home"),
        ),
        # "a <class> known in Vietnamese as": the term is the name the appositive describes
        (
            'Stalls show the Clean Green Market (CGM) badge, a city scheme known in Vietnamese as "Chợ xanh'
            ' sạch", which rewards vendors.',
            ("Chợ xanh sạch", "Clean Green Market"),
        ),
        # the English side takes the proper name the Vietnamese side holds
        (
            "We walked to Tan Thanh fishing village (làng chài Tân Thành) at dawn.",
            ("làng chài Tân Thành", "Tan Thanh fishing village"),
        ),
    ],
)
def test_gloss_pairs(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


def test_gloss_in_nfd_input_is_found_in_nfc() -> None:
    text = unicodedata.normalize("NFD", "after years of đổi mới (Renewal), it grew.")
    assert pairs(text) == [("đổi mới", "Renewal")]


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony (Photo: VNA) was held.",  # photo credit
        "a member of the Executive Board (2021-2025).",  # a period
        "Vice-President of the Assembly (since November 2023).",  # since ...
        "Trinh Quoc Phu (centre) hands over a heron.",  # a name and its place in a photo
        "the city of Hanoi (/hɑːˈnɔɪ/) is old.",  # IPA
        "the Creative Cities Network (UCCN) grew.",  # an acronym, not a gloss
        "the storm (Typhoon No. 3) hit the coast.",  # English on both sides
        "Cần Thơ (VNA) – Farmers met on Monday.",  # a dateline's agency credit
        "They ate a soup known as canh chua at noon.",  # "a soup" is a class, not a rendering
    ],
)
def test_parentheses_that_are_not_glosses(text: str) -> None:
    assert pairs(text) == []


def test_slash_alternatives_are_one_term_with_a_variant() -> None:
    found = extract_glosses(doc("Both bánh mì/bánh mỳ spellings are seen."))
    assert [(m.vi, m.variants[0][0]) for m in found] == [("bánh mì", "bánh mỳ")]


def test_a_gloss_after_slash_alternatives_glosses_both() -> None:
    found = extract_glosses(doc("Vendors sell bánh bèo/banh beo (steamed rice cakes) at dawn."))
    gloss = next(m for m in found if m.en)
    assert (gloss.vi, gloss.en, [v for v, _ in gloss.variants]) == (
        "bánh bèo",
        "steamed rice cakes",
        ["banh beo"],
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Boats cross the Red River (sông Hồng) daily.", Kind.PLACE),  # generic word + name
        ("They sell the Old Quarter Highway (xa lộ Phố Cổ) maps.", Kind.PLACE),  # a two-word generic
        ("after 40 years of đổi mới (Renewal), it grew.", Kind.TERM),  # no generic: a term
    ],
)
def test_a_gloss_naming_a_place_is_a_place(text: str, kind: Kind) -> None:
    assert [m.kind for m in extract_glosses(doc(text))] == [kind]


# --- acronyms ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("the Sustainable Development Goals (SDGs) matter", "SDGs", "Sustainable Development Goals"),
        ("the Global Network of Learning Cities (GNLC) grew", "GNLC", "Global Network of Learning Cities"),
        (
            "the United Nations Educational, Scientific and Cultural Organisation (UNESCO) said",
            "UNESCO",
            "United Nations Educational, Scientific and Cultural Organisation",
        ),
        # reverse order
        (
            "UNESCO (United Nations Educational, Scientific and Cultural Organization) said",
            "UNESCO",
            "United Nations Educational, Scientific and Cultural Organization",
        ),
        # lower-case letters in the short form
        ("non-governmental organisations (NGOs) helped", "NGOs", "non-governmental organisations"),
        # an acronym whose letters are not all word initials
        ("the Ho Chi Minh City (HCMC) office", "HCMC", "Ho Chi Minh City"),
    ],
)
def test_acronym_definitions(text: str, short: str, long: str) -> None:
    found = [(m.abbr, m.en) for m in extract_acronyms(doc(text))]
    assert (short, long) in found


@pytest.mark.parametrize("candidate", ["Renewal", "2021-2025", "a", "Photo: VNA"])
def test_not_short_forms(candidate: str) -> None:
    assert not is_short_form(candidate)


def test_schwartz_hearst_needs_the_first_letter_at_a_word_start() -> None:
    assert best_long_form("GPE", "the Global Partnership for Education") == "Global Partnership for Education"
    assert best_long_form("XYZ", "nothing to see here") is None


# --- names -------------------------------------------------------------------------------------------


def names(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind.value, m.vi or m.en, ", ".join(v for v, _ in m.variants)) for m in extract_names(doc(text))
    ]


def test_title_is_a_variant_not_part_of_the_name() -> None:
    found = names("Party General Secretary and State President Tô Lâm met the press.")
    assert ("person", "Tô Lâm", "Party General Secretary and State President Tô Lâm") in found


def test_short_form_only_when_the_text_introduced_the_full_name() -> None:
    text = "Director-General Audrey Azoulay arrived. Azoulay said the visit mattered."
    assert ("person", "Audrey Azoulay", "Azoulay") in names(text)
    assert not any(kind == "person" for kind, *_ in names("Azoulay said the visit mattered."))


def test_name_at_the_start_of_a_sentence_loses_the_opening_word() -> None:
    text = "Commending Việt Nam's progress, she smiled. Her commending words were warm."
    assert ("place", "Việt Nam", "") in names(text)


def test_all_caps_headline_is_not_a_name() -> None:
    assert names("FOREIGN RELATION NEWS\n\nThe visit went well.") == []


def test_organisation_with_a_list_inside_and_a_nationality_before() -> None:
    found = names("the Vietnamese Ministry of Culture, Sports and Tourism hosted it.")
    assert ("organisation", "Ministry of Culture, Sports and Tourism", "") in found


def test_two_names_joined_by_and_stay_two() -> None:
    found = names("talks between Vietnam and France went well")
    assert ("place", "Vietnam", "") in found and ("place", "France", "") in found


def test_place_with_an_administrative_unit() -> None:
    assert ("place", "Quy Nhon Nam ward", "") in names("police of Quy Nhon Nam ward said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mid-sentence, a capital "An" is a name syllable, not the article
        ("Farmers in An Phu commune grow rice.", ("place", "An Phu commune", "")),
        # the photographer after an agency in a photo credit, even when a commune has the name
        ("Dancers rehearse. (Photo: VNS/Minh Đức)", ("person", "Minh Đức", "")),
        # the speaker after the verb of an inverted quotation
        ('"Prices fell," said Maria Lopez, an analyst.', ("person", "Maria Lopez", "")),
        # a full name the text later quotes by its last word
        (
            'Lars Jensen, an engineer from Denmark, checked it. "It holds," Jensen said.',
            ("person", "Lars Jensen", "Jensen"),
        ),
        # in "N of ...", N is the head: an organisation, though the last word is a place head
        (
            "The Vietnam Institute of Rivers and Islands said so.",
            ("organisation", "Vietnam Institute of Rivers and Islands", ""),
        ),
        # "Co" heads a company name only at its end
        ("Boats sail daily to Co To from the port.", ("place", "Co To", "")),
        # "X Town of <a place>" is a place, not a designation
        ("Lanterns light the Ancient Town of Hoi An at night.", ("place", "Ancient Town of Hoi An", "")),
        # place head words: archipelago, islet, theatre, highway
        ("Boats reach the Nam Du Archipelago.", ("place", "Nam Du Archipelago", "")),
        # a dateline in capitals ends before its dash; the sentence after it starts afresh
        ("DA NANG — When Lê Văn Tám arrived, the beach was full.", ("person", "Lê Văn Tám", "")),
        # a dateline in capitals whose first word spells an English word ("an", "can")
        ("**AN GIANG** — Farmers switched to shrimp.", ("place", "AN GIANG", "")),
        # a Vietnamese name before "area"
        ("Buses run to the Long Thanh area daily.", ("place", "Long Thanh", "")),
        # a village is a unit word
        ("Potters from Bau Truc village came.", ("place", "Bau Truc village", "")),
    ],
)
def test_names_in_context(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a place named with its head, then where it is: two names
        ("Tourists visit Trinh Nu Cave in Lan Ha Bay each day.", "Trinh Nu Cave in Lan Ha Bay"),
        # a function word after "of the X" is no noun X describes (CLDR has a city "Oral")
        ("a Handbook of the Oral and Written Traditions", "Oral"),
    ],
)
def test_names_not_found(text: str, absent: str) -> None:
    assert absent not in {name for _, name, _ in names(text)}


def test_a_place_before_in_is_cut_from_its_location() -> None:
    found = names("Tourists visit Trinh Nu Cave in Lan Ha Bay each day.")
    assert ("place", "Trinh Nu Cave", "") in found and ("place", "Lan Ha Bay", "") in found


def test_organisation_named_inside_a_title_and_the_person_after_it() -> None:
    found = names("signed by Chairwoman and CEO of the SOVICO Group Nguyen Thi Phuong Thao in Paris")
    assert ("organisation", "SOVICO Group", "") in found
    assert (
        "person",
        "Nguyen Thi Phuong Thao",
        "Chairwoman and CEO of the SOVICO Group Nguyen Thi Phuong Thao",
    ) in found


# --- untranslated ------------------------------------------------------------------------------------


def test_untranslated_vietnamese_and_hashtags() -> None:
    text = "Chú thích ảnh\n\nThe campaign used #khongmotminh and #SDGs and #love widely."
    found = [m.vi for m in extract_untranslated(doc(text), [])]
    assert found == ["Chú thích ảnh", "#khongmotminh"]


def test_untranslated_page_furniture_keeps_its_first_word() -> None:
    # A capitalised plain word opening a line opens the phrase; inside a sentence it is trimmed.
    text = "The port reopened.\n\n**Tin mới nhất:** more ships\nXem thêm\nThey saw phở."
    found = [m.vi for m in extract_untranslated(doc(text), [])]
    assert found == ["Tin mới nhất", "Xem thêm", "phở"]


def test_untranslated_skips_text_already_explained() -> None:
    text = "years of đổi mới (Renewal)"
    assert extract_untranslated(doc(text), [(9, 16)]) == []


def test_html_text_extraction() -> None:
    html = (
        "<html><head><title>x</title><script>var a=1;</script></head>"
        "<body><p>Tô Lâm</p><p>met</p></body></html>"
    )
    assert html_to_text(html) == "Tô Lâm\nmet\n"


def test_kinds_are_model_kinds() -> None:
    assert {m.kind for m in extract_names(doc("Vietnam and UNESCO"))} <= set(Kind)


# --- HTML page furniture -------------------------------------------------------------------------

_PAGE = """<html><head><title>Hue news</title></head><body>
<header class="site-header"><a href="/">Home</a> Thanh Nien Daily</header>
<nav><ul><li>Ha Noi<li>Da Nang<li>Sports</ul></nav>
<div id="cookie-banner"><p>We use cookies on Saigon Times pages. Accept</p></div>
<main><article><header><h1>Lanterns in Hội An</h1></header>
<p>Visitors to Hội An float lanterns on the Hoai River.<img src="a.png"></p>
<aside class="related">Related: Cat Ba Island reopens</aside>
<p>The Quảng Nam People's Committee runs the festival.</p></article></main>
<div role="contentinfo">Copyright Vietnam News Agency</div>
<footer><p>Contact Tuoi Tre Group</footer>
<p>After the footer, still text.</p>
</body></html>"""


def test_html_page_furniture_is_not_text() -> None:
    text = html_to_text(_PAGE)
    # The article, its own header included, is kept.
    assert "Lanterns in Hội An" in text and "Hoai River" in text and "People's Committee" in text
    # Navigation, the site header, the cookie banner, the aside and the footers are not.
    for furniture in ("Thanh Nien", "Da Nang", "cookies", "Cat Ba", "Copyright", "Tuoi Tre"):
        assert furniture not in text, furniture
    # An unclosed <p> inside the footer does not hide what follows it.
    assert "After the footer, still text." in text


def test_html_furniture_is_not_mined() -> None:
    found = {m.vi or m.en for m in extract_names(doc(html_to_text(_PAGE)))}
    assert "Hoai River" in found
    assert not found & {"Da Nang", "Cat Ba Island", "Vietnam News Agency", "Tuoi Tre Group"}
