"""Round 37, gloss pairs (helper r37pairs): a species' Latin name beside a Vietnamese term is no
English rendering (gold-rules §2). Sentences written for these tests."""

from __future__ import annotations

import unicodedata

from glossary.mine.latin_names import latin_name
from tests.mine_helpers import pairs


def _nfc(pair: tuple[str, str]) -> tuple[str, str]:
    return unicodedata.normalize("NFC", pair[0]), unicodedata.normalize("NFC", pair[1])


def test_a_latin_name_in_the_parenthesis_is_no_rendering() -> None:
    text = "The broth is topped with the bitter herb rau đắng (Bacopa monnieri) and fried shallots.\n"
    assert not any(vi == unicodedata.normalize("NFC", "rau đắng") for vi, _ in pairs(text))


def test_the_english_before_a_latin_name_is_the_rendering() -> None:
    text = "Cooks wrap the rolls in leaves of the sacred fig tree Ficus religiosa (cây đề) before steaming.\n"
    found = pairs(text)
    assert _nfc(("cây đề", "sacred fig tree")) in found
    assert _nfc(("cây đề", "religiosa")) not in found
    # "Ming aralia": a dynasty's name and an English plant name, no genus and epithet.
    listed = (
        "Cooks use leaves of sweet potato (rau lang), Ming aralia (đinh lăng), "
        "the sacred fig tree Ficus religiosa (cây đề).\n"
    )
    assert {_nfc(("đinh lăng", "Ming aralia")), _nfc(("cây đề", "sacred fig tree"))} <= pairs(listed)


def test_latin_name_shapes() -> None:
    assert latin_name("Bacopa monnieri")
    assert latin_name("tonkinensis")  # an epithet read alone, cut from its genus
    assert not latin_name("Ming aralia")
    assert not latin_name("Lunar New Year")
    assert not latin_name("banana")
    assert not latin_name("formula")


# --- a rank or an office word beside a ruler's name identifies him, renders nothing -------------


def test_a_rank_in_a_list_of_rulers_is_no_rendering() -> None:
    text = "Rulers\nMinh Khang (First)\nĐức Thịnh (Last)\nBảo Lâm vương & Thái Hòa vương (co-rulers)\n"
    assert pairs(text) == set()


def test_an_office_word_before_a_rulers_name_is_no_rendering() -> None:
    assert pairs("The king (Minh Khang) rode north at dawn.\n") == set()
    assert pairs('The realm was led by an "emperor" (Duc Thinh) for a decade.\n') == set()
    # A Vietnamese title beside the office word renders it.
    assert _nfc(("Hoàng đế", "emperor")) in pairs("He took the title of emperor (Hoàng đế) in 1802.\n")


# --- a usage label or a disambiguation qualifier in the parenthesis renders nothing -------------


def test_a_disambiguation_qualifier_is_no_rendering() -> None:
    text = "Lan may refer to:\n* Lan (given name)\n* Lan (surname)\n** Lan (Chinese surname)\n"
    assert pairs(text) == set()


def test_a_dictionary_usage_remark_is_no_rendering() -> None:
    text = "Alternative forms\n- (Central Vietnam) bự (no tone change)\n- đằng (attested in one letter)\n"
    assert pairs(text) == set()
