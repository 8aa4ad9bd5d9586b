"""How precise each gloss rule is on its own, over the labelled real-page parts.

    .venv/bin/python -m bench.gloss_rule_precision [PART ...]

Each rule of glossary/mine/glosses.py (and the parenthesis, table, infobox and title readers and the
general aligner alone) is run on every page of each part (default: every part with per-page gold in
tests/corpus/gold/), and each pair it gives is judged against the page's gold: right when one gold
entry holds both sides among its forms, wrong when none holds the Vietnamese side with the English
one (a form a gold entry lists only as a gazetteer form is neither). This is the pair before
clustering, so a right pair here may still be merged wrongly later; docs/miner.md ("Round 13:
pairs") uses it to tell which rules to leave to the evidence model. The rules whose pairs the
pipeline scores (glosses._SCORED_RULES) are counted after that scoring.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from glossary.mine import glosses
from glossary.mine.aligner import align
from glossary.mine.documents import Document, read_document
from glossary.mine.evaluate import GoldEntry, load_gold_by_page, norm_form
from glossary.mine.infobox import extract_infobox
from glossary.mine.mentions import Mention
from glossary.mine.parentheses import extract_parentheses
from glossary.mine.tables import extract_tables
from glossary.mine.title_stack import extract_title_stack

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"

RULES: dict[str, Callable[[Document], Iterable[Mention]]] = {
    "parentheses": extract_parentheses,
    "cues": glosses.cues,
    "known_as": glosses.known_as,
    "dashes": glosses.dashes,
    "slashes": glosses.slashes,
    "appositives": glosses.appositives,
    "ors": glosses.ors,
    "glossary_lines": glosses.glossary_lines,
    "dash_lists": glosses.dash_lists,
    "tables": extract_tables,
    "word_for": glosses.word_for,
    "is_word_for": glosses.is_word_for,
    "infobox": extract_infobox,
    "title_stack": extract_title_stack,
    "aligner alone": lambda doc: align(doc, []),
}


def judge(mention: Mention, gold: list[GoldEntry]) -> str:
    """ "right", "wrong" or "neither" for one pair against one page's gold."""
    vi, en = norm_form(mention.vi).lower(), norm_form(mention.en).lower()
    forms = [{f.lower() for f in g.forms} for g in gold]
    gazetteers = [{f.lower() for f in g.gazetteer} for g in gold]
    if any(vi in f and en in f for f in forms):
        return "right"
    if any(vi in g for g in gazetteers):
        return "neither"
    return "wrong"


def count(parts: list[str]) -> dict[str, Counter[str]]:
    """Per rule, its right and wrong pairs over the parts, in all and on each part."""
    scored = getattr(glosses, "_SCORED_RULES", {})
    tally: dict[str, Counter[str]] = {name: Counter() for name in RULES}
    for part in parts:
        pages = load_gold_by_page(CORPUS / "gold" / part) or {}
        for page, gold in pages.items():
            doc = read_document(CORPUS / part / page)
            for name, rule in RULES.items():
                for mention in rule(doc):
                    if not (mention.vi and mention.en) or glosses.no_rendering(mention):
                        continue
                    if rule in scored and not glosses._scored(doc, mention, scored[rule]):
                        continue
                    verdict = judge(mention, gold)
                    tally[name][verdict] += 1
                    tally[name][f"{part}:{verdict}"] += 1
    return tally


def main(argv: list[str]) -> int:
    parts = argv or sorted(
        p.name for p in (CORPUS / "gold").iterdir() if p.is_dir() and load_gold_by_page(p) is not None
    )
    print(f"{'rule':16} {'right':>6} {'wrong':>6} {'P':>6}   parts: {' '.join(parts)}")
    for name, tally in count(parts).items():
        judged = tally["right"] + tally["wrong"]
        precision = f"{tally['right'] / judged:.2f}" if judged else "-"
        print(f"{name:16} {tally['right']:6} {tally['wrong']:6} {precision:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
