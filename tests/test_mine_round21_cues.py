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
