"""The checker's judgements on texts: each finding code, the house styles, the guards against false alarms."""

from __future__ import annotations

import pytest

from glossary.check import Style
from glossary.check.nearmiss import distance
from glossary.text import ToneStyle
from tests.check_helpers import brief, check_text

VI, EN, END = Style.VI, Style.EN, Style.EN_DIACRITICS


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        # partial diacritics are wrong in every style; the fix follows the style
        ("Then Tô Lam spoke.", None, [("VN102", "Tô Lam", ("Tô Lâm",))]),
        ("Then Tô Lam spoke.", EN, [("VN102", "Tô Lam", ("To Lam",))]),
        ("Then Tô Lam spoke.", END, [("VN102", "Tô Lam", ("Tô Lâm",))]),
        ("A visit to Viêt Nam.", None, [("VN102", "Viêt Nam", ("Việt Nam",))]),
        ("A visit to Ha Nội.", VI, [("VN102", "Ha Nội", ("Hà Nội",))]),
        # a word lacking only its tone that is a syllable of its own may be another name: left alone;
        # one that cannot be a syllable without a tone ("Viêt": p, t, c, ch finals need one) is partial
        ("A visit to Hà Nôi.", None, []),
        ("Mr Tô Lâm and Mr Tô Lam.", None, [("VN102", "Tô Lam", ("Tô Lâm",))]),
        # a mark the glossary's name does not have: another name ("Hưng" is not "Hùng")
        ("A visit to Hà Nổi.", None, []),
        # house style: the preferred spelling of the same name
        ("General To Lam spoke.", END, [("VN101", "To Lam", ("Tô Lâm",))]),
        ("Tô Lâm spoke.", EN, [("VN101", "Tô Lâm", ("To Lam",))]),
        ("Ha Noi is large.", EN, [("VN101", "Ha Noi", ("Hanoi",))]),
        ("Hanoi is large.", VI, [("VN101", "Hanoi", ("Hà Nội",))]),
        ("Hà Nội is large.", END, []),
        ("Hanoi is large.", EN, []),
        # no house style: every listed spelling is fine, and an unlisted bare one too
        ("Ha Noi and To Lam.", None, []),
        # deprecated forms, whatever the style
        ("Ha-noi is large.", None, [("VN105", "Ha-noi", ("Hanoi",))]),  # no style: keeps the text bare
        ("Ha-noi is large.", EN, [("VN105", "Ha-noi", ("Hanoi",))]),
        # one word of the found form in lower case does not lower the fix's ("Nội", not "nội")
        ("Ha-noi is large.", END, [("VN105", "Ha-noi", ("Hà Nội",))]),
        # the glossary's own capitals decide what is a name: "to lam" in lower case is not one
        ("We have to lam it.", END, []),
        # a headline in capitals gets a fix in capitals
        ("TO LAM IN PARIS", END, [("VN101", "TO LAM", ("TÔ LÂM",))]),
        # a comma or a blank line is not inside a name
        ("Tô, Lam", END, []),
        ("It was Tô\n\nLam", END, []),
        # a lower-case term keeps its case in the fix
        ("the doi moi policy", END, [("VN101", "doi moi", ("đổi mới",))]),
        # two entries fold alike: ambiguous, two candidates, never guessed
        ("Mount Yên Tu", None, [("VN102", "Yên Tu", ("Yên Tử", "Yên Từ"))]),
        ("Mount Yen Tu", VI, [("VN101", "Yen Tu", ("Yên Tử", "Yên Từ"))]),
        ("Mount Yên Tử", VI, []),
    ],
)
def test_names_under_house_style(text, style, expected):
    assert brief(check_text(text, style)) == expected


def test_tone_placement_follows_the_house():
    # Khánh Hòa in the glossary; the house style decides which placement a text must use
    assert brief(check_text("Khánh Hoà province", tone=ToneStyle.OLD)) == [("VN106", "Hoà", ("Hòa",))]
    assert brief(check_text("Khánh Hòa province", tone=ToneStyle.NEW)) == [("VN106", "Hòa", ("Hoà",))]
    assert brief(check_text("Khánh Hòa province", tone=ToneStyle.OLD)) == []
    # no tone style: either placement is fine on its own
    assert brief(check_text("Khánh Hoà province")) == []
    # any word, not only glossary names: "thuỷ" in the old style is "thủy"
    assert brief(check_text("nước thuỷ triều", tone=ToneStyle.OLD)) == [("VN106", "thuỷ", ("thủy",))]


def test_a_tone_fix_inside_a_name_fix_is_one_fix():
    # partial diacritics and the other tone placement in one name: the name's fix carries both
    found = brief(check_text("Khanh Hoà province", VI, ToneStyle.OLD))
    assert found == [("VN102", "Khanh Hoà", ("Khánh Hòa",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She met Audrey Azoulai there.", [("VN103", "Audrey Azoulai", ("Audrey Azoulay",))]),
        ("The Thang Lomg citadel.", [("VN103", "Thang Lomg", ("Thang Long",))]),
        ("The Thăng Lomg citadel.", [("VN103", "Thăng Lomg", ("Thăng Long",))]),
        # a transposition is one edit
        ("The Thang Lnog citadel.", [("VN103", "Thang Lnog", ("Thang Long",))]),
        # an English word is never a near miss ("lone"), nor a syllable of a Vietnamese place ("Lang")
        ("The Thang Lone citadel.", []),
        ("The Thang Lang road.", []),
        # the other words of the name must be there: "Lomg" alone is nobody
        ("Mr Lomg said.", []),
        # lower case is not a name
        ("the thang lomg", []),
    ],
)
def test_near_misses(text, expected):
    assert brief(check_text(text)) == expected


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("long", "lomg", 1),
        ("long", "lnog", 1),
        ("azoulay", "azoulai", 1),
        ("azoulay", "zaoulya", 2),
        ("ab", "ab", 0),
    ],
)
def test_distance_counts_transpositions_as_one(a, b, edits):
    assert distance(a, b, 3) == edits


def test_same_name_spelt_two_ways_is_reported_at_the_second_naming_the_first():
    findings = check_text("Tô Lâm arrived.\nLater To Lam spoke.\n")
    assert brief(findings) == [("VN104", "To Lam", ("Tô Lâm",))]
    assert (findings[0].line, findings[0].col) == (2, 7)
    assert "line 1" in findings[0].message


def test_names_outside_the_glossary_are_compared_with_themselves():
    text = "Nguyễn Văn Bình came.\nThen Nguyen Van Binh left.\nNguyễn Van Bình stayed.\n"
    assert brief(check_text(text)) == [
        ("VN104", "Nguyen Van Binh", ("Nguyễn Văn Bình",)),
        ("VN102", "Nguyễn Van Bình", ("Nguyễn Văn Bình",)),
    ]


def test_two_glossary_names_that_fold_alike_are_not_one_name_spelt_twice():
    assert brief(check_text("Yên Tử mountain and Yên Từ commune.", VI)) == []


def test_a_short_form_counts_only_after_the_full_name():
    # "Lâm" alone is not Tô Lâm: no finding; after the full name it is his short form
    assert brief(check_text("Lâm said.", EN)) == []
    assert brief(check_text("To Lam came. Lâm said.", EN)) == [("VN101", "Lâm", ("Lam",))]


def test_candidates_count_only_when_asked():
    assert brief(check_text("Pham Minh Chinh spoke.", VI)) == []
    found = brief(check_text("Pham Minh Chinh spoke.", VI, include_candidates=True))
    assert found == [("VN101", "Pham Minh Chinh", ("Phạm Minh Chính",))]


def test_select_and_ignore_by_code_or_prefix():
    text = "Tô Lam met Audrey Azoulai."
    assert {f.code for f in check_text(text)} == {"VN102", "VN103"}
    assert {f.code for f in check_text(text, select=("VN103",))} == {"VN103"}
    assert {f.code for f in check_text(text, ignore=("VN10",))} == set()


def test_html_markup_and_markdown_code_are_not_prose():
    html = (
        '<p>In <a href="https://x.org/Ha-Noi">Ha&nbsp;Nội</a></p><p>Tô</p><p>Lam</p><script>"Tô Lam"</script>'
    )
    assert brief(check_text(html, name="p.html")) == [("VN102", "Ha Nội", ("Hà Nội",))]
    markdown = "# Tô Lam\n\nSee `Tô Lam` and [Viêt Nam](https://x/Viêt)\n"
    assert brief(check_text(markdown, name="m.md")) == [
        ("VN102", "Tô Lam", ("Tô Lâm",)),
        ("VN102", "Viêt Nam", ("Việt Nam",)),
    ]


def test_positions_count_characters_of_the_file_line():
    findings = check_text("Line one.\r\nThe end: Tô Lam.\r\n")
    assert [(f.line, f.col, f.end_line, f.end_col) for f in findings] == [(2, 10, 2, 16)]
    assert findings[0].context == "The end: Tô Lam."


@pytest.mark.parametrize(
    "text",
    [
        # a gloss or an alternative given on purpose right after the first spelling
        "Thang Long (Thăng Long) is old.",
        "Thăng Long or Thang Long, as you like.",
        # a Vietnamese phrase quoting the Vietnamese name
        "Thang Long is the old name (in Vietnamese: kinh đô Thăng Long cũ).",
        # a quotation keeps its own spelling (a cited headline)
        'Thang Long was old. A paper wrote "Thăng Long at 1000".',
        # capitals: a logo or a call sign
        "Thăng Long is old. THANG LONG AIRWAYS flies there.",
    ],
)
def test_spellings_given_on_purpose_are_not_inconsistencies(text):
    assert brief(check_text(text)) == []


def test_plural_of_a_name_is_no_near_miss():
    assert brief(check_text("The two Vietnams of the war years; Thang Long.")) == []
