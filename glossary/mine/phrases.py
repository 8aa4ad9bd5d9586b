"""The two sides of a gloss: runs of Vietnamese words, English phrases and names next to a cue,
and the mention a pair makes. Which side is Vietnamese is decided by glossary/vietnamese.py."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from glossary.model import Kind
from glossary.vietnamese import (
    ENGLISH_FUNCTION_WORDS,
    en_score,
    has_vi_letters,
    is_english_word,
    is_syllable,
    may_be_vietnamese,
    vi_score,
)

from .documents import Document
from .lexicon import STATE_HEADS, VI_PLACE_GENERICS, language_names
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, WORD, Mention, fold, last_word, mention_at
from .names.words import head_of

# A bracketed transcription or a reference mark ending where a cue's phrase ends: 'Phở [fə˧˩],
# literally ...', 'Huế[2], meaning ...'. Brackets never hold the term itself.
_BRACKET_BEFORE = re.compile(r"[ \t]*\[[^\[\]\n]{1,60}\]$")
_IPA_SLASHES_BEFORE = re.compile(r"[ \t]*/[^/\n]*[ɐ-ʯˈˌːˑ̪̩̯˥-˩][^/\n]*/$")


# A parenthesis right after the term and before its cue that holds a language label, Chinese
# characters or a pronunciation, no rendering: 'Văn Miếu (Vietnamese: ..., chữ Hán: 文廟), literally
# translated as ...', 'Phở (/fɜː/), meaning ...'.
_PAREN_BEFORE = re.compile(
    r"(?<=[^\W\d_])[ \t]*\((?:[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*:[^()\n]{0,110}|"
    # "Ca phe sua nong ( _vi. "cà phê sữa nóng") — literally": a wiki template's language code.
    r"[ \t]*_?vi\.[ \t][^()\n]{1,110}|"
    # "Mì Quảng (also spelled mỳ Quảng), literally": another spelling of the term.
    r"(?:also[ \t]+)?(?:spelled|spelt|written)[ \t][^()\n]{1,60}|"
    r"[^()\n]{0,60}[\u3400-\u9fffɐ-ʯˈˌ][^()\n]{0,60})\)$"
)
# Adverbs between a term and its cue word: '"Tết" itself only means "festival"', '"nương" here
# refers roughly to "maiden"'.
_CUE_ADVERBS = frozenset(
    "itself here only simply just actually also thus originally usually therefore".split()
)
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


def blanks_before(text: str, pos: int, floor: int) -> int:
    """Where the run of spaces and tabs that ends at pos starts, looking back no further than floor
    (the end of the previous cue, so two cues never share their blanks)."""
    start = pos
    while start > floor and text[start - 1] in " \t":
        start -= 1
    return start


# The dashes of the text scanned last: the dash cues, dash lists and the aligner all read them, one
# after the other.
_DASHES_SCANNED = threading.local()


def find_dashes(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every dash with spaces or tabs on both sides, the spaces included."""
    if getattr(_DASHES_SCANNED, "text", None) is not text:
        _DASHES_SCANNED.text, _DASHES_SCANNED.found = text, list(_scan_dashes(text))
    return _DASHES_SCANNED.found


def _scan_dashes(text: str) -> Iterator[tuple[int, int]]:
    end = 0
    for hit in _DASH_CORE.finditer(text):
        pos = hit.start()
        start = blanks_before(text, pos, end)
        if start == pos:
            continue
        stop = pos + 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        end = stop
        yield start, stop


# The dash alone: a pattern starting with a literal is scanned far faster (see find_dashes).
_DASH_CORE = re.compile(r"[–—-](?=[ \t])")


def back_over_transcription(text: str, pos: int) -> int:
    """pos moved back over the adverbs before a cue word, spaces, commas and the brackets, IPA
    slashes or parenthesis just before them."""
    for _ in range(3):
        word = _LAST_WORD.search(text, max(0, pos - 20), pos)
        if word is None or word.group(1).lower() not in _CUE_ADVERBS:
            break
        pos = word.start()
    # "Hạ Long – meaning ...", "Hạ Long—meaning ...": a dash before the cue as a comma.
    pos = back_over(text, pos, " \t\n,–—")
    low = max(0, pos - 80)
    found = _BRACKET_BEFORE.search(text, low, pos) or _IPA_SLASHES_BEFORE.search(text, low, pos)
    if found is None and text[pos - 1 : pos] == ")":
        found = _PAREN_BEFORE.search(text, max(0, pos - 130), pos)
    return back_over(text, found.start()) if found is not None else pos


def back_over(text: str, pos: int, chars: str = " \t\n,") -> int:
    """pos moved back over spaces and commas: where the phrase before a cue ends."""
    while pos > 0 and text[pos - 1] in chars:
        pos -= 1
    return pos


# Words describing a person's place in a photo, which follow a name in parentheses.
_MAX_VI_WORDS = 6
_MAX_EN_WORDS = 5


@dataclass(frozen=True)
class Phrase:
    """A candidate side of a gloss: its text and where it sits in the document."""

    text: str
    start: int
    end: int

    @property
    def words(self) -> list[str]:
        # A new list each time (callers may change it), copied from the words of the text memoised:
        # the rules ask for the words of the same few phrases again and again.
        text = self.text
        return list(_phrase_words(text)) if len(text) <= _MAX_MEMO_PHRASE else WORD.findall(text)


_MAX_MEMO_PHRASE = 120


@lru_cache(maxsize=65536)
def _phrase_words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


def clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:" + QUOTES_OPEN + QUOTES_CLOSE)


def is_title_case(words: list[str]) -> bool:
    return len(words) > 1 and all(w[0].isupper() for w in words if fold(w) not in ("of", "and", "the"))


# A name every word of which is capitalised may run longer: "Việt Nam Độc Lập Đồng Minh Hội".
_MAX_VI_NAME_WORDS = 10


def _all_capitalised(text: str, words: list[tuple[int, int]]) -> bool:
    return all(text[start].isupper() for start, _ in words)


def vi_run_back(text: str, end: int, floor: int) -> Phrase | None:
    """The longest run of Vietnamese-shaped words ending at text[end], at most _MAX_VI_WORDS."""
    pos = end
    words: list[tuple[int, int]] = []
    while len(words) < _MAX_VI_WORDS or len(words) < _MAX_VI_NAME_WORDS and _all_capitalised(text, words):
        # The last word of the 40 characters before pos; the words before it may be a line apart.
        hyphen = bool(words) and pos > floor and _syllable_hyphen(text, pos - 1)
        span = last_word(text, max(floor, pos - 40), pos - 1 if hyphen else pos, line_break=bool(words))
        if span is None:
            break
        start, stop = span
        glued = start
        while glued < stop and not text[glued].isalpha():
            glued += 1  # "10³nghìn (thousand)": a flattened table glued a figure to the word
        if glued > start:
            if words or glued == stop or not may_be_vietnamese(text[glued:stop]):
                break
            words.append((glued, stop))
            break
        named = bool(words) and text[words[-1][0]].isupper()
        if not may_be_vietnamese(text[start:stop]) and not _vi_homograph(text, start, stop, floor, named):
            if words and text[stop:pos] == "-":
                words.pop()  # "Khwan-khao": a hyphen joins the syllable to a word of another language
            tail = glued_vi_tail(text[start:stop])
            if tail:
                words.append((stop - len(tail), stop))  # "createnước chấm chay": a mirror's glue
            break
        words.append(span)
        pos = start
        # Only spaces may separate the words of one term, and a hyphen the syllables of one word
        # ("Thừa-biện").
        if pos > floor and text[pos - 1] not in " \t\n" and not _syllable_hyphen(text, pos - 1):
            if text[pos - 1] == "-" and _foreign_before_hyphen(text, pos - 1, floor):
                words.pop()  # "Khwan-khao": the word ends a compound of another language
            break
    if not words:
        return None
    start, stop = words[-1][0], words[0][1]
    return Phrase(text[start:stop], start, stop)


def _foreign_before_hyphen(text: str, at: int, floor: int) -> bool:
    """Whether the word before the hyphen at text[at] is no Vietnamese word ("Khwan-khao"; not
    "Ria-Vung Tau", a place's two plain parts)."""
    before = last_word(text, max(floor, at - 40), at)
    return before is not None and before[1] == at and not may_be_vietnamese(text[before[0] : before[1]])


def _syllable_hyphen(text: str, at: int) -> bool:
    """Whether text[at] is a hyphen between two letters of a word with a letter only Vietnamese
    writes ("Thừa-biện"; not "co-op"), not a spaced dash."""
    if text[at] != "-" or at <= 0 or not text[at - 1].isalpha() or not text[at + 1 : at + 2].isalpha():
        return False
    start, end = at - 1, at + 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return has_vi_letters(text[start:end])


def _vi_homograph(text: str, start: int, stop: int, floor: int, named: bool = False) -> bool:
    """Whether the capitalised word text[start:stop], a syllable that is also an English word, is
    Vietnamese by its neighbours: the word before it is capitalised and has Vietnamese letters
    ("Nhà xuất bản Tự Do", "Hồ Tây Do"): within one Vietnamese name, not an English word; or,
    named (a capitalised Vietnamese word follows), the word before it is in lower case, so the
    capital is no sentence's ("variously named An Quoc", "the temple of Long Son")."""
    word = text[start:stop]
    if not word[:1].isupper() or not is_syllable(word):
        return False
    before = last_word(text, max(floor, start - 20), start)
    if before is None or text[before[1] : start] != " ":
        return False
    previous = text[before[0] : before[1]]
    if named and previous[:1].islower():
        return True
    return previous[:1].isupper() and has_vi_letters(previous) and is_syllable(previous)


def glued_vi_tail(word: str) -> str:
    """The Vietnamese syllable a mirror glued to the English word before it, when the seam is sure
    (an English word, then a syllable with Vietnamese letters: "createnước" -> "nước"), or ""."""
    if not has_vi_letters(word) or has_vi_letters(word[:2]):
        return ""
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if has_vi_letters(head):
            return ""
        if not has_vi_letters(tail) or not may_be_vietnamese(tail):
            continue
        if head.islower() and is_english_word(head):
            return tail
        # "MottoQuyết": a flattened infobox's field label glued to its value; a capital after a
        # lower-case letter never starts a Vietnamese syllable inside one word.
        if head[-1].islower() and tail[0].isupper() and is_english_word(head.lower()):
            return tail
    return ""


_BLANKS = re.compile(r"[ \t]*")
_LETTERS = re.compile(r"[^\W\d_]+")


def vi_run_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    match = _BLANKS.match(text[start:ceiling])
    pos = start + (match.end() if match else 0)
    begin, stop, count = pos, pos, 0
    for word in _LETTERS.finditer(text[pos:ceiling]):
        gap = text[stop : pos + word.start()] if count else ""
        if count and gap not in (" ", "\t", "\n"):
            break
        token = word.group()
        if not may_be_vietnamese(token):
            break
        stop = pos + word.end()
        count += 1
        if count == _MAX_VI_WORDS:
            break
    if not count:
        return None
    return Phrase(text[begin:stop], begin, stop)


# Up to twelve words ending the stretch. Separators are never empty, so a word cannot be split in
# two ways and the search stays linear (an optional separator here backtracks exponentially).
# A plural's possessive apostrophe ("the Hùng Kings' Temple Festival") ends a word too.
_EN_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:(?<=s)['’](?=[ \t]))?"
_EN_BACK = re.compile(rf"(?<![^\W\d_])({_EN_WORD}(?:(?:[ \t]*\n[ \t]*|[ \t]+){_EN_WORD}){{0,11}})$")


_EN_TOKEN = re.compile(_EN_WORD)
_GAP = re.compile(r"[ \t]*\n[ \t]*|[ \t]+")


def _words_at_end(stretch: str) -> list[re.Match[str]]:
    """The last words of stretch (up to twelve) that end it and are separated by spaces or a single
    line break: the matches _EN_BACK's group holds, found in one pass (the anchored search tries
    every position of the stretch)."""
    words = list(_EN_TOKEN.finditer(stretch))
    if not words or words[-1].end() != len(stretch):
        return []
    k = len(words) - 1
    while k > 0 and len(words) - k < 12 and _GAP.fullmatch(stretch, words[k - 1].end(), words[k].start()):
        k -= 1
    return words[k:]


def en_phrase_back(
    text: str, end: int, floor: int, most: int = 3, linked: bool = False, bounded: bool = False
) -> Phrase | None:
    """The English phrase a parenthesis or cue glosses: a quotation, a capitalised name or a short
    noun phrase of at most `most` words, cut before articles, prepositions, number words and verbs
    that start the clause; with linked, a noun with its prepositional phrases, cut at a verb form.
    With bounded, a lower-case phrase may take one word more than `most` when a function word or a
    comma closes it just before ("served with grilled fatty pork (chả)": "with" bounds the noun
    phrase, so "grilled" belongs to it; "people eat fatty pork (chả)" has no such bound)."""
    stretch = text[max(floor, end - 160) : end].rstrip()
    base = max(floor, end - 160)
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
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        word = token.group()
        low = word.lower()
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
            if _opens_sentence(text, offset + token.start(), floor) and is_english_word(low):
                glued = _glued_label_tail(chosen[-1].group()) if chosen else 0
                if glued and _opens_line(text, offset + token.start()):
                    # "Common namepolice (cảnh sát)": a flattened infobox's label ("Common
                    # name") glued to its value; the value alone is the phrase.
                    lead = glued
                    break
                chosen.append(token)
            break
        # A long Vietnamese term may be rendered by a noun and its prepositional phrases
        # ("municipalities under the command of the central government"); up to a verb form.
        inner = linked and low in _NOUN_PHRASE_LINKS
        # A verb form cuts a linked phrase, but the head noun itself may end like one ("Đông Hồ folk
        # woodcut painting (...)", "the main building (...)").
        if low in ENGLISH_FUNCTION_WORDS and not inner or linked and chosen and low.endswith(("ed", "ing")):
            break
        chosen.append(token)
        lead = _glued_function_word(low)
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
    if text[start - 1 : start] == "-" and not lead:
        # "60-year cycles": a count glued to the first word by a hyphen is part of the phrase.
        count = _GLUED_COUNT.search(text, max(floor, start - 8), start)
        if count is not None:
            start = count.start()
    return Phrase(text[start:stop], start, stop)


_GLUED_COUNT = re.compile(r"(?<![\w.,])\d{1,4}-$")


# Pronouns that stand for something named elsewhere, never a name or a rendering themselves.
PRONOUNS = frozenset(
    "it he she they we you i one everything something anything nothing all each both what which who".split()
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


def _glued_function_word(word: str) -> int:
    """The length of a function word glued to the front of a lower-case word that is no English
    word itself ("andpenaeid" -> 3; not "forest", "another", "order"), or 0."""
    if len(word) < 7 or is_english_word(word):
        return 0
    for head in _GLUEABLE:
        if word.startswith(head) and len(word) - len(head) >= 4 and word[len(head)].isalpha():
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


def _opens_sentence(text: str, pos: int, floor: int) -> bool:
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
        closing = min((i for i in (rest.find(q, 1) for q in QUOTES_CLOSE) if i > 0), default=-1)
        if closing > 0 and 0 < len(WORD.findall(rest[1:closing])) <= 8:
            begin = start + lead + 1
            return Phrase(_sentence_stop_off(clean(rest[1:closing])), begin, begin + closing - 1)
        return None
    match = _CLAUSE_HEAD.match(rest)
    if match is None:
        return None
    words = list(WORD.finditer(match.group()))[:_MAX_EN_WORDS]
    if not words:
        return None
    begin, stop = start + lead + words[0].start(), start + lead + words[-1].end()
    return Phrase(text[begin:stop], begin, stop)


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


def is_vi(phrase: Phrase | None, strong: bool = True) -> bool:
    return phrase is not None and _vi_text(phrase.text, strong)


@lru_cache(maxsize=65536)
def _vi_text(text: str, strong: bool) -> bool:
    words = WORD.findall(text)
    return bool(words) and vi_score(words) >= (0.5 if strong else 0.25)


def is_vi_name(text: str, phrase: Phrase | None) -> bool:
    """is_vi, or a capitalised name in mid-sentence whose first word is a syllable English also
    writes ("variously named An Quoc", "Long Bien"): its capital is no sentence's, so the word is
    Vietnamese, and the rest of the name decides."""
    if is_vi(phrase):
        return True
    if phrase is None or len(phrase.words) < 2 or not all(w[:1].isupper() for w in phrase.words):
        return False
    before = last_word(text, max(0, phrase.start - 20), phrase.start)
    if before is None or not text[before[0]].islower() or text[before[1] : phrase.start] != " ":
        return False
    rest = phrase.words[1:]
    return is_syllable(phrase.words[0]) and _vi_text(" ".join(rest), True)


def is_syllable_name(vi: Phrase | None) -> bool:
    """A capitalised name of two or more words, each a Vietnamese syllable though some are English
    words too ("Ha Long", "Dinh Doc Lap", "Ho Ba Be"): Vietnamese when a cue or an English name
    beside it says so."""
    if vi is None:
        return False
    words = vi.words
    return len(words) >= 2 and all(w[:1].isupper() and is_syllable(w) for w in words)


def plain_name_rendering(vi: Phrase, en: Phrase) -> bool:
    """A name of syllables without diacritics beside a capitalised English name holding an English
    word that is no syllable ("Ho Ba Be" / "Ba Be Lake", "Dinh Doc Lap" / "Reunification Palace"):
    a gloss; not two names of syllables ("Long Bien or Hoan Kiem"), nor one name respelt."""
    if (
        has_vi_letters(vi.text)
        or not is_syllable_name(vi)
        or not en.words[:1]
        or not en.words[0][:1].isupper()
    ):
        return False
    if fold(vi.text).replace(" ", "") == fold(en.text).replace(" ", ""):
        return False
    return any(not is_syllable(w) and is_english_word(w.lower()) for w in en.words)


def is_en(phrase: Phrase | None) -> bool:
    return phrase is not None and _en_text(phrase.text)


@lru_cache(maxsize=65536)
def _en_text(text: str) -> bool:
    words = WORD.findall(text)
    if not words:
        return False
    if has_vi_letters(text):
        # "Côn Island": a Vietnamese name with an English head word is English; else Vietnamese.
        return (
            len(words) > 1
            and words[-1][0].isupper()
            and not is_syllable(words[-1])
            and is_english_word(words[-1])
        ) or _english_head_of_name(words)
    # "Ben Thanh Market", "Hoan Kiem Lake": a Vietnamese name with an English head word is English.
    return en_score(words) >= 0.34 or len(words) > 1 and is_english_word(words[-1]) and words[-1][0].isupper()


def _english_head_of_name(words: list[str]) -> bool:
    """ "Prince of Nguyễn", "Kingdom of the Đại Việt": an English head word and "of" before a
    capitalised Vietnamese name is English, whatever letters the name has; Vietnamese never puts
    "of" there. The head must be no Vietnamese syllable ("Ba of ..." is not English)."""
    if len(words) == 2 and words[0][0].isupper() and words[1][0].isupper() and has_vi_letters(words[1]):
        # "Great Việt", "Upper Lào": an English adjective before a Vietnamese name, which Vietnamese
        # would put after it.
        return not has_vi_letters(words[0]) and not is_syllable(words[0]) and is_english_word(words[0])
    if words[0] == "The":
        words = words[1:]  # "The Tale of Kiều": a title's capital article opens the same shape
    if len(words) < 3 or words[1] != "of" or not words[0][0].isupper():
        return False
    if is_syllable(words[0]) or not is_english_word(words[0]):
        return False
    rest = words[3:] if words[2] == "the" else words[2:]
    return bool(rest) and all(w[0].isupper() for w in rest)


# Searches for line and paragraph ends look this far at most, so a text without line breaks does
# not make every match scan the whole text.
_REACH = 2000


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    low, high = max(0, pos - _REACH), min(len(text), pos + _REACH)
    start = text.rfind("\n\n", low, pos)
    end = text.find("\n\n", pos, high)
    return (low if start < 0 else start + 2), (high if end < 0 else end)


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    line_start = text.rfind("\n", low, start)
    line_end = text.find("\n", end, high)
    return (low if line_start < 0 else line_start + 1), (high if line_end < 0 else line_end)


ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


def names_place(vi: str) -> bool:
    """Whether a Vietnamese phrase is a generic place word and a proper name: "sông Hương",
    "Hang Sửng Sốt", "xa lộ Hà Nội"."""
    words = vi.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in VI_PLACE_GENERICS:
            return all(w[0].isupper() for w in words[n:])
    return False


def _title_article(text: str, en: Phrase) -> bool:
    """Whether the English side opens with a capitalised article that belongs to it: quoted, or
    after a lower-case word (no sentence's capital)."""
    if not en.text.startswith(("The ", "A ", "An ")):
        return False
    if text[en.start - 1 : en.start] in QUOTES_OPEN:
        return True
    if text[en.start - 1 : en.start] == "(":
        # "Truyện Kiều (The Tale of Kiều)": a parenthesis opening with a title in title case.
        rest = WORD.findall(en.text)[1:]
        return len(rest) > 1 and all(w[0].isupper() or w in ("of", "the", "and") for w in rest)
    before = last_word(text, max(0, en.start - 20), en.start)
    return before is not None and text[before[0]].islower() and text[before[1] : en.start] == " "


def gloss_mention(doc: Document, vi: Phrase, en: Phrase, confidence: float, origin: str = "gloss") -> Mention:
    start, end = min(vi.start, en.start), max(vi.end, en.end)
    # "(a local noodle dish)": the article belongs to the sentence, not to the gloss; a capital
    # article inside quotation marks or after a lower-case word opens a title or a sentence
    # rendered whole ('("The Vietnamese army marches")', "Vietnamese for The People").
    english = clean(en.text)
    if not _title_article(doc.text, en):
        english = ARTICLE.sub("", english) or english
    vietnamese = clean(vi.text)
    kind = Kind.PLACE if names_place(vietnamese) else Kind.TERM
    if kind is Kind.TERM:
        kind = _kind_of_named(vietnamese, english)
    if kind is Kind.TERM and vietnamese[:1].isupper() and len(vietnamese.split()) > 1:
        # "Ca trù (...)" opening a sentence: a term the text writes in lower case elsewhere.
        lowered = vietnamese[0].lower() + vietnamese[1:]
        if _written_lower(doc.text, lowered):
            vietnamese = lowered
    if english[:1].isupper() and not vietnamese[:1].isupper() and _opens_sentence(doc.text, en.start, 0):
        # "Districts (Vietnamese: huyện) are ...": a common noun capitalised by its sentence, which
        # the text writes in lower case elsewhere; the Vietnamese side in lower case says so.
        lowered = english[0].lower() + english[1:]
        if lowered != english and _written_lower(doc.text, lowered):
            english = lowered
    return mention_at(
        doc, start, end, kind=kind, vi=vietnamese, en=english, confidence=confidence, origin=origin
    )


# The answers of _written_lower for the text asked about last: a page glosses one term many times.
_LOWER_ASKED = threading.local()


def _written_lower(text: str, lowered: str) -> bool:
    """Whether text writes lowered as a word of its own or glued by a mirror to a lower-case word
    before it ("usenước mắm pha"); not inside a capitalised word ("an Quoc" in "Tran Quoc")."""
    if getattr(_LOWER_ASKED, "text", None) is not text:
        _LOWER_ASKED.text, _LOWER_ASKED.answers = text, {}
    answers: dict[str, bool] = _LOWER_ASKED.answers
    answer = answers.get(lowered)
    if answer is None:
        answer = answers[lowered] = _scan_written_lower(text, lowered)
    return answer


def _scan_written_lower(text: str, lowered: str) -> bool:
    at = text.find(lowered)
    while at >= 0:
        start = at
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start == at or text[start].islower():
            return True
        at = text.find(lowered, at + 1)
    return False


def _kind_of_named(vi: str, en: str) -> Kind:
    """ "Việt Nam Thanh Niên Kách Mệnh Hội (Vietnamese Revolutionary Youth Association)", "Dinh
    Thống Nhất (Reunification Palace)": a name on both sides, the English one ending with an
    organisation's or a place's head word, is that organisation's or place's; else a term. In "HEAD
    of NAME" the head is the word before "of" ("Supreme People's Procuracy of Vietnam", "State of
    Vietnam": a state is a place)."""
    words = en.split()
    if not words or not vi[:1].isupper():
        return Kind.TERM
    head_word = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if fold(head_word) in STATE_HEADS:
        # "Quốc gia Việt Nam", "Vương quốc Chăm Pa": the Vietnamese generic is in lower case, the
        # proper name after it capitalised.
        named = is_title_case(words) and vi.split()[-1][:1].isupper()
        return Kind.PLACE if named else Kind.TERM
    head = head_of(head_word)
    if head not in ("org", "place") or not (is_title_case(vi.split()) and is_title_case(words)):
        return Kind.TERM
    return Kind.ORGANISATION if head == "org" else Kind.PLACE


_NAME_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+){1,4})$")


def with_name_before(text: str, en: Phrase, vi: Phrase, floor: int) -> Phrase:
    """The English side grown back over the proper name the Vietnamese side holds: "Cua Van
    fishing village (làng chài Cửa Vạn)" glosses the whole name, not "fishing village"."""
    name = {fold(w) for w in vi.words[1:] if w[0].isupper()}
    if not name or any(w[0].isupper() for w in en.words):
        return en
    # "The Vietnam national football team (... quốc gia Việt Nam)": English writes a two-syllable
    # name as one word ("Vietnam", "Hanoi").
    words = vi.words
    pairs = zip(words[1:], words[2:], strict=False)
    name |= {fold(a + b) for a, b in pairs if a[0].isupper() and b[0].isupper()}
    match = _NAME_BEFORE.search(text, max(floor, en.start - 60), en.start)
    if match is None:
        return en
    start = en.start
    matched = False
    for word in reversed(list(re.finditer(r"[^\W\d_]+", match.group(1)))):
        # The name's words, then other capitalised words of the same name ("The Later Le dynasty
        # (Nhà Hậu Lê)": "Later" too), up to a function word.
        low = fold(word.group())
        if not word.group()[0].isupper() or low in ENGLISH_FUNCTION_WORDS or not matched and low not in name:
            break
        matched = matched or low in name
        start = match.start(1) + word.start()
    if start == en.start:
        return en
    return Phrase(text[start : en.end], start, en.end)


_WORD_AT = re.compile(r"[\"“‘']?([^\W\d_]+)")


def word_at(text: str, pos: int) -> str:
    match = _WORD_AT.match(text, pos)
    return match.group(1) if match else ""


def word_before(text: str, pos: int) -> str:
    span = last_word(text, max(0, pos - 20), pos)
    return text[span[0] : span[1]] if span else ""
