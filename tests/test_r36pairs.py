"""Round 36, gloss pairs (helper r36pairs): blind27's false and missed pairs traced to a language
template's code, a run-together head, another language's word, a quotation before its kind's noun
and a mirror's inlined footnote. Sentences written for these tests."""

from __future__ import annotations

import unicodedata

from glossary.mine.citations import blank_citations
from tests.mine_helpers import mine, pairs


def _nfc(vi: str, en: str) -> tuple[str, str]:
    return unicodedata.normalize("NFC", vi), unicodedata.normalize("NFC", en)


# --- a {{lang|vi-hantu|...}} template's code is no rendering -------------------------------------


def test_language_code_in_a_parenthesis_is_no_rendering() -> None:
    text = "The ''Lam Sơn thực lục'' ( vi-hantu, 藍山實錄; ; ''Veritable Records of Lam Sơn'') tells it.\n"
    found = pairs(text)
    assert _nfc("Lam Sơn thực lục", "Veritable Records of Lam Sơn") in found
    assert not any(en == "vi-hantu" for _, en in found)


# --- "An Nam Tạp Chí (Annam Magazine)": the head the rendering runs together ----------------------


def test_rendering_that_runs_two_syllables_together_keeps_the_first() -> None:
    text = "In Huế he edited a weekly, An Nam Tân Văn (Annam News), which closed within a year.\n"
    found = pairs(text)
    assert _nfc("An Nam Tân Văn", "Annam News") in found
    assert _nfc("Nam Tân Văn", "Annam News") not in found


# --- 'In Nùng language, "Dền" means money': another language's word -------------------------------


def test_meaning_in_a_sentence_naming_another_language_is_no_pair() -> None:
    text = 'The boy was called Vàng at home. In Tày language, "Vàng" means gold. He kept the name.\n'
    assert not any(en == "gold" for _, en in pairs(text))
    bahnar = 'In the Bahnar language, plei means "village" and dak means "water".\n'
    assert not any(en in ("village", "water") for _, en in pairs(bahnar))
    # A sentence naming Vietnamese keeps its pairs.
    vietnamese = 'In the Vietnamese language, chợ means "market", and phở means "noodle soup".\n'
    assert _nfc("chợ", "market") in pairs(vietnamese)


# --- '("On the Way to the East" movement)': the quotation is the rendering ------------------------


def test_quoted_rendering_before_its_kind_noun() -> None:
    text = 'He joined the Phong Trao Duy Tan ("Modernisation" movement), led by a scholar.\n'
    found = pairs(text)
    assert ("Phong Trao Duy Tan", "Modernisation") in found
    assert not any(en.startswith('"') for _, en in found)


# --- a mirror's inlined footnote in brackets -----------------------------------------------------


def test_bracketed_footnote_line_is_blanked() -> None:
    text = (
        "Trần Văn Khê was a musicologist.\n"
        "[Jane R. Doe ''Music of the Delta: A Survey'' 1999- Page 12 \"the songs Tran Van Khe recorded\n"
    )
    blanked = blank_citations(text)
    assert "Tran Van Khe" not in blanked
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert blanked.startswith("Trần Văn Khê was a musicologist.\n")


def test_bracketed_footnote_gives_no_spelling_of_the_name() -> None:
    text = (
        "Trần Văn Khê (1921–2015) was a musicologist. Khê taught in Paris for decades.\n"
        "[Jane R. Doe ''Music of the Delta: A Survey'' 1999- Page 12 \"the songs Tran Van Khe recorded\n"
    )
    person = next(e for e in mine(text) if e.vi and "Khê" in e.vi)
    assert person.en != "Tran Van Khe"


def test_language_a_word_is_cited_from_is_no_vietnamese_side() -> None:
    text = (
        "Hill farmers name the bird nok-khao, a term derived from Lao (ນົກຂາວ /nók kʰǎːw/) meaning"
        ' "the white bird", because of its wings.\n'
    )
    assert not any(vi == "Lao" for vi, _ in pairs(text))


# --- a second spelling with Vietnamese letters is no English side ---------------------------------


def test_hyphenated_spelling_is_a_variant_not_the_english() -> None:
    text = (
        "The Lam Sơn uprising began in the hills of Lam Sơn in 1418. It grew out of the Lam-Sơn\n"
        "revolt of the local lords, and the Lam-Sơn army took the capital ten years later.\n"
    )
    entries = [e for e in mine(text) if e.vi == unicodedata.normalize("NFC", "Lam Sơn")]
    assert entries
    assert all(e.en != unicodedata.normalize("NFC", "Lam-Sơn") for e in entries)
