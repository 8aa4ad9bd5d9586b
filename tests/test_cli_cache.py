"""Every reading command opens the glossary through the session: with a current index cache,
`lookup`, `stats`, `export` and `check` never parse a PO file, and say what they said without it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from glossary.model import Entry, Kind, Status
from glossary.store import Glossary

# Runs the real CLI with the PO readers (the store's, and the cold index build's, which maps PO
# messages without it) replaced by one that fails loudly: a command that parses a PO file exits 99
# instead of answering.
NO_PARSE = """
import sys
import glossary.po, glossary.store, glossary.search.poread

def refuse(data, path, *rest):
    print(f"parsed {path}", file=sys.stderr)
    raise SystemExit(99)

glossary.po.parse_po = glossary.store.parse_po = glossary.search.poread.read_columns = refuse
from glossary.cli import main
sys.exit(main(sys.argv[1:]))
"""

N = 3000  # enough entries that the cache's tables are paged in, not a toy of three


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big") / "terms"
    glossary = Glossary.open(folder, create=True)
    for i in range(N):
        entry = Entry(en=f"Term {i} of Hanoi", vi=f"Thuật ngữ {i} của Hà Nội", kind=Kind.PLACE)
        entry.status = Status.REJECTED if i % 10 == 0 else Status.APPROVED
        glossary.add(entry)
    glossary.add(Entry(en="Thang Long", vi="Thăng Long", kind=Kind.PLACE, status=Status.APPROVED))
    glossary.save()
    return folder


def run(
    args: list[str], cache: Path, *, parse: bool, stdin: str | None = None
) -> subprocess.CompletedProcess:
    env = dict(os.environ, GLOSSARY_CACHE_DIR=str(cache))
    env.pop("GLOSSARY_PATH", None)
    command = [sys.executable, "-m", "glossary"] if parse else [sys.executable, "-c", NO_PARSE]
    return subprocess.run(
        command + args, capture_output=True, text=True, encoding="utf-8", env=env, input=stdin, timeout=120
    )


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "thang long"],
        ["lookup", "ha noi", "--all", "--format", "json", "--limit", "5"],
        ["stats", "--format", "json"],
        ["export", "--format", "csv"],
        ["check", "-"],
    ],
    ids=["lookup", "lookup-json", "stats", "export", "check"],
)
def test_a_current_cache_answers_without_parsing_po_files(big: Path, tmp_path: Path, args: list[str]) -> None:
    cache = tmp_path / "cache"
    text = "Hôm nay Thuật ngữ 5 của Ha Nội mở cửa.\n" if args[0] == "check" else None
    full = ["--glossary", str(big), *args]
    cold = run(full, cache, parse=True, stdin=text)  # parses, answers, and caches the index
    assert cold.returncode in (0, 1) and cold.stdout, cold.stderr
    warm = run(full, cache, parse=False, stdin=text)
    assert "parsed" not in warm.stderr and warm.returncode == cold.returncode, warm.stderr
    assert warm.stdout == cold.stdout and warm.stdout


def test_without_a_cache_the_parser_is_needed(big: Path, tmp_path: Path) -> None:
    """The spy above is live: with no cache the same command does parse (and so fails under it)."""
    cold = run(["--glossary", str(big), "lookup", "thang long"], tmp_path / "empty", parse=False)
    assert cold.returncode == 99 and "parsed" in cold.stderr


def test_stats_from_the_cache_counts_like_the_glossary(big: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    run(["--glossary", str(big), "lookup", "x"], cache, parse=True)
    stats = json.loads(run(["--glossary", str(big), "stats", "--format", "json"], cache, parse=False).stdout)
    assert stats["total"] == N + 1
    assert stats["by_status"]["rejected"] == N // 10
    assert stats["files"] == [str(big / "vi.po")]
