"""The mining pipeline: read texts, run every extractor on each (in worker processes with jobs > 1),
then cluster the mentions of all texts into candidate entries."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from glossary.errors import GlossaryError
from glossary.model import Entry

from . import gazetteer
from .acronyms import count_caps, extract_acronyms
from .cluster import cluster
from .documents import Document, find_inputs, read_document
from .glosses import extract_glosses
from .lexicon import calendar_words, language_names
from .mentions import Mention
from .names import extract_names
from .untranslated import extract_untranslated


class MiningCancelled(GlossaryError):
    """Mining was stopped through its cancel event before it finished."""


@dataclass
class DocumentResult:
    """What the extractors found in one text."""

    path: str
    mentions: list[Mention]
    caps: dict[str, tuple[int, int]]
    size: int


@dataclass
class MineResult:
    """Candidates mined from a set of texts, with how much text was read."""

    entries: list[Entry]
    documents: int = 0
    bytes_read: int = 0
    mentions: int = 0
    paths: list[str] = field(default_factory=list)


def extract(doc: Document) -> DocumentResult:
    """Run every extractor over one document."""
    glosses = extract_glosses(doc)
    acronyms = extract_acronyms(doc)
    names = extract_names(doc)
    covered = [(m.start, m.end) for m in (*glosses, *names, *acronyms)]
    leftovers = extract_untranslated(doc, covered)
    return DocumentResult(
        doc.path, glosses + acronyms + names + leftovers, count_caps(doc), len(doc.text.encode("utf-8"))
    )


def _extract_path(item: tuple[str, str]) -> DocumentResult:
    path, display = item
    return extract(read_document(Path(path), display))


def _warm_up() -> None:
    """Build the gazetteers and vocabularies every text needs, once per process (cached)."""
    gazetteer.load()
    calendar_words()
    language_names()


def _display(path: Path) -> str:
    """The path as sources record it: relative to the working directory when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def mine_results(results: Iterable[DocumentResult]) -> MineResult:
    """Cluster what the extractors found in several documents."""
    mentions: list[Mention] = []
    caps: Counter[str] = Counter()
    count = size = 0
    paths: list[str] = []
    for result in results:
        mentions.extend(result.mentions)
        for token, (n, _line) in result.caps.items():
            caps[token] += n
        count += 1
        size += result.size
        paths.append(result.path)
    return MineResult(cluster(mentions, dict(caps)), count, size, len(mentions), paths)


def mine_documents(docs: Sequence[Document]) -> MineResult:
    """Mine documents already in memory (tests, the TUI)."""
    return mine_results(extract(doc) for doc in docs)


def mine_paths(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1, cancel: threading.Event | None = None
) -> MineResult:
    """Mine files and folders; with jobs > 1 the texts are read and mined in that many processes.

    cancel, when set by another thread, stops the run between documents (MiningCancelled).
    """
    files = find_inputs(paths)
    items = [(str(p), _display(p)) for p in files]
    results: list[DocumentResult] = []
    if jobs > 1 and len(items) > 1:
        # Processes, not threads: the extractors are pure Python and hold the GIL.
        method = "fork" if hasattr(os, "fork") else "spawn"
        context = multiprocessing.get_context(method)
        if method == "fork":
            _warm_up()  # built once here, the forked workers share it
        # Workers get paths, not texts, and read their own files; results come back in chunks.
        chunksize = max(1, len(items) // (jobs * 8))
        with context.Pool(min(jobs, len(items)), initializer=_warm_up) as pool:
            for result in pool.imap(_extract_path, items, chunksize=chunksize):
                if cancel is not None and cancel.is_set():
                    pool.terminate()
                    raise MiningCancelled("mining cancelled")
                results.append(result)
    else:
        for item in items:
            if cancel is not None and cancel.is_set():
                raise MiningCancelled("mining cancelled")
            results.append(_extract_path(item))
    return mine_results(results)
