"""Round 19's speed cuts against their plain forms, on text written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import glossary.vietnamese
from glossary.mine import pipeline
from glossary.mine.names import context, record
from glossary.mine.names.context import word_before
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS


def _plain_after_the(text: str, at: int) -> bool:
    """Recorder._single's test before round 19: the word before at, looked for, is "the"."""
    return word_before(text, at).lower() == "the"


_THE_TEXTS = [
    "the Politburo met. The Secretariat and THE Council; tHe Front, the\tCommittee, the  \t Ministry",
    "the\nBureau the\n\nOffice the \n Board bathe Union theme Park lathe Works the\u00a0Group x",
    "the" + " " * 28 + "Court the" + " " * 26 + "Bank, the² Fund the_Club 3the Post the\u0301 Hall",
    "Đảng the Đảng; thé Ban, thể Ủy ban the Ủy ban\rthe\r Tòa  the",
    "the",
    "",
]


def test_after_the_matches_plain_form() -> None:
    for text in _THE_TEXTS:
        for k in range(len(text) + 1):
            part = text[k:]  # every suffix too, so that "the" also opens the text
            for at in range(len(part) + 1):
                assert record._after_the(part, at) == _plain_after_the(part, at), (part, at)


# Texts made of the pieces the test turns on: "the" in any case, parts of it, letters glued to
# it, blanks, line breaks, other spaces and marks, long runs of blanks (the 30-character window).
_PIECES = st.sampled_from(
    [
        "the",
        "The",
        "THE",
        "tHe",
        "he",
        "e",
        "t",
        "a",
        "Lê",
        "x²",
        "_",
        "3",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "\r",
        "\u00a0",
        "\u0301",
        ".",
        ",",
        "(",
        " " * 27,
        "bathe",
        "theme",
    ]
)


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_after_the_matches_plain_form_on_made_texts(text: str) -> None:
    for at in range(len(text) + 1):
        assert record._after_the(text, at) == _plain_after_the(text, at), (text, at)


def test_warm_up_loads_the_word_lists() -> None:
    # Loaded once per process before any worker is forked (pipeline._warm_up), so forked workers
    # share them; clearing the miner's memos keeps them (they are lists loaded once).
    pipeline._warm_up()
    pipeline.clear_caches()
    assert glossary.vietnamese.english_words.cache_info().currsize == 1
    assert glossary.vietnamese.vietnamese_lexicon.cache_info().currsize == 1
    assert "river" in glossary.vietnamese.english_words()


def _plain_following(text: str, at: int) -> tuple[bool, str]:
    """context.following before round 19: the pattern tried at every position asked about."""
    match = context._FOLLOWING.match(text, at)
    if match is None:
        return False, ""
    if match.group("dateline") is not None:
        return True, ""
    if match.start("unit") <= at:
        return False, ""
    craft = match.group("craft")
    if craft is not None and craft.rstrip() in ENGLISH_FUNCTION_WORDS:
        return False, ""
    return False, text[at : match.end()]


_FOLLOWING_TEXTS = [
    "Quang Nam (VNA) – Tay Ninh province, Duong Lam ancient village; Bat Trang pottery village. Hanoi"
    ' and village life\nHa Giang\tProvince\'s Cao Bang, City Ward 1: Son La Town’s "Lai Chau" region)',
    "Mộc Châu district Ba Vì commune Hà Nội (Photo) Sa Pa\u00a0town Ky Anh ſpecial zone Ha Long REGION"
    " Điện Biên Phủ Thành phố X—Y (TTXVN)—Z x",
]


def test_following_matches_plain_form() -> None:
    for text in _FOLLOWING_TEXTS:
        for at in range(len(text) + 1):
            assert context.following(text, at) == _plain_following(text, at), (text[at : at + 20], at)


_FOLLOWING_PIECES = st.sampled_from(
    [
        " ",
        "\t",
        "\n",
        "(",
        ")",
        "(VNA)",
        " – ",
        "-",
        ",",
        ".",
        "'",
        "’",
        '"',
        ":",
        "ward",
        "Ward",
        "WARD",
        "province",
        "ſpecial zone",
        "special zone",
        "village",
        "pottery ",
        "and ",
        "x",
        "É",
        "2",
        "_",
        "\u00a0",
        "\u0301",
        "city",
        "Town",
        "range",
        "mountain range",
        "district",
    ]
)


@settings(max_examples=300)
@given(st.lists(_FOLLOWING_PIECES, max_size=12).map("".join))
def test_following_matches_plain_form_on_made_texts(text: str) -> None:
    for at in range(len(text) + 1):
        assert context.following(text, at) == _plain_following(text, at), (text, at)
