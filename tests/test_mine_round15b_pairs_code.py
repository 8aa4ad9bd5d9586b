"""Round 15b: the gloss-pair code split into modules named for what they do, with one definition
of the script and transcription patterns (glossary/mine/script_patterns.py). The identity of the
split is checked on the corpus by bench.mine_same_output (docs/miner.md, "Round 15b: pairs code");
these tests hold the shared patterns, what their one definition changed (a transcription written
with tone letters only is no rendering), and the modules' size, on text written for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.mine import (
    align_english,
    align_links,
    align_spans,
    aligner,
    en_phrases,
    gloss_evidence,
    gloss_side,
    lead,
    paren_inside,
    paren_sides,
    parentheses,
    phrases,
    script_patterns,
    vi_runs,
)
from glossary.mine.script_patterns import HAN, IPA, IPA_PART
from tests.mine_helpers import pairs


@pytest.mark.parametrize(
    ("segment", "transcription"),
    [
        ("fə˧˩", True),  # tone letters only besides plain letters
        ("ɓa˧˥ kuon˧˥", True),  # an IPA letter
        ("/fɜː/", True),  # a length mark
        ("[soj]", True),  # all of it in brackets
        ("steamed rice rolls", False),
        ("phở bò", False),  # Vietnamese letters are no IPA
    ],
)
def test_ipa_tells_a_transcription(segment: str, transcription: bool) -> None:
    assert bool(IPA.search(segment)) is transcription


@pytest.mark.parametrize(
    ("text", "han"),
    [("文廟", True), ("\u3400", True), ("\uf900", True), ("Văn Miếu", False), ("ɓa˧˥", False)],
)
def test_han_covers_the_three_blocks(text: str, han: bool) -> None:
    assert bool(HAN.search(text)) is han


def test_ipa_part_is_a_bracketed_or_slashed_transcription() -> None:
    assert IPA_PART.sub("", "Hà Nội [haː˨˩ noj˧˨ʔ] /hanoi/").split() == ["Hà", "Nội"]


def test_the_readers_share_the_one_definition() -> None:
    # The aligner and the parenthesis reader ask the same patterns (no copy of their own).
    assert align_english.IPA is script_patterns.IPA and align_english.HAN is script_patterns.HAN
    assert paren_inside.IPA is script_patterns.IPA and paren_inside.IPA_PART is script_patterns.IPA_PART


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A transcription of plain letters and tone letters between the term and its meaning cue
        # is passed over; the quotation after the cue is the rendering, not the transcription.
        ('The word xôi (soj˧˧), meaning "sticky rice", is old.', ("xôi", "sticky rice")),
        ('They cook com tam (kom˧˧ tam˧˥), meaning "broken rice", daily.', ("com tam", "broken rice")),
        # A transcription segment before the rendering inside the parenthesis, read as before.
        ("Hue is famous for bún bò (bun˧˧ bo˨˩, beef noodle soup) and more.", ("bún bò", "beef noodle soup")),
    ],
)
def test_a_tone_letter_transcription_is_no_rendering(text: str, pair: tuple[str, str]) -> None:
    found = pairs(text)
    assert pair in found
    assert not any("˧" in en for _, en in found)


def test_the_gloss_pair_modules_stay_small() -> None:
    # STYLE: small modules named for what they do; the split keeps each under about 500 lines.
    modules = (aligner, align_links, align_spans, align_english, parentheses, paren_inside, paren_sides)
    modules += (phrases, gloss_side, vi_runs, en_phrases, gloss_evidence, lead, script_patterns)
    for module in modules:
        assert len(Path(module.__file__).read_text(encoding="utf-8").splitlines()) <= 500, module.__name__
