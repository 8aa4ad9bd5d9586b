"""Round 21 of the reliability hunt: the miner's work on degenerate input, counted rather than timed,
and the exact shortcuts that bound it checked against the plain scans they replace."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import glossary.mine
from glossary.mine import names
from glossary.mine.documents import MAX_PARENTHESIS, Document, _long_parentheses
from glossary.mine.name_spans import NAME_BEFORE
from glossary.mine.paren_names import _LABELLED_BEFORE, _LABELLED_TAIL, _name_window
from glossary.mine.pipeline import mine_documents
from tests.conftest import ROOT
from tests.line_counts import lines_run_in
from tests.test_reliability_bounds import NEWS

MINE_DIR = str(Path(glossary.mine.__file__).parent)


def _lines_run_in_the_miner(text: str) -> int:
    """How many lines of glossary/mine/ run while mining text as the first of a run."""
    names.clear_caches()
    return lines_run_in(MINE_DIR, lambda: mine_documents([Document("x.txt", text)]))


# Texts of about n characters in the shapes that made the miner slow; soak/degenerate.py mines the
# same shapes at 1.7 MB through the command line.
DEGENERATE: dict[str, Callable[[int], str]] = {
    # 1.7 MB of this on one line took 53 s; each gloss searched 120 characters back at each capital.
    "glosses on one line": lambda n: "Hà Nội (Hanoi) " * (n // 15),
    "glosses on short lines": lambda n: "Hà Nội (Hanoi)\n" * (n // 15),
    "one long parenthesis": lambda n: "Renewal (" + "đổi mới " * (n // 8) + ")",
    # Each opening scanned the next 400 characters: 400 steps a character (47 s a megabyte).
    "nested parentheses": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "nested glosses": lambda n: "Hà Nội (Hanoi " * (n // 14) + ")" * (n // 14),
    "a name repeated": lambda n: "Tô Lâm, " * (n // 8),
    "very long words": lambda n: ("a" * 1500 + " ") * (n // 1501),
    "no blanks": lambda n: "HàNội(Hanoi)" * (n // 12),
    "short lines": lambda n: "Hà Nội\n" * (n // 7),
}


@pytest.fixture(scope="module")
def news_per_character() -> float:
    _lines_run_in_the_miner("Tô Lâm visited Hà Nội.")  # gazetteers and word lists load once
    text = NEWS[:8000]
    return _lines_run_in_the_miner(text) / len(text)


@pytest.mark.parametrize("shape", list(DEGENERATE))
def test_the_miners_work_on_degenerate_text_is_linear_and_near_that_of_news(
    shape: str, news_per_character: float
) -> None:
    small, large = DEGENERATE[shape](4000), DEGENERATE[shape](8000)
    work_small, work_large = _lines_run_in_the_miner(small), _lines_run_in_the_miner(large)
    # Twice the text, about twice the work: a quadratic step would give four times.
    assert work_large < 3 * work_small, (work_small, work_large)
    # A bounded but wide rescan per character (nested parentheses ran 594 lines a character, news
    # about 6) is caught by comparing with news.
    assert work_large / len(large) < 20 * news_per_character, (work_large / len(large), news_per_character)


def _closed_within(text: str, start: int) -> bool:
    """The scan the stack of documents._closing_offsets replaced: the oracle."""
    depth = 0
    for match in re.finditer(r"[()]", text[start : start + MAX_PARENTHESIS + 1]):
        depth += 1 if match.group() == "(" else -1
        if depth == 0:
            return True
    return False


def _long_parentheses_by_scanning(text: str) -> list[int]:
    return [
        at
        for at, char in enumerate(text)
        if char == "(" and len(text) - at > MAX_PARENTHESIS and not _closed_within(text, at)
    ]


@pytest.mark.parametrize("seed", range(40))
def test_long_parentheses_found_with_a_stack_are_those_a_scan_finds(seed: int) -> None:
    rng = random.Random(seed)
    # Runs of openings, closings and words, so that pairs close just inside and just beyond the bound.
    pieces = ["(", ")", "((", "))", "x " * rng.randint(1, 30), "a" * rng.randint(50, 200)]
    weights = [rng.random() for _ in pieces]
    text = "".join(rng.choices(pieces, weights, k=rng.randint(100, 600)))
    assert _long_parentheses(text) == _long_parentheses_by_scanning(text)


# Words and marks the two patterns read: names, a list's joins, labels in parentheses, quotes.
_TOKENS = ["Hà Nội", "Langson", "Lang-Son", "Kinh", "(French)", "(", ")", ", ", " or ", " ", '"', "“", "”",
           "the", "of", "Bà Rịa–Vũng Tàu", "\n", ",", "x", "Thăng Long"]  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_the_narrowed_name_searches_find_what_the_full_ones_find(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choices(_TOKENS, k=400))
    for end in range(0, len(text) + 1, 3):
        for size in (80, 120):
            start = max(0, end - size)
            full = NAME_BEFORE.search(text, start, end)
            narrowed = NAME_BEFORE.search(text, _name_window(text, end, size), end)
            assert (full and full.span(1)) == (narrowed and narrowed.span(1)), (text[start:end], size)
        if _LABELLED_BEFORE.search(text, max(0, end - 120), end) is not None:
            assert _LABELLED_TAIL.search(text, max(0, end - 120), end) is not None, text[end - 120 : end]


def _glossary(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "glossary", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("content", "where", "says"),
    [
        # An undecodable byte on the second line: the line, the byte and what to do.
        ("Hà Nội (Hanoi)\nHuế \xff".encode("utf-8", "surrogateescape") + b"\xff\n", ":2:", "not UTF-8 text"),
        # UTF-16 (Windows Notepad's "Unicode"): said so, not "byte 0".
        ("Hà Nội (Hanoi)\n".encode("utf-16"), ":1:", "UTF-16 text"),
        # A NUL byte on the third line.
        (b"Ha Noi\nHue\nx\x00y\n", ":3:", "binary file"),
    ],
    ids=["invalid-utf8", "utf16-bom", "nul"],
)
def test_mine_names_the_line_of_a_file_it_cannot_read(
    tmp_path: Path, content: bytes, where: str, says: str
) -> None:
    text = tmp_path / "in.txt"
    text.write_bytes(content)
    (tmp_path / "g").mkdir()
    result = _glossary("--glossary", str(tmp_path / "g"), "mine", "--dry-run", str(text))
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{text}{where}" in lines[0] and says in lines[0], result.stderr
    assert "Traceback" not in result.stderr


GLOSSARY_PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n'
)


@pytest.mark.parametrize(
    ("command", "option"),
    [
        # A query typed in a Latin-1 terminal: a UnicodeEncodeError traceback once the index cache
        # was warm, "the index cache is damaged" when it was not.
        (["lookup", b"h\xffa"], "the query"),
        # The same in a form to add: the save failed half-way and the session's KeyError hid why.
        (["add", "--en", b"h\xffa", "--vi", "x"], "--en"),
        (["add", "--en", "Hue", "--vi", "Huế", "--note", b"\xe1\x80"], "--note"),
    ],
    ids=["lookup", "add-en", "add-note"],
)
def test_a_text_argument_that_is_not_utf8_is_one_line(tmp_path: Path, command: list, option: str) -> None:
    (tmp_path / "vi.po").write_text(GLOSSARY_PO, encoding="utf-8")
    before = (tmp_path / "vi.po").read_bytes()
    for _ in range(2):  # the second with the index cache the first left
        result = subprocess.run(
            [sys.executable, "-m", "glossary", "--glossary", str(tmp_path / "vi.po"), *command],
            cwd=ROOT, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2 and len(lines) == 1, result.stderr
        assert f"{option}: not UTF-8 text" in lines[0] and "Traceback" not in result.stderr
    assert (tmp_path / "vi.po").read_bytes() == before


def test_a_utf16_glossary_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "vi.po").write_bytes(GLOSSARY_PO.encode("utf-16"))
    result = _glossary("--glossary", str(tmp_path / "vi.po"), "stats")
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        f"glossary: {tmp_path / 'vi.po'}:1: UTF-16 text (a byte-order mark); save it as UTF-8"
    ]


def test_a_save_that_fails_after_linking_a_new_entry_reports_why_and_adds_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full disk while saving an added entry: the session's KeyError replaced "No space left on
    # device", and the next save wrote the entry twice (a file the next load refuses).
    import glossary.store
    from glossary.session import Session
    from glossary.store import Glossary
    from glossary.upsert import Fields, Upsert

    path = tmp_path / "vi.po"
    path.write_text(GLOSSARY_PO, encoding="utf-8")
    real = glossary.store.atomic_write

    def disk_full(target: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device", str(target))

    session = Session(path, create=True)
    session.apply(Upsert("Hue", "Huế", "", Fields()))
    monkeypatch.setattr(glossary.store, "atomic_write", disk_full)
    with pytest.raises(OSError, match="No space left"):
        session.save()
    assert path.read_text(encoding="utf-8") == GLOSSARY_PO  # nothing half-written
    monkeypatch.setattr(glossary.store, "atomic_write", real)
    session.save()
    assert path.read_text(encoding="utf-8").count('msgid "Hue"') == 1
    assert sorted(e.en for e in Glossary.open(path)) == ["Hanoi", "Hue"]


@pytest.mark.parametrize("suffix", [".po", ".csv", ".tsv", ".tbx", ".xlsx", ".mo"])
def test_importing_a_named_pipe_is_one_line_not_a_wait(tmp_path: Path, suffix: str) -> None:
    # openpyxl opened a FIFO named *.xlsx and waited for a writer for ever.
    pipe = tmp_path / f"terms{suffix}"
    os.mkfifo(pipe)
    (tmp_path / "vi.po").write_text(GLOSSARY_PO, encoding="utf-8")
    result = _glossary("--glossary", str(tmp_path / "vi.po"), "import", str(pipe))
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        f"glossary: {pipe}: cannot read: is a named pipe (FIFO), not a regular file"
    ]


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        # A FIFO among the gold files of a folder: eval waited for a writer for ever.
        ("page.json", None, "page.json: is a named pipe (FIFO), not a regular file"),
        # The JSON parser's line, in the path:line form of every other message.
        ("page.json", b'{\n "entries": [\n x]}', "page.json:3: cannot read gold: Expecting value"),
        (
            "page.json",
            b'{"entries": [\n"\xff"]}',
            "page.json:2: cannot read gold: not UTF-8 text (byte 0xff)",
        ),
    ],
    ids=["fifo", "bad-json", "not-utf8"],
)
def test_eval_names_the_gold_file_and_line_it_cannot_read(
    tmp_path: Path, name: str, content: bytes | None, says: str
) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    if content is None:
        os.mkfifo(gold / name)
    else:
        (gold / name).write_bytes(content)
    text = tmp_path / "page.txt"
    text.write_text("Hà Nội (Hanoi)\n", encoding="utf-8")
    (tmp_path / "g").mkdir()
    result = _glossary("--glossary", str(tmp_path / "g"), "eval", str(gold), str(text))
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [f"glossary: {gold / says}"]
