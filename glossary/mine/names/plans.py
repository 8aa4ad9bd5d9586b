"""Plans: what the rules decided for one piece of a capitalised run, and the cache that reuses them.

Names repeat. A run is cut once per distinct spelling (and per answer to the lower-case questions the
cut asked), and a piece is classified once per distinct set of answers to the questions its rules
asked (context.py); the plan, a few operations with offsets relative to the piece, is replayed
wherever the piece recurs. The cache is an object handed to the extractor, so what is reused, and for
how long, is the caller's choice; nothing reads the text except through the recorded questions.
"""

from __future__ import annotations

from typing import NamedTuple

from glossary.model import Kind, VariantType

from .context import Asked, CutAsked
from .token_words import TokenWords

# A piece's tokens: (text, start, end) relative to the piece.
RelTokens = tuple[tuple[str, int, int], ...]


class Piece(NamedTuple):
    """A name span cut from a capitalised run, offset into the run, with an id per distinct piece."""

    offset: int
    text: str  # the run's characters this piece spans
    tokens: RelTokens
    sentence_start: bool
    id: int


class Add(NamedTuple):
    """Planned: a mention of piece[start:end], and the short forms it introduces."""

    start: int
    end: int
    kind: Kind
    confidence: float
    name: str
    # The mention's forms, worked out once per plan, not per sighting: (en, vi), one of them name.
    forms: tuple[str, str]
    variants: tuple[tuple[str, VariantType], ...]  # made a new list for each sighting
    # The kind's value, the name and the repr of the other fields: one name's sightings (strings
    # only: their hashes are kept, where an Enum's is a Python call per sighting).
    repeat_key: tuple[str, str, str]
    register: tuple[str, ...]


def make_add(
    start: int,
    end: int,
    kind: Kind,
    confidence: float,
    name: str,
    vietnamese: bool,
    extra: dict[str, object],
    register: tuple[str, ...],
) -> Add:
    """An Add with what every sighting needs worked out once; extra may give the variants."""
    if not extra.keys() <= {"variants"}:
        raise TypeError(f"a name's mention takes no field {sorted(set(extra) - {'variants'})}")
    variants = tuple(extra.get("variants", ()))  # type: ignore[call-overload]
    forms = ("", name) if vietnamese else (name, "")
    return Add(start, end, kind, confidence, name, forms, variants, (kind.value, name, repr(extra)), register)


class Unit(NamedTuple):
    """Planned: a place named with its administrative unit ("Quy Nhon Nam ward")."""

    start: int
    end: int
    full: str
    unit: str


class Single(NamedTuple):
    """Planned: a one-word name, decided once the whole text is read."""

    tokens: RelTokens
    sentence_start: bool


class Unnamed(NamedTuple):
    """Planned: a name of a few words no rule placed, kept in case the text names a place so
    elsewhere ("Bà Rịa – Vũng Tàu" and "Bà Rịa–Vũng Tàu province") or, for a plain name, later quotes
    it by its last word ("Kenji Morita, a consultant ... Morita said")."""

    tokens: RelTokens
    plain: bool


Op = Add | Unit | Single | Unnamed


class Plan(NamedTuple):
    asked: tuple[Asked, ...]
    ops: tuple[Op, ...]


class NameCache:
    """Cuts and plans shared by the texts one process mines, emptied when it grows past limit."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        # (run, sentence start) -> [(the questions the cut asked with their answers, pieces)]
        self.cuts: dict[tuple[str, bool], list[tuple[CutAsked | None, list[Piece]]]] = {}
        # The runs whose cut asks the text nothing (a lone "The" opening a sentence, "UNESCO", most
        # names): their pieces, the same in every text, found with one look-up. By run, in two
        # tables: runs inside a sentence, then runs opening one (a string key is hashed once per
        # run; a (run, sentence start) key made and hashed a tuple for each of them).
        self.fixed_cuts: tuple[dict[str, list[Piece]], dict[str, list[Piece]]] = ({}, {})
        self.piece_ids: dict[tuple[str, RelTokens, bool], int] = {}
        self.plans: dict[int, list[Plan]] = {}
        # The lower-case words of the tokens the texts used (see LowerWords).
        self.tokens = TokenWords()

    def clear(self) -> None:
        self.tokens.clear()
        self.cuts.clear()
        for table in self.fixed_cuts:
            table.clear()
        self.piece_ids.clear()
        self.plans.clear()

    def trim(self) -> None:
        """Forget everything once the cache has grown past its limit (called between texts)."""
        if (
            len(self.piece_ids) > self.limit
            or len(self.cuts) > self.limit
            or len(self.fixed_cuts[0]) + len(self.fixed_cuts[1]) > self.limit
        ):
            self.clear()

    def piece_id(self, text: str, tokens: RelTokens, sentence_start: bool) -> int:
        return self.piece_ids.setdefault((text, tokens, sentence_start), len(self.piece_ids))
