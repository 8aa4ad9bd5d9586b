"""`python -m bench` (make bench): every benchmark, each printing its figures and references."""

from __future__ import annotations

import runpy
import sys

BENCHES = [
    "bench.mine_speed",
    "bench.po_speed",
    "bench.interchange_speed",
    "bench.search_latency",
    "bench.tui_launch",
]

if __name__ == "__main__":
    for name in BENCHES:
        print(f"== {name}", flush=True)
        sys.argv = [name]
        runpy.run_module(name, run_name="__main__")
