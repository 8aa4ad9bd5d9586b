"""Round 24's speed work: the invariants its rewrites were checked against, as oracle tests.

The text's lower-case words (names/context.LowerWords) are read by the span cutter and the
recorder; every rewrite tried this round (a lazy scan per asked word, C-level filters over the
tokens) had to give the same set as the letter runs of the text that open with a small letter.
The recorder's spaced-capitals screen (names/record.Recorder._alone) must never turn down a token
the scan after it would find written alone.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary.mine.documents import Document
from glossary.mine.names.context import LowerWords
from glossary.mine.names.record import _SPACED_CAPITALS, Known, Recorder
from glossary.mine.names.words import LOWER_SET

_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _letter_runs(text: str) -> set[str]:
    """The plain definition: every run of letters in the text that opens with a small letter."""
    return {run for run in _LETTER_RUN.findall(text) if run[0] in LOWER_SET}


_WRITTEN = [
    # (text, a word written in lower case, a word that is not)
    ("Hanoi, the capital (said) nước mắm", "nước", "Hanoi"),
    ("the Bà Rịa–Vũng Tàu province", "province", "Vũng"),
    ("usenước mắm pha; x2y and a_b", "y", "x2y"),  # a digit and "_" split runs
    ("«quote» “đường” …ends… -dash- /slash/", "đường", "quote»"),
    ("superscript²word and ²lead", "superscript²word", "lead"),  # "²" is no digit to re
]


def test_lower_words_are_the_letter_runs_on_written_texts() -> None:
    for text, written, unwritten in _WRITTEN:
        words = LowerWords(text)
        assert words.collected() == _letter_runs(text), text
        assert written in words, (text, written)
        assert unwritten not in words, (text, unwritten)


_ALPHABET = st.sampled_from(list("aAzZđĐưƯ ế2_\n\t.,()-–“”'’/²") + ["nước", "Hà", "the"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_lower_words_are_the_letter_runs(text: str) -> None:
    assert LowerWords(text).collected() == _letter_runs(text)


def _alone_without_screen(text: str, token: str) -> bool:
    """Recorder._alone's scan for a lower-case word before the token, without the screen (the
    parenthesis tests after it are the same code in both)."""
    spaced = " " + token
    at = text.find(spaced)
    while at > 0:
        end = at + len(spaced)
        if text[at - 1].islower() and not text[end : end + 1].isalnum():
            return True
        at = text.find(spaced, end)
    return False


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["the ", " ", "VC", "NLF", "V", "x", "2", "(", ")", ".", "é", "Ab"]), max_size=30
    ).map("".join),
    st.sampled_from(["VC", "NLF", "VCX"]),
)
@example("the VC.", "VC")
@example("xthe NLF)", "NLF")
def test_spaced_capitals_screen_never_turns_down_a_token_written_alone(text: str, token: str) -> None:
    if _alone_without_screen(text, token):
        assert token in frozenset(_SPACED_CAPITALS.findall(text))


def test_alone_finds_initials_after_a_lower_case_word() -> None:
    text = "the Viet Cong fought; the VC slaughtered and the VCs left; AS IT IS"
    recorder = Recorder(Document("page.txt", text), LowerWords(text), Known({}, {}))
    assert recorder._alone("VC")
    assert not recorder._alone("IT")  # after a capital only
