""" "bánh mì/bánh mỳ": two spellings of one Vietnamese term joined by a slash."""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind, VariantType
from glossary.vietnamese import has_vi_letters

from .documents import Document
from .mentions import Mention, fold, mention_at
from .phrases import Phrase, is_vi, line_bounds, vi_run_back, vi_run_forward

# A slash between two letters: the slash is matched first (the letter before it by a look-behind),
# so the regex engine only tries where a slash stands.
_SLASH = re.compile(r"/(?<=[^\W\d_]/)(?=[^\W\d_])")


def slashes(doc: Document) -> Iterator[Mention]:
    """ "bánh mì/bánh mỳ": two spellings of one Vietnamese term."""
    text = doc.text
    for match in _SLASH.finditer(text):
        line_start, line_end = line_bounds(text, match.start(), match.end())
        left = vi_run_back(text, match.start(), line_start)
        right = vi_run_forward(text, match.end(), line_end)
        if left is None or right is None or not (has_vi_letters(left.text) or has_vi_letters(right.text)):
            continue
        # The two sides name the same thing: as many words on each side.
        n = min(len(left.words), len(right.words))
        left_words, right_words = left.words[-n:], right.words[:n]
        if not is_vi(Phrase(" ".join(left_words), 0, 0)) or not is_vi(Phrase(" ".join(right_words), 0, 0)):
            continue
        a, b = " ".join(left_words), " ".join(right_words)
        if a == b:
            continue
        same_letters = fold(a) == fold(b)
        mention = mention_at(
            doc,
            left.start,
            right.end,
            kind=Kind.TERM,
            vi=a,
            variants=[(b, VariantType.TONE_STYLE if same_letters else VariantType.SPELLING)],
            confidence=0.6,
            origin="slash",
        )
        yield mention
