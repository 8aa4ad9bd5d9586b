"""The cold build from the PO files in two shares (glossary/search/coldbuild.py) against reading the
files whole and building the reference tables (tests/search_build_reference.py): the same tables
field by field, the same entries' JSON, the same searches; or, for a file that does not read, the
same error on the same line."""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bench.search_data import generate
from glossary.errors import PoStoreError
from glossary.model import Entry
from glossary.search import Index, build_index, coldbuild, load_cached, save_cached
from glossary.search.parts import part_of
from glossary.search.tables import Tables, entry_to_json
from glossary.store import read_entries

from .search_build_reference import build_reference
from .test_po_bulk import _catalogs
from .test_search_build_bulk import _plain

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _whole(path: Path) -> tuple:
    """What reading the files whole gives: the reference tables and JSON, or the error."""
    try:
        entries, digests = read_entries(path)
    except PoStoreError as err:
        return ("error", str(err), err.line)
    tables = build_reference(entries)
    return ("tables", _fields(tables), "".join(entry_to_json(e) + "\n" for e in entries), digests)


def _fields(tables: Tables) -> dict[str, object]:
    return {
        name: _plain(getattr(tables, name))
        for name in Tables.__dataclass_fields__
        if name not in ("entries", "key")
    }


def _cold(path: Path) -> tuple:
    try:
        tables, digests = coldbuild.build_from_files(path)
    except PoStoreError as err:
        return ("error", str(err), err.line)
    assert tables.entries is not None
    json = bytes(tables.entries.buffer[tables.entries.base : tables.entries.end]).decode()
    assert [tables.entries[i] for i in range(tables.size)] == json.split("\n")[:-1]
    return ("tables", _fields(tables), json, digests)


class _InProcess:
    """coldbuild's worker, reading its share in this process (a process per example is too slow)."""

    shares: list[int] = []

    def __init__(self, pieces: list[coldbuild.Piece]) -> None:
        self.pieces = pieces
        _InProcess.shares.append(sum(len(p.data) for p in pieces))

    def result(self) -> coldbuild.Reading | None:
        try:
            reading = coldbuild.read_pieces(self.pieces)
        except (PoStoreError, coldbuild._Unsplit):
            return None
        # As the worker's answer crosses the pipe (Part packs its lists of strings to do so).
        return pickle.loads(pickle.dumps(reading, protocol=pickle.HIGHEST_PROTOCOL))

    def close(self) -> None:
        pass


@pytest.fixture
def split_always(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coldbuild, "SPLIT_FROM", 0)
    monkeypatch.setattr(coldbuild.os, "cpu_count", lambda: 2)


@st.composite
def _files(draw: st.DrawFn) -> bytes:
    """PO files of test_po_bulk's catalogs (mostly valid messages, odd pieces mixed in), several
    joined by blank lines, mostly with LF line breaks (a file with CRs is read whole)."""
    pieces = draw(st.lists(_catalogs(), min_size=1, max_size=6))
    data = b"\n\n".join(pieces)
    if draw(st.integers(0, 4)):
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_files(), share=st.floats(0.05, 0.95), header=st.booleans())
def test_two_shares_read_as_the_whole_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    split_always: None,
    data: bytes,
    share: float,
    header: bool,
) -> None:
    monkeypatch.setattr(coldbuild, "WORKER_SHARE", share)
    monkeypatch.setattr(coldbuild, "_Worker", _InProcess)
    path = tmp_path / "vi.po"
    path.write_bytes((HEADER.encode() if header else b"") + data)
    _InProcess.shares.clear()
    assert _cold(path) == _whole(path)
    event("split" if _InProcess.shares else "read whole")


def test_a_generated_glossary_is_split_and_builds_the_reference(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_always: None
) -> None:
    path = tmp_path / "vi.po"
    path.write_text(generate(3000), encoding="utf-8")
    for share in (0.1, 0.55, 0.9):
        monkeypatch.setattr(coldbuild, "WORKER_SHARE", share)
        monkeypatch.setattr(coldbuild, "_Worker", _InProcess)
        _InProcess.shares.clear()
        assert _cold(path) == _whole(path)
        [taken] = _InProcess.shares
        assert abs(taken / path.stat().st_size - share) < 0.05


def test_files_of_a_folder_are_shared_out_whole_or_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_always: None
) -> None:
    text = generate(900)
    messages = text.split("\n\n")
    for n in range(3):  # three files of a third each: the cut falls in one of them
        (tmp_path / f"{n}.po").write_text(
            "\n\n".join([messages[0], *messages[1 + n * 300 : 1 + (n + 1) * 300]])
        )
    for share in (0.2, 0.5, 0.67, 0.8):
        monkeypatch.setattr(coldbuild, "WORKER_SHARE", share)
        monkeypatch.setattr(coldbuild, "_Worker", _InProcess)
        _InProcess.shares.clear()
        assert _cold(tmp_path) == _whole(tmp_path)
        assert _InProcess.shares


def _records() -> tuple[list[bool], object]:
    """A stand-in for the real worker's result(), and the list where it notes whether each gave
    back a reading."""
    seen: list[bool] = []
    real = coldbuild._Worker.result

    def result(self: coldbuild._Worker) -> coldbuild.Reading | None:
        reading = real(self)
        seen.append(reading is not None)
        return reading

    return seen, result


def test_the_worker_process_reads_its_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_always: None
) -> None:
    path = tmp_path / "vi.po"
    path.write_text(generate(2000), encoding="utf-8")
    seen, result = _records()
    monkeypatch.setattr(coldbuild._Worker, "result", result)
    assert _cold(path) == _whole(path)
    assert seen == [True]
    # And the index over it finds what an index over the entries finds, from memory and from the cache.
    entries, _ = read_entries(path)
    reference = Index(entries)
    built = build_index(path, tmp_path / "cache")
    cached = load_cached(path, tmp_path / "cache")
    assert cached is not None
    for query in ("thang long", "ha noi", "Hồ", "truong dai hoc", "nguyen van", "xyz"):
        expected = [(entry_to_json(m.entry), m.rank, m.form) for m in reference.search(query, 30)]
        assert [(entry_to_json(m.entry), m.rank, m.form) for m in built.search(query, 30)] == expected
        assert [(entry_to_json(m.entry), m.rank, m.form) for m in cached.search(query, 30)] == expected


def test_the_cold_cache_file_is_the_one_an_index_over_the_stores_entries_writes(
    tmp_path: Path, split_always: None
) -> None:
    """Byte for byte: the cold build (two shares, the real worker, poread's columns) and an index
    built over the entries the store reads (Entry objects, Entry.to_json) write the same file."""
    path = tmp_path / "vi.po"
    text = generate(1500)
    # Messages poread leaves to the store's reader, among those it maps itself.
    text += "\n# a note\n#. kind: place\n#. abbr: HN\n#: a.txt:007 b.txt\n#, fuzzy, c-format\n"
    text += 'msgctxt "city"\nmsgid "Ha Noi"\nmsgstr ""\n"Hà Nội"\n'
    path.write_text(text, encoding="utf-8")
    cold = build_index(path, tmp_path / "cold")
    entries, digests = read_entries(path)
    assert cold.tables.size == len(entries) == 1501
    written = save_cached(Index(entries), path, digests, tmp_path / "store")
    [cold_file] = (tmp_path / "cold").glob("*.idx")
    assert cold_file.name == written.name and cold_file.read_bytes() == written.read_bytes()


@pytest.mark.parametrize(
    "damage",
    [
        # a syntax error in the second share: its line is the whole file's line
        lambda text: text + '\nmsgid "broken\nmsgstr ""\n',
        # the same message in both shares: gettext refuses it, so does the whole file's reading
        lambda text: text + "\n" + text.split("\n\n")[1] + "\n",
        # a header after other messages, in the second share
        lambda text: text + '\nmsgid ""\nmsgstr "Language: vi\\n"\n',
    ],
    ids=["syntax error", "duplicate across shares", "late header"],
)
def test_a_file_that_does_not_read_gives_the_whole_files_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_always: None, damage
) -> None:
    path = tmp_path / "vi.po"
    path.write_text(damage(generate(2000)), encoding="utf-8")
    expected = _whole(path)
    assert expected[0] == "error"
    seen, result = _records()
    monkeypatch.setattr(coldbuild._Worker, "result", result)
    assert _cold(path) == expected
    assert seen  # the worker was started (and its reading refused or dropped)


def test_comments_before_a_blank_line_stay_with_their_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_always: None
) -> None:
    """A blank line between a message's comments and its msgid is no place to cut: the comments
    belong to the message after them, and a share ending in them would drop them silently."""
    path = tmp_path / "vi.po"
    path.write_text(generate(400).replace("\nmsgid ", "\n\nmsgid "), encoding="utf-8")
    whole = _whole(path)
    assert whole[0] == "tables"
    monkeypatch.setattr(coldbuild, "_Worker", _InProcess)
    for share in (0.3, 0.4, 0.5, 0.6, 0.7):
        monkeypatch.setattr(coldbuild, "WORKER_SHARE", share)
        _InProcess.shares.clear()
        assert _cold(path) == whole
        assert _InProcess.shares


@pytest.mark.parametrize("odd", ["", "a\0b", "\0"])
def test_a_part_crosses_the_pipe_unchanged(odd: str) -> None:
    """A part's lists of strings travel packed into one text each, or as they are when a string
    holds the separator (NUL); either way the part comes back equal, field by field."""
    entries = [Entry(vi=vi, en="x") for vi in ["Hà Nội", "ha noi", "Huế", odd or "sông Hồng", "Hà Nội"]]
    part = part_of(entries, with_json=True)
    back = pickle.loads(pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))
    assert vars(back) == vars(part)
    assert back.tie_keys  # "Hà Nội" twice: a tie resolved by the whole key, kept across


@pytest.mark.parametrize(
    "keys",
    [[], ["Hà Nội", "", "x"], ["a", ("ctx", "a"), "b"], ["a\0b", "c"]],
    ids=["none", "texts", "pairs", "NUL"],
)
def test_a_readings_keys_cross_the_pipe_unchanged(keys: list) -> None:
    """The keys travel as one text when they are all texts without a NUL, else as they are."""
    reading = coldbuild.Reading(part_of([Entry(vi="Huế")]), list(keys))
    back = pickle.loads(pickle.dumps(reading, protocol=pickle.HIGHEST_PROTOCOL))
    assert back.keys == keys and [type(k) for k in back.keys] == [type(k) for k in keys]
    assert vars(back.part) == vars(reading.part)


# A parent that starts the cold build's worker and waits; the worker waits for its share on its
# standard input, which a second child holds open, so that it would wait as long as that child
# lives (60 s) unless the parent's death ends it. With "fallback", the worker's module is made to
# find no prctl, so the portable check (a thread watching os.getppid) is what ends it.
_PARENT = """
import os, subprocess, sys, time
from glossary.search import coldbuild, partworker
if sys.argv[1] == "fallback":
    # A child running partworker's own main with the kernel's death signal unavailable.
    code = (
        "import sys; from glossary.search import partworker; "
        "partworker._death_signal = lambda signum: False; "
        "sys.argv = ['partworker', sys.argv[1]]; partworker.main()"
    )
    worker = subprocess.Popen([sys.executable, "-c", code, str(os.getpid())], stdin=subprocess.PIPE)
    stdin = worker.stdin.fileno()
else:
    coldbuild._Worker._feed = lambda self, pieces: None  # the share is never sent
    started = coldbuild._Worker([])
    worker, stdin = started.process, started.process.stdin.fileno()
held = os.dup(stdin)
os.set_inheritable(held, True)
holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], pass_fds=[held])
print(worker.pid, holder.pid, flush=True)
time.sleep(60)
"""


def _alive(pid: int) -> bool:
    """Whether process pid runs (a zombie, dead but not yet reaped by its new parent, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states in /proc")
@pytest.mark.parametrize("mode", ["prctl", "fallback"])
def test_the_worker_exits_when_its_parent_is_killed(mode: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, mode],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert parent.stdout is not None
    worker, holder = map(int, parent.stdout.readline().split())
    try:
        time.sleep(0.5)  # the worker is up and waiting on its standard input
        assert _alive(worker)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 3
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(worker), "the worker outlived its parent"
        assert _alive(holder)  # what kept the worker's input open was still there
    finally:
        for pid in (worker, holder):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
