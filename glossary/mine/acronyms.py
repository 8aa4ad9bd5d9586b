"""Acronym extractor after Schwartz and Hearst (2003): a short form in parentheses next to its long form.

"Sustainable Development Goals (SDGs)", the reverse order "UNESCO (United Nations ...)", plural and
lower-case letters in the short form. The long form is the shortest run of words before the short
form whose letters spell it, the first letter starting a word. Real pages also write short forms
whose letters are not the long form's in order: reordered ("Air Force-Air Defence Command (ADAFC)"),
a word mixed with letters ("AmCham"), a brand made of the words' beginnings ("Vinalines"), the
initials of the Vietnamese name ("Vietnam Fatherland Front (MTTQ)"); and define them with words
("(abbreviated BRVT)", "(Hội đồng Nhân dân or HDND for short)", "(MPS, Bộ Công an)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.model import Kind, VariantType
from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters, vi_score

from . import gazetteer
from .documents import Document
from .lexicon import ORG_HEADS, is_title
from .mentions import Mention, fold, mention_at

_PAREN = re.compile(r"\(\s*([^()\n]{1,120}?)\s*\)")
# A short form: 2-10 characters, starting with a letter or digit, at least two capitals
# ("SDGs", "GNLC", "UCCN", "R&D", "Covid-19" is not: one capital).
# A plural written with an apostrophe ("FTA’s") is the same short form.
_SHORT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&.\-]{1,9}(?:['’]s)?$")
# A full stop ends the clause, but not the one of initials ("the U.S. Agency for ...").
_SENTENCE_BREAK = re.compile(r"(?<!\.[A-Z])[.!?;:]\s|\n\s*\n|[()\[\]]")
# The first capital before the lookbehind: a pattern opening with a character class is scanned far
# faster than one opening with a lookbehind.
# "BR-VT": initials in groups joined by hyphens, the abbreviation of a dash-joined name.
_HYPHENATED_CAPS = re.compile(r"[A-Z](?<![\w&.-][A-Z])[A-Z]{0,3}(?:-[A-Z]{1,4})+(?![\w&-])")
_CAPS_TOKEN = re.compile(r"[A-Z](?<![\w&.-][A-Z])[A-Z0-9&]{1,9}s?(?![\w&-])")


def is_short_form(candidate: str) -> bool:
    """Whether a string can be an acronym: 2-10 characters with two or more capitals and letters."""
    if not _SHORT.match(candidate):
        return False
    capitals = sum(map(str.isupper, candidate))
    letters = sum(map(str.isalpha, candidate))
    return capitals >= 2 and letters >= 2 and capitals * 2 >= letters


def _letters(short: str) -> str:
    """The letters a long form must spell: a trailing plural "s" ("SDGs") spells nothing."""
    core = short.removesuffix("'s").removesuffix("’s")
    core = core[:-1] if core.endswith("s") and core[:-1].isupper() and len(core) > 2 else core
    return "".join(c for c in core if c.isalnum())


def best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz–Hearst: the shortest tail of candidate whose characters spell short, right to left.

    Each letter of short is matched in order from the end; the first must begin a word.
    """
    letters = _letters(short).lower()
    text = candidate
    low = text.lower()
    s = len(letters) - 1
    position = len(text) - 1
    while s >= 0:
        char = letters[s]
        while position >= 0 and (
            low[position] != char or (s == 0 and position > 0 and low[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
        s -= 1
    start = text.rfind(" ", 0, position + 2) + 1
    long_form = text[start:].strip(" ,;:-–—")
    if len(long_form) > 2 and long_form[0] in _OPENING_QUOTES and long_form[-1] in _CLOSING_QUOTES:
        # "'last known alive' (LKA)": the quotation marks around the long form are no part of it.
        long_form = long_form[1:-1].strip()
    return long_form or None


_OPENING_QUOTES = "\"'“‘"
_CLOSING_QUOTES = "\"'”’"


def _window(short: str) -> int:
    n = len(_letters(short))
    return min(n + 5, n * 2)


def _plausible(short: str, long_form: str) -> bool:
    words = long_form.split()
    n = len(_letters(short))
    if len(words) < 2 and n > 1 and len(long_form) <= len(short) + 2:
        return False
    if short.lower() in long_form.lower().split():
        return False
    if len(words) > _window(short):
        return False
    # "and the Government of Vietnam's Air Force-Air Defence Command (ADAFC)": a long form opening
    # with a function word took a letter from it; the name starts after it.
    if words[0] in _OPENING_FUNCTION_WORDS:
        return False
    # The long form names something: it starts with a capital or a letter of the short form.
    return long_form[0].isalnum()


_OPENING_FUNCTION_WORDS = frozenset({"and", "or", "the", "of", "for", "in", "on", "at", "to", "by", "with"})


def _text_before(text: str, end: int) -> str:
    """The clause before a parenthesis: from the last sentence break to end."""
    start = max(0, end - 300)
    head = text[start:end]
    last = 0
    for match in _SENTENCE_BREAK.finditer(head):
        last = match.end()
    # A line in capitals before it is a heading ("VIETNAM NEWS AGENCY\nHanoi (VNA)"), not the
    # start of the clause; a line in lower case may be a hard-wrapped long form and stays.
    line_start, newline = last, head.find("\n", last)
    while newline >= 0:
        line = head[line_start:newline]
        if any(ch.isalpha() for ch in line) and not any(ch.islower() for ch in line):
            last = newline + 1
        line_start, newline = newline + 1, head.find("\n", newline + 1)
    # A scanned report's literal "<br />" is a line break, not words of the long form.
    clause = head[last:]
    if "\n" in clause:
        clause = _GLUED_LABEL.sub(r"\1", clause)
    return " ".join(_HTML_BREAK.sub(" ", clause).split())


_SEE_GLOSSARY = re.compile(r"\s*(?:--|—|;|,)\s*see\s+(?:the\s+)?glossary\s*$", re.IGNORECASE)
# An infobox field's label glued to its value at a line's start by a mirror: "AssociationVietnam
# Football Federation (VFF)". Five small letters at least, so a brand ("PetroVietnam") stays whole.
_GLUED_LABEL = re.compile(r"^([ \t]*)[A-Z][a-z]{5,}(?=[A-Z][a-z])", re.MULTILINE)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TRAILING_TOKEN = re.compile(r"([A-Za-z0-9&.\-]+)$")
# Short forms with fewer capitals than is_short_form asks: "AmCham" (capitalised chunks), "Vinalines"
# (a brand: one capital, then small letters).
_CAMEL = re.compile(r"^(?:[A-Z][a-z]{1,5}){2,4}$")
_BRAND = re.compile(r"^[A-Z][a-z]{4,14}$")
# A parenthesis that opens with a short form and goes on: "(MPS, Bộ Công an (BCA))", "(DRV; vi, ...)".
# "(VCG or VNCG for the alternative spelling ...)": another short form after "or".
_LEADING_SHORT = re.compile(r"\(\s*([A-Za-z0-9&.\-]{2,10})(?:\s*[,;]|\s+or)\s")
_SECOND_SHORT = re.compile(r"([A-Za-z0-9&.\-]{2,10})(?=[\s,;)])")
# Short forms defined with words inside the parenthesis.
_FOR_SHORT = re.compile(r"^(?P<long>.+?)\s+or\s+(?P<short>\S+)\s+for\s+short$", re.IGNORECASE)
_ABBREVIATED = re.compile(
    r"^(?:abbreviated|abbr\.?|shortened|short|acronym|short\s+form|"
    # A law's or a report's own short form: "(hereinafter referred to as "MPS")".
    r"here(?:in)?after(?:\s+(?:referred\s+to\s+as|called|cited\s+as))?)(?:\s+(?:as|to))?\s*:?\s+"
    r"[\"“']?(?P<short>[^\s\"”']+)[\"”']?$|"
    # "(MPS for short)", '("MPS")'.
    r"^[\"“']?(?P<short_for>[^\s\"”']+)[\"”']?(?:\s+for\s+short)$|^[\"“'](?P<quoted>[^\s\"”']+)[\"”']$",
    re.IGNORECASE,
)
# The capitalised name right before a parenthesis: words (and the dashes that join a province's two
# names) back to the first word that is not capitalised.
_NAME_BEFORE = re.compile(
    r"((?:[A-ZÀ-ỸĐ][^\s()]*(?:[ \t]+(?:of|and|for|the)(?=[ \t]+[A-ZÀ-ỸĐ]))?[ \t]+)*[A-ZÀ-ỸĐ][^\s()]*)[ \t]*$"
)
# Letters that may open a Vietnamese syllable (a short form of a Vietnamese name uses them).
_VI_INITIALS = frozenset("ABCDĐEGHIKLMNOPQRSTUVXY")


def _initials(words: list[str]) -> list[str]:
    """The first letters of the capitalised words and of their hyphenated parts."""
    out = []
    for word in words:
        for part in re.split(r"[-‐‑]", word):
            if part[:1].isupper():
                out.append(part[0])
    return out


def _reordered(short: str, candidate: str) -> str | None:
    """The shortest tail of candidate whose capitalised words' initials are the short form's letters
    in another order: "Air Force-Air Defence Command" for "ADAFC"; a Vietnamese place written as
    one word gives each of its syllables' initials ("Vietnam Electricity" for "EVN", Việt Nam)."""
    letters = sorted(fold(_letters(short)).upper())
    words = candidate.split()
    plain: list[str] = []
    spelt: list[str] = []
    for n in range(1, min(len(words), len(letters) + 3) + 1):
        word = words[-n]
        plain.extend(_initials([word]))
        if not word[:1].isupper():
            spelt.extend(_initials([word]))
            continue
        spelt.extend(_syllable_initials(word))
        if sorted(fold("".join(plain)).upper()) == letters or (
            len(spelt) > len(plain) and sorted(fold("".join(spelt)).upper()) == letters
        ):
            return " ".join(words[-n:])
    return None


@lru_cache(maxsize=4096)
def _syllable_initials(word: str) -> tuple[str, ...]:
    """A capitalised word's initials, a Vietnamese place's name written as one word ("Vietnam",
    "Hanoi") giving those of its syllables as the gazetteer writes them (Việt Nam, Hà Nội)."""
    if "-" not in word:
        for place in gazetteer.lookup(word):
            syllables = place.vi.split()
            if len(syllables) > 1 and fold("".join(syllables)) == fold(word):
                return tuple(s[0] for s in syllables)
    return tuple(_initials([word]))


def _head_initials(short: str, candidate: str) -> str | None:
    """A name whose first words' initials are the short form, then what it belongs to: "National
    Assembly of the Socialist Republic of Vietnam (N.A.)"."""
    words: list[str] = []
    for word in reversed(candidate.split()):
        if not (word[:1].isupper() or word in ("of", "the", "and", "for")):
            break
        words.insert(0, word)
    while words and (not words[0][:1].isupper() or words[0].lower() in ("the", "a", "an")):
        words.pop(0)
    letters = _letters(short).upper()
    n = len(letters)
    if len(words) > n + 1 and words[n] == "of" and "".join(w[0] for w in words[:n]).upper() == letters:
        return " ".join(words)
    return None


def _chunked(short: str, candidate: str) -> str | None:
    """A short form made of the beginnings of the long form's words, in order: "AmCham" (American
    Chamber), "Vinalines" (Vietnam National ... Lines). Each chunk (a capitalised piece, or for a
    brand two or more letters) starts a word; the first starts the long form's first word."""
    words = candidate.split()
    target = short.lower()
    for n in range(2, min(len(words), 8) + 1):
        tail = words[-n:]
        if not tail[0][:1].isupper() or tail[0][0].lower() != target[0]:
            continue
        if _spells(
            target, [w.lower() for w in tail], 0, 0, chunks=0, initials=[w[:1].isupper() for w in tail]
        ):
            return " ".join(tail)
    return None


def _spells(target: str, words: list[str], at: int, word: int, chunks: int, initials: list[bool]) -> bool:
    """Whether target[at:] is made of prefixes (two letters or more, or a whole word, or the
    initial of a capitalised word: "Comecon", Council for Mutual Economic ...) of words[word:], in
    order, words skipped allowed, the first used word being words[word]."""
    if at == len(target):
        return chunks >= 2
    for w in range(word, len(words)):
        if chunks == 0 and w > 0:
            return False  # the first chunk starts the long form
        prefix = 0
        while (
            prefix < len(words[w]) and at + prefix < len(target) and words[w][prefix] == target[at + prefix]
        ):
            prefix += 1
        for k in range(prefix, 0, -1):
            if (k >= 2 or k == len(words[w]) or initials[w]) and _spells(
                target, words, at + k, w + 1, chunks + 1, initials
            ):
                return True
    return False


def _vietnamese_initials(short: str, candidate: str) -> str | None:
    """An English organisation name ending with its head word before the initials of its
    Vietnamese name ("Vietnam Fatherland Front (MTTQ)", Mặt trận Tổ quốc): accepted when every
    letter may open a Vietnamese syllable."""
    if not short.isupper() or not 3 <= len(short) <= 6 or not set(short) <= _VI_INITIALS:
        return None
    match = _NAME_BEFORE.search(candidate)
    if match is None:
        return None
    words = match.group(1).split()
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)  # "The Vietnam Fatherland Front (MTTQ)" opening a sentence
    if len(words) < 2 or fold(words[-1]) not in ORG_HEADS:
        return None
    return " ".join(words)


def _long_form_before(short: str, before: str) -> tuple[str, float] | None:
    """The long form in the clause before a short form, and how sure it is."""
    found = _long_form_in(short, before)
    if found is None and (" of " in before[-40:] or " in " in before[-40:]):
        # "National Front for the Liberation of South Vietnam (NLF)": a place the short form does
        # not spell ends the name, past the window; the name before it spells the short form.
        tail = _PLACE_TAIL.search(before)
        if tail is not None and (
            gazetteer.is_place(tail.group(1)) or gazetteer.is_place(tail.group(1).split()[-1])
        ):
            head = _long_form_in(short, before[: tail.start()])
            if head is not None and is_short_form(short):
                return head[0] + before[tail.start() :], head[1]
    return found


_PLACE_TAIL = re.compile(r" (?:of|in) ((?:[A-Z][^\W\d_]*(?: |$)){1,4})$")


def _long_form_in(short: str, before: str) -> tuple[str, float] | None:
    words = before.split()
    candidate = " ".join(words[-_window(short) :])
    long_form = best_long_form(short, candidate) if is_short_form(short) else None
    if long_form and not _plausible(short, long_form):
        long_form = _past_function_word(short, candidate, long_form)
    wide = " ".join(words[-12:])
    if long_form and " and " in long_form and (joined := _joined_name(long_form)):
        # "the USAID Vietnam Urban Energy Security project and Vietnam Electricity (EVN)": the
        # letters were taken across "and" from something else; the name is the part after it.
        long_form, wide = None, joined
    if long_form and _plausible(short, long_form):
        return _with_place_before(before, long_form), 0.9
    if is_short_form(short):
        found = _reordered(short, wide) or _head_initials(short, wide)
        if found:
            return found, 0.8
        found = _vietnamese_initials(short, wide)
        if found:
            return found, 0.6
    if _CAMEL.match(short) or _BRAND.match(short):
        found = _chunked(short, wide)
        if found and fold(found) != fold(short) and not _words_run_together(short, found):
            return found, 0.75
    return None


_AND_NAME = re.compile(r" and ([A-ZÀ-ỸĐ]\S*(?: (?:(?:of|for|the) )*[A-ZÀ-ỸĐ]\S*)*)$")


def _joined_name(long_form: str) -> str | None:
    """The capitalised name after the last "and" of a long form whose part before it holds a word
    in lower case that is no function word ("... Security project and Vietnam Electricity"): two
    things joined, the short form's name being the second; None when the long form is one name
    ("Ministry of Science and Technology", "Ministry of Labour, Invalids and Social Affairs")."""
    found = _AND_NAME.search(long_form)
    if found is None:
        return None
    head = long_form[: found.start()].split()
    if any(w[:1].islower() and w not in _OPENING_FUNCTION_WORDS for w in head):
        return found.group(1)
    return None


def _past_function_word(short: str, candidate: str, long_form: str) -> str | None:
    """ "Office of the United Nations High Commissioner for Human Rights (OHCHR)": the short form's
    first letter matched a function word ("of"); the name starts at the nearest word before it
    that opens with that letter and is no function word, still within the window."""
    first = long_form.split()[0]
    if first.lower() not in _OPENING_FUNCTION_WORDS:
        return None
    words = candidate.split()
    at = len(words) - len(long_form.split())
    letter = _letters(short)[:1].lower()
    for k in range(at - 1, -1, -1):
        word = words[k]
        if word[:1].lower() == letter and word.lower() not in _OPENING_FUNCTION_WORDS:
            return " ".join(words[k:])
    return None


_THE_PLACE = re.compile(r"(?:^|\s)the\s+((?:[A-Z][^\W\d_]*\s+){1,3})$")


def _with_place_before(before: str, long_form: str) -> str:
    """ "the Vietnam National TB Program (NTP)": a country or province named between the article
    and the long form is part of the name, though the short form spells no letter of it."""
    head = before[: len(before) - len(long_form)] if before.endswith(long_form) else ""
    found = _THE_PLACE.search(head)
    if found is None:
        return long_form
    place = found.group(1).strip()
    if not any(p.unit in ("country", "tỉnh", "thành phố") for p in gazetteer.lookup(place)):
        return long_form
    return f"{place} {long_form}"


def _words_run_together(short: str, long_form: str) -> bool:
    """Whether short is the first words of long_form written as one ("Halong" for "Ha Long Bay"):
    another spelling of the name, not a short form."""
    joined = ""
    for word in fold(long_form).split():
        joined += word
        if joined == fold(short):
            return True
        if not fold(short).startswith(joined):
            return False
    return False


# "pre-exposure prophylaxis, or PrEP (an oral pill)": the short form after ", or", ended by a
# parenthesis, a comma or a sentence end.
_OR_SHORT = re.compile(
    r",[ \t]+(?:or|known[ \t]+by[ \t]+its[ \t]+(?:acronym|abbreviation|initials))[ \t]+"
    r"([A-Za-z0-9&.\-]{2,10}?)(?=[ \t]*[(,;:]|[.!?]?(?:\s|$))"
)
# "MPS, short for Ministry of Public Security,": the short form first, then its long form; found
# from the literal "short for" (the short form before it read back).
_SHORT_BEFORE = re.compile(r"(?<![\w&.-])([A-Z][A-Za-z0-9&.\-]{1,9}),?[ \t]+(?:short|shorthand)[ \t]+$")
# "the NED [National Endowment for Democracy]": an editor's brackets after the short form, or
# "Amnesty International [AI]" with the short form inside.
_BRACKET = re.compile(r"\[[ \t]*([^\[\]\n]{2,120}?)[ \t]*\]")
# "(also referred to as Amnesty or AI)", "(also known as AI)", "(or AI)": a naming cue, perhaps a
# shorter name, then the short form last.
_CUED_SHORT = re.compile(
    r"^(?:(?:also|commonly|often|usually|sometimes)\s+)?(?:(?:known|referred\s+to)\s+as|called|or)\s+"
    r"(?:.{1,40}?\s+or\s+)?(?P<short>[A-Za-z0-9&.\-]{2,10})$",
    re.IGNORECASE,
)


def _or_short_forms(doc: Document) -> Iterator[Mention]:
    """ "LONG, or SF": the long form is the clause before the comma, found as for "LONG (SF)"."""
    text = doc.text
    yield from _short_for(doc)
    yield from _bare_or_short_forms(doc)
    if ", or " not in text and " by its " not in text:
        return  # a literal scan first: most texts never say it
    for match in _OR_SHORT.finditer(text):
        short = match.group(1)
        if not is_short_form(short):
            continue
        found = _long_form_before(short, _text_before(text, match.start()))
        if found is not None:
            yield _acronym(doc, match.start() - len(found[0]), match.end(1), found[0], short, found[1] - 0.1)


# "which are called Vietnamese recovery teams or VRTs.": "or" and a short form in capitals ending the
# clause, no comma before "or".
# A literal first: a pattern opening with a look-behind is tried at every position of the text.
_BARE_OR_SHORT = re.compile(r" or[ \t]+([A-Z][A-Za-z0-9&.\-]{1,9}?)(?=[ \t]*[(,;:]|[.!?]?(?:\s|$))")


def _bare_or_short_forms(doc: Document) -> Iterator[Mention]:
    """ "LONG or SF" closing a clause outside parentheses: the long form is the words before "or"
    spelling the short form in order (Schwartz–Hearst's reading only: "video or DVD" spells
    nothing)."""
    text = doc.text
    for match in _BARE_OR_SHORT.finditer(text):
        short = match.group(1)
        if not is_short_form(short) or text[match.start() - 1 : match.start()] in ("", ",", " "):
            continue
        head = text[max(0, match.start() - 300) : match.start()]
        if head.rfind("(") > head.rfind(")"):
            # "(Giáo hội ... Thống nhất or GHPGVNTN or Unified Buddhist Church of Vietnam (UBCV))":
            # inside a parenthesis "or" lists other names of what it follows, whose own short form
            # the parenthesis defines.
            continue
        before = _text_before(text, match.start())
        found = _long_form_in(short, before)
        if found is not None and found[1] >= 0.9:
            yield _acronym(doc, match.start() - len(found[0]), match.end(1), found[0], short, found[1] - 0.1)


def _short_for(doc: Document) -> Iterator[Mention]:
    """ "MPS, short for Ministry of Public Security": the capitalised name after the cue, whose
    characters spell the short form as Schwartz–Hearst reads them; or "the Việt Minh Front, short
    for Việt Nam Độc Lập Đồng Minh Hội": a name clipped to some of the long form's words."""
    text = doc.text
    # The lower-cased text keeps the offsets unless exotic letters change its length.
    lower = doc.lower if len(doc.lower) == len(text) else text
    at = lower.find("short for ")
    while at >= 0:
        cue_end = at + len("short for ")
        match = _SHORT_BEFORE.search(text, max(0, at - 20), at + len("short "))
        name = _NAME_AFTER.match(text, cue_end)
        if match is not None and name is not None and is_short_form(match.group(1)):
            short, long_form = match.group(1), name.group(1)
            if best_long_form(short, long_form) == long_form and _plausible(short, long_form):
                yield _acronym(doc, match.start(1), name.end(1), long_form, short, 0.85)
        elif name is not None:
            words = _CLIPPED_BEFORE.search(text, max(0, at - 60), at + len("short "))
            short = _clipped(words.group(1), name.group(1)) if words is not None else None
            if short is not None:
                acronym = _acronym(doc, words.start(1), name.end(1), name.group(1), short, 0.85)
                if short != words.group(1):
                    # "the Việt Minh Front, short for ...": the name as written, with its head word.
                    acronym.variants.append((words.group(1), VariantType.OTHER))
                yield acronym
        at = lower.find("short for ", cue_end)


# Two to four capitalised words before ", short for" or "(... for short)".
_CLIPPED_BEFORE = re.compile(r"((?:[A-ZÀ-ỸĐ][^\W\d_]*[ \t]+){1,3}[A-ZÀ-ỸĐ][^\W\d_]*),?[ \t]+short[ \t]+$")
_CLIPPED_FOR_SHORT = re.compile(
    r"^((?:[A-ZÀ-ỸĐ][^\W\d_]*[ \t]+){1,3}[A-ZÀ-ỸĐ][^\W\d_]*)[ \t]+for[ \t]+short$"
)


def _clipped(short: str, long_form: str) -> str | None:
    """The short form a cue defines when it is the long form clipped to some of its words, in order,
    the first kept ("Việt Minh" for "Việt Nam Độc Lập Đồng Minh Hội"); an organisation's head word
    after them that the long form lacks names what it is ("the Việt Minh Front") and is dropped.
    None when the words are not so."""
    words = short.split()
    longs = [fold(w) for w in long_form.split()]
    while len(words) > 2 and fold(words[-1]) in ORG_HEADS and fold(words[-1]) not in longs:
        words.pop()
    if len(words) < 2 or len(words) >= len(longs) or fold(words[0]) != longs[0]:
        return None
    at = 1
    for word in words[1:]:
        key = fold(word)
        while at < len(longs) and longs[at] != key:
            at += 1
        if at == len(longs):
            return None
        at += 1
    return " ".join(words)


_NAME_AFTER = re.compile(
    r"((?:[A-ZÀ-ỸĐ][^\s(),;.]*)(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*[A-ZÀ-ỸĐ][^\s(),;.]*)*)"
)


def _named_after(doc: Document, short: str, pos: int) -> Mention | None:
    """The acronym of a short form opening a parenthesis when the capitalised name after its comma
    has exactly its letters as initials ("(VNU, Vietnam National University in ...)"); else None."""
    name = _NAME_AFTER.match(doc.text, pos)
    if name is None:
        return None
    words = name.group(1).split()
    if len(words) < 2 or "".join(_initials(words)) != _letters(short).upper():
        return None
    return _acronym(doc, pos, name.end(1), name.group(1), short, 0.85)


def _bracketed(doc: Document) -> Iterator[Mention]:
    """Short forms defined with square brackets, either way round."""
    text = doc.text
    if "[" not in text:
        return
    for match in _BRACKET.finditer(text):
        inner = " ".join(match.group(1).split())
        if is_short_form(inner):
            found = _long_form_before(inner, _text_before(text, match.start()))
            if found is not None:
                yield _acronym(doc, match.start() - len(found[0]) - 1, match.end(), found[0], inner, found[1])
            continue
        if len(inner.split()) < 2:
            continue  # "[1]", "[citation]": reference marks
        token = _TRAILING_TOKEN.search(text[max(0, match.start() - 20) : match.start()].rstrip())
        if token is None or not is_short_form(token.group(1)):
            continue
        long_form = best_long_form(token.group(1), inner)
        if long_form and long_form == inner.strip(" ,;") and _plausible(token.group(1), long_form):
            yield _acronym(
                doc, match.start() - len(token.group(1)), match.end(), long_form, token.group(1), 0.85
            )


# ", abbreviated VNQDĐ or Việt Quốc": the short form after a comma and the cue; the name is before
# the comma, perhaps with a parenthesis of other forms between.
_ABBREVIATED_AFTER = re.compile(
    r"[,;][ \t]+(?:abbreviated|shortened)(?:[ \t]+(?:as|to))?[ \t]+[\"“']?([A-Za-zĐđ0-9&.\-]{2,10}?)[\"”']?"
    r"(?=[ \t]*[(,;:]|[.!?]?(?:\s|$)|[ \t]+or[ \t])"
)
_PAREN_BEFORE = re.compile(r"[ \t]*\((?:[^()]|\([^()]*\)){0,300}\)[ \t]*$")
_ABBREVIATED_WORDS = ("abbreviated ", "shortened ")


def _abbreviated_after(doc: Document) -> Iterator[Mention]:
    """ "The Việt Nam Quốc Dân Đảng (Vietnamese: ...; lit. ...), abbreviated VNQDĐ", "Socialist
    Republic of Vietnam; abbreviated SRV" (a fact sheet's field): the name before the comma or
    semicolon (a parenthesis between skipped), spelling the short form in order or by its
    Vietnamese syllables' initials."""
    text = doc.text
    lower = doc.lower if len(doc.lower) == len(text) else text.lower()
    # One scan per cue word in most texts (which name neither); then the punctuation before it.
    if not any(
        word in lower and any(f"{mark} {word}" in lower for mark in ",;") for word in _ABBREVIATED_WORDS
    ):
        return
    for match in _ABBREVIATED_AFTER.finditer(text):
        short = match.group(1).strip(".")
        if not is_short_form(short) and not _VI_SHORT.fullmatch(short):
            continue
        floor = max(0, match.start() - 400)
        paren = _PAREN_BEFORE.search(text, floor, match.start())
        end = paren.start() if paren is not None else match.start()
        name = _NAME_BEFORE.search(text, max(0, end - 120), end)
        syllables = text[max(0, end - 120) : end].rstrip().split()[-len(short) :]
        if len(syllables) == len(short) and _initials_of_vietnamese(short, " ".join(syllables)):
            # "Hội Nông dân Việt Nam": a Vietnamese name writes most syllables in lower case.
            long_form = " ".join(syllables)
            start = text.rfind(syllables[0], 0, end)
        elif name is not None:
            long_form, start = name.group(1), name.start(1)
        else:
            continue
        article = _OPENING_ARTICLE.match(long_form)
        if article is not None:
            long_form, start = long_form[article.end() :], start + article.end()
        if _initials_of_vietnamese(short, long_form) or best_long_form(short, long_form) == long_form:
            yield _acronym(doc, start, match.end(1), long_form, short, 0.85)


# A short form of a Vietnamese name may hold Đ, which is_short_form's ASCII pattern leaves out.
_VI_SHORT = re.compile(r"[A-ZĐ]{2,10}")
# "(POW/MIA)": two short forms, after two long forms joined by the same slash.
_SLASHED_SHORTS = re.compile(r"([A-Z][A-Za-z]{1,9})/([A-Z][A-Za-z]{1,9})")


def _slashed(doc: Document, match: re.Match[str], inner: str) -> Iterator[Mention]:
    """ "prisoner of war/missing in action (POW/MIA)": each short form spells its own side of the
    slash; the side after the slash must be spelt whole."""
    pair = _SLASHED_SHORTS.fullmatch(inner)
    if pair is None:
        return
    text = doc.text
    base = max(0, match.start() - 120)
    before = text[base : match.start()].rstrip()
    slash = before.rfind("/")
    if slash < 0 or "\n" in before[slash:]:
        return
    first, second = pair.group(1), pair.group(2)
    right = before[slash + 1 :]
    if not right or right[0] == " " or best_long_form(second, right) != right:
        return
    found = _long_form_before(first, _text_before(text, base + slash))
    if found is None or not _plausible(second, right):
        return
    yield _acronym(doc, base + slash - len(found[0]), base + slash, found[0], first, found[1])
    yield _acronym(doc, base + slash + 1, match.end(), right, second, 0.85)


# A name of capitalised words (joined by "of", "the", "and", "for") ending where the text ends.
_NAME_RUN = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|the|and|for)[ \t]+)*){1,5}[A-Z][\w’'-]*$")


def _name_spelt_otherwise(short: str, text: str, paren: re.Match[str]) -> tuple[str, float] | None:
    """The name just before "(SF)" when the short form spells another name of it, the official
    one or one in another language ("Reporters Without Borders (RSF)", French initials; "the South
    Vietnamese Air Force (RVNAF)", the Republic of Vietnam's): two capitalised English words or
    more in mid-sentence, right before the parenthesis, that share the short form's first letter
    or the initial of its head word with its last letter, and holding a letter that no word of it
    opens (else it is the name cut or reordered: "the National Front for the Liberation of
    Something Else (NLF)"). Not a name in Vietnamese, nor a dateline ("Da Nang (VNA) –": an
    agency's credit)."""
    if not (short.isalpha() and short.isupper() and 3 <= len(short) <= 6):
        return None
    start = paren.start()
    before = text[max(0, start - 80) : start]
    if before[-1:] != " " or _DATELINE_AFTER.match(text, paren.end()):
        return None
    before = before.rstrip()
    found = _NAME_RUN.search(before)
    if found is None or has_vi_letters(found.group()):
        return None
    words = found.group().split()
    if words[0] == "The":
        words.pop(0)  # "The South Vietnamese Air Force (...)" opening a sentence
    else:
        # The word before must be in lower case: a capital opening a sentence is no name's.
        previous = before[: found.start()].split()[-1:]
        if not previous or not previous[0][:1].islower():
            return None
    initials = [w[0] for w in words if w[:1].isupper()]
    if len(words) < 2 or not (short[0] == initials[0] or short[-1] == initials[-1]):
        return None
    if set(short) <= set(initials):
        return None  # every letter an initial of the name: a name cut or reordered, not another one
    return " ".join(words), 0.5


_DATELINE_AFTER = re.compile(r"[ \t]*[–—-][ \t]")


def _alternative_short_forms(doc: Document, match: re.Match[str], inner: str) -> Iterator[Mention]:
    """ "the South Vietnamese Air Force (RVNAF/VNAF)": two short forms of the one name before the
    parenthesis, neither spelling it; the first is the short form, the second its variant."""
    pair = _SLASHED_SHORTS.fullmatch(inner)
    if pair is None or not pair.group(2).isupper():
        return
    found = _name_spelt_otherwise(pair.group(1), doc.text, match)
    if found is None:
        return
    acronym = _acronym(doc, match.start() - len(found[0]) - 1, match.end(), found[0], pair.group(1), found[1])
    acronym.variants.append((pair.group(2), VariantType.ABBREVIATION))
    yield acronym


def _definitions(doc: Document) -> Iterator[Mention]:
    text = doc.text
    yield from _or_short_forms(doc)
    yield from _bracketed(doc)
    yield from _abbreviated_after(doc)
    for match in _LEADING_SHORT.finditer(text):
        short = match.group(1)
        if not is_short_form(short):
            continue
        found = _long_form_before(short, _text_before(text, match.start()))
        if not found and match.group().rstrip().endswith(","):
            # "(VNU, Vietnam National University in Hanoi ...)": the name after the short form.
            named = _named_after(doc, short, match.end())
            if named is not None:
                yield named
                continue
        if found:
            acronym = _acronym(doc, match.start() - len(found[0]) - 1, match.end(), found[0], short, found[1])
            other = _SECOND_SHORT.match(text, match.end()) if match.group().endswith("or ") else None
            if other is not None and is_short_form(other.group(1)):
                acronym.variants.append((other.group(1), VariantType.ABBREVIATION))  # "(VCG or VNCG"
            if acronym.en and not acronym.vi:
                acronym.vi = _vietnamese_name_after(text, match.start() + 1)
            yield acronym
    for match in _PAREN.finditer(text):
        inner = " ".join(match.group(1).split())
        if "see" in inner:
            # "(Comecon--see Glossary)": a country study's pointer to its glossary.
            inner = _SEE_GLOSSARY.sub("", inner)
        worded = _worded(doc, match, inner)
        if worded is not None:
            yield worded
            continue
        if "/" in inner:
            slashed = list(_slashed(doc, match, inner))
            yield from slashed or _alternative_short_forms(doc, match, inner)
            continue
        if is_short_form(inner) or _CAMEL.match(inner) or _BRAND.match(inner):
            found = _long_form_before(inner, _text_before(text, match.start())) or _name_spelt_otherwise(
                inner, text, match
            )
            if found:
                long_form, confidence = found
                yield _acronym(
                    doc, match.start() - len(long_form) - 1, match.end(), long_form, inner, confidence
                )
            continue
        # Reverse order: "UNESCO (United Nations Educational, ...)".
        reverse = _reverse_order(doc, match, inner)
        if reverse is not None:
            yield reverse
    if "Vietnamese" in text:
        # "SABECO (Saigon Beer ... Corporation, Vietnamese Tổng Công ty ..., "Public Company ...")":
        # a short form's parenthesis that its Vietnamese name and rendering make longer than _PAREN's.
        for match in _LONG_LABELLED.finditer(text):
            if len(match.group(1).strip()) <= 120:
                continue  # _PAREN's, read above
            reverse = _reverse_order(doc, match, " ".join(match.group(1).split()))
            if reverse is not None:
                yield reverse


def _reverse_order(doc: Document, match: re.Match[str], inner: str) -> Mention | None:
    """ "UNESCO (United Nations Educational, ...)": the long form is the whole parenthesis, or its
    part before the label of the Vietnamese name."""
    text = doc.text
    if len(inner.split()) < 2:
        return None
    before = text[max(0, match.start() - 20) : match.start()].rstrip()
    token = _TRAILING_TOKEN.search(before)
    if token is None or not is_short_form(token.group(1)):
        return None
    short = token.group(1)
    whole = inner.strip(" ,;")
    vi = ""
    if "Vietnamese" in inner:
        # "SABECO (Saigon Beer - Alcohol - Beverage Corporation, Vietnamese Tổng Công ty ...)":
        # the long form ends where the label of its Vietnamese name starts.
        labelled = _VI_LABEL_AFTER.search(inner)
        if labelled is not None:
            whole = inner[: labelled.start()].strip(" ,;")
            vi = _vi_name_in(inner[labelled.end() :])
    long_form = best_long_form(short, whole)
    if not (long_form and long_form == whole and _plausible(short, long_form)):
        return None
    return mention_at(
        doc,
        match.start() - len(short),
        match.end(),
        kind=Kind.ACRONYM,
        en=long_form,
        vi=vi,
        abbr=short,
        confidence=0.85,
        origin="acronym",
    )


# A parenthesis longer than _PAREN's, after a short form, holding a label of a Vietnamese name. The
# "(" first and the look back after it: a pattern opening with a look-behind is tried at every
# position of the text (20 times slower on the bench corpus).
_LONG_LABELLED = re.compile(r"\((?<=[A-Z] \()([^()\n]{2,120}?, ?Vietnamese\b[^()\n]{0,300}?)\)")


# ", Vietnamese:", ", in Vietnamese" after an English long form inside its parenthesis.
_VI_LABEL_AFTER = re.compile(r"\s*,\s*(?:in\s+)?Vietnamese\b\s*:?\s*")


def _vi_name_in(rest: str) -> str:
    """The Vietnamese name a label opens: up to the next comma or quotation, when written with its
    marks and capitalised; "" otherwise."""
    name = re.split(r"\s*[,;\"“]", rest, maxsplit=1)[0].strip()
    return name if name[:1].isupper() and has_vi_letters(name) and len(name.split()) <= 14 else ""


# The rest of a parenthesis that opened with a short form, up to its closing bracket.
_PAREN_REST = re.compile(r"[^()\n]{0,160}\)")
# Its last item, the organisation's Vietnamese name: after a semicolon ("(VCG or VNCG for the
# alternative spelling Viet Nam Coast Guard; Cảnh sát biển Việt Nam)"), labelled after a comma or a
# semicolon ("(VFF, Vietnamese: Liên Đoàn Bóng Đá Việt Nam)"), or after a comma ("(NLF, Mat Tran
# Dan Toc Giai Nam Viet Nam)").
_VI_LAST = re.compile(r"(?:(?P<label>[;,][ \t]*Vietnamese[ \t]*:)|;|,)[ \t]*([^;,:()]+?)[ \t]*\)$")


def _vietnamese_name_after(text: str, pos: int) -> str:
    """The Vietnamese name that ends the short form's parenthesis opened at pos - 1, or "": each
    word a Vietnamese syllable, the first capitalised, and Vietnamese by its letters or, without
    diacritics, by the lexicon (vi_score); two words or more after a label or a semicolon, three
    after a bare comma (a place's name, "(VNA, Hanoi)", is no organisation's)."""
    rest = _PAREN_REST.match(text, pos)
    last = _VI_LAST.search(rest.group()) if rest is not None else None
    if last is None:
        return ""
    name = last.group(2)
    words = name.split()
    fewest = 2 if last.group("label") or last.group().startswith(";") else 3
    if len(words) < fewest or not words[0][:1].isupper() or not all(is_syllable(w) for w in words):
        return ""
    return name if has_vi_letters(name) or vi_score(words) >= 0.5 else ""


def _acronym(doc: Document, start: int, end: int, long_form: str, short: str, confidence: float) -> Mention:
    side = "vi" if has_vi_letters(long_form) else "en"
    return mention_at(
        doc,
        start,
        end,
        kind=Kind.ACRONYM,
        abbr=short,
        confidence=confidence,
        origin="acronym",
        **{side: long_form},
    )


def _initials_of_vietnamese(short: str, name: str) -> bool:
    """Whether short is the initials of a Vietnamese name, every syllable's first letter in order
    ("ĐCSVN" for "Đảng Cộng sản Việt Nam"; "QĐNDVN" for "Quân đội nhân dân Việt Nam")."""
    words = name.split()
    return len(words) == len(short) and all(w[0].upper() == c for w, c in zip(words, short, strict=True))


def _worded(doc: Document, match: re.Match[str], inner: str) -> Mention | None:
    """A short form defined with words: "(Hội đồng Nhân dân or HDND for short)" (the long form
    inside), "(abbreviated BRVT)" (the name before the parenthesis), "(Đảng Cộng sản Việt Nam,
    ĐCSVN)" (a Vietnamese name inside, then its initials)."""
    if inner[-1:].isupper() and ", " in inner:
        name, _, short = inner.rpartition(", ")
        name = name.rpartition(":")[2].strip()  # "(Vietnamese: Đảng Cộng sản Việt Nam, ĐCSVN)"
        if (
            short.isupper()
            and name[:1].isupper()
            and has_vi_letters(name)
            and _initials_of_vietnamese(short, name)
        ):
            return _acronym(doc, match.start(), match.end(), name, short, 0.85)
    labelled = _LABELLED_SHORT.match(inner) if inner[-1:].isupper() and "Vietnamese" in inner else None
    if labelled is not None:
        acronym = _labelled_vietnamese_short(doc, match, labelled)
        if acronym is not None:
            return acronym
    cued = _CUED_SHORT.match(inner)
    if cued and is_short_form(cued.group("short")):
        short = cued.group("short")
        long_found = _long_form_before(short, _text_before(doc.text, match.start()))
        if long_found is not None:
            long_form, confidence = long_found
            return _acronym(
                doc, match.start() - len(long_form) - 1, match.end(), long_form, short, confidence
            )
        return None
    clipped = _CLIPPED_FOR_SHORT.match(inner) if inner.endswith(" short") else None
    if clipped is not None:
        # "Việt Nam Độc Lập Đồng Minh Hội (Việt Minh for short)": some of the name's words.
        name = _NAME_BEFORE.search(doc.text, max(0, match.start() - 120), match.start())
        short = _clipped(clipped.group(1), name.group(1)) if name is not None else None
        if short is not None:
            return _acronym(doc, name.start(1), match.end(), name.group(1), short, 0.9)
    found = _FOR_SHORT.match(inner)
    if found and is_short_form(found.group("short")):
        long_form = found.group("long")
        if fold(long_form)[:1] == fold(found.group("short"))[:1]:
            return _acronym(doc, match.start(), match.end(), long_form, found.group("short"), 0.9)
        return None
    low = inner[:12].lower()
    if not (inner[:1] in "\"“'" or low.startswith(("abbr", "short", "acronym", "here")) or "short" in inner):
        return None  # most parentheses: a literal test before the pattern
    # "(abbreviated COSVN /ˈkɑːzvɪn/; Văn phòng ...)": its pronunciation and the segments after it.
    found = _ABBREVIATED.match(_PRONUNCIATION.sub("", inner.split(";")[0]).strip())
    short = next((g for g in (found.groups() if found else ()) if g), "").strip(".,")
    if short and is_short_form(short):
        name = _NAME_BEFORE.search(doc.text, max(0, match.start() - 120), match.start())
        if name is None:
            return None
        long_form, start = name.group(1), name.start(1)
        article = _OPENING_ARTICLE.match(long_form)
        if article is not None:
            # "The Ministry of Public Security (abbreviated as MPS)" opening a sentence.
            long_form, start = long_form[article.end() :], start + article.end()
        # A bare quoted word is a short form only after a name of two words or more.
        named = not found.group("quoted") or len(long_form.split()) >= 2
        if fold(long_form)[:1] == fold(short)[:1] and named:
            return _acronym(doc, start, match.end(), long_form, short, 0.9)
    return None


# The flag of an acronym whose short form a language parenthesis gives as the Vietnamese name's
# initials: clustering prefers the English name's short form to it.
VI_INITIALS = "short:vi-initials"
# "(Vietnamese: Lực lượng Công an Nhân dân - CAND)", "(Vietnamese:Bộ đội Biên phòng Việt Nam,lit.'Vietnam
# Border Troops' -BĐBP orBP)": a lead's language parenthesis ending with the short form (and another
# after "or"), after a dash, a semicolon or a comma.
_LABELLED_SHORT = re.compile(
    r"^(?:in\s+)?Vietnamese\s*:\s*(?P<name>[^,;()\-–]+?)\s*(?:[,;][^()]*?)?\s*[-–;,]\s*"
    r"(?P<short>[A-ZĐ]{2,10})(?:\s*or\s*(?P<other>[A-ZĐ]{2,10}))?$"
)


def _labelled_vietnamese_short(
    doc: Document, match: re.Match[str], labelled: re.Match[str]
) -> Mention | None:
    """The acronym a lead's language parenthesis defines when its last short form is the initials of
    the Vietnamese name's syllables, all of them or a run of three or more: "BĐBP" for "Bộ đội Biên
    phòng Việt Nam" (the country's name left out), "CAND" for "Lực lượng Công an Nhân dân" (its
    "forces" left out)."""
    name, short = labelled.group("name"), labelled.group("short")
    words = name.split()
    if not (words and words[0][:1].isupper() and has_vi_letters(name) and all(map(is_syllable, words))):
        return None
    n = len(short)
    if not (n == len(words) or 3 <= n < len(words)):
        return None
    if not any(_initials_of_vietnamese(short, " ".join(words[i : i + n])) for i in range(len(words) - n + 1)):
        return None
    acronym = _acronym(doc, match.start(), match.end(), name, short, 0.85)
    acronym.flags.append(VI_INITIALS)
    if labelled.group("other"):
        acronym.variants.append((labelled.group("other"), VariantType.ABBREVIATION))
    return acronym


_OPENING_ARTICLE = re.compile(r"(?:The|A|An)[ \t]+(?=[A-ZÀ-ỸĐ])")
_PRONUNCIATION = re.compile(r"\s*(?:/[^/]*/|\[[^\]]*\])")


def extract_acronyms(doc: Document) -> list[Mention]:
    """Every acronym defined in a document with its long form, but those defined in a wiki's own
    notices (a line naming a page of its Help: or Wikipedia: namespace: "This article contains
    phonetic transcriptions in the International Phonetic Alphabet (IPA). For an introductory
    guide on IPA symbols, see Help:IPA."): the site's furniture, not the subject's terms."""
    text = doc.text
    found = list(_definitions(doc))
    if not found or not any(f"{space}:" in text for space in _WIKI_SPACES):
        return found  # a literal scan first: most texts name no page of a wiki's namespaces
    return [m for m in found if not _WIKI_NOTICE.search(text, *_line_around(text, m.start))]


# A reference to a page of a wiki's own namespaces, which only its notices and menus make.
_WIKI_SPACES = ("Help", "Wikipedia", "Template", "Special", "Portal")
_WIKI_NOTICE = re.compile(r"\b(?:" + "|".join(_WIKI_SPACES) + r"):[A-Z]")


def _line_around(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


_CAPS_HYPHEN = re.compile(r"-(?=[A-Z])")


def hyphenated_caps(text: str) -> Iterator[re.Match[str]]:
    """The matches of _HYPHENATED_CAPS.finditer(text), found from the hyphens: a match starts where
    the capitals before its first hyphen start, so the pattern is tried only there."""
    end = 0
    for hyphen in _CAPS_HYPHEN.finditer(text):
        start = hyphen.start()
        while start > end and "A" <= text[start - 1] <= "Z":
            start -= 1
        if start == hyphen.start():
            continue
        match = _HYPHENATED_CAPS.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def count_caps(doc: Document) -> dict[str, tuple[int, int]]:
    """Every all-capitals token (and its plural) in a document: {token: (count, first line)}.

    Clustering adds these to acronyms defined anywhere in the corpus, so an acronym's frequency
    counts its uses, not only its definitions.
    """
    counts: dict[str, tuple[int, int]] = {}
    for match in hyphenated_caps(doc.text):
        token = match.group(0)
        seen = counts.get(token)
        counts[token] = (seen[0] + 1, seen[1]) if seen else (1, doc.line_of(match.start()))
    for match in _CAPS_TOKEN.finditer(doc.text):
        token = match.group(0)
        seen = counts.get(token)
        counts[token] = (seen[0] + 1, seen[1]) if seen else (1, doc.line_of(match.start()))
    for match in dotted_initials(doc.text):
        if _NAME_GOES_ON.match(doc.text, match.end()) and not before_title(doc.text, match.end()):
            continue  # "the U.S. Consulate General", "the U.S.-Vietnam War": part of a longer name
        token = match.group(0)
        seen = counts.get(token)
        counts[token] = (seen[0] + 1, seen[1]) if seen else (1, doc.line_of(match.start()))
    return counts


# "U.S.", "U.K.": capitals each followed by a full stop, not inside a word or a longer string of them.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}(?![A-Za-z])")
_DOT_CAPITAL = re.compile(r"\.(?=[A-Z]\.)")
_NAME_GOES_ON = re.compile(r"(?:[ \t]+|[-–])[A-Z]")
# "U.S. Ambassador David Shear", "U.S. Deputy Secretary of State": a title after the initials, in
# title case, then no organisation's head ("U.S. State Department" is a longer name).
_TITLE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+))?")


def before_title(text: str, end: int) -> bool:
    """Whether the dotted initials ending at end stand before a title, a use of the country's
    abbreviation of its own (titles are no names: gold rules §9.7), not a longer name's first word."""
    after = _TITLE_AFTER.match(text, end)
    if after is None or not is_title(after.group(1)):
        return False
    return after.group(2) is None or after.group(2).lower() not in ORG_HEADS


def dotted_initials(text: str) -> Iterator[re.Match[str]]:
    """Every dotted initials token ("U.S."), found from its second full stop's neighbours (the
    pattern is tried only at a capital right before a full stop followed by a capital)."""
    end = 0
    for dot in _DOT_CAPITAL.finditer(text):
        start = dot.start() - 1
        if start < end or start < 0 or not "A" <= text[start] <= "Z":
            continue
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
            continue
        match = _DOTTED.match(text, start)
        if match is not None:
            end = match.end()
            yield match


# How far after an acronym's matched span its parenthesis may still hold the Vietnamese name.
_LONG_FORM_REACH = 200


def outside_vietnamese_long_forms(text: str, names: list[Mention], acronyms: list[Mention]) -> list[Mention]:
    """The names less those cut out of an acronym's Vietnamese long form: "Việt Nam" in "(VPAF,
    Không quân nhân dân Việt Nam (KQNDVN))" or "(VCG; Cảnh sát biển Việt Nam)" is a word of that
    body's name, not the country named on its own (gold rules §2, a name inside another name)."""
    spans = []
    for a in acronyms:
        if a.vi and " " in a.vi:
            # The Vietnamese name may close the acronym's parenthesis, after the span the reader
            # matched ("Vietnam Coast Guard (VCG or ...; Cảnh sát biển Việt Nam)").
            at = text.find(a.vi, a.start, a.end + _LONG_FORM_REACH)
            if at != -1:
                spans.append((at, at + len(a.vi), a.vi))
    if not spans:
        return names
    return [
        name
        for name in names
        if not (
            name.vi
            and any(start <= name.start and name.end <= end and name.vi != vi for start, end, vi in spans)
        )
    ]
