"""Round 15's fast paths of the miner, each against its plain form as the oracle (Hypothesis and
tables), in the manner of test_mine_fastpaths.py: what is mined must not change."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import cue_scan, glosses, mentions, untranslated
from glossary.mine.aligner import align
from glossary.mine.documents import Document
from glossary.mine.names import written_phrases
from glossary.model import Kind, VariantType
from tests.test_mine_fastpaths import SENTENCE_TEXTS, TEXTS


@settings(max_examples=300)
@given(TEXTS, TEXTS)
def test_case_check_from_the_shared_scan_equals_the_plain_test(first: str, second: str) -> None:
    # Asked of one text, then another, then the first again: each answer is that text's own.
    for text in (first, second, second, first):
        lower = text.lower()
        plain = len(lower) == len(text) and not any(ch in text for ch in cue_scan.CASE_ODDITIES)
        assert cue_scan._case_plain(text, lower) is plain


def test_the_lower_case_oddities_are_all_that_lower_case_to_them() -> None:
    # What _case_plain looks for in the lower-cased text: an oddity there is one in the text.
    oddities = set(cue_scan._LOWER_ODDITIES)
    assert {ch for ch in map(chr, range(sys.maxunicode + 1)) if oddities & set(ch.lower())} == oddities
    assert {ch for ch in map(chr, range(sys.maxunicode + 1)) if len(ch.lower()) != 1} == (
        set(cue_scan.CASE_ODDITIES) - oddities
    )


_MARK = re.compile(r"[.!?]")


def _scanned_sentence_at(doc: Document, start: int, end: int, limit: int = 320) -> str:
    """raw_sentence_at before round 15: the marks around the mention scanned for each mention."""
    text = doc.text
    lo = max(0, start - limit)
    lo = max(lo, text.rfind("\n", lo, start) + 1)
    begin = lo
    hi = start
    while hi > lo:
        mark = max(text.rfind(".", lo, hi), text.rfind("!", lo, hi), text.rfind("?", lo, hi))
        if mark < 0:
            break
        match = mentions._SENTENCE_END.match(text, mark, start)
        if match is not None:
            begin = match.end()
            break
        hi = mark
    limit_end = min(len(text), end + limit)
    line_end = text.find("\n", end, limit_end)
    stop = limit_end if line_end == -1 else line_end
    for mark in _MARK.finditer(text, end, stop):
        if mentions._SENTENCE_END.match(text, mark.start(), limit_end) is not None:
            stop = mark.start() + 1
            break
    return text[begin:stop]


# Sentence ends of every kind, and what cuts them off: a mention starting on the blank or the
# quote between a mark and its capital.
_ENDS = st.lists(
    st.sampled_from(
        [". A", ".  Việt", '." B', "! 1", "? (Nam", ".)\n\nC", "U.S. D", "a.b", "x", " ", "\n", "!"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300)
@given(st.one_of(SENTENCE_TEXTS, _ENDS))
def test_sentence_from_the_table_of_ends_equals_the_scan_per_mention(text: str) -> None:
    doc = Document("t.txt", text)  # one table for all the mentions of the text
    for start in range(len(text) + 1):
        for width in (0, 1, 4):
            end = min(len(text), start + width)
            for limit in (320, 10, 3):
                assert mentions.raw_sentence_at(doc, start, end, limit) == _scanned_sentence_at(
                    doc, start, end, limit
                )


_NEXT_WORD = re.compile(r"[ \t]+[^\W\d_]+")


def _seeds_read(words: object, text: str, grows: list[bool]) -> list[tuple[int, int]]:
    """The words extract_untranslated starts a run at, as it reads them: a word before the end of
    the last run is passed over; a run grows to the end of the next word or stays the word (grows
    says which, run by run); words with a skip_to are told where the run ended."""
    pos = 0
    read: list[tuple[int, int]] = []
    for start, end in words:  # type: ignore[attr-defined]
        if start < pos:
            continue
        grow = grows[len(read) % len(grows)] if grows else False
        read.append((start, end))
        after = _NEXT_WORD.match(text, end) if grow else None
        pos = after.end() if after else end
        if hasattr(words, "skip_to"):
            words.skip_to(pos)
    return read


@settings(max_examples=400)
@given(TEXTS, st.lists(st.booleans(), max_size=12))
def test_vietnamese_words_skipped_to_a_runs_end_are_read_as_the_plain_ones(
    text: str, grows: list[bool]
) -> None:
    for variant in (text, "x" * 90 + text):
        plain = [(m.start(), m.end()) for m in untranslated._VI_WORD.finditer(variant)]
        read = _seeds_read(untranslated._ViWords(variant), variant, grows)
        assert read == _seeds_read(plain, variant, grows)


@settings(max_examples=200)
@given(
    st.sampled_from(list(Kind)),
    st.text(max_size=8),
    st.text(max_size=8),
    st.lists(st.tuples(st.text(max_size=5), st.sampled_from(list(VariantType))), max_size=2),
    st.floats(0, 1),
    st.integers(0, 30),
)
def test_a_mention_by_position_equals_the_mention_by_keywords(
    kind: Kind, en: str, vi: str, variants: list[tuple[str, VariantType]], confidence: float, start: int
) -> None:
    doc = Document("t.txt", "a line\n" * 8)
    fields = {"kind": kind, "en": en, "vi": vi, "variants": list(variants), "confidence": confidence}
    fields["origin"] = "name"
    by_keywords = mentions.mention_with(doc, start, start + 3, fields)
    by_position = mentions.mention_of(
        doc, start, start + 3, kind, en, vi, "", list(variants), confidence, [], "name"
    )
    assert by_position == by_keywords
    assert by_position._where == by_keywords._where and by_position.context == by_keywords.context


def _found_phrases(text: str, phrases: list[str]) -> dict[str, list[int]]:
    """written_phrases as first written: str.find from each place + 1, a scan per phrase."""
    written = {}
    for phrase in phrases:
        places = []
        at = text.find(phrase)
        while at >= 0:
            places.append(at)
            at = text.find(phrase, at + 1)
        written[phrase] = places
    return written


_PHRASE_BITS = st.sampled_from(["Hà Nội", "Hà", " ", "Nội", "aa", "a", "😀", "ǎ", "\n", "Phở bò", "bò"])


@settings(max_examples=300)
@given(
    st.lists(_PHRASE_BITS, max_size=30).map("".join),
    st.lists(st.lists(_PHRASE_BITS, min_size=1, max_size=4).map("".join), max_size=6),
)
def test_written_phrases_equal_a_scan_per_phrase(text: str, forms: list[str]) -> None:
    glossed = [mentions.Mention(Kind.TERM, en="x", vi=form) for form in forms]
    found = written_phrases(text, glossed)
    phrases = list({form for form in forms if " " in form})
    assert found == _found_phrases(text, phrases)
    assert list(found) == phrases  # in the order of the set, as before


# extract_glosses's readers, in its order.
_GLOSS_READERS = (
    glosses.extract_parentheses,
    glosses.cues,
    glosses.known_as,
    glosses.dashes,
    glosses.slashes,
    glosses.appositives,
    glosses.ors,
    glosses.glossary_lines,
    glosses.dash_lists,
    glosses.extract_tables,
    glosses.word_for,
    glosses.is_word_for,
)


def _plain_extract_glosses(doc: Document) -> list[mentions.Mention]:
    """extract_glosses before round 15: _no_rendering asked of every pair, before and after the aligner."""
    found: list[mentions.Mention] = []
    for extractor in _GLOSS_READERS:
        found_here = extractor(doc)
        link = glosses._SCORED_RULES.get(extractor)
        if link is not None:
            found_here = (m for m in found_here if glosses._scored(doc, m, link))
        found.extend(m for m in found_here if not glosses.no_rendering(m))
    return [m for m in align(doc, found) if not glosses.no_rendering(m)]


_CORPUS = Path(__file__).parent / "corpus"


# Pairs _no_rendering turns down, and one it keeps, in sentences of our own.
_NO_RENDERINGS = st.lists(
    st.sampled_from(
        [
            "The old street Phố Cổ (老街) is busy.",
            "They ate bún bò Huế (pronounced /vi/) at noon.",
            "The song Giải phóng miền Nam (as the anthem of the front) was sung.",
            "The dessert chè trôi nước (description of it stated above) is sweet.",
            "They walked to Huế (Hue) by the river.",
        ]
    ),
    max_size=6,
).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(sorted((_CORPUS / "dev").glob("*.txt"))), max_size=2), _NO_RENDERINGS, TEXTS)
def test_glosses_asking_each_pair_once_equal_asking_every_pair(
    pages: list[Path], sentences: str, text: str
) -> None:
    # Real pages (their pairs repeat), sentences with pairs that render nothing, made-up text.
    parts = [*(page.read_text(encoding="utf-8") for page in pages), sentences, text, sentences]
    whole = "\n\n".join(parts)
    doc = Document("t.txt", whole)
    assert glosses.extract_glosses(doc) == _plain_extract_glosses(Document("t.txt", whole))
