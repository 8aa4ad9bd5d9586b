"""Eighth round, name-variant links: the general causes of tests/corpus/gold/blind6/ANALYSIS-links.md,
each on texts written for these tests (several wordings, with and without diacritics, positive and
negative), mined through the whole pipeline: a link is two forms in one entry."""

from __future__ import annotations

import unicodedata

import pytest

from glossary.mine.form_tidy import tidy_forms
from glossary.mine.mentions import Mention
from glossary.mine.name_chains import extract_name_chains, extract_or_lists
from glossary.model import Kind
from tests.mine_helpers import doc, entry_with, has_form, linked, mine

# --- rank 1: one body's chain of names with more cues ------------------------------------------------

_CHAINS = [
    (
        # "internally", then a further cue, then "or simply" and a slashed first word.
        "The Vietnam People's Coast Watch (VPCW; Vietnamese: Tuần duyên nhân dân Việt Nam), internally "
        "the Sea Watch Service (Vietnamese: Quân chủng Tuần duyên (QCTD)), also known as the Vietnamese "
        "People's Coast Watch or simply Vietnam/Vietnamese Coast Watch (Vietnamese: Tuần duyên Việt Nam), "
        "guards the shore.\n",
        [
            "Vietnam People's Coast Watch",
            "Tuần duyên nhân dân Việt Nam",
            "Sea Watch Service",
            "Quân chủng Tuần duyên",
            "QCTD",
            "Vietnamese People's Coast Watch",
            "Vietnamese Coast Watch",
            "Tuần duyên Việt Nam",
        ],
    ),
    (
        # Without diacritics; "commonly known as".
        "The Delta Rice Board (DRB, Ban Lua gao Dong bang (BLGDB)), commonly known as the Rice Council "
        "(RC), sets prices.\n",
        ["Delta Rice Board", "DRB", "Ban Lua gao Dong bang", "BLGDB", "Rice Council", "RC"],
    ),
    (
        # "abbreviated X" with a pronunciation in the first parenthesis; "officially known as".
        "Northern Supply Bureau (abbreviated NOSUB /ˈnoʊsʌb/; Cục Hậu cần miền Bắc), officially known as "
        "the Logistics Directorate of the People's Front, ran the depots.\n",
        ["Northern Supply Bureau", "Cục Hậu cần miền Bắc", "Logistics Directorate of the People's Front"],
    ),
]


@pytest.mark.parametrize(("text", "forms"), _CHAINS)
def test_a_chain_of_names_with_more_cues_is_one_entry(text: str, forms: list[str]) -> None:
    entry = entry_with(text, forms[0])
    assert entry is not None
    missing = [f for f in forms if unicodedata.normalize("NFC", f) not in entry.forms()]
    assert not missing


def test_the_first_short_form_of_a_chain_is_its_abbreviation() -> None:
    entry = entry_with(_CHAINS[2][0], "Northern Supply Bureau")
    assert entry is not None and entry.abbr == "NOSUB"
    assert "NOSUB" not in [v.form for v in entry.variants]


def test_the_slashed_first_word_alone_is_no_form_of_the_body() -> None:
    entry = entry_with(_CHAINS[0][0], "Vietnam People's Coast Watch")
    assert entry is not None
    assert "Vietnam/Vietnamese Coast Watch" not in entry.forms()
    assert "Vietnam" not in entry.forms()


def test_commonly_alone_is_no_cue() -> None:
    # "commonly" needs "known as" or "called": here it is any adverb.
    text = "The Delta Rice Board (DRB), commonly the largest buyer, met the Rice Council (RC) in May.\n"
    assert not linked(text, "Delta Rice Board", "Rice Council")


def test_an_item_with_a_lower_case_gloss_stops_the_chain() -> None:
    # The chain reader reads no parenthesis with a gloss in it (the renames reader may still join
    # the two names: "X, also known as Y" is its own rule).
    text = "The Delta Rice Board (DRB; a state buyer), also known as the Rice Council (RC), sets prices.\n"
    assert not list(extract_name_chains(doc(text)))


# --- rank 2: "(SHORT, or Other)" and "(Tên or simply Tên2)" -------------------------------------------


def test_a_short_form_then_comma_or_another_name() -> None:
    text = (
        "The war pitted the Northern People's Army (NPA, or NA to the French) against the Southern "
        "Liberation Front (SLF, or Viet Minh South) for years.\n"
    )
    assert linked(text, "Northern People's Army", "NA")
    assert linked(text, "Southern Liberation Front", "Viet Minh South")
    assert not has_form(text, "NA to the French")
    assert not linked(text, "Northern People's Army", "Southern Liberation Front")


def test_a_comma_list_without_or_still_lists_members() -> None:
    text = "The bloc (Laos, Cambodia, CLMV) met in Hanoi. The group (Laos, Thailand, or ASEAN) met too.\n"
    assert not linked(text, "Laos", "Cambodia")
    assert not linked(text, "Laos", "Thailand")


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "The Red River Delta (Đồng bằng Sông Hồng or simply Châu thổ Bắc Bộ) is a flat plain.\n",
            ["Red River Delta", "Đồng bằng Sông Hồng", "Châu thổ Bắc Bộ"],
        ),
        (
            "The Perfume River Valley (Thung lũng Sông Hương or Thung lũng Hương Giang) is green.\n",
            ["Perfume River Valley", "Thung lũng Sông Hương", "Thung lũng Hương Giang"],
        ),
    ],
)
def test_vietnamese_names_joined_by_or_after_a_place(text: str, forms: list[str]) -> None:
    for other in forms[1:]:
        assert linked(text, forms[0], other)


def test_lower_case_words_joined_by_or_are_no_names() -> None:
    # Words in lower case are a gloss's (the gloss readers' own), not the place's other names.
    text = "The Mekong Delta (đồng bằng or châu thổ) is wet.\n"
    assert not list(extract_or_lists(doc(text)))


# --- rank 3: "whose real name is" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Võ Văn Tâm (Vietnamese: [vɔ̌ˀ vāŋ tə̄m]; 3 May 1920 – 1 June 1990) whose real name is "
            "Phan Văn Hải, was a politician.\n",
            "Võ Văn Tâm",
            "Phan Văn Hải",
        ),
        (
            "Le Van Tam (1910 – 1980), whose birth name was Le Van Hai, was a poet from Hue.\n",
            "Le Van Tam",
            "Le Van Hai",
        ),
    ],
)
def test_whose_real_name_is_gives_the_person_a_second_name(text: str, name: str, other: str) -> None:
    assert linked(text, name, other)


def test_whose_real_name_is_not_a_name() -> None:
    text = "Hanoi, whose real name is not known, was a dog.\n"
    assert not has_form(text, "not known")


def test_a_life_s_dates_are_no_english_side() -> None:
    # A label reader may take "Vietnamese: [IPA]; 3 May 1920 – 1 June 1990" as a gloss of the name.
    dated = Mention(Kind.PERSON, en="3 May 1920 – 1 June 1990", vi="Võ Văn Tâm")
    reign = Mention(Kind.PERSON, en="1802–1820", vi="Gia Long")
    named = Mention(Kind.TERM, en="1 May Square", vi="Quảng trường Mồng 1 tháng 5")
    tidy_forms([dated, reign, named])
    assert (dated.en, dated.vi) == ("", "Võ Văn Tâm")
    assert reign.en == ""
    assert named.en == "1 May Square"


# --- rank 4: a later short form with "Vietnam" as "VN" ------------------------------------------------


def test_a_later_short_form_counts_vietnam_as_vn() -> None:
    text = (
        "The Vietnam Rice Council (Vietnamese: Hội đồng Lúa gạo Việt Nam) is a body. The VNRC meets "
        "every year in Hanoi. The VNRC sets prices.\n"
    )
    assert linked(text, "Vietnam Rice Council", "VNRC")


def test_a_short_form_the_page_defines_in_a_parenthesis_is_not_taken() -> None:
    text = (
        "The Vietnam Air Force (Vietnamese: Không quân Việt Nam) flew. The South Air Force (RVNAF/VNAF) "
        "flew too. The VNAF lost in 1975.\n"
    )
    assert not linked(text, "Vietnam Air Force", "VNAF")


def test_a_token_inside_a_running_parenthesis_is_still_free() -> None:
    text = (
        "The Vietnam Rice Council (Vietnamese: Hội đồng Lúa gạo Việt Nam) has units (including VNRC "
        "Delta Office) in the south. The VNRC sets prices.\n"
    )
    assert linked(text, "Vietnam Rice Council", "VNRC")


# --- rank 5: a form's own short form or a wiki title's place in a trailing parenthesis ----------------


def test_a_trailing_own_short_form_is_dropped_from_a_form() -> None:
    text = "The Naval Service (Vietnamese: Quân chủng Hải quân (QCHQ)) guards the sea.\n"
    assert not has_form(text, "Quân chủng Hải quân (QCHQ)")
    assert has_form(text, "Quân chủng Hải quân")


@pytest.mark.parametrize(
    ("form", "tidy"),
    [
        ("Ministry of Health (Vietnam)", "Ministry of Health"),  # a wiki title's place
        ("Quân chủng Hải quân (QCHQ)", "Quân chủng Hải quân"),  # the name's own short form
        ("Ministry of Health (Bộ Y tế)", "Ministry of Health (Bộ Y tế)"),  # no place, no short form
        ("Trade Office (Hanoi Branch)", "Trade Office (Hanoi Branch)"),
        ("Hanoi (Vietnam)", "Hanoi (Vietnam)"),  # one word before: left to the place rules
    ],
)
def test_a_trailing_parenthesis_is_dropped_only_when_it_is_no_part_of_the_name(form: str, tidy: str) -> None:
    mention = Mention(Kind.ORGANISATION, en=form)
    tidy_forms([mention])
    assert mention.en == tidy


# --- rank 6: "Vietnamese X" and "Vietnam X" -----------------------------------------------------------


def test_vietnamese_x_is_vietnam_x_for_a_body() -> None:
    text = (
        "The Vietnam Farmers' Union (VFU) is a mass body. In 1976 the Vietnamese Farmers' Union "
        "opened an office in Hue.\n"
    )
    assert linked(text, "Vietnam Farmers' Union", "Vietnamese Farmers' Union")


def test_vietnamese_and_one_word_is_left_alone() -> None:
    text = "The Vietnam Navy (VN Navy) sailed. The Vietnamese Navy of the south (RVNN) sailed too.\n"
    assert not linked(text, "Vietnam Navy", "Vietnamese Navy")


# --- rank 7: a city's short form written only inside other names --------------------------------------


def test_a_token_written_only_as_a_name_s_first_word_is_no_abbreviation() -> None:
    text = (
        "Ho Chi Minh City is the largest city. The HCMC Securities Trading Center opened in 2000. "
        "The HCM Stock Exchange (HOSE) followed.\n"
    )
    assert not linked(text, "Ho Chi Minh City", "HCMC")
    assert not linked(text, "Ho Chi Minh City", "HCM")


def test_a_token_written_alone_once_is_the_city_s_abbreviation() -> None:
    text = (
        "Ho Chi Minh City is the largest city. HCMC has ten million people. The HCMC Securities "
        "Trading Center opened in 2000.\n"
    )
    assert linked(text, "Ho Chi Minh City", "HCMC")


# --- rank 8: terms that differ only by tone, renderings that differ only by case ----------------------


def test_words_that_differ_only_by_tone_stay_apart() -> None:
    text = (
        "The signs are Tý (Rat), Sửu (Ox) and Tỵ (Snake). In the north the cat is Mèo (cat); "
        "the fourth sign is Mão (Cat).\n"
    )
    assert not linked(text, "Tý", "Tỵ")
    assert not linked(text, "Mèo", "Mão")
    assert linked(text, "Tý", "Rat") and linked(text, "Tỵ", "Snake")


def test_a_marked_word_still_joins_itself_unmarked_and_untranslated() -> None:
    text = (
        "Phở (noodle soup) is eaten at breakfast. Many stalls sell phở all day; a bowl of pho costs little.\n"
    )
    entries = [e for e in mine(text) if "phở" in [f.lower() for f in e.forms()]]
    assert len(entries) == 1


def test_a_word_left_untranslated_with_other_marks_joins_the_glossed_word() -> None:
    # A quote in another language writes the word with other marks; no gloss has those marks.
    text = (
        "Provinces were divided into prefectures, or phủ, under the old order. A French text says: "
        "il y a laissé les phù comme auparavant.\n"
    )
    assert not [e for e in mine(text) if e.vi == "phù"]


# --- kinds: a coast guard is a body ----------------------------------------------


def test_a_guard_is_a_body_not_a_place() -> None:
    entry = entry_with("The Vietnam Coast Guard patrols the sea near Hai Phong.\n", "Vietnam Coast Guard")
    assert entry is not None and entry.kind is Kind.ORGANISATION
