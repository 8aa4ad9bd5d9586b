"""Round 21, naming cues and their antecedents: the object pronoun of a naming verb ("and he named
it X") stands for the object of the verb the "and" coordinates with it; a meaning participle after
a copula's predicate noun ("X is a Sino-Vietnamese name, translating as ...") explains the copula's
subject; "referring to" is the participle of the "refers to" cue. Texts written for these tests;
none is a corpus sentence."""

from __future__ import annotations

import pytest

from tests.mine_helpers import linked, pairs


@pytest.mark.parametrize("verb", ["named it", "renamed it", "called it"])
def test_the_object_pronoun_stands_for_the_object_of_the_coordinated_verb(verb: str) -> None:
    text = (
        "Bình Lâm is a province of the south.\n\n"
        f"In 1650, Trần Quang seized Karuna from the old kingdom and he {verb} Bình Lâm in his honour.\n"
    )
    assert linked(text, "Karuna", "Bình Lâm")


def test_the_nearest_name_is_not_the_antecedent() -> None:
    # "Lạc Thành" is where the object went, not what was named.
    text = (
        "Bình Lâm is a province of the south.\n\n"
        "Trần Quang annexed Karuna into Lạc Thành and he named it Bình Lâm in 1650.\n"
    )
    assert not linked(text, "Lạc Thành", "Bình Lâm")


def test_the_noun_before_the_object_gives_the_kind() -> None:
    text = "The invaders took the walled city of Hồng Phúc in 1400 and renamed it Tây Kinh at once.\n"
    assert linked(text, "Hồng Phúc", "Tây Kinh")


def test_a_naming_verb_with_its_own_object_name_is_not_read_as_a_pronoun() -> None:
    text = "Trần Quang annexed Karuna into Lạc Thành and named the river Sông Mây in 1650.\n"
    assert not linked(text, "Karuna", "Sông Mây")


def test_a_meaning_participle_after_a_copula_predicate_explains_the_subject() -> None:
    text = 'Bình Lâm (written 平林) is a Sino-Vietnamese name, translating as "peaceful forest."\n'
    assert ("Bình Lâm", "peaceful forest") in pairs(text)


def test_referring_to_is_never_the_rendering_of_literally() -> None:
    text = "rừng mây is a Sino-Vietnamese phrase, literally referring to the clouded forest above the lake.\n"
    assert not any(en.lower().startswith("referring") for _, en in pairs(text))


def test_referring_to_reads_as_refers_to() -> None:
    assert ("Tấm", "broken rice") in pairs('The word Tấm, referring to "broken rice", is an old one.\n')


def test_a_definite_common_noun_before_a_naming_cue_is_no_rendering_of_the_name() -> None:
    # "the provincial capital" stands for a town the page names; "Bình Lâm" is its name.
    text = "Bình Lâm is a province of the south. The provincial town, also known as Bình Lâm, is apart.\n"
    assert ("Bình Lâm", "provincial town") not in pairs(text)


def test_a_lower_case_term_after_the_cue_is_still_rendered_by_the_noun() -> None:
    assert ("phở", "beef soup") in pairs("Hanoi is a city. The savory beef soup called phở is sold there.\n")


def test_an_ascii_word_the_page_writes_with_diacritics_is_the_vietnamese_side_of_refers_to() -> None:
    text = 'Bún cá is a soup of the north.\n\nA cook says, "Bun refers to the thin rice noodles, as always.\n'
    assert ("Bun", "thin rice noodles") in pairs(text)


def test_an_ascii_word_the_page_never_writes_with_diacritics_stays_english() -> None:
    text = 'Bread is a food of the north.\n\nA cook says, "Bun refers to the thin rice noodles, as always.\n'
    assert not any(vi == "Bun" for vi, _ in pairs(text))


@pytest.mark.parametrize(
    "sentence",
    [
        'Cá kho is a fish stew made from catfish called cá bông, sometimes called "Vietnamese stew."',
        "''Cá kho'' is a dish, a stew made from catfish called ''cá bông'', also called \"Vietnamese stew\".",
        'Cá kho is a fish stew, often called "Vietnamese stew".',
    ],
)
def test_a_naming_participle_after_the_copula_predicate_names_the_subject(sentence: str) -> None:
    assert ("Cá kho", "Vietnamese stew") in pairs(f"A page on food.\n\n{sentence}\n")


def test_the_term_an_inner_naming_cue_gave_is_not_named_again() -> None:
    text = 'Food.\n\nCá kho is a stew made from catfish called cá bông, also called "Vietnamese stew."\n'
    assert ("cá bông", "Vietnamese stew") not in pairs(text)


def test_a_definite_term_before_a_naming_cue_still_renders_a_term() -> None:
    # "Đổi Mới" is no place and "policy" no noun of a place or a body: the pair stands.
    assert ("Đổi Mới", "reform policy") in pairs("In 1986 the reform policy, known as Đổi Mới, started.\n")
