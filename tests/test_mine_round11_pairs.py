"""Eleventh round: the general gloss aligner (glossary/mine/aligner.py) and the causes the eighth
blind part's analysis found (tests/corpus/gold/blind9/ANALYSIS-pairs.md), each on text written for
these tests: a Vietnamese span beside an English span joined by any common link, kept when the
evidence scores high enough; and the places where the evidence says no pair (English beside
English, a name beside what describes or locates it, citations, dates, another script)."""

from __future__ import annotations

import pytest

from glossary.mine.aligner import align
from glossary.mine.gloss_evidence import THRESHOLD, not_latin
from tests.mine_helpers import acronyms, doc, pairs

# --- the aligner's links, each in a wording no rule reads -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A flattened infobox puts a comma between a value and its parenthesis.
        (
            "- Parent body: Southern Rice Bureau, (Cục Lúa gạo Miền Nam)\n- Founded: 1990\n",
            ("Cục Lúa gạo Miền Nam", "Southern Rice Bureau"),
        ),
        # A dictionary's order: the form, how it sounds, then what it means, then Han characters.
        (
            "Tây Tiến (/vi/, /vi/, march to the west; 西進) was a wartime song.",
            ("Tây Tiến", "march to the west"),
        ),
        # A quoted term without diacritics the lexicons know, and a quoted rendering after ", or".
        ('Villagers called him "anh Tu", or "Fourth Brother," for years.', ("anh Tu", "Fourth Brother")),
        # A language label inside a parenthesis after an English name that keeps Vietnamese letters.
        (
            "Lady Quỳnh (Vietnamese: Bà Quỳnh, [ɓàː kʷɨ̀ŋ], Chữ Nôm: 婆瓊) led the revolt.",
            ("Bà Quỳnh", "Lady Quỳnh"),
        ),
        # "in Vietnamese" after the span: the text names its language, so a name renders a name.
        (
            "The shrine honours Zhen Wu, or Chân Vũ (chữ Hán: 真武) in Vietnamese, a Taoist deity.",
            ("Chân Vũ", "Zhen Wu"),
        ),
        # A quoted line of more than six words is one span; the rendering's capital article stays.
        (
            'The first line "Đoàn thuyền đánh cá ra khơi lúc chiều tà" ("The fishing fleet sails out at '
            'dusk") was later changed.',
            ("Đoàn thuyền đánh cá ra khơi lúc chiều tà", "The fishing fleet sails out at dusk"),
        ),
        # A quoted rendering may explain a verb with a long phrase opening with "to".
        (
            'Without the word rước ("to welcome someone with great ceremony", "to carry") the rite is plain.',
            ("rước", "to welcome someone with great ceremony"),
        ),
    ],
)
def test_the_aligner_reads_a_span_a_link_and_a_rendering(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A motto of comma parts with as many English parts in the parenthesis after it.
        (
            "Motto | Đoàn kết, Kỷ luật, Sáng tạo (Unity, Discipline, Creativity) |\n",
            ("Đoàn kết, Kỷ luật, Sáng tạo", "Unity, Discipline, Creativity"),
        ),
        # A slogan of dash parts under its English, the field label left out.
        (
            "Slogan Work – Study – Serve\n(Lao động - Học tập - Phục vụ)\nFounded 1956\n",
            ("Lao động - Học tập - Phục vụ", "Work – Study – Serve"),
        ),
    ],
)
def test_parallel_lists_are_one_pair(text: str, pair: tuple[str, str]) -> None:
    found = pairs(text)
    assert pair in found
    # No pair of the last part alone with the whole English list, or with its last word.
    assert not any(vi != pair[0] and vi in pair[0] for vi, _ in found)


def test_the_rules_reading_stands_where_a_rule_read_the_link() -> None:
    # The aligner reads only spans no rule's pair covers: one pair for one gloss.
    text = "Fish sauce (nước mắm) is everywhere."
    found = [m for m in align(doc(text), []) if m.vi]
    assert {vi for vi, _ in pairs(text)} == {"nước mắm"}
    assert len(found) == 1  # the aligner alone reads it too: the same evidence, one method
    assert found[0].confidence >= 0.4 + 0.3 * THRESHOLD


# --- where the evidence says no pair ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # English beside English.
        "The committee (a new body) met on Monday, or so the paper said.",
        "The Old Bridge – a landmark – draws crowds (mostly tourists).",
        # A Vietnamese name beside what describes or locates it.
        "Chùa Một Cột (a small shrine) stands near the mausoleum.",
        "He grew up in Buôn Ma Thuột (city centre) and left at twenty.",
        "Đại Việt (Vietnam) was the kingdom's name.",
        "Nguyễn Văn Bình (Governor) signed the order.",
        'Many still call Huế ("the old capital") by its epithet.',
        # Citations and dates.
        "See Trần Quốc Vượng (1998), Lịch sử Việt Nam, p. 12.",
        "Lý Thái Tổ (974–1028) moved the capital to Thăng Long.",
        "Hội An (15th century) was a trading port.",
        # Two place names and their spellings.
        "Hà Nội, Huế (Hanoi, Hue)\n",
        # Another script, a description that opens with a preposition, a file name.
        "Thiền (禪) reached the delta early.",
        "Nước mía (from sugar cane) is sold on every corner.",
        "Cầu Rồng (night).jpg\nThe bridge breathes fire on weekends.",
    ],
)
def test_no_pair_where_the_evidence_says_no(text: str) -> None:
    assert pairs(text) == set()


def test_a_span_of_a_longer_name_is_not_read_alone() -> None:
    # A Vietnamese name longer than a run is no span of its first six words.
    text = "The league, or Hội Liên hiệp Thanh niên Sinh viên Việt Nam Toàn quốc, was founded in 1956."
    assert not any(vi.startswith("Hội Liên hiệp") and len(vi.split()) == 6 for vi, _ in pairs(text))


def test_other_scripts_are_told_from_vietnamese_letters() -> None:
    assert not_latin("word 禪")
    assert not_latin("Москва")
    assert not not_latin("Trấn Quốc Pagoda")
    assert not not_latin("Ðông Hồ painting")


# --- acronyms: a wiki's own notices are no subject's terms ------------------------------------------------


def test_a_wiki_notice_defines_no_acronym() -> None:
    text = (
        "This page uses the International Phonetic Alphabet (IPA). For a guide on IPA symbols, see "
        "Help:IPA.\nThe Vietnam Fatherland Front (VFF) met in Hanoi.\n"
    )
    found = acronyms(text)
    assert ("VFF", "Vietnam Fatherland Front") in found
    assert not any(abbr == "IPA" for abbr, _ in found)


# --- a heading line above the lead is no part of the name it repeats ------------------------------


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_above_the_lead_leaves_the_label_read(gap: str) -> None:
    text = f"Lady Hương{gap}Lady Hương (Vietnamese: Bà Hương) was a warrior of the third century."
    assert ("Bà Hương", "Lady Hương") in pairs(text)


def test_a_hard_wrapped_sentence_still_reads_across_its_line() -> None:
    # The line before holds a lower-case word: a sentence wrapped by the page, not a heading.
    text = "The festival honours the hero of the\nTemple of Literature (Văn Miếu) in the old capital."
    assert any(en.endswith("Temple of Literature") for _, en in pairs(text))
