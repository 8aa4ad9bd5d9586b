"""Gloss extractor: a Vietnamese term and its English rendering given side by side, in either order.

"đổi mới (Renewal)", "Renewal (đổi mới)", "(Vietnamese: Hoàng thành Thăng Long)", 'X, meaning "Y"',
'X, literally "Y"', 'X translates to "Y"', 'known as X', 'X – Y', "bánh mì/bánh mỳ", glossary and
dash lists ("• Đàn bầu - monochord zither"), table rows (tables.py), "the word X for Y". Which side is
Vietnamese is decided by letters and syllable shape (syllables.py), never by a word list.

Each wording has its reader module (meaning_cues, known_as_pairs, dash_pairs, slash_spellings,
appositive_pairs, rank_appositives, or_pairs, list_lines, word_for_pairs; parentheses and tables);
this module runs them in order, has the least precise rules' pairs scored by the aligner's evidence
model, drops the pairs that render nothing (no_rendering) and leaves the rest of the text to the
aligner.
"""

from __future__ import annotations

import re

from glossary.vietnamese import has_vi_letters

from .aligner import align
from .appositive_pairs import appositives, bare_appositives, english_first_appositives
from .dash_pairs import dashes
from .documents import Document
from .gloss_evidence import THRESHOLD, score
from .known_as_pairs import known_as
from .language_sentences import VIETNAMESE_NAMES, another_language_sentence
from .lexicon import language_names
from .list_lines import dash_lists, dated_list_lines, glossary_lines
from .meaning_cues import cues
from .mentions import Mention
from .name_meanings import name_language_for
from .no_rendering import no_rendering
from .or_pairs import ors
from .parentheses import extract_parentheses
from .phrases import Phrase
from .rank_appositives import rank_appositives
from .slash_spellings import slashes
from .tables import extract_tables
from .word_for_pairs import is_word_for, word_for

# The rules least precise on pages they were not written for (pairs right / wrong on the eleven
# seen parts before round 13: known-as 5/7, "or" 6/4, dashes 4/2): their pairs are candidates the
# aligner's evidence model scores, as the link they read (an "or" pair of plain syllables stays
# the rule's: the model's Vietnamese test needs letters only Vietnamese writes to be sure).
_SCORED_RULES = {known_as: "known", ors: "or", dashes: "dash"}


def _scored(doc: Document, mention: Mention, link: str) -> bool:
    """Whether a rule's pair holds by the aligner's evidence model (gloss_evidence.score) for the
    link it read; a pair whose sides cannot be placed in its stretch is kept as the rule read it."""
    if not mention.vi or not mention.en:
        return True
    if link == "or" and not has_vi_letters(mention.vi):
        return True  # "Vietnam Reform Party or Viet Tan": plain syllables the evidence cannot weigh
    text = doc.text
    vi_at = text.find(mention.vi, mention.start, mention.end)
    en_at = text.find(mention.en, mention.start, mention.end)
    if vi_at < 0 or en_at < 0:
        return True
    vi = Phrase(mention.vi, vi_at, vi_at + len(mention.vi))
    en = Phrase(mention.en, en_at, en_at + len(mention.en))
    return score(text, vi, en, link) >= THRESHOLD


def extract_glosses(doc: Document) -> list[Mention]:
    """Every gloss pair in a document."""
    found: list[Mention] = []
    # no_rendering reads only a pair's two sides: asked once per distinct pair of the text (every
    # pair is asked again after the aligner, and a text repeats its pairs).
    verdicts: dict[tuple[str, str], bool] = {}

    def renders(mention: Mention) -> bool:
        key = (mention.vi, mention.en)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = not no_rendering(mention)
        return verdict

    for extractor in (
        extract_parentheses,
        cues,
        name_language_for,
        known_as,
        dashes,
        slashes,
        appositives,
        english_first_appositives,
        bare_appositives,
        rank_appositives,
        ors,
        glossary_lines,
        dash_lists,
        dated_list_lines,
        extract_tables,
        word_for,
        is_word_for,
    ):
        mentions = extractor(doc)
        link = _SCORED_RULES.get(extractor)
        if link is not None:
            mentions = (m for m in mentions if _scored(doc, m, link))
        found.extend(filter(renders, mentions))
    # The general aligner reads the Vietnamese spans no rule's pair covers.
    return [m for m in align(doc, found) if renders(m) and not _another_languages(doc, m)]


def _another_languages(doc: Document, mention: Mention) -> bool:
    """Whether a meaning-cued pair glosses a word of the language its sentence opens by naming
    ('In Nùng language, "Dền" means money'; blind21, blind27): no Vietnamese term."""
    if "cue:meaning" not in mention.flags or not mention.vi:
        return False
    at = doc.text.find(mention.vi, mention.start, mention.end)
    at = mention.start if at < 0 else at
    floor = doc.text.rfind("\n", 0, at) + 1
    return another_language_sentence(doc.text, at, floor) or _language_named(doc.text, mention.vi, at)


_FROM_OR_IN = re.compile(r"\b(?:from|in)[ \t]+$", re.IGNORECASE)


def _language_named(text: str, vi: str, at: int) -> bool:
    """Whether the Vietnamese side is the name of another language its word is cited from ("a term
    derived from Lao (ສັດສຸພາບ) meaning "the polite animal""; blind25): the word is in the
    parenthesis after it, and is that language's."""
    low = vi.lower()
    return (
        " " not in vi
        and vi[:1].isupper()
        and low not in VIETNAMESE_NAMES
        and not has_vi_letters(vi)
        and low in language_names()
        and _FROM_OR_IN.search(text, max(0, at - 12), at) is not None
    )
