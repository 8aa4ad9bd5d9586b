"""English phrases beside a cue: the phrase before it (how far back a noun phrase or a name goes),
the clause after it, and a quotation after it."""

from __future__ import annotations

import re

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, is_english_word

from .cap_modifiers import modifier_words
from .gloss_side import ARTICLE, Phrase, back_over, clean
from .lazy_patterns import LazyPattern
from .lexicon import glued_rest_is_word, language_names
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, WORD
from .sentence_nouns import count_joins, names_the_word

_MAX_EN_WORDS = 5


# Up to twelve words ending the stretch. Separators are never empty, so a word cannot be split in
# two ways and the search stays linear (an optional separator here backtracks exponentially).
# A plural's possessive apostrophe ("the Hùng Kings' Temple Festival") ends a word too.
# An en dash between letters joins a word as a hyphen does ("the Trịnh–Nguyễn Civil War").
_EN_WORD = r"[^\W\d_]+(?:[-'’–][^\W\d_]+)*(?:(?<=s)['’](?=[ \t]))?"
_EN_BACK = LazyPattern(rf"(?<![^\W\d_])({_EN_WORD}(?:(?:[ \t]*\n[ \t]*|[ \t]+){_EN_WORD}){{0,11}})$")


_EN_TOKEN = re.compile(_EN_WORD)
_GAP = re.compile(r"[ \t]*\n[ \t]*|[ \t]+")


def _words_at_end(stretch: str) -> list[re.Match[str]]:
    """The last words of stretch (up to twelve) that end it and are separated by spaces or a single
    line break: the matches _EN_BACK's group holds, found in one pass (the anchored search tries
    every position of the stretch)."""
    # The words of the stretch's last _TAIL characters first: a scan from inside a word finds the
    # rest of it, which ends where the word does, and every word after it is one of the whole
    # scan's; so the words kept are the whole scan's unless the walk back reaches that first one.
    start = len(stretch) - _TAIL
    if start > 0:
        words = list(_EN_TOKEN.finditer(stretch, start))
        if not words or words[-1].end() != len(stretch):
            return []
        k = _first_joined(stretch, words)
        if k > 0:
            return words[k:]
    words = list(_EN_TOKEN.finditer(stretch))
    if not words or words[-1].end() != len(stretch):
        return []
    return words[_first_joined(stretch, words) :]


# How far back the first scan of _words_at_end reads (a stretch is up to 160 characters).
_TAIL = 60


def _first_joined(stretch: str, words: list[re.Match[str]]) -> int:
    """The index of the first of the last words (up to twelve) joined by spaces or one line break."""
    k = len(words) - 1
    while k > 0 and len(words) - k < 12 and _GAP.fullmatch(stretch, words[k - 1].end(), words[k].start()):
        k -= 1
    return k


def en_phrase_back(
    text: str,
    end: int,
    floor: int,
    most: int = 3,
    linked: bool = False,
    bounded: bool = False,
    count: int | None = None,
) -> Phrase | None:
    """The English phrase a parenthesis or cue glosses: a quotation, a capitalised name or a short
    noun phrase of at most `most` words, cut before articles, prepositions, number words and verbs
    that start the clause; with linked, a noun with its prepositional phrases, cut at a verb form.
    With bounded, a lower-case phrase may take one word more than `most` when a function word or a
    comma closes it just before ("served with grilled fatty pork (chả)": "with" bounds the noun
    phrase, so "grilled" belongs to it; "people eat fatty pork (chả)" has no such bound). With
    count, the value of the number the Vietnamese side opens with (vi_count), an English number
    word of that value opens the phrase ("five organs (Vietnamese: ngũ tạng)"), one word past
    `most` if need be."""
    stretch = text[max(floor, end - 160) : end].rstrip()
    base = max(floor, end - 160)
    # The phrase never reaches back over a line break: the line before is another block (a
    # coordinates line's "106°E", a heading), not the start of the name the parenthesis glosses.
    # A break right before the parenthesis is stripped above, so "Name\n(Vietnamese: ...)" keeps
    # its name.
    broken = stretch.rfind("\n")
    if broken >= 0:
        base += broken + 1
        stretch = stretch[broken + 1 :]
    if stretch and stretch[-1] in QUOTES_CLOSE:
        opening = max(stretch.rfind(q, 0, len(stretch) - 1) for q in QUOTES_OPEN)
        if opening >= 0:
            inner = stretch[opening + 1 : -1]
            if 0 < len(WORD.findall(inner)) <= 8:
                return Phrase(clean(inner), base + opening + 1, base + len(stretch) - 1)
    tokens = _words_at_end(stretch)
    if not tokens:
        return None
    offset = base
    chosen: list[re.Match[str]] = []
    lead = 0  # letters of a glued function word to leave out of the first chosen word
    capitalised = tokens and tokens[-1].group()[0].isupper()
    # Only the first word can be glued to a figure ("8th"): spaces part the words read.
    glued = stretch[tokens[0].start() - 1 : tokens[0].start()].isdigit()
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        word = token.group()
        low = word.lower()
        if glued and k == 0:
            # "the 15th of the 8th lunar month (Rằm tháng Tám)": "th" is an ordinal's tail, not a
            # word; a date written in figures is no phrase these words can end.
            return None
        if capitalised:
            # "Visit the Temple of Literature": "the" after a word that is no connector opens the
            # name ("Temple of the Jade Emperor" keeps it).
            if low == "the" and k > 0 and tokens[k - 1].group().lower() not in _TITLE_LINKS:
                break
            # "Edict on the Transfer of the Capital": "on" inside a title as "of" is.
            if word[0].isupper() or low in _TITLE_LINKS or low == "the":
                chosen.append(token)
                continue
            break
        if count is not None and chosen and number_value(low) == count:
            # "five fundamental taste elements (Vietnamese: ngũ vị)": the Vietnamese side counts
            # too, so the count is part of the rendering, not the sentence's.
            chosen.append(token)
            break
        if count is not None and chosen and low == "of" and _counted_classifier(tokens, k, count):
            # "five types of nutrients (Vietnamese: ngũ chất)": the count's classifier and the count.
            chosen.extend((token, tokens[k - 1], tokens[k - 2]))
            break
        if is_number(low) and 1 < len(chosen) == most and not linked:
            # "one part fish sauce (nước mắm)": a phrase longer than the Vietnamese after a count
            # opens with the count's unit.
            chosen.pop()
        if len(chosen) >= most and not (bounded and not linked and _bounded_word(tokens, k, stretch)):
            break
        if len(chosen) > most or is_number(low):
            break
        if word[0].isupper():
            # "the Vietnamese people (người Việt)": a nationality is part of a lower-case phrase;
            # "Water puppetry (Vietnamese: Múa rối nước) is": so is the English word opening the
            # sentence, and nothing before it.
            if low in language_names():
                chosen.append(token)
                continue
            if opens_sentence(text, offset + token.start(), floor) and _english_opening(low):
                glued = _glued_label_tail(chosen[-1].group()) if chosen else 0
                if glued and _opens_line(text, offset + token.start()):
                    # "Common namepolice (cảnh sát)": a flattened infobox's label ("Common
                    # name") glued to its value; the value alone is the phrase.
                    lead = glued
                    break
                chosen.append(token)
                break
            # "the Yên Bái mutiny (…)", "…, Ming aralia (…)": a name modifying the head noun.
            if chosen and not lead:
                chosen.extend(reversed(tokens[k + 1 - modifier_words(tokens, k, stretch) : k + 1]))
            break
        if low in NAMING_PARTICIPLES or names_the_word(low, len(chosen)):
            # "full courts called superior people's courts (toà án ...)": the name a naming verb
            # gives is the side; what it names is the sentence's.
            break
        # A long Vietnamese term may be rendered by a noun and its prepositional phrases
        # ("municipalities under the command of the central government"); up to a verb form.
        inner = linked and low in _NOUN_PHRASE_LINKS
        # A verb form cuts a linked phrase, but the head noun itself may end like one ("Đông Hồ folk
        # woodcut painting (...)", "the main building (...)").
        if low in ENGLISH_FUNCTION_WORDS and not inner or linked and chosen and low.endswith(("ed", "ing")):
            break
        if low in REFLEXIVES:
            break  # "declared themselves rulers (vua)": the verb's object, then its complement
        chosen.append(token)
        lead = _glued_function_word(low, tokens[k - 1].group() if k else "")
        if lead:
            break  # "andpenaeid shrimp": a mirror glued "and" to the phrase's first word
    if not capitalised and not linked and len(chosen) > 1 and len(chosen) < len(tokens):
        # "She ate broken rice", "Everyone uses fish sauce": after the clause's subject the first
        # word is its verb, not a modifier of the noun.
        if tokens[len(tokens) - len(chosen) - 1].group().lower() in _SUBJECTS | _SUBJECT_WORDS:
            chosen.pop()
            lead = 0
    while chosen and chosen[-1].group().lower() in _NOUN_PHRASE_LINKS | {"and", "de"}:
        chosen.pop()
        lead = 0
    while chosen and chosen[0].group().lower() in ("of", "and", "for", "the", "de"):
        chosen.pop(0)
    if not chosen or len(chosen) > 10:
        return None
    start, stop = offset + chosen[-1].start() + lead, offset + chosen[0].end()
    if capitalised and not lead:
        start = _over_inner_count(text, start, floor)
    if text[start - 1 : start] == "-" and not lead and count_joins(len(chosen)):
        # "60-year cycles": a count glued to the first word by a hyphen is part of the phrase.
        count = _GLUED_COUNT.search(text, max(floor, start - 8), start)
        if count is not None:
            start = count.start()
    return Phrase(text[start:stop], start, stop)


# A count inside a capitalised name, after its connector ("the Anarchy of the 12 Warlords").
_INNER_COUNT = re.compile(r"(?<![^\W\d_])(?:of|for|and)(?:[ \t]+the)?[ \t]+\d{1,4}[ \t]+$")


def _over_inner_count(text: str, start: int, floor: int) -> int:
    """Where a capitalised name starting at start really starts when a count written in digits cuts
    it after a connector ("Anarchy of the 12 Warlords": the words take no digits, so the walk back
    stops at "12"): the start of the capitalised words before the connector, or start unchanged."""
    cut = _INNER_COUNT.search(text, max(floor, start - 16), start)
    if cut is None:
        return start
    before = text[max(floor, cut.start() - 80) : cut.start()]
    words = _words_at_end(before.rstrip(" \t"))
    if not words or len(before) - len(before.rstrip(" \t")) != 1 or not words[-1].group()[0].isupper():
        return start
    base = cut.start() - len(before)
    k = len(words) - 1
    while k > 0 and (words[k - 1].group()[0].isupper() or words[k - 1].group() in _TITLE_LINKS):
        k -= 1
    while k < len(words) - 1 and (not words[k].group()[0].isupper() or words[k].group().lower() == "the"):
        k += 1
    return base + words[k].start()


# Participles that give a name to what stands before them ("a dish called", "a court named").
NAMING_PARTICIPLES = frozenset("called named termed dubbed nicknamed titled styled".split())


def _english_opening(low: str) -> bool:
    """Whether a capitalised word opening the sentence is English and so may open the side: an
    English word, or a compound of nationalities, hyphenated, whose last part is a language's name
    ("Sino-Vietnamese", "Franco-Vietnamese"), a modifier as the language's name alone is."""
    if is_english_word(low):
        return True
    head, _, last = low.rpartition("-")
    return bool(head) and head[-1:].isalpha() and last in language_names()


_GLUED_COUNT = re.compile(r"(?<![\w.,])\d{1,4}-$")


# Pronouns that stand for something named elsewhere, never a name or a rendering themselves.
PRONOUNS = frozenset(
    "it he she they we you i one everything something anything nothing all each both what which who".split()
)
# Reflexive pronouns: a verb's object before its complement, never a word of a rendering.
REFLEXIVES = frozenset(
    "myself yourself himself herself itself oneself ourselves yourselves themselves themself".split()
)
_SUBJECTS = frozenset("i you he she it we they who which that there".split())
_SUBJECT_WORDS = frozenset("everyone everybody someone somebody people locals many most".split())


def _bounded_word(tokens: list[re.Match[str]], k: int, stretch: str) -> bool:
    """Whether tokens[k], a lower-case word before a full noun phrase, is its first modifier: a
    content word with a function word or a comma, colon or semicolon right before it."""
    word = tokens[k].group()
    low = word.lower()
    if not word[0].islower() or low in ENGLISH_FUNCTION_WORDS or is_number(low):
        return False
    if k > 0:
        # "She ate broken rice": after a subject pronoun the word is a verb, not a modifier; so it
        # may be after "to" ("to represent native Vietnamese words (thuần Việt)": an infinitive).
        before = tokens[k - 1].group()
        return before.islower() and before in ENGLISH_FUNCTION_WORDS and before not in _SUBJECTS | {"to"}
    return stretch[: tokens[k].start()].rstrip()[-1:] in (",", ";", ":")


# Function words a mirror may glue to the next word when it drops the space around a link.
_GLUEABLE = ("and", "or", "of", "for", "the", "with", "from")


def _glued_function_word(word: str, word_before: str = "") -> int:
    """The length of a function word glued to the front of a lower-case word that is no English
    word itself ("andpenaeid" -> 3; not "forest", "another", "order"), or 0."""
    if len(word) < 7 or is_english_word(word):
        return 0
    for head in _GLUEABLE:
        rest = word[len(head) :]
        if word.startswith(head) and len(rest) >= 4 and glued_rest_is_word(rest, word_before):
            return len(head)
    return 0


def _glued_label_tail(word: str) -> int:
    """The length of a label's last word glued to the front of a lower-case word that is no English
    word itself, when both halves are English words of four letters or more ("namepolice" -> 4), or
    0."""
    if len(word) < 8 or not word.islower() or is_english_word(word):
        return 0
    for cut in range(4, len(word) - 3):
        if is_english_word(word[:cut]) and is_english_word(word[cut:]):
            return cut
    return 0


def _opens_line(text: str, pos: int) -> bool:
    """Whether only spaces stand between the line's start and pos."""
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


def opens_sentence(text: str, pos: int, floor: int) -> bool:
    """Whether the word at pos opens a sentence, a line, a flattened table's cell or the stretch a
    cue may reach back to."""
    pos = back_over(text, pos, " \t")
    return pos <= floor or text[pos - 1] in ".!?\n|"


# The words that join the capitalised words of one title or name ("Edict on the Transfer of ...").
_TITLE_LINKS = frozenset({"of", "and", "for", "de", "on"})


# The words that may join a noun to its prepositional phrases inside one English rendering.
_NOUN_PHRASE_LINKS = frozenset("of the a an under in for on at to with from by".split())
# English number words: a count before a noun is not part of its name ("fifty-eight provinces").
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion""".split()
)


def is_number(word: str) -> bool:
    return all(part in _NUMBER_WORDS for part in word.split("-"))


# The values of the English number words one Vietnamese syllable renders.
_NUMBER_VALUES = {
    word: value for value, word in enumerate("one two three four five six seven eight nine ten".split(), 1)
} | {"hundred": 100, "thousand": 1000}

# The Vietnamese number syllables, Sino-Vietnamese and native, that open a counted term ("ngũ
# tạng", "tứ linh", "ba miền"), with their values.
_VI_NUMBERS = {
    "nhất": 1, "một": 1, "nhị": 2, "hai": 2, "tam": 3, "ba": 3, "tứ": 4, "bốn": 4, "ngũ": 5, "năm": 5,
    "lục": 6, "sáu": 6, "thất": 7, "bảy": 7, "bát": 8, "tám": 8, "cửu": 9, "chín": 9, "thập": 10,
    "mười": 10, "bách": 100, "trăm": 100, "thiên": 1000, "nghìn": 1000, "ngàn": 1000,
}  # fmt: skip


def number_value(word: str) -> int | None:
    """The value of a one-word English number ("five" -> 5), or None."""
    return _NUMBER_VALUES.get(word.lower())


# The nouns that classify a counted noun ("five types of nutrients").
_CLASSIFIERS = frozenset("types kinds sorts forms classes categories".split())


def _counted_classifier(tokens: list[re.Match[str]], k: int, count: int) -> bool:
    """Whether the two words before tokens[k] ("of") are a number of value count and a classifier."""
    return (
        k >= 2
        and tokens[k - 1].group().lower() in _CLASSIFIERS
        and number_value(tokens[k - 2].group()) == count
    )


def vi_count(words: list[str]) -> int | None:
    """The value of the number syllable a Vietnamese phrase of two words or more opens with ("ngũ
    tạng" -> 5), or None; a lone syllable is no count of anything."""
    if len(words) < 2:
        return None
    return _VI_NUMBERS.get(words[0].lower())


_CLAUSE_HEAD = re.compile(r"[^.,;:!?()\n\"“”–—]{1,80}")


_ARTICLE_BEFORE_QUOTE = re.compile(r"(?:the|an|a)[ \t]+(?=[\"“‘'])", re.IGNORECASE)


def en_phrase_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    rest = text[start:ceiling]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    article = _ARTICLE_BEFORE_QUOTE.match(rest)
    if article is not None:
        # 'literally the "Highest Lord"': the article is the sentence's, the quote the rendering.
        lead += article.end()
        rest = rest[article.end() :]
    if rest and rest[0] in QUOTES_OPEN:
        closing = _closing_quote(rest)
        if closing > 0 and 0 < len(WORD.findall(rest[1:closing])) <= 8:
            begin = start + lead + 1
            return Phrase(_sentence_stop_off(clean(rest[1:closing])), begin, begin + closing - 1)
        return None
    match = _CLAUSE_HEAD.match(rest)
    if match is None:
        return None
    words = list(WORD.finditer(match.group()))
    most = _MAX_EN_WORDS
    # "a certain type of clothing": "certain" after an article is a determiner as the article is,
    # no modifier of the side: both are left out, counted as the article alone is counted. A
    # classifier ("a kind of") is left in the phrase as the article is: the side's reader cuts
    # both with the one list every side reader shares (ARTICLE).
    determiner = ARTICLE.match(match.group())
    if determiner is not None and len(words) > 2 and determiner.group().rstrip().lower().endswith("certain"):
        words, most = words[2:], most - 1
    words = words[:most]
    # "a type of": a side cut by the word cap never ends on a preposition or an article.
    while words and words[-1].group().lower() in _NOUN_PHRASE_LINKS:
        words.pop()
    if not words:
        return None
    begin, stop = start + lead + words[0].start(), start + lead + words[-1].end()
    return Phrase(text[begin:stop], begin, stop)


# An apostrophe between two letters is no quotation mark ('"Ms. Third's sweet soup"').
_CLOSING_QUOTE = re.compile(rf"[{QUOTES_CLOSE}](?![^\W\d_])|(?<![^\W\d_])[{QUOTES_CLOSE}]")


def _closing_quote(rest: str) -> int:
    """Where the quotation that rest opens closes: the first closing mark after it that is not an
    apostrophe inside a word; -1 when none."""
    match = _CLOSING_QUOTE.search(rest, 1)
    return -1 if match is None else match.start()


def _sentence_stop_off(text: str) -> str:
    """A full stop closing a quotation after a lower-case word of three letters or more is the
    sentence's, set inside the quotes in American style ('"Bánh" means "cake."'); an abbreviation's
    stop ("Co.", "U.S.", "St.") follows a capital, a short word or another stop, and stays."""
    if not text.endswith("."):
        return text
    last = text[:-1].rsplit(" ", 1)[-1]
    return text[:-1] if len(last) >= 3 and last.isalpha() and last.islower() else text


def quoted_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    rest = text[start:ceiling]
    stripped = rest.lstrip()
    if not stripped or stripped[0] not in QUOTES_OPEN:
        return None
    return en_phrase_forward(text, start, ceiling)
