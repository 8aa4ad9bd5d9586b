"""One page's name written with one letter off: "arrested in Ho Chi Ming City" beside "Ho Chi Minh
City police", "Cao Bao Quat was appointed" beside "Cao Bá Quát". The odd spelling (a slip or an older
romanisation) is a spelling variant of the name the page writes, not a name of its own (gold rules
§2, `spelling`).

One letter also tells names apart: "Quảng Bình" and "Quảng Ninh", "Lê Tân" and "Lê Tác", "Lê Tương"
and "Le Tung" (two princes of one list). So the test asks for what a slip looks like: a name of three
or more words (in a two-word name the given name is all that sets two brothers apart), all the same
but one, that one differing by a single letter added, dropped, changed or two swapped, not its first,
and written without marks on one side at least (a page that marks both words chose each letter). A
person's given name is left out too: sisters share "Lê Thị" and may differ in one letter after it
("Hoa" and "Hoài"), where a slip in the family or middle name ("Pham Van Khai" for "Phan Văn Khải")
leaves the person's own name whole.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from glossary.model import Kind, VariantType

from .gazetteer import is_place
from .mentions import Mention, fold
from .tally import Tally

_NAME_KINDS = (Kind.PERSON, Kind.PLACE, Kind.ORGANISATION)


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two different folded words differ by one letter added, dropped or changed, or by
    two neighbours swapped ("minh"/"ming", "ba"/"bao", "ngueyn"/"nguyen")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[i:] == long[i + 1 :]


def _slip(a: str, b: str) -> bool:
    """Whether the folded words a and b look like one word with a slip."""
    if a[0] != b[0] or max(len(a), len(b)) < 3:
        return False  # "Bình" and "Ninh" are two names; so are "Lê" and "Lý"
    return a.isalpha() and b.isalpha() and one_letter_apart(a, b)


def _form(mention: Mention) -> str:
    """The one name a name mention gives, else "" (a pair, a short form, a term)."""
    if mention.kind not in _NAME_KINDS or mention.abbr or bool(mention.vi) == bool(mention.en):
        return ""
    return mention.vi or mention.en


def misspelt(tallies: list[Tally]) -> list[tuple[int, int]]:
    """(odd, kept) indices of the tallies whose one name is another's with a slip on one page.

    The tallies are taken by spelling, folded: "Lê Văn Tác" and "Le Van Tac" are one name, and a
    spelling whose word the page also marks ("Lê Văn Tác") is no slip of "Lê Văn Tân". The odd
    spelling is the one written less often, else the one without marks in the word, else the one
    no gazetteer knows, else the later."""
    spellings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    words: dict[int, list[str]] = {}
    for i, t in enumerate(tallies):
        form = _form(t.mention)
        if form.count(" ") < 2:
            continue  # three words at least (see the module's docstring)
        words[i] = form.split()
        spellings[tuple(fold(w) for w in words[i])].append(i)
    slots: dict[tuple[int, tuple[str, ...]], list[tuple[str, ...]]] = defaultdict(list)
    for folded in spellings:
        for at in range(len(folded)):
            slots[(at, folded[:at] + folded[at + 1 :])].append(folded)
    found: dict[int, int] = {}
    for (at, _), names in slots.items():
        if len(names) < 2:
            continue  # the common case: no other name with all words but this one alike
        for n, a in enumerate(names):
            for b in names[n + 1 :]:
                if not _slip(a[at], b[at]):
                    continue
                pages_b = _by_page(tallies, spellings[b])
                for path, one in _by_page(tallies, spellings[a]).items():
                    if path in pages_b:  # a slip is told on the page that writes the name right
                        _join(tallies, words, at, one, pages_b[path], found)
    return sorted(found.items())


def _join(
    tallies: list[Tally],
    words: dict[int, list[str]],
    at: int,
    one: list[int],
    other: list[int],
    found: dict[int, int],
) -> None:
    """Record the odd spelling of one page's two (one and other, their word at differing by a slip)
    as a variant of the other, unless the page tells them apart."""
    if at == len(words[one[0]]) - 1 and any(tallies[i].mention.kind is Kind.PERSON for i in (*one, *other)):
        return  # a given name: "Lê Thị Hoa" and her sister "Lê Thị Hoài"
    bare_one = all(words[i][at].isascii() for i in one)
    bare_other = all(words[i][at].isascii() for i in other)
    if not (bare_one or bare_other):
        return  # the page marks both words: it chose each letter
    if _odd(tallies, one, other, bare_one, bare_other):
        one, other = other, one
    for i in other:
        found.setdefault(i, one[0])


def _by_page(tallies: list[Tally], members: list[int]) -> dict[str, list[int]]:
    """The tallies of one spelling by the pages that write them."""
    pages: dict[str, list[int]] = defaultdict(list)
    for i in members:
        for path in {path for _, path, _ in tallies[i].sources}:
            pages[path].append(i)
    return pages


def _odd(tallies: list[Tally], one: list[int], other: list[int], bare_one: bool, bare_other: bool) -> bool:
    """Whether the spelling one is the odd one of the two (else other is)."""
    weight_one = sum(tallies[i].weight for i in one)
    weight_other = sum(tallies[i].weight for i in other)
    if weight_one != weight_other:
        return weight_one < weight_other
    if bare_one != bare_other:
        return bare_one
    known_one = is_place(_form(tallies[one[0]].mention))
    if known_one != is_place(_form(tallies[other[0]].mention)):
        return not known_one
    return one[0] > other[0]


def as_spelling(t: Tally) -> Tally:
    """The odd spelling's tally, its name given as a spelling variant only: the entry's preferred
    forms stay the page's own spelling."""
    m = t.mention
    form = m.vi or m.en
    mention = replace(m, vi="", en="", variants=[(form, VariantType.SPELLING), *m.variants])
    return Tally(mention, t.first, t.weight, t.count, list(t.sources), list(t.contexts))
