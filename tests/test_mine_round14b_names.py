"""Round 14b: a name crosses an unspaced dash between two capitalised Vietnamese names (docs/miner.md,
"Round 14b: names across an en dash"), on sentences written for these tests: the subject of "known
as" and of "X (Y)" keeps both halves, and a place after its Vietnamese unit word keeps them too; a
spaced dash (" – ") stays punctuation."""

from __future__ import annotations

from glossary.mine.generics import extract_generic_places
from tests.mine_helpers import doc, has_form, linked

KNOWN_AS = (
    "Long Xuyên–Châu Đốc, commonly known as Long Xuyên, is a town in the south of the delta. "
    "Long Xuyên–Châu Đốc has a river port.\n"
)
PAREN_OTHER_NAME = "The district was merged into Hòa Bình–Kỳ Sơn City (Kyson) in the spring of that year.\n"
UNIT_WORD = "Thị xã Long Xuyên–Châu Đốc (Vietnamese)\nLong Xuyên–Châu Đốc is a town in the south.\n"
SPACED_DASH = (
    "The boats left the delta – Cần Thơ, also known as Tây Đô, kept its floating market. "
    "Cần Thơ is a city on the river.\n"
)


def test_known_as_reads_its_subject_across_the_dash() -> None:
    assert linked(KNOWN_AS, "Long Xuyên–Châu Đốc", "Long Xuyên")
    # Not the second half alone as the subject: that made "Châu Đốc" another name of "Long Xuyên".
    assert not linked(KNOWN_AS, "Châu Đốc", "Long Xuyên")


def test_a_parenthesised_other_name_follows_the_whole_dashed_name() -> None:
    assert linked(PAREN_OTHER_NAME, "Hòa Bình–Kỳ Sơn City", "Kyson")
    assert not linked(PAREN_OTHER_NAME, "Kỳ Sơn City", "Kyson")


def test_a_unit_word_keeps_both_names_of_the_place() -> None:
    found = [m.vi for m in extract_generic_places(doc(UNIT_WORD))]
    assert found == ["Thị xã Long Xuyên–Châu Đốc"]
    assert linked(UNIT_WORD, "Thị xã Long Xuyên–Châu Đốc", "Long Xuyên–Châu Đốc")
    assert not has_form(UNIT_WORD, "Thị xã Long Xuyên")


def test_a_spaced_dash_between_clauses_is_punctuation() -> None:
    assert linked(SPACED_DASH, "Cần Thơ", "Tây Đô")
    assert not has_form(SPACED_DASH, "delta – Cần Thơ")
    for text in ("thành phố Hà Nội – Hải Phòng", "tỉnh Quảng Ninh– nay"):
        found = [m.vi for m in extract_generic_places(doc(text))]
        assert found == [text.split(" –")[0].split("–")[0]], found
