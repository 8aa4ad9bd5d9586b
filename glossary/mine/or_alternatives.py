"""Two names of one thing joined by "or": "Hiến Town or Hiến Street (Phố Hiến) is a former trading
post", "The Sesan or Tonlé San river drains ...", "when Nguyễn Phúc Ánh or Emperor Gia Long, a
descendant of the Nguyễn lord, defeated ...".

"or" between two names mostly joins two things ("Laos or Cambodia", "Class III or Class IV"). It
joins two names of one thing when the sentence treats the pair as one: a singular verb after the
pair, which opens its sentence, once its parentheses are skipped ("X or Y (...) is ..."); one head
word written once after both ("the X or Y river drains"); a singular apposition ("X or Emperor Y,
a descendant of ..., defeated"). Both names must have one kind, by their head words, the gazetteer,
or a person's name (a ruler's title before the second: "or Emperor Gia Long"). An aside may stand
before "or", a naming adverb after it, and more alternatives may follow ("Buôn Ma Thuột (formerly
Lạc Giao) or sometimes Buôn Mê Thuột or Ban Mê Thuột, is"). A Vietnamese name and its English
rendering joined by "or" are a gloss pair, read by or_pairs.py.
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

# "or sometimes Buôn Mê Thuột": an adverb of naming after "or".
_ADVERBS = ("sometimes ", "also ", "simply ", "often ", "commonly ")
# The name after "or" (its adverb and article skipped); from the end of a name, the next alternative
# ("... or Buôn Mê Thuột or Ban Mê Thuột").
_NAME_AFTER = LazyPattern(
    rf"(?:,?[ \t]+or[ \t]+)?(?:(?:{'|'.join(a.strip() for a in _ADVERBS)})[ \t]+)?(?:the[ \t]+)?({NAME})"
)
# An aside between the first name and "or": a parenthesis, a citation mark.
_ASIDE_BEFORE = LazyPattern(r"(?:[ \t]*\([^()\n]{1,60}\)|\[\d{1,3}\])+[ \t]*$")
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
# What follows the subject's names in a lead: its parenthesis (perhaps run on to the next line by a
# mirror's link preview), or its characters and the comma of an apposition ("(梅玄成), self-...").
_LEAD_AFTER = LazyPattern(
    r"[ \t]*\((?:[ \t]*\n|[^()\n]{0,80}\)(?:[ \t]*,?[ \t]+(?:is|was)[ \t]|[ \t]*,[ \t]+[a-z]))"
)
_KINDS = {"place": Kind.PLACE, "org": Kind.ORGANISATION}


def or_alternatives(doc: Document) -> Iterator[Mention]:
    """ "X or Y" (or "X (aside) or sometimes Y or Z") read as one thing's names: a mention of X with
    each other name as a variant."""
    text = doc.text
    for hit in literal_hits(doc.lower, (" or ",)):
        # Most "or"s join common words: two capitals, before and after, are asked for first.
        at = hit + 8 if text.startswith("the ", hit + 4) else hit + 4
        if not (text[at : at + 1].isupper() or text.startswith(_ADVERBS, at)):
            continue
        last = text[max(0, hit - 40) : hit].rstrip(" \t")  # a citation is blanked before mining
        if not last or not (last[-1] in ")]" or _capital_before(last)):
            continue
        # "Buôn Ma Thuột (formerly Lạc Giao)[1] or sometimes ...": an aside before "or" is skipped.
        aside = _ASIDE_BEFORE.search(text, max(0, hit - 100), hit) if last[-1] in ")]" else None
        name_end = aside.start() if aside is not None else hit
        before = NAME_BEFORE.search(text, max(0, name_end - 80), name_end)
        # "Mai Thúc Loan  or Mai Huyền Thành": an unclosed parenthesis's "(" is blanked before mining.
        if before is None or text[before.end(1) : name_end].strip(" \t") not in ("", ","):
            continue
        first, start = trimmed_name(before.group(1), before.start(1))
        first, start = _undoubled(first, start)
        after = _NAME_AFTER.match(text, hit + 4)
        if not first or after is None:
            continue
        others, end = [after.group(1)], after.end(1)
        # "... or Buôn Mê Thuột or Ban Mê Thuột, is": more alternatives after the second.
        while (more := _NAME_AFTER.match(text, end)) is not None and more.group(0).lstrip(" \t,").startswith(
            "or"
        ):
            others.append(more.group(1))
            end = more.end(1)
        head = _HEAD_AFTER.match(text, end)
        shared = len(others) == 1 and head is not None and head.group(1) in PLACE_HEADS
        if shared:
            others, end = [f"{others[0]} {head.group(1)}"], head.end(1)
        others = [o for o in others if fold(o) != fold(first)]
        if not others or any(_pair_or_short(first, other) for other in others):
            continue
        kind = _kind(first, others)
        personal = kind is Kind.PERSON and len(others) == 1 and personal_name(others[0])
        if kind is None or not _one_thing(text, start, end, shared, kind, personal):
            continue
        for other in others:
            yield other_name_mention(doc, start, end, kind, first, other)


def _undoubled(name: str, start: int) -> tuple[str, int]:
    """A title run into a copied page's lead ("Hanoi Hanoi or Ha Noi"): the name once, the second
    copy, where the sentence opens."""
    words = name.split(" ")
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        second = " ".join(words[half:])
        return second, start + len(name) - len(second)
    return name, start


def _capital_before(last: str) -> bool:
    """Whether the last word of last (the text before " or") is capitalised."""
    return last[last.rfind(" ") + 1 :][:1].isupper()


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


def _kind(first: str, others: list[str]) -> Kind | None:
    """The kind the names have: the same head word kind (or one name's, the others having none), a
    gazetteer place among names of no head word, or a person's name and another (a ruler's title
    with a name)."""
    names = [first, *others]
    heads = {h for h in map(head_kind, names) if h is not None}
    if len(heads) > 1:
        return None
    if heads:
        return _KINDS.get(heads.pop())
    if len(others) == 1 and personal_name(first):
        words = others[0].split()
        if personal_name(others[0]) or len(words) > 1 and is_title(words[0]):
            return Kind.PERSON
    if any(map(gazetteer.is_place, names)):
        return Kind.PLACE
    return None


def _one_thing(text: str, start: int, end: int, shared: bool, kind: Kind, personal: bool) -> bool:
    """Whether the sentence treats the two names as one thing's (see the module's docstring);
    personal: two personal names, no title before the second."""
    if kind is Kind.PERSON:
        # With an apposition; "Lê Lợi, or Emperor Lê Thái Tổ, was a general" stays apart (round 6's
        # lead-chain test, "a title is no other name"; gold rules §10.10 would join a temple name).
        # Two personal names opening a lead are one person's: "Nguyễn Thuyên or Hàn Thuyên (1229–?)
        # was", "Mai Thúc Loan (or Mai Huyền Thành (梅玄成), self-proclaimed ..., was".
        return _APPOSITION.match(text, end) is not None or (
            personal and _opens_sentence(text, start) and _LEAD_AFTER.match(text, end) is not None
        )
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
