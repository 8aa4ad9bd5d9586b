"""Checking speed: 10 MB of real text against a generated 100,000-entry glossary, on one core.

    .venv/bin/python -m bench.check_speed [--size-mb 10] [--entries 100000] [--repeat 3] [--findings FILE]

The text is the seed articles, the gold articles and (when present) the corpus pages under
tests/corpus/, repeated in turn until it holds --size-mb megabytes; every tenth copy is NFD and every
seventh is HTML, as real inputs are. The glossary comes from bench.search_data. In the same run, as
yardsticks over the same bytes and the same glossary forms (about three per entry):
  * `LC_ALL=C grep -F -c -f forms` (GNU grep's multi-pattern search over bytes, one pass, counting
    lines; case-sensitive: with -i and a UTF-8 locale GNU grep takes minutes on these forms);
  * a plain Aho–Corasick scan of the folded text (ahocorasick-rs, leftmost-longest, no judging),
    and the same with pyahocorasick, the C library many Python projects use.
Each figure is the best of --repeat runs, in CPU seconds of this process (grep: of the child) and in
wall seconds; on a shared machine CPU time varies less. Peak memory is the maximum resident size.
The checker keeps what it has judged (each distinct spelling, each near-miss context) for the rest of
a run, and the 10 MB repeat about 0.17 MB of distinct articles: the first run, with those caches
empty, is printed too. `--findings FILE` writes every finding, so that a change meant only to be
faster can be shown to find the same (`cmp` the files of two runs).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import subprocess
import tempfile
import time
import unicodedata
from functools import partial
from pathlib import Path
from typing import NamedTuple

import ahocorasick
import ahocorasick_rs

from bench.search_data import generate
from glossary.check import CheckConfig, Checker, source_from_bytes
from glossary.check.folding import Folded, fold_key
from glossary.store import Glossary

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    """The real articles the benchmark text is built from."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "gold").rglob("*.txt"))
    paths += sorted((ROOT / "tests" / "gold").rglob("*.md"))
    corpus = ROOT / "tests" / "corpus"
    if corpus.is_dir():
        paths += sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md"))
    return [p.read_text(encoding="utf-8") for p in paths]


def build_documents(size_mb: float) -> list[tuple[str, bytes]]:
    """(name, bytes) documents adding up to size_mb megabytes."""
    target = int(size_mb * 1_000_000)
    articles = texts()
    documents: list[tuple[str, bytes]] = []
    total = n = 0
    while total < target:
        text = articles[n % len(articles)]
        if n % 10 == 3:
            text = unicodedata.normalize("NFD", text)
        if n % 7 == 5:
            body = "".join(f"<p>{p}</p>\n" for p in text.split("\n\n"))
            data, name = f"<html><body>{body}</body></html>".encode(), f"doc{n}.html"
        else:
            data, name = text.encode("utf-8"), f"doc{n}.txt"
        documents.append((name, data))
        total += len(data)
        n += 1
    return documents


class Timing(NamedTuple):
    cpu: float  # best CPU seconds (this process and its children)
    wall: float  # best wall seconds
    result: object
    first_cpu: float  # CPU seconds of the first run (the checker's caches still empty)


def check_all(checker: Checker, sources: list) -> list:
    """Every finding of every source."""
    return [finding for source in sources for finding in checker.check_source(source)]


def best(repeat: int, run) -> Timing:
    """Best CPU and wall seconds of repeat runs, the result, and the first run's CPU seconds."""
    cpu, wall, result = [], [], None
    for _ in range(repeat):
        start_cpu = _cpu()
        start = time.perf_counter()
        result = run()
        wall.append(time.perf_counter() - start)
        cpu.append(_cpu() - start_cpu)
    return Timing(min(cpu), min(wall), result, cpu[0])


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=10.0)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--findings",
        type=Path,
        metavar="FILE",
        help="write every finding of the check to FILE, to show that a change finds the same (cmp)",
    )
    args = parser.parse_args(argv)

    documents = build_documents(args.size_mb)
    size = sum(len(d) for _, d in documents)
    mb = size / 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "vi.po").write_text(generate(args.entries), encoding="utf-8")
        load = best(1, lambda: list(Glossary.open(folder / "vi.po")))
        entries = load.result
        compiled = best(1, lambda: Checker(entries, CheckConfig()))
        checker = compiled.result
        gc.freeze()  # as `glossary check` does: the compiled glossary is not walked by the collector
        forms = sorted({f.text for forms in checker.reference.forms_by_entry for f in forms})
        print(
            f"text: {mb:.1f} MB in {len(documents)} documents; glossary: {len(entries):,} entries, "
            f"{len(forms):,} forms, {len(checker.reference.tokens):,} distinct words"
        )
        print(
            f"glossary load {load.cpu:.2f} CPU s (wall {load.wall:.2f} s), compile for checking "
            f"{compiled.cpu:.2f} CPU s (wall {compiled.wall:.2f} s): once per run"
        )

        sources = [
            source_from_bytes(data, name, kind="html" if name.endswith(".html") else "text")
            for name, data in documents
        ]

        checked = best(args.repeat, partial(check_all, checker, sources))
        seconds, wall, findings = checked.cpu, checked.wall, checked.result
        print(
            f"glossary check: {seconds:.2f} CPU s = {mb / seconds:.1f} MB/s "
            f"(wall {wall:.2f} s), {len(findings)} findings; the first run, its caches empty: "
            f"{checked.first_cpu:.2f} CPU s = {mb / checked.first_cpu:.1f} MB/s"
        )
        # The articles once each, not repeated, by a fresh checker each time: nothing judged before.
        distinct = [source_from_bytes(t.encode("utf-8"), f"article{i}.txt") for i, t in enumerate(texts())]
        distinct_mb = sum(len(s.raw) for s in distinct) / 1_000_000
        once, prepare = [], []
        for _ in range(args.repeat):
            fresh = Checker(entries, CheckConfig())
            near = fresh.scanner.near_misses
            if near is not None:  # its indexes are built on first use, once per run: timed apart
                prepare.append(best(1, near.prepare).cpu)
            once.append(best(1, partial(check_all, fresh, distinct)).cpu)
        print(
            f"distinct text, each article once ({len(distinct)} articles, {distinct_mb:.2f} MB), a fresh "
            f"checker each time: {min(once):.3f} CPU s = {distinct_mb / min(once):.1f} MB/s; building "
            f"its near-miss indexes (first use, once per run): {min(prepare or [0]):.2f} CPU s"
        )
        if args.findings:
            with args.findings.open("w", encoding="utf-8") as out:
                for f in findings:
                    out.write(
                        f"{f.to_text()}\t{f.candidates}\t{f.edits}\t{f.entry}\t{f.end_line}:{f.end_col}\n"
                    )

        # Yardstick 1: grep -F over the same bytes and the same forms.
        big = folder / "all.txt"
        big.write_bytes(b"\n".join(d for _, d in documents))
        patterns = folder / "forms.txt"
        patterns.write_text("\n".join(forms) + "\n", encoding="utf-8")
        if shutil.which("grep"):
            grep_s, grep_wall, _, _ = best(
                args.repeat,
                lambda: subprocess.run(
                    ["grep", "-F", "-c", "-f", str(patterns), str(big)],
                    capture_output=True,
                    env={**os.environ, "LC_ALL": "C"},
                ),
            )
            print(
                f"LC_ALL=C grep -F -c -f forms: {grep_s:.2f} CPU s = {mb / grep_s:.1f} MB/s "
                f"(wall {grep_wall:.2f} s); "
                f"check takes {seconds / grep_s:.2f} x grep's time"
            )

        # Yardstick 2: a plain Aho–Corasick scan of the folded texts (what the checker's engine does
        # before it judges anything), with two libraries.
        keys = sorted({" " + fold_key(f) for f in forms if fold_key(f)})
        rs = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        folded = [Folded(unicodedata.normalize("NFC", d.decode("utf-8"))).text for _, d in documents]
        rs_s, _, rs_n, _ = best(args.repeat, lambda: sum(len(rs.find_matches_as_indexes(t)) for t in folded))
        print(f"ahocorasick-rs scan of folded text: {rs_s:.2f} CPU s = {mb / rs_s:.1f} MB/s, {rs_n} matches")
        automaton = ahocorasick.Automaton()
        for i, key in enumerate(keys):
            automaton.add_word(key, i)
        automaton.make_automaton()
        py_s, _, py_n, _ = best(
            args.repeat, lambda: sum(sum(1 for _ in automaton.iter_long(t)) for t in folded)
        )
        print(f"pyahocorasick scan of folded text: {py_s:.2f} CPU s = {mb / py_s:.1f} MB/s, {py_n} matches")
        print(f"check takes {seconds / rs_s:.0f} x the plain Aho–Corasick scan's time (ahocorasick-rs)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process, all of the above): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
