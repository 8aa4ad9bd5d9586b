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


def tmux(session: str, *args: str) -> list[str]:
    """A tmux command on the session's own server (`-L`): suites running at once on one machine
    share the default server, and one suite's last session closing stops it under another's."""
    return ["tmux", "-L", session, *args]


def capture(session: str) -> str:
    """The pane's text; "" once the session is gone (the app quit and its pane closed)."""
    done = subprocess.run(tmux(session, "capture-pane", "-p", "-t", session), capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else ""


# Generous: under load (two cores shared by several suites) the first start alone can take a minute.
# Nothing waits for a fixed time: every step polls the pane until what it expects is on it.
TIMEOUT = 120.0


def wait_for(session: str, *texts: str, absent: tuple[str, ...] = (), timeout: float = TIMEOUT) -> str:
    """Poll the pane until every text shows and none of absent does, in one capture (a real terminal
    has no Pilot to wait on, and a capture taken mid-redraw may hold half a frame)."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if all(t in screen for t in texts) and not any(t in screen for t in absent):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{texts!r} (without {absent!r}) did not appear; the screen was:\n{screen}")


def send(session: str, *keys: str, literal: bool = False) -> None:
    subprocess.run(tmux(session, "send-keys", "-t", session, *(["-l"] if literal else []), *keys), check=True)


APP_KEYS = ("f1 Help", "f2 Lookup", "f3 Review", "f4 Export", "f7 Check", "^s Save")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (make test installs it)")
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_real_terminal(tmp_path: Path, size: tuple[int, int]) -> None:
    """A new user's first minute, at the smallest size the app supports and at a roomy one."""
    python = PYTHON if PYTHON.exists() else Path(shutil.which("python3") or "python3")
    session = f"glossary-smoke-{uuid.uuid4().hex[:8]}"
    command = (
        f"cd {ROOT} && GLOSSARY_CACHE_DIR={tmp_path / 'cache'} TERM=xterm-256color "
        f"{python} -m glossary --glossary {ROOT / 'terms'} tui"
    )
    width, height = size
    start = tmux(session, "new-session", "-d", "-s", session, "-x", str(width), "-y", str(height), command)
    subprocess.run(start, check=True)
    try:
        # Loaded: the status line counts what is shown, and the footer is drawn in the same frame.
        screen = wait_for(session, "shown", "rejected hidden", "f5 f6 Copy vi/en", *APP_KEYS)
        assert len(screen.rstrip("\n").splitlines()) <= height
        send(session, "thang long", literal=True)
        screen = wait_for(session, "match(es) for 'thang long'", "Thăng Long")
        assert "Kind" in screen and "place" in screen
        # Into the results, then keep typing: the letters go to the search box.
        send(session, "Down")
        send(session, " imperial", literal=True)
        wait_for(session, "for 'thang long imperial'", "Hoàng thành Thăng Long")
        send(session, "Escape")  # a lone escape: the terminal waits to see no sequence follows
        wait_for(session, "shown", absent=("imperial",))
        send(session, "renewal", literal=True)
        screen = wait_for(session, "match(es) for 'renewal'", "đổi mới", absent=("≈",))
        # No typo match ("General" is one edit or two from "renewal") among the results; the detail
        # pane on the right at 120 columns may quote a context that has the word.
        results = [line.split("│")[0] for line in screen.splitlines()]
        assert not any("General" in line for line in results), screen
        send(session, "F3")
        wait_for(session, "candidate(s)", "a Approve", "y Redo", *APP_KEYS)
        send(session, "F7")
        wait_for(session, "a Accept fix", "o Open", "File to check", *APP_KEYS)
        send(session, "C-q")
        wait_for(session, "", absent=("f1 Help",))  # quit at once: nothing was decided
    finally:
        subprocess.run(tmux(session, "kill-server"), check=False)
