"""The general gloss aligner on its own: `glossary eval` with every gloss rule switched off.

    .venv/bin/python -m bench.gloss_aligner_alone [--format json] GOLD CORPUS_FOLDER

The arguments are `glossary eval`'s. The miner runs as usual except that the gloss pairs come from
the aligner alone (glossary/mine/aligner.py, reading every Vietnamese span beside a link, none
covered by a rule); the infobox and title readers, which the pipeline runs apart from the gloss
rules, stay on. docs/miner.md ("Round 11") compares this with the whole miner: how far one general
method goes without the rules written for particular wordings.
"""

from __future__ import annotations

import sys

from glossary.cli import main
from glossary.mine import pipeline
from glossary.mine.aligner import align
from glossary.mine.documents import Document
from glossary.mine.mentions import Mention


def aligner_only(doc: Document) -> list[Mention]:
    """The gloss pairs the aligner finds in doc with no rule's pair before it."""
    return [m for m in align(doc, []) if m.vi and m.en]


if __name__ == "__main__":
    pipeline.extract_glosses = aligner_only  # the pipeline's one call of the gloss readers
    sys.exit(main(["eval", "--jobs", "1", *sys.argv[1:]]))
