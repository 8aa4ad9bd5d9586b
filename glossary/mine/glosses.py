"""Gloss extractor: a Vietnamese term and its English rendering given side by side, in either order.

"đổi mới (Renewal)", "Renewal (đổi mới)", "(Vietnamese: Hoàng thành Thăng Long)", 'X, meaning "Y"',
'X, literally "Y"', 'X translates to "Y"', 'known as X', 'X – Y', "bánh mì/bánh mỳ", glossary and
dash lists ("• Đàn bầu - monochord zither"), table rows (tables.py), "the word X for Y". Which side is
Vietnamese is decided by letters and syllable shape (syllables.py), never by a word list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind, VariantType
from glossary.vietnamese import (
    ENGLISH_FUNCTION_WORDS,
    VI_LETTER,
    english_words,
    has_vi_letters,
    is_english_word,
    is_syllable,
    may_be_vietnamese,
    vi_score,
)

from . import gazetteer
from .aligner import align
from .documents import Document
from .gloss_evidence import REMARK_PRONOUNS, THRESHOLD, not_latin, respelt, score
from .keys import exact_key
from .lexicon import language_names
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, Mention, fold, literal_hits, mention_at
from .name_spans import LY_ADVERB, is_ly_adverb
from .parentheses import extract_parentheses
from .phrases import (
    PRONOUNS,
    Phrase,
    back_over,
    back_over_transcription,
    blanks_before,
    en_phrase_back,
    en_phrase_forward,
    find_dashes,
    gloss_mention,
    is_en,
    is_syllable_name,
    is_title_case,
    is_vi,
    line_bounds,
    paragraph_bounds,
    plain_name_rendering,
    quoted_forward,
    vi_run_back,
    vi_run_forward,
    word_at,
    word_before,
)
from .tables import extract_tables

# Cue phrases between a term and its gloss.
# Both start at the cue word, so the regex engine only tries where such a word begins.
_CUE = re.compile(
    # "mean" after a modal ("bò can either mean "cow""), which _cues finds before it.
    r"\b(?:which\s+)?(?P<cue>meaning|means|(?P<mean>mean)|literally\s+(?:translated|rendered)\s+as|"
    r"(?:literally|roughly|simply)\s+(?:means|meaning)|literally|lit\.|"
    r"translated\s+as|translates\s+(?:literally\s+)?(?:to|as)|roughly\s+translated\s+as|"
    # "— literally, "hot milk coffee"": a comma after "literally" as after an adverb.
    r"(?P<refers>refers\s+(?:roughly\s+|simply\s+|literally\s+)?to))(?:,(?<=literally,))?\s*:?\s+",
    re.IGNORECASE,
)
_KNOWN_AS = re.compile(
    # An adverb may qualify the cue: a few short ones, or any "-ly" adverb ("usually called"; the
    # class is name_spans.is_ly_adverb's, checked by _known_as_cues).
    rf"\b(?:(?:also|often|once|better|best|(?P<adverb>{LY_ADVERB}))\s+)?"
    r"(?:(?:known|referred\s+to)\s+(?:locally\s+|in\s+(?:Vietnamese|English)\s+)?as|called|dubbed)\s+|"
    # "fish sauce, which Vietnamese call nước mắm": the speakers named, the clause's relative word
    # read back over below.
    r"\b(?P<speakers>Vietnamese|locals|people)\s+call\s+",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_ARTICLE_AHEAD = re.compile(r"the[ \t]+(?=[\"“])", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(
    r"(?:,[ \t]*)?(?<![^\W\d_])(?:which|that|what)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)


# The characters IGNORECASE matches to an ASCII letter although lower() does not map them onto it
# (long s, dotless i, dotted capital I; a test checks the list): a text holding one is searched
# the slow way (see find_cue).
CASE_ODDITIES = frozenset("\u017f\u0131\u0130")
# In the lower-cased text: "\u0130" lower-cases to two characters (the lengths differ), the other
# two to themselves, and no other character lower-cases to either (a test checks it).
_LOWER_ODDITIES = ("\u017f", "\u0131")
# The cue words themselves, to find candidates in the lower-cased text with fast literal scans
# (str.find; none of them occurs inside another).
_CUE_ANCHOR = (
    "meaning",
    "means",
    "mean ",
    "literally",
    "lit.",
    "translated",
    "translates",
    "roughly",
    "refers",
)
_KNOWN_AS_ANCHOR = ("known", "referred", "called", "dubbed", "call ")
_LETTER = re.compile(r"[^\W\d_]")


def find_cue(text: str, lower: str, cue: re.Pattern[str], anchor: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of cue.finditer(text), found faster.

    A case-insensitive pattern that may start anywhere makes the regex engine try every position of
    the text; instead the cue words (anchor) are found in the lower-cased text by literal scans and
    the pattern is tried only where a match can start: at the cue word or at the word before it
    ("also known as", "which means").
    """
    if not _case_plain(text, lower):
        yield from cue.finditer(text)
        return
    end = 0
    for pos in literal_hits(lower, anchor):
        if pos < end:
            continue
        gap = pos
        while gap > end and text[gap - 1].isspace():
            gap -= 1
        lead = gap
        while lead > end and _LETTER.match(text, lead - 1):
            lead -= 1
        for start in (lead, pos) if lead < gap < pos else (pos,):
            match = cue.match(text, start)
            if match is not None:
                end = match.end()
                yield match
                break


def _case_plain(text: str, lower: str) -> bool:
    """Whether lower (text.lower()) maps text letter for letter and text holds none of the
    CASE_ODDITIES: found by the literal scan of lower that every cue reader shares (two more
    words in its one automaton), not by scans of the text per reader."""
    return len(lower) == len(text) and not literal_hits(lower, _LOWER_ODDITIES)


_DASH = re.compile(r"[ \t]+[–—-][ \t]+")
# The slash first, for the same reason.
_SLASH = re.compile(r"/(?<=[^\W\d_]/)(?=[^\W\d_])")
# "The system, called Quoc Ngu", "another religious movement known as Cao Đài": the class of
# what is named, no rendering.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "another"})
_DEFINITE = re.compile(r"(?<![^\W\d_])(?:the|this|that|these|those)[ \t]+$", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?<![^\W\d_])(?:a|an)[ \t]+$", re.IGNORECASE)


def _is_quoted_vi(phrase: Phrase | None) -> bool:
    """A quoted Vietnamese phrase that may hold a loanword ("Đi metro, sống xanh"): diacritics,
    and most words Vietnamese-shaped."""
    if phrase is None or not has_vi_letters(phrase.text):
        return False
    words = phrase.words
    shaped = [w for w in words if is_syllable(w)]
    return 2 * len(shaped) > len(words) and vi_score(shaped) >= 0.5


def _translated(vi: Phrase, en: Phrase | None, text: str) -> bool:
    """A quoted English rendering after a cue: short English words may fit the syllable shape
    ("poem hat"), so it is enough that it differs from a Vietnamese side with diacritics."""
    if en is None:
        return False
    if is_en(en):
        return True
    quoted = en.start > 0 and text[en.start - 1] in QUOTES_OPEN
    return (
        quoted
        and has_vi_letters(vi.text)
        and (not has_vi_letters(en.text) or _keeps_a_name(vi, en))
        and fold(en.text) != fold(vi.text)
        and bool(en.words)
    )


def _keeps_a_name(vi: Phrase, en: Phrase) -> bool:
    """'Mì Quảng, literally "Quảng noodles"': a rendering that keeps a capitalised word of the
    Vietnamese side as written and renders the rest with English words that are no syllables."""
    kept = set(vi.words)
    named = [w for w in en.words if w in kept]
    rest = [w for w in en.words if w not in kept]
    return (
        all(w[:1].isupper() for w in named)
        and bool(rest)
        and all(not is_syllable(w) and is_english_word(w.lower()) for w in rest)
    )


_MODAL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:can|could|may|might|would|will)"
    rf"(?:[ \t]+(?:either|also|both|even|{LY_ADVERB}))?[ \t]+$",
    re.IGNORECASE,
)


def _cues(doc: Document) -> Iterator[Mention]:
    """'X, meaning "Y"', 'X, literally "Y"', 'X translates to "Y"' in either direction."""
    text = doc.text
    for match in find_cue(text, doc.lower, _CUE, _CUE_ANCHOR):
        start = match.start()
        if match.group("mean"):
            # The bare verb is a cue only after a modal, whatever adverb follows it ("can mean",
            # "may also mean", "could either mean"): the term is the modal's subject.
            modal = _MODAL_BEFORE.search(text, max(0, start - 32), start)
            if modal is None:
                continue
            start = modal.start()
        left_end = back_over_transcription(text, start)
        floor, ceiling = paragraph_bounds(text, match.start())
        if "," in text[max(floor, left_end - 48) : left_end]:
            # 'the "thần", a term which can be translated as "spirits"': the term is before the
            # appositive that names it a word.
            named = _A_WORD_BEFORE.search(text, max(floor, left_end - 48), left_end)
            if named is not None:
                left_end = named.start()
        if _in_labelled_parenthesis(text, match.start(), floor):
            continue  # parentheses.py reads the whole label, and its literal meaning with it
        ceiling = min(ceiling, match.end() + 200)
        vi = vi_run_back(text, left_end, floor)
        quoted_left = text[left_end - 1 : left_end] in QUOTES_CLOSE
        if quoted_left:
            vi = en_phrase_back(text, left_end, floor)
        if vi is not None and (is_vi(vi) or quoted_left and _is_quoted_vi(vi) or is_syllable_name(vi)):
            en = en_phrase_forward(text, match.end(), ceiling)
            if not is_vi(vi) and not quoted_left and not _quoted(text, en):
                continue  # "Ha Long, meaning ...": a name of syllables only glossed by a quotation
            if match.group("refers") and not _named_referent(text, en, vi):
                continue  # "X refers to the district where ...": a description, no rendering
            if en is not None and (_translated(vi, en, text) or match.group("refers")):
                gloss = gloss_mention(doc, vi, en, 0.85)
                if "(" in text[vi.end : match.start()]:
                    # The parenthesis skipped between the term and its cue is not explained by the
                    # gloss: its other forms ("chữ Hán") stay for the later extractors.
                    gloss.start, gloss.end = vi.start, vi.end
                yield gloss
            continue
        en = en_phrase_back(text, left_end, floor)
        right = quoted_forward(text, match.end(), ceiling) or vi_run_forward(text, match.end(), ceiling)
        if is_en(en) and is_vi(right) and en is not None and right is not None:
            yield gloss_mention(doc, right, en, 0.8)


def _quoted(text: str, en: Phrase | None) -> bool:
    return en is not None and text[en.start - 1 : en.start] in QUOTES_OPEN


def _named_referent(text: str, en: Phrase | None, vi: Phrase) -> bool:
    """What a term "refers to" renders it only as an English quotation or, after a term with
    diacritics, an English name of a few words ('"nương" refers roughly to "maiden"', "Văn refers to
    Confucius"; not "Hoan Kiem refers to Hoàn Kiếm")."""
    if en is None or not 0 < len(en.words) <= 4 or has_vi_letters(en.text):
        return False
    if text[en.start - 1 : en.start] in QUOTES_OPEN:
        return _translated(vi, en, text)
    if en.text.islower():
        # "Tấm refers to the broken rice grains.": one word with diacritics, and a noun phrase of
        # two to four content words closing the clause (not "the reforms of 1986", not "the lake").
        words = [w for w in en.words if w not in ("the", "a", "an")]
        closes = text[en.end : en.end + 1] in (".", ",", ";", ")", "")
        return (
            len(vi.words) == 1
            and has_vi_letters(vi.text)
            and closes
            and 2 <= len(words) == len(en.words) - (en.words[0] in ("the", "a", "an"))
            and not any(w in ENGLISH_FUNCTION_WORDS for w in words)
        )
    named = en.words[0][:1].isupper() and (len(en.words) == 1 or is_title_case(en.words))
    # "Hoàn Kiếm refers to Hanoi": a place the term lies in, no rendering.
    place = gazetteer.is_place(en.text)
    return has_vi_letters(vi.text) and named and not is_vi(en, strong=False) and not place


_VI_LABEL = re.compile(r"[ \t]*(?:in[ \t]+)?(?:Vietnamese|vi)[ \t]*[:,]", re.IGNORECASE)


def _in_labelled_parenthesis(text: str, pos: int, floor: int) -> bool:
    """Whether pos is inside "(Vietnamese: ...": there the Vietnamese form may hold a spaced hyphen
    ("Công nghiệp - Viễn thông Quân đội, lit. ...") that a run of words read back would stop at."""
    opening = text.rfind("(", floor, pos)
    return opening >= 0 and ")" not in text[opening:pos] and _VI_LABEL.match(text, opening + 1) is not None


# The end of the name an appositive describes: the name, perhaps its short form in parentheses and
# a lower-case noun or two ("One Commune One Product (OCOP) label"), then the comma.
_OWNER_TAIL = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?(?:[ \t]+[a-z]+){0,2}[ \t]*,[ \t]*$")


def _appositive_owner(text: str, pos: int, floor: int) -> Phrase | None:
    """The capitalised name before ", a ..." at pos, or None."""
    tail = _OWNER_TAIL.search(text, max(floor, pos - 60), pos)
    if tail is None:
        return None
    name = en_phrase_back(text, tail.start(), floor)
    if name is None or not is_title_case(name.words) or not is_en(name):
        return None
    return name


def _known_as(doc: Document) -> Iterator[Mention]:
    """ "the Renewal policy, known as Đổi Mới": English before the cue, Vietnamese after it."""
    text = doc.text
    for match in _known_as_cues(doc):
        floor, ceiling = paragraph_bounds(text, match.start())
        ceiling = min(ceiling, match.end() + 200)
        right = quoted_forward(text, match.end(), ceiling) or vi_run_forward(text, match.end(), ceiling)
        if right is None or not is_vi(right) or not has_vi_letters(right.text) and not _lone_vi_word(right):
            reverse = _known_as_english(doc, match, floor, ceiling)
            if reverse is not None:
                yield reverse
            continue
        after = word_at(text, right.end + 1) if text[right.end : right.end + 1] == " " else ""
        if after[:1].isupper() and is_english_word(after):
            continue  # "ceramics called Bát Tràng Porcelain": a name with an English head word
        en_end = match.start()
        if _BECAME_BEFORE.search(text, max(floor, en_end - 24), en_end):
            # "the nation officially became known as Đại Việt Nam", "Nguyễn Ái Quốc, now known as
            # Hồ Chí Minh": a new name, no rendering.
            continue
        subject = (
            _IS_BEFORE.search(text, max(floor, en_end - 6), en_end) if right.text[:1].islower() else None
        )
        if subject is not None:
            # "Tea is also known as nước chè": the sentence's subject, a common noun, is the English.
            noun = en_phrase_back(text, subject.start(), floor, most=2)
            if _common_subject(text, noun, floor) and noun is not None:
                yield gloss_mention(doc, right, noun, 0.6)
            continue
        if match.group("speakers"):
            relative = _RELATIVE_BEFORE.search(text, max(floor, en_end - 14), en_end)
            if relative is None:
                continue  # "people call Hanoi home": no term is named
            en_end = relative.start()
        # As long as the Vietnamese side (two words at least), one more when a function word
        # bounds it: "Cooks use fish sauce, which Vietnamese call nước mắm" gives "fish sauce",
        # "the savory beef soup called pho" the whole phrase.
        most = max(2, len(right.words))
        en = en_phrase_back(text, back_over(text, en_end), floor, most=most, bounded=True)
        if not is_en(en) or en is None:
            continue
        if en.words[0].lower() in _DEMONSTRATIVES or (
            len(en.words) == 1 and _DEFINITE.search(text, max(floor, en.start - 7), en.start)
        ):
            continue  # "The system, called Quoc Ngu": the class of what is named, no rendering
        article = _INDEFINITE.search(text, max(floor, en.start - 4), en.start)
        if article is None:
            yield gloss_mention(doc, right, en, 0.7)
            continue
        # "the One Commune One Product label, a national programme known in Vietnamese as ...":
        # "a programme" names a class; the term is the name the appositive describes.
        owner = _appositive_owner(text, article.start(), floor)
        if owner is not None:
            yield gloss_mention(doc, right, owner, 0.6)
        elif len(en.words) >= 2 and en.text.islower() and right.text[:1].islower():
            # "a spicy beef soup known as bún bò": a described thing, no appositive's owner; a
            # single class word ("a soup known as phở") renders nothing.
            yield gloss_mention(doc, right, en, 0.6)


# "became known as", "officially became known as": the thing took a new name.
# ", a term which can be", ", a Vietnamese word", ", a name that is" between a term and a cue.
_A_WORD_BEFORE = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:term|word|name|phrase|expression|title)"
    r"(?:[ \t]+(?:which|that)(?:[ \t]+(?:(?:can|may|could|might)[ \t]+be|is))?)?[ \t]*$"
)
_BECAME_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:became|become|becomes|becoming|now|later)(?:[ \t]+[^\W\d_]+ly)?[ \t]+$", re.IGNORECASE
)
_IS_BEFORE = re.compile(r"(?<![^\W\d_])(?:is|are)[ \t]+$")


def _common_subject(text: str, noun: Phrase | None, floor: int) -> bool:
    """Whether noun, a clause's subject, is an English common noun phrase that names a class
    itself ("Tea", "fish sauce"): in lower case but for a capital opening the sentence; not a
    place ("Hanoi is also known as ..." gives another name), not after "the" or "this" ("The city
    is known as ...": what is named is elsewhere)."""
    if noun is None or gazetteer.is_place(noun.text):
        return False
    first, rest = noun.words[0], noun.words[1:]
    if any(not w.islower() for w in rest) or _DEFINITE.search(text, max(floor, noun.start - 7), noun.start):
        return False
    low = first.lower()
    if low in ENGLISH_FUNCTION_WORDS or low in _DEMONSTRATIVES or low in PRONOUNS:
        return False  # "It is known as bánh mì", "Everything is known as ...": what is named is elsewhere
    if first.islower():
        return True
    before = text[max(floor, noun.start - 3) : noun.start].strip()
    return (noun.start <= floor or before[-1:] in (".", "!", "?", "")) and is_english_word(first.lower())


# Cues naming what something was called before: another name, not a rendering.
_FORMER_CUE = re.compile(r"(?:formerly|previously|originally|once)\b", re.IGNORECASE)


def _known_as_cues(doc: Document) -> Iterator[re.Match[str]]:
    """The naming cues of the text; a "-ly" word before the cue that is no adverb ("a family called")
    is not the cue's: the cue is matched again from its own word."""
    for match in find_cue(doc.text, doc.lower, _KNOWN_AS, _KNOWN_AS_ANCHOR):
        adverb = match.group("adverb")
        if adverb and not is_ly_adverb(adverb):
            rest = _SPACES.match(doc.text, match.end("adverb"))
            match = _KNOWN_AS.match(doc.text, rest.end() if rest else match.end("adverb"))
            if match is None:
                continue
        yield match


def _known_as_english(doc: Document, match: re.Match[str], floor: int, ceiling: int) -> Mention | None:
    """ "Gỏi cuốn, also known as Vietnamese spring rolls, is ...": a Vietnamese term with diacritics
    right before the cue (after a comma) and an English rendering after it closing the clause, a
    lower-case noun phrase or a capitalised English name. Not a former name ("formerly known as")."""
    text = doc.text
    if match.group("speakers") or _FORMER_CUE.match(text, match.start()):
        return None
    end = back_over(text, match.start(), " \t")
    if text[end - 1 : end] != ",":
        return None
    vi = vi_run_back(text, end - 1, floor)
    if vi is None or not has_vi_letters(vi.text) or not is_vi(vi):
        return None
    if vi.start > floor and text[vi.start - 1] not in " \t\n(":
        return None
    # 'also known in English as the "Vietnamese pork roll"': the quotation makes a name of it,
    # whatever article the sentence puts before it.
    article = _ARTICLE_AHEAD.match(text, match.end(), ceiling)
    quoted = quoted_forward(text, article.end() if article else match.end(), ceiling)
    en = (
        quoted
        or _noun_phrase_forward(text, match.end(), ceiling)
        or _name_forward(text, match.end(), ceiling)
    )
    if en is None or not is_en(en) or has_vi_letters(en.text):
        return None
    close = en.end + 1 if quoted is not None and text[en.end : en.end + 1] in QUOTES_CLOSE else en.end
    if text[close : close + 1] not in (",", ".", ";", ")"):
        return None  # "known as Faifo in the past": the clause goes on
    capitals = [w.lower() for w in en.words if w[:1].isupper()]
    if any(not is_english_word(w) and w not in language_names() for w in capitals):
        return None  # "Hội An, known as Faifo": another name, no English rendering
    return gloss_mention(doc, vi, en, 0.6)


def _lone_vi_word(vi: Phrase) -> bool:
    """A Vietnamese side without diacritics is sure with two words or more, or one lower-case word
    the Vietnamese lexicon attests and no English list has ("the beef soup called pho"); a
    capitalised one may be anyone's name ("a man called Tam")."""
    return len(vi.words) >= 2 or vi.text.islower() and vi_score(vi.words) >= 0.65


def _plain_vi(vi: Phrase) -> bool:
    """A Vietnamese side written without diacritics that is still sure: two or more words, every
    one attested by the Vietnamese lexicon and by no English list ("pho bo", "banh xeo")."""
    return len(vi.words) >= 2 and vi_score(vi.words) >= 0.65


def _dashes(doc: Document) -> Iterator[Mention]:
    """ "bánh mì – Vietnamese baguette": the Vietnamese side with diacritics or surely Vietnamese
    without, and the English side a short phrase that ends the clause, since dashes join so many
    other things."""
    text = doc.text
    for dash_start, dash_end in find_dashes(text):
        marked = VI_LETTER.search(text, max(0, dash_start - 12), dash_start) is not None
        if not marked and not is_syllable(word_before(text, dash_start)):
            continue
        line_start, line_end = line_bounds(text, dash_start, dash_end)
        vi = vi_run_back(text, dash_start, line_start)
        if vi is not None and (has_vi_letters(vi.text) and is_vi(vi) or _plain_vi(vi)):
            en = en_phrase_forward(text, dash_end, line_end)
            if en is not None and not has_vi_letters(vi.text) and all(is_syllable(w) for w in en.words):
                continue  # "Vinh Nghiem – Con Son": without diacritics, a name list, not a gloss
            if en is not None and has_vi_letters(en.text):
                continue  # "Phong Nha – Kẻ Bàng National Park": one name's two parts, no rendering
            after = text[en.end : en.end + 3].lstrip(" \t")[:1] if en else ""
            if en is None or not is_en(en) or after not in ("", ".", ",", ";", ")", "\n", "–", "—"):
                continue
            if gazetteer.is_place(en.text):
                continue  # "Bún chả - Hanoi": where it comes from
            if _how_made(en.words):
                continue  # "Chè bưởi - made from pomelo rind": how it is made, no rendering
            if is_title_case(vi.words) and en.text.islower() and not has_vi_letters(vi.text):
                continue  # "Nha Trang - beach town with many resorts": a name described
            yield gloss_mention(doc, vi, en, 0.5)


def _slashes(doc: Document) -> Iterator[Mention]:
    """ "bánh mì/bánh mỳ": two spellings of one Vietnamese term."""
    text = doc.text
    for match in _SLASH.finditer(text):
        line_start, line_end = line_bounds(text, match.start(), match.end())
        left = vi_run_back(text, match.start(), line_start)
        right = vi_run_forward(text, match.end(), line_end)
        if left is None or right is None or not (has_vi_letters(left.text) or has_vi_letters(right.text)):
            continue
        # The two sides name the same thing: as many words on each side.
        n = min(len(left.words), len(right.words))
        left_words, right_words = left.words[-n:], right.words[:n]
        if not is_vi(Phrase(" ".join(left_words), 0, 0)) or not is_vi(Phrase(" ".join(right_words), 0, 0)):
            continue
        a, b = " ".join(left_words), " ".join(right_words)
        if a == b:
            continue
        same_letters = fold(a) == fold(b)
        mention = mention_at(
            doc,
            left.start,
            right.end,
            kind=Kind.TERM,
            vi=a,
            variants=[(b, VariantType.TONE_STYLE if same_letters else VariantType.SPELLING)],
            confidence=0.6,
            origin="slash",
        )
        yield mention


_APPOSITIVE = re.compile(r",[ \t]+(?P<article>the|an|a)[ \t]+")


def _appositives(doc: Document) -> Iterator[Mention]:
    """ "Tết Nguyên Đán, the Lunar New Year.": a Vietnamese name with diacritics, then its English
    name in title case closing the clause; "nón lá, a conical palm-leaf hat,": a Vietnamese word,
    then a short English noun phrase with an indefinite article closing the clause."""
    text = doc.text
    for match in _APPOSITIVE.finditer(text):
        marked = VI_LETTER.search(text, max(0, match.start() - 12), match.start()) is not None
        if not marked and (
            match.group("article") == "the" or not is_syllable(word_before(text, match.start()))
        ):
            continue  # the Vietnamese side has diacritics: skip the many plain ", the" or ", a"
        line_start, line_end = line_bounds(text, match.start(), match.end())
        vi = vi_run_back(text, match.start(), line_start)
        if vi is None or not (has_vi_letters(vi.text) and is_vi(vi) or not marked and _plain_vi(vi)):
            continue
        if match.group("article").lower() != "the":
            # A class, not a name: only after a lower-case term ("Tô Lâm, a former general" is
            # a description of a person), and only a phrase of content words closing the clause.
            en = _noun_phrase_forward(text, match.end(), line_end) or _class_forward(
                text, match.end(), line_end
            )
            if en is not None and not vi.text[0].isupper() and is_en(en):
                yield gloss_mention(doc, vi, en, 0.55)
            continue
        en = en_phrase_forward(text, match.end(), line_end)
        if en is None or not is_title_case(en.words) or not is_en(en):
            continue
        after = text[en.end : en.end + 1]
        if after in ("", ".", ",", ";", "\n") and len(en.words) <= 4:
            yield gloss_mention(doc, vi, en, 0.6)


_CONTENT_WORDS = re.compile(
    r"[ \t]*((?:[^\W\d_]+(?:-[^\W\d_]+)*)(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*){0,5})(?=[ \t]*[,.;)])"
)


def _noun_phrase_forward(text: str, start: int, ceiling: int) -> Phrase | None:
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


def _how_made(words: list[str]) -> bool:
    """ "made from black turtle beans", "served with herbs": a participle and its preposition open
    a description ("cooked rice served at meals" is a noun phrase: the participle qualifies it)."""
    return len(words) > 1 and words[0].lower() in _PARTICIPLES and words[1].lower() in _PARTICIPLE_LINKS


_CLASS_WITH_TAIL = re.compile(
    rf"(?P<head>{_CONTENT}(?:[ \t]+{_CONTENT}){{0,2}}[ \t]+(?:based|made|served|eaten|used|cooked)[ \t]+"
    rf"(?:on|from|with|of|in|for)[ \t]+{_CONTENT}(?:[ \t]+{_CONTENT}){{0,2}})(?=[ \t]*[,.;)])"
)


def _class_forward(text: str, start: int, ceiling: int) -> Phrase | None:
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


# "X or Y", "X, or Y": two names of one thing, one Vietnamese and one English.
_OR_CUE = re.compile(r"(?:,[ \t]+|[ \t]+)or[ \t]+")
# "or" alone: a pattern starting with a literal is scanned far faster (see _find_ors).
_OR_CORE = re.compile(r"or[ \t]+")


def _find_ors(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of every _OR_CUE match: the spaces (and a comma) before "or" are found by
    looking back from each "or" followed by a space."""
    end = 0
    for hit in _OR_CORE.finditer(text):
        pos = hit.start()
        start = blanks_before(text, pos, end)
        if start == pos:
            continue
        if start > end and text[start - 1] == ",":
            start -= 1
        end = hit.end()
        yield start, end


_CAP_WORD = r"[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NAME_AHEAD = re.compile(rf"(?:the[ \t]+)?({_CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{_CAP_WORD})*)")


def _name_forward(text: str, start: int, ceiling: int) -> Phrase | None:
    """A capitalised name from start (an article before it skipped) that closes the clause."""
    match = _NAME_AHEAD.match(text, start, ceiling)
    if match is None or not _closes(text, match.end(1)):
        return None
    after = text[match.end(1) : match.end(1) + 3].lstrip(" \t")[:1]
    if match.group(1).lower() in language_names() and after.islower():
        return None  # "or Vietnamese spring rolls": a nationality before a common noun, no name
    return Phrase(match.group(1), match.start(1), match.end(1))


def _closes(text: str, end: int) -> bool:
    """Whether a name ending at end is followed by punctuation, a line end or a lower-case word."""
    rest = text[end : end + 3].lstrip(" \t")
    return not rest or rest[0] in '.,;:!?)\n"”’' or rest[0].islower()


# "called Chè xôi nước in Southern Vietnam or Bánh chay in ...": the English before "or" is where,
# the object of a preposition of place, no name of the term after it.
_PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "from"))


def _ors(doc: Document) -> Iterator[Mention]:
    """ "the Vietnam Reform Party or Viet Tan", "the Reunification Palace, or Dinh Độc Lập",
    "Dinh Độc Lập, or the Reunification Palace": a name in each language joined by "or". The
    Vietnamese name must end where the run of Vietnamese words ends ("Ho Chi Minh City" is no
    Vietnamese name), and both sides are names, or both lower case."""
    text = doc.text
    for cue_start, cue_end in _find_ors(text):
        # Most "or"s join English words: one side must start or end with a possible Vietnamese word.
        if not may_be_vietnamese(word_before(text, cue_start)) and not may_be_vietnamese(
            word_at(text, cue_end)
        ):
            continue
        line_start, line_end = line_bounds(text, cue_start, cue_end)
        # English, then Vietnamese.
        vi = vi_run_forward(text, cue_end, line_end)
        plain = vi is not None and not _sure_vi(vi) and is_syllable_name(vi)
        if vi is not None and (_sure_vi(vi) or plain) and _closes(text, vi.end):
            # "consisting of male instrumentalists, or kép": a function word bounding the noun
            # phrase lets it take one word more than the term.
            en = en_phrase_back(text, cue_start, line_start, most=len(vi.words), bounded=True)
            if (
                en is not None
                and is_en(en)
                and _same_case(vi, en, text)
                and exact_key(vi.text) != exact_key(en.text)
                and (not plain or plain_name_rendering(vi, en))
                and word_before(text, en.start).lower() not in _PLACE_PREPOSITIONS
            ):
                if vi.text[:1].islower() and en.text[:1].isupper():
                    # "Fish sauce, or nước mắm": the sentence's capital is not the term's.
                    en = Phrase(en.text[0].lower() + en.text[1:], en.start, en.end)
                yield gloss_mention(doc, vi, en, 0.6)
                continue
        # Vietnamese, then English.
        vi = vi_run_back(text, cue_start, line_start)
        if vi is None or not _sure_vi(vi) or word_before(text, vi.start)[:1].isupper():
            continue
        en = _name_forward(text, cue_end, line_end)
        if en is None and text[cue_start] == "," and has_vi_letters(vi.text):
            # 'Hạ Long, or "descending dragon", is ...': a quoted rendering between commas.
            quoted = quoted_forward(text, cue_end, line_end)
            if quoted is not None and is_en(quoted) and not has_vi_letters(quoted.text):
                if text[quoted.end + 1 : quoted.end + 2] in (",", ".", ";", ")", ""):
                    yield gloss_mention(doc, vi, quoted, 0.6)
                    continue
        if en is None and text[cue_start] == "," and _common_term(vi):
            # "Gỏi cuốn, or fresh spring rolls, are ...": a term and its rendering between commas.
            en = _noun_phrase_forward(text, cue_end, line_end)
            if en is not None and is_en(en) and exact_key(vi.text) != exact_key(en.text):
                yield gloss_mention(doc, vi, en, 0.6)
            continue
        if en is not None and is_en(en) and _same_case(vi, en) and exact_key(vi.text) != exact_key(en.text):
            yield gloss_mention(doc, vi, en, 0.6)


def _sure_vi(vi: Phrase) -> bool:
    return has_vi_letters(vi.text) and is_vi(vi) or vi_score(vi.words) >= 0.5 and not is_en(vi)


def _common_term(vi: Phrase) -> bool:
    """A Vietnamese common term: every word in lower case but the first, which may open the
    sentence ("Gỏi cuốn"); not a name ("Hà Nội")."""
    words = vi.words
    return all(w[:1].islower() for w in words[1:]) and (len(words) > 1 or words[0][:1].islower())


def _same_case(vi: Phrase, en: Phrase, text: str = "") -> bool:
    """Both names (capitalised) or both common words; a sentence's capital is no name's ("Fish
    sauce, or nước mắm, ..." pairs two common words)."""
    en_upper = en.text[:1].isupper()
    if en_upper and text and all(w[:1].islower() for w in en.words[1:]) and len(en.words) > 1:
        before = text[: en.start].rstrip(" \t")
        en_upper = not (not before or before[-1] in ".!?\n")
    return vi.text[:1].isupper() == en_upper


# A glossary line: "- Cảm ơn: Thank you", "Phở: noodle soup".
_LIST_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<left>[^:\n]{1,60}?)[ \t]*:[ \t]+(?P<right>[^:\n]{1,60}?)[ \t.;]*"
)


def _glossary_lines(doc: Document) -> Iterator[Mention]:
    """Lines that are only a Vietnamese term with diacritics, a colon and its short English
    rendering, two or more of them in a row (a glossary, a menu): a lone such line is as often a
    field and its description."""
    text = doc.text
    listed: list[tuple[int, int, Phrase, Phrase]] = []
    colon = text.find(":")
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        line_end = text.find("\n", colon)
        line_end = len(text) if line_end < 0 else line_end
        if VI_LETTER.search(text, line_start, colon) is not None:
            found = _LIST_LINE.fullmatch(text, line_start, line_end)
            pair = _listed_pair(found) if found is not None else None
            if pair is not None:
                listed.append((line_start, line_end, *pair))
        colon = text.find(":", line_end)
    for k, (start, end, vi, en) in enumerate(listed):
        before = k > 0 and not text[listed[k - 1][1] : start].strip()
        after = k + 1 < len(listed) and not text[end : listed[k + 1][0]].strip()
        if before or after:
            yield gloss_mention(doc, vi, en, 0.6)


def _listed_pair(found: re.Match[str]) -> tuple[Phrase, Phrase] | None:
    left = Phrase(found.group("left"), found.start("left"), found.end("left"))
    right = Phrase(found.group("right"), found.start("right"), found.end("right"))
    # The term first, as glossaries write it: "English: Vietnamese" is a field and its value
    # ("Source: Báo Tuổi Trẻ", "Photo: Nguyễn Văn A"), far more often than a phrasebook line.
    vi, en = left, right
    if not has_vi_letters(vi.text) or has_vi_letters(en.text) or not 1 <= len(vi.words) <= 6:
        return None
    if not 1 <= len(en.words) <= 6 or not is_vi(vi) or is_en(vi) or not is_en(en):
        return None
    if any(not w.isalpha() for w in vi.words + en.words):
        return None  # digits, links, a clause with punctuation: no glossary line
    if en.text.lower() in language_names() or any(fold(w) in _LABEL_WORDS for w in en.words):
        return None  # "Tiếng Việt: Vietnamese": a label, not a rendering
    if len(vi.words) > 1 and is_title_case(vi.words):
        return None  # "Nguyễn Văn A: Photographer", "Mỹ Sơn: World Heritage Site": a name described
    if gazetteer.is_place(en.text):
        return None  # "Bún chả: Hanoi": where it comes from
    return vi, en


# A list line: "• Đàn bầu - monochord zither", "- Sáo (also called sáo trúc) – transverse flute; rare".
# It starts at a line break (a literal, so the regex engine jumps from one to the next); the term
# may carry a parenthesis of other names, the rendering ends at a semicolon (a comment follows).
_DASH_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?(?P<left>[^\n()]{1,50}?)[ \t]*(?:\([^()\n]{0,80}\)[ \t]*)?"
    r"[ \t][–—-][ \t]+(?P<right>[^\n;]{1,120}?)[ \t.]*(?:;[^\n]*)?"
)
# How far into its line a list line's dash may be: a bullet, a short term and a parenthesis.
_MAX_LIST_TERM = 150
_MAX_LIST_EN_WORDS = 14


def _dash_lists(doc: Document) -> Iterator[Mention]:
    """Lists whose lines are a term, a dash and its description, two or more lines of that shape
    in a row (blank lines between allowed): "• Đàn bầu - monochord zither". Each line whose term is
    Vietnamese with diacritics and whose rest is English is a pair, the rendering as long as the
    list writes it; the lines of other languages in the list ("• Bro - fretted zither") count for
    the list's shape only."""
    text = doc.text
    shaped: list[tuple[int, int, tuple[Phrase, Phrase] | None]] = []
    done = -1
    for dash_start, _ in find_dashes(text):
        # Only a dash near its line's start (the term is short) is tried, once per line.
        line_start = text.rfind("\n", 0, dash_start) + 1
        if line_start <= done or dash_start - line_start > _MAX_LIST_TERM:
            continue
        line_end = text.find("\n", dash_start)
        done = line_end = len(text) if line_end < 0 else line_end
        found = _DASH_LINE.fullmatch(text, line_start, line_end)
        if found is not None:
            shaped.append((line_start, line_end, _dash_listed_pair(found)))
    for k, (start, end, pair) in enumerate(shaped):
        if pair is None:
            continue
        before = k > 0 and not text[shaped[k - 1][1] : start].strip()
        after = k + 1 < len(shaped) and not text[end : shaped[k + 1][0]].strip()
        if before or after:
            yield gloss_mention(doc, *pair, 0.6)


def _dash_listed_pair(found: re.Match[str]) -> tuple[Phrase, Phrase] | None:
    left = Phrase(found.group("left"), found.start("left"), found.end("left"))
    right = Phrase(found.group("right"), found.start("right"), found.end("right"))
    vi_words, en_words = left.words, right.words
    if (
        not has_vi_letters(left.text)
        or not 1 <= len(vi_words) <= 5
        or not 1 <= len(en_words) <= _MAX_LIST_EN_WORDS
    ):
        return None
    if any(not w.isalpha() for w in vi_words) or not is_vi(left) or is_en(left):
        return None
    if len(vi_words) > 1 and is_title_case(vi_words):
        return None  # "Hà Nội - capital of Vietnam": a name described
    # The rendering is English; a Vietnamese word may be named inside it ("bass guitar in the
    # shape of a đàn đáy"), never first.
    english = [w for w in en_words if not has_vi_letters(w)]
    if has_vi_letters(en_words[0]) or 3 * len(english) < 2 * len(en_words):
        return None
    if not is_en(Phrase(" ".join(english), 0, 0)) or sum(w.isdigit() for w in en_words) * 3 > len(en_words):
        return None
    if right.text.lower() in language_names() or gazetteer.is_place(right.text):
        return None  # "Tiếng Việt - Vietnamese", "Bún chả - Hanoi": a label, a place of origin
    if _how_made(en_words):
        return None  # "Chè đậu đen - made from black turtle beans": how it is made, no rendering
    return left, right


# Field words of infoboxes and fact sheets: "Native name: Hà Nội" is a field, not a gloss.
_LABEL_WORDS = frozenset("name native local official motto anthem language capital currency".split())


# "the Vietnamese word Mèo for cat", "the term phở for noodle soup": the word named, then "for" and
# its meaning. Found from the literal " for " (few texts name a word this way).
_WORD_FOR = re.compile(r"(?<![^\W\d_])(?:word|term)[ \t]+$", re.IGNORECASE)


def _word_for(doc: Document) -> Iterator[Mention]:
    """ "the Vietnamese word Mèo for cat": a Vietnamese word with diacritics after "word" or "term"
    and the English after "for", closing the clause."""
    text = doc.text
    at = text.find(" for ")
    while at >= 0:
        if VI_LETTER.search(text, max(0, at - 8), at) is None:
            at = text.find(" for ", at + 5)
            continue  # the word before carries no diacritic: no Vietnamese word is named
        line_start, line_end = line_bounds(text, at, at + 5)
        vi = vi_run_back(text, at, line_start)
        if vi is not None and has_vi_letters(vi.text) and is_vi(vi) and len(vi.words) <= 3:
            if _WORD_FOR.search(text, max(line_start, vi.start - 12), vi.start) is not None:
                en = en_phrase_forward(text, at + 5, min(line_end, at + 60))
                closes = en is not None and text[en.end : en.end + 1] in (".", ",", ";", ")", "\n", "[", "")
                if (
                    closes
                    and en is not None
                    and is_en(en)
                    and len(en.words) <= 3
                    and not has_vi_letters(en.text)
                ):
                    yield gloss_mention(doc, vi, en, 0.6)
        at = text.find(" for ", at + 5)


# "chè is also the word for the tea plant": the Vietnamese word, "is", the word named, its meaning.
_IS_WORD_FOR = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:(?:also|simply|just|only|usually)[ \t]+)?(?:(?:the|a)[ \t]+"
    r"(?:(?:Vietnamese|common|usual|general)[ \t]+)?(?:word|term|name)[ \t]+"
    # "Bánh is a Vietnamese term translating loosely as "cake."": the meaning after a participle.
    r"(?:for|meaning|translating[ \t]+(?:(?:loosely|roughly|literally)[ \t]+)?(?:as|to))"
    # '"Lục bát" is Sino-Vietnamese for "six-eight"': the language named, no "word".
    r"|(?:Sino-)?Vietnamese[ \t]+for)[ \t]+"
    r"(?:(?:the|an|a)[ \t]+)?",
    re.IGNORECASE,
)


def _is_word_for(doc: Document) -> Iterator[Mention]:
    """ "chè is also the word for the tea plant": a Vietnamese word with diacritics (at most three
    words) as the subject, its English meaning (at most three words) closing the clause."""
    text = doc.text
    for match in _word_for_cues(doc):
        line_start, line_end = line_bounds(text, match.start(), match.end())
        # '"Lục bát" is ...': a quoted subject is read inside its quotation marks.
        quoted = match.start() > line_start and text[match.start() - 1] in QUOTES_CLOSE
        vi = vi_run_back(text, match.start() - quoted, line_start)
        en = en_phrase_forward(text, match.end(), min(line_end, match.end() + 60))
        if (
            vi is None
            or en is None
            or text[en.end : en.end + 1] not in (".", ",", ";", ")", "\n", "", *QUOTES_CLOSE)
        ):
            continue  # the meaning must close the clause
        if has_vi_letters(vi.text) and is_vi(vi) and len(vi.words) <= 3:
            if is_en(en) and len(en.words) <= 3 and not has_vi_letters(en.text):
                yield gloss_mention(doc, vi, en, 0.6)


_WORD_FOR_ANCHORS = (
    " word for ",
    " term for ",
    " name for ",
    " term translating ",
    " word meaning ",
    " term meaning ",
    "vietnamese for ",
)


def _word_for_cues(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of _IS_WORD_FOR, tried only where the literal " word for " (or "term", "name")
    occurs in the lower-cased text (few texts define a word this way)."""
    text, lower = doc.text, doc.lower
    if len(lower) != len(text):
        yield from _IS_WORD_FOR.finditer(text)  # lower() changed the length: positions differ
        return
    for anchor in _WORD_FOR_ANCHORS:
        for at in literal_hits(lower, (anchor,)):  # the text's one scan for every cue word
            # "is also the Vietnamese word for" starts within 40 characters before the anchor.
            # After "translating", "loosely as" may follow the anchor.
            found = list(_IS_WORD_FOR.finditer(text, max(0, at - 40), at + len(anchor) + 24))
            if found and found[-1].end() >= at + len(anchor):
                yield found[-1]


def _no_rendering(mention: Mention) -> bool:
    """A pair whose English side renders nothing: a short form in capitals ("... or GHPGVNTN"; not
    in a text in capitals: "LỐI RA | EXIT"), a pronunciation ("(pronounced ...)"), a form in
    another script, a description opening with a preposition ("as the anthem of ..."). The same letters
    without diacritics ("Huế (Hue)") stay a pair: gold-rules count a name's English spelling as its
    rendering."""
    if not mention.vi or not mention.en:
        return False
    en = mention.en
    if en.isupper() and " " not in en and len(en) >= 2 and not mention.vi.isupper():
        return True
    if not_latin(en):
        return True  # "word 禪": another script's form, no English
    if en.split(" ", 1)[0] in _DESCRIBING_PREPOSITIONS:
        return True  # "as the anthem of ...": what the term serves as, no rendering of it
    if en[:1].islower() and any(w in REMARK_PRONOUNS for w in en.split()):
        return True  # "(description of it stated above)": a remark about the term
    if _no_english_word(mention.vi, en):
        return True  # "canh chua is called lẩu canh chua": two Vietnamese forms
    return en.lower().startswith(("pronounced ", "pronunciation"))


_LETTERS = re.compile(r"[^\W\d_]+")


def _no_english_word(vi: str, en: str) -> bool:
    """Whether the English side is Vietnamese written plain: every word a Vietnamese syllable that
    is no English word, a language or a nationality ("canh chua is called lẩu canh chua"), and not
    the Vietnamese side's letters ("Huế (Hue)", "Sài Gòn (Saigon)" stay pairs)."""
    words = _LETTERS.findall(en)
    if not words or respelt(vi, en):
        return False
    known = english_words()
    for word in words:
        folded = fold(word)
        if folded in known or folded in language_names() or folded in ENGLISH_FUNCTION_WORDS:
            return False
        if not is_syllable(word):
            return False  # "duckweed", "Jiaozhi": English or another language's name
    return True


# Prepositions that open a description of a term's use or place, never its rendering (in lower
# case: "For the people ..." opens a rendered motto).
_DESCRIBING_PREPOSITIONS = frozenset("as from in on at by with under of into since".split())


# The rules least precise on pages they were not written for (pairs right / wrong on the eleven
# seen parts before round 13: known-as 5/7, "or" 6/4, dashes 4/2): their pairs are candidates the
# aligner's evidence model scores, as the link they read (an "or" pair of plain syllables stays
# the rule's: the model's Vietnamese test needs letters only Vietnamese writes to be sure).
_SCORED_RULES = {_known_as: "known", _ors: "or", _dashes: "dash"}


def _scored(doc: Document, mention: Mention, link: str) -> bool:
    """Whether a rule's pair holds by the aligner's evidence model (gloss_evidence.score) for the
    link it read; a pair whose sides cannot be placed in its stretch is kept as the rule read it."""
    if not mention.vi or not mention.en:
        return True
    if link == "or" and not has_vi_letters(mention.vi):
        return True  # "Vietnam Reform Party or Viet Tan": plain syllables the evidence cannot weigh
    text = doc.text
    vi_at = text.find(mention.vi, mention.start, mention.end)
    en_at = text.find(mention.en, mention.start, mention.end)
    if vi_at < 0 or en_at < 0:
        return True
    vi = Phrase(mention.vi, vi_at, vi_at + len(mention.vi))
    en = Phrase(mention.en, en_at, en_at + len(mention.en))
    return score(text, vi, en, link) >= THRESHOLD


def extract_glosses(doc: Document) -> list[Mention]:
    """Every gloss pair in a document."""
    found: list[Mention] = []
    # _no_rendering reads only a pair's two sides: asked once per distinct pair of the text (every
    # pair is asked again after the aligner, and a text repeats its pairs).
    verdicts: dict[tuple[str, str], bool] = {}

    def renders(mention: Mention) -> bool:
        key = (mention.vi, mention.en)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = not _no_rendering(mention)
        return verdict

    for extractor in (
        extract_parentheses,
        _cues,
        _known_as,
        _dashes,
        _slashes,
        _appositives,
        _ors,
        _glossary_lines,
        _dash_lists,
        extract_tables,
        _word_for,
        _is_word_for,
    ):
        mentions = extractor(doc)
        link = _SCORED_RULES.get(extractor)
        if link is not None:
            mentions = (m for m in mentions if _scored(doc, m, link))
        found.extend(filter(renders, mentions))
    # The general aligner reads the Vietnamese spans no rule's pair covers.
    return list(filter(renders, align(doc, found)))
