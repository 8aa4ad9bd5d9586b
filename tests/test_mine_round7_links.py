"""Seventh round, name-variant links: the general causes of tests/corpus/gold/blind5/ANALYSIS-links.md,
each on texts written for these tests (several wordings, with and without diacritics, positive and
negative), mined through the whole pipeline: a link is two forms in one entry."""

from __future__ import annotations

import unicodedata

import pytest

from tests.mine_helpers import has_form, linked, mine

# --- an organisation's successive or parallel names, each with its short forms ---------------------

_CHAINS = [
    (
        "Da Nang Commodity Exchange (DNCE or DCX), formerly the Central Trading Centre (CTC), is a "
        "market in Da Nang. The Central Trading Centre opened in 1999.\n",
        ["Da Nang Commodity Exchange", "DNCE", "DCX", "Central Trading Centre", "CTC"],
    ),
    (
        "The Coastal Guard Command (CGC, Bộ Tư lệnh Cảnh sát Biển (BTLCSB)), officially the Maritime "
        "Police Service (MP Service, Vietnamese: Lực lượng Cảnh sát Biển (LLCSB)) or the Sea Police "
        "(Cảnh sát Biển (CSB)), is a branch of the army.\n",
        [
            "Coastal Guard Command",
            "CGC",
            "Bộ Tư lệnh Cảnh sát Biển",
            "BTLCSB",
            "Maritime Police Service",
            "MP Service",
            "Lực lượng Cảnh sát Biển",
            "LLCSB",
            "Sea Police",
            "CSB",
        ],
    ),
    (
        # Without diacritics, and "also known as" as the cue.
        "The Mekong Rice Association (MRA, Hiep hoi Lua gao Mekong (HHLGM)), also known as the Delta "
        "Grain Union (DGU), was set up in 1995.\n",
        ["Mekong Rice Association", "MRA", "Hiep hoi Lua gao Mekong", "HHLGM", "Delta Grain Union", "DGU"],
    ),
    (
        "The Hue Heritage Board (HHB) was previously the Citadel Conservation Office (CCO) until 2008.\n"
        "Hue Heritage Board (HHB), previously the Citadel Conservation Office (CCO), runs the sites.\n",
        ["Hue Heritage Board", "HHB", "Citadel Conservation Office", "CCO"],
    ),
]


@pytest.mark.parametrize(("text", "forms"), _CHAINS)
def test_an_organisations_names_and_short_forms_are_one_entry(text: str, forms: list[str]) -> None:
    entries = mine(text)
    first = unicodedata.normalize("NFC", forms[0])
    entry = next((e for e in entries if first in e.forms()), None)
    assert entry is not None
    missing = [f for f in forms if unicodedata.normalize("NFC", f) not in entry.forms()]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # A bare "or" lists two bodies: it only continues a chain a cue began.
        (
            "Delegates of the Vietnam Fatherland Front (VFF) or the Communist Party of Vietnam (CPV) "
            "attended the meeting.\n",
            "Vietnam Fatherland Front",
            "Communist Party of Vietnam",
        ),
        # A parenthesis holding a date or a lower-case gloss is not a list of the body's names.
        (
            "The Saigon Port Authority (SPA, founded 1860), formerly the Harbour Office (HO), manages "
            "the docks.\n",
            "Saigon Port Authority",
            "Harbour Office",
        ),
        # Two places' names with short forms: places have their own rules, never this one.
        (
            "Ho Chi Minh City (HCMC), formerly Saigon City (SGC), is the largest city.\n",
            "Ho Chi Minh City",
            "SGC",
        ),
    ],
)
def test_what_is_not_a_chain_of_one_bodys_names(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


# --- "Name (Tên or TN or Other Name (ON))": other names joined by "or" in one parenthesis ----------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Lam Dong Tea Association (Hội Chè Tây Nguyên or HCTN or Highland Tea Union (HTU)) is "
            "a trade body.\n",
            "Lam Dong Tea Association",
            "HTU",
        ),
        (
            "The Lam Dong Tea Association (Hoi Che Tay Nguyen or HCTN or Highland Tea Union (HTU)) is "
            "a trade body.\n",
            "Hoi Che Tay Nguyen",
            "Highland Tea Union",
        ),
    ],
)
def test_a_parenthesis_of_other_names_joined_by_or(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # A comma list names members, not other names of the body.
        (
            "The Mekong Group (Vietnam Rice Company, Lao Trade Office, CLMV) met in Hue.\n",
            "Vietnam Rice Company",
            "Lao Trade Office",
        ),
        # No short form among the alternatives: a pair of names is the gloss extractors' business.
        (
            "The Red River Trading House (Nhà Buôn Sông Hồng or Red River Store) sold silk.\n",
            "Red River Store",
            "Red River Trading House",
        ),
    ],
)
def test_what_is_not_a_parenthesis_of_other_names(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


# --- "X was transformed into Y": a rename ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "In 2007 the Hanoi Securities Trading Center was transformed into the Hanoi Stock Exchange, "
            "with new capital.\n",
            "Hanoi Securities Trading Center",
            "Hanoi Stock Exchange",
        ),
        (
            "In 1993 the Da Lat Nuclear Office was converted into Da Lat Nuclear Institute by decree.\n",
            "Da Lat Nuclear Office",
            "Da Lat Nuclear Institute",
        ),
        (
            "Năm 1990, Huế Teachers College was reorganised into Huế University.\n",
            "Huế Teachers College",
            "Huế University",
        ),
    ],
)
def test_transformed_into_is_a_rename(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # A body turned into a place, or a place into a body: different kinds of thing.
        (
            "The Hoi An Trading Company was transformed into Hoi An Old Town Museum Street later.\n",
            "Hoi An Trading Company",
            "Hoi An Old Town Museum Street",
        ),
        # Something else transformed into something: "the land was transformed into rice fields".
        (
            "The Ben Tre Farmers Union was founded when the Mekong land was transformed into rice fields.\n",
            "Ben Tre Farmers Union",
            "Mekong",
        ),
    ],
)
def test_what_transformed_into_does_not_link(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


# --- an infobox's "Nickname(s)" list --------------------------------------------------------------


def test_nickname_list_names_one_body_even_without_a_readable_lead() -> None:
    text = (
        "Hai Phong Port Guard\n"
        "Nickname(s)\n"
        "  • Hai Phong Harbour Force\n"
        "  • Northern Harbour Force\n"
        "Colours   Blue\n"
        "Its boats patrol the harbour.\n"
    )
    assert linked(text, "Hai Phong Harbour Force", "Northern Harbour Force")


def test_nickname_list_stops_at_a_written_pair_of_spellings() -> None:
    text = "Nickname(s)\n  • Quang Ninh Coast Force\n  • Quang(ese) Coast Force\nColours   Blue\n"
    assert not has_form(text, "Quang(ese) Coast Force")
    assert not linked(text, "Quang Ninh Coast Force", "Coast Force")


# --- a language label kept on a form --------------------------------------------------------------


@pytest.mark.parametrize("vi", ["Đài Phát thanh Miền Trung", "Dai Phat thanh Mien Trung"])
def test_a_language_label_is_not_part_of_a_form(vi: str) -> None:
    text = f"Central Radio, or CR (Vietnamese: {vi}), is a broadcaster in Hue.\n"
    forms = {f for e in mine(text) for f in e.forms()}
    assert not any(f.startswith("Vietnamese:") for f in forms)


# --- a short form used later without its own definition -------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "The Unified Rice Council of Vietnam (Hội đồng Lúa gạo Thống nhất) was set up in 1970.\n"
            "The URCV's chairmen were arrested in 1975.\n",
            "Unified Rice Council of Vietnam",
            "URCV",
        ),
        (
            # A word in capitals counts whole, and "Da Nang" written in capitals is the same name.
            "The Da Nang Trading Center was transformed into DN Stock Exchange in 2007.\n"
            "The current DNSE building was a bank. Da Nang Stock Exchange lists forty firms.\n",
            "DN Stock Exchange",
            "DNSE",
        ),
    ],
)
def test_an_undefined_short_form_joins_the_name_it_abbreviates(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # Two bodies with the same initials: the token is nobody's.
        (
            "The Hanoi Trade Union (Công đoàn Hà Nội) and the Hue Tourism Union (Hội Du lịch Huế) met.\n"
            "The HTU statement followed.\n",
            "Hanoi Trade Union",
            "HTU",
        ),
        # A token the page defines for something else keeps its own long form.
        (
            "The Mekong Farmers Association (Hội Nông dân Mê Kông) met the Marine Fisheries Agency (MFA).\n",
            "Mekong Farmers Association",
            "MFA",
        ),
        # Two letters are too few to tell a short form from a chance pair of capitals.
        (
            "The Hanoi Opera (Nhà hát Lớn Hà Nội) is on Trang Tien Street. HO singers tour.\n",
            "Hanoi Opera",
            "HO",
        ),
    ],
)
def test_what_an_undefined_short_form_does_not_join(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)
