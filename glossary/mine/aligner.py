"""A general gloss aligner: a Vietnamese span, a link, an English span, and a score.

The gloss rules (glosses.py, parentheses.py, ...) each read one wording precisely. Real pages keep
bringing wordings none of them has, so this module reads every place where a Vietnamese span stands
right next to a link, whatever the wording around it:

- the links are found first, being far fewer than Vietnamese words: parentheses, spaced dashes,
  "or", the meaning cues ("meaning", "literally", "lit.", "translated", "refers", "i.e."), and a
  colon closing a line's short head; a link is read only near a letter only Vietnamese writes or
  just after a quotation;
- the Vietnamese span is the run of words beside the link that the project's one test takes for
  Vietnamese (glossary.vietnamese, through phrases.vi_run_back/vi_run_forward), or a quotation all
  of whose words are Vietnamese;
- the English span is what the link points at: a parenthesis's first segment that is neither a
  transcription, a Han form, a lone language name, a labelled form of another language nor the span
  said again, a quotation, the words up to the clause's punctuation, or the phrase before a
  parenthesis or a dash;
- lists of Vietnamese parts beside as many English parts are aligned whole (mottos, slogans).

Each candidate is scored by gloss_evidence.score and kept at or above THRESHOLD. The aligner runs
after the specific rules and reads only the spans none of their pairs covers, so where a rule has
read a wording, its reading stands.

The links are found in align_links.py, the Vietnamese spans beside them read in align_spans.py and
the English side in align_english.py; this module decides.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from glossary.vietnamese import has_vi_letters

from .align_english import before_comma, closes_paren, en_forward, not_its_name, paren_rendering
from .align_links import (
    COPULA_TAIL,
    LINK_AFTER,
    LINK_BEFORE,
    after_list_mark,
    ends_list_part,
    find_links,
    language_label,
    named_language_after,
    opens_with_label,
    opens_with_vietnamese_label,
)
from .align_spans import aligned_list, part_of_more, quoted_span, span_after, span_before
from .documents import Document
from .gloss_evidence import THRESHOLD, score
from .mentions import QUOTES_OPEN, Mention, literal_hits
from .name_spans import is_ly_adverb
from .phrases import Phrase, en_phrase_back, gloss_mention, line_bounds


def align(doc: Document, found: list[Mention]) -> list[Mention]:
    """found with the gloss pairs of doc the aligner scores at or above THRESHOLD on Vietnamese
    spans that no pair in found covers; a list of Vietnamese parts aligned with a list of as many
    English parts ("Tổ Quốc, Danh dự, Trách Nhiệm (Country, Honor, Duty)") replaces the pairs a
    rule read from one of its parts."""
    text = doc.text
    covered = _Covered(found)
    added: list[Mention] = []
    replaced: set[int] = set()
    for span in _vi_spans(doc, covered):
        taken = covered.overlaps(span.start, span.end)
        if taken and not after_list_mark(text, span.start):
            continue  # a rule's pair explains the span, unless it ends a list the rule cut
        if taken or part_of_more(text, span):
            aligned = aligned_list(text, span)
            if aligned is None:
                continue
            vi, en = aligned
            replaced.update(
                id(m) for m in found if vi.start <= m.start < vi.end or vi.start < m.end <= vi.end
            )
            added.append(gloss_mention(doc, vi, en, 0.6, origin="gloss"))
            continue
        best = _best(text, span)
        if best is not None:
            vi, en, score = best
            covered.add(min(vi.start, en.start), max(vi.end, en.end))
            added.append(gloss_mention(doc, vi, en, round(0.4 + 0.3 * score, 2), origin="gloss"))
    for vi, en, score in _sentence_meanings(doc, covered):
        covered.add(vi.start, en.end)
        added.append(gloss_mention(doc, vi, en, round(0.4 + 0.3 * score, 2), origin="gloss"))
    return [m for m in found if id(m) not in replaced] + added


# A meaning cue right before a quotation: "literally means "sliced"", "translates loosely as "cake"".
_MEANING_CUE = re.compile(
    r"(?:(?:literally|loosely|roughly)[ \t]+)?(?:meaning|means|literally|lit\.|translated[ \t]+as|"
    r"translates[ \t]+(?:to|as))[ \t]*:?[ \t]*(?=[\"“‘])"
)
# A quotation in double quotes or wiki italics, on one line.
_QUOTATION = re.compile(r"[\"“‘](?P<q>[^\"“”‘’\n]{1,60})[\"”’]|''(?P<i>[^'\n]{1,60})''")
_SENTENCE_REACH = 200
_PARENTHESIS = re.compile(r"\((?:[^()\n]|\([^()\n]*\))*\)")
_MEANING_WORDS = ("meaning", "means", "literally", "lit.", "translated", "translates")


def _sentence_meanings(doc: Document, covered: _Covered) -> Iterator[tuple[Phrase, Phrase, float]]:
    """A quoted Vietnamese term and a quoted rendering in one sentence, joined by a meaning cue
    that does not follow the term at once: 'the "tét" in the food's name literally means "sliced"',
    'The name "Cổ Loa" is the reading of 古螺 (...), literally meaning "ancient spiral"'. The two
    quotations and the cue are the evidence; no other Vietnamese word may stand between the term
    and the cue (it would be the one the cue explains)."""
    text = doc.text
    for at in literal_hits(doc.lower, _MEANING_WORDS):
        cue = _MEANING_CUE.match(text, at)
        if cue is None or covered.end_at(cue.end()) >= 0:
            continue
        floor = max(
            text.rfind(". ", max(0, at - _SENTENCE_REACH), at) + 1,
            text.rfind("\n", max(0, at - _SENTENCE_REACH), at) + 1,
            at - _SENTENCE_REACH,
        )
        quotations = list(_QUOTATION.finditer(text, floor, at))
        if not quotations:
            continue
        last = quotations[-1]
        group = "q" if last.group("q") is not None else "i"
        vi = quoted_span(text, last.start(group), last.end(group))
        # A parenthesis between may hold another language's reading ("(< Middle Chinese ...)").
        between = _PARENTHESIS.sub(" ", text[last.end() : at])
        if vi is None or not has_vi_letters(vi.text) or has_vi_letters(between):
            continue
        if covered.overlaps(vi.start, vi.end):
            continue  # a rule's pair explains the term
        line_end = text.find("\n", cue.end())
        en = en_forward(text, cue.end(), line_end if line_end >= 0 else len(text), len(vi.words))
        if en is None:
            continue
        weight = score(text, vi, en, "meaning")
        if weight >= THRESHOLD:
            yield vi, en, weight


class _Covered:
    """The stretches of text the rules' pairs (and the aligner's own) explain, asked by position."""

    def __init__(self, found: list[Mention]) -> None:
        self.spans = sorted((m.start, m.end) for m in found)
        self.starts = [start for start, _ in self.spans]
        # The furthest end among the spans up to each index: spans may nest or overlap.
        self.reach: list[int] = []
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def end_at(self, pos: int) -> int:
        """The end of the explained stretch holding pos, or -1."""
        k = bisect_right(self.starts, pos) - 1
        return self.reach[k] if k >= 0 and self.reach[k] > pos else -1

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1
        return k >= 0 and self.reach[k] > start

    def add(self, start: int, end: int) -> None:
        k = bisect_right(self.starts, start)
        self.spans.insert(k, (start, end))
        self.starts.insert(k, start)
        self.reach.insert(k, max(end, self.reach[k - 1] if k else -1))
        for i in range(k + 1, len(self.reach)):
            self.reach[i] = max(self.reach[i], end)


def _vi_spans(doc: Document, covered: _Covered) -> Iterator[Phrase]:
    """The Vietnamese spans right beside a link: found from the links (parentheses, dashes, "or",
    meaning cues, colons, quotations), which are far fewer than Vietnamese words, and read only
    where a letter only Vietnamese writes is near, or a quotation holds syllables the lexicons take
    for Vietnamese ('"anh Ba"'; plain words at other links are the rules' to read)."""
    text, seen = doc.text, set()
    for before, after, kind in find_links(doc):
        at = max(before, after)
        if covered.end_at(at) >= 0 and not ends_list_part(text, before):
            continue  # a rule's pair holds the link: its reading stands
        # Plain words are read in quotations (span_before), and before a parenthesis that names
        # them Vietnamese ("Canh chua (Vietnamese: [kaiŋ cuə], sour soup)").
        plain = kind == "paren" and opens_with_vietnamese_label(text, after)
        first = span_before(text, before, plain)
        if first is None and kind == "word" and before > 0:
            # "Hát tuồng is often referred to as ...": the term is the subject of the copula.
            copula = COPULA_TAIL.search(text, max(0, before - 24), before)
            if copula is not None and (not copula.group("adverb") or is_ly_adverb(copula.group("adverb"))):
                first = span_before(text, copula.start(), plain)
        # A parenthesis after a Vietnamese span holds its rendering, not another span, unless a
        # language label opens it ("Lady Triệu (Vietnamese: Bà Triệu, ...)").
        second = (
            span_after(text, after, plain)
            if first is None or kind != "paren" or opens_with_label(text, after)
            else None
        )
        for span in (first, second):
            if span is not None and (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                yield span


def _best(text: str, span: Phrase) -> tuple[Phrase, Phrase, float] | None:
    """The best-scored English span beside the Vietnamese one, or None below the threshold."""
    best: tuple[Phrase, Phrase, float] | None = None
    for vi, en, link in _candidates(text, span):
        weight = score(text, vi, en, link)
        if weight >= THRESHOLD and (best is None or weight > best[2]):
            best = (vi, en, weight)
    return best


def _candidates(text: str, span: Phrase) -> Iterator[tuple[Phrase, Phrase, str]]:
    line_start, line_end = line_bounds(text, span.start, span.end)
    after = LINK_AFTER.match(text, span.end, line_end)
    if after is not None:
        link = after.lastgroup or ""
        if link == "colon" and text[line_start : span.start].strip(" \t-*•"):
            en = None  # "Location: Hà Nội": a colon joins a term and its gloss only on a glossary line
        elif link == "paren":
            en, close = paren_rendering(text, after.end(), line_end, span)
            if en is not None and text[after.end() : en.start].strip(" \t" + QUOTES_OPEN):
                # "Đông Du (/vi/, /vi/, journey to the east; 東遊)": after a transcription, a label
                # or "lit.", a dictionary's order: the form, how it sounds, what it means.
                link = "meaning"
            if en is None and close >= 0 and text[after.end() : close].strip():
                # "Lâm Ấp (Vietnamese), or Linyi": a parenthesis of labels and transcriptions
                # between the span and its link.
                again = LINK_AFTER.match(text, close + 1, line_end)
                if again is not None and again.lastgroup not in ("paren", "colon"):
                    link = again.lastgroup or ""
                    en = en_forward(text, again.end(), line_end, len(span.words), paren_after=True)
                    if language_label(text[after.end() : close].strip()):
                        link += "+label"  # "(Vietnamese)": the text names the span's language
        else:
            en = en_forward(text, after.end(), line_end, len(span.words), named=link == "known")
        if en is not None:
            yield span, en, link
    window = text[max(line_start, span.start - 24) : span.start]
    before = LINK_BEFORE.search(window)
    if before is not None and before.group("label") and not language_label(before.group("label")):
        before = None  # "(a dish of Huế)": words before the span, no label
    if before is not None:
        link = "paren" if before.group("paren") is not None else before.lastgroup or ""
        if link == "paren" and before.group("label") or named_language_after(text, span.end, line_end):
            # "(Vietnamese: Bà Triệu)", "Xuan Wu, or Trấn Vũ (chữ Hán: 鎮武) in Vietnamese": the
            # text says which language the span is in.
            link = "label" if link == "paren" else link + "+label"
        link_start = span.start - len(window) + before.start()
        if link in ("paren", "label") and not closes_paren(text, span.end, line_end):
            return
        if link in ("paren", "label"):
            link_start = before_comma(text, link_start)
        en = en_phrase_back(text, link_start, line_start, most=len(span.words) + 1, bounded=True)
        if link == "known" and en is not None and not_its_name(text, en, line_start):
            return  # "another movement called Cao Đài", "a group called Lự": a class the term is of
        if link == "known" and en is not None and en.text.lower() in ("people", "locals"):
            return  # "(people called Thăng or Trường)": who calls him so, no rendering
        if en is not None:
            yield span, en, link
