"""Round 37 speed: readers rewritten for fewer instructions give what their old forms gave. The old
forms, as they were before the round, are the oracles. Texts written for these tests."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.preview_lines import preview_lines
from glossary.mine.subject_names import _PREVIEW, _previews


def _old_tried_lines(text: str, lower: str) -> list[int]:
    """The line test of subject_names._previews before round 37, without its skip of the lines a
    preview already covers."""
    tried = []
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        if end - start >= 2:
            reach = min(end, start + 132)
            window = lower[start:reach]
            head = window[:2]
            if (
                "\t" in window
                or "        " in window
                or lower.find(" " + head, start + 1, reach) >= 0
                or (end - start <= 61 and lower.startswith((head, "the"), end + 1))
            ):
                tried.append(start)
        start = end + 1
    return tried


def _old_previews(text: str, lower: str) -> Iterator[re.Match[str]]:
    """subject_names._previews before round 37."""
    if len(lower) != len(text):
        yield from _PREVIEW.finditer(text)
        return
    done = 0
    for start in _old_tried_lines(text, lower):
        if start >= done:
            match = _PREVIEW.match(text, start)
            if match is not None:
                done = match.end()
                yield match


# Titles and what a preview puts between them and after, and pieces that spoil one: blanks of every
# width, tabs, "The" in three cases, full stops, brackets, commas, Vietnamese letters, a sigma.
_TITLES = st.sampled_from(
    ["Ab", "ab", "AB", "Ab Cd", "Ab. Cd", "Ab, Cd", "Đà Nẵng", "đà nẵng", "The Ab", "A", "Ab  Cd"]
)
_GAPS = st.sampled_from(
    ["\n", " ", "  ", ". ", ".  ", "\t", " " * 7, " " * 8, "\nThe ", "\nthe  ", " The ", ". THE\t", ""]
)
_ENDS = st.sampled_from([" (", "(", ",", "  ,", " x", ".", "\n", ")", " [", ""])
_NOISE = st.sampled_from(
    ["\n", " ", "x", "Ab", "the ", "(", ",", ".", "Σ", "ς", "ΑΣ ", "İ", "\t", " " * 8, "x" * 70]
)


@st.composite
def _pages(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            title = draw(_TITLES)
            repeat = draw(st.sampled_from([title, title.lower(), title.upper(), title[:-1], title + "x"]))
            parts.append(title + draw(_GAPS) + repeat + draw(_ENDS))
        else:
            parts.append("".join(draw(st.lists(_NOISE, max_size=6))))
    return "".join(parts)


@settings(max_examples=1500, deadline=None)
@given(_pages())
def test_previews_are_the_old_previews(text: str) -> None:
    old = [m.span() for m in _old_previews(text, text.lower())]
    assert [m.span() for m in _previews(text, text.lower())] == old


@settings(max_examples=1500, deadline=None)
@given(_pages())
def test_every_line_the_pattern_matches_is_a_preview_line(text: str) -> None:
    lower = text.lower()
    if len(lower) == len(text):
        lines = set(preview_lines(lower))
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        assert {s for s in starts if _PREVIEW.match(text, s)} <= lines


@settings(max_examples=500, deadline=None)
@given(_pages())
def test_pages_with_a_final_sigma_keep_the_old_line_test(text: str) -> None:
    lower = text.lower()
    if len(lower) == len(text) and "ς" in lower:
        assert list(preview_lines(lower)) == _old_tried_lines(text, lower)


_EDGES = [
    # The repeat's blank 78 characters from the line's start (a title of 61, ". ", six more blanks,
    # "The" and seven blanks) and the old test's reach, just inside and just past.
    "A" + "b" * 60 + ".       The       " + "A" + "b" * 60 + " (",
    "A " + "b" * 59 + ".       The       " + "A " + "b" * 59 + " (",
    # Wide runs of blanks and tabs in the gap: the repeat anywhere along the line.
    "A" + "b" * 60 + "." + " " * 30 + "The" + " " * 40 + "A" + "b" * 60 + " " * 20 + "(",
    "Ab Cd" + " " * 70 + "Ab Cd,",
    "Ab Cd" + "\t" * 3 + " " * 70 + "the\t Ab Cd (",
    "Ab" + "\t" + "x" * 70 + " Ab (",
    # The longest rest after the title's first two words: 58 characters and seven blanks.
    "A b" + " c" * 29 + ". " + "A b" + " c" * 29 + "       (",
    "Ab" + "x" * 127 + " Ab (",
    "Ab" + "x" * 128 + " Ab (",
    "Ab" + "x" * 129 + "\t",
    "Ab" + "x" * 130 + "\t",
    "Ab" + "x" * 122 + " " * 8,
    "Ab" + "x" * 123 + " " * 8,
    # A title alone on a line of 61 and of 62 characters, the next line repeating it.
    "A" + "b" * 60 + "\n" + "A" + "b" * 60 + " (",
    "A" + "b" * 61 + "\n" + "A" + "b" * 61 + " (",
    "Song dynasty\nThe Song dynasty (960–1279), or the Song Empire, was a dynasty.\n"
    "Tang dynasty Tang dynasty, a",
    "Hue, Vietnam Hue, Vietnam (x)",
    "ΑΣ\nας (",
]


def test_previews_at_the_edges_of_the_reach() -> None:
    found = 0
    for text in _EDGES:
        for page in (text, "x\n" + text, text + "\nAb Ab (\n"):
            old = [m.span() for m in _old_previews(page, page.lower())]
            assert [m.span() for m in _previews(page, page.lower())] == old, page
            found += len(old)
    assert found >= 20
