"""The checker's matching fold against plain oracles: fold_text is FOLD_TABLE applied character for
character (str.translate), and Folded collapses spaces and maps every offset back as a character-by-
character walk does, whatever the text holds (Vietnamese, other scripts, NUL, combining marks)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from glossary.check.folding import FOLD_TABLE, Folded, fold_text

# Characters of every kind the fold treats differently: ASCII letters and punctuation, Vietnamese
# letters in both cases, blanks, barriers, letters it leaves alone (CJK, IPA, symbols), NUL.
SPECIAL = "aZ .,-'’\n\t\r  ăâđĐêôơưẠệỗ越南əɓ°′→\x00\u0301"
texts = st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters()), max_size=60)


@given(texts)
def test_fold_text_is_the_table_character_for_character(text):
    assert fold_text(text) == text.translate(FOLD_TABLE)


def _collapsed_with_offsets(text: str) -> tuple[str, list[int]]:
    """The oracle: " " + the folded text, runs of spaces made one, and for each character kept the
    offset in text it came from (-1 for the leading space)."""
    folded = " " + text.translate(FOLD_TABLE)
    kept, offsets = [], []
    for i, char in enumerate(folded):
        if char == " " and kept and kept[-1] == " ":
            continue
        kept.append(char)
        offsets.append(i - 1)
    return "".join(kept), offsets


@given(texts)
def test_folded_collapses_spaces_and_maps_every_offset_back(text):
    folded = Folded(text)
    expected, offsets = _collapsed_with_offsets(text)
    assert folded.text == expected
    assert re.search(" {2}", folded.text) is None
    assert [folded.to_source(j) for j in range(len(folded.text))] == offsets


@given(texts, st.data())
def test_a_span_maps_back_as_its_first_and_last_characters_do(text, data):
    folded = Folded(text)
    if len(folded.text) < 2:
        return
    start = data.draw(st.integers(0, len(folded.text) - 2))
    end = data.draw(st.integers(start + 1, len(folded.text)))
    assert folded.span_to_source(start, end) == (folded.to_source(start), folded.to_source(end - 1) + 1)
