"""Round 28 speed: each faster path gives what the path it replaced gave, on text written here."""

from __future__ import annotations

import re
import threading
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import citations, documents, mentions
from glossary.mine.documents import MAX_PARENTHESIS, Document

# --- mentions.literal_hits: the page's scan kept beside its lines' ---------------------------------

_PAGE = (
    "The river is called Sông Hồng, also known as the Red River. Its delta was renamed, "
    "and the province was called Hà Nội. The word for it means water; it is also called "
    "the Nhị Hà. "
) * 30
_WORDS = ("called", "known as", "renam", " word for ", "means", "xyzzy")


def _reference(lower: str, words: tuple[str, ...]) -> list[int]:
    """Each word's occurrences by successive str.find calls, merged in order."""
    hits: list[int] = []
    for word in words:
        at = lower.find(word)
        while at >= 0:
            hits.append(at)
            at = lower.find(word, at + len(word))
    return sorted(hits)


def _scans(monkeypatch: object) -> list[int]:
    """The lengths of the texts the shared automaton scans from now on (fresh per-thread memo)."""
    lengths: list[int] = []
    scan = mentions._CUE_WORDS.scan

    def counted(lower: str) -> dict[str, list[int]]:
        lengths.append(len(lower))
        return scan(lower)

    monkeypatch.setattr(mentions._CUE_WORDS, "scan", counted)  # type: ignore[attr-defined]
    monkeypatch.setattr(mentions, "_SCANNED", threading.local())  # type: ignore[attr-defined]
    return lengths


def test_the_page_is_not_scanned_again_after_its_short_lines(monkeypatch) -> None:
    lengths = _scans(monkeypatch)
    page = Document("p.txt", _PAGE)
    lines = [Document("p.txt", "The Red River [Sông Hồng] is called so."), Document("p.txt", "It means red.")]
    first = mentions.literal_hits(page.lower, _WORDS)
    for line in lines:
        assert mentions.literal_hits(line.lower, _WORDS) == _reference(line.lower, _WORDS)
    again = mentions.literal_hits(page.lower, _WORDS)
    assert first == again == _reference(page.lower, _WORDS)
    # The page once, each line once: the page's scan was kept while its lines were read.
    assert lengths == [len(page.lower), len(lines[0].lower), len(lines[1].lower)]


def test_a_text_no_longer_than_the_next_is_not_kept(monkeypatch) -> None:
    lengths = _scans(monkeypatch)
    one, two = Document("a.txt", _PAGE), Document("b.txt", _PAGE + "Then it was called X.")
    for doc in (one, two, one, two):
        assert mentions.literal_hits(doc.lower, _WORDS) == _reference(doc.lower, _WORDS)
    assert len(lengths) == 4  # as before: only a much longer text is kept beside the next


_LETTERS = st.sampled_from(list("calednowsmrityaxh .,\n") + ["called ", "known as ", "renam", " means "])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_LETTERS, max_size=80).map("".join), min_size=1, max_size=6),
    st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=20),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(tuple),
)
def test_hits_equal_successive_finds_whatever_the_order_of_texts(
    texts: list[str], order: list[int], words: tuple[str, ...]
) -> None:
    # Texts asked for in any order (a long page, its short lines, the page again, another page),
    # a word learnt between two scans: every answer is the plain str.find one.
    mentions._SCANNED = threading.local()
    pages = [text * (1 + 10 * (i % 2)) for i, text in enumerate(texts)]
    lowers = [page.lower() for page in pages]
    for n, k in enumerate(order):
        lower = lowers[k % len(lowers)]
        asked = words if n % 2 else (*words, f"learnt{n % 3}")
        assert mentions.literal_hits(lower, asked) == _reference(lower, asked)


# --- citations: reference lists blanked a line at a time -----------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\t\r\x0bđ–[]1.") + ["\u2028", "\x85"]), max_size=120))
def test_blank_lines_equal_the_substitution(text: str) -> None:
    assert citations._blank_lines(text) == re.sub(r"[^\n]", " ", text)


def test_a_reference_list_is_blanked_but_its_line_breaks() -> None:
    text = "Hà Nội is a city.[1]\n\nReferences\n\n^ Sông Hồng (Red River), 2001.\nSee: “Nhị Hà”\n"
    out = citations.blank_citations(text)
    assert len(out) == len(text)
    assert out.split("\n")[:3] == ["Hà Nội is a city.   ", "", "References"]
    assert [len(line) for line in out.split("\n")] == [len(line) for line in text.split("\n")]
    assert out.split("\n")[4:6] == [" " * len("^ Sông Hồng (Red River), 2001."), " " * len("See: “Nhị Hà”")]


# --- documents._long_parentheses: a few candidates told by their reach alone ----------------------


def _long_reference(text: str) -> list[int]:
    """Round 27's path: every parenthesis from the first candidate on paired in one pass."""
    candidates = [
        m.start() for m in documents._MAY_BE_LONG.finditer(text) if len(text) - m.start() > MAX_PARENTHESIS
    ]
    if not candidates:
        return candidates
    closes = documents._closing_offsets(text, candidates[0])
    return [start for start in candidates if closes.get(start, len(text)) - start > MAX_PARENTHESIS]


_PIECES = st.sampled_from(["(", ")", "a", "b ", "word " * 10, "x" * 97, "y" * 398, "\n", "(z)"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_long_parentheses_equal_the_one_pass(text: str) -> None:
    assert documents._long_parentheses(text) == _long_reference(text)


def test_long_parentheses_at_the_reach_boundary_and_in_a_nested_run() -> None:
    for inside in (MAX_PARENTHESIS - 2, MAX_PARENTHESIS - 1, MAX_PARENTHESIS, MAX_PARENTHESIS + 1):
        # One nested pair inside: the candidate's next parenthesis is no closing one.
        body = "(a)" + "b" * (inside - 3)
        text = "x" * 50 + "(" + body + ")" + "c" * 3000
        assert documents._long_parentheses(text) == _long_reference(text)
    unclosed = "(" + "(d)" * 100 + "e" * 2000
    assert documents._long_parentheses(unclosed) == _long_reference(unclosed) == [0]
    # Many candidates (a run of openings): the one pass, as before.
    run = "(" * 3000 + "f" * 500 + ")" * 10
    assert len(run) - 0 < (MAX_PARENTHESIS + 1) * 3000  # the branch of the one pass
    assert documents._long_parentheses(run) == _long_reference(run)


def test_bounded_text_keeps_its_length() -> None:
    text = "Tên (" + "gọi " * 150 + ") là (ngắn) và " + "(" + "(x) " * 120 + ")" + " kết thúc." * 100
    out = documents.bounded(text)
    assert len(out) == len(text)
    assert out != text  # the long parenthesis opened no more


# --- documents: a file's UTF-8 size from its bytes -----------------------------------------------


def test_utf8_size_is_the_texts_whatever_the_file(tmp_path) -> None:
    body = "Sông Hồng (Red River) chảy qua Hà Nội.\n" + "Tên gọi " + "(" * 3 + "x " * 300 + "\n"
    files = {
        "plain.txt": body.encode(),
        "bom.txt": b"\xef\xbb\xbf" + body.encode(),
        "two_boms.txt": b"\xef\xbb\xbf\xef\xbb\xbf" + body.encode(),
        "crlf.txt": body.replace("\n", "\r\n").encode(),
        "nfd.txt": unicodedata.normalize("NFD", body).encode(),
        "page.html": f"<html><body><p>{body}</p></body></html>".encode(),
        "empty.txt": b"",
    }
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        doc = documents.read_document(path)
        known = name in ("plain.txt", "bom.txt", "two_boms.txt", "empty.txt")
        assert (doc._utf8_size is not None) == known, name  # read from the bytes, not encoded
        assert doc.utf8_size() == len(doc.text.encode("utf-8")), name
    assert Document("x", "Hà Nội").utf8_size() == len("Hà Nội".encode())
