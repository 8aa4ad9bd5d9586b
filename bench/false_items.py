"""Every false gloss pair, name-variant link and acronym the miner gives on parts of the real-page
corpus, each with the entry that makes it and the page lines its forms come from (round 46).

    python -m bench.false_items blind22 blind30        # the parts named
    python -m bench.false_items                        # every part with gold

One line per false item ("part page kind: item"), then the mined entry, its source lines and the
page lines that write each form (the first two of each), to read against the page and the gold.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from glossary.mine.documents import find_inputs
from glossary.mine.evaluate import load_gold_by_page, norm_form
from glossary.mine.measures import _mined_link_forms, _pairs, measure_all
from glossary.mine.pipeline import mine_paths
from glossary.model import Entry

CORPUS = Path("tests/corpus")


def _entry_of(kind: str, item: str, entries: list[Entry]) -> Entry | None:
    """The mined entry that makes a false item of the measures."""
    if kind == "pair":
        vi, en = item.split(" = ", 1)
        return next(
            (e for e in entries if (norm_form(e.vi).lower(), norm_form(e.en).lower()) == (vi, en)), None
        )
    if kind == "link":
        pair = frozenset(item.split(" / "))
        return next((e for e in entries if pair in _pairs(_mined_link_forms(e))), None)
    abbr = item.split(" = ", 1)[0]
    return next((e for e in entries if norm_form(e.abbr) == abbr), None)


def _forms(kind: str, item: str) -> list[str]:
    if kind == "pair":
        return item.split(" = ", 1)
    if kind == "acronym":
        abbr, longs = item.split(" = ", 1)
        return [abbr, *longs.split(" / ")]
    return item.split(" / ")


def false_items(part: str) -> Iterator[str]:
    """The report lines of one part's false items."""
    pages = load_gold_by_page(CORPUS / "gold" / part) or {}
    for file in find_inputs([CORPUS / part]):
        if file.name not in pages:
            continue
        entries = mine_paths([file]).entries
        measures = measure_all(pages[file.name], entries)
        lines = file.read_text(encoding="utf-8").splitlines()
        for kind, name in (("pair", "gloss pairs"), ("link", "variant links"), ("acronym", "acronyms")):
            for item in measures[name].spurious:
                yield f"{part} {file.stem} {kind}: {item}"
                entry = _entry_of(kind, item, entries)
                if entry is not None:
                    variants = ", ".join(f"{v.form} ({v.type.value})" for v in entry.variants)
                    yield f"    entry {entry.kind.value}: en={entry.en!r} vi={entry.vi!r} abbr={entry.abbr!r}"
                    yield f"    variants: {variants or '-'}; sources: {[s.line for s in entry.sources]}"
                for form in _forms(kind, item):
                    hits = [n for n, line in enumerate(lines, 1) if form.lower() in line.lower()][:2]
                    for n in hits:
                        yield f"    {form!r} line {n}: {lines[n - 1][:200]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="*", help="parts of tests/corpus (default: every part with gold)")
    args = parser.parse_args(argv)
    parts = args.parts or sorted(p.name for p in (CORPUS / "gold").iterdir() if p.is_dir())
    for part in parts:
        for line in false_items(part):
            sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
