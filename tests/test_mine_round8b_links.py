"""Round 8b, name-variant links: causes shared by several seen parts of the real-page corpus
(docs/miner.md, "Eighth round (b)"), each on texts written for these tests (with and without
diacritics, positive and negative), mined through the whole pipeline: a link is two forms in one
entry."""

from __future__ import annotations

import unicodedata

import pytest

from glossary.mine.form_duplicates import foreign_spellings
from glossary.model import Kind, VariantType
from tests.mine_helpers import entry_with, mine


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- a name spelled the way another language spells it -------------------------------------------

_FOREIGN = [
    # A letter Vietnamese never writes: a diaeresis.
    (
        "Thái Bình (Thai Binh) is a province in the north. A French caption reads: les rizières de "
        "Thaï Binh. Thai Binh grows rice.\n",
        "Thai Binh",
        "Thaï Binh",
    ),
    (
        "The port of Hải Phòng (Hai Phong) grew fast. A French postcard calls it Haïphong, and an old "
        "guide Haiphong; Haiphong is still written today.\n",
        "Haiphong",
        "Haïphong",
    ),
    # A tone kept on a vowel written without its own mark: the French "Hué" for "Huế".
    (
        "Thừa Thiên province lies on the coast. A French map of 1930 marks Thùa Thiên province near "
        "the lagoon, and Thua Thien province is larger today.\n",
        "Thừa Thiên province",
        "Thùa Thiên province",
    ),
    (
        "Phước Long (Phuoc Long) grows cashews. Colonial reports speak of Phuóc Long and its rubber; "
        "Phuoc Long is quiet now.\n",
        "Phước Long",
        "Phuóc Long",
    ),
]


@pytest.mark.parametrize(("text", "kept", "foreign"), _FOREIGN)
def test_a_foreign_spelling_of_a_name_is_no_form(text: str, kept: str, foreign: str) -> None:
    entry = entry_with(text, kept)
    assert entry is not None
    assert _nfc(foreign) not in entry.forms()


def test_vietnamese_spellings_of_one_name_stay_forms() -> None:
    # Tone style, the Latin Eth, no diacritics, a typo without a tone: all Vietnamese writing.
    assert foreign_spellings(["Thanh Hoá", "Thanh Hóa", "Thanh Hoa"]) == set()
    assert foreign_spellings(["Ðông Hồ", "Đông Hồ", "Dong Ho"]) == set()
    assert foreign_spellings([_nfc("Hà Nội"), _nfc("Hà Nôi")]) == set()
    # A foreign mark on a word no other form spells alike is left alone ("Alexandré" is not
    # "Alexander"; "Noël" has no plain twin).
    assert foreign_spellings(["Alexandré de Rhodes", "Alexander de Rhodes"]) == set()
    assert foreign_spellings(["Noël Street"]) == set()
    assert foreign_spellings([_nfc("Huế"), "Hue", _nfc("Hué")]) == {_nfc("Hué")}


def test_tone_style_variants_still_link() -> None:
    text = "Thanh Hoá province borders Laos. Thanh Hóa province is large. Thanh Hoa province grows rice.\n"
    entry = entry_with(text, "Thanh Hoá province")
    assert entry is not None
    assert _nfc("Thanh Hóa province") in entry.forms()


# --- a capitalised Vietnamese term whose rendering is no name --------------------------------------

_NO_NAME = [
    # A song: an organisation's name ends with its head word, "March" is none.
    ("The national anthem is Tiến Quân Ca (Army March), written in 1944.\n", "Tiến Quân Ca"),
    ("The unit sings Hanh Khuc Khong Quan (Air Force marches) at parades.\n", "Hanh Khuc Khong Quan"),
    # A god of the drum, glossed in lower case.
    ("Villagers worship Thần Đồng Cổ (bronze drum god) in spring.\n", "Thần Đồng Cổ"),
    # A dynasty glossed is a term (gold rules §9.14).
    ("The Later Tran dynasty (Vietnamese: Nhà Hậu Trần) resisted the Ming.\n", "Nhà Hậu Trần"),
    # A place's name glossed as a common phrase.
    ("Many boys are named Trường Sơn, lit. long mountain, after the range.\n", "Trường Sơn"),
    # What reads as a person's name (a family name first) rendered as a title or as English words.
    ("He was proclaimed Trần Vương (Prince of Trần) in 1225.\n", "Trần Vương"),
    ("The club teaches Võ Tây Sơn (Western Boxing) to children.\n", "Võ Tây Sơn"),
]


@pytest.mark.parametrize(("text", "vi"), _NO_NAME)
def test_a_term_rendered_as_no_name_is_a_term(text: str, vi: str) -> None:
    entry = entry_with(text, vi)
    assert entry is not None
    assert entry.kind is Kind.TERM
    assert entry.en


def test_a_glossed_dynasty_named_again_as_a_house_is_a_term_with_the_glosss_rendering() -> None:
    text = (
        "The Later Tran dynasty (Vietnamese: Nhà Hậu Trần) resisted the Ming. The Later Tran Dynasty "
        "fell in 1414.\n"
    )
    entry = entry_with(text, "Nhà Hậu Trần")
    assert entry is not None
    assert entry.kind is Kind.TERM
    assert entry.en == "Later Tran dynasty"


_STILL_NAMES = [
    # The rendering's head names a body or a place: the name stays one.
    (
        "The Việt Minh (League for the Independence of Vietnam) fought the French.\n",
        "Việt Minh",
        Kind.ORGANISATION,
    ),
    ("Tổng cục Hậu cần (General Department of Logistics) supplies the army.\n", "Tổng cục Hậu cần", None),
    # A person's rendering that keeps a name, or describes the person, leaves a person.
    ("He signed as Nguyễn Ái Quốc (Nguyen the Patriot) in Paris.\n", "Nguyễn Ái Quốc", Kind.PERSON),
    # A place glossed by a capitalised English name is still a place.
    ("Cần Thơ, called Tây Đô (Western Metropolis), is a city on the river.\n", "Tây Đô", None),
]


@pytest.mark.parametrize(("text", "vi", "kind"), _STILL_NAMES)
def test_a_name_rendered_as_a_name_stays_a_name(text: str, vi: str, kind: Kind | None) -> None:
    # Since round 11 a person's name rendered word by word is both a term pair and the person's name
    # (blind7 decision 2): the name's own entry is the one that is no term.
    vi = unicodedata.normalize("NFC", vi)
    entry = next((e for e in mine(text) if vi in e.forms() and e.kind is not Kind.TERM), None)
    assert entry is not None
    if kind is not None:
        assert entry.kind is kind


def test_a_ruling_house_never_glossed_stays_a_body() -> None:
    text = "The Nguyễn Dynasty ruled from Huế. The Nguyễn Dynasty built the citadel.\n"
    entry = entry_with(text, "Nguyễn Dynasty")
    assert entry is not None
    assert entry.kind is Kind.ORGANISATION


# --- what the lead sentence calls its subject, past the adjectives before the noun ------------------

_LEADS = [
    ("Hon Tre (Vietnamese: Hòn Tre) is the largest island in the bay. Hon Tre has a cable car.\n", "Hon Tre"),
    ("Khau Pha Lenh is the highest mountain of the district. Khau Pha Lenh draws hikers.\n", "Khau Pha Lenh"),
    ("Nga Bay Phung is a busy floating market. Boats reach Nga Bay Phung at dawn.\n", "Nga Bay Phung"),
]


@pytest.mark.parametrize(("text", "subject"), _LEADS)
def test_the_lead_noun_after_adjectives_gives_the_subject_its_kind(text: str, subject: str) -> None:
    entry = entry_with(text, subject)
    assert entry is not None
    assert entry.kind is Kind.PLACE


def test_a_lead_describing_a_person_gives_no_place() -> None:
    text = "Lo Van Thai is the youngest member of the council. Lo Van Thai said the plan works.\n"
    entry = entry_with(text, "Lo Van Thai")
    assert entry is None or entry.kind is not Kind.PLACE


# --- a name no rule placed, and the short form the text calls it by ---------------------------------


def _abbreviation_of(text: str, name: str) -> list[str]:
    entry = entry_with(text, name)
    if entry is None:
        return []
    return [v.form for v in entry.variants if v.type is VariantType.ABBREVIATION]


_SHORT_FORMS = [
    # Its initials on their own later, after a word in lower case.
    (
        "The town was held by the Thien Dia for a year. Later the TD withdrew to the marshes.\n",
        "Thien Dia",
        "TD",
    ),
    ("Fighters of the Hòa Hảo crossed the river, and the HH held the bank for a week.\n", "Hòa Hảo", "HH"),
    # A short form with another name of the body in parentheses (not its expansion).
    ("The hills were a VNQDD (Quoc Dan Dang) stronghold for years.\n", "Quoc Dan Dang", "VNQDD"),
]


@pytest.mark.parametrize(("text", "name", "short"), _SHORT_FORMS)
def test_a_name_no_rule_placed_takes_the_short_form_the_text_uses(text: str, name: str, short: str) -> None:
    assert _abbreviation_of(text, name) == [short]
    assert entry_with(text, name).kind is Kind.ORGANISATION


_NO_SHORT_FORMS = [
    # Capitals in a heading are no short form ("AS IT IS").
    ("Listen to American Stories every week.\n  12. AS IT IS\n  13. Grammar\n", "American Stories"),
    # Initials the text defines for another name in a parenthesis.
    (
        "The Thien Dia ran the port. The Trade Department (TD) taxed it, and the TD grew rich.\n",
        "Thien Dia",
    ),
    # A parenthesis holding a short form itself is no other name.
    ("Prices are in VND (VND Viet Dong) here.\n", "Viet Dong"),
]


@pytest.mark.parametrize(("text", "name"), _NO_SHORT_FORMS)
def test_no_short_form_without_a_plain_use(text: str, name: str) -> None:
    assert _abbreviation_of(text, name) == []
