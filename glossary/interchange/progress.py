"""A one-line progress bar on a terminal's stderr, for exports of large glossaries."""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30
# Redraw at most this often: a bar that repaints on every report slows a fast export down.
INTERVAL = 0.1


class TerminalProgress:
    """Call it with (done, total); it draws only when the stream is a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < INTERVAL and done < total:
            return
        self._last = now
        if total:
            filled = min(WIDTH, WIDTH * done // total)
            bar = "#" * filled + "." * (WIDTH - filled)
            text = f"{self.label} [{bar}] {100 * done // total:3d}% {done:,}/{total:,}"
        else:
            text = f"{self.label} {done:,}"
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Clear the bar so the summary line that follows starts on a clean line."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
