"""The two sides of a gloss and the mention a pair makes: the dashes and transcriptions a cue's
phrase ends before, the mention's kind and article, an English name's words before its rendering.
The sides themselves are read in gloss_side.py (the Phrase and its language), vi_runs.py (runs of
Vietnamese words) and en_phrases.py (English phrases beside a cue); the gloss readers take them all
from here. Which side is Vietnamese is decided by glossary/vietnamese.py."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from glossary.model import Kind
from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters

from .cue_grammar import MEANING_CUED, meaning_before
from .dash_chars import rare_dash_places
from .documents import Document
from .en_phrases import PRONOUNS, en_phrase_back, en_phrase_forward, is_number, opens_sentence, quoted_forward
from .generic_meaning import specific_part
from .gloss_side import (
    ARTICLE,
    Phrase,
    back_over,
    blanks_before,
    clean,
    is_en,
    is_syllable_name,
    is_title_case,
    is_vi,
    is_vi_name,
    line_bounds,
    paragraph_bounds,
    plain_name_rendering,
)
from .lexicon import STATE_HEADS, VI_PLACE_GENERICS
from .mentions import QUOTES_OPEN, WORD, Mention, fold, last_word, mention_at
from .names.words import head_of
from .script_patterns import HAN_CHARS, IPA_CHARS
from .title_renderings import title_part
from .titled_persons import LINE_TITLE, names_titled_person, titles_a_line
from .vi_runs import glued_vi_tail, vi_run_back, vi_run_forward

# The names the gloss readers take from here: this module's own and those of the modules it was
# split into (gloss_side, vi_runs, en_phrases).
__all__ = [
    "ARTICLE",
    "PRONOUNS",
    "Phrase",
    "back_over",
    "back_over_transcription",
    "blanks_before",
    "clean",
    "en_phrase_back",
    "en_phrase_forward",
    "find_dashes",
    "gloss_mention",
    "glued_vi_tail",
    "is_en",
    "is_number",
    "is_syllable_name",
    "is_title_case",
    "is_vi",
    "is_vi_name",
    "line_bounds",
    "names_place",
    "opens_sentence",
    "paragraph_bounds",
    "plain_name_rendering",
    "quoted_forward",
    "vi_run_back",
    "vi_run_forward",
    "with_name_before",
    "word_at",
    "word_before",
]

# A bracketed transcription or a reference mark ending where a cue's phrase ends: 'Phở [fə˧˩],
# literally ...', 'Huế[2], meaning ...'. Brackets never hold the term itself.
_BRACKET_BEFORE = re.compile(r"[ \t]*\[[^\[\]\n]{1,60}\]$")
_IPA_SLASHES_BEFORE = re.compile(rf"[ \t]*/[^/\n]*[{IPA_CHARS}][^/\n]*/$")


# A parenthesis right after the term and before its cue that holds a language label, Chinese
# characters or a pronunciation, no rendering: 'Văn Miếu (Vietnamese: ..., chữ Hán: 文廟), literally
# translated as ...', 'Phở (/fɜː/), meaning ...'.
_PAREN_BEFORE = re.compile(
    r"(?<=[^\W\d_])[ \t]*\((?:[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*:[^()\n]{0,110}|"
    # "Ca phe sua nong ( _vi. "cà phê sữa nóng") — literally": a wiki template's language code.
    r"[ \t]*_?vi\.[ \t][^()\n]{1,110}|"
    # "Mì Quảng (also spelled mỳ Quảng), literally": another spelling of the term.
    r"(?:also[ \t]+)?(?:spelled|spelt|written)[ \t][^()\n]{1,60}|"
    rf"[^()\n]{{0,60}}[{HAN_CHARS}{IPA_CHARS}][^()\n]{{0,60}})\)$"
)
# Adverbs between a term and its cue word: '"Tết" itself only means "festival"', '"nương" here
# refers roughly to "maiden"'.
_CUE_ADVERBS = frozenset(
    "itself here only simply just actually also thus originally usually therefore".split()
)
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


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
    for pos in _dash_places(text):
        start = blanks_before(text, pos, end)
        if start == pos:
            continue
        stop = pos + 1
        while stop < len(text) and text[stop] in " \t":
            stop += 1
        end = stop
        yield start, stop


# The dash alone, before a blank (see find_dashes): one pattern per dash, each opening with its
# literal, which the regex engine scans for character by character in C; a class of the three
# ("[–—-](?=[ \t])") is tested at every position of the text, about three times the work.
_DASH_CORES = tuple(re.compile(dash + r"(?=[ \t])") for dash in "–—-")


def _dash_places(text: str) -> list[int]:
    """Where each dash with a blank after it stands, in order (a match is the one dash, so the
    three patterns' places are distinct and together those of the class's scan)."""
    places = [hit.start() for core in _DASH_CORES for hit in core.finditer(text)]
    places += rare_dash_places(text)  # "―" and Unicode's other dashes (dash_chars)
    places.sort()
    return places


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


def names_place(vi: str) -> bool:
    """Whether a Vietnamese phrase is a generic place word and a proper name: "sông Hương",
    "Hang Sửng Sốt", "xa lộ Hà Nội"."""
    words = vi.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in VI_PLACE_GENERICS:
            return all(w[0].isupper() for w in words[n:])
    return False


# The short words title case leaves in lower case ("The Glorious Time in Mê Thảo Hamlet").
_TITLE_SMALL_WORDS = frozenset(("of", "the", "and", "in", "on", "at", "for", "to"))


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
        return len(rest) > 1 and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in rest)
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
    vi = _with_named_part_before(doc.text, vi, en)
    vi = specific_part(vi, english) or title_part(vi, english) or vi
    vietnamese = clean(vi.text)
    kind = Kind.PLACE if names_place(vietnamese) else Kind.TERM
    if kind is Kind.TERM:
        kind = _kind_of_named(vietnamese, english)
    cued = meaning_before(doc.text, en.start)
    if cued and kind is not Kind.TERM and doc.text[en.start - 1 : en.start] in QUOTES_OPEN:
        # 'Sơn Nam (山南), meant "Southern Mountains"': words quoted after a rendering cue give the
        # name's meaning, a term pair beside the place's or body's own entry, whatever head word
        # they end with (docs/gold-rules.md §10.8); an English name after a cue is written bare
        # ("literally translated as Temple of Literature").
        kind = Kind.TERM
    if kind is Kind.TERM and vietnamese[:1].isupper() and len(vietnamese.split()) > 1:
        # "Ca trù (...)" opening a sentence: a term the text writes in lower case elsewhere.
        lowered = vietnamese[0].lower() + vietnamese[1:]
        if _written_lower(doc.text, lowered):
            vietnamese = lowered
    if english[:1].isupper() and not vietnamese[:1].isupper() and opens_sentence(doc.text, en.start, 0):
        # "Districts (Vietnamese: huyện) are ...": a common noun capitalised by its sentence, which
        # the text writes in lower case elsewhere; the Vietnamese side in lower case says so.
        lowered = english[0].lower() + english[1:]
        if lowered != english and _written_lower(doc.text, lowered):
            english = lowered
    mention = mention_at(
        doc, start, end, kind=kind, vi=vietnamese, en=english, confidence=confidence, origin=origin
    )
    if cued:
        mention.flags.append(MEANING_CUED)
    if (
        kind is Kind.TERM
        and names_titled_person(vietnamese, english)
        and titles_a_line(doc.text, english, doc.lower)
    ):
        mention.flags.append(LINE_TITLE)
    return mention


# The words before a comma that ends right where a Vietnamese side starts.
_PART_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+),[ \t]+$")


def _with_named_part_before(text: str, vi: Phrase, en: Phrase) -> Phrase:
    """The Vietnamese side grown back over a comma to the name its rendering keeps: in "the film Mê
    Thảo, Thời Vang Bóng (The Glorious Time in Mê Thảo Hamlet)" the title is both parts, and the
    English holds the first ("Mê Thảo") in its own letters."""
    if not has_vi_letters(en.text):
        return vi  # most renderings: asked once on the text (memoised), not per word
    en_words = en.words
    if not any(w[:1].isupper() and has_vi_letters(w) and w not in vi.words for w in en_words):
        return vi
    before = _PART_BEFORE.search(text, max(0, vi.start - 40), vi.start)
    if before is None:
        return vi
    words = before.group(1).split()
    for k in range(len(words), 0, -1):
        part = words[-k:]
        if not any(has_vi_letters(w) for w in part) or any(w in vi.words for w in part):
            continue
        if any(en_words[i : i + k] == part for i in range(len(en_words) - k + 1)):
            joined = " ".join(part)
            start = before.end(1) - len(joined)
            if text[start : before.end(1)] == joined:
                return Phrase(text[start : vi.end], start, vi.end)
    return vi


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
    en = _with_first_part(text, en, vi, floor)
    name = {fold(w) for w in vi.words[1:] if w[0].isupper()}
    if len(vi.words) > 1 and vi.words[0][0].isupper() and vi.words[1][0].islower():
        # "the Trịnh clan (Trịnh thị)": a name opening the Vietnamese side before its lower-case
        # generic word; the English writes it before its own generic word.
        name.add(fold(vi.words[0]))
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
        # The function-word test is on the word as written: "Cần" folds to "can", no "Can".
        if (
            not word.group()[0].isupper()
            or word.group().lower() in ENGLISH_FUNCTION_WORDS
            or not matched
            and low not in name
        ):
            break
        matched = matched or low in name
        start = match.start(1) + word.start()
    if start == en.start:
        return en
    return Phrase(text[start : en.end], start, en.end)


# A name of two parts written with a spaced dash between them ("Khối chuyên Tổng Hợp – Đại học
# Khoa Học Tự Nhiên Hà Nội"), and the capitalised words of a name, then a comma, before a phrase.
_TWO_PARTS = re.compile(r"[^\W\d_] [–—] [^\W\d_]")
_CAP_PART_BEFORE = re.compile(
    r"(?<![^ \t])((?:[A-Z][^\W\d_]*[ \t]+(?:(?:for|of|the|and)[ \t]+)?){0,5}[A-Z][^\W\d_]*),[ \t]+$"
)


def _with_first_part(text: str, en: Phrase, vi: Phrase, floor: int) -> Phrase:
    """A capitalised English side grown back over a comma to the first part of a two-part name the
    Vietnamese side holds whole: "High School for Gifted Students, Hanoi University of Science
    (Khối chuyên Tổng Hợp – Đại học Khoa Học Tự Nhiên Hà Nội)" renders both parts."""
    if not en.text[:1].isupper() or "–" not in vi.text and "—" not in vi.text:
        return en  # most sides: two tests on the text before any pattern is tried
    if _TWO_PARTS.search(vi.text) is None or _TWO_PARTS.search(en.text):
        return en
    before = _CAP_PART_BEFORE.search(text, max(floor, en.start - 60), en.start)
    if before is None or before.start() < floor:
        return en
    start = before.start(1)
    return Phrase(text[start : en.end], start, en.end)


_WORD_AT = re.compile(r"[\"“‘']?([^\W\d_]+)")


def word_at(text: str, pos: int) -> str:
    match = _WORD_AT.match(text, pos)
    return match.group(1) if match else ""


def word_before(text: str, pos: int) -> str:
    span = last_word(text, max(0, pos - 20), pos)
    return text[span[0] : span[1]] if span else ""
