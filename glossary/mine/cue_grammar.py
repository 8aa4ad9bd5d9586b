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
from functools import cache

from glossary.mine.lead import PLACE_NOUNS
from glossary.mine.lexicon import language_names
from glossary.mine.name_spans import LY_ADVERB
from glossary.text import fold
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, is_english_word

# A verb stem with the endings English gives it ("translate" -> translates, translated,
# translating): the e-final stems drop their e before "-ing" and "-ed".
_ENDINGS = ("", "s", "d", "ed", "ing")


def inflections(stem: str) -> tuple[str, ...]:
    """The written forms of an English verb stem: "mean" -> mean, means, meaning, meant;
    "translate" -> translate, translates, translated, translating; "call" -> call, calls, called,
    calling."""
    forms = {stem, stem + "s"}
    if stem in _IRREGULAR:
        pass  # its own forms below
    elif stem.endswith("e"):
        forms |= {stem + "d", stem[:-1] + "ing"}
    else:
        forms |= {stem + "ed", stem + "ing"}
    forms |= _IRREGULAR.get(stem, set())
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


# Forms English does not make with "-ed" and "-ing" alone: a past without "-ed", a doubled consonant.
_IRREGULAR = {"mean": {"meant", "meaning"}, "dub": {"dubbed", "dubbing"}}

# The rendering family: a verb stem and the joint words that may follow it ("translates to",
# "rendered into", "means"); "translation" and "rendering" are its nouns, written before a colon.
RENDERING_VERBS = {"mean": ("",), "translate": ("as", "to", "into"), "render": ("as", "into")}
RENDERING_NOUNS = ("translation", "rendering")

# Words that say when a name held: "(modern Hanoi)", "(present-day Huế)", "(today's Hanoi)",
# "(now Saigon)", "(then Tonkin)".
TIME_WORDS = ("modern-day", "modern", "present-day", "today's", "today", "now", "then", "current")

# The adverbs a naming verb takes ("also known as", "then called", "formerly named", "officially
# called"): a few words of time and degree, and any "-ly" adverb (name_spans.is_ly_adverb tells an
# adverb from "family" or "assembly").
NAMING_ADVERBS = (
    "formerly", "previously", "once", "originally", "also", "better", "best", "sometimes", "often",
    "then", "later", "commonly", "popularly",
    # Time phrases that stand where "then" does: "(at the time known as Nguyễn Ái Quốc)".
    "at the time", "at that time",
)  # fmt: skip

# The words that make "name" a naming noun ("courtesy name", "birth name", "temple name"): a
# person's or a ruler's names of other kinds and times, and the words that say which of them is the
# true one ("real name", "original name").
NAMING_NOUN_MODIFIERS = (
    "birth", "courtesy", "pen", "art", "temple", "era", "regnal", "posthumous", "personal",
    "childhood", "dharma", "religious", "real", "original", "true", "given", "full", "former",
    "maiden", "stage", "monastic", "family",
)  # fmt: skip


def naming_noun() -> str:
    """The pattern text of a naming noun with its modifier, in lower case or capitalised: "courtesy
    name", "Birth name", "real name"."""
    return rf"(?:{_alternation(NAMING_NOUN_MODIFIERS, capitalised=True)})[ \t]+name"


# Nouns that are a name of another kind on their own, with no "name" after a modifier: a hyphen
# stands for a hyphen, a space or nothing ("pen-name", "pen name"; "nom de guerre" as the French
# write it or hyphenated).
NAMING_NOUNS = (
    "nickname", "pen-name", "pseudonym", "alias", "nom-de-guerre", "nom-de-plume", "sobriquet",
    "moniker", "epithet", "party-name", "stage-name",
)  # fmt: skip


def naming_nouns_alone() -> str:
    """The pattern text of the naming nouns of their own ("nickname", "pen-name", "Pseudonym")."""
    return f"(?:{_alternation(NAMING_NOUNS, capitalised=True)})"


@cache
def naming_noun_anchors() -> tuple[str, ...]:
    """Literal words, in lower case, one of which every naming noun of its own holds: its last word
    ("guerre", "nickname"), or the whole noun in each spelling when that word is "name" ("pen-name",
    "pen name", "penname"): a plain scan before the pattern, as rare as the nouns."""
    anchors = set()
    for noun in NAMING_NOUNS:
        last = noun.rsplit("-", 1)[-1]
        anchors |= {noun, noun.replace("-", " "), noun.replace("-", "")} if last == "name" else {last}
    return tuple(sorted(anchors))


@cache
def naming_noun_tails() -> tuple[str, ...]:
    """The last letters of every naming noun ("name", "onym", "lias"), for the copula's scan."""
    return tuple(sorted({"name", *(noun[-4:] for noun in NAMING_NOUNS)}))


def naming_noun_phrase() -> str:
    """The pattern text of any naming noun: a modified "name" ("courtesy name", "Birth name") or a
    naming noun of its own ("nickname", "pen-name", "Pseudonym"), in lower case or capitalised."""
    return rf"(?:{naming_noun()}|{naming_nouns_alone()})"


# The possessive that owns a naming noun in a copula sentence ("Thọ's nickname was", "His pen name
# is", "its nickname was"): a name's possessive or a possessive pronoun, then at most one adjective
# of the noun ("His royal temple name was", "her later pen-name was"), the noun, the copula.
# Group "owner" holds the possessive's name, group "pronoun" the pronoun; the pattern ends after
# the copula and its spaces.
def naming_copula(name: str, aside: str = "") -> str:
    """The pattern text of "<name>'s|his|her|its <naming noun> is|was|had been ", with the name's
    pattern text given by the caller (readers spell a name differently), and the pattern text of
    an aside that may follow the possessive ("Trần Thái Tông's (1218 – 1277) given name")."""
    return (
        rf"(?:(?P<owner>{name})['’]s{aside}|\b(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts))[ \t]+"
        rf"(?:[a-z]+[ \t]+)?{naming_noun_phrase()}[ \t]+(?:is|was|had[ \t]+been)[ \t]+"
    )


@cache
def naming_copula_anchors() -> tuple[str, ...]:
    """The literal words a naming copula holds, in lower case, for a plain scan before the pattern:
    each naming noun's last letters with the copula ("name was ", "onym is ", "lias was "). Built
    once (cached): a reader that asks for them on each page (epithets) gets the same tuple."""
    return tuple(f"{tail} {verb} " for tail in naming_noun_tails() for verb in ("is", "was", "had"))


# A name in a language: "The province's original Khmer name was", "it was given the Sino-Vietnamese
# name", "His Khmer name was": a capitalised language or people adjective before "name", perhaps
# after a word saying which of the names it was (its time or its standing). The language word is
# checked apart (is_name_language): any capitalised word may stand there in the pattern.
NAME_STANDING_WORDS = (
    "original", "old", "former", "earlier", "ancient", "first", "official", "formal", "local", "common",
    "new",
)  # fmt: skip
# Peoples and scripts whose adjective names a name's language, besides the CLDR language names
# ("Khmer", "Chinese", "Vietnamese"), folded: "Sino-Vietnamese", "Cham", "Tày".
_NAME_LANGUAGE_EXTRAS = frozenset({"sino", "cham", "tay", "muong", "nung", "han", "nom", "kinh", "viet"})


def is_name_language(word: str) -> bool:
    """Whether a capitalised word names a name's language: each of its hyphened parts a language's
    English name or one of a few peoples' and scripts' ("Khmer", "Sino-Vietnamese", "Cham")."""
    parts = fold(word).split("-")
    return all(part in language_names() or part in _NAME_LANGUAGE_EXTRAS for part in parts)


def language_name_noun() -> str:
    """The pattern text of "name" with an optional standing word and an optional language word
    before it ("original Khmer name", "Sino-Vietnamese name", "old name"); group "standing" holds
    the standing word, group "language" the language word (the caller checks it with
    is_name_language)."""
    return (
        rf"(?:(?P<standing>{_alternation(NAME_STANDING_WORDS)})[ \t]+)?"
        r"(?:(?P<language>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+)?name"
    )


# The verbs that give a name ("named", "called", "titled", "styled", "dubbed"), each by its stem;
# inflections() writes its forms. "title" and "style" give a person's name only after a naming
# adverb ("posthumously titled"): alone they give a work's title or a manner.
NAMING_VERBS = ("call", "name", "title", "style", "dub")


# "known" names with a prepositional phrase between the verb and "as" that says where, to whom or
# in which tongue ("known in the Western world as Faifo", "known to the French as", "known in
# English as"): a preposition of this list, then one to four words with no joint among them.
KNOWN_PREPOSITIONS = ("in", "to", "among", "throughout", "across", "outside")
# "known by the formal Sino-Vietnamese name sông Phú Nông", "known by the name Vinh Loi": the
# name of a kind, up to two words before "name" (round 25 allowed one, for people only).
KNOWN_BY_NAME = (
    r"known[ \t]+by[ \t]+(?:the|a|an|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}name(?:[ \t]+of)?"
)


def known_as() -> str:
    """The pattern text of "known as" with the grammar's phrases between the verb and "as": an
    "-ly" adverb ("known publicly as", the caller checks it with name_spans.is_ly_adverb) or a
    prepositional phrase (KNOWN_PREPOSITIONS: "known in the Western world as")."""
    phrase = rf"(?:{'|'.join(KNOWN_PREPOSITIONS)})(?:[ \t]+[\w'’-]+){{1,4}}?"
    return rf"known[ \t]+(?:(?:{LY_ADVERB}|{phrase})[ \t]+)?as"


def naming_verb_forms(stems: tuple[str, ...] = NAMING_VERBS) -> str:
    """The pattern text of the naming verbs' forms ("called", "names", "titled", "dubbed")."""
    forms: list[str] = []
    for stem in stems:
        forms.extend(inflections(stem))
    return f"(?:{_alternation(forms)})"


# The joints that tie a cue to the name before it: a parenthesis, a comma, a dash of any kind,
# spaced or not ("Bắc Hà—then called Tonkin—"), a hyphen only when spaced (an unspaced one joins
# words). JOINT_OPEN is the joint before the cue, JOINT_CLOSE the one after the name it gives.
JOINT_OPEN = r"(?:\([ \t]*|,[ \t]+|[ \t]*[—–][ \t]*|[ \t]+-[ \t]+)"
JOINT_CLOSE = r"(?:[ \t]*[),—–]|[ \t]+-[ \t])"

# The article or the opening quote that may stand between a cue and the name after it.
ARTICLE_OR_QUOTE = r"(?:(?:the|a|an)\s+)?[\"“‘']?"


def _alternation(words: tuple[str, ...] | list[str], capitalised: bool = False) -> str:
    """The words as one alternation, longest first; a space stands for any run of spaces, a hyphen
    for a hyphen, a space or nothing ("modern-day", "modern day", "modernday"), an apostrophe for
    either apostrophe ("today's", "today’s"). With capitalised, a first letter of either case."""
    return "|".join(
        (f"[{w[0]}{w[0].upper()}]" if capitalised else re.escape(w[0]))
        + re.escape(w[1:]).replace(r"\ ", r"\s+").replace(r"\-", "[- ]?").replace("'", "['’]")
        for w in sorted(words, key=lambda w: -len(w))
    )


def naming_adverb_words() -> str:
    """The pattern text of NAMING_ADVERBS alone, in lower case as a sentence writes them inside
    (a pattern compiled with IGNORECASE reads any case; a scoped "(?i:...)" here would cost every
    pattern that holds it much more to compile)."""
    return f"(?:{_alternation(NAMING_ADVERBS)})"


def naming_adverb() -> str:
    """The pattern text of an adverb before a naming verb: one of NAMING_ADVERBS or a lower-case
    "-ly" word (the caller checks it with name_spans.is_ly_adverb)."""
    return rf"(?:{naming_adverb_words()}|{LY_ADVERB})"


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


def time_words() -> str:
    """The pattern text of the time words alone, in lower case or capitalised ("modern",
    "Present-day", "Now")."""
    return f"(?:{_alternation(TIME_WORDS, capitalised=True)})"


def time_cue() -> str:
    """The pattern text of a word saying when a name held ("modern", "present-day", "today's",
    "now", "then"), with an optional article or quote after it."""
    return rf"(?:{_alternation(TIME_WORDS)})\s+{ARTICLE_OR_QUOTE}"


RENDERING_CUE = re.compile(rendering_cue(), re.IGNORECASE)
# Letters every rendering cue holds (meaning_before), for a plain scan before the pattern.
_MEANING_WORDS = ("mean", "lit.", "literal", "translat", "render")
_MEANING_REACH = 48  # characters the longest cue with its adverbs spans ("which loosely translates as")
_OPENING_QUOTES = "\"“‘'«"

# The flag a pair's mention carries when a rendering cue introduces its English side: clustering
# joins such a term pair to no place or body (docs/gold-rules.md §10.8); it never reaches an entry.
MEANING_CUED = "cue:meaning"


_CERTAIN_AFTER_ARTICLE = re.compile(r"[ \t]+(?:a|an|the)[ \t]+certain$")


def meaning_before(text: str, at: int) -> bool:
    """Whether a rendering cue ("meant", "which literally means", "translated as", "lit.",
    "literally") ends at offset at of text, a colon, a comma or an opening quote between: what
    follows is the meaning of a name's or a word's words (docs/gold-rules.md §10.8)."""
    window = text[max(0, at - _MEANING_REACH) : at].lower()
    if not any(word in window for word in _MEANING_WORDS):
        return False  # most pairs have no cue: plain scans before any pattern
    if window[-1:] in _OPENING_QUOTES:
        window = window[:-1]
    window = window.rstrip(" \t:,")
    if window.endswith(" certain"):
        # "translates to a certain type of clothing": the side starts after the determiner.
        window = _CERTAIN_AFTER_ARTICLE.sub("", window)
    if window.endswith(("lit.", "literally")):
        cue_start = len(window) - (4 if window.endswith("lit.") else 9)
        return cue_start == 0 or not window[cue_start - 1].isalnum()
    # The rendering family's pattern, compiled once for every reader: a match that ends the window.
    return any(
        cue.end() == len(window) and (cue.start() == 0 or not window[cue.start() - 1].isalnum())
        for cue in RENDERING_CUE.finditer(window)
    )


# A segment that opens with a rendering cue: "translates loosely as "cake"".
# "Liên bang Đông Dương literally meaning Bronze Ocean Federation": an unquoted literal meaning
# after a form, with no comma before it (paren_inside cuts a labelled form there).
BARE_LITERAL = re.compile(r"[ \t]+(?:literally(?:[ \t]+(?:meaning|means))?|lit\.)[ \t]+\S")
RENDERING_OPENING = re.compile(rf"^{rendering_cue()}\s*", re.IGNORECASE)
# A segment that opens with a time word: "(modern Hanoi)" names the place at another time.
TIME_OPENING = re.compile(rf"^{time_cue()}", re.IGNORECASE)


def translate_cue() -> str:
    """The pattern text of the translate/render verbs with their joint, a naming adverb before the
    verb and an "-ly" adverb after it: "translated as", "loosely translated as", "sometimes
    rendered as", "often translated into", "translates loosely as", "translating to". The adverb
    is the cue's, never the side before it ("Lý Bôn (李賁, sometimes rendered as Lý Bí)")."""
    forms = _alternation(inflections("translate") + inflections("render"))
    return rf"(?:{naming_adverb()}\s+)?(?:{forms})(?:\s+{LY_ADVERB})?\s+(?:as|to|into)(?![\w-])"


# The literal scans that find where a translate cue may start (cue_scan.find_cue).
TRANSLATE_ANCHORS = ("translat", "render")


# A cue's antecedent: a lower-case noun with the name after it in an "of" phrase or a relative
# clause ("The people of Văn Lang were known as", "the civilization that would later become Việt Nam
# was called"). The naming verb's subject is the noun, not the name; a place noun is the name's own
# ("the city of Huế was called Phú Xuân") and keeps it.
_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?P<noun>[a-z]+)[ \t]+"
    r"(?:of|(?:that|which|who)(?:[ \t]+[a-z]+){1,4})[ \t]+$"
)


# The same noun with a participle phrase after it, the name closing the phrase: "Any martial art
# developed in Tỉnh (State or Province) Binh Dinh is called Võ Bình Định" (the art is called so,
# not the province). The phrase is the participle, a preposition and a few words of one clause.
_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?P<noun>[a-z]+)[ \t]+[a-z]+ed[ \t]+(?:in|at|on|from|near|around|across|throughout)[ \t]+"
    r"[^.;:!?,\n]{0,48}$"
)


def owned_by_noun(text: str, start: int) -> bool:
    """Whether the name at start stands after a lower-case noun that is the naming verb's true
    subject (see _NOUN_BEFORE, _PARTICIPLE_BEFORE): a noun no place noun, the name inside its "of"
    phrase, its relative clause or its participle phrase."""
    before = _NOUN_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        before = _PARTICIPLE_BEFORE.search(text, max(0, start - 100), start)
    return before is not None and before.group("noun") not in PLACE_NOUNS


# The word after the name a naming cue gives: "also known as Táy people, are", "also known as Li
# Lao drums, found": a lower-case English noun after it, closing the phrase (a comma, a stop, a
# parenthesis), makes the name a modifier of a class ("people", "drums"), not another name of the
# bearer. What may follow a name the cue gives instead is a function word ("until", "in"), an
# "-ly" adverb, one of these adverbs of time and place, or the sentence's verb, which words follow
# ("The Mỹ Xuyên River that was called the Lạc Hòa River floods every year").
_AFTER_NAME = re.compile(r"[ \t]+([a-z]+)[ \t]*[,.;:)]")
_ADVERBS_AFTER = frozenset("today now then instead too again there thereafter later locally".split())


def names_a_class(text: str, end: int) -> bool:
    """Whether a lower-case English noun follows the name ending at end (see _AFTER_NAME)."""
    after = _AFTER_NAME.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return (
        word not in ENGLISH_FUNCTION_WORDS
        and word not in _ADVERBS_AFTER
        and not word.endswith("ly")
        and is_english_word(word)
    )
