"""Round 30 (helper r30cues, blind24 analysis): naming cues that stayed silent. Texts written here.

- a pronoun subject after an opening phrase with the "known" phrase of cue_grammar.known_as
  ("Later, it was known to sailors as ..."): subject_names' pronoun cue had its own narrower copy.
- BK: a rank of nobility opening the left side of "better known as" ("Marquis X, better known as Y").
- NK: a headed subject with a lower-case head and an aside clause before "is often called".
- AL: a hedge word between a naming noun and its name ("real name reportedly X").
- PT: "X was the posthumous title of Y".
"""

from __future__ import annotations

from tests.mine_helpers import has_form, linked

# --- pronoun subject after an opening phrase ---------------------------------------------------

PLACE = "Cao Lãnh is a city in southern Vietnam. "


def test_it_known_to_people_as_after_an_opening_phrase() -> None:
    text = PLACE + 'In colonial times, it was known to French sailors as the "Lotus Port".'
    assert linked(text, "Cao Lãnh", "Lotus Port")


def test_it_known_in_a_language_as_after_an_opening_phrase() -> None:
    text = PLACE + "Before 1975, it was known in French as Caolanh Ville."
    assert linked(text, "Cao Lãnh", "Caolanh Ville")


def test_it_without_a_comma_speaks_of_the_sentence_before() -> None:
    # "it" run on from words without a comma stands for what the sentence before spoke of.
    text = PLACE + "The market grew. Because of this it was known to traders as the Lotus Port."
    assert not linked(text, "Cao Lãnh", "Lotus Port")


# --- BK: a rank of nobility opening the left side of a naming cue ---------------------------------


def test_rank_led_title_name_better_known_as() -> None:
    text = "Duke Minh Đức, better known as Phạm Văn Lộc, was a general of the Lê dynasty."
    assert linked(text, "Duke Minh Đức", "Phạm Văn Lộc")


def test_rank_led_title_name_mid_text() -> None:
    text = (
        "Phạm Văn Lộc was a general. In the war of 1420, Marquis Minh Đức, also known as Phạm Văn Lộc, "
        "led the river fleet."
    )
    assert linked(text, "Marquis Minh Đức", "Phạm Văn Lộc")


def test_an_office_is_no_rank_of_nobility() -> None:
    # An office and a name ("General X") stays a title form, not a title name of its own.
    from glossary.mine.name_spans import rank_name

    assert rank_name("Marquis Minh Đức")
    assert not rank_name("General Minh Đức")
    assert not rank_name("Duke Street")


# --- NK: a headed subject with an aside before "is often called" --------------------------------


def test_headed_subject_with_an_aside_is_often_called() -> None:
    text = (
        "Lào Cai province is a province of Vietnam. Lào Cai province, because of its many peaks, "
        'is often called the "Roof of the North".'
    )
    assert linked(text, "Lào Cai province", "Roof of the North")


def test_headed_subject_takes_its_head_on_the_other_name() -> None:
    text = "The Ba Bể lake is a lake in Vietnam. The Ba Bể lake is also known as the Ba Be Tam lake."
    assert linked(text, "Ba Bể lake", "Ba Be Tam lake")


def test_a_noun_with_a_head_word_is_no_headed_name() -> None:
    # "The city" stands for a name; it is no name with a lower-case head.
    text = "Điện Biên Phủ is a city in Vietnam. The city was formerly called Mường Thanh."
    assert not has_form(text, "city")


# --- AL: a hedge word between a naming noun and its name ----------------------------------------


def test_real_name_with_a_hedge_in_the_apposition() -> None:
    text = "Lê Văn Hưu (1230–1322), real name reportedly Lê Văn Thịnh, was a historian."
    assert linked(text, "Lê Văn Hưu", "Lê Văn Thịnh")


def test_possessive_real_name_with_a_hedge() -> None:
    text = "Lê Văn Hưu (1230–1322) was a historian. His real name was possibly Lê Văn Thịnh."
    assert linked(text, "Lê Văn Hưu", "Lê Văn Thịnh")


def test_the_hedge_is_optional() -> None:
    from glossary.mine.cue_grammar import hedge

    assert hedge().endswith(")?")  # optional: the cue reads as before without one


# --- PT: "X was the posthumous title of Y" -------------------------------------------------------


def test_posthumous_title_of_after_the_names_asides() -> None:
    text = "Trần Nhân Vương (1250–1300) was the posthumous title of Trần Văn Khâm, a king of Vietnam."
    assert linked(text, "Trần Nhân Vương", "Trần Văn Khâm")


def test_temple_title_in_a_copula() -> None:
    text = "Trần Văn Khâm was a king of Vietnam. His temple title was Nhân Vương."
    assert linked(text, "Trần Văn Khâm", "Nhân Vương")


def test_a_title_alone_is_no_naming_noun() -> None:
    # "title" without a ruler's word before it is a rank or a work's title.
    text = "Trần Văn Khâm was a writer. Trần Văn Khâm's title was Bình Minh."
    assert not linked(text, "Trần Văn Khâm", "Bình Minh")
