"""Parallel writers on one glossary: `glossary add`, `glossary mine` and a TUI-like session, started
together round after round; afterwards every decision of every writer that succeeded must be in the
file, and a writer may fail only with exit 2, one line on stderr, on a real conflict.

    python -m soak.writers --rounds 200 [--entries 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from glossary.model import Entry, Status
from glossary.store import Glossary

KINDS = ("add", "mine", "session")
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Writer:
    """One process of a round and what it decided."""

    kind: str
    tag: str
    process: subprocess.Popen | None = None
    code: int | None = None
    stdout: str = ""
    stderr: str = ""
    # Forms that must be in the final file if the writer succeeded, with the status they must have
    # (None: any status, as for mined candidates that may have been merged into an existing entry).
    expects: list[tuple[str, Status | None]] = field(default_factory=list)


@dataclass
class RoundResult:
    writers: list[Writer]
    lost: list[str]
    failed: list[str]  # writers that ended otherwise than exit 0 or a one-line exit 2


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("GLOSSARY_PATH", None)
    # After any PYTHONPATH given (a probe may run another version of the package), for soak itself.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH", ""), str(ROOT)]))
    return env


def _text(tag: str) -> str:
    """A text whose gloss, acronym and names are this writer's own (the tag makes them unique)."""
    word = "".join(chr(ord("a") + int(d)) for d in tag if d.isdigit())
    return (
        f"Viet Nam's Phong trào Sông Xanh {word} (Green River Movement {word.title()}) began in 2024.\n"
        f"The Green River Movement {word.title()} (GRM{word.upper()}) plants trees, said Nguyễn Văn "
        f"Khoa{word}, its head.\n"
    )


def make_glossary(root: Path, entries: int) -> None:
    """A glossary folder with entries generated like the search benchmark's."""
    from bench.search_data import generate

    root.mkdir(parents=True, exist_ok=True)
    (root / "vi.po").write_text(generate(entries, seed=7), encoding="utf-8")


def _prepare(root: Path, writers: list[Writer]) -> None:
    """The candidates the session writers will decide on, saved before the round starts."""
    glossary = Glossary.open(root)
    for writer in writers:
        if writer.kind == "session":
            glossary.add(Entry(en=f"Pending {writer.tag}", vi=f"Chờ {writer.tag}", status=Status.CANDIDATE))
    glossary.save()


def _start(root: Path, work: Path, writer: Writer, rng: random.Random) -> None:
    python = [sys.executable]
    if writer.kind == "add":
        command = [*python, "-m", "glossary", "--glossary", str(root), "add", "--en", f"Add {writer.tag}",
                   "--vi", f"Thêm {writer.tag}", "--kind", "place", "--note", f"by {writer.tag}"]  # fmt: skip
        writer.expects = [(f"Add {writer.tag}", Status.APPROVED)]
    elif writer.kind == "mine":
        text = work / f"{writer.tag}.txt"
        text.write_text(_text(writer.tag), encoding="utf-8")
        command = [*python, "-m", "glossary", "--glossary", str(root), "mine", "--format", "json", str(text)]
    else:
        delay = f"{rng.uniform(0, 0.3):.3f}"
        command = [*python, "-m", "soak.session_writer", str(root), writer.tag, delay]
        writer.expects = [
            (f"Pending {writer.tag}", Status.APPROVED),
            (f"Session {writer.tag}", Status.APPROVED),
        ]
    writer.process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=_env(),
        cwd=work,
    )  # fmt: skip


def _finish(writer: Writer) -> None:
    assert writer.process is not None
    writer.stdout, writer.stderr = writer.process.communicate(timeout=600)
    writer.code = writer.process.returncode
    if writer.kind == "mine" and writer.code == 0:
        for entry in json.loads(writer.stdout)["entries"]:
            writer.expects.append((entry["en"] or entry["vi"], None))


def _lost(root: Path, writers: list[Writer]) -> list[str]:
    """The decisions of successful writers that the final file does not hold."""
    glossary = Glossary.open(root)
    by_form: dict[str, list[Entry]] = {}
    for entry in glossary:
        for form in entry.forms():
            by_form.setdefault(form, []).append(entry)
    lost = []
    for writer in writers:
        if writer.code != 0:
            continue
        for form, status in writer.expects:
            found = by_form.get(form, [])
            if not found or (status is not None and not any(e.status is status for e in found)):
                lost.append(
                    f"{writer.kind} {writer.tag}: {form!r} ({status.value if status else 'any status'})"
                )
        if writer.kind == "session" and not any(
            f"checked by {writer.tag}" in e.notes for e in by_form.get(f"Pending {writer.tag}", [])
        ):
            lost.append(f"session {writer.tag}: the note on 'Pending {writer.tag}'")
    return lost


def run_round(
    root: Path, work: Path, number: int, count: int, rng: random.Random, hold: float = 0.0
) -> RoundResult:
    """Start count writers of mixed kinds at once on the glossary at root; check what they left.

    hold: seconds the probe itself holds the file's lock once the writers are started, so that
    most of them read the file before any can write it and all but one must re-apply their changes.
    """
    kinds = [KINDS[(number + i) % len(KINDS)] for i in range(count)]
    writers = [Writer(kind, f"{number}x{i}") for i, kind in enumerate(kinds)]
    _prepare(root, writers)
    from glossary.lock import locked  # here: the probe also runs against versions without locks

    with locked([root / "vi.po"]):
        for writer in writers:
            _start(root, work, writer, rng)
        time.sleep(hold)
    for writer in writers:
        _finish(writer)
    failed = [
        f"{w.kind} {w.tag}: exit {w.code}: {w.stderr.strip()[-300:]}"
        for w in writers
        if w.code != 0 and not (w.code == 2 and w.stderr.count("\n") == 1 and "Traceback" not in w.stderr)
    ]
    return RoundResult(writers, _lost(root, writers), failed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/glossary-soak-writers"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hold", type=float, default=2.0, help="hold the lock up to this long per round")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    root = args.work / "terms"
    if args.work.exists():
        import shutil

        shutil.rmtree(args.work)
    args.work.mkdir(parents=True)
    make_glossary(root, args.entries)
    started = time.monotonic()
    writers = lost = failed = exit2 = reapplied = sessions = 0
    for number in range(args.rounds):
        count = 2 + number % 3
        result = run_round(root, args.work, number, count, rng, rng.uniform(0, args.hold))
        writers += count
        lost += len(result.lost)
        failed += len(result.failed)
        exit2 += sum(1 for w in result.writers if w.code == 2)
        sessions += sum(1 for w in result.writers if w.kind == "session")
        reapplied += sum(1 for w in result.writers if w.kind == "session" and "re-applied" in w.stdout)
        for line in result.lost + result.failed:
            print(f"round {number}: {line}", file=sys.stderr)
    elapsed = time.monotonic() - started
    print(
        f"parallel writers: {args.rounds} rounds of 2-4 writers ({writers} writers: add, mine, session) on "
        f"{args.entries} entries, {elapsed:.0f} s; decisions lost: {lost}; exit 2 (conflict reported): "
        f"{exit2}; other failures: {failed}; session writers that re-applied onto another's save: "
        f"{reapplied} of {sessions}"
    )
    return 1 if lost or failed else 0


if __name__ == "__main__":
    sys.exit(main())
