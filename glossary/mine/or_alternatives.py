"""Two names of one thing joined by "or": "Hiến Town or Hiến Street (Phố Hiến) is a former trading
post", "The Sesan or Tonlé San river drains ...", "when Nguyễn Phúc Ánh or Emperor Gia Long, a
descendant of the Nguyễn lord, defeated ...".

"or" between two names mostly joins two things ("Laos or Cambodia", "Class III or Class IV"). It
joins two names of one thing when the sentence treats the pair as one: a singular verb after the
pair, which opens its sentence, once its parentheses are skipped ("X or Y (...) is ..."); one head
word written once after both ("the X or Y river drains"); a singular apposition ("X or Emperor Y,
a descendant of ..., defeated"). Both names must have one kind, by their head words, the gazetteer,
or a person's name (a ruler's title before the second: "or Emperor Gia Long"). A Vietnamese name
and its English rendering joined by "or" are a gloss pair, read by or_pairs.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold

from . import gazetteer
from .documents import Document
from .lazy_patterns import LazyPattern
from .lexicon import PLACE_HEADS
from .mentions import Mention, literal_hits
from .name_spans import (
    NAME,
    NAME_BEFORE,
    mention_side,
    other_name_mention,
    personal_name,
    trimmed_name,
)
from .names.words import head_kind, is_title

_NAME_AFTER = LazyPattern(rf"(?:the[ \t]+)?({NAME})")
# A head word written once after both names ("the Sesan or Tonlé San river").
_HEAD_AFTER = LazyPattern(r"[ \t]+([a-z]+)\b")
# The parentheses after the second name ("(Phố Hiến)", "(Chinese: 靜海軍) (literally ...)").
_PARENS = LazyPattern(r"(?:[ \t]*\([^()\n]{0,200}\))*")
# A singular verb: the pair is the subject of one thing.
_SINGULAR_COPULA = LazyPattern(r",?[ \t]+(?:is|was|has|had)[ \t]")
# A singular verb of the present after a shared head word ("river drains").
_SINGULAR_VERB = LazyPattern(r"[ \t]+(?:is|was|has|had|[a-z]{3,}s)[ \t]")
# "X or Y, a descendant of ..., defeated": a singular apposition closed by a comma.
_APPOSITION = LazyPattern(r",[ \t]+(?:a|an)[ \t]+[a-z][^,;()\n]{0,80},")
_KINDS = {"place": Kind.PLACE, "org": Kind.ORGANISATION}


def or_alternatives(doc: Document) -> Iterator[Mention]:
    text = doc.text
    for hit in literal_hits(doc.lower, (" or ",)):
        # Most "or"s join common words: two capitals, before and after, are asked for first.
        at = hit + 8 if text.startswith("the ", hit + 4) else hit + 4
        if not text[at : at + 1].isupper() or not _capital_before(text, hit):
            continue
        before = NAME_BEFORE.search(text, max(0, hit - 80), hit)
        if before is None or before.end(1) != hit and text[before.end(1) : hit] != ",":
            continue
        first, start = trimmed_name(before.group(1), before.start(1))
        after = _NAME_AFTER.match(text, hit + 4)
        if not first or after is None:
            continue
        second, end = after.group(1), after.end(1)
        if fold(first) == fold(second):
            continue
        head = _HEAD_AFTER.match(text, end)
        shared = head is not None and head.group(1) in PLACE_HEADS
        if shared:
            second, end = f"{second} {head.group(1)}", head.end(1)
        if _pair_or_short(first, second):
            continue
        kind = _kind(first, second)
        if kind is None or not _one_thing(text, start, end, shared, kind):
            continue
        yield other_name_mention(doc, start, end, kind, first, second)


def _capital_before(text: str, hit: int) -> bool:
    """Whether the word before " or" at hit is capitalised (a comma after it allowed)."""
    word = text[text.rfind(" ", max(0, hit - 40), hit) + 1 : hit]
    return word[:1].isupper()


def _pair_or_short(first: str, second: str) -> bool:
    """A short form ("Vietnam Television, or VTV": the acronym readers'), or a Vietnamese name and
    an English one ("the Vietnamese Independence League, or Việt Nam Độc Lập Đồng Minh Hội": a gloss
    pair, or_pairs.py's) unless a title opens the second ("Nguyễn Phúc Ánh or Emperor Gia Long")."""
    if any(len(w) > 1 and w.isupper() for w in (*first.split(), *second.split())):
        return True
    words = second.split()
    titled = len(words) > 1 and is_title(words[0])
    return (
        "vi" in mention_side(first)
        and "en" in mention_side(second)
        and not titled
        or ("en" in mention_side(first) and "vi" in mention_side(second))
    )


def _kind(first: str, second: str) -> Kind | None:
    """The kind both names have: the same head word kind (or one name's, the other having none), a
    gazetteer place, or a person's name and a ruler's title with another name."""
    heads = {h for h in (head_kind(first), head_kind(second)) if h is not None}
    if len(heads) > 1:
        return None
    if heads:
        return _KINDS.get(heads.pop())
    words = second.split()
    if personal_name(first) and (personal_name(second) or len(words) > 1 and is_title(words[0])):
        return Kind.PERSON
    if gazetteer.is_place(first) and gazetteer.is_place(second):
        return Kind.PLACE
    return None


def _one_thing(text: str, start: int, end: int, shared: bool, kind: Kind) -> bool:
    """Whether the sentence treats the two names as one thing's (see the module's docstring)."""
    if kind is Kind.PERSON:
        # Only with an apposition: "Lê Lợi, or Emperor Lê Thái Tổ, was a general" stays apart (round
        # 6's lead-chain test, "a title is no other name"; gold rules §10.10 would join a temple name).
        return _APPOSITION.match(text, end) is not None
    if not _opens_sentence(text, start):
        return False
    rest = _PARENS.match(text, end).end()
    verb = _SINGULAR_VERB if shared else _SINGULAR_COPULA
    return verb.match(text, rest) is not None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a name opens its sentence, after "The" perhaps."""
    before = text[max(0, start - 8) : start].rstrip(" \t")
    if before.endswith(("The", "the")):
        before = text[max(0, start - 40) : start].rstrip(" \t")[:-3].rstrip(" \t")
    return not before or before[-1] in ".!?\n"
