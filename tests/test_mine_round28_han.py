"""Round 28 (integrator, blind23 analysis cause H): Han characters outside the Basic Multilingual
Plane (CJK Extension B and later, where many Nôm characters are) are Han characters to the gloss
readers, as the BMP blocks always were. Text written here."""

from __future__ import annotations

import pytest

from glossary.mine.script_patterns import HAN
from tests.mine_helpers import pairs


@pytest.mark.parametrize("char", ["漢", "㐀", "𠄩", "𤤰", "𪜀", "丽", "𰀀"])
def test_every_cjk_block_is_han(char: str) -> None:
    assert HAN.fullmatch(char)


@pytest.mark.parametrize("char", ["a", "ư", "Đ", "ʔ", "😀", "ㄅ"])
def test_other_scripts_are_not_han(char: str) -> None:
    assert HAN.fullmatch(char) is None


def test_a_nom_form_outside_the_bmp_reads_as_one_inside_it() -> None:
    text = "Farmers grow lúa ({han}) in the delta. In the hills they plant ngô ({han}, maize) too.\n"
    inside, outside = pairs(text.format(han="稻")), pairs(text.format(han="𥞖"))
    assert inside == outside
