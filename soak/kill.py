"""SIGKILL a save of a big glossary at random points while it writes: the file must always be the old
or the new one, byte for byte, and the next save must leave no temporary file behind.

    python -m soak.kill [--entries 100000] [--kills 100]

Each round starts a process that loads the glossary, changes it, says "saving" and saves; the probe
kills it at a random moment after that word: half the rounds anywhere in the save (uniform over
its measured length), half once its temporary file exists (so inside the write itself).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from glossary.files import stale_temps
from glossary.model import Entry, Status
from glossary.store import Glossary
from soak.writers import _env

# The saving process: a fixed revision date, so that the new file is the same bytes every time.
SAVER = """
import sys
import glossary.store as store
from glossary.model import Entry, Status
# Fails loudly if the store stops reading the stamp from here (a rename made this patch a no-op once).
assert callable(store.revision_stamp)
store.revision_stamp = lambda: "2025-01-01 00:00+0000"
glossary = store.Glossary.open(sys.argv[1])
entries = list(glossary)
for entry in entries[:: max(1, len(entries) // 50)]:
    entry.notes.append("checked in the kill probe")
glossary.add(Entry(en="Kill Probe", vi="Thử nghiệm", status=Status.APPROVED))
print("saving", flush=True)
glossary.save()
print("saved", flush=True)
"""


@dataclass
class KillReport:
    kills: int = 0
    old: int = 0
    new: int = 0
    torn: list[int] = field(default_factory=list)  # rounds whose file was neither
    temp_at_kill: int = 0  # kills that left a temporary file: they hit the write itself
    temp_after_next_save: int = 0
    save_seconds: float = 0.0
    write_seconds: float = 0.0  # from the temporary file's creation to the rename


def _start(path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_env(), cwd=path.parent,
    )  # fmt: skip


def _wait_for(process: subprocess.Popen, word: str) -> None:
    assert process.stdout is not None
    line = process.stdout.readline()
    if line.strip() != word:
        process.kill()
        raise RuntimeError(f"the saving process said {line!r}: {process.stderr.read()[-2000:]}")


def run(work: Path, entries: int, kills: int, seed: int = 1) -> KillReport:
    from bench.search_data import generate

    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    path = work / "vi.po"
    path.write_text(generate(entries, seed=3), encoding="utf-8")
    old = path.read_bytes()
    # One save to the end: the new bytes, how long a save takes from "saving" on, and how long its
    # temporary file lives (watched closely: the write is a small part of the save).
    inode = path.stat().st_ino
    process = _start(path)
    _wait_for(process, "saving")
    started = time.monotonic()
    temp_seen: float | None = None
    while path.stat().st_ino == inode:  # until the rename that ends the save
        if temp_seen is None and stale_temps(path, time.time_ns()):
            temp_seen = time.monotonic()
        if process.poll() is not None and path.stat().st_ino == inode:
            raise RuntimeError(f"the saving process ended without replacing {path}")
    # On a loaded machine the watcher may not run during a short write and never see the temporary
    # file (it used to wait for it forever); the time since "saving" then stands in for the write,
    # an upper bound that only widens the window the inside-the-write kills are drawn from.
    report = KillReport(write_seconds=time.monotonic() - (started if temp_seen is None else temp_seen))
    _wait_for(process, "saved")
    report.save_seconds = time.monotonic() - started
    process.wait()
    new = path.read_bytes()
    assert new != old
    rng = random.Random(seed)
    for number in range(kills):
        path.write_bytes(old)
        process = _start(path)
        _wait_for(process, "saving")
        if number % 2 == 0:
            time.sleep(rng.uniform(0, report.save_seconds))
        else:
            deadline = time.monotonic() + 10 * report.save_seconds + 5
            while not stale_temps(path, time.time_ns()) and time.monotonic() < deadline:
                pass  # watched without sleeping: the write lasts a few milliseconds
            time.sleep(rng.uniform(0, report.write_seconds))
        process.send_signal(signal.SIGKILL)
        process.wait()
        report.kills += 1
        data = path.read_bytes()
        if data == old:
            report.old += 1
        elif data == new:
            report.new += 1
        else:
            report.torn.append(number)
        report.temp_at_kill += bool(stale_temps(path, time.time_ns()))
        # The next save (by anyone) clears what the killed one left.
        glossary = Glossary.open(path)
        glossary.add(Entry(en=f"Next Save {number}", vi="Lần sau", status=Status.APPROVED))
        glossary.save()
        leftovers = [p for p in work.iterdir() if p.name != "vi.po"]
        report.temp_after_next_save += len(leftovers)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--work", type=Path, default=Path("/tmp/glossary-soak-kill"))
    args = parser.parse_args(argv)
    started = time.monotonic()
    report = run(args.work, args.entries, args.kills)
    size = os.path.getsize(args.work / "vi.po") / 2**20
    print(
        f"kill during save: {report.kills} SIGKILLs while saving a {args.entries}-entry glossary "
        f"({size:.1f} MiB; a save takes {report.save_seconds:.2f} s, its write {report.write_seconds:.3f} s; "
        f"{time.monotonic() - started:.0f} s in all): old file intact "
        f"{report.old}, new file complete {report.new}, torn {len(report.torn)}; kills inside the write "
        f"(temporary file present) {report.temp_at_kill}; files left after the next save "
        f"{report.temp_after_next_save}"
    )
    return 1 if report.torn or report.temp_after_next_save else 0


if __name__ == "__main__":
    sys.exit(main())
