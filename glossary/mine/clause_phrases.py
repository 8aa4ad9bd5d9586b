"""English phrases read forward that close a clause: a lower-case noun phrase ("a conical
palm-leaf hat,"), the class an indefinite appositive names ("a kind of fruit preserve that ..."),
a capitalised name; and the participle that opens a description ("made from ...") rather than a
rendering.
"""

from __future__ import annotations

import re

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS

from .lexicon import language_names
from .phrases import Phrase

_CONTENT_WORDS = re.compile(
    r"[ \t]*((?:[^\W\d_]+(?:-[^\W\d_]+)*)(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*){0,5})(?=[ \t]*[,.;)])"
)


def noun_phrase_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    """Up to six lower-case content words from start that close the clause ("conical palm-leaf
    hat,"), or None."""
    match = _CONTENT_WORDS.match(text, start, ceiling)
    if match is None:
        return None
    words = match.group(1).split()
    # "a Vietnamese baguette sandwich": a nationality is the phrase's one capitalised word.
    if any(
        w[0].isupper() and w.lower() not in language_names() or w.lower() in ENGLISH_FUNCTION_WORDS
        for w in words
    ):
        return None
    if words[0][0].isupper() and len(words) == 1:
        return None
    return Phrase(match.group(1), match.start(1), match.end(1))


_CONTENT = r"[a-z][a-z]*(?:-[a-z]+)*"
# "a kind of fruit preserve that ...", "a condiment based on fish sauce.": the class an appositive
# names, after "kind of" (ended by a relative word or a participle) or with one participle and its
# prepositional phrase closing the clause.
_KIND_OF = re.compile(
    rf"(?:kind|type|sort|variety|form)[ \t]+of[ \t]+(?P<kind>{_CONTENT}(?:[ \t]+{_CONTENT}){{0,3}})"
    rf"(?=[ \t]*[,.;)]|[ \t]+(?:that|which|made|used|eaten|served|similar|like|with|from)\b)"
)
_CLASS_ENDS = frozenset({"that", "which", "with", "from", "like"})
_PARTICIPLES = frozenset({"based", "made", "served", "eaten", "used", "cooked"})
_PARTICIPLE_LINKS = frozenset("from with of in by using as for on at".split())


def how_made(words: list[str]) -> bool:
    """ "made from black turtle beans", "served with herbs": a participle and its preposition open
    a description ("cooked rice served at meals" is a noun phrase: the participle qualifies it)."""
    return len(words) > 1 and words[0].lower() in _PARTICIPLES and words[1].lower() in _PARTICIPLE_LINKS


_CLASS_WITH_TAIL = re.compile(
    rf"(?P<head>{_CONTENT}(?:[ \t]+{_CONTENT}){{0,2}}[ \t]+(?:based|made|served|eaten|used|cooked)[ \t]+"
    rf"(?:on|from|with|of|in|for)[ \t]+{_CONTENT}(?:[ \t]+{_CONTENT}){{0,2}})(?=[ \t]*[,.;)])"
)


def class_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    """The class an indefinite appositive names when it is more than a bare noun phrase: "a kind of
    fruit preserve that ..." gives "fruit preserve", "a condiment based on fish sauce." the whole
    phrase; every word of it in lower case and no function word but the participle's preposition."""
    match = _KIND_OF.match(text, start, ceiling)
    group = "kind"
    if match is None:
        match, group = _CLASS_WITH_TAIL.match(text, start, ceiling), "head"
    if match is None:
        return None
    words = match.group(group).split()
    if group == "kind":
        # "a kind of fruit preserve that looks like jam": the class ends at the relative word.
        cut = next((i for i, w in enumerate(words) if w in ENGLISH_FUNCTION_WORDS), len(words))
        if cut == 0 or cut < len(words) and words[cut] not in _CLASS_ENDS:
            return None
        kind = " ".join(words[:cut])
        return Phrase(kind, match.start(group), match.start(group) + len(kind))
    at = next(i for i, w in enumerate(words) if w in _PARTICIPLES)
    # The participle and its preposition are the phrase's own function words.
    if any(w in ENGLISH_FUNCTION_WORDS for w in words[:at] + words[at + 2 :]):
        return None
    return Phrase(match.group(group), match.start(group), match.end(group))


_CAP_WORD = r"[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NAME_AHEAD = re.compile(rf"(?:the[ \t]+)?({_CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{_CAP_WORD})*)")


def name_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    """A capitalised name from start (an article before it skipped) that closes the clause."""
    match = _NAME_AHEAD.match(text, start, ceiling)
    if match is None or not closes_clause(text, match.end(1)):
        return None
    after = text[match.end(1) : match.end(1) + 3].lstrip(" \t")[:1]
    if match.group(1).lower() in language_names() and after.islower():
        return None  # "or Vietnamese spring rolls": a nationality before a common noun, no name
    return Phrase(match.group(1), match.start(1), match.end(1))


def closes_clause(text: str, end: int) -> bool:
    """Whether a name ending at end is followed by punctuation, a line end or a lower-case word."""
    rest = text[end : end + 3].lstrip(" \t")
    return not rest or rest[0] in '.,;:!?)\n"”’' or rest[0].islower()
