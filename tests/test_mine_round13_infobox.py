"""Round 13: flattened infoboxes and tables (tests/corpus/gold/blind11/ANALYSIS-infobox.md), each
shape on text written for these tests, with the wordings that must stay unread: labels glued to
their values, compound keys, lists of abbreviations, a short name as an abbreviation, a field's own
abbreviation, former names in a value, "English, (Vietnamese)" values, a motto's Vietnamese line,
a title cell of two names, parallel title stacks, a title written two ways, a single-spaced table."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.box_labels import LABELS, unglue
from glossary.mine.infobox import _FIELD_AFTER_BREAK
from glossary.model import Kind
from tests.mine_helpers import entry_with, linked, mine

# --- labels glued to their values ----------------------------------------------------------------


def test_glued_labels_are_cut_from_their_values() -> None:
    text = "Emperor Long\nReign1801–1820\nSuccessorBao Khanh\nRegentBảo Khánh (1820–1822)\nFatherLê Văn Tâm\n"
    out = unglue(text)
    assert "Successor: Bao Khanh" in out
    assert "Regent: Bảo Khánh (1820–1822)" in out
    assert "Father: Lê Văn Tâm" in out
    assert "Reign1801" in out  # a digit after the label: no name, left alone
    assert out.count("\n") == text.count("\n")  # line numbers do not move


def test_one_glued_row_alone_is_left_as_written() -> None:
    # A label word run into a capital once is a brand name or a typo, not an infobox.
    text = "CapitalLand opened an office.\nThe city grew."
    assert unglue(text) is text


def test_a_label_alone_on_its_line_or_in_lower_case_is_no_glued_row() -> None:
    text = "Nickname(s)\n  • River Guard\nTypeface is small\nCountryVietnam\nProvinceQuảng Trị\n"
    out = unglue(text)
    assert "Nickname(s)\n" in out and "Typeface" in out
    assert "Country: Vietnam" in out and "Province: Quảng Trị" in out


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(LABELS), st.sampled_from(["Bảo", "Minh ", "x", "(", "“", ": ", "1"])),
        max_size=40,
    ).map(lambda parts: "\n".join("".join(parts[i : i + 3]) for i in range(0, len(parts), 3)))
)
def test_unglue_only_inserts_separators(text: str) -> None:
    out = unglue(text)
    assert out.count("\n") == text.count("\n")
    assert (len(out) - len(text)) % 2 == 0
    assert out.replace(": ", "") == text.replace(": ", "") or ": " in text


def test_unglue_is_linear_on_a_long_hostile_line() -> None:
    # One line of label words run together, and many short glued rows: no backtracking blow-up.
    text = "Name" * 50_000 + "\n" + "SuccessorA\n" * 20_000
    out = unglue(text)
    assert out.count("Successor: A") == 20_000


def test_glued_person_fields_link_a_name_written_two_ways() -> None:
    text = (
        "Emperor Long\n"
        "Reign1801–1820\n"
        "SuccessorBao Khanh\n"
        "RegentBảo Khánh (1820–1822)\n"
        "FatherLê Văn Tâm\n\n"
        "Emperor Long ruled the south for twenty years before his son took the throne.\n"
    )
    assert linked(text, "Bao Khanh", "Bảo Khánh")


def test_a_person_field_that_goes_on_in_words_names_no_person() -> None:
    text = "PredecessorĐông Sơn renamed to Nam Sơn\nSuccessorĐoàn Hưng\nBornHà Tĩnh\n"
    entry = entry_with(text, "Đông Sơn renamed to Nam Sơn")
    assert entry is None


def test_a_glued_official_name_under_a_vietnamese_heading_is_its_rendering() -> None:
    text = (
        "Jump to content\n\nHòn Mây\n\nFrom the encyclopedia\n"
        "CountryVietnam\nTypeTemple\nOfficial nameHon May Sanctuary\n\n"
        "Hòn Mây is a group of ruined temples in the hills of central Vietnam, built over four centuries.\n"
    )
    assert linked(text, "Hòn Mây", "Hon May Sanctuary")


# --- abbreviation fields ---------------------------------------------------------------------------


def test_an_abbreviation_field_listing_several_short_forms() -> None:
    text = (
        "= Vietnam River Guard =\n\n"
        "- Agencyname: Vietnam River Guard\n"
        "- Abbreviation: VRG / VNRG / CSSVN\n"
        "- Formed: 1 May 2001\n"
    )
    entry = entry_with(text, "VRG")
    assert entry is not None and entry.kind is Kind.ACRONYM
    assert {"VNRG", "CSSVN", "Vietnam River Guard"} <= set(entry.forms())


def test_a_second_abbreviation_in_parentheses_after_the_first() -> None:
    text = (
        "River Guard Forces\n\nVietnam River Guard Forces\nCông an Sông Việt Nam\n"
        "Common nameguards (bảo vệ)\nAbbreviationVRGF (CASV)\nCountryVietnam\nFormed1 May 2001\n"
    )
    entry = entry_with(text, "VRGF")
    assert entry is not None and entry.kind is Kind.ACRONYM
    assert "Vietnam River Guard Forces" in entry.forms()


def test_an_abbreviation_field_holding_a_short_name() -> None:
    text = (
        "= Viet Hoa =\n\nLeague for the Unity of Vietnam\n"
        "- Abbreviation: Việt Hòa\n- Founded: 2 May 1940\n- Country: Vietnam\n\n"
        "The Việt Hòa was a coalition formed in 1940 by several parties of the north.\n"
    )
    entry = entry_with(text, "League for the Unity of Vietnam")
    assert entry is not None and entry.kind is Kind.ACRONYM
    assert entry.abbr == "Việt Hòa"


def test_a_field_abbreviation_belongs_to_its_field_not_to_the_box() -> None:
    text = (
        "= Vietnam River Guard =\n\n- Agencyname: Vietnam River Guard\n"
        "- Abbreviation: VRG\n- Country: Vietnam\n- Countryabbr: SRV\n- Headquarters: Hanoi\n"
    )
    assert linked(text, "Vietnam", "SRV")
    assert not linked(text, "Vietnam River Guard", "SRV")


# --- values ------------------------------------------------------------------------------------------


def test_a_former_name_in_a_values_parenthesis() -> None:
    text = (
        "= Vietnam River Guard =\n\n- Agencyname: Vietnam River Guard\n"
        "- Formed: 1 May 2001 (as Vietnam River Police)\n- Country: Vietnam\n"
    )
    assert linked(text, "Vietnam River Guard", "Vietnam River Police")
    text = (
        "= Vietnam River Guard =\n\n- Agencyname: Vietnam River Guard\n"
        "- Preceding1: Vietnam River Police (former name)\n- Country: Vietnam\n"
    )
    assert linked(text, "Vietnam River Guard", "Vietnam River Police")


def test_an_english_value_then_its_vietnamese_after_a_comma() -> None:
    text = (
        "= Unity League =\n\n- Founded: 1940\n- Newspaper: National Voice, (Tiếng Nước)\n- Country: Vietnam\n"
    )
    entry = entry_with(text, "Tiếng Nước")
    assert entry is not None and "National Voice" in entry.forms()
    assert entry.kind is Kind.ORGANISATION  # the label says what the name does not


def test_a_list_or_a_place_in_a_values_parenthesis_renders_nothing() -> None:
    text = (
        "= Mường Hạ people =\n\n- Group: Mường Hạ\n- Related: Other hill groups, (Kinh, Tày, Thổ peoples)\n"
        "- Region: Central Vietnam (Huế)\n"
    )
    assert entry_with(text, "Other hill groups") is None or "Kinh, Tày, Thổ peoples" not in (
        entry_with(text, "Other hill groups").forms()
    )
    huế = entry_with(text, "Huế")
    assert huế is None or "Central Vietnam" not in huế.forms()


def test_a_motto_in_english_then_its_vietnamese_line() -> None:
    text = (
        "Vietnam River Guard\n\nCountryVietnam\nMottoGuarding the Rivers\nBảo vệ những dòng sông\n"
        "FormedMay 2001\n"
    )
    entry = entry_with(text, "Bảo vệ những dòng sông")
    assert entry is not None and "Guarding the Rivers" in entry.forms()


# --- title lines -------------------------------------------------------------------------------------


def test_a_title_cell_with_the_english_and_the_native_name_run_together() -> None:
    text = "Hòa Bình Province Tỉnh Hòa Bình |\n|\n---|---|\nCountry | Vietnam |\nCapital | Hòa Bình |\n"
    entry = entry_with(text, "Tỉnh Hòa Bình")
    assert entry is not None and "Hòa Bình Province" in entry.forms()


def test_two_names_of_two_places_run_together_are_no_pair() -> None:
    text = "Hòa Bình Province Tỉnh Sơn La |\n|\n---|---|\nCountry | Vietnam |\n"
    entry = entry_with(text, "Tỉnh Sơn La")
    assert entry is None or "Hòa Bình Province" not in entry.forms()


def test_parallel_title_stacks() -> None:
    text = (
        "Nguyễn Long dynasty\n\nKingdom of An Nam (1800–1820)\nEmpire of Đại Sơn (1820–1900)\n\n"
        "An Nam Quốc (安南國)\nĐại Sơn Quốc (大山國)\nCapital Huế\nCommon languages Vietnamese\n"
    )
    assert linked(text, "An Nam Quốc", "Kingdom of An Nam")
    assert linked(text, "Đại Sơn Quốc", "Empire of Đại Sơn")
    assert not linked(text, "An Nam Quốc", "Empire of Đại Sơn")


def test_stacks_of_unequal_length_pair_nothing() -> None:
    text = (
        "Kingdom of An Nam (1800–1820)\nEmpire of Đại Sơn (1820–1900)\nRepublic of Bắc Hà\n\n"
        "An Nam Quốc (安南國)\nĐại Sơn Quốc (大山國)\nCapital Huế\n"
    )
    assert not linked(text, "An Nam Quốc", "Kingdom of An Nam")


def test_a_title_and_the_box_name_line_written_two_ways() -> None:
    text = "= Ban Xa Falls =\n\nBản Xá Falls\n- Map: northern Vietnam\n- Watercourse: Xá River\n"
    assert linked(text, "Ban Xa Falls", "Bản Xá Falls")


# --- a table flattened with single spaces ---------------------------------------------------------


_TABLE = (
    "Some of the words are:\n\n"
    "Term Reciprocal Literal meaning Usage Note\n"
    "dì cháu aunt a woman of the parents' generation used in the North\n"
    "dượng cháu uncle by marriage a man of the parents' generation\n"
    "cô cháu or con paternal aunt; father's sister a teacher (female)\n"
    "cháu or con niece an older woman\n"
    "\nThese words are also used for people who are not related.\n"
)


def test_a_single_spaced_table_under_a_term_and_meaning_header() -> None:
    found = {(e.vi, e.en) for e in mine(_TABLE) if e.vi and e.en}
    assert ("dì", "aunt") in found
    assert ("dượng", "uncle by marriage") in found
    assert ("cô", "paternal aunt") in found


def test_a_row_whose_term_was_lost_is_not_read_as_another_term() -> None:
    # "cháu or con niece": the row's term cell is missing; "cháu" is the reciprocal, not a term.
    found = {(e.vi, e.en) for e in mine(_TABLE) if e.vi and e.en}
    assert ("cháu", "niece") not in found


def test_no_header_no_table() -> None:
    text = "dì cháu aunt a woman of the parents' generation\ndượng cháu uncle by marriage a man\n"
    found = {(e.vi, e.en) for e in mine(text) if e.vi and e.en}
    assert ("dì", "aunt") not in found


# --- a short form spelled by the initials of the box's Vietnamese name ------------------------------


def test_a_nickname_row_spelling_the_initials_of_the_native_name() -> None:
    text = (
        "Navy of the Southern Republic | |\n---|---|\n(Hải quân Nam Việt Cộng Hòa) | |\n"
        "Country | Southern Republic |\nType | Navy |\nNickname(s) | HQNVCH (SRN in English) |\n"
        "The Navy of the Southern Republic was the naval force of the south from 1955 to 1975.\n"
    )
    entry = entry_with(text, "HQNVCH")
    assert entry is not None and "Hải quân Nam Việt Cộng Hòa" in entry.forms()


def test_capitals_that_are_no_initials_of_the_native_name_are_no_short_form() -> None:
    text = (
        "Navy of the Southern Republic | |\n---|---|\n(Hải quân Nam Việt Cộng Hòa) | |\n"
        "Country | Southern Republic |\nNickname(s) | HQVN |\n"
    )
    entry = entry_with(text, "HQVN")
    assert entry is None or "Hải quân Nam Việt Cộng Hòa" not in entry.forms()


# --- the field pattern's possessive key reads the same fields as the plain pattern -------------------

_PLAIN_FIELD = re.compile(
    r"\n[ \t]*(?:[-*|•][ \t]*)?"
    r"(?P<key>[A-Za-z][A-Za-z0-9 _\t]{0,40}(?:[ \t]-[ \t][A-Za-z][A-Za-z0-9 _\t]{0,30})?)"
    r"[:=][ \t]*(?P<value>[^\n]*)"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab1 _\t-:=\n|•é", max_size=120))
def test_the_possessive_field_pattern_reads_what_the_plain_one_reads(text: str) -> None:
    def read(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str, str]]:
        return [(m.span(), m.group("key"), m.group("value")) for m in pattern.finditer("\n" + text)]

    assert read(_FIELD_AFTER_BREAK) == read(_PLAIN_FIELD)
