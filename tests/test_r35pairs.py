"""Round 35, gloss pairs (helper r35pairs): appositive renderings (AP) and English sides that carry
a Vietnamese name with its marks (VE). Sentences written for these tests."""

from __future__ import annotations

import unicodedata

from glossary.mine.appositive_pairs import bare_appositives
from glossary.mine.titled_persons import titles_a_line
from glossary.model import Kind
from tests.mine_helpers import doc, entry_with, pairs


def _bare(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in bare_appositives(doc(text))}


def _nfc(pair: tuple[str, str]) -> tuple[str, str]:
    return unicodedata.normalize("NFC", pair[0]), unicodedata.normalize("NFC", pair[1])


# --- a bare comma between an English name and its Vietnamese parenthesis -------------------------


def test_comma_before_a_vietnamese_parenthesis() -> None:
    text = "The shrine remembers the Later Hồ Dynasty, (nhà Hậu Hồ) whose court fled south.\n"
    assert _nfc(("nhà Hậu Hồ", "Later Hồ Dynasty")) in pairs(text)
    # Before an English parenthesis the Vietnamese side is read back from it as before.
    english = "Its motto was Đoàn kết, (Unity) painted on every wall.\n"
    assert pairs(english) == pairs("Its motto was Đoàn kết (Unity) painted on every wall.\n")


def test_comma_before_a_labelled_parenthesis() -> None:
    text = "The Mạc dynasty, (Vietnamese: Nhà Mạc, chữ Nôm: 茹莫) held the capital for sixty years.\n"
    assert _nfc(("Nhà Mạc", "Mạc dynasty")) in pairs(text)


# --- an English title with a syllable's shape before the name ---------------------------------


def test_king_and_a_name_the_vietnamese_side_holds() -> None:
    text = "The temple honours Mỵ Vương (King Mỵ), its legendary founder.\n"
    assert _nfc(("Mỵ Vương", "King Mỵ")) in pairs(text)


def test_a_title_written_in_the_plural_after_the_name_is_a_line() -> None:
    assert titles_a_line("Eighteen Mỵ Kings ruled the valley.", "King Mỵ")
    assert titles_a_line("the Mỵ kings of the hills", "King Mỵ")
    assert not titles_a_line("King Mỵ ruled the valley.", "King Mỵ")
    assert not titles_a_line("Eighteen Mỵ Kings ruled.", "Mỵ kings")  # no rank first


def test_a_line_title_stays_a_term() -> None:
    text = (
        "The temple honours Mỵ Vương (King Mỵ), its legendary founder.\n\n"
        "Eighteen Mỵ Kings ruled the valley before the flood.\n"
    )
    entry = entry_with(text, "King Mỵ")
    assert entry is not None and entry.kind is Kind.TERM


# --- appositives -------------------------------------------------------------------------------


def test_short_parenthesis_between_a_name_and_its_appositive() -> None:
    text = "The sailors prayed to Thiên Hậu (Mazu), the Heavenly Empress. The storm passed.\n"
    assert _nfc(("Thiên Hậu", "Heavenly Empress")) in pairs(text)


def test_no_article_nationality_appositive() -> None:
    text = "Every stall in the lane sells bún chả, Vietnamese grilled pork noodles, is cheap.\n"
    assert _bare(text) == {_nfc(("bún chả", "Vietnamese grilled pork noodles"))}
    assert _nfc(("bún chả", "Vietnamese grilled pork noodles")) in pairs(text)
    # A person's name before a nationality is described, not rendered.
    assert _bare("Yesterday he met Trần Văn Giàu, Vietnamese historian.\n") == set()
    # A list's item.
    assert _bare("They grew rice, cà phê, Vietnamese tea plants.\n") == set()
    # A function word inside the English phrase: no noun phrase.
    assert _bare("They ate bún chả, Vietnamese for grilled pork.\n") == set()


def test_no_article_appositive_keeping_the_name() -> None:
    text = "The sisters were remembered as the Trưng Vương, Trưng queens.\n"
    assert _bare(text) == {_nfc(("Trưng Vương", "Trưng queens"))}
