"""Round 25: gloss-pair sides over all parts (docs/miner.md "### Round 25: gloss pairs"): a
nationality the Vietnamese term does not say is no part of the English before a parenthesis, a
works list's year parenthesis between a title and its quoted rendering, and two-part names
across a comma on either side."""

from __future__ import annotations

from glossary.mine.glosses import extract_glosses
from glossary.mine.list_lines import dated_list_lines
from tests.mine_helpers import doc


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in extract_glosses(doc(text)) if m.vi and m.en}


def test_a_nationality_the_term_does_not_say_is_cut() -> None:
    found = _pairs("The old songs of Vietnamese harvest chants (hò lúa) are sung in autumn.")
    assert ("hò lúa", "harvest chants") in found
    assert not any(en.startswith("Vietnamese") for _, en in found)


def test_a_nationality_the_term_says_stays() -> None:
    found = _pairs("The Vietnamese rice festivals (lễ hội lúa Việt) are held in spring.")
    assert ("lễ hội lúa Việt", "Vietnamese rice festivals") in found


def test_a_nationality_and_one_noun_stay_together() -> None:
    # "Vietnamese mint" is the plant's English name: the nationality is part of it.
    assert ("rau thơm", "Vietnamese mint") in _pairs("They add Vietnamese mint (rau thơm) to soup.")


def test_year_between_a_listed_title_and_its_quoted_rendering() -> None:
    text = 'Songs:\n- Mưa rừng (1950) ("Forest rain")\n- Gió đông (1952) ("East wind", a late work)\n'
    found = {(m.vi, m.en) for m in dated_list_lines(doc(text))}
    assert found == {("Mưa rừng", "Forest rain"), ("Gió đông", "East wind")}


def test_a_lone_dated_line_is_no_list() -> None:
    text = 'He wrote one song.\n- Mưa rừng (1950) ("Forest rain")\nThen he stopped.\n'
    assert list(dated_list_lines(doc(text))) == []


def test_a_date_before_an_unquoted_parenthesis_is_no_rendering() -> None:
    text = "Works:\n- Mưa rừng (1950) (lost)\n- Gió đông (1952) (unfinished)\n"
    assert list(dated_list_lines(doc(text))) == []


def test_the_vietnamese_side_grows_back_to_the_part_the_english_keeps() -> None:
    text = "It was shown in the film Bến Tre, Ngày Mưa (The Rainy Day in Bến Tre Town), last year."
    assert ("Bến Tre, Ngày Mưa", "The Rainy Day in Bến Tre Town") in _pairs(text)


def test_the_english_side_grows_back_to_a_two_part_names_first_part() -> None:
    text = (
        "She studied at School for Young Painters, Hue University of Arts "
        "(Trường Họa sĩ Trẻ – Đại học Nghệ thuật Huế) for three years."
    )
    found = dict(_pairs(text))
    assert found["Trường Họa sĩ Trẻ – Đại học Nghệ thuật Huế"] == (
        "School for Young Painters, Hue University of Arts"
    )


def test_a_one_part_name_keeps_its_side() -> None:
    text = "She studied at the school in Hanoi, Hue University of Arts (Đại học Nghệ thuật Huế) then."
    found = dict(_pairs(text))
    assert found["Đại học Nghệ thuật Huế"] == "Hue University of Arts"
