"""The real `glossary` command, run in a subprocess as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest

from tests.conftest import ROOT

SHIPPED = ROOT / "terms"


@pytest.mark.parametrize(
    ("query", "expected_vi"),
    [
        ("thang long", "Hoàng thành Thăng Long"),  # folded, no diacritics
        ("to lam", "Tô Lâm"),  # a person's name without diacritics
        ("dooir mowis", "đổi mới"),  # Telex typed with a plain d still finds đ
        ("ddooir mowis", "đổi mới"),  # full Telex
        ("d9o63i mo71i", "đổi mới"),  # VNI
        ("Thăng Long", "Hoàng thành Thăng Long"),  # as typed with diacritics
        ("To\u0302 La\u0302m", "Tô Lâm"),  # NFD input
        ("Renewal", "đổi mới"),  # the English side
    ],
)
def test_lookup_on_the_shipped_glossary(cli, query: str, expected_vi: str) -> None:
    result = cli("lookup", query, "--format", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found, f"nothing found for {query!r}"
    assert found[0]["vi"] == expected_vi


def test_lookup_text_output_shows_both_forms_variants_kind_and_status(cli) -> None:
    result = cli("lookup", "to lam")
    assert result.returncode == 0
    first = result.stdout.split("\n")[0]
    assert "Tô Lâm" in first and "To Lam" in first and "person" in first and "approved" in first
    assert "variants:" in result.stdout and "Lâm" in result.stdout


def test_lookup_miss_exits_1_with_a_message_on_stderr(cli) -> None:
    result = cli("lookup", "zzzqqqxxx", "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout) == []
    assert "no entry matches" in result.stderr


def test_add_creates_then_updates_an_entry(cli, tmp_path: Path) -> None:
    glossary = tmp_path / "terms"
    r = cli(
        "--glossary",
        str(glossary),
        "add",
        "--en",
        "Hanoi",
        "--vi",
        "Hà Nội",
        "--kind",
        "place",
        "--variant",
        "no-diacritics=Ha Noi",
    )
    assert r.returncode == 0, r.stderr
    r = cli(
        "--glossary", str(glossary), "add", "--en", "Hanoi", "--note", "capital", "--source", "seeds/x.txt:3"
    )
    assert r.returncode == 0, r.stderr
    po = polib.pofile(str(glossary / "vi.po"))
    [entry] = [e for e in po if e.msgid == "Hanoi"]
    assert entry.msgstr == "Hà Nội"
    assert "variant: no-diacritics: Ha Noi" in entry.comment
    assert entry.tcomment == "capital"
    assert entry.occurrences == [("seeds/x.txt", "3")]
    found = json.loads(cli("--glossary", str(glossary), "lookup", "ha noi", "--format", "json").stdout)
    assert found[0]["en"] == "Hanoi" and found[0]["kind"] == "place"


def test_stats_counts_by_kind_and_status(cli, tmp_path: Path) -> None:
    glossary = tmp_path / "g"
    cli("--glossary", str(glossary), "add", "--en", "Hanoi", "--vi", "Hà Nội", "--kind", "place")
    cli("--glossary", str(glossary), "add", "--en", "Renewal", "--vi", "đổi mới", "--status", "candidate")
    data = json.loads(cli("--glossary", str(glossary), "stats", "--format", "json").stdout)
    assert data["total"] == 2
    assert data["by_kind"]["place"] == 1 and data["by_kind"]["term"] == 1
    assert data["by_status"] == {"candidate": 1, "approved": 1, "rejected": 0}
    text = cli("--glossary", str(glossary), "stats").stdout
    assert "place" in text and "total" in text


def test_stats_on_the_shipped_glossary_is_not_empty(cli) -> None:
    data = json.loads(cli("stats", "--format", "json").stdout)
    assert data["total"] >= 20
    assert data["by_kind"]["person"] >= 3 and data["by_kind"]["acronym"] >= 3


# Malformed or unreadable glossaries: one line on stderr naming file and line, exit 2, no traceback.
MALFORMED = [
    ("unterminated.po", b'msgid "Hanoi\nmsgstr "H\xc3\xa0 N\xe1\xbb\x99i"\n', 1),
    ("duplicate.po", b'msgid "A"\nmsgstr "a"\n\nmsgid "A"\nmsgstr "b"\n', 4),
    (
        "latin1.po",
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Hu\xe9"\nmsgstr ""\n',
        5,
    ),
    ("nul.po", b'msgid "A"\nmsgstr "a\x00"\n', 2),
    (
        "charset.po",
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=NOPE-42\\n"\n\nmsgid "A"\nmsgstr "a"\n',
        3,
    ),
]


@pytest.mark.parametrize(("name", "data", "line"), MALFORMED, ids=[m[0] for m in MALFORMED])
@pytest.mark.parametrize("command", [["stats"], ["lookup", "a"], ["add", "--en", "B", "--vi", "b"]])
def test_malformed_po_is_one_clear_line_and_exit_2(
    cli, tmp_path: Path, name: str, data: bytes, line: int, command: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = cli("--glossary", str(path), *command)
    assert result.returncode == 2
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1, result.stderr
    assert f"{path}:{line}:" in lines[0]
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == data  # nothing written


def test_nfd_glossary_is_read_as_nfc(cli, tmp_path: Path) -> None:
    path = tmp_path / "nfd.po"
    path.write_text('msgid "To Lam"\nmsgstr "To\u0302 La\u0302m"\n', encoding="utf-8")
    found = json.loads(cli("--glossary", str(path), "lookup", "Tô Lâm", "--format", "json").stdout)
    assert found[0]["vi"] == "Tô Lâm"
    assert found[0]["match"]["rank"] == "exact"


def test_every_command_is_documented_in_the_readme() -> None:
    from glossary.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    missing = [name for name in commands if f"glossary {name}" not in readme]
    assert missing == []


def test_add_sets_a_variant_status_and_refuses_an_unknown_one(cli, tmp_path: Path) -> None:
    glossary = str(tmp_path / "terms")
    r = cli(
        "--glossary",
        glossary,
        "add",
        "--en",
        "Hanoi",
        "--vi",
        "Hà Nội",
        "--variant",
        "spelling,deprecated=Ha-noi",
    )
    assert r.returncode == 0, r.stderr
    [entry] = [e for e in polib.pofile(str(tmp_path / "terms" / "vi.po")) if e.msgid == "Hanoi"]
    assert "variant: spelling, deprecated: Ha-noi" in entry.comment
    found = json.loads(cli("--glossary", glossary, "lookup", "ha-noi", "--format", "json").stdout)
    assert {"form": "Ha-noi", "type": "spelling", "status": "deprecated"} in found[0]["variants"]
    r = cli("--glossary", glossary, "add", "--en", "Hanoi", "--variant", "spelling,obsolete=Ha Noi")
    assert r.returncode == 2 and "obsolete" in r.stderr and "Traceback" not in r.stderr
