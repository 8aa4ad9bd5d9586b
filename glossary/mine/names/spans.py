"""Cutting text into name spans: capitalised runs, cut where English says a name ends.

A run ("Party General Secretary To Lam", "Ministry of Culture, Sports and Tourism") is cut at a
possessive ("UNESCO's Creative Cities Network"), at "and" unless the name already has a head word,
at month names and after a complete titled person; the sentence's first word is dropped when the text
also writes it in lower case. Headlines in capitals are skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from glossary.vietnamese import ENGLISH_FUNCTION_WORDS, has_vi_letters, is_english_word, is_syllable

from .. import gazetteer, name_lines
from ..lazy_patterns import LazyPattern
from ..lexicon import (
    ADMIN_UNITS,
    CONNECTORS,
    FAMILY_NAMES,
    STATE_NAME_HEADS,
    WEAK_CONNECTORS,
    calendar_words,
    language_names,
)
from ..mentions import literal_hits, strip_possessive
from .context import CutContext, LowerWords, cut_still_holds
from .plans import NameCache, Piece
from .web_addresses import address_spans
from .words import (
    CAP,
    DASHES,
    LOWER,
    SEPARATORS,
    TRAILING_HEADS,
    UPPER,
    Token,
    fold,
    head_of,
    is_acronym,
    is_generic,
    is_name_word,
    is_title,
    shouted_place,
    trailing_person,
)


def _as_ranges(letters: str) -> str:
    """A character class's body for these letters written as ranges of consecutive code points
    ("A-Z" for 26 letters): the same set, so the same compiled pattern, but `re` parses about half
    as many items (UPPER is 761 letters in 399 runs). Round 27: the page patterns below hold the
    capitals' class eight times and the small letters' three; compiling them at start-up cost 109
    million instructions with the letters one by one, 81 million with the ranges."""
    runs: list[list[int]] = []
    for code in sorted({ord(letter) for letter in letters}):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    body = []
    for first, last in runs:
        # A run of two is two letters; only a longer one is shorter as a range.
        body.append(
            chr(first) if last == first else f"{chr(first)}{'-' if last > first + 1 else ''}{chr(last)}"
        )
    return "".join(body)


_UPPER = _as_ranges(UPPER)
_LOWER = _as_ranges(LOWER)
_CAP = CAP.replace(f"[{UPPER}]", f"[{_UPPER}]")  # words.CAP with the capitals as ranges

_CONN = r"(?:of[ \t]+the|of|for[ \t]+the|for|and|&|on|in|to|at|de|du|des|la|van|von|der|da|di|the)"
# "Ministry of Culture, Sports and Tourism": a comma continues a name only inside such a list.
# An item of the list never gives back a word or a letter (what follows it is a comma or "and",
# never a capital), so it is atomic: without that, every comma of a long list made the regex
# retry every shorter reading of the items after it.
_LIST_ITEM = rf"(?>{_CAP}(?:[ \t]+{_CAP})*)"
# Before that, a cheaper test every such list passes: capitalised words, each followed by a comma
# or not and blanks, up to an "and" (most commas after a name are followed by a word in lower case,
# where this stops at once; and a long list without "and" was read again at each comma). It was an
# "and" ahead among any words, commas and blanks, read up to the sentence's end after every comma
# that followed a name: a tenth of the whole mining's regex time (round 11).
_AND_AHEAD = rf"(?=(?:[{_UPPER}][\w\-‑–'’]*+,?[ \t]++)*?(?:and|&)[ \t])"
_LIST_COMMA = rf",[ \t]+{_AND_AHEAD}(?=(?:{_LIST_ITEM},[ \t]+)*{_LIST_ITEM},?[ \t]+(?:and|&)[ \t]+{_CAP})"
# "Complex of Yen Tu – Vinh Nghiem – Con Son": a spaced dash inside a heritage site's name.
_NAME_DASH = r"[ \t]+[–—-][ \t]+"
# ", and" before the last item of such a list (the serial comma).
_SERIAL_COMMA = r",(?=[ \t]+(?:and|&)[ \t])[ \t]+"
# "Antony J. Blinken", "Marc E. Knapper": a middle initial's full stop inside a person's name (not
# before a word that opens a sentence: "Vitamin C. The ...").
# The full stop first: a literal fails at once where there is none (a lookbehind first was tried
# after every capitalised word).
_INITIAL_STOP = r"\.(?<=[ \t][A-Z]\.)[ \t]+(?!(?:The|A|An|In|On|At|It|He|She|They|This|That|But|And|As)\b)"
# SPAN reads a run as the first way the pattern matches: the repeat of words ends the pattern, so
# nothing after a word, a blank or the repeat itself can fail and make the engine take back what
# they read (a word never gives back a letter, blanks are never followed by a blank). The same
# pattern with its repeats possessive (CAP and _CONN's blanks here, the repeat of words) matches
# the same runs without keeping the places to go back to (round 23: -71 million instructions over a
# 2 MB bench corpus; tests/test_mine_round23_speed.py compares it with the plain form).
_CAP_ONCE = rf"[{_UPPER}][^\W_]*+(?:[-‑–'’][^\W\d_]++)*+['’]?+"
_CONN_ONCE = _CONN.replace("[ \\t]+", "[ \\t]++")
SPAN = re.compile(
    rf"{_CAP_ONCE}(?:(?:[ \t]++|{_LIST_COMMA}|{_SERIAL_COMMA}|{_NAME_DASH}|{_INITIAL_STOP})"
    rf"(?:{_CONN_ONCE}[ \t]++)?{_CAP_ONCE})*+"
)
_HEADLINE = LazyPattern(
    rf"^[^\n{_LOWER}]*[{_UPPER}]{{3}}[^\n{_LOWER}]*[{_UPPER}]{{3}}[^\n{_LOWER}]*$", re.MULTILINE
)
# Vietnamese unit words of two syllables, the second in lower case after a capitalised first
# ("Thành phố"): the second syllable after a run, and the last letters of the first.
_TWO_SYLLABLE_UNITS = frozenset(u for u in ADMIN_UNITS.values() if len(u.split()) == 2)
_UNIT_TAIL = re.compile(r"[ \t]+(" + "|".join(u.split()[1] for u in _TWO_SYLLABLE_UNITS) + r")\b")
_UNIT_HEAD_ENDS = frozenset(u.split()[0][-1] for u in _TWO_SYLLABLE_UNITS)
# Lines of a page's media: an infobox field naming an image, a signature or their alt text, and a
# line holding an image's file name. Found from their words (literal scans of the lower-cased text),
# then checked from the line's start.
_MEDIA_WORDS = ("alt", "signature", "image", "logo", "file")
_MEDIA_LABEL = re.compile(
    r"[ \t]*(?:[-*|•][ \t]*)?(?:[A-Za-z]+[ \t]+){0,4}(?:alt|signature|image|logo|file)"
    r"(?:[ \t]+[A-Za-z]+){0,3}[ \t]*[:=|]",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(r"\.(?:svg|png|jpe?g|gif|webp|tiff?)\b")


def _media_lines(text: str, lower: str) -> list[tuple[int, int]]:
    """The (start, end) of each media line of a text, and of each web address in it (lower: the
    text in lower case)."""
    if len(lower) != len(text):  # a letter whose lower case is longer: keep the offsets
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    lines = set()
    for hit in literal_hits(lower, _MEDIA_WORDS):
        start = text.rfind("\n", 0, hit) + 1
        label = _MEDIA_LABEL.match(text, start)
        if label is not None and label.end() > hit:
            lines.add(start)
    for match in _FILE_NAME.finditer(lower):
        lines.add(text.rfind("\n", 0, match.start()) + 1)
    # A reference list's entries give no names either (gold rules §9.11): a line with a retrieval
    # date ("... Nikkei Asia. Retrieved 2024-10-29."), or opening with a back-link arrow.
    for hit in literal_hits(lower, _CITATION_WORDS):
        start = text.rfind("\n", 0, hit) + 1
        if _RETRIEVED.match(text, hit) or _BACK_LINK.match(text, start):
            lines.add(start)
    spans = [(start, _line_end(text, start)) for start in sorted(lines)]
    # A box's name line running several names together, read by name_lines alone.
    name_line = name_lines.name_line_span(text)
    if name_line is not None:
        spans = sorted([*spans, name_line])
    # A web address's labels, each read as a name otherwise ("Mongcai.Quangninh.gov.vn").
    addresses = address_spans(text, lower) if "." in text else []
    return sorted(spans + addresses) if addresses else spans


_CITATION_WORDS = ("retrieved", "↑")
_RETRIEVED = LazyPattern(r"retrieved(?:[ \t]+on)?[ \t]+(?:\d|[A-Z][a-z]+[ \t]+\d)", re.IGNORECASE)
_BACK_LINK = LazyPattern(r"[ \t]*(?:[-*•][ \t]*)?↑")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# The same after each line break, for a scan of the text with a line break before it (the regex
# engine jumps from one line break to the next instead of trying "^" at every position).
_HEADLINE_AFTER_BREAK = re.compile(
    rf"\n([^\n{_LOWER}]*[{_UPPER}]{{3}}[^\n{_LOWER}]*[{_UPPER}]{{3}}[^\n{_LOWER}]*)(?=\n|\Z)"
)
_TOKEN = re.compile(rf"(?:[A-Z]\.){{2,3}}|{_CAP}|[^\W\d_]+|&|,|[–—-]")
_GLUED_RUN_ENDS = LazyPattern(r"[ \t]+(?:in|at)[ \t]+")
# Dotted initials right before a run, not glued to a word before them: "the U.S. Embassy".
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3}) $")
_SENTENCE_OPENERS = set('.!?:;"“‘(—–-|•*#>\n')
# What may stand before an infobox field's label on its line.
_FIELD_LEAD = re.compile(r"[ \t]*(?:[-*|•][ \t]*)?")


# Where the skipped lines end, once every one is behind (no offset reaches it).
_NO_LINE = (1 << 62, 1 << 62)


def _lone_non_name(word: str, at_start: bool) -> bool:
    """The commonest runs, one word that cannot be a name: "The" opening a sentence, "UNESCO"."""
    if " " in word or "," in word or word[-1] in "'’s":
        return False
    return is_acronym(word) or at_start and word.lower() in ENGLISH_FUNCTION_WORDS


@dataclass
class Span:
    """A name span: its tokens, and whether it opens a sentence."""

    tokens: list[Token]
    sentence_start: bool = False


class Runs:
    """The capitalised runs of one text, cut into pieces (through a NameCache)."""

    def __init__(self, text: str, cache: NameCache, lower: str | None = None) -> None:
        self.text = text
        self.cache = cache
        self.lower_words = LowerWords(text, cache.tokens)
        self.headlines = [  # offsets in the text with a line break before it, less one
            (m.start(1) - 1, m.end(1) - 1)
            for m in _HEADLINE_AFTER_BREAK.finditer("\n" + text)
            if len(m.group(1).split()) >= 2
        ]
        self._headline_starts = [start for start, _ in self.headlines]
        # Lines no name is read from: headlines, and file names with the alt text built from them
        # ("Signature: | Signature of ... Nguyen Phu Trong.svg |").
        media = _media_lines(text, text.lower() if lower is None else lower)
        self._skipped = sorted(set(self.headlines + media)) if media else self.headlines
        # The cuts of this text's runs that asked it something, by run: inside a sentence, opening one.
        self._cuts: tuple[dict[str, list[Piece]], dict[str, list[Piece]]] = ({}, {})

    def in_headline(self, pos: int) -> bool:
        i = bisect.bisect_right(self._headline_starts, pos) - 1
        return i >= 0 and pos < self.headlines[i][1]

    def sentence_start(self, pos: int) -> bool:
        before = self.text[max(0, pos - 4) : pos].rstrip(" \t")
        return not before or before[-1] in _SENTENCE_OPENERS

    def __iter__(self) -> Iterator[tuple[int, list[Piece]]]:
        """Every capitalised run outside headlines, as (offset, its pieces after cutting)."""
        text, headlines, openers = self.text, self._skipped, _SENTENCE_OPENERS
        fixed_inside, fixed_opening = self.cache.fixed_cuts
        cuts_inside, cuts_opening = self._cuts
        hashes = "#" in text
        size = len(text)
        # The first skipped line that does not end before the run (runs come in order), and where
        # it starts and ends: a run before its start needs no other test.
        h = 0
        skip_start, skip_end = headlines[0] if headlines else _NO_LINE
        for match in SPAN.finditer(text):
            start, end = match.span()
            if start >= skip_start:
                while skip_end <= start:
                    h += 1
                    skip_start, skip_end = headlines[h] if h < len(headlines) else _NO_LINE
                if skip_start <= start:
                    continue
            # text.startswith(":", end) without the call's argument parsing, asked of every run.
            if (
                end < size
                and text[end] == ":"
                and _FIELD_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
            ):
                continue  # "- Agency Name: ...": an infobox field's label, not a name
            word = match.group()
            if word[-1] in _UNIT_HEAD_ENDS:
                # "Điện Biên Phủ Thành phố ...": the run ends with the first syllable of a unit word
                # whose second is in lower case; the unit word opens the next name (generics.py).
                tail = _UNIT_TAIL.match(text, end)
                head = word.rsplit(" ", 1)[-1]
                if tail is not None and f"{head.lower()} {tail.group(1)}" in _TWO_SYLLABLE_UNITS:
                    word = word[: -len(head)].rstrip(" \t,")
                    if not word:
                        continue
            if hashes and start and text[start - 1] == "#":
                # "#HaNoi Old Quarter": the hashtag is no part of the name after it.
                tag_end = next((k for k, ch in enumerate(word) if ch in " \t"), len(word))
                rest = word[tag_end:].lstrip(" \t")
                if not rest:
                    continue
                start += len(word) - len(rest)
                word = rest
            if start > 2 and text[start - 2] == ".":
                if text[start - 1] in "-‑":
                    # "the U.S.-Vietnam Comprehensive Partnership": a compound, no name of its own;
                    # a place after "in" or "at" in the same run still is one.
                    cut = _GLUED_RUN_ENDS.search(word)
                    if cut is None:
                        continue
                    start += cut.end()
                    word = word[cut.end() :]
                elif text[start - 1] == " " and "A" <= text[start - 3] <= "Z":
                    # "the U.S. Embassy": dotted initials open an organisation's name. (Most runs
                    # after ". " open a sentence after a word in lower case: _INITIALS_BEFORE can
                    # only match with a capital right before that full stop.)
                    initials = _INITIALS_BEFORE.search(text, max(0, start - 12), start)
                    if initials is not None and head_of(word.split(" ", 1)[0]) == "org":
                        word = text[initials.start(1) : start] + word
                        start = initials.start(1)
            # As sentence_start(start), reading the one or two characters before where they decide.
            if start == 0:
                at_start = True
            elif text[start - 1] not in " \t":
                at_start = text[start - 1] in openers
            elif start >= 2 and text[start - 2] not in " \t":
                at_start = text[start - 2] in openers
            else:
                before = text[max(0, start - 4) : start].rstrip(" \t")
                at_start = not before or before[-1] in openers
            # A cut that asked the text nothing holds in every text; the others are looked up once
            # per text.
            if at_start:
                fixed, cuts = fixed_opening, cuts_opening
            else:
                fixed, cuts = fixed_inside, cuts_inside
            pieces = fixed.get(word)
            if pieces is None:
                pieces = cuts.get(word)
                if pieces is None:
                    if _lone_non_name(word, at_start):
                        pieces = fixed[word] = []
                    else:
                        pieces = cuts[word] = self._shared_cut((word, at_start))
            if pieces:
                yield start, pieces

    def _shared_cut(self, key: tuple[str, bool]) -> list[Piece]:
        """The cut of a run (and whether it opens a sentence), reused from an earlier text when
        this one answers the lower-case questions the cut asked the same way."""
        variants = self.cache.cuts.get(key)
        if variants is None:
            variants = self.cache.cuts[key] = []
        for asked, pieces in variants:
            if asked is None or cut_still_holds(asked, self.lower_words):
                return pieces
        run, sentence_start = key
        context = CutContext(self.lower_words)
        pieces = self._pieces(run, sentence_start, context)
        asked = context.asked
        variants.append((asked, pieces))
        if asked is None and len(variants) == 1:
            # The first cut of a run asks its first question whatever the text, so a cut that asked
            # none is the run's only cut: the same pieces in every text.
            self.cache.fixed_cuts[sentence_start][run] = pieces
        return pieces

    def _pieces(self, run: str, sentence_start: bool, context: CutContext) -> list[Piece]:
        """Cut one capitalised run (at offset 0) into pieces with token offsets relative to each."""
        tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(run)]
        spans: list[Span] = []
        for k, group in enumerate(_unglued(tokens)):
            spans += cut(group, sentence_start and k == 0, context)
        pieces = []
        for span in spans:
            offset = span.tokens[0].start
            end = span.tokens[-1].end
            rel = tuple((t.text, t.start - offset, t.end - offset) for t in span.tokens)
            text = run[offset:end]
            pieces.append(
                Piece(
                    offset,
                    text,
                    rel,
                    span.sentence_start,
                    self.cache.piece_id(text, rel, span.sentence_start),
                )
            )
        return pieces


# A label glued to the value after it by a mirror: "Prime MinisterNguyễn Xuân Phúc", "Alma
# materHanoi University" (a capitalised English word, then a capital).
_GLUED = re.compile(rf"([A-Z][a-z]{{3,}})([{_UPPER}][^\W_]{{2,}})")


def _unglued(tokens: list[Token]) -> list[list[Token]]:
    """The tokens of a run in groups, split where a mirror glued a label's last word (an English
    word or a title) to the name after it; the seam ends a name like a comma that ends a list."""
    groups: list[list[Token]] = [[]]
    for token in tokens:
        glued = _GLUED.fullmatch(token.text) if len(token.text) > 6 else None
        head = glued.group(1) if glued else ""
        if glued and (is_title(head) or is_english_word(head.lower())):
            seam = token.start + len(head)
            groups[-1].append(Token(head, token.start, seam))
            groups.append([Token(glued.group(2), seam, token.end)])
            continue
        groups[-1].append(token)
    return groups


def cut(tokens: list[Token], sentence_start: bool, context: CutContext) -> list[Span]:
    """Cut a raw capitalised run into name spans."""
    calendar = calendar_words()
    pieces: list[list[Token]] = [[]]
    starts = [sentence_start]
    for i, token in enumerate(tokens):
        current = pieces[-1]
        low = token.low
        if (
            low in DASHES
            and current
            and i + 1 < len(tokens)
            and context.written_joined(current[-1].text, tokens[i + 1].text)
        ):
            current.append(token)  # "Bà Rịa – Vũng Tàu", written "Bà Rịa–Vũng Tàu" elsewhere: one name
            continue
        if low in SEPARATORS:
            # A list continues a name that has a head word somewhere ("Ministry of Culture,
            # Sports and Tourism"); a dash only one that already has it ("Complex of X – Y").
            # A name in capitals before a dash is a dateline ("HCM CITY — When ..."), and
            # what follows the dash opens a sentence.
            dateline = low != "," and all(t.text.isupper() for t in current)
            # A place named with its unit or head ends at a comma: "Tam Đường District, Lai Châu
            # and Sa Pa town" lists three places.
            complete = low == "," and bool(current) and head_of(current[-1].text) == "place"
            if (
                not dateline
                and not complete
                and any(head_of(t.text) for t in (tokens if low == "," else current))
            ):
                current.append(token)
            else:
                pieces.append([])
                starts.append(low != ",")
            continue
        if low in calendar and token.text[0].isupper():
            pieces.append([])
            starts.append(False)
            continue
        if (
            token.text in WEAK_CONNECTORS
            and (
                not any(
                    head_of(t.text) and fold(t.text) not in TRAILING_HEADS or is_title(t.text)
                    for t in current + tokens[i + 1 :]
                )
                or trailing_person(current) > 0
                # "Sung Sot Cave in Ha Long Bay": a complete place name, then where it is.
                # "Mount Ba Den in Tay Ninh": the same with the head word first.
                or (
                    token.text in ("in", "at")
                    and bool(current)
                    and (
                        head_of(current[-1].text) == "place"
                        or _place_head_first(current)
                        or _known_place_in_place(current, tokens[i + 1 :])
                        or _name_in_organisation(current, tokens[i + 1 :])
                    )
                )
                # "from Đà Lạt City to Saigon": a known place with its unit, then where one went.
                or (token.text == "to" and _known_place_to_place(current, tokens[i + 1 :]))
                # "Ha Noi and Ho Chi Minh City", "Bà Rịa Province and Vũng Tàu Town": two places.
                or (
                    token.text in ("and", "&")
                    and (
                        _two_places(current, tokens[i + 1 :]) or _two_organisations(current, tokens[i + 1 :])
                    )
                )
            )
        ):
            pieces.append([])
            starts.append(False)
            continue
        possessor = strip_possessive(token.text).lower()
        next_head = i + 1 < len(tokens) and head_of(tokens[i + 1].text) == "org"
        if token.text.endswith(("'s", "’s")) and next_head and context.written_lower(possessor):
            current.append(token)  # "People's Committee": a common noun's possessive inside a name
            continue
        if token.text.endswith(("'s", "’s", "s'", "s’")) and _possessor_in_name(
            possessor, tokens[i + 1 : i + 6]
        ):
            current.append(token)  # "People’s Security Academy", "Farmers' Union": the same
            continue
        if token.text.endswith(("'s", "’s", "'", "’")) and len(token.text) > 2:
            current.append(
                Token(
                    strip_possessive(token.text), token.start, token.end - (2 if token.text[-1] == "s" else 1)
                )
            )
            pieces.append([])
            starts.append(False)
            continue
        current.append(token)
    spans = []
    for piece, at_start in zip(pieces, starts, strict=True):
        piece, at_start = _trim(piece, at_start, context)
        if piece:
            spans.append(Span(piece, at_start))
    return spans


def _possessor_in_name(possessor: str, after: list[Token]) -> bool:
    """Whether a possessive belongs to the name it opens: a plural common noun that heads no name
    itself ("people", "farmers", "women"; not "Government" or "UNESCO"), then capitalised words up
    to an organisation's head word ("People’s Security Academy", "Farmers' Union")."""
    if (
        not is_english_word(possessor)
        or head_of(possessor) is not None
        or possessor in ENGLISH_FUNCTION_WORDS
    ):
        return False
    if not possessor.endswith(("s", "ple", "men", "ren")):
        return False  # a plural: "people", "farmers", "women", "children" (not "Hanoi's", "city's")
    for n, token in enumerate(after):
        if token.text == "of" and n and n + 1 < len(after) and after[n + 1].text[:1].isupper():
            return True  # "People's Public Security of Vietnam": the name goes on with "of X"
        if not token.text[:1].isupper():
            return False
        if head_of(token.text) == "org":
            return True
    return False


def _common_word(word: str) -> bool:
    """An English common word that heads no name and is no title ("Statistics", "Visitors")."""
    return (
        is_english_word(word)
        and not head_of(word)
        and not is_title(word)
        and word.lower() not in STATE_NAME_HEADS  # "Kingdom of Champa" opening a line
    )


def _place_head_first(tokens: list[Token]) -> bool:
    """Whether a name opens with a place's head word and a proper name follows it ("Mount Ba Den",
    "Lake Ba Be"), not "of" ("Temple of Literature" ends where the "of" phrase does)."""
    return (
        len(tokens) >= 2
        and head_of(tokens[0].text) == "place"
        and tokens[1].text not in CONNECTORS
        and not any(t.text in CONNECTORS for t in tokens[1:])
    )


def _known_place_in_place(before: list[Token], after: list[Token]) -> bool:
    """ "Duy Xuyên in Quảng Nam Province", "Vietnam in District 1": a place the gazetteers know,
    then where it is, a name with a place's head word."""
    return (
        bool(after)
        and not any(head_of(t.text) for t in before)
        and any(head_of(t.text) == "place" for t in after)
        and gazetteer.is_place(" ".join(t.text for t in before))
    )


def _known_place_to_place(before: list[Token], after: list[Token]) -> bool:
    """ "Đà Lạt City to Saigon", "Nha Trang City to Hà Nội": a place the gazetteers know with its
    unit word, "to" and another known place: a journey's two ends, no name (round 48)."""
    return (
        len(before) >= 2
        and head_of(before[-1].text) == "place"
        and bool(after)
        and gazetteer.is_place(" ".join(t.text for t in after))
        and gazetteer.is_place(" ".join(t.text for t in before[:-1]))
    )


def _name_in_organisation(before: list[Token], after: list[Token]) -> bool:
    """ "Statue of Bui Thi Xuan in Quang Trung Museum": a name with no head word, then a whole
    organisation's name, its own proper words before its head (round 38)."""
    return (
        len(after) >= 2
        and head_of(after[-1].text) == "org"
        and not any(head_of(t.text) for t in before)
        and all(t.text not in CONNECTORS and head_of(t.text) is None for t in after[:-1])
        and not any(is_generic(t.text) for t in after[:-1])
    )


def _two_places(before: list[Token], after: list[Token]) -> bool:
    """Whether "and" joins two places: a known place, or a place with its head word, before it,
    and a place head after it (unless the whole is one known place, "Bosnia and Herzegovina"), or
    a known place after a place with its head ("Quang Ninh Province, and Quang Ninh")."""
    while before and before[-1].low in SEPARATORS:
        before = before[:-1]  # the serial comma
    if not before or not after:
        return False
    left = " ".join(t.text for t in before)
    right = " ".join(t.text for t in after)
    if gazetteer.is_place(left):
        return not gazetteer.is_place(left + " and " + right)
    # Each side a proper name with its head ("Monuments and Landscapes" is one name's two heads).
    return head_of(before[-1].text) == "place" and (
        any(head_of(t.text) == "place" for t in after)
        and any(t.text not in CONNECTORS and not is_generic(t.text) for t in after)
        or gazetteer.is_place(right)
    )


def _two_organisations(before: list[Token], after: list[Token]) -> bool:
    """Whether "and" joins two organisations, each a name with its own head word: "Bamboo Airways
    and Vietnam Helicopters" (not "Ministry of Science and Technology", whose left side has no
    head at its end, nor "the Party and Government", generic words)."""
    if not before or not after or head_of(before[-1].text) != "org":
        return False
    proper = [t for t in before[:-1] if t.text not in CONNECTORS and not is_generic(t.text)]
    return (
        bool(proper)
        and any(head_of(t.text) == "org" for t in after)
        and any(
            t.text not in CONNECTORS and not is_generic(t.text) and head_of(t.text) is None for t in after
        )
    )


def _nationality_in_name(piece: list[Token]) -> bool:
    """ "Vietnamese Revolutionary Youth Association": a nationality opening an organisation's name
    whose own words follow it is part of the name; before the head itself ("Vietnamese Ministry of
    Culture", "Vietnamese Government") it only says whose body it is."""
    return len(piece) > 2 and head_of(piece[-1].text) == "org" and head_of(piece[1].text) is None


def _trim(piece: list[Token], at_start: bool, context: CutContext) -> tuple[list[Token], bool]:
    """A piece without the connectors at its ends and the words before where the name starts."""
    while piece and (piece[-1].text in CONNECTORS or piece[-1].low in SEPARATORS):
        piece = piece[:-1]
    languages = language_names()
    while piece:
        first = piece[0]
        low = fold(first.text)
        # Mid-sentence, a capitalised word is a name even when it spells a function word
        # ("Can Tho"); only articles are dropped there.
        drop = (
            first.text in CONNECTORS
            or first.low == ","
            or (
                low in (ENGLISH_FUNCTION_WORDS if at_start else ("the", "a", "an"))
                and not shouted_place(piece)
                # "Cần Thơ is ...": a word with Vietnamese letters spells no English word ("can")
                and not has_vi_letters(first.text)
            )
        )
        if drop and not at_start and low in FAMILY_NAMES and len(piece) > 1 and first.text[0].isupper():
            drop = False  # "To Lam", "Le Saux": a family name, not the preposition
        if (
            drop
            and not at_start
            and low in ("a", "an")
            and first.text[0].isupper()
            and len(piece) > 1
            and is_syllable(piece[1].text)
            and is_name_word(piece[1].text)
        ):
            drop = False  # "An Khanh ward", "A Luoi": mid-sentence, a capital A is a name syllable
        # "An Giang Province is ...": at a sentence's start the capital "An" is the article only when
        # it and the next word are no known place's name (An Giang, An Nhơn, An Khê, An Lão).
        syllable_an = (
            at_start
            and low in ("a", "an")
            and len(piece) > 1
            and first.text[0].isupper()
            and is_syllable(piece[1].text)
            and piece[1].text[:1].isupper()
            and gazetteer.is_place(f"{first.text} {piece[1].text}")
        )
        if syllable_an:
            drop = False
        if (
            not drop
            and at_start
            and len(piece) > 2
            and piece[1].text in CONNECTORS
            and _common_word(first.text)
        ):
            drop = True  # "Statistics of North Central Coastal Vietnam", "Visitors to Quang Tri Province"
        # "Ministry of Transport" opening a line: a head word before "of" is the name's, even when
        # the text also writes "ministry" in lower case.
        # "Kingdom of Champa" opening a line: a state's name, as its head word is.
        headed = (
            len(piece) > 2
            and (head_of(first.text) is not None or first.low in STATE_NAME_HEADS)
            and piece[1].text in ("of", "for")
        )
        if not drop and at_start and not headed and not syllable_an and not shouted_place(piece):
            drop = (
                context.written_lower(first.low)
                or low.endswith(("ing", "ed", "ly"))
                and not has_vi_letters(first.text)
                and not is_syllable(first.text)
            )
        if (
            not drop
            and len(piece) > 1
            and low in languages
            and not has_vi_letters(first.text)
            and not gazetteer.is_place(" ".join(t.text for t in piece))
            and not _nationality_in_name(piece)
        ):
            drop = True  # "Vietnamese Prime Minister ...": a nationality, not "Lào Cai", "Lao Cai"
        if not drop:
            break
        piece = piece[1:]
        at_start = False
    return piece, at_start
