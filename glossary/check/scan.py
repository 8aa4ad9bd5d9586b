"""Checking one document: glossary names found by the automaton and judged, the document's own
spellings compared with each other, near misses and tone placement, turned into findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from glossary.check.context import word_after, word_before
from glossary.check.findings import CODES, Finding
from glossary.check.folding import Folded, crosses_barrier, family_key, fold_key, has_blank_line
from glossary.check.judge import Verdict, judge, match_case
from glossary.check.nearmiss import CAPITALISED, NearMissIndex
from glossary.check.reference import WORD, Reference, has_marks, same_spelling, strip_marks
from glossary.check.sources import Segment
from glossary.check.spans import Containers, Quotes, SpanSet
from glossary.check.style import HouseStyle
from glossary.text import is_syllable, set_tone_style, tone_style
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, VI_LETTER


@dataclass
class Occurrence:
    """A name found in a segment: text [start, end), its verdict (None for a name only the document
    itself spells), and its family (spellings of one name share it)."""

    segment: int
    start: int
    end: int
    found: str
    verdict: Verdict | None
    family: str

    @property
    def fine(self) -> bool:
        return self.verdict is None or self.verdict.code is None


def normal_spaces(text: str) -> str:
    return " ".join(text.split())


# A run of capitalised words, possibly across one line break (a name wrapped in a text file).
_SEPARATOR = r"(?:[^\S\n]+|[^\S\n]*\r?\n[^\S\n]*)"
_RUN = re.compile(rf"{CAPITALISED.pattern}(?:{_SEPARATOR}{CAPITALISED.pattern})+")
# Words ending in o+a, o+e or u+y (any tones): the only ones whose tone may sit on either vowel.
_TONE_WORD = re.compile(r"(?i)(?<![^\W_])[^\W\d_]*?(?:[oòỏõóọ][aàảãáạeèẻẽéẹ]|[uùủũúụ][yỳỷỹýỵ])(?![^\W_])")


class Scanner:
    """Checks documents against a compiled glossary; keeps verdicts across documents."""

    def __init__(
        self,
        reference: Reference,
        codes: frozenset[str],
        near_misses: NearMissIndex | None = None,
    ) -> None:
        self.reference = reference
        self.codes = codes
        self.near_misses = near_misses
        self._verdicts: dict[HouseStyle, dict[tuple[str, str], Verdict | None]] = {}
        self._parts: dict[str, list[str]] = {}
        # Text a document name matched -> its spelling and family, or None when it is no name there.
        self._spellings: dict[str, tuple[str, str] | None] = {}

    # --- finding names -------------------------------------------------------------------------

    def glossary_names(
        self, index: int, segment: Segment, folded: Folded, house: HouseStyle
    ) -> list[Occurrence]:
        """Every glossary form in a segment, judged (one judgement per distinct spelling)."""
        automaton = self.reference.automaton
        if automaton is None:
            return []
        text = folded.text
        size = len(text)
        keys = self.reference.keys
        # One table per house style: hashing the style for every match would cost more than the match.
        verdicts = self._verdicts.get(house)
        if verdicts is None:
            verdicts = self._verdicts[house] = {}
        found: list[Occurrence] = []
        for pattern, a, b in automaton.find_matches_as_indexes(text):
            if b < size and text[b] != " " and text[b].isalnum():
                continue
            start, end = folded.span_to_source(a + 1, b)
            raw = segment.text[start:end]
            if has_blank_line(raw):
                continue
            spelling = normal_spaces(raw)
            key = keys[pattern]
            cache_key = (key, spelling)
            if cache_key in verdicts:
                verdict = verdicts[cache_key]
            else:
                verdict = verdicts[cache_key] = judge(self.reference, house, key, spelling)
            if verdict is not None:
                found.append(Occurrence(index, start, end, spelling, verdict, verdict.family))
        return found

    def document_names(
        self, segments: list[Segment], foldeds: list[Folded], taken: list[SpanSet]
    ) -> list[Occurrence]:
        """Names the document itself spells with diacritics somewhere, found wherever it spells them."""
        keys: set[str] = set()
        for segment in segments:
            text = segment.text
            if VI_LETTER.search(text) is None:
                continue  # no Vietnamese letter at all: nothing the document spells two ways
            for run in set(_RUN.findall(text)):
                if VI_LETTER.search(run) is not None:
                    keys.update(self._vietnamese_parts(run))
        found: list[Occurrence] = []
        spellings = self._spellings
        if len(spellings) > 100_000:
            spellings.clear()
        for index, (segment, folded) in enumerate(zip(segments, foldeds, strict=True)):
            text = folded.text
            spans = taken[index]
            for key in keys:
                needle = " " + key
                at = text.find(needle)
                while at >= 0:
                    b = at + len(needle)
                    if b >= len(text) or not text[b].isalnum():
                        start, end = folded.span_to_source(at + 1, b)
                        if not spans.overlaps(start, end):
                            raw = segment.text[start:end]
                            name = spellings.get(raw, False)
                            if name is False:
                                name = spellings[raw] = _document_spelling(raw)
                            if name is not None:
                                found.append(Occurrence(index, start, end, name[0], None, name[1]))
                    at = text.find(needle, at + 1)
        return found

    def _vietnamese_parts(self, run: str) -> list[str]:
        """The keys of the stretches of a capitalised run that are Vietnamese names of two words or more
        (kept per run: the same names come back in text after text)."""
        parts = self._parts.get(run)
        if parts is None:
            if len(self._parts) > 100_000:
                self._parts.clear()
            parts = self._parts[run] = self._find_vietnamese_parts(run)
        return parts

    def _find_vietnamese_parts(self, run: str) -> list[str]:

        words = WORD.findall(run)
        parts: list[str] = []
        current: list[str] = []
        has_mark = False
        for word in words + [""]:
            marked = bool(word) and has_marks(word)
            bare = (
                bool(word) and not marked and word.lower() not in ENGLISH_FUNCTION_WORDS and is_syllable(word)
            )
            if marked or bare:
                current.append(word)
                has_mark = has_mark or marked
                continue
            if len(current) >= 2 and has_mark:
                parts.append(fold_key(" ".join(current)))
            current, has_mark = [], False
        return parts

    # --- the document ---------------------------------------------------------------------------

    def check(self, segments: list[Segment], house: HouseStyle) -> list[Finding]:
        """Findings in one document (a text file, or the translations of one PO catalog)."""
        foldeds = [Folded(segment.text) for segment in segments]
        occurrences: list[Occurrence] = []
        for index, (segment, folded) in enumerate(zip(segments, foldeds, strict=True)):
            occurrences.extend(self.glossary_names(index, segment, folded, house))
        occurrences = _drop_unanchored_short_forms(occurrences)
        taken = [SpanSet() for _ in segments]
        for occurrence in occurrences:
            taken[occurrence.segment].add(occurrence.start, occurrence.end)
        findings: list[Finding] = []
        for occurrence in occurrences:
            verdict = occurrence.verdict
            if verdict is not None and verdict.code is not None and verdict.code in self.codes:
                entry = min(verdict.entries)
                findings.append(
                    self.finding(
                        segments[occurrence.segment],
                        occurrence.start,
                        occurrence.end,
                        verdict.code,
                        verdict.message,
                        verdict.candidates,
                        entry,
                    )
                )
        if "VN104" in self.codes or "VN102" in self.codes:
            occurrences.extend(self.document_names(segments, foldeds, taken))
            findings.extend(self._inconsistencies(segments, occurrences, house))
        if "VN103" in self.codes and self.near_misses is not None:
            findings.extend(self._near_misses(segments, taken, house))
        if "VN106" in self.codes and house.tone is not None:
            findings.extend(self._tone_placement(segments, house, findings))
        return findings

    def finding(
        self,
        segment: Segment,
        start: int,
        end: int,
        code: str,
        message: str,
        candidates: tuple[str, ...],
        entry: int | None = None,
    ) -> Finding:
        source = segment.source
        line, col = source.position(segment.to_source(start))
        end_line, end_col = source.position(segment.to_source_end(end))
        edits = (
            segment.edits(start, end, candidates[0]) if len(candidates) == 1 and CODES[code].fixable else ()
        )
        return Finding(
            path=source.path,
            line=line,
            col=col,
            code=code,
            message=message,
            found=normal_spaces(segment.text[start:end]),
            candidates=candidates,
            edits=edits,
            end_line=end_line,
            end_col=end_col,
            entry=self.reference.ref(entry) if entry is not None else None,
            context=source.line_text(line),
        )

    def _inconsistencies(
        self, segments: list[Segment], occurrences: list[Occurrence], house: HouseStyle
    ) -> list[Finding]:
        """VN104 (and VN102 against the document's own fuller spelling): a name spelt two ways."""
        findings: list[Finding] = []
        first: dict[str, Occurrence] = {}
        last: dict[str, Occurrence] = {}
        # Only names the document spells more than one way need a closer look (most have one).
        spellings: dict[str, set[str]] = {}
        for occurrence in occurrences:
            spellings.setdefault(occurrence.family, set()).add(occurrence.found.casefold())
        quotes: dict[int, Quotes] = {}
        for occurrence in sorted(occurrences, key=lambda o: (o.segment, o.start)):
            if len(spellings[occurrence.family]) < 2:
                continue
            previous = last.get(occurrence.family)
            last[occurrence.family] = occurrence
            if not occurrence.fine or _spelt_on_purpose(segments, occurrence, previous, quotes):
                continue
            earlier = first.get(occurrence.family)
            if earlier is None:
                first[occurrence.family] = occurrence
                continue
            # With a house tone style, tone placement is VN106's business, not a second spelling.
            if same_spelling(occurrence.found, earlier.found, tone_matters=house.tone is None):
                continue
            if _different_names(occurrence, earlier):
                continue
            segment = segments[occurrence.segment]
            line = segment.source.position(segments[earlier.segment].to_source(earlier.start))[0]
            candidate = match_case(earlier.found, occurrence.found)
            entry = min(occurrence.verdict.entries) if occurrence.verdict else None
            if occurrence.verdict is None and _fuller(earlier.found, occurrence.found):
                code, message = (
                    "VN102",
                    f"{occurrence.found!r} has partial diacritics ({earlier.found!r} at line {line})",
                )
            else:
                code, message = "VN104", f"{occurrence.found!r} is spelt {earlier.found!r} at line {line}"
            if code in self.codes:
                findings.append(
                    self.finding(
                        segment, occurrence.start, occurrence.end, code, message, (candidate,), entry
                    )
                )
        return findings

    def _near_misses(self, segments: list[Segment], taken: list[SpanSet], house: HouseStyle) -> list[Finding]:
        assert self.near_misses is not None
        findings: list[Finding] = []
        for index, segment in enumerate(segments):
            for miss in self.near_misses.find(segment.text):
                # A glossary name matched on the misspelt word itself means it is no misspelling;
                # one matched on the name's other words ("Bao Dai" in "Empreor Bao Dai") does not.
                if taken[index].overlaps(miss.word_start, miss.word_end):
                    continue
                candidate = self._near_miss_fix(miss.found, miss.name.entry, miss.name.text, house)
                message = f"{normal_spaces(miss.found)!r} looks like a misspelling of {candidate!r}"
                findings.append(
                    self.finding(
                        segment, miss.start, miss.end, "VN103", message, (candidate,), miss.name.entry
                    )
                )
                taken[index].add(miss.start, miss.end)
        return findings

    def _near_miss_fix(self, found: str, entry: int, form: str, house: HouseStyle) -> str:
        """The name as the house (or, without a house style, the text's own diacritics) spells it."""
        family = self.reference.family(entry, family_key(form), house)
        if family.preferred:
            return match_case(family.preferred[0], found)
        if has_marks(found):
            return match_case(family.full[0] if family.full else form, found)
        return match_case(strip_marks(form), found)

    def _tone_placement(
        self, segments: list[Segment], house: HouseStyle, findings: list[Finding]
    ) -> list[Finding]:
        assert house.tone is not None
        fixed = Containers(
            ((f.path, f.line, f.col), (f.path, f.end_line, f.end_col)) for f in findings if f.candidates
        )
        out: list[Finding] = []
        for segment in segments:
            for match in _TONE_WORD.finditer(segment.text):
                word = match.group()
                style = tone_style(word)
                if style is None or style is house.tone:
                    continue
                wanted = set_tone_style(word, house.tone)
                message = (
                    f"{word!r} places the tone the {style.value} way, not the house's {house.tone.value} way"
                )
                finding = self.finding(segment, match.start(), match.end(), "VN106", message, (wanted,))
                if not fixed.contain(
                    (finding.path, finding.line, finding.col),
                    (finding.path, finding.end_line, finding.end_col),
                ):
                    out.append(finding)
        return out


# What may stand between two spellings of one name given on purpose: "Hue (Huế)", "bánh mì or banh mi".
_GLOSS_GAP = re.compile(r"\s*(?:\(|\bor\b|/|,)\s*(?:(?:vi|Vietnamese)\s*[:,]\s*)?")
_SHORT_NAME = 5


def _spelt_on_purpose(
    segments: list[Segment], occurrence: Occurrence, previous: Occurrence | None, quotes: dict[int, Quotes]
) -> bool:
    """Whether a spelling is not the text's own choice, so it is neither compared nor a reference:
    a gloss or alternative right after another spelling ("Hue (Huế)"), a word of a Vietnamese phrase
    ("Quốc hội ... Việt Nam"), a quotation (a cited title), capitals (a logo), or a one-word name
    too short to tell from other words ("Han" and "Hán")."""
    found = occurrence.found
    if found.isupper() or (" " not in found and len(occurrence.family) < _SHORT_NAME):
        return True
    text = segments[occurrence.segment].text
    start, end = occurrence.start, occurrence.end
    if previous is not None and previous.segment == occurrence.segment and previous.end <= start:
        if _GLOSS_GAP.fullmatch(text, previous.end, start):
            return True
    marks = quotes.get(occurrence.segment)
    if marks is None:
        marks = quotes[occurrence.segment] = Quotes(text)
    if marks.inside(start):
        return True  # inside a quotation on its line
    # A word of a Vietnamese phrase: one of the two words on either side (on its line) has marks.
    spans = []
    left, right = start, end
    for _ in range(2):
        before = word_before(text, left, line_breaks=0)
        after = word_after(text, right, line_breaks=0)
        if before:
            spans.append(before)
            left = before[0]
        if after:
            spans.append(after)
            right = after[1]
    return any(has_marks(text[a:b]) for a, b in spans)


def _document_spelling(raw: str) -> tuple[str, str] | None:
    """The spelling and family of text a document name matched, if it reads as that name there: every
    word capitalised, no punctuation between."""
    spelling = normal_spaces(raw)
    if all(w[:1].isupper() for w in WORD.findall(spelling)) and not crosses_barrier(raw, ""):
        return spelling, family_key(spelling)
    return None


def _drop_unanchored_short_forms(occurrences: list[Occurrence]) -> list[Occurrence]:
    """A short form ("Lâm") stands for a name only after the document has named it in full."""
    named: set[int] = set()
    kept: list[Occurrence] = []
    for occurrence in sorted(occurrences, key=lambda o: (o.segment, o.start)):
        verdict = occurrence.verdict
        assert verdict is not None
        if verdict.short_only:
            if not verdict.entries & named:
                continue
        else:
            named |= verdict.entries
        kept.append(occurrence)
    return kept


def _different_names(a: Occurrence, b: Occurrence) -> bool:
    """Two glossary names that happen to fold alike (Yên Tử, Yên Từ) are not one name spelt twice."""
    if a.verdict is None or b.verdict is None:
        return False
    return (
        bool(a.verdict.accepting)
        and bool(b.verdict.accepting)
        and not a.verdict.accepting & b.verdict.accepting
    )


def _fuller(reference: str, spelling: str) -> bool:
    """Whether reference carries every mark spelling has and more: spelling is a partial copy of it."""
    ref_words, words = WORD.findall(reference), WORD.findall(spelling)
    if len(ref_words) != len(words) or not has_marks(reference):
        return False
    more = False
    for r, s in zip(ref_words, words, strict=True):
        if same_spelling(r, s, tone_matters=False):
            continue
        if has_marks(s):
            return False
        more = True
    return more and has_marks(spelling)


def occurrences_of(items: Iterable[Occurrence]) -> list[Occurrence]:
    return sorted(items, key=lambda o: (o.segment, o.start))
