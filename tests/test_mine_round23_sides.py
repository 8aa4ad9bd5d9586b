"""Round 23: gloss-pair sides and acronym precision (blind18 ANALYSIS.md §6 changes 4 and 6, plain
bugs 4 and 6): one determiner/classifier list for every side reader, a side that starts after a
naming participle, a nationality compound opening a side, no trailing comma in a Vietnamese side;
units after a number are no acronyms, a place's role in parentheses and two members of a list
joined by "or" are no pairs."""

from __future__ import annotations

import pytest

from glossary.mine.en_phrases import en_phrase_back
from glossary.mine.form_tidy import tidy_forms
from glossary.mine.gloss_side import ARTICLE
from glossary.mine.long_forms import long_form_before
from glossary.mine.mentions import Mention
from glossary.model import Kind
from tests.mine_helpers import acronyms, pairs


@pytest.mark.parametrize(
    ("side", "cut"),
    [
        ("a type of rice cake", "rice cake"),  # a classifier and "of" after an indefinite article
        ("a kind of fruit jam", "fruit jam"),
        ("An sort of pickle", "pickle"),  # any case, as the article
        ("a variety of rice", "rice"),
        ("a certain loose shirt", "loose shirt"),  # a determiner after an article
        ("the certain end", "end"),
        ("a rice cake", "rice cake"),  # the article alone, as before
        ("the type of roof", "type of roof"),  # a definite article says which type: only it goes
        ("type of roof", "type of roof"),  # no article, nothing cut
        ("a typeface", "typeface"),
    ],
)
def test_one_determiner_list(side: str, cut: str) -> None:
    assert ARTICLE.sub("", side) == cut


def test_classifier_cut_inside_a_parenthesis() -> None:
    found = pairs("At the fair she sold bánh bèo (a kind of steamed rice cake) every morning.\n")
    assert ("bánh bèo", "steamed rice cake") in found
    assert not any(en.startswith(("kind", "a kind")) for _, en in found)


def test_classifier_cut_after_a_meaning_cue() -> None:
    found = pairs("The word chè translates to a kind of sweet soup.\n")
    assert ("chè", "sweet soup") in found


def _back(text: str, most: int) -> str | None:
    end = text.index(" (")
    phrase = en_phrase_back(text, end, 0, most=most, bounded=True)
    return None if phrase is None else phrase.text


@pytest.mark.parametrize(
    ("text", "most", "side"),
    [
        # The name a naming participle gives is the side; what it names is the sentence's.
        (
            "The law set up new halls called district people's councils (hội đồng nhân dân huyện).",
            6,
            "district people's councils",
        ),
        ("They built a shrine named lotus pond hall (nhà thủy đình) there.", 4, "lotus pond hall"),
        # A participle that names nothing stays in the side.
        ("They ate boiled river snails (ốc luộc) at night.", 3, "boiled river snails"),
    ],
)
def test_side_starts_after_a_naming_participle(text: str, most: int, side: str) -> None:
    assert _back(text, most) == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # A compound of nationalities opening the sentence is a modifier of the side.
        ("Sino-Vietnamese readings (âm Hán Việt) are old.", "Sino-Vietnamese readings"),
        ("Franco-Vietnamese schools (trường Pháp Việt) opened.", "Franco-Vietnamese schools"),
        # Another hyphenated word that is no English word is left out, as before.
        ("Zhuang-style houses (nhà sàn) stand here.", "houses"),
    ],
)
def test_nationality_compound_opens_the_side(text: str, side: str) -> None:
    assert _back(text, 3) == side


def test_no_trailing_comma_in_a_vietnamese_side() -> None:
    mention = Mention(kind=Kind.TERM, vi="bánh chưng,", en="square cake", start=0, end=10)
    tidy_forms([mention])
    assert mention.vi == "bánh chưng"
    bare = Mention(kind=Kind.TERM, vi="bánh tét", en="log cake", start=0, end=10)
    tidy_forms([bare])
    assert bare.vi == "bánh tét"


@pytest.mark.parametrize(
    ("short", "before"),
    [
        ("MMT", "Exports reached 1.5 million metric tons"),
        ("TMT", "or 870 thousand metric tons"),
        ("ha", "a farm area of 300,000 hectares"),
        ("km", "a road of 12 kilometres"),
    ],
)
def test_unit_after_a_number_is_no_acronym(short: str, before: str) -> None:
    assert long_form_before(short, before) is None


def test_names_after_a_number_are_still_long_forms() -> None:
    found = long_form_before("FTA", "Vietnam signed 15 Free Trade Agreements")
    assert found is not None and found[0] == "Free Trade Agreements"
    assert acronyms("In 2020 the Ministry of Finance (MOF) met.\n") == {("MOF", "Ministry of Finance")}
    assert acronyms("Output was 2.1 million metric tons (MMT) last year.\n") == set()


def test_a_place_role_in_parentheses_is_no_rendering() -> None:
    # Made-up one-syllable names the gazetteer does not know: only the note stands beside them.
    assert pairs("Cities:\n- Danh (capital)\n- Tam (province)\n") == set()
    assert pairs("The towns are Minh (capital) and Thanh (city).\n") == set()
    # A rendering of a place is a name: it stays.
    assert ("Hồ Gươm", "Sword Lake") in pairs("They walked around Hồ Gươm (Sword Lake) at dusk.\n")


def test_two_members_of_a_list_joined_by_or_are_no_pair() -> None:
    assert pairs("They play instruments such as the flute or sáo at festivals.\n") == set()
    assert pairs("Bands use things like the gong or chiêng for rhythm.\n") == set()
