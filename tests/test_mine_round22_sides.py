"""Round 22: a gloss side's extent (blind17 ANALYSIS.md cause B): the clause after a meaning cue
leaves out a determiner "a certain" as it leaves out the article, never ends on a preposition or an
article where the word cap cuts it, and a quoted side runs past an apostrophe inside a word."""

from __future__ import annotations

import pytest

from glossary.mine.cue_grammar import meaning_before
from glossary.mine.en_phrases import en_phrase_forward
from tests.mine_helpers import mine


def _pairs(text: str) -> set[tuple[str, str]]:
    """The (Vietnamese, English) pairs of the entries the whole miner makes of text."""
    return {(e.vi, e.en) for e in mine(text) if e.vi and e.en}


def _forward(clause: str) -> str | None:
    phrase = en_phrase_forward(clause, 0, len(clause))
    return None if phrase is None else phrase.text


@pytest.mark.parametrize(
    ("clause", "side"),
    [
        # "a certain" is a determiner: left out and counted as the article alone.
        (" a certain loose type of garment worn in the south.", "loose type of garment"),
        # The cap cuts before "of": the preposition is not kept at the end.
        (" a thin crisp pancake of rice flour.", "a thin crisp pancake"),
        (" the big open market for farmers.", "the big open market"),
        # "certain" as an adjective after no article stays.
        (" certain death for the crew.", "certain death for the crew"),
        # Short clauses as before.
        (" a type of cloth.", "a type of cloth"),
        # Quotations: an apostrophe between letters does not close them.
        (' "the farmer\'s broken rice" here', "the farmer's broken rice"),
        (" “the Lord’s house”.", "the Lord’s house"),
        (" 'fish sauce' here", "fish sauce"),
        (' "big bun".', "big bun"),
    ],
)
def test_forward_side(clause: str, side: str) -> None:
    assert _forward(clause) == side


def test_a_certain_side_pairs_its_noun_phrase() -> None:
    pairs = _pairs("Áo dài also translates to a certain loose type of garment worn in the south.\n")
    assert pairs == {("Áo dài", "loose type of garment")}


def test_quoted_possessive_side_is_whole() -> None:
    pairs = _pairs('Cơm tấm translates to "the farmer\'s broken rice".\n')
    assert pairs == {("Cơm tấm", "farmer's broken rice")}


def test_cap_before_preposition_leaves_it_out() -> None:
    pairs = _pairs("Bánh tráng translates to a thin dry sheet of rice paper.\n")
    assert pairs == {("Bánh tráng", "thin dry sheet")}


def test_a_certain_after_a_cue_keeps_the_cue() -> None:
    text = "Áo dài translates to a certain loose type of garment."
    assert meaning_before(text, text.index("loose"))
    assert not meaning_before("He owns a certain loose garment.", len("He owns a certain "))
