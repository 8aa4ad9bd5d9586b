"""Round 28's docs audit: what a new user running the documented commands tripped on, through the
real command line (a subprocess, as the README shows it).

- `glossary check` without paths said `glossary: glossary check: nothing to check ...`;
- `glossary check --fix` replaced a file the user had made read-only (mode 0444), which glossary
  saves and exports refuse without `--force`; `--force` after `check` was not accepted;
- `check --help` did not say where the glossary comes from by default, `lookup --help` gave
  `--limit` no description.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n'
    '"X-Generator: glossary 0.1\\n"\n\n'
)
# An approved person; "Bùi Thị Xuân" written "Bùi Thi Xuân" is a VN102 partial-diacritics finding.
GLOSSARY = HEADER + '#. kind: person\nmsgid "Bui Thi Xuan"\nmsgstr "Bùi Thị Xuân"\n'
TEXT = "The statue of Bùi Thi Xuân stands in the square.\n"
FIXED = "The statue of Bùi Thị Xuân stands in the square.\n"


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def terms(tmp_path: Path) -> Path:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(GLOSSARY, encoding="utf-8")
    return folder


def test_the_fixture_text_has_one_fixable_finding(terms: Path, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(TEXT, encoding="utf-8")
    result = run_cli("check", "--glossary", str(terms), str(text))
    assert result.returncode == 1, result.stderr
    assert "VN102" in result.stdout and "'Bùi Thị Xuân'" in result.stdout


def test_check_without_paths_says_so_once_without_repeating_the_program_name() -> None:
    line = one_line_error(run_cli("check"))
    assert line == "glossary: check needs something to check: files, folders or - for standard input"
    assert "glossary check" not in line


@pytest.mark.parametrize("force", [None, "before", "after"])
def test_check_fix_keeps_a_read_only_file_unless_forced(
    terms: Path, tmp_path: Path, force: str | None
) -> None:
    text = tmp_path / "a.txt"
    text.write_text(TEXT, encoding="utf-8")
    text.chmod(0o444)
    args = ["check", "--glossary", str(terms), "--fix", str(text)]
    if force == "before":
        args = ["--force", *args]
    elif force == "after":
        args.append("--force")
    result = run_cli(*args)
    if force is None:
        line = one_line_error(result)
        assert line == f"glossary: {text}: read-only file (mode 0444); --force overwrites it"
        assert text.read_text(encoding="utf-8") == TEXT
        assert not (tmp_path / "a.txt.orig").exists()
    else:
        assert result.returncode == 0, result.stderr
        assert text.read_text(encoding="utf-8") == FIXED
        assert (tmp_path / "a.txt.orig").read_text(encoding="utf-8") == TEXT
        assert stat.S_IMODE(text.stat().st_mode) == 0o444


def test_check_fix_writes_nothing_when_one_of_its_files_is_read_only(terms: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT, encoding="utf-8")
    second.chmod(0o444)
    line = one_line_error(run_cli("check", "--glossary", str(terms), "--fix", str(first), str(second)))
    assert "b.txt: read-only file (mode 0444)" in line
    assert first.read_text(encoding="utf-8") == TEXT  # the writable one is untouched too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "terms"]


def test_check_fix_output_refuses_a_read_only_target_and_folder(terms: Path, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "fixed.txt"
    target.write_text("keep me\n", encoding="utf-8")
    target.chmod(0o444)
    line = one_line_error(
        run_cli("check", "--glossary", str(terms), "--fix", "--output", str(target), str(text))
    )
    assert "read-only file (mode 0444); --force overwrites it" in line
    assert target.read_text(encoding="utf-8") == "keep me\n"

    folder = tmp_path / "ro"
    folder.mkdir()
    inside = folder / "a.txt"
    inside.write_text(TEXT, encoding="utf-8")
    folder.chmod(0o555)
    try:
        line = one_line_error(run_cli("check", "--glossary", str(terms), "--fix", str(inside)))
        assert "is read-only (mode 0555); --force writes anyway" in line
        assert sorted(os.listdir(folder)) == ["a.txt"]
        assert inside.read_text(encoding="utf-8") == TEXT
    finally:
        folder.chmod(0o755)


def test_check_fix_still_writes_a_writable_file_and_stdin_needs_no_force(terms: Path, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(TEXT, encoding="utf-8")
    result = run_cli("check", "--glossary", str(terms), "--fix", str(text))
    assert result.returncode == 0, result.stderr
    assert text.read_text(encoding="utf-8") == FIXED
    piped = subprocess.run(
        [*_python_glossary(), "--glossary", str(terms), "check", "--fix", "-"],
        input=TEXT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == FIXED


def _python_glossary() -> list[str]:
    import sys

    return [sys.executable, "-m", "glossary"]


def test_help_says_what_check_glossary_and_lookup_limit_default_to() -> None:
    check = run_cli("check", "--help")
    assert check.returncode == 0
    flat = " ".join(check.stdout.split())
    assert "$GLOSSARY_PATH, else glossary in [tool.glossary]" in flat
    assert "--force" in flat
    lookup = run_cli("lookup", "--help")
    assert "show at most N entries (default 20)" in " ".join(lookup.stdout.split())
    top = " ".join(run_cli("--help").stdout.split())
    assert "check --fix: for the files it fixes" in top
