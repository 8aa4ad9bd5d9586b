"""`glossary check` as a user runs it: output format, exit codes, configuration, errors, JSON and SARIF."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.check_helpers import write_glossary

DATA = Path(__file__).parent / "data"
LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>VN\d{3}) (?P<message>.+)$")


@pytest.fixture
def project(tmp_path):
    """A glossary folder and a folder of texts, side by side."""
    write_glossary(tmp_path / "terms")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("Tô Lam visited Ha Nội.\nAudrey Azoulai was there.\n", encoding="utf-8")
    (texts / "clean.md").write_text("# Hà Nội\n\nTô Lâm spoke in Hà Nội.\n", encoding="utf-8")
    return tmp_path


def run(cli, project, *args, **kw):
    return cli("--glossary", str(project / "terms"), "check", *args, cwd=kw.get("cwd", project))


def test_findings_are_linter_lines_sorted_and_exit_1(cli, project):
    result = run(cli, project, "texts")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    keys = [(m["path"], int(m["line"]), int(m["col"])) for m in parsed]
    assert keys == sorted(keys)
    assert [m["code"] for m in parsed] == ["VN102", "VN102", "VN103"]
    assert lines[0] == "texts/a.txt:1:1: VN102 'Tô Lam' has partial diacritics (use 'Tô Lâm')"
    assert "3 finding(s)" in result.stderr


def test_clean_input_exits_0_and_prints_nothing(cli, project):
    result = run(cli, project, "texts/clean.md")
    assert (result.returncode, result.stdout) == (0, "")


def test_select_and_ignore(cli, project):
    assert [
        LINE.match(x)["code"] for x in run(cli, project, "texts", "--select", "VN103").stdout.splitlines()
    ] == ["VN103"]
    result = run(cli, project, "texts", "--ignore", "VN102,VN103")
    assert (result.returncode, result.stdout) == (0, "")
    bad = run(cli, project, "texts", "--select", "XX9")
    assert bad.returncode == 2 and "unknown check code" in bad.stderr


def test_standard_input(cli, project, tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "glossary",
            "--glossary",
            str(project / "terms"),
            "check",
            "-",
            "--stdin-filename",
            "x.md",
        ],
        input="Viêt Nam\n".encode(),
        capture_output=True,
        cwd=project,
    )
    assert result.returncode == 1
    assert result.stdout.decode() == "x.md:1:1: VN102 'Viêt Nam' has partial diacritics (use 'Việt Nam')\n"


def test_json_output(cli, project):
    result = run(cli, project, "texts/a.txt", "--format", "json")
    data = json.loads(result.stdout)
    assert [d["code"] for d in data] == ["VN102", "VN102", "VN103"]
    first = data[0]
    assert first["found"] == "Tô Lam" and first["candidates"] == ["Tô Lâm"] and first["fixable"]
    assert first["entry"] == {"en": "To Lam", "vi": "Tô Lâm", "disambiguation": ""}
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (1, 1, 1, 7)


def test_house_style_from_glossary_toml_and_pyproject(cli, project):
    text = project / "texts" / "b.txt"
    text.write_text("To Lam in Hanoi.\n", encoding="utf-8")
    assert run(cli, project, "texts/b.txt").returncode == 0  # no house style: fine
    (project / "terms" / "glossary.toml").write_text('style = "en-diacritics"\n', encoding="utf-8")
    result = run(cli, project, "texts/b.txt")
    assert [LINE.match(x)["code"] for x in result.stdout.splitlines()] == ["VN101", "VN101"]
    # the project's pyproject.toml wins over the glossary's file, and may name the glossary itself
    (project / "pyproject.toml").write_text(
        '[tool.glossary]\nglossary = "terms"\nstyle = "en"\n', encoding="utf-8"
    )
    assert cli("check", "texts/b.txt", cwd=project).returncode == 0
    assert cli("check", "texts/b.txt", "--style", "vi", cwd=project).returncode == 1
    (project / "pyproject.toml").write_text('[tool.glossary]\nstlye = "en"\n', encoding="utf-8")
    bad = cli("check", "texts/b.txt", cwd=project)
    assert bad.returncode == 2 and "unknown setting 'stlye'" in bad.stderr


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("latin1.txt", "Hà Nội\nxin chào\nnăm ".encode() + b"\xe0\n", r"latin1.txt:3: not UTF-8 text"),
        (
            "bad.po",
            b'msgid ""\nmsgstr ""\n"Language: vi\\n"\n\nmsgid "a"\nmsgstr "b"\nmsgstr "c"\n',
            r"bad.po:7: ",
        ),
        ("nul.txt", b"abc\n\x00def", r"nul.txt:2: binary file"),
    ],
)
def test_bad_input_is_one_line_exit_2_nothing_written(cli, project, name, data, expected):
    bad = project / "texts" / name
    bad.write_bytes(data)
    before = (project / "texts" / "a.txt").read_bytes()
    result = run(cli, project, "texts", "--fix")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and re.search(expected, lines[0]), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert (project / "texts" / "a.txt").read_bytes() == before
    assert not list((project / "texts").glob("*.orig"))


def test_missing_and_unreadable_files(cli, project):
    result = run(cli, project, "texts/nope.txt")
    assert (
        result.returncode == 2 and result.stderr.strip() == "glossary: texts/nope.txt: no such file or folder"
    )
    (project / "texts" / "dangling.txt").symlink_to(project / "gone.txt")
    result = run(cli, project, "texts/dangling.txt")
    assert result.returncode == 2 and "texts/dangling.txt: cannot read" in result.stderr


def test_check_is_documented_with_every_code():
    docs = (Path(__file__).parent.parent / "docs" / "check.md").read_text(encoding="utf-8")
    from glossary.check import CODES

    for code in CODES:
        assert f"### {code}" in docs, code
