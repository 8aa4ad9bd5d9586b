"""`glossary mine --dask ADDRESS`: mining on a Dask cluster gives the very output of `--jobs 1`.

The cluster is a LocalCluster of two thread workers in this test process; the real CLI connects to
it from a subprocess, as it would to a remote scheduler.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.conftest import ROOT

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is the optional [dask] extra (make test installs it)"
)

SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
ARTICLES = sorted(str(p) for p in (ROOT / "tests" / "gold").rglob("*") if p.suffix in (".txt", ".md"))


@pytest.fixture(scope="module")
def scheduler() -> str:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",  # reachable from the CLI subprocess (threads default to in-process)
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def test_dask_dry_run_equals_one_process_byte_for_byte(cli, scheduler: str, tmp_path: Path) -> None:
    texts = SEEDS + ARTICLES
    args = ("--glossary", str(tmp_path / "none"), "mine", *texts, "--dry-run", "--format", "json")
    one = cli(*args, "--jobs", "1")
    assert one.returncode == 0, one.stderr
    on_dask = cli(*args, "--dask", scheduler)
    assert on_dask.returncode == 0, on_dask.stderr
    assert on_dask.stdout == one.stdout
    assert len(one.stdout) > 10_000  # a real result, not two empty ones


def test_dask_writes_the_same_po_file(cli, scheduler: str, tmp_path: Path) -> None:
    for name, extra in (("one", ("--jobs", "1")), ("dask", ("--dask", scheduler))):
        result = cli("--glossary", str(tmp_path / name), "mine", *SEEDS, *extra)
        assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "one").glob("*.po"))
    assert written and written == sorted(p.name for p in (tmp_path / "dask").glob("*.po"))
    for name in written:
        assert _undated((tmp_path / "dask" / name).read_bytes()) == _undated(
            (tmp_path / "one" / name).read_bytes()
        )


def _undated(po: bytes) -> bytes:
    """The file without its two header dates: the store stamps the minute of writing, and the two
    runs may fall in different minutes. Every other byte must be equal."""
    lines = po.split(b"\n")
    dated = [
        n for n, line in enumerate(lines) if line.startswith((b'"POT-Creation-Date:', b'"PO-Revision-Date:'))
    ]
    assert len(dated) == 2
    return b"\n".join(line for n, line in enumerate(lines) if n not in dated)


def test_unreachable_scheduler_is_one_line_and_exit_2(cli, tmp_path: Path) -> None:
    # Nothing listens on port 9 (discard); give up after 2 s instead of Dask's default 30 s.
    result = cli(
        "--glossary",
        str(tmp_path / "g"),
        "mine",
        *SEEDS[:1],
        "--dask",
        "tcp://127.0.0.1:9",
        env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("glossary: ")


def test_partition_keeps_document_order_and_covers_everything() -> None:
    from glossary.mine.dask_engine import partition

    items = [(n, f"/p/{n}", f"{n}") for n in range(50)]
    sizes = [1000 * (n % 7 + 1) for n in range(50)]
    parts = partition(items, sizes, workers=2)
    assert [item for part in parts for item in part] == items
    assert len(parts) >= 8  # at least MIN_PARTS_PER_WORKER per worker
