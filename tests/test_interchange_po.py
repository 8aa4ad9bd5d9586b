"""glossary/interchange: PO export in both directions, progress, cancel, msgfmt --check."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import polib
import pytest

from glossary.interchange import ExportCancelled, export_po
from glossary.model import Entry, Status

ENTRIES = [
    Entry(en="Hanoi", vi="Hà Nội", status=Status.APPROVED),
    Entry(en="Renewal", vi="đổi mới", status=Status.CANDIDATE),
    Entry(en="Noise", vi="ảnh 1", status=Status.REJECTED),  # rejected: not exported
    Entry(vi="Không một mình"),  # no English: only in vi->en
]


@pytest.mark.parametrize(
    ("direction", "expected"),
    [
        ("en-vi", {"Hanoi": ("Hà Nội", False), "Renewal": ("đổi mới", True)}),
        ("vi-en", {"Hà Nội": ("Hanoi", False), "đổi mới": ("Renewal", True), "Không một mình": ("", False)}),
    ],
)
def test_export_direction(tmp_path: Path, direction: str, expected: dict) -> None:
    out = tmp_path / f"{direction}.po"
    assert export_po(ENTRIES, out, direction) == len(expected)
    po = polib.pofile(str(out))
    assert {e.msgid: (e.msgstr, "fuzzy" in e.flags) for e in po} == expected
    assert po.metadata["Language"] == direction[-2:]
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(out)], check=True)


def test_progress_and_cancel(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_po(ENTRIES, tmp_path / "a.po", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        export_po(ENTRIES, tmp_path / "b.po", cancel=cancel)
    assert not (tmp_path / "b.po").exists()
