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


def send(session: str, *keys: str, literal: bool = False) -> None:
    subprocess.run(["tmux", "send-keys", "-t", session, *(["-l"] if literal else []), *keys], check=True)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (make test installs it)")
def test_real_terminal_at_80x24(tmp_path: Path) -> None:
    """A new user's first minute, at the smallest size the app supports."""
    python = PYTHON if PYTHON.exists() else Path(shutil.which("python3") or "python3")
    session = f"glossary-smoke-{uuid.uuid4().hex[:8]}"
    command = (
        f"cd {ROOT} && GLOSSARY_CACHE_DIR={tmp_path / 'cache'} TERM=xterm-256color "
        f"{python} -m glossary --glossary {ROOT / 'terms'} tui"
    )
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "24", command], check=True)
    try:
        screen = wait_for(session, "shown")  # loaded: the status line counts what is shown
        assert "rejected hidden" in screen
        footer = screen.rstrip("\n").splitlines()[-1]
        for key in ("f1 Help", "f2 Lookup", "f3 Review", "f4 Export", "f5 Copy vi", "f6 Copy en"):
            assert key in footer, screen
        send(session, "thang long", literal=True)
        screen = wait_for(session, "match(es) for 'thang long'")
        assert "Thăng Long" in screen and "Kind" in screen and "place" in screen
        # Into the results, then keep typing: the letters go to the search box.
        send(session, "Down")
        send(session, " imperial", literal=True)
        screen = wait_for(session, "for 'thang long imperial'")
        assert "Hoàng thành Thăng Long" in screen
        send(session, "Escape")  # a lone escape: the terminal waits to see no sequence follows
        wait_for(session, "shown")
        send(session, "renewal", literal=True)
        screen = wait_for(session, "match(es) for 'renewal'")
        assert "General" not in screen and "≈" not in screen
        send(session, "F3")
        screen = wait_for(session, "candidate(s)")
        assert "a Approve" in screen and "y Redo" in screen
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
