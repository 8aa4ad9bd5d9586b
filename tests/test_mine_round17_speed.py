"""Round 17's fast paths of the miner, each against its plain form as the oracle (Hypothesis and
tables), in the manner of test_mine_round15_speed.py: what is mined must not change."""

from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import mentions, untranslated
from glossary.mine.documents import MAX_PARENTHESIS, MAX_SENTENCE, Document, line_starts
from glossary.mine.names import _enclosing
from glossary.mine.names.context import _CREDIT, _credit_before, word_before
from glossary.mine.pipeline import mine_documents
from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters
from tests.test_mine_fastpaths import SENTENCE_TEXTS, TEXTS

# Texts whose bounds change them: sentences longer than MAX_SENTENCE (a blank becomes a line
# break) and parentheses never closed (the "(" becomes a blank), between short lines.
_LONG_BITS = st.sampled_from(
    [
        "word " * (MAX_SENTENCE // 5 + 3),
        "Hà Nội (" + "x" * (MAX_PARENTHESIS + 5) + " ",
        "Short line.\n",
        "\n\n",
        "A (b) c. ",
        "Tô Lâm ",
    ]
)
_BOUNDED_TEXTS = st.lists(st.one_of(_LONG_BITS, SENTENCE_TEXTS), max_size=8).map("".join)


def _plain_line(text: str, first_line: int, offset: int) -> int:
    """Document.line_of before round 17: the line starts of the text as given, found when the
    document was made (before the bounds put their line breaks in)."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return bisect.bisect_right(starts, offset) + first_line - 1


@settings(max_examples=200)
@given(_BOUNDED_TEXTS, st.integers(1, 5))
def test_lines_found_when_asked_are_the_lines_of_the_text_as_given(text: str, first_line: int) -> None:
    doc = Document("t.txt", text, first_line)
    # Every offset, from the end back (the first question finds the starts), then again.
    offsets = list(range(len(text), -1, -1))
    for offset in offsets + offsets[::-1]:
        assert doc.line_of(offset) == _plain_line(text, first_line, offset)


def test_a_bounded_text_keeps_the_lines_of_the_file() -> None:
    # The bounds put a line break into the long sentence: its words are still on line 2.
    text = "Title\n" + "word " * (MAX_SENTENCE // 5 + 3) + "Hà Nội.\nEnd"
    doc = Document("t.txt", text)
    assert doc.text.count("\n") > text.count("\n")
    assert doc.line_of(text.index("Hà Nội")) == 2
    assert doc.line_of(text.index("End")) == 3
    assert line_starts(text) == [0, 6, text.index("End")]


def test_the_parts_of_a_long_text_start_at_their_own_lines() -> None:
    lines = [f"Line {n} names Tô Lâm in Hà Nội." for n in range(8000)]
    doc = Document("t.txt", "\n".join(lines))
    parts = doc.parts()
    assert len(parts) > 1
    for part in parts:
        first = part.text.split("\n", 1)[0]
        assert part.first_line == lines.index(first) + 1
        assert part.line_of(len(first) + 1) == part.first_line + 1


def test_mentions_of_a_replaced_document_name_the_lines_of_the_file() -> None:
    # A reference list is blanked (the document is replaced by its blanked text before mining):
    # the names before it keep their lines.
    text = (
        "The Perfume River (Sông Hương) flows through Huế.\n\n"
        "Ngô Đình Diệm visited Huế in 1955.[1]\n\n"
        "References\n\n1. Smith, J. Huế and the Perfume River. 2001.\n"
    )
    result = mine_documents([Document("t.txt", text)])
    lines = {line for entry in result.entries for source in entry.sources for line in [source.line]}
    assert lines and lines <= {1, 3}


def _plain_sentence_at(doc: Document, start: int, end: int, limit: int = 320) -> str:
    """raw_sentence_at before round 17: the bounds with max and min, the capital after an end
    always through _capital_after."""
    text = doc.text
    marks, ends = doc.sentence_ends or mentions._sentence_ends(doc)
    lo = max(0, start - limit)
    lo = max(lo, text.rfind("\n", lo, start) + 1)
    last = bisect.bisect_left(marks, start) - 1
    if last >= 0 and mentions._capital_after(text, ends[last]) >= start:
        last -= 1
    begin = ends[last] if last >= 0 and marks[last] >= lo else lo
    limit_end = min(len(text), end + limit)
    line_end = text.find("\n", end, limit_end)
    stop = limit_end if line_end == -1 else line_end
    first = bisect.bisect_left(marks, end)
    if first < len(marks) and marks[first] < stop and mentions._capital_after(text, ends[first]) < limit_end:
        stop = marks[first] + 1
    return text[begin:stop]


# Ends followed by the quotes and parentheses _capital_after reads past.
_QUOTED_ENDS = st.lists(
    st.sampled_from(['. "A', ".  (B", '." “C', "? ‘(D", ". E", "\n", "x y", " ", '"', "(", "."]),
    max_size=14,
).map("".join)


@settings(max_examples=300)
@given(st.one_of(SENTENCE_TEXTS, _QUOTED_ENDS))
def test_sentence_with_inline_bounds_equals_the_plain_form(text: str) -> None:
    doc = Document("t.txt", text)
    for start in range(len(text) + 1):
        for width in (0, 2, 5):
            end = min(len(text), start + width)
            for limit in (320, 12, 2):
                assert mentions.raw_sentence_at(doc, start, end, limit) == _plain_sentence_at(
                    doc, start, end, limit
                )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*\n?\Z")


@settings(max_examples=300)
@given(TEXTS)
def test_word_before_and_credit_before_equal_their_plain_forms(text: str) -> None:
    text = "(Photo: VNA/" + text if len(text) % 3 == 0 else text
    for at in range(len(text) + 1):
        lo = max(0, at - 30)
        match = _WORD_BEFORE.search(text, lo, at)
        assert word_before(text, at) == (match.group(1) if match else "")
        assert _credit_before(text, at) == (_CREDIT.search(text, max(0, at - 40), at) is not None)


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=12), st.integers(0, 50))
def test_enclosing_equals_a_look_at_the_last_three_ranges(ranges: list[tuple[int, int]], start: int) -> None:
    spans = sorted(((a, a + w, object()) for a, w in ranges), key=lambda s: s[:2])
    starts = [a for a, _, _ in spans]
    for end in (start, start + 1, start + 5):
        i = bisect.bisect_right(starts, start) - 1
        plain = next(
            (m for a, b, m in reversed(spans[max(0, i - 2) : i + 1]) if a <= start and end <= b), None
        )
        assert _enclosing(spans, starts, start, end) is plain  # type: ignore[arg-type]


_VI_TEXT = st.lists(
    st.sampled_from(
        [
            "phở",
            "bánh xèo",
            "Hà Nội",
            "chợ  Bến Thành",
            "ảnh",
            "the",
            "saw",
            "Xem thêm",
            "\n",
            "đường",
            ",",
            "  ",
        ]
    ),
    max_size=16,
).map(" ".join)


@settings(max_examples=300)
@given(_VI_TEXT, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 10)), max_size=6))
def test_untranslated_runs_with_the_inline_overlap_test_equal_the_plain_filter(
    text: str, ranges: list[tuple[int, int]]
) -> None:
    # Covered ranges only drop runs (the scan goes on past a dropped run as past a kept one), so
    # the runs found with them are the runs found without, less those _Covered.overlaps names.
    covered = [(a, a + w) for a, w in ranges]
    doc = Document("t.txt", text)
    plain = untranslated._Covered(covered)
    expected = [
        (m.start, m.end, m.vi)
        for m in untranslated.extract_untranslated(doc, [])
        if m.origin != "untranslated" or not plain.overlaps(m.start, m.end)
    ]
    assert [(m.start, m.end, m.vi) for m in untranslated.extract_untranslated(doc, covered)] == expected


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(["phở", "Hà", "nội", "the", "xyz", "đường", "Quoc", "a" * 40 + "ư", ""]), max_size=6
    )
)
def test_the_untranslated_scans_memos_answer_as_the_plain_tests(words: list[str]) -> None:
    # Asked twice (the second answer from the memo), each word of the list and the list joined.
    for word in [*words, " ".join(words), *words]:
        assert untranslated._syllable(word) is is_syllable(word)
        assert untranslated._vi_letters(word) is has_vi_letters(word)


def test_kinds_read_once_are_the_members_and_the_signature_keeps_the_value() -> None:
    import glossary.mine.names as names
    from glossary.mine.names import record
    from glossary.mine.tally import signature
    from glossary.model import Kind, VariantType

    assert (names._TERM, names._PLACE, names._ORGANISATION, names._PERSON, names._ACRONYM) == (
        Kind.TERM,
        Kind.PLACE,
        Kind.ORGANISATION,
        Kind.PERSON,
        Kind.ACRONYM,
    )
    assert names._NAMED_KINDS == (Kind.PLACE, Kind.ORGANISATION, Kind.PERSON)
    assert names._OTHER_NAME is VariantType.OTHER and record._PLACE is Kind.PLACE
    for kind in Kind:
        mention = mentions.Mention(kind, en="Hanoi")
        assert signature(mention)[0] == kind.value and type(signature(mention)[0]) is str
