"""The second process of a cold index build (``coldbuild``): reads pieces of PO files from its
standard input and writes back what it read of them (a ``coldbuild.Reading``) on its standard
output; it exits 1, writing nothing, when the pieces do not parse, so that the caller reads the
files whole and reports the error as reading them whole does.

    python -m glossary.search.partworker PARENT_PID [FD] < pieces

PARENT_PID is the process that started this one: when it dies (killed, say), this one exits at
once instead of finishing a share nobody will read (about 10 s of a core at 1M entries). Given FD
(a shared memory file the caller made, see ``coldbuild._Worker``), the entries' JSON, the bulk of
the answer (250 MB at 1M entries), is written there instead of being pickled on the pipe: the
caller maps it, and the two processes do not copy it through the pipe in turn.
"""

from __future__ import annotations

import ctypes
import gc
import os
import pickle
import signal
import sys
import threading

from glossary.errors import GlossaryError

from .coldbuild import _Unsplit, read_pieces

# prctl(2): ask the kernel to send a signal to this process when its parent dies.
_PR_SET_PDEATHSIG = 1
# Where the kernel cannot be asked, how often the parent's existence is checked.
_POLL_SECONDS = 0.2


def exit_with_parent(parent: int) -> None:
    """Make this process exit as soon as the process parent (the one that started it) dies.

    On Linux the kernel kills it (PR_SET_PDEATHSIG); elsewhere a thread checks every 0.2 s whether
    the process has been given another parent. The check after prctl covers a parent that died
    before it. (The signal goes when the parent's thread that started this process ends: that
    thread is the one waiting for the answer, coldbuild._read_in_two.)
    """
    if sys.platform.startswith("linux") and _death_signal(signal.SIGKILL):
        if os.getppid() != parent:
            os._exit(1)
        return

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _death_signal(signum: int) -> bool:
    """Whether the kernel took signum as this process's parent-death signal."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0) == 0
    except (OSError, AttributeError):  # no C library to load, or no prctl in it
        return False


def main() -> int:
    exit_with_parent(int(sys.argv[1]))
    gc.disable()  # see po.gc_paused: this process only reads, builds and answers
    # Sent by the process that started this one, on a pipe only it holds.
    pieces = pickle.load(sys.stdin.buffer)
    try:
        reading = read_pieces(pieces)
    except (GlossaryError, _Unsplit):
        return 1
    if len(sys.argv) > 2 and reading.part.entries_json is not None:
        with open(int(sys.argv[2]), "wb") as shared:
            shared.write(reading.part.entries_json)
        reading.part.entries_json = None  # the caller finds it in the file
    pickle.dump(reading, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
    # Nothing is left to do: freeing a million objects one by one at exit would only keep a core busy.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
