"""The second process of a cold index build (``coldbuild``): reads pieces of PO files from its
standard input and writes back what it read of them (a ``coldbuild.Reading``) on its standard
output; it exits 1, writing nothing, when the pieces do not parse, so that the caller reads the
files whole and reports the error as reading them whole does.

    python -m glossary.search.partworker [FD] < pieces

Given FD (a shared memory file the caller made, see ``coldbuild._Worker``), the entries' JSON,
the bulk of the answer (250 MB at 1M entries), is written there instead of being pickled on the pipe:
the caller maps it, and the two processes do not copy it through the pipe in turn.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys

from glossary.errors import GlossaryError

from .coldbuild import _Unsplit, read_pieces


def main() -> int:
    gc.disable()  # see po.gc_paused: this process only reads, builds and answers
    # Sent by the process that started this one, on a pipe only it holds.
    pieces = pickle.load(sys.stdin.buffer)
    try:
        reading = read_pieces(pieces)
    except (GlossaryError, _Unsplit):
        return 1
    if len(sys.argv) > 1 and reading.part.entries_json is not None:
        with open(int(sys.argv[1]), "wb") as shared:
            shared.write(reading.part.entries_json)
        reading.part.entries_json = None  # the caller finds it in the file
    pickle.dump(reading, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
    # Nothing is left to do: freeing a million objects one by one at exit would only keep a core busy.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
