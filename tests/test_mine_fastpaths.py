"""The miner's fast paths give exactly what the plain code they replace gives.

Each scan that was rewritten for speed is compared with the plain regex it stands for, on text
Hypothesis builds from the characters that matter; the name extractor's caches (reused within a
text and across texts) are compared with a run on empty caches.
"""

from __future__ import annotations

import dataclasses
import re
import string
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from glossary import text as text_module
from glossary import vietnamese
from glossary.mine import (
    caps_tokens,
    cue_scan,
    dash_pairs,
    documents,
    en_phrases,
    gloss_evidence,
    infobox,
    known_as_pairs,
    meaning_cues,
    mentions,
    names,
    or_pairs,
    parentheses,
    phrases,
    renames,
    slash_spellings,
    untranslated,
    vi_runs,
)
from glossary.mine.documents import Document
from glossary.mine.lexicon import UNIT_WORDS
from glossary.mine.names import context
from glossary.mine.names import spans as name_spans
from glossary.mine.names.context import LowerWords
from glossary.mine.names.words import CAP, LOWER

# Characters that make the patterns match or almost match: cue words are built from these letters,
# Vietnamese letters, dashes, quotes, digits, and the case oddities the cue search must avoid.
_CHARS = st.sampled_from(list("aeilmnorstwhcdkgyuTAKMSWBRV ĐđơưếỳàÀ\t\n–—-/#&.,'’\"()0_") + ["ſ", "ı", "İ"])
_WORDS = st.sampled_from(
    [
        "known as",
        "also known as",
        "referred to as",
        "called",
        "dubbed",
        "which means",
        "meaning",
        "literally",
        "lit.",
        "translated as",
        "roughly meaning:",
        "phở",
        "bánh mì",
        "Việt Nam",
        " – ",
        " - ",
        "/",
        "#khongmotminh",
        "UNESCO",
        "SDGs",
        "R&D",
        "BR-VT",
        "BRVT-AB-C",
        "U.S.",
        "A.B.C.D.E.",
        "xU.S.",
        "ABCDE-FG",
        "\n- Native name: ",
        "| native_name = ",
        "\nVIETNAM AND UNESCO SIGN\n",
        "the",
        "The",
        "Tô Lâm",
        "bánh\n chưng",
        "phở \n\n",
        "Minister",
        "said",
        " ward",
        " Province",
        " special zone",
        "cityscape",
        " (VNA) – ",
        "(Photo: VNA/",
        "or",
        ", or",
        "was renamed",
        "renaming",
        "Ministry of Culture, Sports and Tourism",
        "Thanh Hóa, Nghệ An, Hà Tĩnh,",
        "Ha Noi, Hue, and Da Nang",
        " and ",
        " & ",
    ]
)
TEXTS = st.lists(st.one_of(_WORDS, st.text(_CHARS, max_size=6)), max_size=30).map(" ".join) | st.text(
    _CHARS, max_size=60
)


def spans(matches: object) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400)
@given(TEXTS)
def test_cue_search_equals_the_plain_regex(text: str) -> None:
    lower = text.lower()
    assert spans(cue_scan.find_cue(text, lower, meaning_cues._CUE, meaning_cues._CUE_ANCHOR)) == spans(
        meaning_cues._CUE.finditer(text)
    )
    assert spans(
        cue_scan.find_cue(text, lower, known_as_pairs._KNOWN_AS, known_as_pairs._KNOWN_AS_ANCHOR)
    ) == spans(known_as_pairs._KNOWN_AS.finditer(text))


@settings(max_examples=400)
@given(TEXTS)
def test_rename_and_or_scans_equal_the_plain_regexes(text: str) -> None:
    assert spans(cue_scan.find_cue(text, text.lower(), renames._CUE, renames._CUE_ANCHOR)) == spans(
        renames._CUE.finditer(text)
    )
    assert list(or_pairs._find_ors(text)) == spans(or_pairs._OR_CUE.finditer(text))


# The name run pattern as first written: the items of a list after a comma not atomic.
_PLAIN_LIST_COMMA = (
    rf",[ \t]+(?=(?:{CAP}(?:[ \t]+{CAP})*,[ \t]+)*{CAP}(?:[ \t]+{CAP})*,?[ \t]+(?:and|&)[ \t]+{CAP})"
)
_PLAIN_SPAN = re.compile(
    rf"{CAP}(?:(?:[ \t]+|{_PLAIN_LIST_COMMA}|{name_spans._SERIAL_COMMA}|{name_spans._NAME_DASH}"
    rf"|{name_spans._INITIAL_STOP})(?:{name_spans._CONN}[ \t]+)?{CAP})*"
)


@settings(max_examples=400)
@given(TEXTS, st.integers(0, 70), st.integers(0, 40))
def test_last_word_equals_the_anchored_search(text: str, hi: int, width: int) -> None:
    hi = min(hi, len(text))
    lo = max(0, hi - width)
    for spaced, pattern in ((False, r"([^\W\d_]+)[ \t]*$"), (True, r"([^\W\d_]+)[ \t]+$")):
        match = re.compile(pattern).search(text, lo, hi)
        assert mentions.last_word(text, lo, hi, spaced) == (match.span(1) if match else None)
    match = re.compile(r"([^\W\d_]+)([ \t]*\n?[ \t]*|[ \t]+)$").search(text, lo, hi)
    assert mentions.last_word(text, lo, hi, line_break=True) == (match.span(1) if match else None)


def _plain_homograph(text: str, start: int, word: str, floor: int, named: bool = False) -> bool:
    """vi_runs._vi_homograph with an anchored search for the word before."""
    if not word[:1].isupper() or not vi_runs.is_syllable(word):
        return False
    lo = max(floor, start - 20)
    before = re.search(r"([^\W\d_]+)[ \t]*$", text[lo:start])
    if before is None or text[lo + before.end(1) : start] != " ":
        return False
    previous = before.group(1)
    if named and previous[:1].islower():
        return True  # a capitalised word after a lower-case one, a capitalised one after it
    return previous[:1].isupper() and vi_runs.has_vi_letters(previous) and vi_runs.is_syllable(previous)


def _plain_vi_run_back(text: str, end: int, floor: int) -> phrases.Phrase | None:
    """vi_run_back as first written: anchored searches in the 40 characters before each word, with
    the later rules on which words count (a homograph after a Vietnamese word, a glued syllable, a
    figure glued to the first word, a syllable hyphen, a word of another language before a hyphen,
    a longer run for a name, the cap counting the words a hyphen joins as one) asked of the same
    predicates."""
    pos = end
    words: list[tuple[int, int]] = []
    joined = 0
    while (
        len(words) - joined < vi_runs._MAX_VI_WORDS
        or (len(words) < vi_runs._MAX_VI_NAME_WORDS and all(text[s].isupper() for s, _ in words))
        or (words and pos > floor and vi_runs._syllable_hyphen(text, pos - 1))
    ):
        hyphen = bool(words) and pos > floor and vi_runs._syllable_hyphen(text, pos - 1)
        joined += hyphen
        lo, hi = max(floor, pos - 40), pos - 1 if hyphen else pos
        stretch = text[lo:hi]
        match = (
            re.search(r"([^\W\d_]+)([ \t]*\n?[ \t]*|[ \t]+)$", stretch)
            if words
            else re.search(r"([^\W\d_]+)[ \t]*$", stretch)
        )
        if match is None:
            break
        start, stop = lo + match.start(1), lo + match.end(1)
        first_letter = next((i for i in range(start, stop) if text[i].isalpha()), stop)
        if first_letter > start:  # "10³nghìn": a figure glued to the word
            if words or first_letter == stop or not vi_runs.may_be_vietnamese(text[first_letter:stop]):
                break
            words.append((first_letter, stop))
            break
        named = bool(words) and text[words[-1][0]].isupper()
        word = text[start:stop]
        if not vi_runs.may_be_vietnamese(word) and not _plain_homograph(text, start, word, floor, named):
            if words and text[stop:pos] == "-":
                words.pop()
            tail = vi_runs.glued_vi_tail(word)
            if tail:
                words.append((stop - len(tail), stop))
            break
        words.append((start, stop))
        pos = start
        if pos > floor and text[pos - 1] not in " \t\n" and not vi_runs._syllable_hyphen(text, pos - 1):
            if text[pos - 1] == "-" and vi_runs._foreign_before_hyphen(text, pos - 1, floor):
                words.pop()
            break
    if not words:
        return None
    start, stop = words[-1][0], words[0][1]
    return phrases.Phrase(text[start:stop], start, stop)


@settings(max_examples=400)
@given(TEXTS, st.integers(0, 70), st.integers(0, 70))
@example(text="Thanh Hóa, Nghệ An, Hà Tĩnh,", end=17, floor=0)  # a homograph ("A") after "Nghệ"
@example(text="was named An Quoc (Peace)", end=17, floor=0)  # a homograph opening a name mid-sentence
@example(text="A-i", end=3, floor=0)  # a word of another language before a hyphen ("Khwan-khao")
@example(text="the Thừa-biện Tô Lâm Nguyễn Văn An Hà Nội", end=42, floor=0)  # a hyphen; a long name
@example(text="10³nghìn", end=8, floor=0)  # a figure glued to the word
def test_vietnamese_run_back_equals_the_anchored_searches(text: str, end: int, floor: int) -> None:
    end = min(end, len(text))
    assert vi_runs.vi_run_back(text, end, floor) == _plain_vi_run_back(text, end, floor)


@settings(max_examples=400)
@given(TEXTS)
@example(text="known as A. À")  # a middle initial's full stop (the later rule) inside a name run
@example(text="In Hanoi, Hue-Đà, Nẵng's Port & Can Tho, and Vinh")  # a list: its "and" prefilter
@example(text="Hanoi, the Ministry, Sports and Tourism")  # a word in lower case stops the prefilter
def test_name_runs_equal_the_plain_regex(text: str) -> None:
    assert spans(name_spans.SPAN.finditer(text)) == spans(_PLAIN_SPAN.finditer(text))


@settings(max_examples=400)
@given(TEXTS)
def test_line_scans_equal_the_multiline_regexes(text: str) -> None:
    lined = "\n" + text
    assert [(m.start(1) - 1, m.group(1)) for m in name_spans._HEADLINE_AFTER_BREAK.finditer(lined)] == [
        (m.start(), m.group()) for m in name_spans._HEADLINE.finditer(text)
    ]
    assert [
        (m.start("key") - 1, m.group("key"), m.start("value") - 1, m.end() - 1, m.group("value"))
        for m in infobox._FIELD_AFTER_BREAK.finditer(lined)
    ] == [
        (m.start("key"), m.group("key"), m.start("value"), m.end(), m.group("value"))
        for m in infobox._FIELD.finditer(text)
    ]


_PLAIN_DATELINE = re.compile(r"[ \t]*\([A-Z][A-Za-z/]{1,12}\)[ \t]*[–—-]")
_PLAIN_UNIT = re.compile(
    r"[ \t]+(" + "|".join(sorted(UNIT_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)


@settings(max_examples=400)
@given(TEXTS)
def test_what_follows_a_name_equals_the_two_plain_regexes(text: str) -> None:
    for at in range(len(text) + 1):
        unit = _PLAIN_UNIT.match(text, at)
        expected = (_PLAIN_DATELINE.match(text, at) is not None, unit.group() if unit else "")
        assert context.following(text, at) == expected


@settings(max_examples=400)
@given(TEXTS)
def test_dash_and_slash_scans_equal_the_plain_regexes(text: str) -> None:
    assert list(phrases.find_dashes(text)) == spans(dash_pairs._DASH.finditer(text))
    assert list(phrases.find_dashes(text)) == spans(dash_pairs._DASH.finditer(text))  # read again
    plain_slash = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
    assert spans(slash_spellings._SLASH.finditer(text)) == spans(plain_slash.finditer(text))


@settings(max_examples=400)
@given(TEXTS)
def test_untranslated_scans_equal_the_plain_regexes(text: str) -> None:
    assert list(untranslated._ViWords(text)) == spans(untranslated._VI_WORD.finditer(text))
    long = "x" * 90 + text  # a word longer than the stretch read back at a time
    assert list(untranslated._ViWords(long)) == spans(untranslated._VI_WORD.finditer(long))
    plain_hashtag = re.compile(r"(?<![\w&])#([^\W\d_][^\W_]{2,59})")
    assert [m.group() for m in untranslated._HASHTAG.finditer(text)] == [
        m.group() for m in plain_hashtag.finditer(text)
    ]
    plain_hyphenated = re.compile(r"(?<![\w&.-])[A-Z]{1,4}(?:-[A-Z]{1,4})+(?![\w&-])")
    assert [m.group() for m in caps_tokens._HYPHENATED_CAPS.finditer(text)] == [
        m.group() for m in plain_hyphenated.finditer(text)
    ]
    assert spans(caps_tokens.hyphenated_caps(text)) == spans(plain_hyphenated.finditer(text))
    plain_dotted = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}(?![A-Za-z])")
    assert spans(caps_tokens.dotted_initials(text)) == spans(plain_dotted.finditer(text))
    plain_caps = re.compile(r"(?<![\w&.-])([A-Z][A-Z0-9&]{1,9})(s?)(?![\w&-])")
    assert [m.group() for m in caps_tokens._CAPS_TOKEN.finditer(text)] == [
        m.group() for m in plain_caps.finditer(text)
    ]


@settings(max_examples=300)
@given(TEXTS, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6), st.integers(0, 60))
def test_covered_ranges(text: str, ranges: list[tuple[int, int]], probe: int) -> None:
    covered = untranslated._Covered(ranges)
    for end in range(probe, probe + 5):
        assert covered.overlaps(probe, end) == any(s < end and probe < e for s, e in ranges)


@settings(max_examples=300)
@given(TEXTS, _WORDS | st.text(_CHARS, min_size=1, max_size=5))
@example(text="(phở, “bánh” x-y, ‘Hà’s… a½ ²b _c d_ (e)f", word="phở")  # marks at a word's ends
def test_lower_words_equal_the_set_of_lower_case_words(text: str, word: str) -> None:
    plain = set(re.findall(rf"(?<![^\W\d_])[{LOWER}][^\W\d_]*", text))
    lower = LowerWords(text)
    for probe in {word, word.lower(), *plain}:
        assert (probe in lower) == (probe in plain), probe


# Every kind of whitespace str.split knows, and any other character.
_SPACES_AND_MORE = (
    st.sampled_from(list("ab \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2009\u3000\u200b.")) | st.characters()
)


@settings(max_examples=400)
@given(st.text(_SPACES_AND_MORE, max_size=30))
def test_collapsed_spaces_equal_split_and_join(text: str) -> None:
    assert mentions.collapse_spaces(text) == " ".join(text.split())
    spaced = documents._SPACES.sub(" ", text)
    assert spaced == re.sub(r"[ \t\r\f\v]+", " ", text)
    blank_runs = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*")  # as html_to_text first did
    assert documents._lines(spaced) == blank_runs.sub("\n", spaced).strip() + "\n"


def _plain_sentence_at(doc: Document, start: int, end: int, limit: int = 320) -> str:
    """sentence_at as first written: every sentence end of the 320 characters before is searched."""
    text = doc.text
    lo = max(0, start - limit)
    begin = lo
    for match in mentions._SENTENCE_END.finditer(text[lo:start]):
        begin = lo + match.end()
    begin = max(begin, text.rfind("\n", lo, start) + 1)
    tail = text[end : end + limit]
    match = mentions._SENTENCE_END.search(tail)
    stop = end + (match.start() + 1 if match else len(tail))
    line_end = text.find("\n", end, end + limit)
    if line_end != -1:
        stop = min(stop, line_end)
    sentence = " ".join(text[begin:stop].split())
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + " …"
    return sentence


_SENTENCE_BITS = st.sampled_from(list('Ab c.!?"”’)(\n \t') + ["Việt", "Nam", "1"])
SENTENCE_TEXTS = st.lists(_SENTENCE_BITS, max_size=40).map("".join)


@settings(max_examples=300)
@given(SENTENCE_TEXTS, st.integers(0, 80), st.integers(0, 5))
def test_sentence_at_equals_the_plain_search(text: str, start: int, width: int) -> None:
    doc = Document("t.txt", text)
    start = min(start, len(text))
    end = min(len(text), start + width)
    for limit in (320, 10):
        assert mentions.sentence_at(doc, start, end, limit) == _plain_sentence_at(doc, start, end, limit)


def test_case_oddities_are_all_the_letters_lower_does_not_map() -> None:
    oddities = {
        ch
        for ch in map(chr, range(0x80, 0x30000))
        if re.fullmatch("[a-z]", ch, re.IGNORECASE) and ch.lower() not in string.ascii_lowercase
    }
    assert oddities == set(cue_scan.CASE_ODDITIES)


# --- name extraction: caches reused within and across texts -------------------------------------

_SENTENCES = [
    "Party General Secretary To Lam met UNESCO Director-General Audrey Azoulay in Hanoi.",
    "Lam said Vietnam values its partnership with UNESCO.",
    "Azoulay praised the Ministry of Culture, Sports and Tourism.",
    "President of Vietnam To Lam welcomed the delegation.",
    "The Politburo's decision was announced.",
    "Quang Nam (VNA) – The province of Quang Nam hosted the event.",
    "Officials from Quy Nhon Nam ward attended.",
    "Nguyen Van An said the People's Committee of Hanoi agreed.",
    "Commending Việt Nam's efforts, Le Saux spoke.",
    "Lam visited the Thăng Long Imperial Citadel.",
    "the Asia-Pacific region and the Global Network of Learning Cities for the Asia-Pacific region",
    "Chairwoman of the SOVICO Group Nguyen Thi Phuong Thao attended.",
    "VIETNAM AND UNESCO SIGN AGREEMENT",
    "Minister Lam",
]


def _mined(texts: list[str], clear_each: bool) -> list[list[dict[str, object]]]:
    out = []
    shared = names.NameCache()
    for text in texts:
        cache = names.NameCache() if clear_each else shared
        found = names.extract_names(Document("t.txt", unicodedata.normalize("NFC", text)), cache)
        out.append([{**dataclasses.asdict(m), "_where": None, "_context": m.context} for m in found])
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8).map("\n".join), min_size=2, max_size=4
    )
)
def test_name_caches_change_nothing(texts: list[str]) -> None:
    # Plans and cuts reused from earlier texts (and earlier in the same text) must give exactly
    # what a cold run gives: the repeated sentences make every text reuse something.
    assert _mined(texts, clear_each=False) == _mined(texts, clear_each=True)


@settings(max_examples=400)
@given(TEXTS)
def test_words_at_the_end_equal_the_anchored_search(text: str) -> None:
    stretch = text.rstrip()
    match = en_phrases._EN_BACK.search(stretch)
    plain = [m.group() for m in re.finditer(en_phrases._EN_WORD, match.group(1))] if match else []
    assert [m.group() for m in en_phrases._words_at_end(stretch)] == plain


# Cue words where one holds another ("known" in "known as") or starts as it ends (" or ", "aa").
_CUE_WORDS = ("known", "known as", "as", "aa", "aaa", " or ", "or", "ed into", "renamed into", "xã", "thị xã")


def _plain_hits(lower: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), lower)]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from([*_CUE_WORDS, " ", "a", "n", "kn", "thị", "d"]), max_size=30).map("".join),
    st.lists(st.lists(st.sampled_from(_CUE_WORDS), min_size=1, max_size=4).map(tuple), max_size=5),
)
def test_literal_hits_equal_the_plain_scans(lower: str, asked: list[tuple[str, ...]]) -> None:
    # Asked in turn on one text, as the extractors do: later words are found from the earlier ones.
    for words in asked:
        expected = sorted(at for word in words for at in _plain_hits(lower, word))
        assert mentions.literal_hits(lower, words) == expected


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(_CUE_WORDS), min_size=1, max_size=6, unique=True),
    st.lists(st.sampled_from([*_CUE_WORDS, " ", "a", "n", "kn", "thị", "d"]), max_size=30).map("".join),
)
def test_cue_automaton_finds_what_successive_finds_find(words: list[str], lower: str) -> None:
    # One automaton pass over every learnt word: each word's places, none overlapping the one before.
    cue_words = mentions._CueWords()
    for word in words:
        cue_words.learn(word)
    hits = cue_words.scan(lower)
    for word in words:
        expected, at = [], lower.find(word)
        while at >= 0:
            expected.append(at)
            at = lower.find(word, at + len(word))
        assert hits[word] == expected


def _plain_joined_in(text: str, pair: tuple[str, str]) -> bool:
    """names.context._joined_in as first written: a scan of the text for each dash."""
    left, right = pair
    if any(f"{left}{dash}{right}" in text for dash in "–-‑"):
        return True
    if not any(f"{left} {dash} {right}" in text for dash in "–—-"):
        return False
    pattern = re.compile(
        rf"{re.escape(left)}[ \t]+[–—-][ \t]+{re.escape(right)}"
        r"((?:[ \t]+[^\W\d_]+){0,3}?)[ \t]+[Pp]rovince\b"
    )
    for match in pattern.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if all(word[0].isupper() for word in match.group(1).split()):
            return True
    return False


_JOIN_PARTS = ["Rịa", "Vũng", "Tàu", "Rịa Rịa", " ", "–", "-", "‑", "—", " province", " Province", "x", "\n"]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_JOIN_PARTS), max_size=14).map("".join),
    st.sampled_from([("Rịa", "Vũng"), ("Rịa", "Rịa"), ("a", "V"), ("Vũng", "Tàu")]),
)
def test_dash_joins_equal_the_scans_per_dash(text: str, pair: tuple[str, str]) -> None:
    assert context._joined_in(text, pair) == _plain_joined_in(text, pair)


def _plain_long_parentheses(text: str) -> list[int]:
    """documents._long_parentheses as first written: every parenthesis through a stack."""
    found: list[int] = []
    opened: list[int] = []
    for match in re.finditer(r"[()]", text):
        if match.group() == "(":
            opened.append(match.start())
        elif opened:
            start = opened.pop()
            if match.start() - start > documents.MAX_PARENTHESIS:
                found.append(start)
    return found + [start for start in opened if len(text) - start > documents.MAX_PARENTHESIS]


# Stretches around the limits: a parenthesis closed at exactly MAX_PARENTHESIS characters is not long.
_STRETCHES = st.sampled_from([0, 1, 50, 398, 399, 400, 401, 600]).map(lambda n: "x" * n)


@settings(max_examples=400)
@given(st.lists(st.one_of(st.sampled_from(["(", ")", ".", "\n", " "]), _STRETCHES), max_size=14).map("".join))
def test_long_parentheses_and_sentences_equal_the_plain_loops(text: str) -> None:
    assert sorted(documents._long_parentheses(text)) == sorted(_plain_long_parentheses(text))
    # The block test only ever says "maybe" when a sentence is too long.
    longest = max(len(s) for s in re.split(r"[.!?\n]", text))
    assert documents._may_hold_long_sentence(text) or longest <= documents.MAX_SENTENCE


@settings(max_examples=400)
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_memoised_fold_and_letter_test_equal_the_plain_ones(texts: list[str]) -> None:
    # Asked twice each (the second answer comes from the memo), short and long strings alike.
    for text in texts + texts + ["x" * 70 + text for text in texts]:
        assert mentions.fold(text) == text_module.fold(text)
        assert vietnamese.has_vi_letters(text) == (vietnamese.VI_LETTER.search(text) is not None)


# The parenthesis pattern with one repetition of its group per character.
_PLAIN_PAREN = re.compile(r"\(((?:[^()\n]|\n(?!\s*\n)|\([^()\n]*\))*)\)")


@settings(max_examples=400)
@given(TEXTS)
@example("a (b (c) d\n e) f (g\n\n h) (i (j) (k (l)) m)")
def test_parenthesis_runs_equal_the_plain_pattern(text: str) -> None:
    assert spans(parentheses._PAREN.finditer(text)) == spans(_PLAIN_PAREN.finditer(text))


def _plain_not_latin(text: str) -> bool:
    return any(char.isalpha() and ord(char) >= 0x250 and not 0x1E00 <= ord(char) <= 0x1EFF for char in text)


@settings(max_examples=400)
@given(
    st.text(
        st.sampled_from(list("ab Đđơếỳ–“”禪ЖжɐʯɏḀỹἀ·²") + ["\u0250", "\u024f", "\u1dff", "\u1f00"]),
        max_size=20,
    )
)
def test_other_script_test_equals_the_plain_loop(text: str) -> None:
    assert gloss_evidence.not_latin(text) == _plain_not_latin(text)


_PLAIN_SPACES = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")


@settings(max_examples=400)
@given(st.text(st.sampled_from(list(" \t\r\f\v\na.")), max_size=30))
def test_page_blanks_equal_the_plain_pattern(text: str) -> None:
    assert documents._SPACES.sub(" ", text) == _PLAIN_SPACES.sub(" ", text)


@settings(max_examples=200)
@given(TEXTS)
def test_phrase_words_equal_the_plain_findall(text: str) -> None:
    for phrase_text in (text, text * 5):  # a short phrase's words are memoised, a long one's not
        phrase = phrases.Phrase(phrase_text, 0, len(phrase_text))
        first = phrase.words
        assert first == mentions.WORD.findall(phrase_text)
        first.append("changed")  # a caller may change its list: the next one is a new list
        assert phrase.words == mentions.WORD.findall(phrase_text)


# Runs whose cut may ask a question (a sentence's first word written in lower case elsewhere, a
# possessive, two words joined by a dash) and runs whose cut asks none.
_RUNS = st.sampled_from(
    [
        "Statistics of North Central Coastal Vietnam",
        "Ministry of Culture, Sports and Tourism",
        "People's Committee",
        "Bà Rịa – Vũng Tàu",
        "Vietnamese Prime Minister Pham Minh Chinh",
        "Hanoi",
        "The",
        "Quang Ninh Province and Quang Ninh",
        "Farmers' Union",
    ]
)


@settings(max_examples=200, deadline=None)
@given(_RUNS, st.booleans(), st.lists(st.sampled_from(_SENTENCES), max_size=4).map("\n".join), TEXTS)
def test_a_cut_that_asks_nothing_is_the_same_in_every_text(
    run: str, at_start: bool, first: str, second: str
) -> None:
    # The name cache keeps such a cut in one table for every text (NameCache.fixed_cuts): cutting
    # the run afresh against any other text gives the same pieces and asks nothing either.
    cuts = []
    for text in (first, second):
        runs = name_spans.Runs(text, names.NameCache())
        context = name_spans.CutContext(runs.lower_words)
        cuts.append((runs._pieces(run, at_start, context), context.asked))
    (pieces, asked), (other_pieces, other_asked) = cuts
    if asked is None:
        assert other_asked is None
        assert [p[:4] for p in other_pieces] == [p[:4] for p in pieces]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8).map("\n".join), min_size=2, max_size=4
    )
)
def test_fixed_cuts_give_what_a_cut_per_text_gives(texts: list[str]) -> None:
    # The runs of each text with the process-wide table of fixed cuts against the same runs cut
    # for that text alone (a cache emptied first).
    shared = names.NameCache()
    for text in texts:
        reused = [(start, [p[:4] for p in pieces]) for start, pieces in name_spans.Runs(text, shared)]
        alone = [
            (start, [p[:4] for p in pieces]) for start, pieces in name_spans.Runs(text, names.NameCache())
        ]
        assert reused == alone


def _mined_through_plan(text: str) -> list[dict[str, object]]:
    """extract_names with every piece's plan found by names._plan (still_holds, one call per
    plan), the plain form of the replay extract_names does inline."""
    doc = Document("t.txt", unicodedata.normalize("NFC", text))
    cache = names.NameCache()
    runs = name_spans.Runs(doc.text, cache, doc.lower)
    recorder = names.Recorder(doc, runs.lower_words, names.Known({}, {}))
    for start, pieces in runs:
        for piece in pieces:
            base = start + piece.offset
            for op in names._plan(piece, base, recorder, cache):
                recorder.execute(op, base)
    found = recorder.finish(runs.in_headline)
    return [{**dataclasses.asdict(m), "_where": None, "_context": m.context} for m in found]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=10).map("\n".join))
def test_inline_replay_equals_the_plan_lookup(text: str) -> None:
    # The same pieces recur in a text, so their plans are replayed.
    doc = Document("t.txt", unicodedata.normalize("NFC", text))
    found = names.extract_names(doc, names.NameCache())
    assert [{**dataclasses.asdict(m), "_where": None, "_context": m.context} for m in found] == (
        _mined_through_plan(text)
    )
