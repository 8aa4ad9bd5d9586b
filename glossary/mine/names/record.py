"""Recording: plans carried out as mentions of one document, and the passes run once it is read.

Persons and organisations register the short forms they introduce ("Lâm" for "Tô Lâm", "SOVICO" for
"SOVICO Group"); a one-word name is kept only as such a short form, or as "the Politburo"; a plain
name whose last word later speaks on its own ("Morita said") is a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import NamedTuple

from glossary.model import Kind, VariantType
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters

from ..documents import Document
from ..keys import exact_key, order_key
from ..lexicon import ADMIN_UNITS, NATURAL_HEADS, SPEECH_VERBS, VI_PLACE_GENERICS, language_names
from ..mentions import Mention, mention_at, mention_of
from ..state_names import bare_state
from .context import LowerWords, word_after, word_before
from .plans import Add, Op, RelTokens, Single, Unit, Unnamed
from .rules import plan_add, plan_person
from .words import ATTRIBUTION_VERBS, Token, fold

# Unit and natural-feature words after a place's name, and Vietnamese generic words before it.
_HEADS = frozenset(ADMIN_UNITS) | NATURAL_HEADS
_GENERICS = frozenset(ADMIN_UNITS.values()) | frozenset(
    g for g, head in VI_PLACE_GENERICS.items() if head in _HEADS
)

# A word in capitals after a space ("the VC slaughtered"): the regex scans from each space only.
# Two single capitals first, then up to six more: most spaces are followed by no capital, which
# fails a one-character test at once, where "[A-Z]{2,8}" started a counted repeat at every space
# (round 22: 11 million instructions fewer over a 2 MB bench corpus; the same matches, tried in
# the same order from eight capitals down to two).
_SPACED_CAPITALS = re.compile(r" ([A-Z][A-Z][A-Z]{0,6})(?![^\W_])")

# Sightings of one name in one text that keep their own source line and sentence.
SIGHTINGS_KEPT = 3
# Kind.PLACE as a module constant for execute, which tests every mention's kind: a member read from
# its Enum class goes through EnumType.__getattr__'s slow lookup in Python 3.11.
_PLACE = Kind.PLACE


class Known(NamedTuple):
    """What the other extractors of a text say about its names (see names.known_names)."""

    kinds: Mapping[str, Kind]  # the kind of a name, by matching key
    modifiers: Mapping[str, frozenset[str]]  # name key -> folded words after it in a glossed term


def _name_of_unit(full: str, unit: str) -> str:
    """The name of a place written with its unit: "Quy Nhon Nam ward" -> "Quy Nhon Nam", and a
    village's craft or age left out too ("Bat Trang pottery village" -> "Bat Trang")."""
    words = full.split()[: -len(unit.split())]
    if unit == "village" and len(words) > 1 and words[-1].islower():
        words = words[:-1]
    return " ".join(words)


class Recorder:
    """The mentions of one document, and what it has named so far (the Surroundings rules ask)."""

    def __init__(self, doc: Document, lower_words: LowerWords, known: Known) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower_words = lower_words
        self.mentions: list[Mention] = []
        self.repeats: dict[tuple[str, str, str], Mention] = {}
        self.persons: dict[str, Mention] = {}  # folded last word -> the full name's mention
        self.person_keys: set[str] = set()
        # Exact keys of places named with a unit, without it, and of the names other extractors
        # say are places ("Fansipan (...) is a mountain" makes its gloss "Phan Xi Păng" one).
        self.unit_places: set[str] = {key for key, kind in known.kinds.items() if kind is Kind.PLACE}
        self.orgs: dict[str, Mention] = {}  # folded short form (name without its head) -> mention
        # One-word names and names no rule placed, decided at the end: (tokens relative to base,
        # base, sentence start or plain and short); Tokens are made only for those kept.
        self.singles: list[tuple[RelTokens, int, bool]] = []
        self.unnamed: list[tuple[RelTokens, int, bool]] = []
        self.places: set[str] = set()  # keys of the places named, with and without their unit
        self.known = known.kinds  # kinds of the names other extractors found, by key
        self.modifiers = known.modifiers
        self._placed: set[str] = set()  # the place names already remembered
        self._alone_memo: dict[str, bool] = {}  # see _alone
        self._spaced_capitals: frozenset[str] | None = None  # see _alone

    def execute(self, op: Op, base: int) -> None:
        """Carry out one planned operation for a piece starting at base."""
        if type(op) is Add:
            # The commonest operation, its fields read in one unpacking.
            start, end, kind, confidence, name, forms, variants, repeat_key, register = op
            # A name seen often in one text: after a few sightings with their sentences, later ones
            # only count (clustering keeps three contexts and twenty sources anyway).
            seen = self.repeats.get(repeat_key)
            if seen is None or seen.count < SIGHTINGS_KEPT:
                # A new mention (inline: one call fewer for each of the commonest mentions). Its
                # lists are new for each sighting: a plan is replayed for every one, its mentions
                # must not share them. A repeat is counted on the text's first sighting.
                en, vi = forms
                mention = mention_of(
                    self.doc,
                    base + start,
                    base + end,
                    kind,
                    en,
                    vi,
                    "",
                    list(variants),
                    confidence,
                    [],
                    "name",
                )
                if seen is not None:
                    seen.count += 1
                    mention.count = 0
                else:
                    self.repeats[repeat_key] = mention
                self.mentions.append(mention)
            else:
                mention = seen
                mention.count += 1
            if kind is _PLACE and name not in self._placed:
                self._place(name)
            if not register:
                pass
            elif register[0] == "person":
                self.persons.setdefault(register[1], mention)
                self.person_keys.add(register[2])
            elif register[0] == "org":
                self.orgs.setdefault(register[1], mention)
        elif type(op) is Single:  # the next commonest: a one-word name, decided at the end
            self.singles.append((op.tokens, base, op.sentence_start))
        elif type(op) is Unnamed:
            self.unnamed.append((op.tokens, base, op.plain))
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
            self.unit_places.add(exact_key(_name_of_unit(op.full, op.unit)))

    def _add(self, rel: RelTokens, base: int, kind: Kind, confidence: float) -> None:
        """A mention of the tokens rel at base, decided once the text is read."""
        start = base + rel[0][1]
        span = self.text[start : base + rel[-1][2]]
        self.execute(_span_add(span, rel, kind, confidence), start)

    def _place(self, name: str) -> None:
        """Remember a place the text named, by its key with and without its unit or head word."""
        if name in self._placed:
            return
        self._placed.add(name)
        self.places.update(_place_keys(name))

    def finish(self, in_headline: Callable[[int], bool]) -> list[Mention]:
        """Decide the names and one-word names kept for the end of the text."""
        if self.unnamed and (self.places or self.known):
            # "Bà Rịa – Vũng Tàu" where the text also names "Bà Rịa–Vũng Tàu province"; "Viet Minh"
            # where a gloss names the organisation "Việt Minh".
            undecided = []
            for rel, base, plain in self.unnamed:
                key = exact_key(" ".join(self.text[base + rel[0][1] : base + rel[-1][2]].split()))
                end = base + rel[-1][2]
                kind = (
                    Kind.PLACE
                    if key in self.places and not _house_after(self.text, end)
                    else self.known.get(key)
                )
                if kind is None and len(rel) >= 4:
                    # The same body's name in another order ("X of Vietnam" beside "Vietnam X").
                    kind = self.known.get("~" + order_key(self.text[base + rel[0][1] : base + rel[-1][2]]))
                    kind = kind if kind is Kind.ORGANISATION else None
                if kind is Kind.PLACE and key in self.modifiers and self._opens_term(key, base + rel[-1][2]):
                    kind = None  # "Đông Hồ painting" beside "Đông Hồ village": the painting's name
                if kind is not None:
                    self._add(rel, base, kind, 0.6)
                else:
                    undecided.append((rel, base, plain))
            self.unnamed = undecided
        if self.unnamed:
            self._initialled()
        if self.unnamed:
            self._speakers()
        for rel, base, sentence_start in self.singles:
            self._single(rel, base, sentence_start, in_headline)
        return self.mentions

    def _initialled(self) -> None:
        """A name no rule placed whose initials the text writes on their own ("the Viet Cong ...
        the VC"), or in parentheses after a short form ("a NLF (Viet Cong)"): a body the text also
        calls by that short form, its abbreviation. Not initials the text defines in a
        parenthesis (another name's)."""
        undecided = []
        for rel, base, plain in self.unnamed:
            if len(rel) > 4:
                undecided.append((rel, base, plain))
                continue
            start, end = base + rel[0][1], base + rel[-1][2]
            initials = "".join(word[0] for word, _, _ in rel if word[:1].isupper())
            if not (len(initials) >= 2 and initials.isascii() and self._alone(initials)):
                initials = self._short_before(start, end)
            if initials:
                name = " ".join(self.text[start:end].split())
                self.mentions.append(
                    mention_at(
                        self.doc,
                        start,
                        end,
                        kind=Kind.ORGANISATION,
                        confidence=0.5,
                        origin="name",
                        variants=[(initials, VariantType.ABBREVIATION)],
                        **({"vi": name} if has_vi_letters(name) else {"en": name}),
                    )
                )
            else:
                undecided.append((rel, base, plain))
        self.unnamed = undecided

    def _short_before(self, start: int, end: int) -> str:
        """The short form a name no rule placed stands in parentheses after ("a NLF (Viet Cong)
        stronghold"): another name of the body that short form abbreviates, not its expansion."""
        text = self.text
        if text[end : end + 1] != ")" or text[start - 2 : start] != " (":
            return ""
        if any(word.isupper() for word in text[start:end].split()):
            return ""  # "(VND VietNamese Dong)": a short form inside, no other name
        token = text[max(0, start - 12) : start - 2].rsplit(None, 1)[-1:]
        short = token[0] if token else ""
        return short if 2 <= len(short) <= 6 and short.isupper() and short.isalpha() else ""

    def _alone(self, token: str) -> bool:
        """Whether the text writes token as a word of its own after a word in lower case ("the VC
        slaughtered", not a heading's "AS IT IS"), and never in or before a parenthesis. Once per
        token and text; string scans only, since most initials are no word of the text."""
        known = self._alone_memo.get(token)
        if known is not None:
            return known
        text = self.text
        if self._spaced_capitals is None:
            # One pass over the text: most initials are no word of it.
            self._spaced_capitals = frozenset(_SPACED_CAPITALS.findall(text))
        alone = False
        spaced = " " + token
        at = text.find(spaced) if token in self._spaced_capitals else -1
        while at > 0:
            end = at + len(spaced)
            if text[at - 1].islower() and not text[end : end + 1].isalnum():
                alone = True
                break
            at = text.find(spaced, end)
        if alone:
            alone = not (_written_around(text, "(" + token, 1) or _written_around(text, token + " (", 0))
        self._alone_memo[token] = alone
        return alone

    def _opens_term(self, key: str, end: int) -> bool:
        """Whether the name ending at end opens a term a gloss renders ("Đông Hồ painting(s)")."""
        word = fold(word_after(self.text, end))
        words = self.modifiers[key]
        return word in words or word.endswith("s") and word[:-1] in words

    def _speakers(self) -> None:
        """A plain name whose last word speaks on its own later ("Morita said", "said Morita") is
        a person introduced by full name."""
        plain = [(rel, base) for rel, base, short_and_plain in self.unnamed if short_and_plain]
        if not plain:
            return
        last_words = {fold(rel[-1][0]) for rel, _ in plain}
        # The one-word names that are such a last word, each distinct word folded once (the
        # same few words make most of a text's one-word names).
        wanted = {word for word in {rel[0][0] for rel, _, _ in self.singles} if fold(word) in last_words}
        if not wanted:
            return
        speakers = set()
        for rel, base, _ in self.singles:
            word, start, end = rel[0]
            if word in wanted and (
                word_after(self.text, base + end).lower() in SPEECH_VERBS
                or word_before(self.text, base + start).lower() in ATTRIBUTION_VERBS
            ):
                speakers.add(fold(word))
        for rel, base in plain:
            if fold(rel[-1][0]) in speakers:
                self.execute(plan_person(self.text, _tokens(rel, base), 0.6), 0)

    def _single(
        self, rel: RelTokens, base: int, sentence_start: bool, in_headline: Callable[[int], bool]
    ) -> None:
        """A one-word name: a short form of a name this text introduced, or "the Politburo"."""
        word, start, end = rel[0][0], base + rel[0][1], base + rel[0][2]
        last_end = base + rel[-1][2]
        folded = fold(word)
        person = self.persons.get(folded)
        if person is not None:
            full = person.vi or person.en
            if fold(full) != folded:
                self.mentions.append(
                    mention_at(
                        self.doc,
                        start,
                        end,
                        kind=Kind.PERSON,
                        confidence=0.7,
                        origin="short",
                        variants=[(word, VariantType.SHORT)],
                        **({"vi": person.vi} if person.vi else {"en": person.en}),
                    )
                )
            return
        org = self.orgs.get(folded)
        if org is not None:
            self.mentions.append(
                mention_at(
                    self.doc,
                    start,
                    end,
                    kind=Kind.ORGANISATION,
                    confidence=0.6,
                    origin="short",
                    variants=[(word, VariantType.SHORT)],
                    en=org.en,
                    vi=org.vi,
                )
            )
            return
        if (
            exact_key(word) in self.places
            and not in_headline(start)
            and not _house_after(self.text, last_end)
        ):
            # "Lô" after "Lô River"; not "the Tang dynasty" beside "Tang Empire": the ruling house
            self._add(rel, base, Kind.PLACE, 0.5)
            return
        if sentence_start or in_headline(start):
            return
        if not _after_the(self.text, start):
            return
        after_text = self.text[last_end : last_end + 3]
        follower = word_after(self.text, last_end).lower()
        ends_clause = after_text[:1] in (".", ",", ";", ":", ")", "\n", "") or after_text.startswith(
            ("'s", "’s")
        )
        if (
            (ends_clause or follower in ENGLISH_FUNCTION_WORDS)
            and word.lower() not in self.lower_words
            # "the French", "the U(.S.)": a people or a fragment, not a body
            and len(word) > 1
            and word.lower() not in language_names()
        ):
            self._add(rel, base, Kind.ORGANISATION, 0.4)


@lru_cache(maxsize=65536)
def _place_keys(name: str) -> tuple[str, ...]:
    """The keys of a place's name with and without its unit or head word (the same places are named
    in text after text)."""
    keys = [exact_key(name)]
    words = name.split()
    for n in (1, 2):
        if len(words) > n and " ".join(words[-n:]).lower() in _HEADS:
            keys.append(exact_key(" ".join(words[:-n])))
        if len(words) > n and " ".join(words[:n]).lower() in _GENERICS:
            keys.append(exact_key(" ".join(words[n:])))
    # "Kingdom of Champa", "Âu Lạc Kingdom": "Champa" alone is the state (state_names).
    state = bare_state(name)
    if state:
        keys.append(exact_key(state))
    return tuple(keys)


def _house_after(text: str, end: int) -> bool:
    """Whether the name ending at text[end] is followed by "dynasty" or a word for a time: the
    ruling house's name or its reign ("the Tang dynasty", "the late Tang period"), not the state's
    or the place's that bears it ("Tang Empire")."""
    return text[end : end + 1] == " " and word_after(text, end).lower() in _HOUSE_WORDS


_HOUSE_WORDS = frozenset({"dynasty", "dynasties", "period", "era"})


def _after_the(text: str, at: int) -> bool:
    """Whether word_before(text, at) is "the" in any case. That word ends where the 30 characters
    before at end once their last blanks and line break are dropped, so it is "the" only where
    they then end with "the": most one-word names fail that string test, and the word is looked
    for only where it holds."""
    if text[at - 30 if at > 30 else 0 : at].rstrip(" \t\n")[-3:].lower() != "the":
        return False
    return word_before(text, at).lower() == "the"


def _written_around(text: str, written: str, lead: int) -> bool:
    """Whether text holds written with no letter or digit glued to the token inside it, which
    starts lead characters into written ("(VC" with lead 1, "VC (" with lead 0)."""
    token_len = len(written) - 3 if lead == 0 else len(written) - 1
    at = text.find(written)
    while at >= 0:
        start, end = at + lead, at + lead + token_len
        if not (start and text[start - 1].isalnum() or text[end : end + 1].isalnum()):
            return True
        at = text.find(written, at + 1)
    return False


def _tokens(rel: RelTokens, base: int) -> list[Token]:
    """Tokens at base + their offsets."""
    return [Token(text, base + start, base + end) for text, start, end in rel]


@lru_cache(maxsize=65536)
def _span_add(span: str, rel: RelTokens, kind: Kind, confidence: float) -> Add:
    """plan_add for tokens (relative to some base) covering span, offsets relative to the span: the
    same names are decided again and again at the end of each text."""
    first = rel[0][1]
    return plan_add(
        span, [Token(text, start - first, end - first) for text, start, end in rel], kind, confidence
    )
