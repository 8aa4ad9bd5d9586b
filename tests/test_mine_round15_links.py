"""Round 15: name-variant links from general evidence (docs/miner.md, "Round 15: links"), on
sentences written for these tests: a bare place name the text writes only inside longer forms is no
form; "(today's Y)" gives a place's present name; a country's official name joins its short name only
where a sentence writes both; a box's field label is no part of a name; a Vietnamese syllable is no
English head word; a person's other names after a naming cue, by the names' shape."""

from __future__ import annotations

from glossary.mine.form_tidy import tidy_forms
from glossary.mine.mentions import Mention
from glossary.mine.names.words import head_kind
from glossary.mine.person_aliases import extract_person_aliases
from glossary.model import Kind
from tests.mine_helpers import doc, has_form, linked, mine

# A river whose two names are each written only with "sông" or "River".
BOUND = (
    "Kỳ Cùng River or Bằng Giang River (Sông Kỳ Cùng or sông Bằng Giang) flows north into China. "
    "The Kỳ Cùng River is 243 km long.\n"
)
# The same names, one of them also written alone.
ALONE = "Kỳ Cùng River (sông Kỳ Cùng) flows north. Kỳ Cùng is the only river here that does so.\n"


def test_a_bare_name_written_only_inside_longer_forms_is_no_form() -> None:
    assert linked(BOUND, "Kỳ Cùng River", "Sông Kỳ Cùng")
    assert not has_form(BOUND, "Kỳ Cùng")
    assert not has_form(BOUND, "Bằng Giang")


def test_a_bare_name_written_alone_once_stays() -> None:
    assert has_form(ALONE, "Kỳ Cùng")


def test_todays_name_in_parentheses_is_the_present_name() -> None:
    text = "In 1687 the lords moved their seat to Phú Xuân (today's Huế ) on the river.\n"
    assert linked(text, "Phú Xuân", "Huế")


STATED = "Vietnam, officially the Socialist Republic of Vietnam, is a country in Southeast Asia.\n"
APART = (
    "Socialist Republic of Vietnam\n\n"
    "The songs were written during the Vietnam War and banned by the Republic of Vietnam. "
    "Later the Socialist Republic of Vietnam allowed them. Many of the singers had left Vietnam.\n"
)


def test_a_country_official_name_joins_its_short_name_where_both_are_written() -> None:
    assert linked(STATED, "Socialist Republic of Vietnam", "Vietnam")


def test_a_country_official_name_alone_keeps_apart() -> None:
    # "Vietnam War" and "Republic of Vietnam" write the country's short name inside other names.
    assert not linked(APART, "Socialist Republic of Vietnam", "Vietnam")


def test_a_lower_case_field_label_is_no_part_of_the_name() -> None:
    mention = Mention(Kind.PLACE, en="conventional long form: Kingdom   of Thailand", vi="Thái Lan")
    tidy_forms([mention])
    assert mention.en == "Kingdom of Thailand"
    kept = Mention(Kind.TERM, en="Note: see below", vi="Ghi chú")
    tidy_forms([kept])
    assert kept.en == "Note: see below"  # a label in capitals is no field label of a box's value


def test_a_vietnamese_syllable_is_no_english_head_word() -> None:
    assert head_kind("Nguyễn Phúc Đảm") is None  # "Đảm" folds to the English "dam"
    assert head_kind("Hòa Bình Dam") == "place"


def _aliases(text: str) -> set[tuple[str, str]]:
    return {(m.vi or m.en, m.variants[0][0]) for m in extract_person_aliases(doc(text))}


def test_pen_names_listed_after_a_pronoun_belong_to_the_page_subject() -> None:
    text = (
        "Đặng Văn Khiêm (1901 – 1950) was a Vietnamese writer.\n\n"
        "He signed his stories under the pseudonyms Thu Giang and Hoài Nhân.\n"
    )
    assert _aliases(text) == {("Đặng Văn Khiêm", "Thu Giang"), ("Đặng Văn Khiêm", "Hoài Nhân")}
    assert linked(text, "Thu Giang", "Hoài Nhân")


def test_a_birth_name_after_a_date_and_a_chain_of_names() -> None:
    born = "Đặng Văn Khiêm (born March 3, 1901 as Đặng Văn Khoa in Huế) was a writer.\n"
    assert ("Đặng Văn Khiêm", "Đặng Văn Khoa") in _aliases(born)
    chain = (
        "In 1925 a teacher born Phạm Văn Lộc — then using the pseudonym Lê Quang Vinh — "
        "but best known as Trần Minh Đức founded the league.\n"
    )
    assert linked(chain, "Phạm Văn Lộc", "Lê Quang Vinh")
    assert linked(chain, "Lê Quang Vinh", "Trần Minh Đức")


def test_a_copula_and_a_relative_clause_name_their_person() -> None:
    assert linked(
        "Historians note that Lê Văn Hưu is also known as Trần Văn Hưu.\n", "Lê Văn Hưu", "Trần Văn Hưu"
    )
    text = "His mother, Mai Hương, who was renamed 'Đoàn Thục' upon her marriage, lived in Huế.\n"
    assert ("Mai Hương", "Đoàn Thục") in _aliases(text)


def test_a_noun_subject_a_possessive_or_a_place_links_no_person() -> None:
    # "the city was known as": the city's name, not the person's before it.
    assert not _aliases("The seat of Lê Văn Duyệt was in Gia Định, when the city was known as Phan Yên.\n")
    # "Nguyễn Văn Bình's wife, born ...": the wife's name, not his.
    assert not _aliases("Nguyễn Văn Bình's wife, born Trần Thị Lan, kept the house.\n")
    # A class after "called" without an adverb, an English word after the cue.
    assert not _aliases("Đặng Văn Khiêm joined a group called Tân Việt.\n")
    assert not _aliases("Đặng Văn Khiêm is also known as Teacher Khiêm.\n")


def test_a_plural_of_a_form_is_no_variant_and_no_kind() -> None:
    text = (
        "The Ngũ Hành Sơn (Vietnamese), also known in English as Marble Mountain, rises south of the city. "
        "Visitors climb the Marble Mountains by stairs.\n"
    )
    assert has_form(text, "Marble Mountain")
    assert not has_form(text, "Marble Mountains")
    rank = (
        "Senior colonel (Vietnamese: Đại tá) is a rank of the army.\n"
        "In 2020 there were 40 Senior Colonels in service.\n"
    )
    entries = [e for e in mine(rank) if "Senior colonel" in e.forms()]
    assert entries and all(e.kind is Kind.TERM for e in entries)
    assert not has_form(rank, "Senior Colonels")


def test_a_natural_feature_word_before_the_head_names_the_same_place() -> None:
    text = (
        "Rice grows across the Ba Lai River Delta, and fishermen work the coast.\n"
        "Most of the farmers of the Ba Lai Delta live on boats.\n"
    )
    assert linked(text, "Ba Lai River Delta", "Ba Lai Delta")
    # Another head before the head is another thing: a bridge's valley is no valley's bridge.
    other = "The Ba Lai River Bridge opened in 2002. The Ba Lai Bridge is older.\n"
    assert not linked(other, "Ba Lai River Bridge", "Ba Lai Bridge")


def test_a_quoted_epithet_of_the_page_subject() -> None:
    text = (
        "Đoàn Thị Điểm (1705 – 1748) was a Vietnamese poet.\n\n"
        'She was a scholar, and she is often dubbed "the Lady of the Conquest Song" by critics.\n'
    )
    assert linked(text, "Đoàn Thị Điểm", "Lady of the Conquest Song")
    # "a" before the quotation: a description, not a name.
    other = (
        "Đoàn Thị Điểm (1705 – 1748) was a Vietnamese poet.\n\n"
        'She was a scholar, and she is often dubbed a "Living Library" by critics.\n'
    )
    assert not has_form(other, "Living Library")
