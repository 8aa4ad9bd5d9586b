"""A dictionary entry's layout (a Wiktionary page): the headword on the page's first line, a language
line, then under a part-of-speech line the sense lines, each an English rendering of the headword:

    bánh chưng                     (the headword)
    Vietnamese
    Etymology ...
    Noun                           (the part of speech)
    - (cooking) a square rice cake (a sense: "square rice cake" renders the headword)

A Synonyms list under a place's headword gives the place's other names ("- Vũng Thùng (colloquial)").
The layout alone says which side is English: the sense of a Vietnamese entry in an English
dictionary is English even when it is a loanword no English scorer knows ("pho").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind, VariantType
from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters

from . import gazetteer
from .documents import Document
from .lazy_patterns import LazyPattern
from .mentions import WORD, Mention, mention_at
from .script_patterns import HAN_CHARS

# The entry's head lines sit at the page's top; its first sense comes within a few dozen lines
# (etymology and pronunciation before it).
_SENSE_REACH = 40
# A headword is a few syllables: a page's first characters hold it (a one-line page is not copied).
_HEAD_REACH = 120
_MAX_HEADWORD_WORDS = 6
_MAX_SENSE_WORDS = 5

# The parts of speech a dictionary heads its senses with.
_PARTS_OF_SPEECH = frozenset(
    {
        "noun",
        "proper noun",
        "verb",
        "adjective",
        "adverb",
        "pronoun",
        "classifier",
        "numeral",
        "particle",
        "preposition",
        "conjunction",
        "interjection",
        "phrase",
        "idiom",
    }
)

# A wiki's section-edit link left before a heading or a line: "[edit]Etymology".
_EDIT = re.compile(r"^\[edit\][ \t]*")
# A sense's labels ("(military, of an army)") before it, its explanation ("(a soup made with ...)")
# or any clause after it: the rendering is the words between.
_LABELS = re.compile(r"^\((?:[^()]|\([^()]*\))*\)[ \t]*")
_ARTICLE = re.compile(r"^(?:a|an|the)[ \t]+", re.IGNORECASE)
_SENSE_END = re.compile(r"[(;:,.]")


def _lines(text: str, count: int) -> list[tuple[int, str]]:
    """(start, line without its edit link) of the first count non-blank lines."""
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text) and len(out) < count:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        raw = text[pos:end]
        line = _EDIT.sub("", raw.strip())
        if line:
            out.append((pos + raw.find(line), line))
        pos = end + 1
    return out


def _headword(line: str) -> bool:
    """A line that is a Vietnamese word or name and nothing else: a few syllables."""
    words = line.split()
    return 1 <= len(words) <= _MAX_HEADWORD_WORDS and all(is_syllable(w) for w in words)


def _rendering(sense: str) -> str:
    """The English words a sense line gives: labels, article and explanation cut ("- (military)
    a general" -> "general"; "- pho (a soup ...)" -> "pho"), else ""."""
    body = _ARTICLE.sub("", _LABELS.sub("", sense[1:].strip()))
    cut = _SENSE_END.search(body)
    words = (body[: cut.start()] if cut else body).split()
    # A sense written in Vietnamese letters is a cross-reference ("Hóc Môn (a district of ...)").
    if not 1 <= len(words) <= _MAX_SENSE_WORDS or not all(w.isascii() and WORD.fullmatch(w) for w in words):
        return ""
    return " ".join(words)


def _synonyms(lines: list[tuple[int, str]], at: int) -> Iterator[tuple[int, str]]:
    """(start, name) of each "- X (register)" line of the Synonyms list opening at lines[at]."""
    for start, line in lines[at + 1 :]:
        if not line.startswith("- "):
            return
        name = line[2:].split(" (", 1)[0].strip()
        if name[:1].isupper() and _headword(name):
            yield start + line.index(name), name


def extract_dictionary_entry(doc: Document) -> Iterator[Mention]:
    """The headword's rendering its first sense line gives, and the other names its Synonyms list
    gives a place, when the page is a dictionary entry."""
    # Most pages open on a title or a sentence: the first line alone turns them down.
    first = _lines(doc.text[:_HEAD_REACH], 1)
    if not first or not _headword(first[0][1]):
        yield from _headless_entry(doc)
        return
    lines = _lines(doc.text, _SENSE_REACH)
    start, headword = lines[0]
    # The Vietnamese section: an entry may give the word's English uses first ("Đà Nẵng" / "English"
    # / ... / "Vietnamese"), whose senses are no renderings.
    section = next((i for i, (_, line) in enumerate(lines) if line == "Vietnamese"), None)
    if section is None:
        return
    sensed = False
    for at in range(section + 1, len(lines) - 1):
        line = lines[at][1]
        if line == "Synonyms":
            # Another name of the place the headword names ("- Vũng Thùng (colloquial)").
            places = gazetteer.lookup(headword)
            for name_start, name in _synonyms(lines, at) if places else ():
                yield mention_at(
                    doc,
                    name_start,
                    name_start + len(name),
                    kind=Kind.PLACE,
                    vi=headword,
                    variants=[(name, VariantType.OTHER)],
                    confidence=0.75,
                    origin="name",
                )
            continue
        if sensed or line.lower() not in _PARTS_OF_SPEECH:
            continue
        # The first part of speech's first sense only: later ones are narrower senses.
        sensed = True
        yield from _first_sense(doc, lines, at, start, headword)


def _first_sense(
    doc: Document, lines: list[tuple[int, str]], at: int, start: int, headword: str
) -> Iterator[Mention]:
    """The pair the sense line after the part of speech at lines[at] gives the headword at start;
    the entry's headword line ("nước • (渃)", "(classifier cái) bánh tây • (餅西)") may stand
    between the two."""
    after = at + 1
    if after + 1 < len(lines) and _repeats_headword(lines[after][1], headword):
        after += 1
    sense = lines[after][1]
    en = _rendering(sense) if sense.startswith("- ") else ""
    if en and en.lower() != headword.lower():
        yield mention_at(
            doc,
            start,
            start + len(headword),
            kind=Kind.TERM,
            vi=headword,
            en=en,
            confidence=0.7,
            origin="gloss",
        )


# A dictionary's headword line under the part of speech: its labels ("(classifier chiếc, cái)"),
# the headword, a bullet and the word's Hán characters: "bánh tây • (餅西)".
_HEAD_LINE = LazyPattern(rf"^(?:\([^()]*\)[ \t]*)?(?P<head>[^•()]+?)[ \t]*•[ \t]*\([{HAN_CHARS}]+\)$")


def _repeats_headword(line: str, headword: str) -> bool:
    """Whether a line is the entry's headword line: the headword alone, or in the head-line shape."""
    found = _HEAD_LINE.match(line)
    head = found.group("head") if found else line
    return head.strip().lower() == headword.lower()


def _headless_entry(doc: Document) -> Iterator[Mention]:
    """A dictionary entry whose copy lost its headword and language lines (a mirror keeps the
    senses only): a part of speech, then the head-line shape with Hán characters, which only a
    Vietnamese entry writes with a word of syllables, then the senses."""
    lines = _lines(doc.text, _SENSE_REACH)
    for at in range(len(lines) - 2):
        if lines[at][1].lower() not in _PARTS_OF_SPEECH:
            continue
        line_start, line = lines[at + 1]
        found = _HEAD_LINE.match(line)
        if found is None or not _headword(found.group("head")) or not has_vi_letters(found.group("head")):
            return
        head = found.group("head").strip()
        yield from _first_sense(doc, lines, at, line_start + found.start("head"), head)
        return
