"""Process time of the pipeline steps that read names' other forms and cluster them, and of the
whole run, on the generated bench corpus (bench.mine_speed): to compare two versions of those steps
when the whole run's time is too noisy to show a small difference.

    .venv/bin/python -m bench.mine_steps [--size-mb 10]

Run it for each version in turns (the old one from its own `git archive` folder with PYTHONPATH).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import glossary.mine.pipeline as pipeline
from bench.mine_speed import build_corpus

# Steps read as generators by the pipeline, and steps that return their result.
_GENERATORS = ("extract_subject_names", "extract_title_stack", "extract_renames", "extract_other_names")
_FUNCTIONS = (
    "tidy_forms",
    "cluster_tallies",
    "later_short_forms",
    "names_only",
    "extract_acronyms",
    "count_caps",
)


def _timed(
    spent: dict[str, float], name: str, step: Callable[..., Any], generator: bool
) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        out = list(step(*args, **kwargs)) if generator else step(*args, **kwargs)
        spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return out

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=10.0)
    args = parser.parse_args()
    spent: dict[str, float] = {}
    for name in _GENERATORS + _FUNCTIONS:
        setattr(pipeline, name, _timed(spent, name, getattr(pipeline, name), name in _GENERATORS))
    with tempfile.TemporaryDirectory() as folder:
        build_corpus(Path(folder), args.size_mb)
        pipeline.clear_caches()
        start = time.process_time()
        pipeline.mine_paths([folder])
        total = time.process_time() - start
    steps = "  ".join(f"{name} {seconds:.3f}" for name, seconds in sorted(spent.items()))
    print(f"run {total:.3f} s, these steps {sum(spent.values()):.3f} s: {steps}")


if __name__ == "__main__":
    main()
