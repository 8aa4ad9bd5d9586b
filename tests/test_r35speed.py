"""Round 35 (speed): the cheaper forms of the name readers' scans give what the old forms gave.

Each test compares the new code with the old form written out here, on hand-made cases and on
generated ones.
"""

from __future__ import annotations

import random
import re

import pytest

from glossary.mine.names.context import LowerWords
from glossary.mine.names.token_words import EDGE_MARKS as _EDGE_MARKS
from glossary.mine.names.token_words import LETTER_RUN as _LETTER_RUN
from glossary.mine.names.words import _CAMEL_HEAD, LOWER_SET, head_of

_HEADS = ("group", "university", "bank", "corp", "tech", "soft", "airlines", "mart", "media")
# The pattern before round 35: three repeats that split the letters before the head every way.
_OLD_CAMEL_HEAD = re.compile(
    r"^[A-Z][a-z]*[A-Z]?[a-z]*?(" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")$",
    re.IGNORECASE,
)


def _old_collect(text: str) -> set[str]:
    """LowerWords._collect before round 35: a Python loop sorting the distinct tokens."""
    words: set[str] = set()
    others: list[str] = []
    for token in set(text.split()):
        if token.isalpha():
            if token[0] in LOWER_SET:
                words.add(token)
            continue
        core = token.strip(_EDGE_MARKS)
        if core.isalpha():
            if core[0] in LOWER_SET:
                words.add(core)
        else:
            others.append(token)
    words.update(w for w in _LETTER_RUN.findall(" ".join(others)) if w[0] in LOWER_SET)
    return words


@pytest.mark.parametrize(
    "text",
    [
        "",
        "the Ministry of Culture, Sports and Tourism",
        "(said) “quoted” words, and x-ray km² co-op's end.",
        "Hà Nội và thành phố Hồ Chí Minh — đẹp; ‘ngon’ «phở» …",
        "a1b2 __init__ e-mail 2024 ½ ﬁne İstanbul ſtrange",
        "--- ... ()[] #tag @user foo/bar/baz",
    ],
)
def test_lower_words_same_as_old_loop(text: str) -> None:
    assert LowerWords(text).collected() == _old_collect(text)


def test_lower_words_same_as_old_loop_generated() -> None:
    rng = random.Random(35)
    alphabet = "aAbđĐéẫ²½_-.,'’()“”x1 \t\nﬁİıſ\u0301"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert LowerWords(text).collected() == _old_collect(text), text


@pytest.mark.parametrize(
    "word",
    [
        "Vingroup",
        "Techcombank",
        "VietinBank",
        "Bank",
        "bank",
        "Xbank",
        "Sacombank\n",
        "FPTSoft",
        "Vietjet",
        "ſoft",
        "İgroup",
        "Xtech2",
        "Viet-bank",
        "Banks",
        "Microsoft",
    ],
)
def test_camel_head_same_as_old_pattern(word: str) -> None:
    assert bool(_CAMEL_HEAD.match(word)) == bool(_OLD_CAMEL_HEAD.match(word))


def test_camel_head_same_as_old_pattern_generated() -> None:
    rng = random.Random(35)
    letters = "abkKſıİXyZé1-"
    for _ in range(5000):
        head = rng.choice(_HEADS)
        head = "".join(c.upper() if rng.random() < 0.3 else c for c in head)
        word = "".join(rng.choice(letters) for _ in range(rng.randint(0, 8))) + head
        word += rng.choice(["", "", "s", "\n", "x"])
        assert bool(_CAMEL_HEAD.match(word)) == bool(_OLD_CAMEL_HEAD.match(word)), word


def test_head_of_company_names() -> None:
    # A company named with its head glued on is a body; the head word alone or in capitals is not
    # such a name.
    assert head_of("Vingroup") == "org"
    assert head_of("Techcombank") == "org"
    assert head_of("Microsoft") == "org"
    assert head_of("Xbank") is None  # too short to be a company's name
