"""The names around a cue for another name: the patterns of a name before and after it, a list
of names, the kind two names share, and the mention that records one as another name of the other
(shared by renames.py and the readers it calls, subject_names.py, stated_names.py and others)."""

from __future__ import annotations

import re

from glossary.model import Kind, VariantType
from glossary.text import is_syllable
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word

from . import gazetteer
from .documents import Document
from .lead import CAP_WORD
from .lexicon import is_family_name
from .mentions import Mention, mention_at
from .names.words import head_kind, is_title

NAME = rf"{CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{CAP_WORD})*"
# A name that may hold the dash of a province's two names ("Bà Rịa–Vũng Tàu", "Phan Rang–Tháp Chàm"):
# an unspaced dash between two capitalised words; a spaced one (" – ") is punctuation.
DASHED_NAME = (
    rf"{CAP_WORD}(?:[–-]{CAP_WORD})*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{CAP_WORD}(?:[–-]{CAP_WORD})*)*"
)
# The subject before a cue ("Phan Rang–Tháp Chàm, commonly known as Phan Rang"): whole across the dash.
NAME_BEFORE = re.compile(rf"({DASHED_NAME})[ \t]*,?[ \t]*$")
NAME_BEFORE_CUE = re.compile(rf"({NAME})")
# A list of other names after the first: "named An Quoc (Pacification of the Realm) and Tran Bac
# (Guardian of the North)", "called Thaeng, Muang Then or Mường Thanh".
_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
# "renamed Thuận Hóa in 1306, and later Phú Xuân": a year after a name, an adverb of time before
# the next one.
_YEAR_AFTER = re.compile(r"[ \t]+(?:in|from)[ \t]+\d{3,4}\b")
_NEXT_IN_LIST = re.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
    r"(?:(?:later|then|subsequently|finally|afterwards)[ \t]+"
    r"(?:(?:renamed|called|named)[ \t]+)?(?:to[ \t]+)?)?"
    r"(?:the[ \t]+)?"
)
# "spelled Langson, Lang-Son, or sometimes Langland": an adverb of frequency before the next name.
_FREQUENCY = ("sometimes ", "occasionally ", "often ", "also ", "more rarely ")
# "spelled Đắc Lắc, which is more in keeping with Vietnamese spelling, and occasionally Darlac": a
# relative clause on the name before the next, closed by a comma (read with string methods: these
# cues are rare, and a pattern would be compiled at every start).
_RELATIVE = (", which is ", ", which was ")
_NOT_IN_CLAUSE = ".;:()\n"


def _after_relative_clause(text: str, pos: int) -> int:
    """Where a relative clause at pos (", which is ...,") ends, before its closing comma; else pos."""
    if not text.startswith(_RELATIVE, pos):
        return pos
    start = text.index(" ", pos + 9) + 1
    end = text.find(",", start + 1, start + 62)
    if end < 0 or any(c in _NOT_IN_CLAUSE for c in text[start:end]):
        return pos
    return end


# "The city is nicknamed the "Western Metropolis"": the name may be quoted.
NEXT_NAME = re.compile(rf"(?:the[ \t]+)?[\"“‘']?({DASHED_NAME})")
# An adverb before a naming verb, as a grammatical class ("posthumously known as", "informally
# called", "simply called"): a lower-case "-ly" word; is_ly_adverb tells an adverb from a noun such
# as "family" or "assembly".
LY_ADVERB = r"(?-i:[a-z]{2,}ly)"


def is_ly_adverb(word: str) -> bool:
    """An English "-ly" adverb made from an adjective: "officially" (official), "simply" (simple),
    "easily" (easy), "specifically" (specific); not "family", "holy", "Italy"."""
    if not (word.islower() and word.endswith("ly") and len(word) > 4):
        return False
    stem = word[:-2]
    stems = [stem, stem[:-1] + "y", word[:-1] + "e"] + ([word[:-4]] if word.endswith("ally") else [])
    return any(is_english_word(w) for w in stems)


# Units a parenthesis names to say where a place is ("Hoi An (Quang Nam)", "Hue (Vietnam)").
LOCATING_UNITS = frozenset({"country", "tỉnh", "thành phố"})


def shared_kind(old: str, new: str) -> Kind | None:
    """The kind both names have by their head words, or None when they differ or have none."""
    a, b = head_kind(old), head_kind(new)
    if a != b or a not in ("org", "place"):
        return None
    return Kind.ORGANISATION if a == "org" else Kind.PLACE


def kind_alone(name: str, former: str) -> Kind | None:
    """The kind of a name whose former name has no head word of its own ("Saigon")."""
    if head_kind(former) is not None:
        return None
    return {"org": Kind.ORGANISATION, "place": Kind.PLACE}.get(head_kind(name) or "")


# Words that make a place's name the name of a part of it ("Northern Vietnam", "Upper Laos").
_COMPASS = frozenset("northern southern eastern western central north south east west upper lower".split())


def is_region(name: str) -> bool:
    """A part of a known place, named by a compass word before it ("Northern Vietnam", "Central
    Laos"): a place, though the whole is in no gazetteer and has no head word."""
    first, _, rest = name.partition(" ")
    return first.lower() in _COMPASS and bool(rest) and gazetteer.is_place(rest)


def personal_name(name: str) -> bool:
    """Two to four Vietnamese syllables opening with a family name, and no country, province or
    city (many wards bear a person's name: "Lê Lợi")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and is_family_name(words[0])
        and all(w[:1].isupper() and is_syllable(w) for w in words)
        and not any(p.unit in LOCATING_UNITS for p in gazetteer.lookup(name))
    )


def names_listed(text: str, first: re.Match[str]) -> list[tuple[str, int]]:
    """The name matched by first (group 1) and those listed after it, each after its own aside
    ("named An Quoc (Pacification of the Realm) and Tran Bac (Guardian of the North)"), with where
    each ends."""
    found = [(first.group(1), first.end(1))]
    pos = first.end(1)
    while len(found) < 8:
        aside = _ASIDE.match(text, pos) or _YEAR_AFTER.match(text, pos)
        pos = aside.end() if aside else _after_relative_clause(text, pos)
        sep = _NEXT_IN_LIST.match(text, pos)
        at = sep.end() if sep else pos
        if sep and text.startswith(_FREQUENCY, at):
            at += next(len(word) for word in _FREQUENCY if text.startswith(word, at))
        more = NEXT_NAME.match(text, at) if sep else None
        if more is None or is_english_word(more.group(1)) or is_title(more.group(1).split()[0]):
            break
        if more.group(1).endswith(("'s", "’s")):
            break  # "called Kinh Xình, Kinh Xình's house was ...": an owner opens the next clause
        found.append((more.group(1), more.end(1)))
        pos = more.end(1)
    return found


def trimmed_name(name: str, start: int) -> tuple[str, int]:
    """A name without the function words a sentence opens with ("The", "When") and without the
    possessive of another name before it ("in Chicago's West Argyle Street Historic District": the
    district's name opens after the owner's)."""
    words = name.split(" ")
    while words and (
        words[0].lower() in ENGLISH_FUNCTION_WORDS or len(words) > 1 and words[0].endswith(("'s", "’s"))
    ):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def mention_side(name: str) -> dict[str, str]:
    """The name as a mention's vi (Vietnamese syllables with Vietnamese letters) or en."""
    words = name.replace("–", " ").replace("-", " ").split()
    vietnamese = has_vi_letters(name) and all(is_syllable(w) for w in words)
    return {"vi": name} if vietnamese else {"en": name}


def other_name_mention(
    doc: Document, start: int, end: int, kind: Kind, name: str, other: str | None
) -> Mention:
    """A mention of `name` at start:end that carries `other` as another name of it (shared with the
    page-subject cues of subject_names.py); without `other`, a mention of the name of that kind."""
    return mention_at(
        doc,
        start,
        end,
        kind=kind,
        variants=[(other, VariantType.OTHER)] if other else [],
        confidence=0.7,
        origin="name",
        **mention_side(name),
    )
