"""Round 17, acronyms: a long form taken back to its name's first word with the short form's letter,
a place in parentheses that is no brand short form, and the faster readers (the capitals tokens'
one scan, names_only's skip, the literal tests before the acronym patterns) checked against their
plain forms, kept here as oracles. Texts written for these tests; the oracles also run over the
corpus pages, for sameness only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from glossary.mine.acronyms import extract_acronyms
from glossary.mine.caps_tokens import _CAPS_TOKEN, _dotted_alone, before_title, count_caps, hyphenated_caps
from glossary.mine.documents import Document
from glossary.mine.name_chains import INSIDE, names_only
from tests.mine_helpers import acronyms, doc, mine

ROOT = Path(__file__).resolve().parent.parent

# --- the long form back to the name's first word -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # Schwartz–Hearst stops at "River", the nearest word opening with R; the name starts at "Rice".
        (
            "The donors funded a scheme named Rice River Delta Action and Youth (READY) last spring.\n",
            ("READY", "Rice River Delta Action and Youth"),
        ),
        # The short form's letters are the initials of the name's last words; its head is before them.
        (
            "She now heads the Centre for Coastal Planning and Research (CPR) in Huế.\n",
            ("CPR", "Centre for Coastal Planning and Research"),
        ),
        (
            "  • Institute of Inland Port Studies (IPS), Director: Dr. Lê Văn An\n",
            ("IPS", "Institute of Inland Port Studies"),
        ),
    ],
)
def test_the_long_form_starts_at_the_names_first_word_with_the_letter(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in acronyms(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # An English function word opening the sentence is no word of the name.
        (
            "Since Sustainable Development Goals (SDGs) were adopted, reports have grown.\n",
            ("SDGs", "Sustainable Development Goals"),
        ),
        # A mirror's link preview writes the name twice: the long form is written once.
        (
            "groups such as\nHuman Rights Watch Human Rights Watch (HRW) is a non-profit body.\n",
            ("HRW", "Human Rights Watch"),
        ),
        # A possessive ends the name before it.
        (
            "Officials from Saigon's Southern Water Supply Company (SWSC) spoke first.\n",
            ("SWSC", "Southern Water Supply Company"),
        ),
        # A word in lower case ends the run: "called" is no part of the name.
        (
            "A project called Clean Coast (CC) began in 2019.\n",
            ("CC", "Clean Coast"),
        ),
    ],
)
def test_the_long_form_does_not_take_words_outside_the_name(text: str, pair: tuple[str, str]) -> None:
    found = acronyms(text)
    assert pair in found
    assert not any(short == pair[0] and long != pair[1] for short, long in found)


def test_a_name_longer_than_the_window_keeps_the_nearer_start() -> None:
    # "Regional ... Rural" is too long for two letters: the long form stays where the letters fit.
    text = "It joined Regional Office for Agricultural Research and Rural Development (RD) talks.\n"
    assert ("RD", "Rural Development") in acronyms(text)


# --- a place in parentheses is no brand short form ----------------------------------------------------


@pytest.mark.parametrize("place", ["Vietnam", "Cambodia", "Hanoi"])
def test_a_place_in_parentheses_is_no_short_form(place: str) -> None:
    text = f"Subject: Prime Minister of {place}, Ministry of Finance ({place}), Ministry of Health\n"
    assert not any(short == place for short, _ in acronyms(text))


def test_a_brand_in_parentheses_still_is_one() -> None:
    text = "Cargo went with the Vietnam National Shipping Lines (Vinalines) to Hải Phòng.\n"
    assert ("Vinalines", "Vietnam National Shipping Lines") in acronyms(text)


def test_a_place_in_parentheses_makes_no_acronym_entry() -> None:
    text = "Subject: Prime Minister of Vietnam, Ministry of Finance (Vietnam), Transport in Vietnam\n"
    assert not any(e.abbr == "Vietnam" for e in mine(text))


# --- the plain forms, as oracles ----------------------------------------------------------------------


def plain_count_caps(document: Document) -> dict[str, tuple[int, int]]:
    """count_caps as it was: one match at a time over the three scans, in turn."""
    text = document.text
    counts: dict[str, tuple[int, int]] = {}
    scans = (hyphenated_caps(text), _CAPS_TOKEN.finditer(text), _dotted_alone(text))
    for scan in scans:
        for match in scan:
            token = match.group(0)
            seen = counts.get(token)
            counts[token] = (seen[0] + 1, seen[1]) if seen else (1, document.line_of(match.start()))
    return counts


def plain_names_only(text: str, caps: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """names_only as it was: every use of every token looked up in the text."""
    out: dict[str, tuple[int, int]] = {}
    for token, (_count, line) in caps.items():
        if len(token) < 3:
            continue
        at, inside = text.find(token), 0
        while at >= 0:
            end = at + len(token)
            if at == 0 or not text[at - 1].isalnum():
                if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
                    if before_title(text, end):
                        break
                    inside += 1
                elif end == len(text) or not text[end].isalnum():
                    break
            at = text.find(token, end)
        else:
            if inside:
                out[INSIDE + token] = (inside, line)
    return out


# Capitals tokens in every position the scans tell apart: alone, only before a capitalised word, before
# a title, inside a longer token or word, hyphenated, dotted, plural, at the very end.
_WRITTEN = """HCMC Securities Trading Center opened; the HCMC Stock Exchange followed.
VNPT Group and VNPT-Net work with VNPTs abroad. The U.S. Ambassador met U.S. Navy officers.
UNESCO named Hội An; UNESCOs files and XUNESCO list, UN-Habitat, BR-VT and UN.
The ĐCSVN CC met. VIETNAM NEWS AGENCY (VNA) – HANOI Ấp Bắc. EVN Ðiện lực. R&D
ASEAN Secretary General spoke; ASEAN Regional Forum met; ASEAN Way. AAA AAAA AAA-B
The end is ABC"""


def _texts() -> list[str]:
    pages = sorted((ROOT / "tests" / "corpus").glob("*/*.txt"))
    return [_WRITTEN, *(p.read_text(encoding="utf-8") for p in pages)]


def test_count_caps_is_its_plain_form() -> None:
    for text in _texts():
        document = doc(text)
        fast, plain = count_caps(document), plain_count_caps(document)
        assert list(fast.items()) == list(plain.items())  # the same counts, lines and order


def test_names_only_is_its_plain_form() -> None:
    for text in _texts():
        document = doc(text)
        caps = count_caps(document)
        assert list(names_only(document.text, caps).items()) == list(
            plain_names_only(document.text, caps).items()
        )


def test_names_only_on_the_written_text() -> None:
    # The oracle equality above means little if the text exercises nothing: here it does both ways.
    document = doc(_WRITTEN)
    only = names_only(document.text, count_caps(document))
    assert INSIDE + "HCMC" in only  # written only before "Securities", "Stock"
    assert INSIDE + "UNESCO" not in only and INSIDE + "ASEAN" not in only  # alone at least once


# The sentence break as it was, its look-behind first.
_PLAIN_SENTENCE_BREAK = re.compile(r"(?<!\.[A-Z])[.!?;:]\s|\n\s*\n|[()\[\]]")


def test_the_sentence_break_is_its_plain_form() -> None:
    from glossary.mine.long_forms import _SENTENCE_BREAK

    extra = "the U.S. Agency for Aid. It went on! Then? A.B. C; D: (x) [y]\n\nZ. Q.R.\tS"
    for text in [extra, *_texts()]:
        for start in (0, 1, 2):
            assert [m.span() for m in _SENTENCE_BREAK.finditer(text[start:])] == [
                m.span() for m in _PLAIN_SENTENCE_BREAK.finditer(text[start:])
            ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A short form ending in small letters still reads the reverse order (the last-word test).
        ("The ABCde (Alpha Beta Charlie Delta Echo) met.\n", ("ABCde", "Alpha Beta Charlie Delta Echo")),
        ("Its CEOs (chief executive officers) met.\n", ("CEOs", "chief executive officers")),
        # The cue words in capitals: the literal tests fold case as the patterns do.
        ("The People's Council (Hội đồng Nhân dân or HDND FOR SHORT) met.\n", ("HDND", "Hội đồng Nhân dân")),
        ("Amnesty International (ALSO KNOWN AS AI) wrote.\n", ("AI", "Amnesty International")),
    ],
)
def test_the_literal_tests_keep_what_the_patterns_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in acronyms(text)


def test_a_wiki_notice_is_still_dropped() -> None:
    text = (
        "This article contains phonetic transcriptions in the International Phonetic Alphabet (IPA). "
        "For an introductory guide on IPA symbols, see Help:IPA.\n"
        "The Ministry of Public Security (MPS) is in Hanoi.\n"
    )
    found = {m.abbr for m in extract_acronyms(doc(text))}
    assert found == {"MPS"}
