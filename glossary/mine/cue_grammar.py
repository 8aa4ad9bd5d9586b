"""One grammar of the cue words that tie a name to its rendering or to its name at another time.

The gloss readers used to carry closed lists of surface cues ("translated as", "modern-day"), and
every unseen part wrote a sibling the list lacked ("translates loosely as", "(modern Hanoi)"). The
grammar lists STEMS, not wordings: each stem's inflections are generated, an "-ly" adverb may stand
before or after the verb ("loosely translated as", "translates loosely as"), the joint word after
a verb is one of its own, and an article or an opening quote may stand before the name that
follows. A reader asks for a family's pattern and gets every sibling at once.
"""

from __future__ import annotations

import re

from glossary.mine.name_spans import LY_ADVERB

# A verb stem with the endings English gives it ("translate" -> translates, translated,
# translating): the e-final stems drop their e before "-ing" and "-ed".
_ENDINGS = ("", "s", "d", "ed", "ing")


def inflections(stem: str) -> tuple[str, ...]:
    """The written forms of an English verb stem: "mean" -> mean, means, meaning, meant;
    "translate" -> translate, translates, translated, translating; "call" -> call, calls, called,
    calling."""
    forms = {stem, stem + "s"}
    if stem in _IRREGULAR:
        forms |= {stem + "ing"}
    elif stem.endswith("e"):
        forms |= {stem + "d", stem[:-1] + "ing"}
    else:
        forms |= {stem + "ed", stem + "ing"}
    forms |= _IRREGULAR.get(stem, set())
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


# Past forms English does not make with "-ed".
_IRREGULAR = {"mean": {"meant"}}

# The rendering family: a verb stem and the joint words that may follow it ("translates to",
# "rendered into", "means"); "translation" and "rendering" are its nouns, written before a colon.
RENDERING_VERBS = {"mean": ("",), "translate": ("as", "to", "into"), "render": ("as", "into")}
RENDERING_NOUNS = ("translation", "rendering")

# Words that say when a name held: "(modern Hanoi)", "(present-day Huế)", "(today's Hanoi)",
# "(now Saigon)", "(then Tonkin)".
TIME_WORDS = ("modern-day", "modern", "present-day", "today's", "today", "now", "then", "current")

# The article or the opening quote that may stand between a cue and the name after it.
ARTICLE_OR_QUOTE = r"(?:(?:the|a|an)\s+)?[\"“‘']?"


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: -len(w)))


def rendering_cue() -> str:
    """The pattern text of a rendering cue with its joint word and optional "-ly" adverb before
    or after the verb: "meaning", "which means", "translates loosely as", "often rendered into",
    "translation:". The pattern ends after the joint (and a colon), before any space."""
    verbs = []
    for stem, joints in RENDERING_VERBS.items():
        forms = _alternation(inflections(stem))
        joint = _alternation([j for j in joints if j])
        tail = rf"(?:\s+{LY_ADVERB})?\s+(?:{joint})" if joint else ""
        if "" in joints and joint:
            tail = f"(?:{tail})?"
        verbs.append(rf"(?:{forms}){tail}")
    nouns = rf"(?:{_alternation(RENDERING_NOUNS)})(?=\s*:)"
    return rf"(?:(?:which|that)\s+)?(?:{LY_ADVERB}\s+)?(?:{'|'.join(verbs)}|{nouns})(?![\w-])\s*:?"


def time_cue() -> str:
    """The pattern text of a word saying when a name held ("modern", "present-day", "today's",
    "now", "then"), with an optional article or quote after it."""
    return rf"(?:{_alternation(TIME_WORDS)})\s+{ARTICLE_OR_QUOTE}"


RENDERING_CUE = re.compile(rendering_cue(), re.IGNORECASE)
# A segment that opens with a rendering cue: "translates loosely as "cake"".
RENDERING_OPENING = re.compile(rf"^{rendering_cue()}\s*", re.IGNORECASE)
# A segment that opens with a time word: "(modern Hanoi)" names the place at another time.
TIME_OPENING = re.compile(rf"^{time_cue()}", re.IGNORECASE)


def translate_cue() -> str:
    """The pattern text of the translate/render verbs with their joint and an "-ly" adverb before
    or after the verb: "translated as", "loosely translated as", "translates loosely as",
    "rendered into", "translating to"."""
    forms = _alternation(inflections("translate") + inflections("render"))
    return rf"(?:{LY_ADVERB}\s+)?(?:{forms})(?:\s+{LY_ADVERB})?\s+(?:as|to|into)(?![\w-])"


# The literal scans that find where a translate cue may start (cue_scan.find_cue).
TRANSLATE_ANCHORS = ("translat", "render")
