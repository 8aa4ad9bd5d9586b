"""Round 47: which side of a gloss is Vietnamese (a Vietnamese name inside an English phrase)."""

from __future__ import annotations

import pytest

from glossary.mine.cap_modifiers import name_inside_english_phrase
from glossary.mine.gloss_side import _en_text
from glossary.mine.mentions import WORD
from tests.mine_helpers import pairs


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # a body's name with a Vietnamese family name as the object of "of"
        ("Council of Elders of the Clan of Trần Văn", True),
        # a title: the name between "of the" and a lower-case English head
        ("Legend of the Bà Đen maiden", True),
        # a lower-case marked word: a Vietnamese phrase
        ("Hội An phố", False),
        ("Guild of Hội An phố", False),
        # the name after a verb or a title, not after "of"
        ("later renamed to Sào Nam", False),
        ("cousin of prince Nguyễn Cảnh", False),
        # a lower-case head before "of" is left out (see the docstring)
        ("market of Hội An", False),
        # a Vietnamese syllable as the head ("Ba of …")
        ("Ba of Trần Hưng", False),
        # a function word after the name: a phrase about the name
        ("Story of Việt Minh for short", False),
    ],
)
def test_name_inside_english_phrase(text: str, english: bool) -> None:
    assert name_inside_english_phrase(WORD.findall(text)) is english


def test_en_text_takes_the_phrase() -> None:
    assert _en_text("Council of Elders of the Clan of Trần Văn")
    assert not _en_text("Hội đồng Trị sự Trần Văn tộc")


def test_mined_pair_keeps_the_body_name() -> None:
    text = "The Clan Council of Elders of the House of Trần Văn (Hội đồng Gia tộc Trần Văn) met in 1900."
    assert ("Hội đồng Gia tộc Trần Văn", "Clan Council of Elders of the House of Trần Văn") in pairs(text)


def test_a_title_of_another_name_renders_no_term_without_it() -> None:
    from glossary.mine.carried_names import names_another
    from glossary.mine.phrases import Phrase

    en = Phrase("Story of the Vân Cát goddess", 0, 28)
    assert not names_another(en, Phrase("Vân Cát Thần Nữ truyện", 0, 22))  # the term writes the name
    assert names_another(en, Phrase("Thần Nữ Sơn", 0, 11))  # the rendering names another term
    assert not names_another(Phrase("Story of the goddess", 0, 20), Phrase("Thần Nữ Sơn", 0, 11))
