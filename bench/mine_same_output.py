"""Whether two versions of the miner mine the same: the JSON of `glossary mine --dry-run --format
json`, byte for byte, on every corpus part, the seeds and the 10 MB bench corpus.

    .venv/bin/python -m bench.mine_same_output --before DIR [--after DIR] [--work DIR] [--jobs 1]

DIR is a folder holding the code (`git archive main | tar -x -C DIR`); --after defaults to this
checkout. Both versions mine the same copies of the inputs from the same working folder (so the
sources' paths agree) with the same glossary (the --before folder's terms/), each through its own
PYTHONPATH; the bench corpus is written once (bench.mine_speed.build_corpus). A speed change is meant
to change nothing: every part must print "same". Exit status 1 when any part differs.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.mine_speed import build_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def _parts() -> list[str]:
    """The corpus parts: every folder of tests/corpus/ holding texts (gold/ holds labels)."""
    return sorted(
        p.name for p in CORPUS.iterdir() if p.is_dir() and p.name != "gold" and any(p.glob("*.txt"))
    )


def _prepare(work: Path, size_mb: float) -> list[tuple[str, list[str]]]:
    """Copy the inputs into work (once) and return (name, mine arguments) per input set."""
    inputs = work / "inputs"
    if not inputs.exists():
        inputs.mkdir(parents=True)
        for part in _parts():
            shutil.copytree(CORPUS / part, inputs / part)
        shutil.copytree(ROOT / "seeds", inputs / "seeds")
        (inputs / "benchcorpus").mkdir()
        build_corpus(inputs / "benchcorpus", size_mb)
    sets = [(part, [f"inputs/{part}"]) for part in _parts()]
    seeds = sorted(f"inputs/seeds/{p.name}" for p in (inputs / "seeds").glob("*.txt"))
    return [*sets, ("seeds", seeds), ("benchcorpus", ["inputs/benchcorpus"])]


def _mine(code: Path, glossary: Path, args: list[str], jobs: int, work: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(code), PYTHONHASHSEED="0")
    command = [sys.executable, "-m", "glossary", "--glossary", str(glossary), "mine", *args]
    command += ["--dry-run", "--format", "json", "--jobs", str(jobs)]
    with out.open("wb") as sink:
        subprocess.run(command, cwd=work, env=env, stdout=sink, stderr=subprocess.DEVNULL, check=True)


# With --mentions: every mention each document gives (before clustering, which a small change in one
# mention's fields may not reach) and its capitalised tokens, one line each, in order.
_DUMP = """
import sys
from pathlib import Path
from glossary.mine.documents import find_inputs, read_document
from glossary.mine.pipeline import extract
for path in find_inputs(sys.argv[1:]):
    result = extract(read_document(path, str(path)))
    for m in result.mentions:
        fields = (m.kind.value, m.en, m.vi, m.abbr, [(f, t.value) for f, t in m.variants], m.line,
                  m.confidence, m.flags, m.origin, m.start, m.end, m.count, m.context)
        print(path, *map(repr, fields), sep="\t")
    print(path, "caps", repr(sorted(result.caps.items())), sep="\t")
"""


def _dump(code: Path, args: list[str], work: Path, out: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(code), PYTHONHASHSEED="0")
    with out.open("wb") as sink:
        subprocess.run([sys.executable, "-c", _DUMP, *args], cwd=work, env=env, stdout=sink, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="folder of the code to compare with")
    parser.add_argument("--after", type=Path, default=ROOT, help="folder of the changed code")
    parser.add_argument("--work", type=Path, help="folder for the inputs and outputs (kept)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--size-mb", type=float, default=10.0)
    parser.add_argument("--only", nargs="+", help="input sets to check (default: all)")
    parser.add_argument(
        "--mentions", action="store_true", help="compare every document's mentions, not the JSON"
    )
    parser.add_argument(
        "--keep-before", action="store_true", help="reuse the outputs of --before already in --work"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="mine-same-"))
    before, after = args.before.resolve(), args.after.resolve()
    glossary = before / "terms"
    differ = []
    for name, mine_args in _prepare(work, args.size_mb):
        if args.only and name not in args.only:
            continue
        outs = []
        for label, code in (("before", before), ("after", after)):
            out = work / label / (f"{name}.mentions" if args.mentions else f"{name}.json")
            out.parent.mkdir(exist_ok=True)
            if label == "before" and args.keep_before and out.exists():
                pass
            elif args.mentions:
                _dump(code, mine_args, work, out)
            else:
                _mine(code, glossary, mine_args, args.jobs, work, out)
            outs.append(out)
        same = filecmp.cmp(outs[0], outs[1], shallow=False)
        print(f"{name:12} {'same' if same else 'DIFFERENT'} ({outs[0].stat().st_size:,} bytes)", flush=True)
        if not same:
            differ.append(name)
    print(f"outputs in {work}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
