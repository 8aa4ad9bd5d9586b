"""Bounded work on hostile input: the PO reader, the lookup's typo tables and the miner stay within a
generous multiple of a plain operation on the same input, timed in the same run (never an
absolute wall-clock target: the machine may be busy)."""

from __future__ import annotations

import json
import random
import string
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from glossary.index import lookup
from glossary.mine import names
from glossary.mine.documents import MAX_PARENTHESIS, MAX_PART, MAX_SENTENCE, Document, bounded
from glossary.mine.pipeline import mine_documents
from glossary.model import Entry, Kind, Status
from tests.conftest import ROOT

HEADER = b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
# 62 bytes of Vietnamese, the length of a PO line msgcat wraps
LINE = "Hà Nội là thủ đô của nước Cộng hoà Xã hội Chủ nghĩa Việt Nam, ".encode()

# Loads a glossary file in a fresh process: the growth of its peak memory while loading, the load's
# time, and the time of a plain pass over the same bytes (decode, NFC, split into lines, find quotes).
LOAD_PROBE = """
import json, re, resource, sys, time, unicodedata
from pathlib import Path
from glossary.store import Glossary

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

path = Path(sys.argv[1])
data = path.read_bytes()
before = peak()
started = time.perf_counter()
glossary = Glossary.open(path)
load = time.perf_counter() - started
growth = peak() - before
del glossary
started = time.perf_counter()
text = unicodedata.normalize("NFC", data.decode("utf-8"))
lines, quotes = text.split("\\n"), text.count('"')
baseline = time.perf_counter() - started
print(json.dumps({"load": load, "baseline": baseline, "growth": growth, "size": len(data)}))
"""


@pytest.mark.parametrize(
    "content",
    [
        # A 1,000,000-character msgid: took minutes (quadratic), then 170 times its size in memory.
        pytest.param(lambda: HEADER + b'msgid "' + b"a" * 1_000_000 + b'"\nmsgstr "x"\n', id="msgid-1M"),
        # 100,000 backslash-newline continuation lines: quadratic, out of memory at 24 GB.
        pytest.param(
            lambda: HEADER + b'msgid "a"\nmsgstr "' + (LINE + b"\\\n") * 100_000 + b'"\n', id="backslash-100k"
        ),
        # 100,000 string continuation lines, as msgcat writes a long text.
        pytest.param(
            lambda: HEADER + b'msgid "a"\nmsgstr ""\n' + (b'"' + LINE + b'"\n') * 100_000, id="strings-100k"
        ),
        # A 50 MB msgstr: 23 s and 8 GB.
        pytest.param(lambda: HEADER + b'msgid "a"\nmsgstr "' + b"b" * 50_000_000 + b'"\n', id="msgstr-50MB"),
    ],
)
def test_the_po_reader_is_linear_in_time_and_memory(tmp_path: Path, content: Callable[[], bytes]) -> None:
    path = tmp_path / "vi.po"
    path.write_bytes(content())
    result = subprocess.run(
        [sys.executable, "-c", LOAD_PROBE, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    probe = json.loads(result.stdout)
    # Generous: the plain pass is one decode and one split; the reader lexes, parses and maps.
    assert probe["load"] <= 40 * probe["baseline"] + 1.0, probe
    assert probe["growth"] <= 10 * probe["size"] + 32 * 2**20, probe


def _best_of(runs: int, work: Callable[[], object]) -> float:
    """The quickest of a few runs: noise from a busy machine only ever adds time."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


@pytest.mark.parametrize("length", [2_000, 100_000])
def test_a_very_long_word_does_not_blow_up_the_typo_tables(length: int) -> None:
    # One 2,000-letter word in a 2 KB file took 70 s and 11 GB to look up.
    def entries(word: str) -> list[Entry]:
        return [Entry(en=word, vi="Hà Nội", kind=Kind.PLACE, status=Status.APPROVED)] + [
            Entry(en=f"Entry {i}", vi=f"Mục {i}") for i in range(50)
        ]

    letters = random.Random(length)
    word = "".join(letters.choice(string.ascii_lowercase) for _ in range(length))  # no repeats to fold
    hostile, normal = entries(word), entries("internationalisation")
    baseline = _best_of(3, lambda: lookup(normal, "hanoj"))
    assert _best_of(2, lambda: lookup(hostile, "hanoj")) <= 20 * baseline + 0.5
    # A long query word is the same table, built on the other side.
    assert _best_of(2, lambda: lookup(normal, word[::-1])) <= 20 * baseline + 0.5


# Texts of the same size: real news (the seed articles), and the shapes that made the miner quadratic.
NEWS = "\n".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt")))
HOSTILE = {
    "a list of names in one sentence": "Tô Lâm, ",
    "names joined by and": "Tô Lâm and ",
    "a list of names ending in and": "Hanoi, Hue, Da Nang and Hanoi, ",
    "a parenthesis that never closes": "Renewal (đổi mới ",
    # Each capitalised gloss looked its lower-case form up in the whole text: quadratic per document.
    "a document of glosses": "Hà Nội (Hanoi) ",
}


def mine_cold(text: str) -> object:
    """Mine one text as the first of a run (the miner remembers the names of earlier texts)."""
    names.clear_caches()
    return mine_documents([Document("x.txt", text)])


@pytest.mark.parametrize("name", list(HOSTILE))
def test_the_miner_bounds_its_work_per_sentence_and_parenthesis(name: str) -> None:
    size = 24_000
    news = NEWS[:size]
    hostile = HOSTILE[name] * (size // len(HOSTILE[name]))
    mine_cold("Tô Lâm visited Hà Nội.")  # gazetteers load once per process: not part of either time
    baseline = _best_of(3, lambda: mine_cold(news))
    # A list of names costs about 20 times real news now (quadratic within one sentence of at most
    # MAX_SENTENCE characters); it was quadratic in the whole list: 24 K characters took ~10 s.
    assert _best_of(2, lambda: mine_cold(hostile)) <= 60 * baseline + 0.3


def test_a_huge_parenthesis_is_linear() -> None:
    # 4 MB inside one parenthesis took 60 s and 670 MB; the gloss pattern scanned all of it.
    def text(n: int) -> str:
        return "Renewal (" + "đổi mới " * n + ")"

    small = _best_of(2, lambda: mine_cold(text(4_000)))
    assert _best_of(1, lambda: mine_cold(text(32_000))) <= 3 * 8 * small + 0.5


def test_a_long_document_is_mined_in_parts_at_linear_cost() -> None:
    def text(n: int) -> str:
        return "Tô Lâm visited Hà Nội (Hanoi). " * n  # no line break: parts end at sentence ends

    assert len(text(16_000)) > 4 * MAX_PART
    small = _best_of(2, lambda: mine_cold(text(4_000)))
    assert _best_of(1, lambda: mine_cold(text(16_000))) <= 3 * 4 * small + 0.5


def test_the_parts_of_a_long_document_keep_the_files_line_numbers() -> None:
    filler = "The weather was fine in the morning and people walked along the river.\n"
    text = filler * 3000 + "Chính sách đổi mới (Renewal) began in 1986.\n" + filler * 10
    parts = Document("x.txt", text).parts()
    assert len(parts) > 1 and "".join(p.text for p in parts) == text
    assert all(len(p.text) <= MAX_PART for p in parts)
    entries = mine_cold(text).entries
    assert [str(s) for e in entries if e.en == "Renewal" for s in e.sources] == ["x.txt:3001"]


def test_the_bounds_keep_offsets_and_lines() -> None:
    long_sentence = "Tô Lâm, " * 1000 + "end.\nNext line (a gloss) and (" + "x " * 500 + ")\n"
    cut = bounded(long_sentence)
    assert len(cut) == len(long_sentence)
    assert max(len(s) for s in cut.replace(".", "\n").split("\n")) <= MAX_SENTENCE
    assert "(a gloss)" in cut and "(" + "x " * 10 not in cut  # the long parenthesis no longer opens
    assert cut.count("(") == long_sentence.count("(") - 1 and len("x " * 500) > MAX_PARENTHESIS
    doc = Document("x.txt", long_sentence)
    assert doc.line_of(long_sentence.index("Next")) == 2  # line numbers are those of the input


def test_ordinary_texts_are_not_changed_by_the_bounds() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert bounded(text) == text, path.name


def test_a_very_long_word_does_not_blow_up_the_checkers_near_misses() -> None:
    # A 3 KB text of one capitalised word ("UNESCOUNESCO...") took over 6 GB in the checker: the
    # two-deletion table of the word was built although no glossary word is near that long.
    from glossary.check.checker import Checker
    from glossary.check.sources import source_from_bytes
    from glossary.store import Glossary

    checker = Checker(list(Glossary.open(ROOT / "terms")))
    ordinary = ("Tô Lâm visited Hà Nội with UNESCO delegates. " * 80)[:3000].encode()
    hostile = ("UNESCO" * 500).encode()

    def check(raw: bytes) -> object:
        return checker.check_source(source_from_bytes(raw, "t.txt", kind="text"))

    check(ordinary)  # the indexes are built on first use: not a cost of either text
    baseline = _best_of(3, lambda: check(ordinary))
    assert _best_of(2, lambda: check(hostile)) <= 20 * baseline + 0.5
