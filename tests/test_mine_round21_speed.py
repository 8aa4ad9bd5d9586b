"""Round 21's speed cuts against their plain forms, on text written for these tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import documents, phrases
from glossary.mine.names import context


def _plain_joined_in(text: str, pair: tuple[str, str]) -> bool:
    """names.context._joined_in before round 21: the "province" pattern searched over the whole
    text again after the left word's places were read."""
    left, right = pair
    spaced = False
    at = text.find(left)
    while at >= 0:
        after = at + len(left)
        dash = text[after : after + 1]
        if dash in ("–", "-", "‑") and text.startswith(right, after + 1):
            return True
        if (
            dash == " "
            and text[after + 1 : after + 2] in ("–", "—", "-")
            and text.startswith(f" {right}", after + 2)
        ):
            spaced = True
        at = text.find(left, at + 1)
    if not spaced:
        return False
    pattern = re.compile(
        rf"{re.escape(left)}[ \t]+[–—-][ \t]+{re.escape(right)}"
        r"((?:[ \t]+[^\W\d_]+){0,3}?)[ \t]+[Pp]rovince\b"
    )
    for match in pattern.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if all(word[0].isupper() for word in match.group(1).split()):
            return True
    return False


_JOINED_TEXTS = [
    "Bà Rịa – Vũng Tàu province lies south. The Bà Rịa–Vũng Tàu road and Hanoi – Hai Phong.",
    # A match inside the last one (which a letter before it kept out) is not tried: finditer's way.
    "xProvince – Vũng Province – Vũng Tàu province.",
    "Province – Vũng Tàu Nam province.",
    "A – A – A province and A – A\tprovince, aA – B Cd province, A – B the province, A —  B province.",
    "Thừa Thiên – Huế Province, Thừa Thiên - Huế, Thừa Thiên‑Huế; Ninh – Bình Big Old Town province.",
    "Hà – Nam Hà – Nam province Hà – Nam Ninh Province_ Hà – Nam provinces, _Hà – Nam province.",
]
_PAIRS = [
    ("Rịa", "Vũng"),
    ("Hanoi", "Hai"),
    ("Province", "Vũng"),
    ("A", "A"),
    ("A", "B"),
    ("Thiên", "Huế"),
    ("Ninh", "Bình"),
    ("Hà", "Nam"),
    ("Nam", "Ninh"),
    ("Tàu", "Hanoi"),
]


def test_joined_in_matches_plain_form() -> None:
    answers = set()
    for text in _JOINED_TEXTS:
        for cut in range(0, len(text), 5):
            for pair in _PAIRS:
                expected = _plain_joined_in(text[cut:], pair)
                assert context._joined_in(text[cut:], pair) == expected, (text[cut:], pair)
                answers.add(expected)
    assert answers == {True, False}


_PIECES = st.sampled_from(
    [
        "A",
        "B",
        "Ab",
        "x",
        " ",
        "\t",
        "–",
        "-",
        "—",
        "province",
        "Province",
        "_",
        "\n",
        "A – B",
        " province",
        "A – A",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.sampled_from([("A", "B"), ("A", "A"), ("Ab", "B"), ("B", "Ab")]))
def test_joined_in_matches_plain_form_on_made_texts(pieces: list[str], pair: tuple[str, str]) -> None:
    text = "".join(pieces)
    assert context._joined_in(text, pair) == _plain_joined_in(text, pair)


def _plain_dash_places(text: str) -> list[int]:
    """phrases._dash_places before round 21: one scan of the class of the three dashes."""
    return [hit.start() for hit in re.finditer(r"[–—-](?=[ \t])", text)]


_DASH_TEXTS = [
    "Hà Nội – the capital — and Huế -- old-town - x -\tend –\n— co-op 2020-2021 - ",
    "–– —— -- - – —\t–\t-\t—",
    "bánh mì – Vietnamese baguette; phở — noodle soup; chả giò - spring rolls",
]


def test_dash_places_match_plain_form() -> None:
    found = 0
    for text in _DASH_TEXTS:
        for cut in range(len(text)):
            assert phrases._dash_places(text[cut:]) == _plain_dash_places(text[cut:])
        found += len(_plain_dash_places(text))
    assert found > 10


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab –—-\t\n", max_size=60))
def test_dash_places_match_plain_form_on_made_texts(text: str) -> None:
    assert phrases._dash_places(text) == _plain_dash_places(text)


def _plain_may_hold_long_sentence(text: str) -> bool:
    """documents._may_hold_long_sentence before round 21: a regex search of each block."""
    block = documents.MAX_SENTENCE // 2
    return any(
        re.search(r"[.!?\n]", text[start : start + block]) is None
        for start in range(0, len(text) - block + 1, block)
    )


def test_may_hold_long_sentence_matches_plain_form() -> None:
    block = documents.MAX_SENTENCE // 2
    answers = set()
    for mark in ".!?\n":
        for at in (0, 1, block - 1, block, block + 1, 2 * block - 1, 2 * block + 7, 3 * block - 2):
            for size in (block - 1, block, 2 * block, 3 * block, 3 * block + 5):
                text = "word " * (size // 5) + "w" * (size % 5)
                text = text[:at] + mark + text[at + 1 :] if at < len(text) else text
                expected = _plain_may_hold_long_sentence(text)
                assert documents._may_hold_long_sentence(text) == expected, (mark, at, size)
                answers.add(expected)
    assert answers == {True, False}
