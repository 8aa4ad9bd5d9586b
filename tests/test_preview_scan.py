"""The run-in link preview reader tries only the lines where a preview can start, and finds the same
previews as its pattern tried at every line start. Texts written for these tests."""

from __future__ import annotations

from glossary.mine.subject_names import _PREVIEW, _previews

_TEXTS = [
    "Song dynasty\nThe Song dynasty (960–1279), or the Song Empire, was a dynasty.",
    "Lê Văn Tám Lê Văn Tám (1930–1945) was a boy.",
    "x\n\nAb. Ab (1)\nCd\ncd, e",
    "Ab  Ab,\nAb\tAb (",
    "Song dynasty.\nSong dynasty, x",
    "Ab\nthe  Ab (",
    "Ab\nTHE\tAb (",
    "A title well over sixty-one characters long for a line that runs on A title (x",
    "Some name here.   The   Some name here (then a sentence long enough to pass the reach of a title)",
    "Ab" + " " * 20 + "Ab (" + "z" * 100,
    "Ab\n Ab (",
    "A plain paragraph with no preview in it, long enough to be a line of running text, and more.",
]


def test_same_previews_as_the_pattern_everywhere() -> None:
    found = 0
    for text in _TEXTS:
        expected = [(m.start(), m.end()) for m in _PREVIEW.finditer(text)]
        assert [(m.start(), m.end()) for m in _previews(text, text.lower())] == expected, text
        found += len(expected)
    assert found >= 8  # the texts hold previews of each shape, not only lines without one


def test_a_long_line_without_its_head_again_is_not_tried() -> None:
    text = "Preview-free prose " + "word " * 40 + "(and a parenthesis)"
    assert list(_previews(text, text.lower())) == []


def test_exotic_lower_case_falls_back_to_the_pattern() -> None:
    # "İ" grows in lower case: offsets into the lower-case copy would be wrong, so the pattern runs.
    text = "İstanbul\nİstanbul (x), a city"
    assert len(text.lower()) != len(text)
    assert [m.span() for m in _previews(text, text.lower())] == [m.span() for m in _PREVIEW.finditer(text)]
