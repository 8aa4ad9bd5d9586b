"""Two shells each running `glossary add` in a loop on one big glossary, as two busy people would:
every add that printed "added:" and exited 0 must be in the file at the end.

    python -m soak.adds [--entries 20000] [--shells 2] [--adds 30]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from glossary.store import Glossary
from soak.writers import _env, make_glossary


def run(work: Path, entries: int, shells: int, adds: int) -> tuple[int, int, list[str]]:
    """(adds that succeeded, of them kept in the file, error lines of the others)."""
    if work.exists():
        shutil.rmtree(work)
    root = work / "terms"
    make_glossary(root, entries)
    done: list[str] = []
    errors: list[str] = []
    lock = threading.Lock()

    def shell(number: int) -> None:
        for i in range(adds):
            en = f"Shell {number} Entry {i}"
            vi = f"Mục {number} {i}"
            command = ["-m", "glossary", "--glossary", str(root), "add", "--en", en, "--vi", vi]
            result = subprocess.run(
                [sys.executable, *command], capture_output=True, text=True, encoding="utf-8", env=_env(),
                cwd=work, timeout=600,
            )  # fmt: skip
            with lock:
                if result.returncode == 0 and result.stderr.startswith("added:"):
                    done.append(en)
                else:
                    errors.append(f"exit {result.returncode}: {result.stderr.strip()[-200:]}")

    threads = [threading.Thread(target=shell, args=(n,)) for n in range(shells)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    final = {entry.en for entry in Glossary.open(root)}
    return len(done), sum(1 for en in done if en in final), errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--shells", type=int, default=2)
    parser.add_argument("--adds", type=int, default=30)
    parser.add_argument("--work", type=Path, default=Path("/tmp/glossary-soak-adds"))
    args = parser.parse_args(argv)
    started = time.monotonic()
    succeeded, kept, errors = run(args.work, args.entries, args.shells, args.adds)
    for line in errors:
        print(line, file=sys.stderr)
    print(
        f"concurrent adds: {args.shells} shells x {args.adds} `glossary add` on {args.entries} entries, "
        f"{time.monotonic() - started:.0f} s; succeeded {succeeded}, kept {kept}, lost {succeeded - kept}, "
        f"failed {len(errors)}"
    )
    return 0 if kept == succeeded == args.shells * args.adds else 1


if __name__ == "__main__":
    sys.exit(main())
