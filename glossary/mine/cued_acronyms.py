"""Short forms defined in running text by a cue rather than a parenthesis: "LONG, or SF", "LONG or SF",
"SF, short for LONG", "LONG, abbreviated SF", and an editor's square brackets ("the NED [National
Endowment for Democracy]").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import VariantType

from .documents import Document
from .lazy_patterns import LazyPattern
from .long_forms import long_form_before, long_form_in, text_before
from .mentions import Mention
from .short_forms import (
    NAME_AFTER,
    NAME_BEFORE,
    OPENING_ARTICLE,
    TRAILING_TOKEN,
    acronym_at,
    best_long_form,
    initials_of_vietnamese,
    is_short_form,
    plausible,
    spelt_letters,
    word_initials,
)
from .short_shapes import clipped_name

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


def or_short_forms(doc: Document) -> Iterator[Mention]:
    """ "LONG, or SF": the long form is the clause before the comma, found as for "LONG (SF)"."""
    text = doc.text
    yield from _short_for(doc)
    yield from _short_or_long(doc)
    yield from _bare_or_short_forms(doc)
    if ", or " not in text and " by its " not in text:
        return  # a literal scan first: most texts never say it
    for match in _OR_SHORT.finditer(text):
        short = match.group(1)
        if not is_short_form(short):
            continue
        found = long_form_before(short, text_before(text, match.start()))
        if found is not None:
            yield acronym_at(
                doc, match.start() - len(found[0]), match.end(1), found[0], short, found[1] - 0.1
            )


# 'the "LBJ" or Long Binh Jail military prison': a short form in quotation marks, then "or" and the
# name it stands for. Found from the closing mark and "or" (a literal scan first).
_QUOTED_SHORT_OR = re.compile(r"[\"“]([A-Z][A-Za-z0-9&.\-]{1,9})[\"”],?[ \t]+or[ \t]+(?:the[ \t]+)?")


def _short_or_long(doc: Document) -> Iterator[Mention]:
    """The short form first, quoted ('"SF" or LONG'), then "or" and a capitalised name whose words'
    initials are the short form's letters, all of them in order (no Schwartz–Hearst reading of the
    letters inside words: the name after "or" has no clause to bound it but its capitals)."""
    text = doc.text
    # A scan of the closing marks first, each looked up by itself (six times faster than a scan for
    # " or "): most texts close no quotation before "or".
    at = min(_mark_before_or(text, mark) for mark in '"”')
    if at == len(text):
        return
    for match in _QUOTED_SHORT_OR.finditer(text, max(0, at - 12)):
        short = match.group(1)
        name = NAME_AFTER.match(text, match.end())
        if name is None or not is_short_form(short):
            continue
        words = name.group(1).split()
        if len(words) >= 2 and "".join(word_initials(words)) == spelt_letters(short).upper():
            yield acronym_at(doc, match.start(), name.end(1), name.group(1), short, 0.85)


def _mark_before_or(text: str, mark: str) -> int:
    """Where the first mark followed by " or " or ", or " stands, or len(text)."""
    at = text.find(mark)
    while at >= 0 and not text.startswith((" or ", ", or "), at + 1):
        at = text.find(mark, at + 1)
    return at if at >= 0 else len(text)


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
        before = text_before(text, match.start())
        found = long_form_in(short, before)
        if found is not None and found[1] >= 0.9:
            yield acronym_at(
                doc, match.start() - len(found[0]), match.end(1), found[0], short, found[1] - 0.1
            )


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
        name = NAME_AFTER.match(text, cue_end)
        if match is not None and name is not None and is_short_form(match.group(1)):
            short, long_form = match.group(1), name.group(1)
            if best_long_form(short, long_form) == long_form and plausible(short, long_form):
                yield acronym_at(doc, match.start(1), name.end(1), long_form, short, 0.85)
        elif name is not None:
            words = _CLIPPED_BEFORE.search(text, max(0, at - 60), at + len("short "))
            short = clipped_name(words.group(1), name.group(1)) if words is not None else None
            if short is not None:
                acronym = acronym_at(doc, words.start(1), name.end(1), name.group(1), short, 0.85)
                if short != words.group(1):
                    # "the Việt Minh Front, short for ...": the name as written, with its head word.
                    acronym.variants.append((words.group(1), VariantType.OTHER))
                yield acronym
        at = lower.find("short for ", cue_end)


# Two to four capitalised words before ", short for" or "(... for short)".
_CLIPPED_BEFORE = re.compile(r"((?:[A-ZÀ-ỸĐ][^\W\d_]*[ \t]+){1,3}[A-ZÀ-ỸĐ][^\W\d_]*),?[ \t]+short[ \t]+$")


def bracketed(doc: Document) -> Iterator[Mention]:
    """Short forms defined with square brackets, either way round."""
    text = doc.text
    if "[" not in text:
        return
    for match in _BRACKET.finditer(text):
        inner = " ".join(match.group(1).split())
        if is_short_form(inner):
            found = long_form_before(inner, text_before(text, match.start()))
            if found is not None:
                yield acronym_at(
                    doc, match.start() - len(found[0]) - 1, match.end(), found[0], inner, found[1]
                )
            continue
        if len(inner.split()) < 2:
            continue  # "[1]", "[citation]": reference marks
        token = TRAILING_TOKEN.search(text[max(0, match.start() - 20) : match.start()].rstrip())
        if token is None or not is_short_form(token.group(1)):
            continue
        long_form = best_long_form(token.group(1), inner)
        if long_form and long_form == inner.strip(" ,;") and plausible(token.group(1), long_form):
            yield acronym_at(
                doc, match.start() - len(token.group(1)), match.end(), long_form, token.group(1), 0.85
            )


# ", abbreviated VNQDĐ or Việt Quốc": the short form after a comma and the cue; the name is before
# the comma, perhaps with a parenthesis of other forms between.
_ABBREVIATED_AFTER = LazyPattern(
    r"[,;][ \t]+(?:abbreviated|shortened)(?:[ \t]+(?:as|to))?[ \t]+[\"“']?([A-Za-zĐđ0-9&.\-]{2,10}?)[\"”']?"
    r"(?=[ \t]*[(,;:]|[.!?]?(?:\s|$)|[ \t]+or[ \t])"
)
_PAREN_BEFORE = LazyPattern(r"[ \t]*\((?:[^()]|\([^()]*\)){0,300}\)[ \t]*$")
_ABBREVIATED_WORDS = ("abbreviated ", "shortened ")


def abbreviated_after(doc: Document) -> Iterator[Mention]:
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
        name = NAME_BEFORE.search(text, max(0, end - 120), end)
        syllables = text[max(0, end - 120) : end].rstrip().split()[-len(short) :]
        if len(syllables) == len(short) and initials_of_vietnamese(short, " ".join(syllables)):
            # "Hội Nông dân Việt Nam": a Vietnamese name writes most syllables in lower case.
            long_form = " ".join(syllables)
            start = text.rfind(syllables[0], 0, end)
        elif name is not None:
            long_form, start = name.group(1), name.start(1)
        else:
            continue
        article = OPENING_ARTICLE.match(long_form)
        if article is not None:
            long_form, start = long_form[article.end() :], start + article.end()
        if initials_of_vietnamese(short, long_form) or best_long_form(short, long_form) == long_form:
            yield acronym_at(doc, start, match.end(1), long_form, short, 0.85)


# A short form of a Vietnamese name may hold Đ, which is_short_form's ASCII pattern leaves out.
_VI_SHORT = re.compile(r"[A-ZĐ]{2,10}")
