"""Name extractor: capitalised spans that name people, places and organisations, with their titles.

A span is cut where English grammar says a name ends (a possessive, "Vietnam and UNESCO"), the
sentence's first word is dropped when the text also writes it in lower case, titles are split off
("Party General Secretary To Lam" -> the person "To Lam", recorded with the title as a variant), and
a one-word short form ("Lam", "Azoulay") is kept only when the same text introduced the full name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from glossary.model import Kind, VariantType
from glossary.text import fold as _fold_text

from . import gazetteer
from .documents import Document
from .lexicon import (
    ADMIN_UNITS,
    CONNECTORS,
    EVENT_HEADS,
    FAMILY_NAMES,
    ORG_HEADS,
    PLACE_HEADS,
    PLURAL_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
    WEAK_CONNECTORS,
    calendar_words,
    language_names,
)
from .mentions import Mention, mention_at, strip_possessive
from .syllables import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_syllable

# Names repeat: every per-word test is cached, which keeps the pass over capitalised spans cheap.
fold = lru_cache(maxsize=65536)(_fold_text)

_UPPER = "".join(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
_LOWER = "".join(chr(c) for c in range(0x61, 0x1EFA) if chr(c).islower() and chr(c).isalpha())
_CAP = rf"[{_UPPER}][^\W_]*(?:[-‑'’][^\W\d_]+)*['’]?"
_CONN = r"(?:of[ \t]+the|of|for[ \t]+the|for|and|&|on|in|to|at|de|du|des|la|van|von|der|da|di|the)"
# "Ministry of Culture, Sports and Tourism": a comma continues a name only inside such a list.
_LIST_COMMA = (
    rf",[ \t]+(?=(?:{_CAP}(?:[ \t]+{_CAP})*,[ \t]+)*{_CAP}(?:[ \t]+{_CAP})*,?[ \t]+(?:and|&)[ \t]+{_CAP})"
)
# "Complex of Yen Tu – Vinh Nghiem – Con Son": a spaced dash inside a heritage site's name.
_NAME_DASH = r"[ \t]+[–—][ \t]+"
# ", and" before the last item of such a list (the serial comma).
_SERIAL_COMMA = r",(?=[ \t]+(?:and|&)[ \t])[ \t]+"
SPAN = re.compile(
    rf"{_CAP}(?:(?:[ \t]+|{_LIST_COMMA}|{_SERIAL_COMMA}|{_NAME_DASH})(?:{_CONN}[ \t]+)?{_CAP})*"
)
_LOWER_SET = frozenset(_LOWER)
_LETTERS = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_HEADLINE = re.compile(
    rf"^[^\n{_LOWER}]*[{_UPPER}]{{3}}[^\n{_LOWER}]*[{_UPPER}]{{3}}[^\n{_LOWER}]*$", re.MULTILINE
)
_TOKEN = re.compile(rf"{_CAP}|[^\W\d_]+|&|,|[–—]")
_SENTENCE_OPENERS = set('.!?:;"“‘(—–-|•*#>\n')
_CAMEL_HEAD = re.compile(
    r"^[A-Z][a-z]*[A-Z]?[a-z]*?("
    + "|".join(
        sorted(
            {"group", "university", "bank", "corp", "tech", "soft", "airlines", "mart", "media"},
            key=len,
            reverse=True,
        )
    )
    + r")$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"[ \t]*\([A-Z][A-Za-z/]{1,12}\)[ \t]*[–—-]")
_UNIT_AFTER = re.compile(
    r"[ \t]+(" + "|".join(sorted(ADMIN_UNITS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# "(Photo: VNA/Minh Đức)": the agency, a slash, then the photographer's name.
_CREDIT = re.compile(
    r"\((?:photo|photos|ảnh|credit|image)[ \t]*:[ \t]*[^\W\d_]+[ \t]*/[ \t]*$", re.IGNORECASE
)
# Verbs that put the speaker after them: '"...," said X'. Not "told" or "asked", whose object is
# someone else.
ATTRIBUTION_VERBS = frozenset({"said", "says", "added", "noted", "explained", "stressed", "affirmed"})
_TRAILING_HEADS = frozenset({"co", "corp", "inc", "ltd", "jsc"})
_SIGHTINGS_KEPT = 3
_REGION_NOUNS = frozenset({"region", "area", "subregion", "basin", "rim"})
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t]*$")


class Token:
    """One word (or comma, dash) of a capitalised run, at text[start:end]."""

    __slots__ = ("text", "start", "end", "low")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass
class Span:
    tokens: list[Token]
    sentence_start: bool = False

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def text(self, source: str) -> str:
        return " ".join(source[self.start : self.end].split())


class _Piece(NamedTuple):
    """A name span cut from a capitalised run: token (text, start, end) relative to offset."""

    offset: int
    tokens: tuple[tuple[str, int, int], ...]
    sentence_start: bool
    id: int


class _Add(NamedTuple):
    """Planned: a mention of text[start:end] (relative to its piece), and the short forms it introduces."""

    start: int
    end: int
    kind: Kind
    confidence: float
    name: str
    vietnamese: bool
    extra: dict[str, object]
    extra_key: str  # repr(extra), which tells sightings of one name apart
    register: tuple[str, ...]


class _Unit(NamedTuple):
    """Planned: a place named with its administrative unit ("Quy Nhon Nam ward")."""

    start: int
    end: int
    full: str
    unit: str


class _Single(NamedTuple):
    """Planned: a one-word name, decided once the whole text is read."""

    tokens: tuple[tuple[str, int, int], ...]
    sentence_start: bool


class _Unnamed(NamedTuple):
    """Planned: a plain name of a few words no test placed, kept in case the text later quotes it
    by its last word ("Kenji Morita, a consultant ... Morita said")."""

    tokens: tuple[tuple[str, int, int], ...]


_Op = _Add | _Unit | _Single | _Unnamed
# A question a piece's classification asked of its context, with its argument (a position relative
# to the piece, or a key) and the answer.
_Query = tuple[str, "int | str", object]


class _LowerWords:
    """Whether a word is written in lower case somewhere in a text (a whole run of letters that
    starts with a small letter). Asked for few words per text, so each is looked up when asked,
    with str.find, rather than collecting every word of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}
        self.asked: list[tuple[str, bool]] | None = None  # the questions, while they are recorded

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self._find(word)
        if self.asked is not None:
            self.asked.append((word, found))
        return found

    def _find(self, word: str) -> bool:
        if not word or word[0] not in _LOWER_SET or not _LETTERS.fullmatch(word):
            return False
        text, n = self.text, len(word)
        pos = text.find(word)
        while pos >= 0:
            if (pos == 0 or not _LETTER.match(text, pos - 1)) and not _LETTER.match(text, pos + n):
                return True
            pos = text.find(word, pos + 1)
        return False


# Caches shared by the texts one process mines: the cut of each capitalised run (with the
# lower-case words it asked about), an id per distinct piece, and the plans of each piece (with the
# questions they asked). Entries are reused only when the recorded answers hold for the new text.
_CUTS: dict[tuple[str, bool], list[tuple[tuple[tuple[str, bool], ...], list[_Piece]]]] = {}
_PIECE_IDS: dict[tuple[str, tuple[tuple[str, int, int], ...], bool], int] = {}
_PLANS: dict[int, list[tuple[list[_Query], list[_Op]]]] = {}
_SHARED_LIMIT = 100_000


def clear_caches() -> None:
    """Forget the runs and plans of earlier texts (the caches are emptied when they grow too big)."""
    _CUTS.clear()
    _PIECE_IDS.clear()
    _PLANS.clear()


@lru_cache(maxsize=65536)
def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    core = letters[:-1] if letters and letters[-1] == "s" else letters
    return len(core) >= 2 and all(c.isupper() for c in core)


@lru_cache(maxsize=65536)
def _is_generic(word: str) -> bool:
    """A head word on its own ("Ministry", "City"): generic, unlike "Vingroup"."""
    low = fold(strip_possessive(word))
    return low in ORG_HEADS or low in PLACE_HEADS or low in EVENT_HEADS


@lru_cache(maxsize=65536)
def _head_of(word: str) -> str | None:
    """Which kind of head word this is: "org", "place", "event", or None."""
    low = fold(strip_possessive(word))
    if low in ORG_HEADS or _CAMEL_HEAD.match(word) and not word.isupper() and len(word) > 6:
        return "org"
    if low in PLACE_HEADS or low in PLURAL_HEADS and low.rstrip("s") in PLACE_HEADS:
        return "place"
    if low in EVENT_HEADS:
        return "event"
    return None


@lru_cache(maxsize=65536)
def _is_title(word: str) -> bool:
    return fold(word) in TITLE_WORDS


def _is_name_token(token: Token) -> bool:
    return _is_name_word(token.text)


@lru_cache(maxsize=65536)
def _is_name_word(word: str) -> bool:
    return (
        word[0].isupper()
        and not _is_title(word)
        and _head_of(word) is None
        and word not in CONNECTORS
        and not _is_acronym(word)
    )


def _shouted_place(piece: list[Token]) -> bool:
    """A place name in capitals ("CAN THO" opening a story): its words are not English words,
    even when they spell one."""
    return (
        len(piece) > 1
        and all(t.text.isupper() and len(t.text) > 1 for t in piece)
        and gazetteer.is_place(" ".join(t.text for t in piece))
    )


class _DocNames:
    """The name extraction state for one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower_words = _LowerWords(self.text)
        self.calendar = calendar_words()
        self.languages = language_names()
        self.headlines = [
            (m.start(), m.end()) for m in _HEADLINE.finditer(self.text) if len(m.group().split()) >= 2
        ]
        self.headline_starts = [start for start, _ in self.headlines]
        self.repeats: dict[tuple[Kind, str, str], Mention] = {}
        self.mentions: list[Mention] = []
        self.persons: dict[str, Mention] = {}  # folded last word -> the full name's mention
        self.person_keys: set[str] = set()
        self.orgs: dict[str, Mention] = {}  # folded short form (name without its head) -> mention
        self._pending_singles: list[tuple[Span, list[Token]]] = []
        self._pending_unnamed: list[list[Token]] = []
        # Names repeat: a capitalised run is cut once per distinct spelling, and a piece is
        # classified once per distinct context (see run()), for this text and the ones before it.
        self._cuts: dict[tuple[str, bool], list[_Piece]] = {}
        if len(_PIECE_IDS) > _SHARED_LIMIT or len(_CUTS) > _SHARED_LIMIT:
            clear_caches()
        self._ops: list[_Op] = []
        self._queries: list[_Query] | None = None  # what the piece being planned asked of its context
        self._base = 0

    # --- spans ---------------------------------------------------------------------------------

    def _in_headline(self, pos: int) -> bool:
        i = bisect.bisect_right(self.headline_starts, pos) - 1
        return i >= 0 and pos < self.headlines[i][1]

    def _sentence_start(self, pos: int) -> bool:
        before = self.text[max(0, pos - 4) : pos].rstrip(" \t")
        return not before or before[-1] in _SENTENCE_OPENERS

    def _runs(self) -> Iterator[tuple[int, list[_Piece]]]:
        """Every capitalised run outside headlines, as (offset, its pieces after cutting)."""
        cuts = self._cuts
        for match in SPAN.finditer(self.text):
            start = match.start()
            if self._in_headline(start):
                continue
            word = match.group()
            # Fast path for the commonest spans, one word that cannot be a name: "The", "UNESCO".
            if " " not in word and "," not in word and word[-1] not in "'’s":
                low = word.lower()
                if _is_acronym(word) or low in ENGLISH_FUNCTION_WORDS and self._sentence_start(start):
                    continue
            key = (word, self._sentence_start(start))
            pieces = cuts.get(key)
            if pieces is None:
                pieces = cuts[key] = self._shared_cut(word, key[1])
            yield start, pieces

    def _shared_cut(self, run: str, sentence_start: bool) -> list[_Piece]:
        """The cut of a run, reused from an earlier text when this one writes the same words in
        lower case (the only thing a cut asks of its text)."""
        variants = _CUTS.setdefault((run, sentence_start), [])
        for asked, pieces in variants:
            if all((word in self.lower_words) == found for word, found in asked):
                return pieces
        self.lower_words.asked = []
        pieces = self._cut_run(run, sentence_start)
        variants.append((tuple(self.lower_words.asked), pieces))
        self.lower_words.asked = None
        return pieces

    def _cut_run(self, run: str, sentence_start: bool) -> list[_Piece]:
        """Cut one capitalised run (at offset 0) into pieces with token offsets relative to each."""
        tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(run)]
        pieces = []
        for span in self._cut(tokens, sentence_start):
            offset = span.start
            rel = tuple((t.text, t.start - offset, t.end - offset) for t in span.tokens)
            identity = (run[offset : span.end], rel, span.sentence_start)
            piece_id = _PIECE_IDS.setdefault(identity, len(_PIECE_IDS))
            pieces.append(_Piece(offset, rel, span.sentence_start, piece_id))
        return pieces

    def spans(self) -> list[Span]:
        """Every name span of the text, in order (for tests and debugging)."""
        return [
            Span(
                [Token(t, start + p.offset + a, start + p.offset + b) for t, a, b in p.tokens],
                p.sentence_start,
            )
            for start, pieces in self._runs()
            for p in pieces
        ]

    def _cut(self, tokens: list[Token], sentence_start: bool) -> list[Span]:
        """Cut a raw capitalised run into name spans."""
        pieces: list[list[Token]] = [[]]
        starts = [sentence_start]
        for i, token in enumerate(tokens):
            current = pieces[-1]
            low = token.low
            if low in (",", "–", "—"):
                # A list continues a name that has a head word somewhere ("Ministry of Culture,
                # Sports and Tourism"); a dash only one that already has it ("Complex of X – Y").
                # A name in capitals before a dash is a dateline ("HCM CITY — When ..."), and
                # what follows the dash opens a sentence.
                dateline = low != "," and all(t.text.isupper() for t in current)
                if not dateline and any(_head_of(t.text) for t in (tokens if low == "," else current)):
                    current.append(token)
                else:
                    pieces.append([])
                    starts.append(low != ",")
                continue
            if low in self.calendar and token.text[0].isupper():
                pieces.append([])
                starts.append(False)
                continue
            if token.text in WEAK_CONNECTORS and (
                not any(
                    _head_of(t.text) and fold(t.text) not in _TRAILING_HEADS or _is_title(t.text)
                    for t in current + tokens[i + 1 :]
                )
                or self._trailing_person(current, cutting=True) > 0
                # "Sung Sot Cave in Ha Long Bay": a complete place name, then where it is.
                or (token.text in ("in", "at") and bool(current) and _head_of(current[-1].text) == "place")
            ):
                pieces.append([])
                starts.append(False)
                continue
            possessor = strip_possessive(token.text).lower()
            next_head = i + 1 < len(tokens) and _head_of(tokens[i + 1].text) == "org"
            if token.text.endswith(("'s", "’s")) and possessor in self.lower_words and next_head:
                current.append(token)  # "People's Committee": a common noun's possessive inside a name
                continue
            if token.text.endswith(("'s", "’s", "'", "’")) and len(token.text) > 2:
                current.append(
                    Token(
                        strip_possessive(token.text),
                        token.start,
                        token.end - (2 if token.text[-1] == "s" else 1),
                    )
                )
                pieces.append([])
                starts.append(False)
                continue
            current.append(token)
        spans = []
        for piece, at_start in zip(pieces, starts, strict=True):
            piece, at_start = self._trim(piece, at_start)
            if piece:
                spans.append(Span(piece, at_start))
        return spans

    def _trim(self, piece: list[Token], at_start: bool) -> tuple[list[Token], bool]:
        while piece and (piece[-1].text in CONNECTORS or piece[-1].low in (",", "–", "—")):
            piece = piece[:-1]
        while piece:
            first = piece[0]
            low = fold(first.text)
            # Mid-sentence, a capitalised word is a name even when it spells a function word
            # ("Can Tho"); only articles are dropped there.
            drop = (
                first.text in CONNECTORS
                or first.low == ","
                or (
                    low in (ENGLISH_FUNCTION_WORDS if at_start else ("the", "a", "an"))
                    and not _shouted_place(piece)
                )
            )
            if drop and not at_start and low in FAMILY_NAMES and len(piece) > 1 and first.text[0].isupper():
                drop = False  # "To Lam", "Le Saux": a family name, not the preposition
            if (
                drop
                and not at_start
                and low in ("a", "an")
                and first.text[0].isupper()
                and len(piece) > 1
                and is_syllable(piece[1].text)
                and _is_name_word(piece[1].text)
            ):
                drop = False  # "An Khanh ward", "A Luoi": mid-sentence, a capital A is a name syllable
            if not drop and at_start and len(piece) >= 1 and not _shouted_place(piece):
                drop = (
                    first.low in self.lower_words
                    or low.endswith(("ing", "ed", "ly"))
                    and not has_vi_letters(first.text)
                    and not is_syllable(first.text)
                )
            if not drop and len(piece) > 1 and low in self.languages:
                drop = True  # "Vietnamese Prime Minister ...": a nationality, not part of the name
            if not drop:
                break
            piece = piece[1:]
            at_start = False
        return piece, at_start

    # --- classification ------------------------------------------------------------------------

    def _followed_by(self, end: int) -> str:
        return str(self._ask("next", end))

    def _ask(self, question: str, arg: int | str) -> object:
        """Answer a question about the context of a span, recording it while a piece is planned."""
        answer = self._answer(question, arg)
        if self._queries is not None:
            self._queries.append((question, arg - self._base if isinstance(arg, int) else arg, answer))
        return answer

    def _answer(self, question: str, arg: int | str) -> object:
        if question == "person":
            return arg in self.persons
        if question == "person_key":
            return arg in self.person_keys
        assert isinstance(arg, int)
        if question == "next":
            match = _NEXT_WORD.match(self.text, arg)
            return match.group(1) if match else ""
        if question == "dateline":
            return _DATELINE.match(self.text, arg) is not None
        if question == "credit":
            return _CREDIT.search(self.text, max(0, arg - 40), arg) is not None
        if question == "prev":
            return self._preceded_by(arg).lower()
        if question == "after":
            return self.text[arg : arg + 1].strip()
        match = _UNIT_AFTER.match(self.text, arg)  # "unit"
        return match.group() if match else ""

    def _preceded_by(self, start: int) -> str:
        match = _PREV_WORD.search(self.text, max(0, start - 30), start)
        return match.group(1) if match else ""

    def _words(self, tokens: list[Token]) -> list[str]:
        return [t.text for t in tokens if t.low not in (",", "–", "—")]

    def _span_text(self, tokens: list[Token]) -> str:
        return " ".join(self.text[tokens[0].start : tokens[-1].end].split())

    def _add(
        self,
        tokens: list[Token],
        kind: Kind,
        confidence: float,
        register: tuple[str, ...] = (),
        **extra: object,
    ) -> None:
        """Plan a mention of tokens (see run()); register says which short forms it introduces."""
        name = self._span_text(tokens)
        words = self._words(tokens)
        vietnamese = (
            all(is_syllable(w) for w in words)
            and has_vi_letters(name)
            and not any(_head_of(w) for w in words)
        )
        base = self._base
        self._ops.append(
            _Add(
                tokens[0].start - base,
                tokens[-1].end - base,
                kind,
                confidence,
                name,
                vietnamese,
                extra,
                repr(extra),
                register,
            )
        )

    def _record(self, start: int, end: int, op: _Add) -> Mention:
        name = op.name
        # A name seen often in one text: after a few sightings with their sentences, later ones only
        # count (clustering keeps three contexts and twenty sources anyway).
        repeat_key = (op.kind, name, op.extra_key)
        seen = self.repeats.get(repeat_key)
        if seen is not None and seen.count >= _SIGHTINGS_KEPT:
            seen.count += 1
            return seen
        fields: dict[str, object] = {"vi": name} if op.vietnamese else {"en": name}
        # Lists are copied: a plan is replayed for every sighting, its mentions must not share them.
        fields.update({k: list(v) if isinstance(v, list) else v for k, v in op.extra.items()})
        mention = mention_at(
            self.doc, start, end, kind=op.kind, confidence=op.confidence, origin="name", **fields
        )
        if seen is not None:
            seen.count += 1
            mention.count = 0  # counted on the first sighting
        else:
            self.repeats[repeat_key] = mention
        self.mentions.append(mention)
        return mention

    def _trailing_person(self, tokens: list[Token], cutting: bool = False) -> int:
        """Where the personal name at the end of a titled span starts, or -1.

        While cutting runs (cached per text) no person counts as named yet.
        """
        i = len(tokens)
        while i > 0 and _is_name_token(tokens[i - 1]):
            i -= 1
        if i == len(tokens) or i == 0:
            return -1
        prefix = tokens[:i]
        if not any(_is_title(t.text) for t in prefix) or any(t.low == "," for t in tokens[i - 1 :]):
            return -1
        if prefix[-1].text in CONNECTORS:
            # "President of Vietnam To Lam": a place named by the title is not part of the name;
            # otherwise a name right after "of" belongs to the title ("of Cultural Expressions").
            for j in range(i + 1, len(tokens) - 1):
                if gazetteer.is_place(" ".join(t.text for t in tokens[i:j])) and len(tokens) - j >= 2:
                    return j
            return -1
        if len(tokens) - i < 2 and (cutting or not self._ask("person", fold(tokens[i].text))):
            return -1  # one word after a title is rarely a name: "Minister of Foreign Affairs"
        return i

    def classify(self, span: Span) -> None:
        tokens = list(span.tokens)
        # "... Network for the Asia-Pacific region": the article belongs to the lower-case noun
        # after the span, so "Asia-Pacific" describes that noun and is not part of the name.
        if len(tokens) >= 4 and tokens[-2].text == "the" and tokens[-3].text in ("for", "of", "in"):
            follower = self._followed_by(tokens[-1].end)
            # "of the Oral and Intangible Heritage": a function word after the span is no noun.
            if follower and follower[0].islower() and follower not in ENGLISH_FUNCTION_WORDS:
                self._described(tokens[-1], follower)
                tokens = tokens[:-3]
                span = Span(tokens, span.sentence_start)
        split = self._trailing_person(tokens)
        if split > 0:
            person = tokens[split:]
            first_title = next(k for k, t in enumerate(tokens) if _is_title(t.text))
            titled = self._span_text(tokens[first_title:])
            self._person(person, 0.8, titled=titled)
            self._organisation_in(tokens[:split])
            return
        if self._leading_title(tokens):
            self._organisation_in(tokens)
            return
        self._whole(span, tokens)

    @staticmethod
    def _leading_title(tokens: list[Token]) -> bool:
        """Whether a span opens with a title followed by "of": "Director of the Hue Department"."""
        k = 0
        while k < len(tokens) and (_is_title(tokens[k].text) or tokens[k].text in ("and", "&")):
            k += 1
        return 0 < k < len(tokens) and tokens[k].text in ("of", "for")

    def _organisation_in(self, tokens: list[Token]) -> None:
        """An organisation named inside a title ("Chairwoman of the SOVICO Group")."""
        while tokens and (_is_title(tokens[0].text) or tokens[0].text in CONNECTORS or tokens[0].low == ","):
            tokens = tokens[1:]
        while tokens and (tokens[-1].text in CONNECTORS or tokens[-1].low == ","):
            tokens = tokens[:-1]
        if tokens and any(_head_of(t.text) == "org" for t in tokens):
            self._organisation(tokens, 0.7)

    def _person(self, tokens: list[Token], confidence: float, titled: str = "") -> None:
        name = self._span_text(tokens)
        variants = [(titled, VariantType.TITLE)] if titled and titled != name else []
        words = self._words(tokens)
        register = ("person", fold(words[-1]), gazetteer.place_key(name)) if len(words) >= 2 else ()
        self._add(tokens, Kind.PERSON, confidence, register, variants=variants)

    def _organisation(self, tokens: list[Token], confidence: float) -> None:
        # "Bureau of Strategic Planning of UNESCO": the parent body is not part of the name.
        if len(tokens) > 2 and tokens[-2].text == "of" and _is_acronym(tokens[-1].text):
            tokens = tokens[:-2]
        # "VinUniversity of Việt Nam": a one-word brand is named without the country.
        if len(tokens) > 2 and tokens[1].text == "of" and not _is_generic(tokens[0].text):
            if gazetteer.is_place(self._span_text(tokens[2:])):
                tokens = tokens[:1]
        words = self._words(tokens)
        register = (
            ("org", fold(" ".join(words[:-1]))) if len(words) >= 2 and _head_of(words[-1]) == "org" else ()
        )
        self._add(tokens, Kind.ORGANISATION, confidence, register)

    def _whole(self, span: Span, tokens: list[Token]) -> None:
        words = self._words(tokens)
        # "Co", "Ltd": a company's abbreviation heads only the end of a name ("Co To" is an island).
        heads = [
            (k, head)
            for k, w in enumerate(words)
            if (head := _head_of(w)) and (k == len(words) - 1 or fold(w) not in _TRAILING_HEADS)
        ]
        # "Administration of Seas and Islands": in "N of ...", N is the head, whatever follows.
        of_at = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
        if any(k < of_at for k, _ in heads):
            heads = [(k, head) for k, head in heads if k < of_at]
        if all(_is_title(w) or w in CONNECTORS for w in words):
            return  # a bare title: "the Director-General"
        # "Conference of the UNESCO Global Geoparks Network": an event of an organisation.
        for k, word in enumerate(words[:-2]):
            if _head_of(word) == "event" and words[k + 1] in ("of", "on", "in", "at"):
                rest = tokens[
                    tokens.index(
                        next(t for t in tokens if t.text == words[k + 1] and t.start > tokens[0].start)
                    )
                    + 1 :
                ]
                while rest and rest[0].text in CONNECTORS:
                    rest = rest[1:]
                if rest:
                    self._whole(span, rest)
                return
        if heads:
            index, head = heads[-1]
            if all(_is_generic(w) or w in CONNECTORS or _is_title(w) for w in words):
                return  # only generic words: "the Party and Government", "the City"
            if head == "event":
                return
            if head == "place":
                head_word = fold(words[index])
                if head_word.endswith("s") and head_word not in PLURAL_HEADS:
                    return
                proper = [w for w in words if not _is_generic(w) and w not in CONNECTORS]
                # "Imperial City of Hue" names a place by the place it is in.
                owner = " ".join(words[index + 2 :]) if words[index + 1 : index + 2] == ["of"] else ""
                if (
                    head_word in ADMIN_UNITS
                    and not all(is_syllable(w) for w in proper)
                    and not (owner and gazetteer.is_place(owner))
                ):
                    return  # "Creative City" is a designation, "Ho Chi Minh City" a place
                self._add(tokens, Kind.PLACE, 0.7)
                return
            if head == "org":
                if (
                    words[index].lower().endswith("s")
                    and words[index].lower() not in PLURAL_HEADS | ORG_HEADS
                ):
                    return
                self._organisation(tokens, 0.75)
                return
        if len(words) == 1 and _is_acronym(words[0]):
            return  # acronyms are the acronym extractor's
        if self._dateline(tokens[-1].end) and len(words) <= 4:
            self._add(tokens, Kind.PLACE, 0.7)
            return
        unit = self._admin_unit(tokens[-1].end)
        if unit:
            self._place_with_unit(tokens, unit)
            return
        name = self._span_text(tokens)
        if len(words) >= 2 and self._ask("credit", tokens[0].start):
            self._person(tokens, 0.7)  # "(Photo: VNA/Minh Đức)": the photographer, never a place
            return
        places = gazetteer.lookup(name)
        # A one-word ward name at a sentence start is too weak ("Chú thích ảnh" is no commune).
        if places and (len(words) > 1 or any(p.source == "cldr" for p in places) or not span.sentence_start):
            self._add(tokens, Kind.PLACE, 0.85)
            return
        key = gazetteer.place_key(name)
        if self._ask("person_key", key):
            self._person(tokens, 0.75)
            return
        plain = not any(_is_title(w) or _is_acronym(w) or _head_of(w) or w in CONNECTORS for w in words)
        if (
            2 <= len(words) <= 5
            and plain
            and all(is_syllable(w) for w in words)
            and fold(words[0]) in FAMILY_NAMES
        ):
            self._person(tokens, 0.7)
            return
        follower = self._followed_by(tokens[-1].end).lower()
        if 2 <= len(words) <= 4 and follower in SPEECH_VERBS and plain:
            self._person(tokens, 0.6)
            return
        if follower in _REGION_NOUNS and plain and all(is_syllable(w) for w in words):
            self._add(tokens, Kind.PLACE, 0.6)  # "the Suoi Tien area": a Vietnamese name of a place
            return
        # '"...," said Claire Dubois, a ...': the speaker named after the verb, ending the clause.
        if (
            2 <= len(words) <= 4
            and plain
            and self._ask("prev", tokens[0].start) in ATTRIBUTION_VERBS
            and self._ask("after", tokens[-1].end) in (",", ".", ";", "")
        ):
            self._person(tokens, 0.6)
            return
        base = self._base
        rel = tuple((t.text, t.start - base, t.end - base) for t in tokens)
        if len(words) == 1:
            self._ops.append(_Single(rel, span.sentence_start))
        elif 2 <= len(words) <= 3 and plain:
            self._ops.append(_Unnamed(rel))

    def _described(self, token: Token, noun: str) -> None:
        """A name used as a modifier ("the Asia-Pacific region"): a place when the noun says so."""
        if noun.lower() in _REGION_NOUNS or gazetteer.is_place(token.text):
            self._add([token], Kind.PLACE, 0.6)

    def _dateline(self, end: int) -> bool:
        """ "Quang Nam (VNA) – ...": a place named before the agency that opens a news story."""
        return bool(self._ask("dateline", end))

    def _admin_unit(self, end: int) -> str:
        """The administrative unit word right after end ("ward"), lower case, or ""."""
        return str(self._ask("unit", end)).lstrip(" \t").lower()

    def _place_with_unit(self, tokens: list[Token], unit: str) -> None:
        unit_end = tokens[-1].end + len(str(self._ask("unit", tokens[-1].end)))
        full = " ".join(self.text[tokens[0].start : unit_end].split())
        self._ops.append(_Unit(tokens[0].start - self._base, unit_end - self._base, full, unit))

    def _single(self, span: Span, tokens: list[Token]) -> None:
        """A one-word name: a short form of a name this text introduced, or "the Politburo"."""
        word = tokens[0].text
        person = self.persons.get(fold(word))
        if person is not None:
            full = person.vi or person.en
            if fold(full) != fold(word):
                mention = mention_at(
                    self.doc,
                    tokens[0].start,
                    tokens[0].end,
                    kind=Kind.PERSON,
                    confidence=0.7,
                    origin="short",
                    variants=[(word, VariantType.SHORT)],
                    **({"vi": person.vi} if person.vi else {"en": person.en}),
                )
                self.mentions.append(mention)
            return
        org = self.orgs.get(fold(word))
        if org is not None:
            self.mentions.append(
                mention_at(
                    self.doc,
                    tokens[0].start,
                    tokens[0].end,
                    kind=Kind.ORGANISATION,
                    confidence=0.6,
                    origin="short",
                    variants=[(word, VariantType.SHORT)],
                    en=org.en,
                    vi=org.vi,
                )
            )
            return
        if span.sentence_start or self._in_headline(tokens[0].start):
            return
        before = self._preceded_by(tokens[0].start).lower()
        after_text = self.text[tokens[-1].end : tokens[-1].end + 3]
        follower = self._followed_by(tokens[-1].end).lower()
        ends_clause = after_text[:1] in (".", ",", ";", ":", ")", "\n", "") or after_text.startswith(
            ("'s", "’s")
        )
        if (
            before == "the"
            and (ends_clause or follower in ENGLISH_FUNCTION_WORDS)
            and word.lower() not in self.lower_words
        ):
            self._add(tokens, Kind.ORGANISATION, 0.4)
            self._execute(self._ops.pop(), 0)

    def run(self) -> list[Mention]:
        """Classify every piece of every capitalised run, then the one-word names.

        A piece's classification depends on its text, whether it opens a sentence, and a few
        questions about its context (the word, dateline or unit word after it; whether a person
        was named before). It is worked out once as a plan (the mentions to record, relative to
        the piece) with the questions asked and their answers, and replayed wherever the piece
        recurs with the same answers.
        """
        for start, pieces in self._runs():
            for piece in pieces:
                base = start + piece.offset
                for op in self._plan(piece, base):
                    self._execute(op, base)
        self._ops, self._base = [], 0
        if self._pending_unnamed:
            self._speakers()
        for span, tokens in self._pending_singles:
            self._single(span, tokens)
        return self.mentions

    def _speakers(self) -> None:
        """A plain name whose last word speaks on its own later ("Morita said", "said Morita") is
        a person introduced by full name."""
        last_words = {fold(tokens[-1].text) for tokens in self._pending_unnamed}
        speakers = set()
        for _, tokens in self._pending_singles:
            word = tokens[0]
            if fold(word.text) in last_words and (
                self._followed_by(word.end).lower() in SPEECH_VERBS
                or self._preceded_by(word.start).lower() in ATTRIBUTION_VERBS
            ):
                speakers.add(fold(word.text))
        for tokens in self._pending_unnamed:
            if fold(tokens[-1].text) in speakers:
                self._person(tokens, 0.6)
                self._execute(self._ops.pop(), 0)

    def _plan(self, piece: _Piece, base: int) -> list[_Op]:
        variants = _PLANS.setdefault(piece.id, [])
        for queries, ops in variants:
            for question, arg, answer in queries:
                if self._answer(question, base + arg if isinstance(arg, int) else arg) != answer:
                    break
            else:
                return ops
        self._ops, self._queries, self._base = [], [], base
        tokens = [Token(t, base + a, base + b) for t, a, b in piece.tokens]
        self.classify(Span(tokens, piece.sentence_start))
        variants.append((self._queries, self._ops))
        ops, self._queries = self._ops, None
        return ops

    def _execute(self, op: _Op, base: int) -> None:
        if isinstance(op, _Add):
            mention = self._record(base + op.start, base + op.end, op)
            if op.register[:1] == ("person",):
                self.persons.setdefault(op.register[1], mention)
                self.person_keys.add(op.register[2])
            elif op.register[:1] == ("org",):
                self.orgs.setdefault(op.register[1], mention)
        elif isinstance(op, _Unit):
            mention = mention_at(
                self.doc,
                base + op.start,
                base + op.end,
                kind=Kind.PLACE,
                confidence=0.8,
                origin="name",
                **({"vi": op.full} if has_vi_letters(op.full) else {"en": op.full}),
            )
            mention.flags.append(f"unit:{op.unit}")
            self.mentions.append(mention)
        elif isinstance(op, _Unnamed):
            self._pending_unnamed.append([Token(t, base + a, base + b) for t, a, b in op.tokens])
        else:
            tokens = [Token(t, base + a, base + b) for t, a, b in op.tokens]
            self._pending_singles.append((Span(tokens, op.sentence_start), tokens))


def extract_names(doc: Document) -> list[Mention]:
    """Every person, place and organisation named in a document."""
    return _DocNames(doc).run()


def _enclosing(
    spans: list[tuple[int, int, Mention]], starts: list[int], start: int, end: int
) -> Mention | None:
    """The mention among spans (sorted by start) whose range holds start..end, if any. Such
    ranges rarely nest: the few starting last before start are enough to look at."""
    i = bisect.bisect_right(starts, start) - 1
    for span_start, span_end, mention in reversed(spans[max(0, i - 2) : i + 1]):
        if span_start <= start and end <= span_end:
            return mention
    return None


def drop_explained(names: list[Mention], glosses: list[Mention], acronyms: list[Mention]) -> list[Mention]:
    """The names less those another extractor explains better.

    A name that is only part of a glossed Vietnamese phrase ("Bến Thành" in "Ben Thanh Market (chợ
    Bến Thành)") or of an acronym's long form ("Vietnam National University" in "Vietnam National
    University, Ho Chi Minh City (VNU-HCM)") is not a concept of its own. An organisation's name that
    ends with an acronym's long form ("HCM City Management Authority for Urban Railways (MAUR)") is
    a longer form of that acronym and gets its short form.
    """
    if not glosses and not acronyms:
        return names
    gloss_spans = sorted(((g.start, g.end, g) for g in glosses if g.vi), key=lambda s: s[:2])
    gloss_starts = [start for start, _, _ in gloss_spans]
    acro_spans = sorted(((a.start, a.end, a) for a in acronyms if a.en), key=lambda s: s[:2])
    acro_starts = [start for start, _, _ in acro_spans]
    kept = []
    for name in names:
        if name.vi:
            gloss = _enclosing(gloss_spans, gloss_starts, name.start, name.end)
            if gloss is not None and name.vi != gloss.vi and name.vi in gloss.vi:
                continue
        if acro_spans and name.kind is Kind.ORGANISATION and name.en:
            acronym = _enclosing(acro_spans, acro_starts, name.start, name.end)
            if acronym is not None and name.en != acronym.en and name.en in acronym.en:
                continue
            acronym = _enclosing(acro_spans, acro_starts, name.end - 1, name.end)
            if acronym is not None and name.start < acronym.start and name.en.endswith(" " + acronym.en):
                name.abbr = acronym.abbr
        kept.append(name)
    return kept
