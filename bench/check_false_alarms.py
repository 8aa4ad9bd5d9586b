"""False alarms of `glossary check` on real published text, with a glossary mined and reviewed from it.

    .venv/bin/python -m bench.check_false_alarms [--style STYLE] [--show]

The glossary is bench/check_glossary/vi.po: seeds/*.txt and the corpus pages (tests/corpus/dev and
blind) mined with `glossary mine` (the miner as of commit 8c9a855 on branch checker, before main's
new miner was merged) and reviewed by hand as recorded in bench/check_review.json (rejections, wrong
variants dropped, every other candidate approved). The script checks the same texts with it and
prints the findings per 1,000 words, each with its line, for judging by hand (docs/check.md lists
the verdicts). --remine mines again with the current miner and applies the same review, listing the
candidates the review never saw (they would need reviewing before the figures mean anything).
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from glossary.check import CheckConfig, Checker, HouseStyle, read_source
from glossary.check.style import parse_style
from glossary.mine.merge import merge
from glossary.mine.pipeline import mine_paths
from glossary.model import Status
from glossary.store import Glossary

ROOT = Path(__file__).resolve().parent.parent
REVIEW = Path(__file__).with_name("check_review.json")
REVIEWED = Path(__file__).with_name("check_glossary") / "vi.po"


def texts() -> list[Path]:
    corpus = ROOT / "tests" / "corpus"
    return (
        sorted((ROOT / "seeds").glob("*.txt"))
        + sorted((corpus / "dev").glob("*.txt"))
        + sorted((corpus / "blind").glob("*.txt"))
    )


def reviewed_glossary(folder: Path | None = None, paths: list[Path] | None = None) -> Glossary:
    """The reviewed glossary as stored, or (given a folder and texts) mined again and reviewed."""
    if folder is None or paths is None:
        return Glossary.open(REVIEWED)
    review = json.loads(REVIEW.read_text(encoding="utf-8"))
    glossary = Glossary.open(folder, create=True)
    merge(glossary, mine_paths(paths).entries)
    rejected, drops, set_vi = set(review["reject"]), review["drop_variants"], review["set_vi"]
    stored = {e.en or e.vi for e in Glossary.open(REVIEWED)}
    unseen = sorted(e.en or e.vi for e in glossary if (e.en or e.vi) not in stored)
    if unseen:
        print(f"{len(unseen)} candidates the review never saw: " + "; ".join(unseen[:30]))
    for entry in glossary:
        key = entry.en or entry.vi
        if key in rejected:
            entry.status = Status.REJECTED
            continue
        if key in set_vi:
            entry.vi = set_vi[key]
        if key in drops:
            entry.variants = [v for v in entry.variants if v.form not in drops[key]]
        entry.status = Status.APPROVED
    glossary.save()
    return Glossary.open(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--style", default="none", help="house style to check with (default none)")
    parser.add_argument("--show", action="store_true", help="print every finding with its line")
    parser.add_argument("--remine", action="store_true", help="mine again with the current miner")
    args = parser.parse_args(argv)
    paths = texts()
    with tempfile.TemporaryDirectory() as tmp:
        glossary = reviewed_glossary(Path(tmp) / "terms", paths) if args.remine else reviewed_glossary()
        approved = sum(e.status is Status.APPROVED for e in glossary)
        checker = Checker(list(glossary), CheckConfig(house=HouseStyle(parse_style(args.style))))
        words = findings = 0
        by_code: dict[str, int] = {}
        for path in paths:
            source = read_source(path, str(path.relative_to(ROOT)))
            words += len(re.findall(r"[^\W_]+", source.text))
            for finding in checker.check_source(source):
                findings += 1
                by_code[finding.code] = by_code.get(finding.code, 0) + 1
                if args.show:
                    print(finding.to_text())
                    print(f"    | {finding.context.strip()[:160]}")
    print(f"{len(paths)} texts, {words:,} words; glossary: {approved} approved entries")
    print(
        f"style {args.style}: {findings} findings = {1000 * findings / words:.2f} per 1,000 words {by_code}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
