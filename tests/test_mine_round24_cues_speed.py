"""Round 24 (speed of the cue grammar): the anchor tuples are built once, and the cached tuples are
exactly what the grammar's rules build (the uncached function is the oracle)."""

from __future__ import annotations

import pytest

from glossary.mine.cue_grammar import (
    NAMING_NOUNS,
    naming_copula_anchors,
    naming_noun_anchors,
    naming_noun_tails,
)


@pytest.mark.parametrize(
    "function",
    [
        naming_noun_anchors,  # the nouns' own literal scans
        naming_noun_tails,  # the nouns' last letters
        naming_copula_anchors,  # the copula's literal scans, asked for on every page by epithets
    ],
)
def test_cached_anchor_tuple_equals_a_fresh_build(function) -> None:
    first = function()
    assert function() is first  # built once
    assert function.__wrapped__() == first  # the same words as the rules build them


def test_copula_anchors_pair_every_tail_with_every_copula_verb() -> None:
    # Oracle written here from the docstring's rule, independent of the module's comprehension.
    tails = {"name"} | {noun[-4:] for noun in NAMING_NOUNS}
    expected = {f"{tail} {verb} " for tail in tails for verb in ("is", "was", "had")}
    assert set(naming_copula_anchors()) == expected
    assert len(naming_copula_anchors()) == len(expected)  # no anchor twice


def test_noun_anchors_find_every_naming_noun_in_each_spelling() -> None:
    anchors = naming_noun_anchors()
    for noun in NAMING_NOUNS:
        for spelling in {noun, noun.replace("-", " "), noun.replace("-", "")}:
            text = f"his {spelling} was"
            assert any(anchor in text for anchor in anchors), spelling

