"""Round 25's reliability leftovers, through the real command line (docs/reliability.md, "Round 25"):
`eval` on gold files in a wrong encoding or of a wrong shape, control characters in what `mine
--dry-run` and `eval` print, and the hostile inputs tried on the other commands."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from glossary import controls
from tests.conftest import run_cli


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The one stderr line of a failed command (exit 2, no traceback), without "glossary: "."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("glossary: ")
    return lines[0].removeprefix("glossary: ")


def hidden_in(text: str) -> list[str]:
    return sorted({ch for ch in text if controls.hidden(ch) and ch != "\n"})


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text("Ủy ban Nhân dân (People's Committee) là cơ quan.\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------------
# 1. eval's gold: wrong encodings, wrong shapes

GOOD_GOLD = '{"entries": [{"kind": "organisation", "vi": "Ủy ban Nhân dân", "en": "People\'s Committee"}]}'

GOLD_CASES = [
    # Notepad's "Unicode": was "not UTF-8 text (byte 0xff)", which says nothing of what to do.
    (
        "utf16-bom",
        GOOD_GOLD.encode("utf-16"),
        "gold.json:1: cannot read gold: UTF-16 text (a byte-order mark); save it as UTF-8",
    ),
    # UTF-16 without its mark decodes as "UTF-8" with NUL bytes; the JSON error said "Expecting value".
    (
        "utf16-le",
        GOOD_GOLD.encode("utf-16-le"),
        "gold.json:1: cannot read gold: a NUL byte (UTF-16 text without a byte-order mark, or not text);"
        " save it as UTF-8 JSON",
    ),
    ("not-an-object", b"[1, 2]", 'gold.json: expected {"entries": [...]}; the file is a list'),
    (
        "entries-not-a-list",
        b'{"entries": {"a": 1}}',
        'gold.json: expected {"entries": [...]}; "entries" is an object',
    ),
    # Each of these was a TypeError traceback (exit 1); the line is the entry's.
    (
        "entry-a-number",
        b'{"entries": [\n  {"kind": "person", "vi": "A"},\n  5\n]}',
        "gold.json:3: entry 2 is a number, expected an object",
    ),
    (
        "form-a-number",
        b'{"entries": [\n  {"kind": "person",\n   "vi": 5}\n]}',
        'gold.json:2: entry 1 "vi" is a number, expected a string or null',
    ),
    (
        "variants-a-number",
        b'{"entries": [{"kind": "person", "vi": "A", "variants": 5}]}',
        'gold.json:1: entry 1 "variants" is a number, expected a list of strings',
    ),
    (
        "variant-a-number",
        b'{"entries": [{"kind": "person", "vi": "A", "variants": ["B", 7]}]}',
        'gold.json:1: entry 1 "variants" item 2 is a number, expected a string or null',
    ),
    # Was read silently as a list of three letters.
    (
        "gazetteer-a-string",
        b'{"entries": [{"kind": "person", "vi": "A", "gazetteer": "abc"}]}',
        'gold.json:1: entry 1 "gazetteer" is a string, expected a list of strings',
    ),
    (
        "kind-unknown",
        b'{"entries": [{"kind": "name", "vi": "A"}]}',
        'gold.json:1: entry 1 "kind" is "name",'
        " expected one of term, person, place, organisation, acronym, other",
    ),
    # json reads "\ud800" alone; printing it (eval -v) was a UnicodeEncodeError traceback.
    (
        "lone-surrogate",
        b'{"entries": [{"kind": "person", "vi": "\\ud800"}]}',
        'gold.json:1: entry 1 "vi" holds a lone UTF-16 surrogate escape (\\udXXX), not a character',
    ),
    # A RecursionError traceback.
    ("nested-deeply", b"[" * 100_000, "gold.json: cannot read gold: lists or objects nested too deeply"),
]


@pytest.mark.parametrize(("data", "says"), [c[1:] for c in GOLD_CASES], ids=[c[0] for c in GOLD_CASES])
def test_eval_names_the_gold_file_and_line_and_what_is_wrong(
    tmp_path: Path, page: Path, data: bytes, says: str
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_bytes(data)
    result = run_cli("eval", str(gold), str(page))
    assert one_line_error(result) == f"{tmp_path}/{says}"


def test_eval_reads_gold_with_a_utf8_byte_order_mark(tmp_path: Path, page: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_bytes(b"\xef\xbb\xbf" + GOOD_GOLD.encode())
    result = run_cli("eval", "--format", "json", str(gold), str(page))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kinds"]["organisation"]["tp"] == 1


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_eval_names_a_gold_path_that_is_not_a_regular_file(tmp_path: Path, page: Path, special: str) -> None:
    # A single gold path that was a FIFO or a device: "no gold file", as for a missing one.
    if special == "fifo":
        gold = tmp_path / "gold.json"
        os.mkfifo(gold)
        says = "is a named pipe (FIFO), not a regular file"
    else:
        gold, says = Path(special), "is a character device, not a regular file"
    assert one_line_error(run_cli("eval", str(gold), str(page))) == f"{gold}: {says}"


def test_eval_shows_control_characters_in_gold_as_stand_ins(tmp_path: Path, page: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(
        '{"entries": [{"kind": "person", "en": "Ha\\u001b[31mnoi"},'
        ' {"kind": "person", "en": "Hu\\u202ee\\u007f"}]}',
        encoding="utf-8",
    )
    text = run_cli("eval", "-v", str(gold), str(page))
    assert text.returncode == 0, text.stderr
    assert hidden_in(text.stdout) == [] and "missed   person: Ha␛[31mnoi" in text.stdout
    as_json = run_cli("eval", "-v", "--format", "json", str(gold), str(page))
    assert as_json.returncode == 0 and hidden_in(as_json.stdout) == []
    # The same data when parsed back.
    assert json.loads(as_json.stdout)["kinds"]["person"]["missed"] == ["Ha\x1b[31mnoi", "Hu\u202ee\x7f"]


# --------------------------------------------------------------------------------------------------
# 2. mine --dry-run prints mined text with its controls as stand-ins

# A DEL, a C1 control (CSI) and a right-to-left override inside the words of a gloss: the miner
# keeps them in the forms it cuts (its tokenizer splits at an ESC, not at these).
HOSTILE_PAGE = "\n\n".join(
    f"Ủy ban Nhân dân tỉnh (People's{c}Committee) là cơ quan. "
    f"Liên Hợp Quốc (United Nations{c}, UN{c}) và Bộ Công an."
    for c in ("\x7f", "\x9b", "\u202e", "\x01")
)


def test_mine_dry_run_shows_mined_controls_as_stand_ins(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(HOSTILE_PAGE + "\n", encoding="utf-8")
    glossary = tmp_path / "vi.po"
    text = run_cli("--glossary", str(glossary), "mine", "--dry-run", str(page))
    assert text.returncode == 0, text.stderr
    assert hidden_in(text.stdout) == []
    assert "People's␡Committee" in text.stdout and "People's\ufffdCommittee" in text.stdout
    as_json = run_cli("--glossary", str(glossary), "mine", "--dry-run", "--format", "json", str(page))
    assert as_json.returncode == 0, as_json.stderr
    assert hidden_in(as_json.stdout) == []
    forms = {v for e in json.loads(as_json.stdout)["entries"] for v in e["variants"]}
    # Escaped, not dropped: the JSON holds the mined text exactly.
    assert {"People's\x9bCommittee", "People's\u202eCommittee"} <= forms, forms
    assert not glossary.exists()
