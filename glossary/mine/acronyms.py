"""Acronym extractor after Schwartz and Hearst (2003): a short form in parentheses next to its long form.

"Sustainable Development Goals (SDGs)", the reverse order "UNESCO (United Nations ...)", plural and
lower-case letters in the short form. This module reads the parentheses (a short form alone, leading
a longer parenthesis, slashed pairs, the reverse order) and drops a wiki's own notices; the rest is
in the modules it calls:

- short_forms: what a short form is and how its letters spell a long form (the shortest run of
  words before it whose letters spell it, the first letter starting a word);
- long_forms: the long form in the clause before a short form;
- short_shapes: short forms whose letters are not the long form's in order: reordered ("Air
  Force-Air Defence Command (ADAFC)"), a word mixed with letters ("AmCham"), a brand made of the
  words' beginnings ("Vinalines"), the initials of the Vietnamese name ("Vietnam Fatherland Front
  (MTTQ)"), a name clipped to some of its words ("Việt Minh");
- worded_acronyms: short forms defined with words inside the parenthesis ("(abbreviated BRVT)",
  "(Hội đồng Nhân dân or HDND for short)");
- cued_acronyms: short forms defined in running text (", or SF", "SF, short for LONG", ", abbreviated
  SF", square brackets);
- caps_tokens: the all-capitals tokens a document uses, counted for an acronym's frequency.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.model import Kind, VariantType
from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters, vi_score

# Kept importable from here for the pipeline (count_caps), clustering (VI_INITIALS) and name chains
# (before_title), which read them as the acronym extractor's.
from . import gazetteer
from .caps_tokens import before_title as before_title
from .caps_tokens import count_caps as count_caps
from .country_qualifiers import add_qualified_forms
from .cued_acronyms import abbreviated_after, bracketed, or_short_forms
from .documents import Document
from .lazy_patterns import LazyPattern
from .long_forms import long_form_before, name_spelt_otherwise, qualified_long_form, text_before
from .mentions import Mention, mention_at
from .short_forms import (
    NAME_AFTER,
    TRAILING_TOKEN,
    acronym_at,
    best_long_form,
    is_short_form,
    plausible,
    spelt_letters,
    word_initials,
)
from .short_shapes import BRAND, CAMEL
from .worded_acronyms import VI_INITIALS as VI_INITIALS
from .worded_acronyms import may_be_worded, worded_definition

# A parenthesis on one line: where most short forms (or, in the reverse order, long forms) stand.
_PAREN = re.compile(r"\(\s*([^()\n]{1,120}?)\s*\)")
# "(Comecon--see Glossary)": a country study's pointer to its glossary, no part of the short form.
_SEE_GLOSSARY = LazyPattern(r"\s*(?:--|—|;|,)\s*see\s+(?:the\s+)?glossary\s*$", re.IGNORECASE)
# A parenthesis that opens with a short form and goes on: "(MPS, Bộ Công an (BCA))", "(DRV; vi, ...)".
# "(VCG or VNCG for the alternative spelling ...)": another short form after "or".
_LEADING_SHORT = re.compile(r"\(\s*([A-Za-z0-9&.\-]{2,10})(?:\s*[,;]|\s+or)\s")
_SECOND_SHORT = LazyPattern(r"([A-Za-z0-9&.\-]{2,10})(?=[\s,;)])")


def _named_after(doc: Document, short: str, pos: int) -> Mention | None:
    """The acronym of a short form opening a parenthesis when the capitalised name after its comma
    has exactly its letters as initials ("(VNU, Vietnam National University in ...)"); else None."""
    name = NAME_AFTER.match(doc.text, pos)
    if name is None:
        return None
    words = name.group(1).split()
    if len(words) < 2 or "".join(word_initials(words)) != spelt_letters(short).upper():
        return None
    return acronym_at(doc, pos, name.end(1), name.group(1), short, 0.85)


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
    found = long_form_before(first, text_before(text, base + slash))
    if found is None or not plausible(second, right):
        return
    yield acronym_at(doc, base + slash - len(found[0]), base + slash, found[0], first, found[1])
    yield acronym_at(doc, base + slash + 1, match.end(), right, second, 0.85)


def _alternative_short_forms(doc: Document, match: re.Match[str], inner: str) -> Iterator[Mention]:
    """ "the South Vietnamese Air Force (RVNAF/VNAF)": two short forms of the one name before the
    parenthesis, neither spelling it; the first is the short form, the second its variant."""
    pair = _SLASHED_SHORTS.fullmatch(inner)
    if pair is None or not pair.group(2).isupper():
        return
    found = name_spelt_otherwise(pair.group(1), doc.text, match)
    if found is None:
        return
    acronym = acronym_at(
        doc, match.start() - len(found[0]) - 1, match.end(), found[0], pair.group(1), found[1]
    )
    acronym.variants.append((pair.group(2), VariantType.ABBREVIATION))
    yield acronym


def screen_inner(inner_raw: str) -> tuple[str, bool, bool, bool]:
    """What a parenthesis's text alone says before the readers look around it: its text with single
    blanks and without a pointer to a glossary ("(Comecon--see Glossary)": a country study's),
    whether a worded definition may be in it (may_be_worded), whether it is one word of a short
    form's, a camel-case or a brand's shape, and whether it is a short form."""
    inner = " ".join(inner_raw.split())
    if "see" in inner:
        inner = _SEE_GLOSSARY.sub("", inner)
    short = is_short_form(inner)
    # A short form is one word; most parentheses hold more (a literal test first).
    one_word = " " not in inner and bool(short or CAMEL.match(inner) or BRAND.match(inner))
    return inner, may_be_worded(inner), one_word, short


# The same parenthesis texts recur (credits, dates, glosses), so each is screened once.
_screen = lru_cache(maxsize=16384)(screen_inner)


def _definitions(doc: Document) -> Iterator[Mention]:
    text = doc.text
    yield from or_short_forms(doc)
    yield from bracketed(doc)
    yield from abbreviated_after(doc)
    for match in _LEADING_SHORT.finditer(text):
        short = match.group(1)
        if not is_short_form(short):
            continue
        found = long_form_before(short, text_before(text, match.start()))
        if not found and match.group().rstrip().endswith(","):
            # "(VNU, Vietnam National University in Hanoi ...)": the name after the short form.
            named = _named_after(doc, short, match.end())
            if named is not None:
                yield named
                continue
        if found:
            acronym = acronym_at(
                doc, match.start() - len(found[0]) - 1, match.end(), found[0], short, found[1]
            )
            other = _SECOND_SHORT.match(text, match.end()) if match.group().endswith("or ") else None
            if other is not None and is_short_form(other.group(1)):
                acronym.variants.append((other.group(1), VariantType.ABBREVIATION))  # "(VCG or VNCG"
            if acronym.en and not acronym.vi:
                acronym.vi = _vietnamese_name_after(text, match.start() + 1)
            yield acronym
    for match in _PAREN.finditer(text):
        inner, worded_shape, short_shape, short = _screen(match.group(1))
        if worded_shape:
            worded = worded_definition(doc, match, inner)
            if worded is not None:
                yield worded
                continue
        if "/" in inner:
            slashed = list(_slashed(doc, match, inner))
            yield from slashed or _alternative_short_forms(doc, match, inner)
            continue
        if short_shape:
            if not short and gazetteer.is_place(inner):
                continue  # "Ministry of Finance (Vietnam)": a place locating the name, no brand of it
            clause = text_before(text, match.start())
            found = (
                long_form_before(inner, clause)
                or name_spelt_otherwise(inner, text, match)
                or (qualified_long_form(inner, text, match.start()) if not clause else None)
            )
            if found:
                long_form, confidence = found
                yield acronym_at(
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
    if " " not in inner:
        return None  # one word (inner's blanks are single spaces)
    before = text[max(0, match.start() - 20) : match.start()].rstrip()
    if before[before.rfind(" ") + 2 :].islower():
        return None  # the last word has one capital at most, first: no short form ends it
    token = TRAILING_TOKEN.search(before)
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
    if not (long_form and long_form == whole and plausible(short, long_form)):
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
_VI_LABEL_AFTER = LazyPattern(r"\s*,\s*(?:in\s+)?Vietnamese\b\s*:?\s*")


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


def extract_acronyms(doc: Document) -> list[Mention]:
    """Every acronym defined in a document with its long form, but those defined in a wiki's own
    notices (a line naming a page of its Help: or Wikipedia: namespace: "This article contains
    phonetic transcriptions in the International Phonetic Alphabet (IPA). For an introductory
    guide on IPA symbols, see Help:IPA."): the site's furniture, not the subject's terms."""
    text = doc.text
    found = list(_definitions(doc))
    add_qualified_forms(text, found)
    if not found or _WIKI_SPACE_NAMED.search(text) is None:
        return found  # a scan of the colons first: most texts name no page of a wiki's namespaces
    return [m for m in found if not _WIKI_NOTICE.search(text, *_line_around(text, m.start))]


# A reference to a page of a wiki's own namespaces, which only its notices and menus make.
_WIKI_SPACES = ("Help", "Wikipedia", "Template", "Special", "Portal")
_WIKI_NOTICE = LazyPattern(r"\b(?:" + "|".join(_WIKI_SPACES) + r"):[A-Z]")
# Any of those names before a colon: the pattern opens with the colon, which the scan looks for
# fast, and looks back from it (five times faster than a literal test per name).
_WIKI_SPACE_NAMED = re.compile(":(?:" + "|".join(f"(?<={space}:)" for space in _WIKI_SPACES) + ")")


def _line_around(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


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
