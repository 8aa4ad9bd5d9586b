"""Mining on a Dask cluster: a map of the extractors over parts of the corpus, and a merge of tallies.

Each task mines one part of the run (a few documents, read by the worker from a path every worker
can reach) and returns the folded tallies of that part (``PartResult``), exactly what a ``--jobs``
worker process sends back; the client merges them as they complete and clusters once at the end.
Tallies carry each mention's document number, so the order parts finish in does not matter: the
result equals ``--jobs 1`` byte for byte.

Needs the ``dask`` extra (``pip install 'vi-glossary[dask]'``); imported only when asked for.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from pathlib import Path

from glossary.errors import GlossaryError

from .documents import find_inputs
from .pipeline import MineResult, MiningCancelled, PartResult, _display, _extract_part, _finish

# A part holds about this many bytes of text (and at least one document): big enough that a task's
# overhead (tens of milliseconds) is small beside its mining (~0.4 s a megabyte), small enough to
# spread over the workers and to keep a worker's memory low.
PART_BYTES = 8 << 20
# Parts per worker at least, so the load evens out when documents differ in size.
MIN_PARTS_PER_WORKER = 4


class DaskUnavailable(GlossaryError):
    """The dask engine was asked for but dask.distributed is not installed or the cluster is unreachable."""


def partition(
    items: list[tuple[int, str, str]], sizes: list[int], workers: int
) -> list[list[tuple[int, str, str]]]:
    """Cut the run's documents (in order) into parts of about PART_BYTES, at least a few per worker."""
    total = sum(sizes)
    target = max(1, min(PART_BYTES, total // max(1, workers * MIN_PARTS_PER_WORKER)))
    parts: list[list[tuple[int, str, str]]] = []
    current: list[tuple[int, str, str]] = []
    filled = 0
    for item, size in zip(items, sizes, strict=True):
        current.append(item)
        filled += size
        if filled >= target:
            parts.append(current)
            current, filled = [], 0
    if current:
        parts.append(current)
    return parts


def mine_paths_dask(
    paths: Iterable[str | os.PathLike[str]],
    *,
    address: str | None = None,
    workers: int = 2,
    cancel: threading.Event | None = None,
) -> MineResult:
    """Mine files and folders on the Dask cluster at address, or on a local one of workers processes.

    Every worker must be able to read the input paths (a shared file system on a real cluster); the
    result comes back to this process, which clusters the candidates and writes the glossary.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise DaskUnavailable(
            "the dask engine needs dask.distributed: pip install 'vi-glossary[dask]'"
        ) from exc
    files = find_inputs(paths)
    # Workers read absolute paths (their working folder may differ); sources keep the display path.
    items = [(n, str(p.resolve()), _display(p)) for n, p in enumerate(files)]
    sizes = [_size(p) for p in files]
    try:
        if address is None:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
        else:
            cluster = None
            client = Client(address)  # waits distributed.comm.timeouts.connect (Dask config)
    except (OSError, TimeoutError) as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        count = len(client.scheduler_info().get("workers", {})) or workers
        parts = partition(items, sizes, count)
        total = PartResult()
        futures = client.map(_extract_part, parts, pure=False)
        for future in as_completed(futures):
            if cancel is not None and cancel.is_set():
                client.cancel(futures)
                raise MiningCancelled("mining cancelled")
            total.merge(future.result())
            future.release()  # the part's tallies live here now; the worker may drop its copy
        return _finish(total)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_document reports the unreadable file with its name, in the worker
