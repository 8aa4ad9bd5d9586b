"""Round 23, naming cues as a grammar: a naming noun in a copula sentence ("X's nickname was Y",
"Her pen name is Y"), a naming noun of its own before a name ("better known by pen-name Y"), a
naming verb's participle after an adverb ("posthumously titled Y"), a naming verb whose object is a
noun or a pronoun standing for a name ("called the place Y", "called him "Y""), and a person's name
with another person-name in parentheses ("X (Y)", "X (emperor Y)"). Texts written for these tests;
none is a corpus sentence."""

from __future__ import annotations

import re

import pytest

from glossary.mine.cue_grammar import inflections, naming_copula, naming_verb_forms
from glossary.mine.stated_names import extract_stated_names
from tests.mine_helpers import doc, linked, mine, pairs

_COPULA = re.compile(naming_copula(r"[A-ZÀ-ỸĐ]\w*"))


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("Bảo's nickname was ", True),  # a name's possessive
        ("His pen name is ", True),  # a possessive pronoun, a modified "name"
        ("her pen-name was ", True),  # the hyphen of the noun
        ("His royal temple name was ", True),  # one adjective before the noun
        ("Its nom de guerre was ", True),  # a naming noun of several words
        ("His name was ", False),  # "name" alone: no naming noun
        ("His father was ", False),  # no naming noun at all
    ],
)
def test_the_naming_copula(text: str, reads: bool) -> None:
    assert bool(_COPULA.match(text)) is reads


def test_a_naming_verb_is_written_in_all_its_forms() -> None:
    # "dub" doubles its consonant; "title" drops its e before "-ing".
    assert set(inflections("dub")) == {"dub", "dubs", "dubbed", "dubbing"}
    assert set(inflections("title")) == {"title", "titles", "titled", "titling"}
    assert re.fullmatch(naming_verb_forms(), "styled")


@pytest.mark.parametrize(
    "sentence",
    [
        "His pen name was Mây Chiều.",
        "Her pen name is Mây Chiều.",
        "His pseudonym was Mây Chiều.",
    ],
)
def test_a_pronoun_owner_is_the_page_subject(sentence: str) -> None:
    text = f"Nguyễn Hữu Lộc was a poet of the north. {sentence}\n"
    assert linked(text, "Nguyễn Hữu Lộc", "Mây Chiều")


def test_a_quoted_nickname_after_a_possessive_names_its_owner() -> None:
    text = 'Trần Văn Bảo was a general. Bảo\'s nickname was "the Iron Anvil" for his strength.\n'
    assert linked(text, "Trần Văn Bảo", "Iron Anvil")


@pytest.mark.parametrize(
    ("sentence", "reads"),
    [
        ("His given name was Bình Minh.", False),  # a given name in the Western sense
        ("His given name was Trần Bình Minh.", True),  # the family name repeated: another name
    ],
)
def test_a_given_name_must_repeat_the_family_name(sentence: str, reads: bool) -> None:
    text = f"Trần Văn Bảo was a general. {sentence}\n"
    assert bool(list(extract_stated_names(doc(text)))) is reads


def test_a_naming_noun_of_its_own_before_a_name() -> None:
    text = "Nguyễn Văn Khoa, better known by pen-name Mây Chiều, was a poet.\n"
    assert linked(text, "Nguyễn Văn Khoa", "Mây Chiều")


def test_a_naming_noun_with_its_name_in_apposition() -> None:
    text = "The party was founded by Trần Văn Bảo, best known by a later party-name, Lê Hồng Sơn.\n"
    assert linked(text, "Trần Văn Bảo", "Lê Hồng Sơn")


@pytest.mark.parametrize("verb", ["titled", "title", "styled", "named"])
def test_a_naming_participle_after_an_adverb(verb: str) -> None:
    text = f"Trần Văn Bảo (1901 – 1950), posthumously {verb} Trần Hưng Vũ, was the king of Đại Nam.\n"
    assert linked(text, "Trần Văn Bảo", "Trần Hưng Vũ")


def test_titled_without_an_adverb_is_a_works_title() -> None:
    text = "Trần Văn Bảo, titled Lê Hồng Sơn in the play, was a general.\n"
    assert not linked(text, "Trần Văn Bảo", "Lê Hồng Sơn")


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn Khoa (Mây Chiều) wrote many poems.\n",  # a pen name
        "His sons were Nguyễn Văn Khoa (emperor Mây Chiều) and others.\n",  # a ruler's title first
        "He rewarded Duke of Bình Lâm Nguyễn Văn Khoa (emperor Mây Chiều) at once.\n",  # a title before
    ],
)
def test_a_person_with_another_person_name_in_parentheses(text: str) -> None:
    assert linked(text, "Nguyễn Văn Khoa", "Mây Chiều")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Nguyễn Văn Khoa (Hà Nội) wrote many poems.\n", "Hà Nội"),  # a place, no person's name
        ("Nguyễn Văn Khoa (general Bình) fought.\n", "Bình"),  # one word: no person's name
        ("Nguyễn Văn Khoa (wrote Mây Chiều) and others.\n", "Mây Chiều"),  # a verb, no title
    ],
)
def test_what_a_parenthesis_after_a_person_does_not_alias(text: str, other: str) -> None:
    assert not linked(text, "Nguyễn Văn Khoa", other)


@pytest.mark.parametrize("verb", ["called the place", "named the city", "renamed the city"])
def test_a_naming_verb_with_a_place_noun_as_its_object(verb: str) -> None:
    text = f"Quy Nhơn is a coastal city. The traders who {verb} Pulo Tanjong came in 1600.\n"
    assert linked(text, "Quy Nhơn", "Pulo Tanjong")


def test_a_naming_verb_with_a_noun_that_names_no_place() -> None:
    text = "Quy Nhơn is a coastal city. The cooks who called the dish Pulo Tanjong came in 1600.\n"
    assert not linked(text, "Quy Nhơn", "Pulo Tanjong")


def test_a_quoted_name_after_a_naming_verb_and_an_object_pronoun() -> None:
    text = 'Trần Văn Bảo was a general. A rival called him "Smiley" for his grin.\n'
    assert linked(text, "Trần Văn Bảo", "Smiley")


def test_a_quoted_description_after_an_object_pronoun_is_no_name() -> None:
    text = 'Trần Thị Lan was a poet. A critic called her "one of the best" of her time.\n'
    assert not linked(text, "Trần Thị Lan", "one of the best")


def test_a_chained_copula_of_the_name_at_another_time() -> None:
    text = (
        "Trần Quang Khải was a general. His original name was Trần Văn Tú (陳文秀), the name after "
        "his marriage was Quang Khải (光啟).\n"
    )
    assert linked(text, "Trần Văn Tú", "Quang Khải")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Trần Văn Bảo, “Đi câu [Fishing]”, in a book of poems.\n", ("Đi câu", "Fishing")),
        (
            'The pork is served as in bánh hỏi thịt [lit. "fine noodles with meat"], and on rice.\n',
            ("bánh hỏi thịt", "fine noodles with meat"),
        ),
    ],
)
def test_a_spaced_square_bracket_is_read_as_a_gloss_parenthesis(text: str, pair: tuple[str, str]) -> None:
    assert pair in {(e.vi, e.en) for e in mine(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Lịch sử[edit] is a heading.\n",  # a wiki marker glued to the word
        'The anthem "Cờ sao trắng [vi]" was sung.\n',  # a language code
        "Cờ sao trắng [citation needed] was sung.\n",  # a maintenance marker
    ],
)
def test_a_bracket_that_holds_no_rendering_gives_no_pair(text: str) -> None:
    assert not any(e.vi and e.en for e in mine(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Bình Lâm is a province of the south.\n\n"
            'The province\'s name derives from Sino-Vietnamese 平林, meaning "peaceful forest."\n',
            ("Bình Lâm", "peaceful forest"),
        ),
        (
            "Chè bưởi is a sweet soup.\n\n"
            "It was first made by a cook, which the name of the dish would "
            'translate to "pomelo sweet soup".\n',
            ("Chè bưởi", "pomelo sweet soup"),
        ),
    ],
)
def test_a_naming_noun_standing_for_the_page_subject_takes_the_meaning(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(text)


def test_a_word_in_the_name_is_the_subject_not_the_name() -> None:
    # The quoted syllable is what "means" speaks of; the name itself is only where it stands.
    text = 'Bánh gối is a dumpling.\n\nThe "gối" in the food\'s name literally means "pillow".\n'
    assert ("Bánh gối", "pillow") not in pairs(text)
