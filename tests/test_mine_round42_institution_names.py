"""Round 42: an institution's several names. A Vietnamese name with a series in it ("A, B và C")
is one name, not a list of alternatives, and its English rendering with the same series is read
whole. Text written for these tests."""

from __future__ import annotations

from tests.mine_helpers import linked, pairs


def test_a_series_in_a_vietnamese_name_is_one_name_glossed_whole() -> None:
    text = "The Ministry of Labour, Invalids and Social Affairs (Bộ Lao động, Thương binh và Xã hội) met."
    found = pairs(text)
    assert ("Bộ Lao động, Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs") in found
    assert not linked(text, "Bộ Lao động", "Thương binh và Xã hội")
    assert not any(vi == "Bộ Lao động" for vi, _ in found)


def test_a_comma_list_of_vietnamese_terms_is_still_alternatives() -> None:
    # no "và" closes the list: two names of one edict, as before
    text = "He wrote the edict (Thiên đô chiếu, Chiếu dời đô) in 1010."
    found = pairs(text)
    assert ("Thiên đô chiếu", "edict") in found
    assert not any("," in vi for vi, _ in found)
