"""A save killed (SIGKILL) while it writes leaves the old file or the new one, byte for byte, and the
next save leaves no temporary file.  A few kills here; `make soak` runs a hundred on 100,000 entries."""

from __future__ import annotations

from pathlib import Path

from soak import kill


def test_killing_saves_never_tears_the_file_and_the_next_save_cleans_up(tmp_path: Path) -> None:
    report = kill.run(tmp_path / "kill", entries=5000, kills=6)
    assert report.kills == 6 and report.old + report.new == 6 and report.torn == []
    assert report.temp_after_next_save == 0
