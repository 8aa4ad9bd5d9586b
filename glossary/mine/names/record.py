"""Recording: plans carried out as mentions of one document, and the passes run once it is read.

Persons and organisations register the short forms they introduce ("Lâm" for "Tô Lâm", "SOVICO" for
"SOVICO Group"); a one-word name is kept only as such a short form, or as "the Politburo"; a plain
name whose last word later speaks on its own ("Morita said") is a person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from glossary.model import Kind, VariantType
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters

from ..documents import Document
from ..keys import exact_key
from ..lexicon import ADMIN_UNITS, NATURAL_HEADS, SPEECH_VERBS, VI_PLACE_GENERICS, language_names
from ..mentions import Mention, mention_at
from .context import LowerWords, word_after, word_before
from .plans import Add, Op, Single, Unit, Unnamed
from .rules import plan_add, plan_person
from .words import ATTRIBUTION_VERBS, Token, fold, text_of

# Unit and natural-feature words after a place's name, and Vietnamese generic words before it.
_HEADS = frozenset(ADMIN_UNITS) | NATURAL_HEADS
_GENERICS = frozenset(ADMIN_UNITS.values()) | frozenset(
    g for g, head in VI_PLACE_GENERICS.items() if head in _HEADS
)

# Sightings of one name in one text that keep their own source line and sentence.
SIGHTINGS_KEPT = 3


class Recorder:
    """The mentions of one document, and what it has named so far (the Surroundings rules ask)."""

    def __init__(self, doc: Document, lower_words: LowerWords, known: Mapping[str, Kind]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower_words = lower_words
        self.mentions: list[Mention] = []
        self.repeats: dict[tuple[Kind, str, str], Mention] = {}
        self.persons: dict[str, Mention] = {}  # folded last word -> the full name's mention
        self.person_keys: set[str] = set()
        self.orgs: dict[str, Mention] = {}  # folded short form (name without its head) -> mention
        self.singles: list[tuple[list[Token], bool]] = []
        self.unnamed: list[tuple[list[Token], bool]] = []  # (tokens, plain and short)
        self.places: set[str] = set()  # keys of the places named, with and without their unit
        self.known = known  # kinds of the names other extractors found, by key
        self._placed: set[str] = set()  # the place names already remembered

    def execute(self, op: Op, base: int) -> None:
        """Carry out one planned operation for a piece starting at base."""
        if isinstance(op, Add):
            mention = self._record(base + op.start, base + op.end, op)
            if op.kind is Kind.PLACE:
                self._place(op.name)
            if op.register[:1] == ("person",):
                self.persons.setdefault(op.register[1], mention)
                self.person_keys.add(op.register[2])
            elif op.register[:1] == ("org",):
                self.orgs.setdefault(op.register[1], mention)
        elif isinstance(op, Unit):
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
            self._place(op.full)
        elif isinstance(op, Unnamed):
            self.unnamed.append(([Token(t, base + a, base + b) for t, a, b in op.tokens], op.plain))
        elif isinstance(op, Single):
            self.singles.append(([Token(t, base + a, base + b) for t, a, b in op.tokens], op.sentence_start))

    def _record(self, start: int, end: int, op: Add) -> Mention:
        name = op.name
        # A name seen often in one text: after a few sightings with their sentences, later ones only
        # count (clustering keeps three contexts and twenty sources anyway).
        repeat_key = (op.kind, name, op.extra_key)
        seen = self.repeats.get(repeat_key)
        if seen is not None and seen.count >= SIGHTINGS_KEPT:
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

    def _place(self, name: str) -> None:
        """Remember a place the text named, by its key with and without its unit or head word."""
        if name in self._placed:
            return
        self._placed.add(name)
        self.places.add(exact_key(name))
        words = name.split()
        for n in (1, 2):
            if len(words) > n and " ".join(words[-n:]).lower() in _HEADS:
                self.places.add(exact_key(" ".join(words[:-n])))
            if len(words) > n and " ".join(words[:n]).lower() in _GENERICS:
                self.places.add(exact_key(" ".join(words[n:])))

    def finish(self, in_headline: Callable[[int], bool]) -> list[Mention]:
        """Decide the names and one-word names kept for the end of the text."""
        if self.unnamed and (self.places or self.known):
            # "Bà Rịa – Vũng Tàu" where the text also names "Bà Rịa–Vũng Tàu province"; "Viet Minh"
            # where a gloss names the organisation "Việt Minh".
            undecided = []
            for tokens, plain in self.unnamed:
                key = exact_key(text_of(self.text, tokens))
                kind = Kind.PLACE if key in self.places else self.known.get(key)
                if kind is not None:
                    self.execute(plan_add(self.text, tokens, kind, 0.6), 0)
                else:
                    undecided.append((tokens, plain))
            self.unnamed = undecided
        if self.unnamed:
            self._speakers()
        for tokens, sentence_start in self.singles:
            self._single(tokens, sentence_start, in_headline)
        return self.mentions

    def _speakers(self) -> None:
        """A plain name whose last word speaks on its own later ("Morita said", "said Morita") is
        a person introduced by full name."""
        plain = [tokens for tokens, short_and_plain in self.unnamed if short_and_plain]
        last_words = {fold(tokens[-1].text) for tokens in plain}
        speakers = set()
        for tokens, _ in self.singles:
            word = tokens[0]
            if fold(word.text) in last_words and (
                word_after(self.text, word.end).lower() in SPEECH_VERBS
                or word_before(self.text, word.start).lower() in ATTRIBUTION_VERBS
            ):
                speakers.add(fold(word.text))
        for tokens in plain:
            if fold(tokens[-1].text) in speakers:
                self.execute(plan_person(self.text, tokens, 0.6), 0)

    def _single(self, tokens: list[Token], sentence_start: bool, in_headline: Callable[[int], bool]) -> None:
        """A one-word name: a short form of a name this text introduced, or "the Politburo"."""
        word = tokens[0].text
        person = self.persons.get(fold(word))
        if person is not None:
            full = person.vi or person.en
            if fold(full) != fold(word):
                self.mentions.append(
                    mention_at(
                        self.doc,
                        tokens[0].start,
                        tokens[0].end,
                        kind=Kind.PERSON,
                        confidence=0.7,
                        origin="short",
                        variants=[(word, VariantType.SHORT)],
                        **({"vi": person.vi} if person.vi else {"en": person.en}),
                    )
                )
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
        if exact_key(word) in self.places and not in_headline(tokens[0].start):
            self.execute(plan_add(self.text, tokens, Kind.PLACE, 0.5), 0)  # "Lô" after "Lô River"
            return
        if sentence_start or in_headline(tokens[0].start):
            return
        before = word_before(self.text, tokens[0].start).lower()
        after_text = self.text[tokens[-1].end : tokens[-1].end + 3]
        follower = word_after(self.text, tokens[-1].end).lower()
        ends_clause = after_text[:1] in (".", ",", ";", ":", ")", "\n", "") or after_text.startswith(
            ("'s", "’s")
        )
        if (
            before == "the"
            and (ends_clause or follower in ENGLISH_FUNCTION_WORDS)
            and word.lower() not in self.lower_words
            # "the French", "the U(.S.)": a people or a fragment, not a body
            and len(word) > 1
            and word.lower() not in language_names()
        ):
            self.execute(plan_add(self.text, tokens, Kind.ORGANISATION, 0.4), 0)
