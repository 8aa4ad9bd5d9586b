"""A count of work that, unlike a clock, does not change with the machine's load: how many lines of
one package's code run while doing something. The robustness probes compare it at two input sizes
to catch a scan that turns quadratic, without timing anything."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType


def lines_run_in(folder: str, work: Callable[[], object]) -> int:
    """How many lines of the code under folder run while work runs (other code is not traced)."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Callable | None:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Callable | None:
        return local if frame.f_code.co_filename.startswith(folder) else None

    sys.settrace(calls)
    try:
        work()
    finally:
        sys.settrace(None)
    return count
