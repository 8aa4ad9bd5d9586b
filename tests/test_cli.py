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


# --- what a new user trips over (issue 9) -----------------------------------------------------


def _one_entry_glossary(tmp_path: Path) -> Path:
    """A glossary holding only an entry the shipped terms/ does not have."""
    path = tmp_path / "g.po"
    path.write_text('#. kind: place\nmsgid "Hue"\nmsgstr "Huế"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "where",
    [
        "before",  # glossary --glossary P lookup Q
        "after",  # glossary lookup Q --glossary P
        "between",  # glossary lookup --glossary P Q (the folder must not become the query)
    ],
)
def test_glossary_option_works_before_and_after_the_command(cli, tmp_path: Path, where: str) -> None:
    path = str(_one_entry_glossary(tmp_path))
    args = {
        "before": ["--glossary", path, "lookup", "hue"],
        "after": ["lookup", "hue", "--glossary", path],
        "between": ["lookup", "--glossary", path, "hue"],
    }[where]
    result = cli(*args, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [e["vi"] for e in json.loads(result.stdout)] == ["Huế"]


def test_glossary_option_after_the_command_wins_and_applies_to_add(cli, tmp_path: Path) -> None:
    other = tmp_path / "other"
    r = cli(
        "--glossary", str(tmp_path / "ignored"), "add", "--en", "Hue", "--vi", "Huế", "--glossary", str(other)
    )
    assert r.returncode == 0, r.stderr
    assert (other / "vi.po").exists() and not (tmp_path / "ignored").exists()


def _commands() -> list[str]:
    from glossary.cli import build_parser

    action = next(a for a in build_parser()._actions if a.dest == "command")
    return sorted(action.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_lists_the_glossary_option_in_its_help(cli, command: str) -> None:
    # Commands other modules register (mine, eval, tui and later ones) included.
    result = cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "--glossary PATH" in result.stdout


def _po_entries(path: Path) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(path)) if e.msgid]


def _statuses(cli, glossary: str) -> dict[tuple[str, str], str]:
    """(en, vi) -> status of every entry, read back through the store (fuzzy is not all of it)."""
    from glossary.store import Glossary

    return {(e.en, e.vi): e.status.value for e in Glossary.open(glossary)}


def test_add_finds_the_entry_by_either_form_and_one_sided_entries_are_candidates(cli, tmp_path: Path) -> None:
    glossary = str(tmp_path / "terms")
    po = tmp_path / "terms" / "vi.po"
    r = cli("--glossary", glossary, "add", "--vi", "Hà Nội")
    assert r.returncode == 0, r.stderr
    assert _statuses(cli, glossary) == {("", "Hà Nội"): "candidate"}  # no English yet
    # The same Vietnamese form typed decomposed (NFD), now with its English: the same entry.
    nfd = "Ha\u0300 No\u0302\u0323i"
    r = cli("--glossary", glossary, "add", "--en", "Hanoi", "--vi", nfd, "--kind", "place")
    assert r.returncode == 0, r.stderr
    assert "updated" in r.stderr and "--approve" in r.stderr
    [entry] = _po_entries(po)
    assert (entry.msgid, entry.msgstr) == ("Hanoi", "Hà Nội") and "fuzzy" in entry.flags
    # Found by the English form alone; --approve approves it.
    r = cli("--glossary", glossary, "add", "--en", "Hanoi", "--approve")
    assert r.returncode == 0, r.stderr
    [entry] = _po_entries(po)
    assert "fuzzy" not in entry.flags and "kind: place" in entry.comment
    assert _statuses(cli, glossary) == {("Hanoi", "Hà Nội"): "approved"}


def test_add_with_both_forms_approves_and_one_side_needs_approve(cli, tmp_path: Path) -> None:
    glossary = str(tmp_path / "terms")
    assert cli("--glossary", glossary, "add", "--en", "Hue", "--vi", "Huế").returncode == 0
    assert cli("--glossary", glossary, "add", "--en", "UNESCO", "--approve").returncode == 0
    assert cli("--glossary", glossary, "add", "--en", "GNLC").returncode == 0
    assert _statuses(cli, glossary) == {
        ("Hue", "Huế"): "approved",
        ("UNESCO", ""): "approved",
        ("GNLC", ""): "candidate",
    }


def test_add_keeps_a_replaced_form_as_a_variant(cli, tmp_path: Path) -> None:
    glossary = str(tmp_path / "terms")
    cli("--glossary", glossary, "add", "--en", "Hanoi", "--vi", "Hà Nội")
    r = cli("--glossary", glossary, "add", "--en", "Ha Noi", "--vi", "Hà Nội")
    assert r.returncode == 0 and "'Hanoi' kept as a variant" in r.stderr
    [entry] = _po_entries(tmp_path / "terms" / "vi.po")
    assert entry.msgid == "Ha Noi" and "variant: other: Hanoi" in entry.comment


def test_add_refuses_forms_of_two_different_entries(cli, tmp_path: Path) -> None:
    glossary = str(tmp_path / "terms")
    cli("--glossary", glossary, "add", "--en", "Hanoi", "--vi", "Hà Nội")
    cli("--glossary", glossary, "add", "--en", "Hue", "--vi", "Huế")
    before = (tmp_path / "terms" / "vi.po").read_bytes()
    r = cli("--glossary", glossary, "add", "--en", "Hanoi", "--vi", "Huế")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert (tmp_path / "terms" / "vi.po").read_bytes() == before


def test_tui_without_a_terminal_exits_2_at_once(cli) -> None:
    # The subprocess's streams are pipes: before the fix the app spun, drawing into them (timeout).
    result = cli("tui")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "terminal" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_tui_with_only_stdin_redirected_exits_2(tmp_path: Path) -> None:
    # Output is a real terminal (a pty) and input is /dev/null: `glossary tui < /dev/null`.
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "glossary", "tui"],
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=follower,
            cwd=ROOT,
            timeout=60,
        )
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the pty is drained and closed
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(leader)
    text = output.decode("utf-8", "replace")
    assert proc.returncode == 2, text
    assert "standard input is not one" in text and "\x1b[" not in text


def test_lookup_that_matched_as_typed_lists_no_typo_neighbours(cli) -> None:
    # "renewal" is two edits from "general": before the fix six unrelated entries followed it.
    result = cli("lookup", "renewal", "--format", "json")
    found = json.loads(result.stdout)
    assert [e["vi"] for e in found] == ["đổi mới"]
    assert all(e["match"]["rank"] != "typo" for e in found)
    text = cli("lookup", "renewal").stdout
    assert "General" not in text and "≈" not in text


def test_typo_matches_are_shown_as_such_when_nothing_better_matched(cli) -> None:
    result = cli("lookup", "renewl")
    assert result.returncode == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("≈ ") and "đổi mới" in first and "close spelling" in first
    assert "as typed" in result.stderr
    found = json.loads(cli("lookup", "renewl", "--format", "json").stdout)
    assert found[0]["match"]["rank"] == "typo"


def test_text_output_says_how_a_result_matched(cli) -> None:
    first = cli("lookup", "thang long").stdout.splitlines()[0]
    assert "Hoàng thành Thăng Long" in first and "matched the start of" in first


def test_lookup_json_is_the_entry_codec_plus_the_match(cli) -> None:
    from glossary.model import Entry

    for item in json.loads(cli("lookup", "to lam", "--format", "json").stdout):
        match = item.pop("match")
        assert set(match) == {"rank", "form", "start", "end"}
        assert Entry.from_data(item).to_data() == item  # exactly the one codec's shape


def _documented(kind: str) -> object:
    text = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    block = text.split(f"```json {kind}\n", 1)[1].split("```", 1)[0]
    return json.loads(block)


def _shape(value: object) -> object:
    """The keys of a JSON value, recursively (lists by their first item): what a reader relies on."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__ if value is not None else None


def test_docs_json_shows_the_shapes_the_commands_print(cli) -> None:
    lookup = json.loads(cli("lookup", "Renewal", "--format", "json").stdout)
    assert _shape(_documented("lookup")) == _shape(lookup[:1])
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    mined = json.loads(cli("mine", *seeds, "--dry-run", "--format", "json").stdout)
    unesco = [e for e in mined["entries"] if e["abbr"] == "UNESCO"]
    assert _shape(_documented("mine")) == _shape({"entries": unesco})
    stats = json.loads(cli("stats", "--format", "json").stdout)
    documented = _documented("stats")
    assert set(documented) == set(stats) and set(documented["by_kind"]) == set(stats["by_kind"])
