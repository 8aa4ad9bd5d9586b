"""Glosses in parentheses, read segment by segment: "đổi mới (Renewal)", "Renewal (đổi mới)",
"(Vietnamese: Hoàng thành Thăng Long; lit. ...)", lists of glosses and alternatives joined by "or"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from glossary.model import Kind, VariantType
from glossary.vietnamese import has_vi_letters

from . import gazetteer
from .carried_names import carried_name, carries_name_of, names_another
from .documents import Document
from .en_phrases import vi_count
from .latin_names import before_latin_name
from .lazy_patterns import LazyPattern
from .lexicon import CONNECTORS, PLACE_ROLES, is_family_name, language_names, names_a_language, region_names
from .literal_owner import literal_owner
from .mentions import QUOTES_CLOSE, QUOTES_OPEN, Mention, fold
from .names.words import is_title
from .paren_inside import NOISE, SHORT_FORM, Inside, dated_rendering, english_renderings, read_inside
from .paren_scope import without_scope
from .paren_side_names import respelling_before, says_who
from .paren_sides import (
    DIGITS,
    alternative_before,
    brand_in_vietnamese,
    capitalised,
    counted_noun,
    describes_name,
    english_but_shared_name,
    english_clauses,
    generic_pair,
    is_long_rendering,
    list_item_before,
    locates_name,
    name_without_verb,
    names_only_a_class,
    pair_in_segment,
    part_meanings,
    places_only,
    split_alternatives,
    unhyphenated,
    vi_line_before,
    without_heading_words,
)
from .phrases import (
    ARTICLE,
    Phrase,
    en_phrase_back,
    gloss_mention,
    is_en,
    is_syllable_name,
    is_vi,
    is_vi_name,
    paragraph_bounds,
    plain_name_rendering,
    vi_run_back,
    with_name_before,
)
from .script_patterns import HAN_CHARS
from .series_names import series_back
from .vi_runs import with_run_together_head

# A rendering cue right after a parenthesis: 'Ca phe sua nong (_vi. "cà phê sữa nóng") — literally'.
_RENDERING_AFTER = re.compile(r"\s*[—–-]?\s*,?\s*(?:literally|lit\.|meaning)\b", re.IGNORECASE)


def _literal_terms(doc: Document, text: str, inside: Inside, start: int, end: int) -> Iterator[Mention]:
    """The labelled form's renderings in the parenthesis text[start:end], each a term pair."""
    assert inside.labelled is not None
    for rendering in english_renderings(inside):
        at = text.find(rendering, start, end)
        if at >= 0:
            term = gloss_mention(doc, inside.labelled, Phrase(rendering, at, at + len(rendering)), 0.85)
            term.kind = Kind.TERM
            yield term


# A parenthesis with at most one level of nesting inside: "(Vietnamese: Hoàng thành (old))". Its
# plain letters are taken a run at a time, never given back (no shorter run could end it: what
# follows a run is a parenthesis or a line break), not one repetition of the group per character.
_PAREN = re.compile(r"\(((?:[^()\n]++|\n(?!\s*\n)|\([^()\n]*\))*)\)")
_FILE_EXTENSION = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|tiff?)\b", re.IGNORECASE)
# "Huế (VNA) – ...": an agency's short name in parentheses, then the dash of a dateline.
_AGENCY = re.compile(r"[A-Z][A-Za-z/]{1,12}")
_DATELINE_DASH = re.compile(r"[ \t]*[–—-][ \t]")

# A reference mark or a footnote star between a phrase and its parenthesis, perhaps after a comma:
# "The Trần dynasty,[a] (Vietnamese: ...)", "3 municipalities* (thanh pho, ...)".
_MARKS_BEFORE = re.compile(r"(?:,?[ \t]*\[[^\[\]\n]{1,8}\]|\*{1,2})+[ \t]*$")


# '("On the Way to the East" movement)': a quoted rendering, then the kind of thing it names.
# "he was given another name Trung Trực (straightforward)": a name the text says is a name, glossed by
# lower-case words: its rendering, not a description of what it names.
_A_NAME_BEFORE = LazyPattern(r"\b(?:another|other|the|a|his|her)[ \t]+(?:nick|pen[ \t])?name[ \t]+$")
_QUOTED_THEN_NOUN = re.compile(r"[\"“](?P<en>[^\"“”]{2,80})[\"”][ \t]+[a-z]+")


def _quoted_before_noun(phrase: Phrase) -> Phrase:
    """The quoted rendering of a parenthesis that goes on with one lower-case noun saying what it
    names ('Phong Trao Dong Du ("On the Way to the East" movement)': the movement's name renders
    as the quotation; blind27); the phrase as it is otherwise."""
    quoted = _QUOTED_THEN_NOUN.fullmatch(phrase.text)
    if quoted is None:
        return phrase
    start = phrase.start + quoted.start("en")
    return Phrase(quoted.group("en"), start, start + len(quoted.group("en")))


# '"Lament of a Royal Concubine" or "The Complaints of the Royal Harem" (Cung oán ngâm khúc)': the
# first of two quoted renderings joined by "or", before the quote that opens the second.
_QUOTED_OR_BEFORE = re.compile(r"[\"“](?P<first>[^\"“”\n]{2,80})[\"”],?[ \t]+or[ \t]+[\"“]$")


def _first_quoted_alternative(text: str, en: Phrase, floor: int) -> tuple[Phrase, list[str]]:
    """The pair's English and its other renderings: the English read back from a parenthesis is
    the last of quoted alternatives, and the first is the pair's (575 in blind27); the second is
    kept as a variant, its article cut (gold rules §1). (en, []) when no quoted alternative stands
    before it."""
    if text[en.start - 1 : en.start] not in QUOTES_OPEN:
        return en, []
    quoted = _QUOTED_OR_BEFORE.search(text, max(floor, en.start - 100), en.start)
    if quoted is None:
        return en, []
    first = Phrase(quoted["first"], quoted.start("first"), quoted.end("first"))
    return (first, [ARTICLE.sub("", en.text) or en.text]) if is_en(first) else (en, [])


def _before_marks(text: str, pos: int) -> int:
    """pos moved back over the reference marks and footnote stars just before it (where the phrase
    a parenthesis glosses ends); pos itself when there are none (tested on the two characters
    before, so most parentheses cost one comparison)."""
    if "]" not in text[pos - 2 : pos] and "*" not in text[pos - 2 : pos]:
        return pos
    found = _MARKS_BEFORE.search(text, max(0, pos - 40), pos)
    return found.start() if found is not None else pos


# Wiki italics closing the term a parenthesis glosses, left by a mirror that kept the markup:
# "''bún riêu cua'' (minced crab)".
_ITALICS_BEFORE = re.compile(r"''+[ \t]*$")


def _before_italics(text: str, pos: int) -> int:
    """pos moved back over the wiki italic quotes just before it; pos itself when there are none
    (tested on the three characters before, so most parentheses cost one comparison)."""
    if "''" not in text[pos - 3 : pos]:
        return pos
    found = _ITALICS_BEFORE.search(text, max(0, pos - 8), pos)
    return found.start() if found is not None else pos


# A bare comma between a name and the parenthesis that glosses it: "the Later Lý Dynasty, (nhà Hậu
# Lý)", "The Trần dynasty, ( Vietnamese: Nhà Trần, ...)" (a copy that dropped the note mark after
# the comma, which _MARKS_BEFORE reads).
_COMMA_BEFORE = re.compile(r",[ \t]*$")


def _before_comma(text: str, pos: int) -> int:
    """pos moved back over a comma just before it; pos itself when there is none."""
    found = _COMMA_BEFORE.search(text, max(0, pos - 4), pos)
    return found.start() if found is not None else pos


_OF_BEFORE = re.compile(r"(?<![^\W\d_])(?P<of>of|in)[ \t]+(?:(?:the|a|an)[ \t]+)?$")


def _with_head_noun(text: str, en: Phrase, before: int, floor: int, n: int) -> Phrase:
    """The English side of a long Vietnamese term (n syllables) read back from before: a noun with
    its prepositional phrases, as a label's is ("Vietnamese units of measurement (hệ đo lường Việt
    Nam)"). A name or a word too short to render the term alone ends the phrase read back
    ("adopted son of the Emperor (Thiên tử nghĩa nam)", "commander in chief (phiêu kỵ tướng
    quân)"): the lower-case noun before its "of" or "in" is read on its own and joined to it (not
    "the supreme command of the General Staff (Bộ Tổng tham mưu)", which renders it alone)."""
    link = _OF_BEFORE.search(text, max(floor, en.start - 9), en.start)
    if link is None:
        return en
    longer = en
    if link.group("of") == "of":
        longer = en_phrase_back(text, before, floor, most=2 * n, linked=True, bounded=True) or en
    if longer != en or 2 * len(en.words) >= n:
        return longer
    head = en_phrase_back(text, link.start(), floor, most=n, bounded=True)
    if head is None or not head.text.islower() or not is_en(head):
        return en
    return Phrase(text[head.start : en.end], head.start, en.end)


# A parenthesis of Han characters alone, right before another: "Hồng Đức (洪德)(lit. Great Virtue)".
_HAN_PAREN_BEFORE = re.compile(rf"\([{HAN_CHARS} \t,;]+\)[ \t]*$")


def _over_han_paren(text: str, pos: int, floor: int) -> int:
    """pos, or where a parenthesis of Han characters alone right before it opens: the form before
    that parenthesis is the one the parenthesis at pos renders."""
    if text[pos - 1 : pos] not in (")", " ") or floor >= pos:
        return pos
    han = _HAN_PAREN_BEFORE.search(text, max(floor, pos - 40), pos)
    return han.start() if han is not None else pos


def screen_inner(inner_raw: str) -> tuple[str, bool, bool, bool]:
    """What a parenthesis's text alone says before it is read: its text with single blanks, whether
    that text keeps it out (empty, an acronym ("(UNESCO)": the acronym extractor's), noise, or
    digits of no date beside no Vietnamese letter), whether it has the shape of an agency's short
    name, and whether it has Vietnamese letters."""
    inner = " ".join(inner_raw.split())
    vi = has_vi_letters(inner)
    out = bool(
        not inner
        or SHORT_FORM.fullmatch(inner)
        or NOISE.match(inner)
        or DIGITS.search(inner)
        and not vi
        and not dated_rendering(inner)
        and not counted_noun(inner)
    )
    return inner, out, _AGENCY.fullmatch(inner) is not None, vi


# The same texts recur (credits, dates, glosses), so each is screened once.
_screen = lru_cache(maxsize=16384)(screen_inner)


# A parenthesis inside another: "(because he was found under a peach (Đào) tree)".
_NESTED = re.compile(r"\(([^()\n]*)\)")


def _parentheses(text: str) -> Iterator[re.Match[str]]:
    """The parentheses of text, and a Vietnamese one nested in an English remark (a word glossed
    inside it: "(because he was found under a peach (Đào) tree)"), after the remark."""
    for match in _PAREN.finditer(text):
        yield match
        if "(" not in match.group(1):
            continue
        for nested in _NESTED.finditer(text, match.start(1), match.end(1)):
            remark = text[match.start(1) : nested.start()]
            if has_vi_letters(nested.group(1)) and not has_vi_letters(remark) and " " in remark.strip():
                yield nested


def extract_parentheses(doc: Document) -> Iterator[Mention]:
    text = doc.text
    for match in _parentheses(text):
        inner, out, agency, vi_inner = _screen(match.group(1))
        if out:
            continue
        if _FILE_EXTENSION.match(text, match.end()):
            continue  # "Đại học Bách khoa Hà Nội (logo).png": an image's file name (gold rules §9.9)
        if (
            agency
            and _DATELINE_DASH.match(text, match.end())
            and match.start() - (text.rfind("\n", 0, match.start()) + 1) <= 40
        ):
            continue  # "Huế (VNA) –" opening a story: the agency's credit, not a gloss
        inside = read_inside(text, match.start(1), match.end(1))
        if inside is None:
            continue
        floor, _ = paragraph_bounds(text, match.start())
        if len(inside.segments) > 1:
            # "(Bắc Bộ, the North; Trung Bộ, the Centre)": a list of glosses.
            listed = [pair_in_segment(p) for p in inside.segments]
            if all(listed):
                for vi, en in (p for p in listed if p is not None):
                    yield gloss_mention(doc, vi, en, 0.8)
                continue
        before = _before_italics(text, _before_marks(text, match.start()))
        if vi_inner:
            # Only before a Vietnamese parenthesis, whose English side is read back from here.
            before = _before_comma(text, before)
        if inside.labelled is not None:
            n = len(inside.labelled.words)
            en = en_phrase_back(
                text,
                before,
                floor,
                most=2 * n if n >= 4 else n + 1,
                linked=n >= 4,
                bounded=True,
                count=vi_count(inside.labelled.words),
            )
            en = without_scope(text, en, floor, inside.labelled)
            respelt = respelling_before(text, before, inside.labelled, floor)
            if respelt is not None and _RENDERING_AFTER.match(text, match.end()):
                # 'Ca phe sua nong (_vi. "cà phê sữa nóng") — literally, "hot milk coffee"': the
                # rendering after is the pair's English; the respelling is a variant of it.
                respelt = None
            if respelt is not None:
                en = respelt
            elif en is not None and (is_en(en) or english_but_shared_name(en, inside.labelled)):
                en = with_name_before(text, en, inside.labelled, floor)
            else:
                en = None
            if en is not None:
                if names_only_a_class(inside.labelled, en):
                    yield from generic_pair(doc, inside.labelled, en)
                    continue
                gloss = gloss_mention(doc, inside.labelled, en, 0.95)
                if respelt is not None and inside.literal:
                    # "Bac Ninh (in Vietnamese, Bắc Ninh; literally "northern serenity")": the name
                    # is paired with its respelling, and glossed word by word it is a term pair
                    # beside it (gold rules, the clarifications' points 7 and 8).
                    yield from _literal_terms(doc, text, inside, match.start(1), match.end(1))
                else:
                    gloss.variants += [(r, VariantType.GLOSS) for r in english_renderings(inside)]
                if inside.labelled_other:
                    gloss.variants.append((inside.labelled_other, VariantType.OTHER))
                yield gloss
                if inside.word_by_word and is_en(Phrase(inside.word_by_word, 0, 0)):
                    # A name glossed word by word is a term pair beside the name's own entry (gold
                    # rules, the clarifications' point 8).
                    at = text.find(inside.word_by_word, match.start(1), match.end(1))
                    if at >= 0:
                        literal = Phrase(inside.word_by_word, at, at + len(inside.word_by_word))
                        term = gloss_mention(doc, inside.labelled, literal, 0.85)
                        term.kind = Kind.TERM
                        yield term
            continue
        if inside.plain is None:
            # "Bắc Trung Bộ (literally North Central Region, ...)": the meaning is the gloss.
            vi = vi_run_back(text, _over_han_paren(text, match.start(), floor), floor)
            beside = vi is None
            if beside:
                # "Son River (Sông Son) (lit. Lipstick River)": the name another parenthesis gives,
                # which has its rendering there; the literal meaning is a term pair beside the name's
                # own entry (gold rules, the clarifications' point 8).
                vi = literal_owner(text, match.start(), floor)
            parts = part_meanings(vi, inside.literal) if vi is not None else []
            if parts:
                # "Bát Tràng (literally: bát is bowl and tràng is workshop)": each word glossed.
                for word, meaning in parts:
                    yield gloss_mention(doc, word, meaning, 0.75)
                continue
            renderings = english_renderings(inside)
            if vi is not None and is_vi(vi) and renderings:
                # Placed where it is written, when it is, so that its article is judged there.
                at = text.find(renderings[0], match.start(1), match.end(1))
                en = (
                    Phrase(renderings[0], at, at + len(renderings[0]))
                    if at >= 0
                    else Phrase(renderings[0], match.start(1), match.end(1))
                )
                gloss = gloss_mention(doc, vi, en, 0.85)
                gloss.variants += [(r, VariantType.GLOSS) for r in renderings[1:]]
                if beside:
                    gloss.kind = Kind.TERM
                yield gloss
            continue
        inner_phrase, alternatives = split_alternatives(inside.plain)
        words = inner_phrase.words
        line_vi = vi_line_before(text, match) if not vi_inner else None
        # Only what the term-by-term reading below cannot take: a Vietnamese line of comma parts, or
        # a rendering longer than its eight words.
        if (
            line_vi is not None
            and ("," in line_vi.text or len(words) > 8)
            and english_clauses(inner_phrase.text)
        ):
            # "Đảo là nhà, Biển cả là quê hương (Our Home are the Islands, Our Homeland is the
            # Sea)": a motto or a song's title alone on its line, rendered whole.
            yield gloss_mention(doc, line_vi, inner_phrase, 0.8)
            continue
        renderings = english_renderings(Inside(literal=inside.own_literal)) if inside.own_literal else []
        if renderings and is_vi(inner_phrase) and not is_en(inner_phrase):
            # '... served black ("cà phê đen nong", literally "hot black coffee")': the parenthesis
            # renders its own form; the words before it are the sentence's, not a rendering.
            gloss = gloss_mention(
                doc, inner_phrase, Phrase(renderings[0], match.start(1), match.end(1)), 0.85
            )
            gloss.variants += [(r, VariantType.GLOSS) for r in renderings[1:]]
            yield gloss
            continue
        # A Vietnamese official name runs to a dozen syllables ("Quốc hội nước Cộng hoà xã hội chủ
        # nghĩa Việt Nam"); an English parenthesis that long is a remark, not a gloss, unless it is
        # one lower-case noun phrase (a scene's, a dish's or an old area's description).
        long_rendering = len(words) > 8 and is_long_rendering(inner_phrase)
        if not words or len(words) > (12 if has_vi_letters(inner_phrase.text) else 8) and not long_rendering:
            continue
        shape = unhyphenated(inner_phrase)
        plain = not vi_inner and is_syllable_name(shape)
        if (
            is_vi(shape)
            and not is_en(shape)
            or brand_in_vietnamese(inner_phrase, text, match.start())
            or plain
        ):
            if inner_phrase.text.startswith(("the ", "a ", "an ")):
                # "(also called the Thanh Hóa Delta)": an English article in lower case opens
                # another English name ("An ninh nhân dân" opens with a Vietnamese word).
                continue
            n = len(shape.words)
            # "the oriental coral tree Erythrina orientalis (vông nem)": the Latin name is no English.
            before = before_latin_name(text, before, floor)
            en = list_item_before(text, before, match.end()) or en_phrase_back(
                text, before, floor, most=n + 1, bounded=True, count=vi_count(shape.words)
            )
            if n >= 4 and en is not None:
                en = _with_head_noun(text, en, before, floor, n)
            if en is not None and ", " in inner_phrase.text:
                en = series_back(text, en, floor, n)
            if plain and en is not None and not plain_name_rendering(shape, en):
                if not is_vi(shape) or is_en(shape):
                    continue  # "Lao Cai (Sa Pa)": two names of syllables, no gloss
            # "North Tây Nguyên (Bắc Tây Nguyên)": the English may keep the name it translates
            # around, as a labelled form's may ("the Chinese Nùng (Vietnamese: Hoa Nùng)").
            if en is not None and (is_en(en) or english_but_shared_name(en, inner_phrase)):
                en = without_heading_words(with_name_before(text, en, inner_phrase, floor), inner_phrase)
                if locates_name(en, inner_phrase) or says_who(text, inner_phrase, en):
                    continue
                if names_only_a_class(inner_phrase, en):
                    yield from generic_pair(doc, inner_phrase, en)
                    continue
                en, renderings = _first_quoted_alternative(text, en, floor)
                gloss = gloss_mention(doc, inner_phrase, en, 0.85)
                gloss.variants += [(a, VariantType.SPELLING) for a in alternatives]
                gloss.variants += [(r, VariantType.GLOSS) for r in renderings]
                yield gloss
            continue
        # "Phù Đổng Thiên Vương (Heavenly Prince of Phù Đổng)": a rendering keeps the name it
        # translates in its own marks; the name must be the term's (checked below).
        carried = bool(vi_inner) and bool(carried_name(inner_phrase))
        if long_rendering or is_en(inner_phrase) or carried or words[0][0].isupper() and not vi_inner:
            term_end = _before_italics(text, match.start())
            vi = vi_run_back(text, term_end, floor)
            if long_rendering and (vi is None or not has_vi_letters(vi.text)):
                continue  # a long rendering glosses a term written with its marks, nothing vaguer
            before = text[max(floor, term_end - 2) : term_end].rstrip()
            if before and before[-1] in QUOTES_CLOSE:
                vi = en_phrase_back(text, match.start(), floor)  # a quoted term: '"thuận thiên" (...)'
            vi = name_without_verb(vi)
            if vi is not None:
                vi = with_run_together_head(text, vi, inner_phrase.text, floor)
            # 'Hạ Long ("descending dragon")': a quoted rendering, not a description; a quoted
            # epithet opens with an article ('Huế ("the capital")', 'Minh ("the General")').
            quoted = inner[:1] in QUOTES_OPEN and not ARTICLE.match(inner[1:])
            if (
                vi is None
                or not quoted
                and describes_name(vi, inner_phrase)
                and not _A_NAME_BEFORE.search(text, max(floor, vi.start - 20), vi.start)
                or not (
                    long_rendering
                    or is_en(inner_phrase)
                    and not names_another(inner_phrase, vi)
                    or carried
                    and carries_name_of(inner_phrase, vi)
                )
            ):
                continue
            # "Nguyễn Văn An (Chairman & CEO)": a person's office; "chủ tịch (chairman)" is a pair.
            if capitalised(vi.words) and all(is_title(w) or w in CONNECTORS for w in inner_phrase.words):
                continue
            # "Đồng Việt Nam (Vietnamese)": a bare language name says which language the name is
            # in; it renders only a language's name ("tiếng Việt (Vietnamese)").
            if len(inner_phrase.words) == 1 and inner.lower() in language_names():
                if not names_a_language(vi.words[0]):
                    continue
            # "Vinh (capital)", "Hà Nam (province)": a place's role or unit, lower-case, after a
            # name is a note on what the place is; its rendering would be a name ("(Sword Lake)").
            if not quoted and inner in PLACE_ROLES and capitalised(vi.words):
                continue
            # "Lê Sáng (Grandmaster)": one English word after a person's name is a rank or a role.
            if len(inner_phrase.words) == 1 and capitalised(vi.words) and is_family_name(vi.words[0]):
                continue
            # "Đà Lạt (Southeast Asia)": a world region after a known place says where it is;
            # "Đông Nam Á (Southeast Asia)", no place of the gazetteer, is the region's pair.
            if inner.lower() in region_names() and gazetteer.is_place(vi.text):
                continue
            if locates_name(vi, inner_phrase) or "," in inner and places_only(inner):
                continue  # "Hà Nội, Việt Nam (Hanoi, Vietnam)": where, in English
            other = alternative_before(text, vi, floor)
            if not is_vi_name(text, vi) and not (other and has_vi_letters(other)):
                continue
            gloss = gloss_mention(doc, vi, _quoted_before_noun(inner_phrase), 0.85)
            gloss.variants += [(a, VariantType.GLOSS) for a in alternatives]
            if carried and not is_en(inner_phrase):
                # "Hội An phố (town of Hội An)": the name glossed word by word around itself is a
                # term pair beside the name's own entry, as a modern reading's rendering is below.
                gloss.kind = Kind.TERM
            if inside.reading and fold(inside.reading) != fold(vi.text):
                # "Tân Phố (新舖, today Phố Mới, New Town)": the modern reading is a form of the name,
                # and the English renders the name word by word: a term pair beside the name's own
                # entry (gold rules, "A name glossed word by word"), whatever its generic word says.
                gloss.variants.append((inside.reading, VariantType.OTHER))
                gloss.kind = Kind.TERM
            if other is not None:
                # "cơm tấm/com tam (broken rice)": the gloss is of both spellings.
                first, second = (other, gloss.vi) if has_vi_letters(other) else (gloss.vi, other)
                gloss.vi = first
                same = fold(first) == fold(second)
                gloss.variants.append((second, VariantType.NO_DIACRITICS if same else VariantType.SPELLING))
            yield gloss
