"""Round 19 of the reliability hunt: bugs found by using the real command as a hostile new user,
each pinned by the test that failed before its fix."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import glossary.check
from glossary.check.checker import Checker
from glossary.check.sources import source_from_bytes
from glossary.check.style import CheckConfig, HouseStyle, Style
from glossary.store import Glossary
from glossary.text import ToneStyle
from tests.conftest import ROOT
from tests.line_counts import lines_run_in


def _lines_run_in_the_checker(work: Callable[[], object]) -> int:
    """How many lines of glossary/check/ run while doing work."""
    return lines_run_in(str(Path(glossary.check.__file__).parent), work)


# A sentence with a name spelt two ways, a partial-diacritics name, both tone placements and a
# quotation: every kind of finding the checker compares with the others in one document.
SENTENCE = 'Tô Lâm met To Lam and Tô Lam at Khánh Hoà, Khánh Hòa, "Hà Nội" and Ha Nội. '


@pytest.mark.parametrize("separator", [" ", "\n"], ids=["one-line", "many-lines"])
def test_checking_a_text_with_many_names_takes_time_linear_in_its_names(separator: str) -> None:
    # 8,000 lines with two findings each took 42 s (2,000 took 4 s): each name was tested against
    # every name found before it in the document, and on one long line the quotes were counted
    # from the line's start for each name. Four times the text must cost about four times the work.
    house = HouseStyle(Style.EN_DIACRITICS, ToneStyle.NEW)
    checker = Checker(list(Glossary.open(ROOT / "terms")), CheckConfig(house=house))

    def text(copies: int) -> bytes:
        return separator.join([SENTENCE] * copies).encode()

    small, large = text(100), text(400)

    def check(raw: bytes) -> int:
        return len(checker.check_source(source_from_bytes(raw, "t.txt", kind="text")))

    assert check(small) * 4 == check(large)  # the same findings per sentence at either size
    # Counted in lines run, not timed: four times the text ran 14 times the lines before the fix
    # (each name against every earlier one) and runs 4 times now.
    work_small = _lines_run_in_the_checker(lambda: check(small))
    work_large = _lines_run_in_the_checker(lambda: check(large))
    assert work_large <= 6 * work_small


def test_export_into_a_fifo_writes_through_it_and_leaves_it_a_fifo(cli, tmp_path: Path) -> None:
    # `glossary export -o /dev/full` replaced the device with a regular file (as root) and said
    # "wrote 47 entries": the export was renamed over whatever the path named. A FIFO stands in for
    # a device here, so that a regression cannot break the machine's /dev.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there before the writer
    received = bytearray()
    try:
        command = [sys.executable, "-m", "glossary", "--glossary", str(ROOT / "terms")]
        process = subprocess.Popen(
            [*command, "export", "--format", "csv", "-o", str(fifo)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        while True:
            done = process.poll() is not None
            try:
                while chunk := os.read(reader, 65536):
                    received += chunk
            except BlockingIOError:
                pass
            if done:
                break
            time.sleep(0.01)
        _, stderr = process.communicate()
    finally:
        os.close(reader)
    assert process.returncode == 0, stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the FIFO, not a file renamed over it
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary file left
    rows = list(csv.DictReader(io.StringIO(received.decode("utf-8"))))
    assert rows and any(row["target"] == "Tô Lâm" for row in rows)
    # The same export to a file holds the same bytes: nothing lost through the pipe.
    regular = tmp_path / "export.csv"
    assert (
        cli("--glossary", str(ROOT / "terms"), "export", "--format", "csv", "-o", str(regular)).returncode
        == 0
    )
    assert regular.read_bytes() == bytes(received)


def test_an_export_that_cannot_be_written_to_a_device_is_one_line_exit_2(cli) -> None:
    # Writing to /dev/full fails with "no space left": the export said it wrote every entry.
    if not Path("/dev/full").is_char_device():
        pytest.skip("no /dev/full character device on this machine")
    result = cli("--glossary", str(ROOT / "terms"), "export", "--format", "po", "-o", "/dev/full")
    assert result.returncode == 2
    assert result.stderr.strip() == "glossary: /dev/full: cannot write: No space left on device"
    assert Path("/dev/full").is_char_device()


@pytest.mark.parametrize("depth", [2, 50_000])
def test_a_tbx_concept_inside_a_concept_is_one_line_exit_2(cli, tmp_path: Path, depth: int) -> None:
    # A <termEntry> inside a <termEntry> ended in a traceback (list.remove: x not in list, exit 1):
    # a concept read was removed from <body>, which did not hold it.
    body = "<termEntry>" * depth + "</termEntry>" * depth
    tbx = tmp_path / "nested.tbx"
    tbx.write_text(f'<tbx type="TBX-Basic"><text><body>{body}</body></text></tbx>', encoding="utf-8")
    glossary = tmp_path / "terms"
    result = cli("--glossary", str(glossary), "import", str(tbx))
    assert result.returncode == 2
    assert result.stderr.strip() == f"glossary: {tbx}: <termEntry> number 2 stands inside another concept"
    assert not glossary.exists()  # nothing merged


def test_tbx_concepts_outside_body_are_read_one_at_a_time(cli, tmp_path: Path) -> None:
    # Concepts wrapped in an element of their own (not directly in <body>) are read like any other.
    concept = (
        '<termEntry id="c{n}"><langSet xml:lang="en"><tig><term>Word {n}</term></tig></langSet>'
        '<langSet xml:lang="vi"><tig><term>Từ {n}</term></tig></langSet></termEntry>'
    )
    concepts = "".join(concept.format(n=n) for n in range(3))
    tbx = tmp_path / "wrapped.tbx"
    tbx.write_text(f'<tbx type="TBX-Basic"><text><body><div>{concepts}</div></body></text></tbx>', "utf-8")
    glossary = tmp_path / "terms"
    result = cli("--glossary", str(glossary), "import", str(tbx))
    assert result.returncode == 0, result.stderr
    found = cli("--glossary", str(glossary), "lookup", "tu 2", "--format", "json")
    assert [(e["en"], e["vi"]) for e in json.loads(found.stdout)][:1] == [("Word 2", "Từ 2")]


def _with_closed_streams(*args: str) -> subprocess.CompletedProcess[str]:
    """The command run with its standard output and input closed, as `glossary ... >&- <&-` does."""
    command = [sys.executable, "-m", "glossary", "--glossary", str(ROOT / "terms"), *args]
    return subprocess.run(
        ["sh", "-c", 'exec "$@" >&- <&-', "sh", *command], stderr=subprocess.PIPE, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("args", "stream"),
    [
        (("stats",), "output"),  # printed nothing and exited 0
        (("lookup", "hanoi"), "output"),  # the same
        (("export", "--format", "csv"), "output"),  # a traceback: None has no attribute 'buffer'
        (("check", "{text}"), "output"),  # a traceback: None has no attribute 'write'
        (("check", "-"), "input"),  # a traceback: None has no attribute 'buffer'
    ],
)
def test_a_closed_standard_stream_is_one_line_exit_2(
    tmp_path: Path, args: tuple[str, ...], stream: str
) -> None:
    text = tmp_path / "article.txt"
    text.write_text("Tô Lâm and Tô Lam.\n", encoding="utf-8")  # a finding to print
    result = _with_closed_streams(*(a.format(text=text) for a in args))
    assert (result.returncode, result.stderr) == (2, f"glossary: standard {stream} is closed\n")


def test_a_command_that_writes_no_standard_output_runs_with_it_closed(tmp_path: Path) -> None:
    target = tmp_path / "out.po"
    result = _with_closed_streams("export", "--format", "po", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "msgid" in target.read_text(encoding="utf-8")
