"""Round 27, naming cues: "known <prepositional phrase> as" and "known by the <words> name" (the cue
grammar's known_as), a page's subject that its lead sentence calls a place bearing a kindless
naming cue, a lower-case noun's apposition ("the line of kings, collectively known as X"), a name
used as a class's modifier ("also known as X people"), and a lead name holding "for". Texts
written for these tests; none is a corpus sentence."""

from __future__ import annotations

import re

import pytest

from glossary.mine.cue_grammar import known_as, names_a_class
from glossary.mine.lead import lead_subject
from tests.mine_helpers import linked, pairs


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # A prepositional phrase between "known" and "as": an article, an adjective, a noun.
        (
            "Đồng Hới, once known to the old French traders as Dong Hoi Fort, is a city.",
            "Đồng Hới",
            "Dong Hoi Fort",
        ),
        ("Quy Nhơn, formerly known in the colonial era as Cha Ban, is a city.", "Quy Nhơn", "Cha Ban"),
        # "known by the <two words> name": more than one word before "name".
        ("Phan Thiết, also known by the old Cham name Hamu Lithit, is a city.", "Phan Thiết", "Hamu Lithit"),
        # The page's subject is a place by its lead sentence alone (no gazetteer entry, no head word).
        (
            "Bauxa\n\nBauxa is the largest town of the valley. Bauxa was originally known as Ke Bau.",
            "Bauxa",
            "Ke Bau",
        ),
    ],
)
def test_a_naming_cue_links_its_names(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # A lower-case noun right before the comma owns the apposition, not the person named before.
        (
            "Đinh Bộ Lĩnh had four sons, the founders of local clans, collectively known as Lạc Tướng Văn.",
            "Đinh Bộ Lĩnh",
            "Lạc Tướng Văn",
        ),
        # A name given as a modifier of a class noun is no other name of the bearer.
        (
            "Mường people (Vietnamese: người Mường) in Laos, also known as Mọi people, farm rice.",
            "Laos",
            "Mọi",
        ),
        # The page's subject is no place by its lead: the kindless cue still links nothing.
        (
            "Bauxa\n\nBauxa is the largest festival of the valley. Bauxa was originally known as Ke Bau.",
            "Bauxa",
            "Ke Bau",
        ),
    ],
)
def test_no_link_for_another_bearer(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


def test_a_clause_of_its_own_verb_keeps_the_subject() -> None:
    # "becoming known as" opens the subject's own clause, not a noun's apposition.
    text = "Lê Lợi drove out the invaders and took the throne, becoming known as Lê Thái Tổ."
    assert linked(text, "Lê Lợi", "Lê Thái Tổ")


def test_a_known_as_pair_before_a_class_noun_is_no_pair() -> None:
    text = "They cast the Heger type gongs, also known as Lò Vôi gongs, in bronze."
    assert not any(vi.lower() == "lò vôi" for vi, _ in pairs(text))


@pytest.mark.parametrize(
    ("cue", "reads"),
    [
        ("known in the Western world as", True),
        ("known to the French as", True),
        ("known publicly as", True),
        ("known as", True),
        ("known for its silk as", False),  # "for" is no preposition of the list
        ("known in, as", False),  # no word of the phrase
    ],
)
def test_known_as_reads_a_prepositional_phrase(cue: str, reads: bool) -> None:
    assert (re.fullmatch(known_as(), cue) is not None) is reads


@pytest.mark.parametrize(
    ("after", "class_noun"),
    [
        (" drums, found in China", True),
        (" people.", True),
        (" floods every year", False),  # the sentence's verb: words follow it
        (" until 1831", False),  # a function word
        (" today", False),  # an adverb of time
        (" officially", False),  # an "-ly" adverb
        (", a city", False),  # punctuation
    ],
)
def test_names_a_class(after: str, class_noun: bool) -> None:
    text = "X" + after
    assert names_a_class(text, 1) is class_noun


def test_a_lead_name_may_hold_for() -> None:
    text = "The League for Reform of Annam (Hội Cải cách An Nam), was a body founded in 1920."
    assert lead_subject(text) == "League for Reform of Annam"
