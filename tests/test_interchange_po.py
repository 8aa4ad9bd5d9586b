"""glossary/interchange API: PO export in both directions, progress, cancel, the progress bar."""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
from pathlib import Path

import polib
import pytest

from glossary.interchange import ExportCancelled, Selection, export
from glossary.interchange.progress import TerminalProgress
from glossary.model import Entry, Status

ENTRIES = [
    Entry(en="Hanoi", vi="Hà Nội", status=Status.APPROVED),
    Entry(en="Renewal", vi="đổi mới", status=Status.CANDIDATE),
    Entry(en="Noise", vi="ảnh 1", status=Status.REJECTED),  # rejected: not selected below
    Entry(vi="Không một mình"),  # no English: only in vi->en
]
REVIEW = frozenset({Status.APPROVED, Status.CANDIDATE})


@pytest.mark.parametrize(
    ("direction", "expected"),
    [
        ("en-vi", {"Hanoi": ("Hà Nội", False), "Renewal": ("đổi mới", True)}),
        ("vi-en", {"Hà Nội": ("Hanoi", False), "đổi mới": ("Renewal", True), "Không một mình": ("", False)}),
    ],
)
def test_export_direction(tmp_path: Path, direction: str, expected: dict) -> None:
    out = tmp_path / f"{direction}.po"
    report = export(ENTRIES, out, "po", Selection(direction, REVIEW))
    assert report.written == len(expected) and report.filtered == 1
    po = polib.pofile(str(out))
    assert {e.msgid: (e.msgstr, "fuzzy" in e.flags) for e in po} == expected
    assert po.metadata["Language"] == direction[-2:]
    assert po.metadata["X-Source-Language"] == direction[:2]
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(out)], check=True)


def test_progress_and_cancel(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export(ENTRIES, tmp_path / "a.po", "po", Selection(), total=4, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    cancel = threading.Event()
    cancel.set()
    (tmp_path / "b.po").write_text("old", encoding="utf-8")
    with pytest.raises(ExportCancelled):
        export(ENTRIES, tmp_path / "b.po", "po", Selection(), cancel=cancel)
    # The old file is untouched and no temporary file is left behind.
    assert (tmp_path / "b.po").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po", "b.po"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_only() -> None:
    terminal = _Terminal()
    bar = TerminalProgress("export", terminal)
    bar(0, 1000)
    bar(1000, 1000)
    bar.close()
    assert "[" + "#" * 30 + "] 100% 1,000/1,000" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[K")
    pipe = io.StringIO()
    quiet = TerminalProgress("export", pipe)
    quiet(1000, 1000)
    quiet.close()
    assert pipe.getvalue() == ""
