"""Round 23's speed cuts against their plain forms (the code before the round), on text written
for these tests and on Hypothesis texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.country_qualifiers import _QUALIFIER, _qualified
from glossary.mine.names import spans
from glossary.mine.names.words import CAP

SHORTS = ("CDC", "HHS", "CD", "C")


def _pattern(shorts: tuple[str, ...]) -> re.Pattern[str]:
    # The pattern add_qualified_forms builds for a page's short forms.
    alternatives = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    return re.compile(rf"{_QUALIFIER} ({alternatives})(?![\w-])(?:(?=[.,;:)]|$)|[ \t]+(\w+))")


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


_WRITTEN = [
    "Staff of the U.S. CDC came, and the US CDC in Hanoi; the U.K. HHS.",
    "US CDC US CDC the end",  # overlapping readings: finditer skips the second
    "the U.S.A. CDC, the A.B.C CDC and x.US CDC and aUS CDC and US C CDC",
    "US CD C the US CDC-run lab, the USCDC and the US CDCs",
]


def test_qualified_matches_as_finditer_on_written_texts() -> None:
    pattern = _pattern(SHORTS)
    found = 0
    for text in _WRITTEN:
        old = _spans(pattern.finditer(text))
        assert _spans(_qualified(text, pattern, SHORTS)) == old, text
        found += len(old)
    assert found >= 6  # the texts do hold qualified forms


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["U", "S", "K", "A", ".", " ", "CDC", "HHS", "CD", "C", "x", "the", "\t", ",", "-", "\n"]
        ),
        max_size=30,
    )
)
def test_qualified_matches_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    pattern = _pattern(SHORTS)
    assert _spans(_qualified(text, pattern, SHORTS)) == _spans(pattern.finditer(text)), text


# names.spans.SPAN before round 23: the same pattern with no possessive repeat.
_PLAIN_SPAN = re.compile(
    rf"{CAP}(?:(?:[ \t]+|{spans._LIST_COMMA}|{spans._SERIAL_COMMA}|{spans._NAME_DASH}|{spans._INITIAL_STOP})"
    rf"(?:{spans._CONN}[ \t]+)?{CAP})*"
)

_RUNS = [
    "The Ministry of Culture, Sports and Tourism met the People's Committee of Ha Noi.",
    "Complex of Yen Tu – Vinh Nghiem – Con Son, and Antony J. Blinken met Vitamin C. The end",
    "Farmers' Union, Bà Rịa–Vũng Tàu and Điện Biên Phủ; US-led Ho-Chi-Minh O'Neil’s of  the  Party",
    "Bank for the Poor, Bank of the East,\tand & Co. at the Temple of Literature van der Berg",
]


def test_span_as_plain_on_written_texts() -> None:
    for text in _RUNS:
        assert _spans(spans.SPAN.finditer(text)) == _spans(_PLAIN_SPAN.finditer(text)), text
    # No vacuous check: runs of several words, a list and a dash are read as one.
    found = {m.group() for text in _RUNS for m in spans.SPAN.finditer(text)}
    assert any("Culture, Sports and Tourism" in run for run in found), found
    assert any("Yen Tu – Vinh Nghiem – Con Son" in run for run in found), found


_SPAN_PIECES = st.sampled_from(
    [
        "Ha",
        "Noi",
        "Bà",
        "Rịa",
        "Đ",
        "A",
        "J",
        "C",
        "The",
        "of",
        "the",
        "for",
        "and",
        "&",
        "van",
        "de",
        "x",
        " ",
        "  ",
        "\t",
        ",",
        ".",
        "–",
        "-",
        "'",
        "’",
        "s",
        "2",
        "_",
        "\n",
        "of the",
        "Ministry",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_SPAN_PIECES, max_size=30))
def test_span_as_plain(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(spans.SPAN.finditer(text)) == _spans(_PLAIN_SPAN.finditer(text)), text


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="USKAa.. \n\t-x", max_size=14))
def test_initials_screen_never_turns_down_a_match(before: str) -> None:
    # Runs.__iter__ asks _INITIALS_BEFORE only after ". " with a capital before the full stop.
    text = before + ". Embassy"
    start = len(before) + 2
    found = spans._INITIALS_BEFORE.search(text, max(0, start - 12), start)
    if found is not None:
        assert start >= 3 and "A" <= text[start - 3] <= "Z", text


def test_initials_screen_written_texts() -> None:
    # No vacuous check: the pattern does match where the screen lets it through.
    for text, wanted in (
        ("the U.S. Embassy", "U.S."),
        ("at U.K. Embassy", "U.K."),
        ("the end. Embassy", None),
    ):
        start = text.index("Embassy")
        found = spans._INITIALS_BEFORE.search(text, max(0, start - 12), start)
        assert (found.group(1) if found else None) == wanted
        assert (wanted is not None) == ("A" <= text[start - 3] <= "Z")
