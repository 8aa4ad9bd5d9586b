"""Round 39: box rows that name the subject. A glossed nickname's two forms both name the box's
subject and their pair stays a term (gold rules §10.9); a nickname row written as quoted lines
under an empty key, one per language. Boxes written for these tests."""

from __future__ import annotations

from glossary.mine.box_fields import _labelled_pieces
from glossary.mine.glossed_nicknames import GLOSSED_NICKNAME, keep_nickname_pairs
from glossary.mine.mentions import Mention
from glossary.mine.quoted_nicknames import quoted_lines
from glossary.mine.tally import Tally
from glossary.model import Kind, VariantType
from tests.mine_helpers import linked, mine

_QUOTED_BOX = """Bãi Cò

Ward in Khánh Hòa, Vietnam
Bai Co
Nickname(s):
"The kite capital of Vietnam"[2]
"Thủ đô diều của Việt Nam"
Coordinates: 12°15′N 109°11′E
Country Vietnam

Bãi Cò is a seaside ward north of the city. Bai Co is known for its kites.
"""
_ONE_QUOTED = """Bãi Cò

Ward in Khánh Hòa, Vietnam
Nickname(s):
"Heron Bay"
Coordinates: 12°15′N 109°11′E

Bãi Cò is a seaside ward north of the city.
"""
_GLOSSED_ROW = """Sơn Lâm | |||||
Native Name: | Tỉnh Sơn Lâm | ||||
Nickname: | Đất Võ (Land of Fighters) | ||||
Coordinates: | 21.1°N 105.2°E | ||||
Sơn Lâm (Vietnamese: Tỉnh Sơn Lâm) is a province in the north of Vietnam.
"""


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(e.vi, e.en) for e in mine(text) if e.vi and e.en and e.kind is Kind.TERM}


def test_quoted_lines_read_until_a_line_that_is_no_quotation() -> None:
    text = '"The kite capital"[2]\n"Thủ đô diều"\nCountry Vietnam\n"Not this"\n'
    assert quoted_lines(text, 0) == ["kite capital", "Thủ đô diều"]
    assert quoted_lines("Country Vietnam\n", 0) == []
    # A quotation followed by prose on its line is no value line.
    assert quoted_lines('"Heron Bay" is its old name\n', 0) == []


def test_two_quoted_lines_one_per_language_name_the_subject_and_are_a_pair() -> None:
    assert linked(_QUOTED_BOX, "Bãi Cò", "kite capital of Vietnam")
    assert linked(_QUOTED_BOX, "Bãi Cò", "Thủ đô diều của Việt Nam")
    assert ("Thủ đô diều của Việt Nam", "kite capital of Vietnam") in _pairs(_QUOTED_BOX)


def test_one_quoted_line_is_another_name_and_no_pair() -> None:
    assert linked(_ONE_QUOTED, "Bãi Cò", "Heron Bay")
    assert not any(e.en == "Heron Bay" and e.kind is Kind.TERM for e in mine(_ONE_QUOTED))


def test_a_glossed_nickname_cell_names_the_subject_both_ways_and_stays_a_term() -> None:
    assert linked(_GLOSSED_ROW, "Tỉnh Sơn Lâm", "Đất Võ")
    assert linked(_GLOSSED_ROW, "Tỉnh Sơn Lâm", "Land of Fighters")
    # "Fighters" makes no place head, but the pair is kept a term whatever kind a reader gave it.
    assert ("Đất Võ", "Land of Fighters") in _pairs(_GLOSSED_ROW)


def _tally(mention: Mention) -> Tally:
    return Tally(mention, (0, 0), 1, 1, [], [])


def test_keep_nickname_pairs_makes_the_pair_a_term_and_drops_the_flag() -> None:
    subject = Mention(
        Kind.PLACE,
        vi="Tỉnh Sơn Lâm",
        variants=[("Thành Bắc", VariantType.OTHER), ("Northern Citadel", VariantType.OTHER)],
        flags=[GLOSSED_NICKNAME],
    )
    pair = Mention(Kind.PLACE, vi="Thành Bắc", en="Northern Citadel")
    other = Mention(Kind.PLACE, vi="Thành Bắc")
    ordered, apart = keep_nickname_pairs([_tally(subject), _tally(pair), _tally(other)])
    assert apart == {1}
    assert ordered[1].mention.kind is Kind.TERM
    assert ordered[0].mention.flags == []
    assert ordered[2].mention is other  # a form alone is the subject's, as before


def test_keep_nickname_pairs_leaves_a_run_without_the_flag_alone() -> None:
    tallies = [_tally(Mention(Kind.PLACE, vi="Thành Bắc", en="Northern Citadel"))]
    ordered, apart = keep_nickname_pairs(tallies)
    assert ordered is tallies and apart == set()


_SCHOLAR_BOX = """Lê Văn Khiêm |
|
Born | March 3, 1801 Long Hưng village, Gia Định |
Died | 1870 Huế, Vietnam |
Other names | Courtesy name (tự): Tử Nghiêm () Pseudonym (hiệu): Trúc Khê (). |
Organization | Nguyễn Dynasty |
Lê Văn Khiêm (March 3, 1801–1870) was a scholar of the Nguyễn court. Trúc Khê wrote poems.
"""


def test_labelled_pieces_cut_a_cell_at_each_label() -> None:
    value = "Courtesy name (tự): Tử Nghiêm () Pseudonym (hiệu): Trúc Khê ()."
    assert _labelled_pieces(value) == ["Tử Nghiêm ()", "Trúc Khê ()."]
    assert _labelled_pieces("Saigon (1698–1976); Gia Định") == ["Saigon (1698–1976); Gia Định"]


def test_each_labelled_name_in_one_cell_is_the_subjects() -> None:
    assert linked(_SCHOLAR_BOX, "Lê Văn Khiêm", "Tử Nghiêm")
    assert linked(_SCHOLAR_BOX, "Lê Văn Khiêm", "Trúc Khê")
    # The cell whole, its labels inside, is no form.
    assert not any(":" in form for e in mine(_SCHOLAR_BOX) for form in e.forms())
