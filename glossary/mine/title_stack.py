"""A page's name stacked at the top of its infobox: the English title line, the native name on the
next line, sometimes the native name's translation after it:

    Vietnam News Agency            Phú Quốc District
    Thông tấn xã Việt Nam                                   (a blank line may stand between)
                                   Huyện đảo Phú Quốc
                                   Phú Quốc Island District

The Vietnamese line is the native name; the English line after it (when it shares a proper name's
word) is its rendering, else the English line before it is; the other English line is a variant.
A quoted English line under the native name is its word-by-word meaning, a term pair:

    Đồng Tháp
    "Bronze Tower"
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind, VariantType
from glossary.text import fold, is_syllable
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, en_score, english_words, has_vi_letters

from .cue_grammar import MEANING_CUED
from .documents import Document
from .infobox import name_kind
from .lexicon import is_family_name
from .mentions import WORD, Mention, mention_at
from .names.words import head_kind
from .phrases import Phrase, is_en

# Infoboxes open a page: only its first lines are read, so a long text costs nothing more.
_TOP_LINES = 40
_MAX_VI_WORDS = 12
_MAX_EN_WORDS = 8


# A name line is short; a longer line (a paragraph) is kept as an empty stand-in, never copied.
_MAX_LINE = 100


def _lines(text: str) -> list[tuple[int, str]]:
    """(start, stripped line) of the first _TOP_LINES non-blank lines; "" for a long line."""
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text) and len(out) < _TOP_LINES:
        end = text.find("\n", pos, pos + _MAX_LINE + 1)
        if end < 0:
            end = text.find("\n", pos)
            out.append((pos, ""))
            pos = len(text) if end < 0 else end + 1
            continue
        line = text[pos:end].strip()
        if line.endswith("|"):
            line = _cell(line)
        if line and not (line[0] in _RULE and not line.strip(_RULE)):
            out.append((pos + text[pos:end].find(line), line))
        pos = end + 1
    return out


# A mirror's infobox flattened into a table: "Temple of Confucius | |", "---|---|", "Văn Miếu | |";
# a rule row is made of these characters only.
_RULE = "-:| \t"


def _cell(line: str) -> str:
    """A table row's only filled cell ("Văn Miếu | |" -> "Văn Miếu"): the line the others are
    empty beside; a row with two filled cells ("Formation | July 2000 |") is left whole."""
    first = line.rstrip("| \t")
    return first if "|" not in first else line


def _native(line: str) -> bool:
    """A line that is a Vietnamese name and nothing else: capitalised syllables, a Vietnamese letter."""
    if not line[:1].isupper() or not has_vi_letters(line):
        return False
    words = line.split()
    return 2 <= len(words) <= _MAX_VI_WORDS and all(is_syllable(w) for w in words)


def _english_name(line: str) -> bool:
    """A line that is an English name: title-case words, read as English."""
    words = WORD.findall(line)
    # One word is a menu's or a site's ("Research", "Vietnam"), not a name the box is about.
    if not 2 <= len(words) <= _MAX_EN_WORDS or len(words) != len(line.split()):
        return False
    small = {"of", "the", "and", "for"}
    return all(w[0].isupper() or w in small for w in words) and is_en(Phrase(line, 0, 0))


def _third_language(line: str) -> bool:
    """A line none of whose words is English or a Vietnamese syllable: a name in a third language
    ("Archidioecesis Metropolitae Hanoiensis", a box's Latin line between the English and the
    native ones), no rendering of the native line."""
    known = english_words()
    return not any(
        fold(w) in known or w.lower() in ENGLISH_FUNCTION_WORDS or is_syllable(w) for w in WORD.findall(line)
    )


# A note after a list's name: "(POW)", "(DOW)", "(executed)".
_NOTE = re.compile(r"[ \t]*\([^()]*\)$")


def _other_name(english: str, vi: str) -> bool:
    """Whether the English line is no rendering of the native line vi but a cell of a box's list:
    two cells run together with two blanks between ("Trần Văn An  Executed", a name and its
    fate), a Vietnamese full name without marks that is not the native line's, or, with no head
    word, a word with Vietnamese letters the native line does not hold (another person's name:
    "Trần Văn An" over "Lê Văn Bình"). A title's own Vietnamese words are
    the native line's ("Kiên Giang Province" over "Tỉnh Kiên Giang"), or it is a place's other
    name with its head ("Côn Sơn District" over "Huyện Côn Đảo")."""
    if "  " in english or "\t" in english:
        return True
    bare = _NOTE.sub("", english).split()
    if (
        len(bare) >= 2
        and is_family_name(bare[0])
        and all(is_syllable(w) for w in bare)
        and not head_kind(english)
    ):
        # "Phan Thanh Tong (POW)" over "Hoàng Kế Viêm": a Vietnamese full name without its marks
        # (and a note) is another man of a list, unless it is the native line's own respelling
        # ("Ha Long Bay", with its head word, is a place's name).
        return fold(" ".join(bare)) != fold(vi)
    own = {fold(w) for w in vi.split()}
    other = any(has_vi_letters(w) and fold(w) not in own for w in english.split())
    return other and head_kind(english) is None


def _listed(lines: list[tuple[int, str]], at: int) -> bool:
    """Whether the native line at stands in a box's list of names, one a line: the two lines after
    it are native names too ("Lê Văn An" / "Trần Văn Bình" / "Phạm Văn Cường" under
    "Commanders"). A title stack has one native line, at most a place's seat under it ("Tỉnh
    Kiên Giang" / "Rạch Giá"); a pair never crosses a list's line break."""
    return at + 2 < len(lines) and _native(lines[at + 1][1]) and _native(lines[at + 2][1])


def _name_with_generic(english: str, vi: str) -> bool:
    """Whether english is the native line's name with an English generic after it, in lower case
    ("Châu Thành district" over "Huyện Châu Thành"): the title of a box whose native line puts the
    Vietnamese generic first. The name's own letters may be Vietnamese, so no English test."""
    words = english.split()
    if not 2 <= len(words) <= _MAX_EN_WORDS or not words[-1].islower() or head_kind(words[-1]) is None:
        return False
    name = " ".join(words[:-1])
    if not all(w[:1].isupper() for w in words[:-1]):
        return False
    bare, whole = fold(name), fold(vi)
    return whole.endswith(" " + bare) and whole != bare


def _with_head(english: str, vi: str) -> bool:
    """Whether english is vi with a head word or two after it ("Phú Quốc Island District")."""
    bare, whole = fold(vi), fold(english)
    return (
        whole.startswith(bare + " ")
        and len(whole[len(bare) :].split()) <= 2
        and head_kind(english) is not None
    )


# Words a name's line may end with when the name goes on on the next line ("Ministry of" /
# "Industry and Trade"): the box wraps a long title.
_CONNECTORS = ("of", "and", "for", "the")


def _joined_before(lines: list[tuple[int, str]], at: int) -> str:
    """The English line before the native line at, with the line before it when that one ends in a
    connector ("Ministry of" + "Industry and Trade"): never the title's second half alone, a title
    cut in half names nothing."""
    before = lines[at - 1][1]
    if at < 2 or lines[at - 2][1].rsplit(" ", 1)[-1] not in _CONNECTORS:
        return before
    return lines[at - 2][1] + " " + before


# A line that is one quotation and nothing else: '"Bronze Tower"'.
_QUOTED = re.compile(r'["“](?P<en>[^"“”]{2,60})["”]')


def _quoted_meaning(line: str) -> str:
    """The English inside a line that is only a quotation, else "" (a motto's own line is read by
    the box's motto field, a caption is never quoted)."""
    found = _QUOTED.fullmatch(line)
    if found is None:
        return ""
    en = found.group("en").strip()
    words = WORD.findall(en)
    if not words or has_vi_letters(en) or en_score(words) < 0.5:
        return ""
    return en


def extract_title_stack(doc: Document) -> Iterator[Mention]:
    lines = _lines(doc.text)
    for at in range(1, len(lines)):
        start, vi = lines[at]
        if not _native(vi):
            continue
        meaning = _quoted_meaning(lines[at + 1][1]) if at + 1 < len(lines) else ""
        if meaning:
            # The name's meaning, not another name of the place: a term pair that joins no place
            # (docs/gold-rules.md §10.8), as a meaning cue's does.
            yield mention_at(
                doc,
                start,
                start + len(vi),
                kind=Kind.TERM,
                vi=vi,
                en=meaning,
                flags=[MEANING_CUED],
                confidence=0.75,
                origin="gloss",
            )
            continue
        if _listed(lines, at):
            continue
        before = _joined_before(lines, at)
        after = lines[at + 1][1] if at + 1 < len(lines) else ""
        names = {fold(w) for w in vi.split() if w[0].isupper()} - {fold(vi.split()[0])}
        # The translation line ends with its head word ("... Island District"); a field line that
        # only repeats a name ("Leader Ho Chi Minh") does not.
        translated = (
            _english_name(after)
            and head_kind(after) is not None
            and bool(names & {fold(w) for w in after.split()})
        )
        # A Latin line between the English and the native ones ("Archidioecesis Metropolitae
        # Hanoiensis") holds no English word: no rendering of the native line.
        titled = (_english_name(before) and not _third_language(before)) or _name_with_generic(before, vi)
        english = [line for line, ok in ((after, translated), (before, titled)) if ok]
        # "Phú Quốc" / "Phú Quốc District": a map's label over its caption, the bare name and the
        # same name with a head word, is no rendering (the district's native name has its generic).
        english = [
            e
            for e in dict.fromkeys(english)
            if fold(e) != fold(vi) and not _with_head(e, vi) and not _other_name(e, vi)
        ]
        if not english:
            continue
        yield mention_at(
            doc,
            start,
            start + len(vi),
            kind=name_kind(english[0]),
            vi=vi,
            en=english[0],
            variants=[(e, VariantType.OTHER) for e in english[1:]],
            confidence=0.75,
            origin="gloss",
        )
