"""Shared fixtures: a glossary built from the project's own entries, paths to the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured in bench/, never asserted in tests: Hypothesis's per-example deadline (200 ms by
# default) is a timing assertion that fails on a loaded machine, so no property test has one.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    """Run the real `glossary` command in a subprocess, as a user would."""
    full_env = dict(os.environ)
    full_env.pop("GLOSSARY_PATH", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "glossary", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=cwd or ROOT,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True, scope="session")
def _private_index_cache(tmp_path_factory: pytest.TempPathFactory):
    """Every command opens through the index cache: the suite's caches go to a folder of its own,
    never the user's ~/.cache (a test that needs its own cache sets GLOSSARY_CACHE_DIR itself)."""
    previous = os.environ.get("GLOSSARY_CACHE_DIR")
    os.environ["GLOSSARY_CACHE_DIR"] = str(tmp_path_factory.mktemp("index-cache"))
    yield
    if previous is None:
        os.environ.pop("GLOSSARY_CACHE_DIR", None)
    else:
        os.environ["GLOSSARY_CACHE_DIR"] = previous
