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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from glossary.vietnamese import (
    ENGLISH_FUNCTION_WORDS,
    VI_LETTER,
    en_score,
    has_vi_letters,
    may_be_vietnamese,
)

from .documents import Document
from .gloss_evidence import THRESHOLD, is_person, respelt, score
from .lexicon import language_names
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, WORD, Mention, fold, literal_hits
from .phrases import (
    PRONOUNS,
    Phrase,
    clean,
    en_phrase_back,
    find_dashes,
    gloss_mention,
    is_vi,
    line_bounds,
    vi_run_back,
    vi_run_forward,
)

_MARKS = r"(?:''+|[\"”’»])?"
_LINK_AFTER = re.compile(
    # A transcription or a reference in brackets may stand between the span and its link.
    rf"{_MARKS}(?:[ \t]*\[[^\]\n]{{0,60}}\])*(?:"
    r"(?P<paren>[ \t]*,?[ \t]*\()"
    # An adverb may qualify the cue: "literally meaning", "translates loosely as".
    r"|(?P<meaning>,?[ \t]+(?:which[ \t]+)?(?:(?:literally|loosely|roughly)[ \t]+)?(?:meaning|means|"
    r"literally|lit\.|translated[ \t]+(?:(?:literally|loosely|roughly)[ \t]+)?as|"
    r"translates[ \t]+(?:(?:literally|loosely|roughly)[ \t]+)?(?:to|as)|refers[ \t]+to|i\.e\.)[ \t]*:?[ \t]+)"
    # "Cốm or simply called green rice", "X, also known as Y": a naming cue, "or" before it or not.
    # "Hát tuồng is often referred to as ...": the term the sentence's subject, the copula the cue's.
    r"|(?P<known>,?[ \t]+(?:or[ \t]+|(?:is|are|was|were)[ \t]+)?"
    r"(?:(?:also|simply|sometimes|often|commonly)[ \t]+)?"
    r"(?:called|known[ \t]+as|referred[ \t]+to[ \t]+as)[ \t]+)"
    r"|(?P<or>,?[ \t]+or[ \t]+)"
    r"|(?P<dash>[ \t]+[–—-][ \t]+)"
    r"|(?P<colon>[ \t]*:[ \t]+)"
    r"|(?P<quoted>,[ \t]+(?=[\"“]))"
    r")"
)
_LINK_BEFORE = re.compile(
    r"(?:(?P<paren>\([ \t]*(?:(?:in[ \t]+)?(?P<label>[^\W\d_]+)[ \t]*[:,]?[ \t]+)?)"
    r"|(?P<or>,?[ \t]+or[ \t]+)|(?P<dash>[ \t]+[–—-][ \t]+)"
    # "non-believers were called lương dân": the English, then a naming cue before the term.
    # Copulas and adverbs between them are the cue's ("the area now called", "is sometimes called").
    r"|(?P<known>(?:[ \t]+(?:is|are|was|were|became|also|often|sometimes|commonly|simply|now|later|"
    r"[a-z]+ly)){0,3}[ \t]+(?:called|known[ \t]+as|referred[ \t]+to[ \t]+as)[ \t]+))(?:''+|[\"“‘«])?$"
)
# What a parenthesis holds besides renderings: transcriptions, Han forms, dates, codes, labels of
# other languages.
_IPA = re.compile(r"[ɐ-ʯˈˌːˑ̪̩̯˥-˩]|^\s*[/\[].*[/\]]\s*$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LABEL = re.compile(r"^(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:[ \t]*")
_MEANING_LEAD = re.compile(
    r"^(?:lit\.|literally|meaning|roughly|translated[ \t]+as|English[ \t]*:?|i\.e\.)[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# A quotation or an italicised stretch of a few words on one line.
# A quotation's closing marks and the opening marks that go with them; how far back its opening is
# looked for.
_CLOSING_QUOTES = frozenset("\"”’'")
_OPENING_FOR = {'"': '"“', "”": '“"', "’": "‘'", "'": "'‘"}
_MAX_QUOTE_CHARS = 120
# What may stand between a span and its link: spaces, a comma, quotation marks, italics.
_BETWEEN = frozenset(" \t,\"”’»'")
_BETWEEN_AFTER = frozenset(" \t\"“‘«'")
_LABEL_AHEAD = re.compile(r"[ \t]*(?:in[ \t]+)?(?P<label>[^\W\d_]+)[ \t]*(?P<sep>[:,]?)[ \t]+")
_LIST_TAIL = re.compile(r"(?:,|[ \t][–—-])[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,5}[ \t]*$")
_COLON = re.compile(r":(?=[ \t])")
# The words of links a span stands before: "or", the meaning cues (found with the rules' scans).
_WORD_LINKS = (
    " or ",
    "meaning",
    "means",
    "literally",
    "lit.",
    "translated",
    "translates",
    "refers",
    "i.e.",
    " called ",
    " known as ",
    " referred to as ",
)
_COPULA_TAIL = re.compile(
    r"[ \t]+(?:is|are|was|were)(?:[ \t]+(?:also|simply|sometimes|often|commonly))?[ \t]*$"
)

# "the city is known as thủ đô", "the area now called Đắk Lắk": a thing spoken of before, named.
_CLASS_DETERMINERS = frozenset(("a", "an", "another", "the", "this", "that", "these", "those", "one"))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _not_its_name(text: str, en: Phrase, floor: int) -> bool:
    """Whether an English side before a naming cue is a pronoun ("Everything is known as ..."), or
    opens with or follows a determiner that makes it a class the term belongs to ("a dish called
    ...", "another movement called ...") or a thing spoken of before ("the city is known as ...")."""
    if en.words and (en.words[0].lower() in _CLASS_DETERMINERS or en.words[0].lower() in PRONOUNS):
        return True
    before = _WORD_BEFORE.search(text, max(floor, en.start - 12), en.start)
    return before is not None and before.group(1).lower() in _CLASS_DETERMINERS


_NAMING_CUES = (" called ", " known as ", " referred to as ")
_PAREN_OPEN = re.compile(r"\(")
_LANGUAGE_FOR = re.compile(r"^(?P<lang>[^\W\d_]+)[ \t]+for[ \t]+")
_FILE_NAME_AFTER = re.compile(r"[^\W_]|\.[^\W\d_]")
# How far from a link a letter only Vietnamese writes must be for the link to be read.
_NEAR = 50
# How far a run of Vietnamese words is looked for on its line.
_REACH = 200
_MAX_HEAD = 60
_LANGUAGE_AFTER = re.compile(
    r"[ \t]*\((?P<alone>[^\W\d_]+)\)|(?:[ \t]*\([^()\n]{0,80}\))?[ \t]+in[ \t]+(?P<lang>[^\W\d_]+)\b"
)
_SEGMENTS = re.compile(r"[;,]")
# "a three-stringed, plucked spit lute": a comma between two adjectives of one noun, the first a
# hyphenated "-ed" compound, is no segment break.
_ADJECTIVE_BEFORE_COMMA = re.compile(r"[^\W\d_]+-[^\W\d_]+ed$")
_LOWER_AFTER_COMMA = re.compile(r"[ \t]+[a-z]")
# Where a name after a naming cue ends inside its clause: the sentence's verb or a relative word.
_CLAUSE_ENDS = frozenset((".", ",", ";", ")", "", "\n", ":", "!", "?"))
_CLAUSE_VERB = re.compile(r"[ \t]+(?:is|are|was|were|has|have|had|which|that|who|whose)\b")
_MAX_PAREN = 160
_MAX_EN_WORDS = 8
# A quoted Vietnamese line or title read whole.
_MAX_QUOTED_WORDS = 12


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
        if taken and not _after_list_mark(text, span.start):
            continue  # a rule's pair explains the span, unless it ends a list the rule cut
        if taken or _part_of_more(text, span):
            aligned = _aligned_list(text, span)
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
        vi = _quoted_span(text, last.start(group), last.end(group))
        # A parenthesis between may hold another language's reading ("(< Middle Chinese ...)").
        between = _PARENTHESIS.sub(" ", text[last.end() : at])
        if vi is None or not has_vi_letters(vi.text) or has_vi_letters(between):
            continue
        if covered.overlaps(vi.start, vi.end):
            continue  # a rule's pair explains the term
        line_end = text.find("\n", cue.end())
        en = _en_forward(text, cue.end(), line_end if line_end >= 0 else len(text), len(vi.words))
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
    for before, after, kind in _links(doc):
        at = max(before, after)
        if covered.end_at(at) >= 0 and not _ends_list_part(text, before):
            continue  # a rule's pair holds the link: its reading stands
        # Plain words are read in quotations (_span_before), and before a parenthesis that names
        # them Vietnamese ("Canh chua (Vietnamese: [kaiŋ cuə], sour soup)").
        plain = kind == "paren" and _opens_with_vietnamese_label(text, after)
        first = _span_before(text, before, plain)
        if first is None and kind == "word" and before > 0:
            # "Hát tuồng is often referred to as ...": the term is the subject of the copula.
            copula = _COPULA_TAIL.search(text, max(0, before - 24), before)
            if copula is not None:
                first = _span_before(text, copula.start(), plain)
        # A parenthesis after a Vietnamese span holds its rendering, not another span, unless a
        # language label opens it ("Lady Triệu (Vietnamese: Bà Triệu, ...)").
        second = (
            _span_after(text, after, plain)
            if first is None or kind != "paren" or _opens_with_label(text, after)
            else None
        )
        for span in (first, second):
            if span is not None and (span.start, span.end) not in seen:
                seen.add((span.start, span.end))
                yield span


def _quoted_span(text: str, start: int, end: int) -> Phrase | None:
    """The whole quotation text[start:end] when every word of it is Vietnamese: a quoted line or
    title ('"Thề phanh thây uống máu quân thù"') is one span however long; a quotation without
    Vietnamese letters must be syllables the lexicons take for Vietnamese ('"anh Ba"')."""
    span = Phrase(text[start:end], start, end)
    words = span.words
    if not words or len(words) > _MAX_QUOTED_WORDS or not all(may_be_vietnamese(w) for w in words):
        return None
    if has_vi_letters(span.text):
        return span if is_vi(span) else None
    return span if _plain_vi(span) else None


def _opens_with_label(text: str, pos: int) -> bool:
    label = _LABEL_AHEAD.match(text, pos)
    return label is not None and bool(label.group("sep")) and _language_label(label.group("label"))


def _names_vietnamese(text: str, pos: int) -> bool:
    """Whether a parenthesis opening at pos starts with a Vietnamese label (told first by a literal
    test: most parentheses do not)."""
    return text.startswith(("Vietnamese", "vi:", "vi,"), pos) and _opens_with_vietnamese_label(text, pos)


def _opens_with_vietnamese_label(text: str, pos: int) -> bool:
    label = _LABEL_AHEAD.match(text, pos)
    return (
        label is not None
        and bool(label.group("sep"))
        and label.group("label").lower() in ("vietnamese", "vi")
    )


def _after_list_mark(text: str, pos: int) -> bool:
    """Whether a comma or a dash stands just before the word at pos (a list's part)."""
    return text[max(0, pos - 3) : pos].rstrip(" \t")[-1:] in (",", "-", "–", "—")


def _ends_list_part(text: str, pos: int) -> bool:
    """Whether the words just before pos follow a comma or a dash on their line: the last part of
    a list may be what a parenthesis at pos renders ("Tổ Quốc, Danh dự, Trách Nhiệm (...)")."""
    if pos <= 0:
        return False
    stretch = text[max(0, pos - 40) : pos]
    if "," not in stretch and "-" not in stretch and "–" not in stretch and "—" not in stretch:
        return False  # the common case, told without a search
    return _LIST_TAIL.search(stretch) is not None


def _links(doc: Document) -> list[tuple[int, int, str]]:
    """Each link with a letter only Vietnamese writes near it, or a quotation just before it:
    where the text before it ends, where the text after it starts (-1 when that side is not read),
    and its kind ("paren", "dash", "word", "colon"). Most links of an English text have neither,
    and are dropped here by one quick search each."""
    # (A search from a position before the text's start searches from its start.)
    text, near = doc.text, VI_LETTER.search
    links = [
        (at, at + 1, "paren")
        for at in (m.start() for m in _PAREN_OPEN.finditer(text))
        if near(text, at - _NEAR, at + _NEAR) or _after_quotation(text, at) or _names_vietnamese(text, at + 1)
    ]
    links += [
        (start, stop, "dash") for start, stop in find_dashes(text) if near(text, start - _NEAR, stop + _NEAR)
    ]
    links += [
        (at, -1, "word")
        for at in literal_hits(doc.lower, _WORD_LINKS)
        if near(text, at - _NEAR, at) or _after_quotation(text, at)
    ]
    # A naming cue may also stand before the term ("were called lương dân"): read what follows it.
    links += [
        (-1, at + len(cue), "word")
        for cue in _NAMING_CUES
        for at in literal_hits(doc.lower, (cue,))
        if near(text, at, at + len(cue) + _NEAR)
    ]
    # A glossary line's colon closes a short head of its line ("- Cảm ơn: Thank you"), which holds
    # the Vietnamese.
    for colon in _COLON.finditer(text):
        at = colon.start()
        head = text.rfind("\n", max(0, at - _MAX_HEAD), at)
        if at - head < _MAX_HEAD and near(text, head + 1, at):
            links.append((at, -1, "colon"))
    return links


def _after_quotation(text: str, pos: int) -> bool:
    """Whether a quotation closes just before pos, past spaces and a comma ('"anh Ba", or')."""
    end = pos
    while end > 0 and text[end - 1] in " \t,":
        end -= 1
    return end > 0 and text[end - 1] in _CLOSING_QUOTES


def _span_before(text: str, pos: int, plain: bool) -> Phrase | None:
    """The Vietnamese span whose last word ends just before pos, over the spaces, commas,
    quotation marks, italics and a bracketed transcription between them."""
    if pos <= 0:
        return None
    end = pos
    while end > 0 and text[end - 1] in _BETWEEN:
        end -= 1
    if end > 0 and text[end - 1] == "]":
        opening = text.rfind("[", max(0, end - 62), end)
        if opening >= 0:
            end = opening
            while end > 0 and text[end - 1] in _BETWEEN:
                end -= 1
    if end <= 0 or not text[end - 1].isalpha():
        return None
    closing = text[end : end + 2]
    if closing[:1] in _CLOSING_QUOTES:
        # '"anh Ba", or "Fourth Brother"', a quoted line of more than six words: the quotation
        # is the span when all its words are Vietnamese.
        opening_mark = "''" if closing == "''" else _OPENING_FOR[closing[0]]
        opening = _rfind_any(text, opening_mark, max(0, end - _MAX_QUOTE_CHARS), end)
        if opening >= 0:
            quoted = _quoted_span(text, opening + (2 if opening_mark == "''" else 1), end)
            if quoted is not None:
                return quoted
    start = end - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if not has_vi_letters(text[start:end]) and not may_be_vietnamese(text[start:end]):
        return None
    span = _run_ending(text, end)
    if span is None or has_vi_letters(span.text):
        return span  # "Đông Du (...)": the last word may have no marks
    return span if plain and _plain_vi(span) else None


def _rfind_any(text: str, marks: str, low: int, high: int) -> int:
    """The last position in text[low:high] of marks (a string) or, when marks is a set of
    one-character marks written as one string of several, of any of them."""
    if marks == "''":
        return text.rfind(marks, low, high)
    return max(text.rfind(mark, low, high) for mark in marks)


def _span_after(text: str, pos: int, plain: bool) -> Phrase | None:
    """The Vietnamese span whose first word starts just after pos, over spaces, quotation marks,
    italics and a language label ("(Vietnamese: Hoàng thành ...)")."""
    if pos < 0:
        return None
    label = _LABEL_AHEAD.match(text, pos)
    if label is not None and _language_label(label.group("label")):
        pos = label.end()
        # "(Vietnamese rau)": without a colon the language's name is an adjective before unmarked
        # words, no label.
        plain = plain and bool(label.group("sep"))
    while pos < len(text) and text[pos] in _BETWEEN_AFTER:
        pos += 1
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    if end == pos:
        return None
    if not has_vi_letters(text[pos:end]) and not may_be_vietnamese(text[pos:end]):
        return None
    span = _run_starting(text, pos)
    if span is None or has_vi_letters(span.text):
        return span  # "(Ha Nội)": the first word may have no marks
    if not plain or not _plain_vi(span):
        return None
    return span if text[span.end : span.end + 1] in (")", ";", ",", '"', "”", "'") else None


def _plain_vi(span: Phrase) -> bool:
    """Whether a run without Vietnamese letters is Vietnamese by the lexicons: every word may be
    Vietnamese and the run scores as Vietnamese ("tinh", "thanh pho"; not "pho", "Long"). One
    capitalised word is too short to tell from a name in another language ("Meo", "Lao")."""
    words = span.words
    if len(words) == 1 and words[0][:1].isupper():
        return False
    return is_vi(span) and all(may_be_vietnamese(w) for w in words)


def _run_ending(text: str, end: int) -> Phrase | None:
    """The run of Vietnamese words ending at end."""
    line_start = text.rfind("\n", max(0, end - _REACH), end) + 1
    run = vi_run_back(text, end, max(line_start, end - _REACH))
    return _trimmed(text, run) if run is not None else None


def _run_starting(text: str, start: int) -> Phrase | None:
    """The run of Vietnamese words starting at start."""
    line_end = text.find("\n", start, start + _REACH)
    run = vi_run_forward(text, start, line_end if line_end >= 0 else min(len(text), start + _REACH))
    return _trimmed(text, run) if run is not None else None


def _trimmed(text: str, run: Phrase) -> Phrase:
    """The run without the lower-case words without Vietnamese letters that open it before a name:
    "He met Trần Văn Minh" is the sentence's verb and a name."""
    begin = run.start
    for word in WORD.finditer(text, run.start, run.end):
        token = word.group()
        if token[:1].isupper() or has_vi_letters(token):
            break
        rest = text[word.end() : run.end].split()
        if rest and all(w[:1].isupper() for w in rest) and has_vi_letters(text[word.end() : run.end]):
            begin = text.index(rest[0], word.end())
        else:
            break
    return run if begin == run.start else Phrase(text[begin : run.end], begin, run.end)


_LIST_JOIN_BEFORE = re.compile(r"[^\W\d_]+(?:[ \t]*[,–—-][ \t]*|[ \t]+)$")
_WORD_AFTER = re.compile(r"[ \t]([^\W\d_]+)")
_AND_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+and[ \t]+(?:the[ \t]+)?$")


def _part_of_more(text: str, span: Phrase) -> bool:
    """Whether the span is part of a longer Vietnamese stretch: a word with Vietnamese letters
    right before it, or joined to it by a comma or a dash ("Đạo pháp - Dân tộc - Chủ nghĩa xã
    hội": a motto's parts), or a Vietnamese word right after it (a name longer than a run)."""
    before = _LIST_JOIN_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is not None and has_vi_letters(before.group()):
        return True
    # "between the Tày and the Cuối, literally means Natives": the last of two joined Vietnamese
    # words; what follows may be said of either, or of the phrase they belong to.
    joined = _AND_BEFORE.search(text, max(0, span.start - 30), span.start)
    if joined is not None and has_vi_letters(joined.group(1)):
        return True
    after = _WORD_AFTER.match(text, span.end)
    return after is not None and may_be_vietnamese(after.group(1))


_LIST_SEP_BEFORE = re.compile(r"(?:,[ \t]+|[ \t]+[–—-][ \t]+)$")
_EN_LIST_SEP = re.compile(r"[ \t]*,[ \t]+|[ \t]+[–—-][ \t]+")
_MAX_LIST_PARTS = 5


def _aligned_list(text: str, span: Phrase) -> tuple[Phrase, Phrase] | None:
    """A motto or a title of Vietnamese parts joined by commas or dashes that ends with span,
    beside a parenthesis holding as many English parts: after it ("Tổ Quốc, Danh dự, Trách Nhiệm
    (Country, Honor, Duty)") or, the Vietnamese list being the parenthesis, before it ("Labor –
    Revolution – Personalism (Cần lao - Cách mạng - Nhân vị)"). Parallel parts are the evidence
    here, so each side's words only need to be of its language."""
    line_start, line_end = line_bounds(text, span.start, span.end)
    parts = [span]
    while len(parts) < _MAX_LIST_PARTS:
        sep = _LIST_SEP_BEFORE.search(text, max(line_start, parts[0].start - 5), parts[0].start)
        if sep is None:
            break
        before = vi_run_back(text, sep.start(), line_start)
        if before is None or not is_vi(before):
            break
        parts.insert(0, before)
    if len(parts) < 2:
        return None
    vi = Phrase(text[parts[0].start : span.end], parts[0].start, span.end)
    after = _LINK_AFTER.match(text, span.end, line_end)
    if after is not None and after.lastgroup == "paren":
        close = text.find(")", after.end(), min(line_end, after.end() + _MAX_PAREN))
        inside = text[after.end() : close] if close > 0 else ""
        en_parts = _EN_LIST_SEP.split(inside.strip())
        if len(en_parts) == len(parts) and _english_parts(en_parts, parts):
            at = text.find(inside.strip(), after.end())
            return vi, Phrase(inside.strip(), at, at + len(inside.strip()))
        return None
    opening = text.rfind("(", max(0, vi.start - 3), vi.start)
    if opening < 0 or not text[span.end : span.end + 2].lstrip(" \t").startswith(")"):
        return None
    floor = text.rfind("\n", 0, max(0, opening - 1)) + 1
    before_text = text[floor:opening].rstrip()
    en_parts = _EN_LIST_SEP.split(before_text)
    if len(en_parts) < len(parts):
        return None
    en_parts = en_parts[-len(parts) :]
    # The first part may carry the words before the list (a field label): it takes as many words
    # as the longest of the other parts.
    longest = max(len(part.split()) for part in en_parts[1:])
    en_parts[0] = " ".join(en_parts[0].split()[-longest:])
    if not _english_parts(en_parts, parts):
        return None
    start = text.rfind(en_parts[0], floor, opening)
    return vi, Phrase(text[start : floor + len(before_text)], start, floor + len(before_text))


def _english_parts(parts: list[str], vi_parts: list[Phrase]) -> bool:
    """Whether every part is a few words of English that renders its Vietnamese part: no
    Vietnamese letters, one to four words, no spelling of it or other name ("Hà Nội, Việt Nam
    (Hanoi, Vietnam)" is no motto)."""
    for part, vi in zip(parts, vi_parts, strict=True):
        words = WORD.findall(part)
        if not 1 <= len(words) <= 4 or has_vi_letters(part) or en_score(words) < 0.5:
            return False
        if respelt(vi.text, part) or is_person(vi):
            return False
    return True


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
    after = _LINK_AFTER.match(text, span.end, line_end)
    if after is not None:
        link = after.lastgroup or ""
        if link == "colon" and text[line_start : span.start].strip(" \t-*•"):
            en = None  # "Location: Hà Nội": a colon joins a term and its gloss only on a glossary line
        elif link == "paren":
            en, close = _paren_rendering(text, after.end(), line_end, span)
            if en is not None and text[after.end() : en.start].strip(" \t" + QUOTES_OPEN):
                # "Đông Du (/vi/, /vi/, journey to the east; 東遊)": after a transcription, a label
                # or "lit.", a dictionary's order: the form, how it sounds, what it means.
                link = "meaning"
            if en is None and close >= 0 and text[after.end() : close].strip():
                # "Lâm Ấp (Vietnamese), or Linyi": a parenthesis of labels and transcriptions
                # between the span and its link.
                again = _LINK_AFTER.match(text, close + 1, line_end)
                if again is not None and again.lastgroup not in ("paren", "colon"):
                    link = again.lastgroup or ""
                    en = _en_forward(text, again.end(), line_end, len(span.words), paren_after=True)
                    if _language_label(text[after.end() : close].strip()):
                        link += "+label"  # "(Vietnamese)": the text names the span's language
        else:
            en = _en_forward(text, after.end(), line_end, len(span.words), named=link == "known")
        if en is not None:
            yield span, en, link
    window = text[max(line_start, span.start - 24) : span.start]
    before = _LINK_BEFORE.search(window)
    if before is not None and before.group("label") and not _language_label(before.group("label")):
        before = None  # "(a dish of Huế)": words before the span, no label
    if before is not None:
        link = "paren" if before.group("paren") is not None else before.lastgroup or ""
        if link == "paren" and before.group("label") or _named_language_after(text, span.end, line_end):
            # "(Vietnamese: Bà Triệu)", "Xuan Wu, or Trấn Vũ (chữ Hán: 鎮武) in Vietnamese": the
            # text says which language the span is in.
            link = "label" if link == "paren" else link + "+label"
        link_start = span.start - len(window) + before.start()
        if link in ("paren", "label") and not _closes_paren(text, span.end, line_end):
            return
        if link in ("paren", "label"):
            link_start = _before_comma(text, link_start)
        en = en_phrase_back(text, link_start, line_start, most=len(span.words) + 1, bounded=True)
        if link == "known" and en is not None and _not_its_name(text, en, line_start):
            return  # "another movement called Cao Đài", "a group called Lự": a class the term is of
        if en is not None:
            yield span, en, link


def _named_language_after(text: str, pos: int, ceiling: int) -> bool:
    """Whether "in Vietnamese" or "(Vietnamese)" follows pos, perhaps after a parenthesis."""
    named = _LANGUAGE_AFTER.match(text, pos, ceiling)
    return named is not None and _language_label(named.group("lang") or named.group("alone"))


def _language_label(word: str) -> bool:
    """ "(Vietnamese: ...)", "(vi: ...)", "(in Vietnamese ...)": a language's name or code."""
    low = word.lower()
    return low in language_names() or low == "vi"


def _before_comma(text: str, pos: int) -> int:
    """ "Governing Body: Viet Minh General Department, (Tổng bộ Việt Minh)": a flattened infobox
    puts a comma between a value and its parenthesis."""
    back = pos
    while back > 0 and text[back - 1] in " \t":
        back -= 1
    return back - 1 if back > 0 and text[back - 1] == "," else pos


def _closes_paren(text: str, pos: int, ceiling: int) -> bool:
    """Whether the parenthesis the span opens holds nothing more of its own language: it closes
    after the span, or goes on after a semicolon or a comma (a transcription, a Han form)."""
    rest = text[pos : min(ceiling, pos + 4)].lstrip(" \t" + QUOTES_CLOSE + "'")
    return rest[:1] in (")", ";", ",")


def _segments(inner: str) -> list[str]:
    """inner split at its semicolons and commas, but not at a comma inside an adjective list."""
    pieces: list[str] = []
    for piece in _SEGMENTS.split(inner):
        joined = len(pieces) and inner[sum(len(p) + 1 for p in pieces) - 1] == ","
        if joined and _ADJECTIVE_BEFORE_COMMA.search(pieces[-1]) and _LOWER_AFTER_COMMA.match(piece):
            pieces[-1] += "," + piece
        else:
            pieces.append(piece)
    return pieces


def _paren_rendering(text: str, start: int, ceiling: int, span: Phrase) -> tuple[Phrase | None, int]:
    """The first segment of the parenthesis opening at start that may be a rendering, and where the
    parenthesis closes (-1 if it does not on the line). Segments of transcriptions, Han forms,
    dates, labelled forms of another language, a lone language name ("(Vietnamese)") and the span
    itself said again are passed over; "Vietnamese for The People" gives "The People". None when
    the first segment with words is Vietnamese, or the parenthesis holds only what is passed over."""
    close = text.find(")", start, min(ceiling, start + _MAX_PAREN))
    if close < 0 or "(" in text[start:close] or _FILE_NAME_AFTER.match(text, close + 1):
        return None, -1  # "Đại học Huế (logo).png": a file's name, no prose
    pos = start
    for piece in _segments(text[start:close]):
        seg_start = pos
        pos += len(piece) + 1
        body = piece.strip()
        if any(c.isdigit() for c in body):
            return None, close  # "(20 km, north of the border)", a date: what follows describes
        if not body or _IPA.search(body) or _HAN.search(body):
            continue
        if body.startswith(("/", "[")) or any(mark in body for mark in "|=/"):
            continue
        label = _LABEL.match(body)
        if label is not None:
            if label.group("label").lower() not in ("english", "lit", "literally", "meaning"):
                continue
            body = body[label.end() :]
        language_for = _LANGUAGE_FOR.match(body)
        if language_for is not None and language_for.group("lang").lower() in language_names():
            body = body[language_for.end() :]
        lead = _MEANING_LEAD.match(body)
        if lead is not None:
            body = body[lead.end() :]
        inner = body.strip(" \t" + QUOTES_OPEN + QUOTES_CLOSE + "'")
        words = WORD.findall(inner)
        if not words or fold(inner) == fold(span.text):
            continue
        if len(words) == 1 and words[0].lower() in language_names():
            continue
        quoted = body.strip()[:1] in QUOTES_OPEN
        if len(words) > (_MAX_QUOTED_WORDS if quoted else _MAX_EN_WORDS):
            return None, close
        if has_vi_letters(inner) or all(w.lower() in ENGLISH_FUNCTION_WORDS for w in words):
            return None, close  # the first segment with words is Vietnamese or renders nothing
        at = text.find(inner, seg_start, close)
        return Phrase(inner, at, at + len(inner)), close
    return None, close


def _en_forward(
    text: str, start: int, ceiling: int, vi_words: int, named: bool = False, paren_after: bool = False
) -> Phrase | None:
    """A quotation, or the words up to the clause's next punctuation (at most twice the Vietnamese
    side's length and one). After a naming cue (named) the name may also end where the sentence's
    verb or a relative word starts ("Cốm or simply called green rice is a ...")."""
    rest = text[start:ceiling]
    stripped = rest.lstrip(" \t")
    lead = len(rest) - len(stripped)
    if stripped[:1] in QUOTES_OPEN:
        closing = -1
        for i, char in enumerate(stripped[1:], 1):
            if char in QUOTES_CLOSE:
                closing = i
                break
        if closing <= 1:
            return None
        inner = stripped[1:closing].rstrip(".,")
        at = start + lead + 1
        return Phrase(inner, at, at + len(inner))
    clause = re.match(r"[^.,;:!?()\[\]\n\"“”–—]{1,80}", stripped)
    if clause is None:
        return None
    if named and stripped[clause.end() : clause.end() + 1] in QUOTES_OPEN:
        # 'referred to as classical "Vietnamese opera"': a word or two that qualify the quoted
        # name are the sentence's.
        qualifiers = clause.group().split()
        if 1 <= len(qualifiers) <= 2 and all(w.islower() for w in qualifiers):
            return _en_forward(text, start + lead + clause.end(), ceiling, vi_words)
    verb = _CLAUSE_VERB.search(clause.group()) if named else None
    stop = clause.end() if verb is None else verb.start()
    words = list(WORD.finditer(stripped, 0, stop))
    if words and words[0].group().lower() in ("a", "an", "the"):
        words = words[1:]  # "refers to the broken rice grains": the article is the sentence's
    if not words or len(words) > 2 * vi_words + 1:
        return None
    after = stripped[stop : stop + 1]
    # After a parenthesis of labels, the name may have its own ("or Linyi (林邑, ...)").
    if verb is None and after not in _CLAUSE_ENDS and not (paren_after and after == "("):
        return None
    at = start + lead + words[0].start()
    inner = clean(stripped[words[0].start() : words[-1].end()])
    return Phrase(inner, at, at + len(inner))
