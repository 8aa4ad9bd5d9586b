"""Round 24: gloss-pair sides and plain bugs from blind20's ANALYSIS.md (plain bugs 1-5, ranked
change 3): every Unicode dash, a glued function word cut only off a word of its own, a Vietnamese
syllable that is an English word inside a Vietnamese run, a label's form ending at "lit.'X'",
a dictionary's headword line, and a capitalised name modifying an English side's head noun."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from glossary.mine.cap_modifiers import name_modifies_english_head
from glossary.mine.dash_chars import DASHES, rare_dash_places
from glossary.mine.dictionary_entries import extract_dictionary_entry
from glossary.mine.phrases import find_dashes
from glossary.mine.vi_runs import vi_run_back
from tests.mine_helpers import doc, mine, pairs


def test_dashes_are_unicodes_dash_punctuation() -> None:
    # The written-out set is the oracle's: every code point Unicode files as Pd.
    category = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Pd"}
    assert set(DASHES) == category


@pytest.mark.parametrize("dash", ["―", "‒", "－", "–", "—", "-"])
def test_a_spaced_dash_of_any_kind_is_found(dash: str) -> None:
    text = f"x {dash} y"
    assert find_dashes(text) == [(1, 4)]


def test_rare_dashes_only_before_a_blank() -> None:
    assert rare_dash_places("a―b c ― d") == [6]
    assert rare_dash_places("no dash here - at all") == []  # the common ones are not its business


def test_dash_list_with_the_horizontal_bar() -> None:
    text = "Words\n- chè đậu ― bean pudding\n- bánh bò ― sponge cake\n"
    found = {(e.vi, e.en) for e in mine(text)}
    assert ("chè đậu", "bean pudding") in found
    assert ("bánh bò", "sponge cake") in found


@pytest.mark.parametrize(
    ("text", "en"),
    [
        # A Latin epithet after its genus is no glued "or"/"and".
        ("Gardens grow the plant Hibiscus orbicularis (dâm bụt) often.", "orbicularis"),
        # A glued word whose rest is English is still cut after a capitalised word.
        ("Cooks add Pork andsaltwater shrimp (tôm biển) to it.", "saltwater shrimp"),
        # After a lower-case word any rest is cut, as before.
        ("Cooks add pork andpenaeid shrimp (tôm biển) to it.", "penaeid shrimp"),
    ],
)
def test_glued_function_word(text: str, en: str) -> None:
    assert {e for _, e in pairs(text)} == {en}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("He read Chuyện bình an của làng (", "Chuyện bình an của làng"),  # "an" between two words
        ("He read Sách bình-an của ta (", "Sách bình-an của ta"),  # joined by a syllable hyphen
        ("He read an của ta (", "của ta"),  # English before it: the article, not the run's
    ],
)
def test_english_homograph_inside_a_vietnamese_run(text: str, side: str) -> None:
    found = vi_run_back(text, text.index(" ("), 0)
    assert found is not None and found.text == side


@pytest.mark.parametrize("quote", ["'", "“", '"'])
def test_a_label_form_ends_at_lit(quote: str) -> None:
    close = {"“": "”"}.get(quote, quote)
    text = f"Green tea (Vietnamese: trà xanh lit.{quote}green leaf tea{close}) is drunk hot.\n"
    assert ("trà xanh", "Green tea") in pairs(text)


_ENTRY = "cá\nVietnamese\nPronunciation\n- IPA\nNoun\n{head}\n- fish\n- (figurative) a catch\n"


@pytest.mark.parametrize("head", ["cá • (魚)", "cá", "(classifier con) cá • (魚)"])
def test_dictionary_headword_line_before_the_sense(head: str) -> None:
    found = [(m.vi, m.en) for m in extract_dictionary_entry(doc(_ENTRY.format(head=head)))]
    assert found == [("cá", "fish")]


def test_dictionary_headword_line_not_the_headword_is_no_sense_line() -> None:
    text = _ENTRY.format(head="con cá • (魚)")
    assert list(extract_dictionary_entry(doc(text))) == []


def test_dictionary_entry_without_headword_and_language_lines() -> None:
    text = "Etymology\nFrom bánh + cuốn.\nNoun\n(classifier cái) bánh cuốn • (餅捲)\n- (Northern) rice roll\n"
    assert [(m.vi, m.en) for m in extract_dictionary_entry(doc(text))] == [("bánh cuốn", "rice roll")]


def test_a_head_line_without_han_characters_is_no_entry() -> None:
    text = "Etymology\nFrom bánh + cuốn.\nNoun\nbánh cuốn • (plural)\n- rice roll\n"
    assert list(extract_dictionary_entry(doc(text))) == []


@pytest.mark.parametrize(
    ("text", "en"),
    [
        ("The Hà Đông silk scarf (khăn lụa Hà Đông) was sold.", "Hà Đông silk scarf"),  # after "The"
        ("They sold rice, Tân Cương tea (chè Tân Cương), and salt.", "Tân Cương tea"),  # after a comma
    ],
)
def test_capitalised_modifier_of_the_head_noun(text: str, en: str) -> None:
    assert {e for _, e in pairs(text)} == {en}


def test_a_name_ending_another_phrase_is_no_modifier() -> None:
    # "from Hà Đông buy silk": a preposition's object, then the clause's verb: no article, no bound.
    assert not any("Hà Đông" in e for _, e in pairs("Tourists from Hà Đông buy silk (lụa) there."))


@pytest.mark.parametrize(
    ("words", "english"),
    [
        ("Hà Đông silk scarf", True),
        ("Việt Minh for short", False),  # a function word: a phrase about the name
        ("Đồng Tháp Province pronunciation", False),  # an English word in the name
        ("Hà Đông lụa", False),  # a syllable after the name: Vietnamese
        ("Hà Đông", False),
    ],
)
def test_name_modifying_an_english_head(words: str, english: bool) -> None:
    assert name_modifies_english_head(words.split()) is english
