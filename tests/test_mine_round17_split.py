"""Round 17b: glosses.py split into reader modules; the list readers share one run test.

The run test (list_lines.lines_in_runs) replaced two copies of one loop; the copies, as they were
written before the split, are the oracles here. Text written for these tests.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import glosses, list_lines
from glossary.mine.documents import Document

_MINE = Path(glosses.__file__).parent
_SPLIT = (
    "glosses",
    "cue_scan",
    "meaning_cues",
    "known_as_pairs",
    "clause_phrases",
    "vi_sureness",
    "dash_pairs",
    "slash_spellings",
    "appositive_pairs",
    "or_pairs",
    "list_lines",
    "word_for_pairs",
    "no_rendering",
)


def _old_glossary_runs(text: str, listed: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """glossary_lines's loop before round 17b."""
    kept = []
    for k, (start, end, *rest) in enumerate(listed):
        before = k > 0 and not text[listed[k - 1][1] : start].strip()
        after = k + 1 < len(listed) and not text[end : listed[k + 1][0]].strip()
        if before or after:
            kept.append((start, end, *rest))
    return kept


def _old_dash_runs(text: str, shaped: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """dash_lists's loop before round 17b: a row without a pair skipped before the test."""
    kept = []
    for k, (start, end, pair) in enumerate(shaped):
        if pair is None:
            continue
        before = k > 0 and not text[shaped[k - 1][1] : start].strip()
        after = k + 1 < len(shaped) and not text[end : shaped[k + 1][0]].strip()
        if before or after:
            kept.append((start, end, pair))
    return kept


@st.composite
def _texts_and_rows(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, object]]]:
    text = draw(st.text(alphabet=" \t\nab:-", max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    rows = [
        (cuts[i], cuts[i + 1], draw(st.one_of(st.none(), st.integers()))) for i in range(0, len(cuts) - 1, 2)
    ]
    return text, rows


@settings(max_examples=300)
@given(_texts_and_rows())
def test_the_shared_run_test_keeps_the_rows_both_old_loops_kept(case: tuple[str, list[Any]]) -> None:
    text, rows = case
    assert list(list_lines.lines_in_runs(text, rows)) == _old_glossary_runs(text, rows)
    new_dash = [row for row in list_lines.lines_in_runs(text, rows) if row[2] is not None]
    assert new_dash == _old_dash_runs(text, rows)


def _pairs(found: object) -> list[tuple[str, str]]:
    return [(m.vi, m.en) for m in found]  # type: ignore[attr-defined]


def test_list_lines_pair_only_lines_in_a_run() -> None:
    glossary = "Menu\n\n- Bún riêu: crab noodle soup\n\n- Chè đỗ: sweet bean pudding\n\nEnd of the menu."
    assert _pairs(list_lines.glossary_lines(Document("t.txt", glossary))) == [
        ("Bún riêu", "crab noodle soup"),
        ("Chè đỗ", "sweet bean pudding"),
    ]
    lone = "Menu\n- Bún riêu: crab noodle soup\nThe shop opens at six, and closes late."
    assert _pairs(list_lines.glossary_lines(Document("t.txt", lone))) == []
    dashes = "Instruments\n• Đàn tranh - plucked board zither\n• Bro - fretted zither\n• Kèn bầu - oboe"
    # The Bro line counts for the list's shape only; the Kèn bầu line is in the run through it.
    assert _pairs(list_lines.dash_lists(Document("t.txt", dashes))) == [
        ("Đàn tranh", "plucked board zither"),
        ("Kèn bầu", "oboe"),
    ]


def test_the_split_modules_are_small_and_say_what_they_do() -> None:
    for name in _SPLIT:
        source = (_MINE / f"{name}.py").read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 250, name
        assert ast.get_docstring(ast.parse(source)), name


def test_extract_glosses_runs_the_readers_from_their_modules() -> None:
    text = "Phở, meaning noodle soup, is sold at dawn; bánh mì/bánh mỳ at noon."
    pairs = {(m.vi, m.en) for m in glosses.extract_glosses(Document("t.txt", text))}
    assert ("Phở", "noodle soup") in pairs
    assert any(m.origin == "slash" for m in glosses.extract_glosses(Document("t.txt", text)))
