"""Fuzzing per target: generated inputs for the PO reader, the miner, each importer and the checker
(when the project has one); every input must end in a result or a GlossaryError (the one-line
errors of the CLI), never another exception.  Reports the inputs tried, how many were refused
with an error, crashes, and the slowest case's time and the hungriest case's memory.

    python -m soak.fuzz [--examples 2000]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.errors import GlossaryError
from glossary.interchange.common import Selection
from glossary.interchange.exporter import export
from glossary.interchange.importer import READERS
from glossary.mine.documents import Document
from glossary.mine.pipeline import mine_documents
from glossary.model import Status
from glossary.store import Catalog, Glossary
from tests.po_strategies import po_files, texts

ROOT = Path(__file__).resolve().parent.parent
_SHIPPED = (ROOT / "terms" / "vi.po").read_bytes()


@dataclass
class TargetReport:
    name: str
    inputs: int = 0
    refused: int = 0  # ended in a GlossaryError: the CLI's one-line error
    crashes: list[str] = field(default_factory=list)
    slowest: float = 0.0
    slowest_size: int = 0
    peak_memory: int = 0
    peak_size: int = 0


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    try:
        work()
    except GlossaryError:
        pass
    return time.perf_counter() - started


def _measure(report: TargetReport, work: Callable[[], object], size: int) -> None:
    """Run one input three times: twice timed (the quicker counts: a busy machine only adds time),
    then with allocations traced (which slows it down)."""
    report.inputs += 1
    try:
        work()
    except GlossaryError:
        report.refused += 1
    except Exception as exc:  # noqa: BLE001 - what the probe is looking for
        report.crashes.append(f"{type(exc).__name__}: {exc}"[:300])
        return
    elapsed = min(_timed(work), _timed(work))
    if elapsed > report.slowest:
        report.slowest, report.slowest_size = elapsed, size
    tracemalloc.start()
    try:
        work()
    except GlossaryError:
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    if peak > report.peak_memory:
        report.peak_memory, report.peak_size = peak, size


def _seeds() -> dict[str, bytes]:
    """The shipped glossary exported in every format: real files for the mutations to start from."""
    glossary = list(Glossary.open(ROOT / "terms"))
    seeds = {}
    with tempfile.TemporaryDirectory() as folder:
        for format in READERS:
            out = Path(folder) / f"seed.{format}"
            statuses = frozenset(Status)
            export(glossary, out, format, Selection("en-vi", statuses, None))
            seeds[format] = out.read_bytes()
    return seeds


@st.composite
def _mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """A real file with bytes changed, cut short, or spliced with random bytes."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(max_size=40))
    return bytes(data)


_cells = st.text(alphabet='aăđ Hà Nội,;\t"\r\n\\=+-@#', max_size=12)
_table_text = st.lists(st.lists(_cells, max_size=6), max_size=8).map(
    lambda rows: "\n".join(",".join(row) for row in rows)
)
_xml_bombs = st.sampled_from([
    '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
    "<tbx><text><body><conceptEntry><langSec xml:lang='en'><termSec><term>&d;</term></termSec></langSec>"
    "</conceptEntry></body></text></tbx>",
    '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx>&x;</tbx>',
    "<tbx>" + "<a>" * 5000 + "</a>" * 5000 + "</tbx>",
])  # fmt: skip


# Up to tens of kilobytes made of the pieces the miner's patterns look for, in any order and number:
# names, glosses, acronyms, lists, parentheses that close late or never, sentence ends.
_PIECES = [
    "Tô Lâm", "Hà Nội", "UNESCO", "United Nations", "đổi mới", "(", ")", "(Renewal)", ", ", " and ",
    ". ", "\n", " the ", "Ministry of ", "“", "”", " – ", "/", "known as ", "Nguyễn Văn ", "(GNLC)",
]  # fmt: skip
_prose = st.tuples(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40), st.integers(1, 400)).map(
    lambda drawn: "".join(drawn[0]) * drawn[1]
)


def _mine_cold(text: bytes | str) -> object:
    """Mine one text as the first of a run: the miner keeps what it learnt of earlier texts."""
    from glossary.mine import names

    clear = getattr(names, "clear_caches", None)
    if clear is not None:
        clear()
    return mine_documents([Document("fuzz.txt", text)])


def _targets(seeds: dict[str, bytes]) -> dict[str, tuple[st.SearchStrategy, Callable[[bytes | str], object]]]:
    def importer(format: str) -> Callable[[bytes | str], object]:
        def read(data: bytes | str) -> object:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"in.{format}"
                path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
                return READERS[format](str(path), None)

        return read

    targets: dict[str, tuple[st.SearchStrategy, Callable[[bytes | str], object]]] = {
        "PO reader (parse and map to entries)": (
            st.one_of(po_files(), _mutated(seeds["po"])),
            lambda data: Catalog.from_bytes(Path("fuzz.po"), data),
        ),
        "miner (text and HTML)": (
            st.one_of(texts, texts.map(lambda t: f"<html><p>{t}</p><script>{t}</script></html>"), _prose),
            _mine_cold,
        ),
    }
    extra = {"csv": _table_text, "tsv": _table_text.map(lambda t: t.replace(",", "\t")), "tbx": _xml_bombs}
    for format in READERS:
        strategy = st.one_of(_mutated(seeds[format]), st.binary(max_size=400), *(
            [extra[format]] if format in extra else []
        ))  # fmt: skip
        targets[f"importer: {format}"] = (strategy, importer(format))
    if importlib.util.find_spec("glossary.check") is not None:
        targets.update(_checker_targets())
    return targets


def _checker_targets() -> dict[str, tuple[st.SearchStrategy, Callable[[bytes | str], object]]]:
    """The checker (glossary/check/) on texts and PO catalogs, against the shipped glossary."""
    from glossary.check.checker import Checker
    from glossary.check.sources import source_from_bytes

    checker = Checker(list(Glossary.open(ROOT / "terms")))

    def check(kind: str) -> Callable[[bytes | str], object]:
        def run(data: bytes | str) -> object:
            raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
            return checker.check_source(source_from_bytes(raw, f"fuzz.{kind}", kind=kind))

        return run

    return {
        "checker: text": (st.one_of(texts, _prose, st.binary(max_size=200)), check("text")),
        "checker: PO catalog": (st.one_of(po_files(), _mutated(_SHIPPED)), check("po")),
    }


def _probe(
    examples: int, strategy: st.SearchStrategy, work: Callable[[bytes | str], object], report: TargetReport
):
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=strategy)
    def probe(data: bytes | str) -> None:
        _measure(report, lambda: work(data), len(data))

    return probe


def run(examples: int) -> list[TargetReport]:
    reports = []
    # Gazetteers and vocabularies load on first use: not a cost of any one input.
    mine_documents([Document("warm-up.txt", "Tô Lâm visited Hà Nội (Hanoi) and UNESCO.")])
    for name, (strategy, work) in _targets(_seeds()).items():
        report = TargetReport(name)
        _probe(examples, strategy, work, report)()
        reports.append(report)
    return reports


def table(reports: list[TargetReport]) -> str:
    lines = [
        "| target | inputs | refused (one-line error) | crashes | slowest case | most memory |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for r in reports:
        lines.append(
            f"| {r.name} | {r.inputs} | {r.refused} | {len(r.crashes)} | {r.slowest * 1000:.1f} ms "
            f"({r.slowest_size} bytes) | {r.peak_memory / 2**20:.1f} MiB ({r.peak_size} bytes) |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=2000, help="generated inputs per target")
    args = parser.parse_args(argv)
    started = time.monotonic()
    reports = run(args.examples)
    print(f"fuzzing: {args.examples} generated inputs per target, {time.monotonic() - started:.0f} s")
    print(table(reports))
    crashes = [f"{r.name}: {c}" for r in reports for c in r.crashes]
    for crash in crashes[:50]:
        print(f"crash: {crash}", file=sys.stderr)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
