"""Smoke test: the real `glossary tui` in a real terminal (tmux), on the shipped terms/."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYTHON = ROOT / ".venv" / "bin" / "python"


def capture(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=True
    ).stdout


def wait_for(session: str, text: str, timeout: float = 30.0) -> str:
    """Poll the pane until text shows (a real terminal has no Pilot to wait on)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} did not appear; the screen was:\n{screen}")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (make test installs it)")
def test_real_terminal_search(tmp_path: Path) -> None:
    python = PYTHON if PYTHON.exists() else Path(shutil.which("python3") or "python3")
    session = f"glossary-smoke-{uuid.uuid4().hex[:8]}"
    command = (
        f"cd {ROOT} && GLOSSARY_CACHE_DIR={tmp_path / 'cache'} TERM=xterm-256color "
        f"{python} -m glossary --glossary {ROOT / 'terms'} tui"
    )
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", command], check=True)
    try:
        wait_for(session, "entries")  # loaded: the status line counts them
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", "thang long"], check=True)
        screen = wait_for(session, "match(es) for 'thang long'")
        assert "Thăng Long" in screen
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
