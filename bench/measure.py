"""Measuring a whole process: its wall time and its peak resident memory.

The peak comes from GNU time (``/usr/bin/time -f %M``), which starts the command itself: Linux
carries a process's resident high-water mark over fork and exec, so a command started straight from
a large benchmark process would report that process's peak instead of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

GNU_TIME = "/usr/bin/time"


@dataclass
class Measured:
    """One finished process."""

    wall: float  # seconds
    peak_mb: float  # peak resident memory, MB (0 when GNU time is missing)
    returncode: int
    stdout: str
    stderr: str


def have_gnu_time() -> bool:
    return os.access(GNU_TIME, os.X_OK)


def run(command: list[str], *, stdin: Path | None = None, env: dict[str, str] | None = None) -> Measured:
    """Run command to its end (stdin from a file if given) and measure it."""
    full_env = dict(os.environ, **(env or {}))
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        wrapped = [GNU_TIME, "-o", report.name, "-f", "%M", *command] if have_gnu_time() else command
        with open(stdin or os.devnull, "rb") as source:
            started = time.perf_counter()
            done = subprocess.run(wrapped, stdin=source, capture_output=True, text=True, env=full_env)
            wall = time.perf_counter() - started
        lines = report.read().split()
    peak = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else 0.0
    return Measured(wall, peak, done.returncode, done.stdout, done.stderr)


def python(module: str, *args: str, env: dict[str, str] | None = None) -> Measured:
    """Run `python -m module args` in a fresh interpreter of this environment."""
    return run([sys.executable, "-m", module, *args], env=env)


def which(name: str) -> str | None:
    return shutil.which(name)
