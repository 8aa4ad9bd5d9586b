"""Short forms defined with words inside their parenthesis: "(abbreviated BRVT)", "(Hội đồng Nhân dân or
HDND for short)", "(also known as AI)", "(Đảng Cộng sản Việt Nam, ĐCSVN)", and a lead's language
parenthesis ending with the initials of the Vietnamese name ("(Vietnamese: ... - BĐBP)").
"""

from __future__ import annotations

import re

from glossary.model import VariantType
from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters

from .documents import Document
from .lazy_patterns import LazyPattern
from .long_forms import long_form_before, text_before
from .mentions import Mention, fold
from .short_forms import NAME_BEFORE, OPENING_ARTICLE, acronym_at, initials_of_vietnamese, is_short_form
from .short_shapes import clipped_name

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
# "(also referred to as Amnesty or AI)", "(also known as AI)", "(or AI)": a naming cue, perhaps a
# shorter name, then the short form last.
_CUED_SHORT = re.compile(
    r"^(?:(?:also|commonly|often|usually|sometimes)\s+)?(?:(?:known|referred\s+to)\s+as|called|or)\s+"
    r"(?:.{1,40}?\s+or\s+)?(?P<short>[A-Za-z0-9&.\-]{2,10})$",
    re.IGNORECASE,
)
# The words _CUED_SHORT may open with, for a literal test before it.
_CUE_OPENINGS = ("also", "commonly", "often", "usually", "sometimes", "known", "referred", "called", "or")
# "(Việt Minh for short)": two to four capitalised words, some of the name before the parenthesis.
_CLIPPED_FOR_SHORT = re.compile(
    r"^((?:[A-ZÀ-ỸĐ][^\W\d_]*[ \t]+){1,3}[A-ZÀ-ỸĐ][^\W\d_]*)[ \t]+for[ \t]+short$"
)


def may_be_worded(inner: str) -> bool:
    """Whether worded_definition may find a short form in a parenthesis's text: False when none of
    the literal tests that open its readings holds (most parentheses), and then it finds none."""
    last_capital = inner[-1:].isupper()
    return (
        last_capital
        and (", " in inner or "Vietnamese" in inner)
        or inner[:9].casefold().startswith(_CUE_OPENINGS)
        or inner[-5:].casefold() == "short"
        or inner[:1] in "\"“'"
        or inner[:12].lower().startswith(("abbr", "short", "acronym", "here"))
        or "short" in inner
    )


def worded_definition(doc: Document, match: re.Match[str], inner: str) -> Mention | None:
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
            and initials_of_vietnamese(short, name)
        ):
            return acronym_at(doc, match.start(), match.end(), name, short, 0.85)
    labelled = _LABELLED_SHORT.match(inner) if inner[-1:].isupper() and "Vietnamese" in inner else None
    if labelled is not None:
        acronym = _labelled_vietnamese_short(doc, match, labelled)
        if acronym is not None:
            return acronym
    cued = _CUED_SHORT.match(inner) if inner[:9].casefold().startswith(_CUE_OPENINGS) else None
    if cued and is_short_form(cued.group("short")):
        short = cued.group("short")
        long_found = long_form_before(short, text_before(doc.text, match.start()))
        if long_found is not None:
            long_form, confidence = long_found
            return acronym_at(
                doc, match.start() - len(long_form) - 1, match.end(), long_form, short, confidence
            )
        return None
    clipped = _CLIPPED_FOR_SHORT.match(inner) if inner.endswith(" short") else None
    if clipped is not None:
        # "Việt Nam Độc Lập Đồng Minh Hội (Việt Minh for short)": some of the name's words.
        name = NAME_BEFORE.search(doc.text, max(0, match.start() - 120), match.start())
        short = clipped_name(clipped.group(1), name.group(1)) if name is not None else None
        if short is not None:
            return acronym_at(doc, name.start(1), match.end(), name.group(1), short, 0.9)
    found = _FOR_SHORT.match(inner) if inner[-5:].casefold() == "short" else None
    if found and is_short_form(found.group("short")):
        long_form = found.group("long")
        if fold(long_form)[:1] == fold(found.group("short"))[:1]:
            return acronym_at(doc, match.start(), match.end(), long_form, found.group("short"), 0.9)
        return None
    low = inner[:12].lower()
    if not (inner[:1] in "\"“'" or low.startswith(("abbr", "short", "acronym", "here")) or "short" in inner):
        return None  # most parentheses: a literal test before the pattern
    # "(abbreviated COSVN /ˈkɑːzvɪn/; Văn phòng ...)": its pronunciation and the segments after it.
    found = _ABBREVIATED.match(_PRONUNCIATION.sub("", inner.split(";")[0]).strip())
    short = next((g for g in (found.groups() if found else ()) if g), "").strip(".,")
    if short and is_short_form(short):
        name = NAME_BEFORE.search(doc.text, max(0, match.start() - 120), match.start())
        if name is None:
            return None
        long_form, start = name.group(1), name.start(1)
        article = OPENING_ARTICLE.match(long_form)
        if article is not None:
            # "The Ministry of Public Security (abbreviated as MPS)" opening a sentence.
            long_form, start = long_form[article.end() :], start + article.end()
        # A bare quoted word is a short form only after a name of two words or more.
        named = not found.group("quoted") or len(long_form.split()) >= 2
        if fold(long_form)[:1] == fold(short)[:1] and named:
            return acronym_at(doc, start, match.end(), long_form, short, 0.9)
    return None


# The flag of an acronym whose short form a language parenthesis gives as the Vietnamese name's
# initials: clustering prefers the English name's short form to it.
VI_INITIALS = "short:vi-initials"
# "(Vietnamese: Lực lượng Công an Nhân dân - CAND)", "(Vietnamese:Bộ đội Biên phòng Việt Nam,lit.'Vietnam
# Border Troops' -BĐBP orBP)": a lead's language parenthesis ending with the short form (and another
# after "or"), after a dash, a semicolon or a comma.
_LABELLED_SHORT = LazyPattern(
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
    if not any(initials_of_vietnamese(short, " ".join(words[i : i + n])) for i in range(len(words) - n + 1)):
        return None
    acronym = acronym_at(doc, match.start(), match.end(), name, short, 0.85)
    acronym.flags.append(VI_INITIALS)
    if labelled.group("other"):
        acronym.variants.append((labelled.group("other"), VariantType.ABBREVIATION))
    return acronym


_PRONUNCIATION = re.compile(r"\s*(?:/[^/]*/|\[[^\]]*\])")
