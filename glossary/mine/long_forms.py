"""The long form of a short form in the clause before it: Schwartz–Hearst's spelling, corrected for
letters taken across "and" or from a function word and for a place before or after the name, then
the other shapes (short_shapes) and another name of the thing ("Reporters Without Borders (RSF)").
"""

from __future__ import annotations

import re

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters

from . import gazetteer
from .lazy_patterns import LazyPattern
from .lexicon import ORG_HEADS
from .mentions import fold
from .short_forms import (
    OPENING_FUNCTION_WORDS,
    best_long_form,
    is_short_form,
    long_form_window,
    plausible,
    spelt_letters,
)
from .short_shapes import (
    BRAND,
    CAMEL,
    chunked,
    country_letter_left_out,
    head_initials,
    reordered,
    vietnamese_initials,
    words_run_together,
)

# A full stop ends the clause, but not the one of initials ("the U.S. Agency for ...").
# The look-behind after the mark: a pattern opening with one is tried at every position.
_SENTENCE_BREAK = re.compile(r"[.!?;:](?<!\.[A-Z].)\s|\n\s*\n|[()\[\]]")


def text_before(text: str, end: int) -> str:
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
    if "<" in clause:
        clause = _HTML_BREAK.sub(" ", clause)
    return " ".join(clause.split())


# An infobox field's label glued to its value at a line's start by a mirror: "AssociationVietnam
# Football Federation (VFF)". Five small letters at least, so a brand ("PetroVietnam") stays whole.
_GLUED_LABEL = re.compile(r"^([ \t]*)[A-Z][a-z]{5,}(?=[A-Z][a-z])", re.MULTILINE)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def long_form_before(short: str, before: str) -> tuple[str, float] | None:
    """The long form in the clause before a short form, and how sure it is; none for a unit of
    measure after a number ("1.2 million metric tons (MMT)", "500,000 hectares (ha)"): units and
    codes are no acronyms (docs/gold-rules.md §3)."""
    if before[-1:].isalpha() and _MEASURE_AFTER_NUMBER.search(before):
        return None
    # "the Government of Vietnam’s (GVN) figures": the possessive is the sentence's, not the name's.
    # A one-word name keeps it: "McDonald's" is a brand's own spelling.
    owned = _POSSESSIVE_END.sub("", before)
    if owned != before and (found := _long_form_before(short, owned)) is not None and " " in found[0]:
        return _without_owner(short, found)
    found = _long_form_before(short, before)
    return None if found is None else _without_owner(short, found)


# Units of measure a quantity is written in: a number (digits), perhaps a number word, perhaps a
# kind of unit ("metric", "square"), then the unit's plural ending the clause.
_MEASURES = (
    "tons|tonnes|kilograms|grams|pounds|hectares|acres|metres|meters|kilometres|kilometers|miles"
    "|feet|litres|liters|gallons|barrels|bags|kilowatts|megawatts|gigawatts|kilowatt-hours|watts"
)
_MEASURE_AFTER_NUMBER = re.compile(
    r"(?<![^\W_])\d[\d.,]*[ \t]+(?:(?:thousand|million|billion)[ \t]+)?"
    rf"(?:(?:metric|square|cubic)[ \t]+)?(?:{_MEASURES})$",
    re.IGNORECASE,
)
# A possessive ending the clause: straight or typographic apostrophe, "s" or bare after an "s".
_POSSESSIVE_END = re.compile(r"(?<=[^\W\d_])['’]s?$")
# An owner's short form opening the long form: "the GVN General Statistic Office (GSO)".
_OWNER_FIRST = re.compile(r"[A-Z][A-Z0-9]{1,7} (?=[A-Z])")


def _without_owner(short: str, found: tuple[str, float]) -> tuple[str, float]:
    """The long form without another body's short form before it, when the name after that still
    opens with the short form's letter: the owner's letters are not this name's."""
    long_form, sureness = found
    owner = _OWNER_FIRST.match(long_form)
    if owner is None or owner.group().strip() == short or short[:1] != long_form[owner.end()]:
        return found
    rest = long_form[owner.end() :]
    return (rest, sureness) if plausible(short, rest) else found


def _long_form_before(short: str, before: str) -> tuple[str, float] | None:
    found = long_form_in(short, before)
    if found is None and (" of " in before[-40:] or " in " in before[-40:]):
        # "National Front for the Liberation of South Vietnam (NLF)": a place the short form does
        # not spell ends the name, past the window; the name before it spells the short form.
        tail = _PLACE_TAIL.search(before)
        if tail is not None and (
            gazetteer.is_place(tail.group(1)) or gazetteer.is_place(tail.group(1).split()[-1])
        ):
            head = long_form_in(short, before[: tail.start()])
            if head is not None and is_short_form(short):
                return head[0] + before[tail.start() :], head[1]
    return found


_PLACE_TAIL = re.compile(r" (?:of|in) ((?:[A-Z][^\W\d_]*(?: |$)){1,4})$")


def long_form_in(short: str, before: str) -> tuple[str, float] | None:
    words = before.split()
    candidate = " ".join(words[-long_form_window(short) :])
    long_form = best_long_form(short, candidate) if is_short_form(short) else None
    if long_form and not plausible(short, long_form):
        long_form = _past_function_word(short, candidate, long_form)
    wide = " ".join(words[-12:])
    if long_form and " and " in long_form and (joined := _joined_name(long_form)):
        # "the USAID Vietnam Urban Energy Security project and Vietnam Electricity (EVN)": the
        # letters were taken across "and" from something else; the name is the part after it.
        long_form, wide = None, joined
    if long_form and plausible(short, long_form):
        return _with_place_before(before, _name_start(short, before, long_form)), 0.9
    if is_short_form(short):
        found = reordered(short, wide) or head_initials(short, wide)
        if found:
            return found, 0.8
        found = vietnamese_initials(short, wide)
        if found:
            return found, 0.6
        found = country_letter_left_out(short, before)
        if found:
            return found, 0.6
    if CAMEL.match(short) or BRAND.match(short):
        found = chunked(short, wide)
        if found and fold(found) != fold(short) and not words_run_together(short, found):
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
    if any(w[:1].islower() and w not in OPENING_FUNCTION_WORDS for w in head):
        return found.group(1)
    return None


def _name_start(short: str, before: str, long_form: str) -> str:
    """The long form taken back to the first word of its name that opens with the short form's first
    letter: Schwartz–Hearst stops at the nearest such word, inside the name ("Red River Delta
    Adaptation and Youth (READY)", "Institute for Industry Policy and Strategy (IPS)"). The name is
    the run of capitalised words, joined by "of", "for", "the", right before the long form; a word
    that is an English function word ("Since", "In" opening a sentence) or an article is none of it,
    nor a word the long form holds (a mirror's link preview writes the name twice)."""
    if not before.endswith(long_form):
        return long_form
    head = before[: len(before) - len(long_form)]
    if not head.endswith(" "):
        return long_form
    words = head.split()
    letter = spelt_letters(short)[:1].lower()
    held = set(long_form.split())
    start = len(words)
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        if word in _NAME_JOINS:
            k -= 1
            continue
        if (
            not (word[:1].isupper() and _NAME_WORD.fullmatch(word))
            or word.lower() in ENGLISH_FUNCTION_WORDS
            or word in held
        ):
            break
        if word[0].lower() == letter:
            start = k
        k -= 1
    if start == len(words):
        start = _head_after_article(words, k)
        if start == len(words):
            return long_form
    whole = " ".join([*words[start:], long_form])
    return whole if plausible(short, whole) else long_form


def _head_after_article(words: list[str], k: int) -> int:
    """Where a name starts when none of its capitalised words before the spelt part opens with the
    short form's letter: at an organisation's head noun joined to it by "of" after an article ("by
    the Office of the UN High Commissioner for Refugees (UNHCR)"), which the short form leaves
    unspelt; len(words) otherwise. A person's office is no head of the name ("the Director-General
    of the United Nations ... (UNESCO)"), nor an owner's name before the long form ("the USAID Local
    Health System Sustainability (LHSS)": gold decisions, blind12 and blind14)."""
    if k < 0 or words[k].lower() != "the":
        while k + 1 < len(words) and words[k + 1] in _NAME_JOINS:
            k += 1
        if k < 0 or words[k] != "the":
            return _country_head_after_article(words)
    start = k + 1
    while start < len(words) and words[start] in _NAME_JOINS:
        start += 1
    head = words[start:]
    if len(head) < 2 or head[1] != "of" or head[0].lower() not in ORG_HEADS or head[-1] not in _NAME_JOINS:
        return _country_head_after_article(words)
    return start


def _country_head_after_article(words: list[str]) -> int:
    """Where a body's name starts when a country's name stands before its head noun, the short form
    spelling neither ("of the United States Department of Health and Human Services (HHS)"): at the
    head noun (the country is put back before it by _with_place_before), when the nearest "the" is
    followed by nothing but a country named in the gazetteer (or none), an organisation's head noun
    and "of". The capitalised run before that "the" (a person's name and office, "Under Secretary X
    of the ...") is no part of the name; len(words) otherwise. The nearest "the" wherever the walk
    back stopped: a country's name may hold a word the walk stops at ("New Zealand")."""
    for at in range(len(words) - 1, -1, -1):
        if words[at] != "the":
            continue
        head = words[at + 1 :]
        for size in (0, 1, 2, 3):
            if len(head) != size + 2 or head[size + 1] != "of" or head[size].lower() not in ORG_HEADS:
                continue
            country = " ".join(head[:size])
            if not size or any(place.unit == "country" for place in gazetteer.lookup(country)):
                return at + 1 + size  # the country joins the name in _with_place_before
        return len(words)
    return len(words)


_NAME_JOINS = frozenset({"of", "for", "the"})
# A capitalised word of a name: letters, hyphens, an ampersand; no punctuation after it, no "'s".
_NAME_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W_]+)*")


def _past_function_word(short: str, candidate: str, long_form: str) -> str | None:
    """ "Office of the United Nations High Commissioner for Human Rights (OHCHR)": the short form's
    first letter matched a function word ("of"); the name starts at the nearest word before it
    that opens with that letter and is no function word, still within the window."""
    first = long_form.split()[0]
    if first.lower() not in OPENING_FUNCTION_WORDS:
        return None
    words = candidate.split()
    at = len(words) - len(long_form.split())
    letter = spelt_letters(short)[:1].lower()
    for k in range(at - 1, -1, -1):
        word = words[k]
        if word[:1].lower() == letter and word.lower() not in OPENING_FUNCTION_WORDS:
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


# A name of capitalised words (joined by "of", "the", "and", "for") ending where the text ends.
_NAME_RUN = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|the|and|for)[ \t]+)*){1,5}[A-Z][\w’'-]*$")


def name_spelt_otherwise(short: str, text: str, paren: re.Match[str]) -> tuple[str, float] | None:
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


# A name's qualifier in its own parenthesis right before the short form's: "the Evangelical Church of
# Vietnam (North) (ECVN)". One to three capitalised words, no digits (a year, a date is no part of
# a name).
_QUALIFIER_BEFORE = LazyPattern(r"\(((?:[A-Z][^\W\d_]*[ \t]?){1,3})\)[ \t]+$")


def qualified_long_form(short: str, text: str, paren_start: int) -> tuple[str, float] | None:
    """The long form of "(SF)" whose name ends with a qualifier in parentheses, the qualifier being
    part of the name the short form spells ("Evangelical Church of Vietnam (North) (ECVN)": its "N").
    None unless the short form ends with the qualifier's initials and the name before it spells the
    rest."""
    found = _QUALIFIER_BEFORE.search(text, max(0, paren_start - 40), paren_start)
    if found is None or not is_short_form(short):
        return None
    qualifier = found.group(1).strip()
    before = text_before(text, found.start())
    if not before:
        return None
    long_form = long_form_before(short, f"{before} ({qualifier})")
    if long_form is None or not long_form[0].endswith(f"({qualifier})"):
        return None
    initials = "".join(w[0] for w in qualifier.split()).upper()
    if not spelt_letters(short).upper().endswith(initials):
        return None  # the qualifier's initials end no short form: a gloss after the name, not of it
    return long_form
