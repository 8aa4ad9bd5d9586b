"""Seventh round: the general causes of the gloss-pair and acronym misses that the fourth blind part's
analysis ranked (tests/corpus/gold/blind5/ANALYSIS-pairs.md), each on text written for these tests:
tables whose rows pair a Vietnamese cell with an English one, dash lists, ", abbreviated SF" after a
name and its parenthesis, slashed short forms, "the word X for Y"; with and without diacritics, lower,
title and capital case, positive and negative cases."""

from __future__ import annotations

import pytest

from tests.mine_helpers import acronyms, pairs

# --- tables: one column Vietnamese, one short English ---------------------------------------------------

_FRUIT_TABLE = """Fruit at the market
English | Vietnamese | Season |
---|---|---|
Mango | Xoài | Hot months, sold ripe or green with salt |
Jackfruit | Mít | All year round in the south of the country |
Rambutan | Chôm chôm | Early summer, mostly from the Mekong delta |
Dragon fruit | Thanh long | From the coast, harvested many times a year |
"""


def test_a_table_pairs_its_vietnamese_column_with_the_short_english_one() -> None:
    found = pairs(_FRUIT_TABLE)
    assert {("Xoài", "Mango"), ("Mít", "Jackfruit"), ("Chôm chôm", "Rambutan")} <= found
    # The season column is English too, but a sentence per row: no rendering.
    assert not any(en.startswith(("Hot months", "All year")) for _, en in found)
    # The header row names the columns; it is no pair.
    assert ("Vietnamese", "English") not in found


def test_a_table_with_the_vietnamese_column_first_in_lower_case() -> None:
    text = "Kitchen words\nnồi | pot |\nchảo | frying pan |\nđũa | chopsticks |\nmuỗng | spoon |\n"
    assert {("nồi", "pot"), ("chảo", "frying pan"), ("đũa", "chopsticks"), ("muỗng", "spoon")} <= pairs(text)


def test_a_table_in_capitals() -> None:
    text = "Signs\nEXIT | LỐI RA |\nENTRANCE | LỐI VÀO |\nTOILET | NHÀ VỆ SINH |\n"
    found = pairs(text)
    assert ("LỐI RA", "EXIT") in found
    assert ("NHÀ VỆ SINH", "TOILET") in found


@pytest.mark.parametrize(
    "text",
    [
        # A flattened infobox: field names and people's names, "Preceded by" in each office.
        "| Prime Minister | Phạm Văn Bình |\n| Preceded by | Lê Thị Hoa |\n| Succeeded by | Trần Quốc Nam |\n"
        "| Preceded by | Đỗ Minh Tâm |\n",
        # Numbers: no cell is a word.
        "Year | Số dân | Tỉnh |\n1999 | 120 000 | 12 |\n2009 | 134 500 | 13 |\n2019 | 150 250 | 14 |\n",
        # Names in two languages are not translations: places.
        "City | Thành phố |\nHanoi | Hà Nội |\nHue | Huế |\nSaigon | Sài Gòn |\n",
        # Only two rows: too few to judge a column.
        "Mango | Xoài |\nJackfruit | Mít |\n",
        # The English column is descriptions, never a short rendering.
        "Xoài | Sold ripe or green with salt and chilli |\nMít | Eaten fresh or dried as a snack |\n"
        "Ổi | Sliced and dipped in salt with chilli |\n",
    ],
)
def test_tables_that_give_no_pair(text: str) -> None:
    assert not pairs(text)


# --- dash lists --------------------------------------------------------------------------------------


_INSTRUMENTS = """Instruments of the village band:

  • Trống cơm - barrel drum tuned with rice paste
  • Sáo trúc (also called sáo ngang) - transverse bamboo flute; still common
  • Đàn nhị - two-string fiddle with a snakeskin sound box
  • Kloong put - bamboo tubes played by clapping the hands

"""


def test_a_dash_list_gives_a_pair_per_vietnamese_line() -> None:
    found = pairs(_INSTRUMENTS)
    assert ("Trống cơm", "barrel drum tuned with rice paste") in found
    # The other names in the parenthesis and the comment after the semicolon are left out.
    assert ("Sáo trúc", "transverse bamboo flute") in found
    assert ("Đàn nhị", "two-string fiddle with a snakeskin sound box") in found
    # A line in another language (no diacritics, not Vietnamese) keeps the list's shape only.
    assert not any(vi.startswith("Kloong") for vi, _ in found)


def test_a_dash_list_with_en_dashes_and_no_bullets() -> None:
    text = (
        "Words for rice:\ngạo – uncooked rice grains\ncơm – cooked rice served at meals\nxôi – sticky rice\n"
    )
    assert {("gạo", "uncooked rice grains"), ("cơm", "cooked rice served at meals")} <= pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # Names described, places of origin: no rendering.
        "- Hà Nội - capital since 1010 and seat of government\n- Đà Nẵng - port city on the central coast\n",
        "- Bún chả - Hanoi\n- Bánh xèo - Saigon\n",
        # Without diacritics the left side is no surely Vietnamese term.
        "- Nha Trang - beach town with many resorts\n- Da Lat - hill town with pine forests\n",
        # A lone line with a long description is no list.
        "Hội An - an old trading port on the Thu Bồn river with yellow houses and many lanterns\n",
    ],
)
def test_dash_lines_that_give_no_list_pair(text: str) -> None:
    found = pairs(text)
    assert not any(len(en.split()) > 3 for _, en in found), found
    assert ("Bún chả", "Hanoi") not in found


# --- the English side capitalised by its sentence ---------------------------------------------------------


def test_an_english_side_opening_the_sentence_is_lowered_when_the_text_writes_it_so() -> None:
    text = "Communes (Vietnamese: xã) are the smallest units. Several communes make a district."
    assert ("xã", "communes") in pairs(text)


def test_a_capitalised_english_name_stays_capitalised() -> None:
    text = "Perfume River (sông Hương) runs through the city. The river is calm."
    assert all(en[:1].isupper() for vi, en in pairs(text) if vi == "sông Hương")


# --- English sides that render nothing -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Hội Nông dân Việt Nam or HNDVN is a mass organisation.",
        "Bún chả (pronounced boon cha) is a Hanoi dish.",
        "It grew with another farming movement known as Hòa Hảo in the delta.",
    ],
)
def test_no_pair_with_a_short_form_a_pronunciation_or_a_class(text: str) -> None:
    found = pairs(text)
    assert not any(en.isupper() or en.startswith(("pronounced", "another")) for _, en in found), found


# --- "the word X for Y" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sound is close to the Vietnamese word chó for dog.", ("chó", "dog")),
        ("Children learn the word Mẹ for mother.", ("Mẹ", "mother")),
        ("Older people still use the term đồng hồ for clock, as before.", ("đồng hồ", "clock")),
    ],
)
def test_the_word_x_for_y(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "She waited at Bến Thành for an hour.",
        "The word Tết for many families means going home to the village.",
        "They used the word ok for everything.",
    ],
)
def test_no_word_for_pair(text: str) -> None:
    assert not pairs(text)


# --- acronyms ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Hội Nông dân Việt Nam (Vietnamese Farmers' Union), abbreviated HNDVN, has members in "
            "every commune.",
            ("HNDVN", "Hội Nông dân Việt Nam"),
        ),
        (
            "The Đảng Dân chủ Việt Nam (lit. 'Democratic Party of Vietnam'; chữ Hán: 黨民主越南), "
            "abbreviated as ĐDCVN, was founded in 1944.",
            ("ĐDCVN", "Đảng Dân chủ Việt Nam"),
        ),
        (
            "The National Assembly Office, abbreviated NAO, prepares the sessions.",
            ("NAO", "National Assembly Office"),
        ),
        (
            "Talks covered weapons of mass destruction/chemical weapons (WMD/CW) in the region.",
            ("CW", "chemical weapons"),
        ),
        (
            "Talks covered weapons of mass destruction/chemical weapons (WMD/CW) in the region.",
            ("WMD", "weapons of mass destruction"),
        ),
    ],
)
def test_abbreviated_after_and_slashed_short_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in acronyms(text)


@pytest.mark.parametrize(
    "text",
    [
        # The short form does not spell the name.
        "The Ministry of Health, abbreviated XYZ in one report, published the data.",
        # Slashes whose sides do not spell the short forms.
        "The rate of inflation/growth (CPI/GDP) was published.",
    ],
)
def test_no_acronym_from_a_short_form_that_spells_nothing(text: str) -> None:
    found = acronyms(text)
    assert not any(abbr in ("XYZ", "CPI", "GDP") for abbr, _ in found), found
