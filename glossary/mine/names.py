"""Name extractor: capitalised spans that name people, places and organisations, with their titles.

A span is cut where English grammar says a name ends (a possessive, "Vietnam and UNESCO"), the
sentence's first word is dropped when the text also writes it in lower case, titles are split off
("Party General Secretary To Lam" -> the person "To Lam", recorded with the title as a variant), and
a one-word short form ("Lam", "Azoulay") is kept only when the same text introduced the full name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

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
_LOWER_WORD = re.compile(rf"(?<![^\W\d_])[{_LOWER}][^\W\d_]*")
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
_SIGHTINGS_KEPT = 3
_REGION_NOUNS = frozenset({"region", "area", "subregion", "basin", "rim"})
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t]*$")


@dataclass
class Token:
    text: str
    start: int
    end: int
    low: str = ""

    def __post_init__(self) -> None:
        self.low = self.text.lower()


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


class _DocNames:
    """The name extraction state for one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower_words = set(_LOWER_WORD.findall(self.text))
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

    # --- spans ---------------------------------------------------------------------------------

    def _in_headline(self, pos: int) -> bool:
        i = bisect.bisect_right(self.headline_starts, pos) - 1
        return i >= 0 and pos < self.headlines[i][1]

    def _sentence_start(self, pos: int) -> bool:
        before = self.text[max(0, pos - 4) : pos].rstrip(" \t")
        return not before or before[-1] in _SENTENCE_OPENERS

    def spans(self) -> list[Span]:
        out: list[Span] = []
        for match in SPAN.finditer(self.text):
            if self._in_headline(match.start()):
                continue
            word = match.group()
            # Fast path for the commonest spans, one word that cannot be a name: "The", "UNESCO".
            if " " not in word and "," not in word and word[-1] not in "'’s":
                low = word.lower()
                if _is_acronym(word) or low in ENGLISH_FUNCTION_WORDS and self._sentence_start(match.start()):
                    continue
            tokens = [
                Token(m.group(), match.start() + m.start(), match.start() + m.end())
                for m in _TOKEN.finditer(match.group())
            ]
            out.extend(self._cut(tokens, self._sentence_start(match.start())))
        return out

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
                if any(_head_of(t.text) for t in (tokens if low == "," else current)):
                    current.append(token)
                else:
                    pieces.append([])
                    starts.append(False)
                continue
            if low in self.calendar and token.text[0].isupper():
                pieces.append([])
                starts.append(False)
                continue
            if token.text in WEAK_CONNECTORS and (
                not any(_head_of(t.text) or _is_title(t.text) for t in current + tokens[i + 1 :])
                or self._trailing_person(current) > 0
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
                or low in (ENGLISH_FUNCTION_WORDS if at_start else ("the", "a", "an"))
            )
            if drop and not at_start and low in FAMILY_NAMES and len(piece) > 1 and first.text[0].isupper():
                drop = False  # "To Lam", "Le Saux": a family name, not the preposition
            if not drop and at_start and len(piece) >= 1:
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
        match = _NEXT_WORD.match(self.text, end)
        return match.group(1) if match else ""

    def _preceded_by(self, start: int) -> str:
        match = _PREV_WORD.search(self.text, max(0, start - 30), start)
        return match.group(1) if match else ""

    def _words(self, tokens: list[Token]) -> list[str]:
        return [t.text for t in tokens if t.low not in (",", "–", "—")]

    def _span_text(self, tokens: list[Token]) -> str:
        return " ".join(self.text[tokens[0].start : tokens[-1].end].split())

    def _add(self, tokens: list[Token], kind: Kind, confidence: float, **extra: object) -> Mention:
        name = self._span_text(tokens)
        # A name seen often in one text: after a few sightings with their sentences, later ones only
        # count (clustering keeps three contexts and twenty sources anyway).
        repeat_key = (kind, name, repr(extra))
        seen = self.repeats.get(repeat_key)
        if seen is not None and seen.count >= _SIGHTINGS_KEPT:
            seen.count += 1
            return seen
        words = self._words(tokens)
        vietnamese = (
            all(is_syllable(w) for w in words)
            and has_vi_letters(name)
            and not any(_head_of(w) for w in words)
        )
        fields: dict[str, object] = {"vi": name} if vietnamese else {"en": name}
        fields.update(extra)
        mention = mention_at(
            self.doc,
            tokens[0].start,
            tokens[-1].end,
            kind=kind,
            confidence=confidence,
            origin="name",
            **fields,
        )
        if seen is not None:
            seen.count += 1
            mention.count = 0  # counted on the first sighting
        else:
            self.repeats[repeat_key] = mention
        self.mentions.append(mention)
        return mention

    def _trailing_person(self, tokens: list[Token]) -> int:
        """Where the personal name at the end of a titled span starts, or -1."""
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
        if len(tokens) - i < 2 and fold(tokens[i].text) not in self.persons:
            return -1  # one word after a title is rarely a name: "Minister of Foreign Affairs"
        return i

    def classify(self, span: Span) -> None:
        tokens = list(span.tokens)
        # "... Network for the Asia-Pacific region": the article belongs to the lower-case noun
        # after the span, so "Asia-Pacific" describes that noun and is not part of the name.
        if len(tokens) >= 4 and tokens[-2].text == "the" and tokens[-3].text in ("for", "of", "in"):
            follower = self._followed_by(tokens[-1].end)
            if follower and follower[0].islower():
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
        mention = self._add(tokens, Kind.PERSON, confidence, variants=variants)
        words = self._words(tokens)
        if len(words) >= 2:
            self.persons.setdefault(fold(words[-1]), mention)
            self.person_keys.add(gazetteer.place_key(name))

    def _organisation(self, tokens: list[Token], confidence: float) -> None:
        # "Bureau of Strategic Planning of UNESCO": the parent body is not part of the name.
        if len(tokens) > 2 and tokens[-2].text == "of" and _is_acronym(tokens[-1].text):
            tokens = tokens[:-2]
        # "VinUniversity of Việt Nam": a one-word brand is named without the country.
        if len(tokens) > 2 and tokens[1].text == "of" and not _is_generic(tokens[0].text):
            if gazetteer.is_place(self._span_text(tokens[2:])):
                tokens = tokens[:1]
        mention = self._add(tokens, Kind.ORGANISATION, confidence)
        words = self._words(tokens)
        if len(words) >= 2 and _head_of(words[-1]) == "org":
            self.orgs.setdefault(fold(" ".join(words[:-1])), mention)

    def _whole(self, span: Span, tokens: list[Token]) -> None:
        words = self._words(tokens)
        heads = [(k, _head_of(w)) for k, w in enumerate(words) if _head_of(w)]
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
                if head_word in ADMIN_UNITS and not all(is_syllable(w) for w in proper):
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
        places = gazetteer.lookup(name)
        # A one-word ward name at a sentence start is too weak ("Chú thích ảnh" is no commune).
        if places and (len(words) > 1 or any(p.source == "cldr" for p in places) or not span.sentence_start):
            self._add(tokens, Kind.PLACE, 0.85)
            return
        key = gazetteer.place_key(name)
        if key in self.person_keys:
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
        if len(words) == 1:
            self._pending_singles.append((span, tokens))

    def _described(self, token: Token, noun: str) -> None:
        """A name used as a modifier ("the Asia-Pacific region"): a place when the noun says so."""
        if noun.lower() in _REGION_NOUNS or gazetteer.is_place(token.text):
            self._add([token], Kind.PLACE, 0.6)

    def _dateline(self, end: int) -> bool:
        """ "Quang Nam (VNA) – ...": a place named before the agency that opens a news story."""
        return _DATELINE.match(self.text, end) is not None

    def _admin_unit(self, end: int) -> str:
        match = _UNIT_AFTER.match(self.text, end)
        return match.group(1).lower() if match else ""

    def _place_with_unit(self, tokens: list[Token], unit: str) -> None:
        match = _UNIT_AFTER.match(self.text, tokens[-1].end)
        unit_end = match.end() if match else tokens[-1].end
        full = " ".join(self.text[tokens[0].start : unit_end].split())
        mention = mention_at(
            self.doc,
            tokens[0].start,
            unit_end,
            kind=Kind.PLACE,
            confidence=0.8,
            origin="name",
            **({"vi": full} if has_vi_letters(full) else {"en": full}),
        )
        mention.flags.append(f"unit:{unit}")
        self.mentions.append(mention)

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

    def run(self) -> list[Mention]:
        self._pending_singles: list[tuple[Span, list[Token]]] = []
        for span in self.spans():
            self.classify(span)
        for span, tokens in self._pending_singles:
            self._single(span, tokens)
        return self.mentions


def extract_names(doc: Document) -> list[Mention]:
    """Every person, place and organisation named in a document."""
    return _DocNames(doc).run()
