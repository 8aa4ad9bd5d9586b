"""Round 19, links: a noun standing for a name ("the river") never stands for a name written only
inside a parenthesis (a gloss side or an aside); and "the name (of the X) is also spelled Y, ...,
or sometimes Z" gives the spellings of the name "the name" stands for, with a relative clause or an
adverb of frequency between two of them. Texts written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.name_spans import NEXT_NAME, names_listed
from glossary.mine.noun_antecedents import noun_antecedent
from glossary.model import Kind
from tests.mine_helpers import entry_with, linked

# --- the antecedent of "the river" ---------------------------------------------------------------------

_RIVER = (
    "The Lam Giang River (Vietnamese: Sông Lam Giang) is a river in northern Vietnam.\n\n"
    "The Lam Giang River is about 90 kilometers long and it reaches the sea at Cua Hoi (Hoi River "
    'mouth). In its upper course, the river is named "Nam Non".\n'
)


def test_the_river_is_not_the_name_inside_a_parenthesis() -> None:
    assert linked(_RIVER, "Lam Giang River", "Nam Non")
    assert not linked(_RIVER, "Hoi River", "Nam Non")


def test_the_antecedent_skips_a_name_written_only_in_parentheses() -> None:
    text = "The Lam Giang River reaches the sea at Cua Hoi (Hoi River mouth). In its upper course, the river"
    floor, cue = 0, text.index("the river")
    assert noun_antecedent(text, floor, cue, "river") == ("Lam Giang River", 4)


def test_a_name_also_written_outside_parentheses_may_be_the_antecedent() -> None:
    # "Hoi River" stands outside a parenthesis first: the later parenthesised mention is that river.
    text = (
        "Boats sail up the Hoi River every spring.\n\n"
        "They reach Cua Hoi (the Hoi River mouth) at dawn, and the river is named"
    )
    floor = text.index("They")
    assert noun_antecedent(text, floor, text.index("the river is"), "river") == (
        "Hoi River",
        text.index("Hoi River mouth"),
    )


def test_without_the_parenthesis_the_nearest_river_is_still_taken() -> None:
    text = "The Lam Giang River meets the Hoi River near the coast. Upstream, the river is named Nam Non.\n"
    assert linked(text, "Hoi River", "Nam Non")


# --- "the name is also spelled" ------------------------------------------------------------------------

_PROVINCE = (
    "Đắk Rông is a province of Vietnam. The name is also spelled Đắc Rông, which is the form of old "
    "maps, and occasionally Darong, but the official spelling is Đắk Rông.\n"
)


@pytest.mark.parametrize("other", ["Đắc Rông", "Darong"])
def test_the_name_is_also_spelled_gives_the_subjects_spellings(other: str) -> None:
    assert linked(_PROVINCE, "Đắk Rông", other)
    entry = entry_with(_PROVINCE, "Đắk Rông")
    assert entry is not None and entry.kind is Kind.PLACE


def test_the_name_of_the_province_written_as_a_list() -> None:
    text = (
        "Tiên Sa is a province in the north of Vietnam.\n\n"
        "For a century the name of the province has been written in foreign maps as Tiensa (English), "
        "Tien-Sa (French), or sometimes Tiensaland (in travel guides).\n"
    )
    for other in ("Tiensa", "Tien-Sa", "Tiensaland"):
        assert linked(text, "Tiên Sa", other), other


def test_a_name_spelled_without_a_subject_of_a_kind_links_nothing() -> None:
    # No lead says what "the name" belongs to: a spelling alone is no other name of anything.
    text = "Some say the name is also spelled Hoa Binh in older books.\n"
    assert entry_with(text, "Hoa Binh") is None or not linked(text, "Hoa Binh", "Some")


def test_a_spelling_verb_with_another_object_is_no_cue() -> None:
    # "the name was written on the wall": no "as" and no name after the verb.
    text = "Cao Lạng is a province of Vietnam. The name was written on the gate of the citadel.\n"
    entry = entry_with(text, "Cao Lạng")
    assert entry is None or [v.form for v in entry.variants] == []


# --- names_listed: a relative clause and a frequency adverb between two names --------------------------


def test_names_listed_skips_a_relative_clause_and_a_frequency_adverb() -> None:
    text = "spelled Cao Lang, which is the form of old maps, and occasionally Caolang, but"
    first = NEXT_NAME.match(text, len("spelled "))
    assert first is not None
    assert [name for name, _ in names_listed(text, first)] == ["Cao Lang", "Caolang"]


def test_names_listed_stops_at_a_relative_clause_that_runs_to_the_full_stop() -> None:
    text = "called Cao Lang, which is a town. Caolang"
    first = NEXT_NAME.match(text, len("called "))
    assert first is not None
    assert [name for name, _ in names_listed(text, first)] == ["Cao Lang"]


# --- an acronym's short form of two words is the bare name of a headed body ----------------------------

_LEAGUE = (
    "= Tân Minh =\n\nLeague for Progress of Vietnam\n- Abbreviation: Tân Minh\n- Founded: 2 March 1930\n"
    "- Country: Vietnam\n\n"
    "The Tân Minh, officially the League for Progress of Vietnam (Việt Nam Tân tiến Đồng minh Hội), was a "
    "coalition of reform clubs formed in Huế in 1930. Also known as the Tân Minh Front (Mặt trận Tân Minh), "
    "it published a weekly paper.\n"
)


@pytest.mark.parametrize("other", ["Tân Minh Front", "Mặt trận Tân Minh"])
def test_the_headed_name_joins_the_body_whose_short_form_it_carries(other: str) -> None:
    assert linked(_LEAGUE, "League for Progress of Vietnam", other)
    entry = entry_with(_LEAGUE, "Tân Minh Front")
    assert entry is not None and entry.abbr == "Tân Minh"


def test_a_one_word_short_form_joins_no_headed_name() -> None:
    # "TMV" is an initialism, not the body's name written bare: "TMV Group" may be another body.
    text = (
        "= Tan Minh Vietnam =\n\nTan Minh Vietnam\n- Abbreviation: TMV\n- Founded: 1990\n\n"
        "The Tan Minh Vietnam (TMV) is a trading house. It sold its shares to the TMV Group in 2001.\n"
    )
    assert not linked(text, "Tan Minh Vietnam", "TMV Group")


# --- a title stack flattened into a table ---------------------------------------------------------------


def test_a_title_stack_in_table_rows_is_read_as_lines() -> None:
    text = (
        "Hall of Scholars | |\n---|---|\nVăn Đường | |\nLocation | |\n"
        "Location | Huế |\nDate established | 1802 |\n"
        "The Văn Đường is a hall in Huế.\n"
    )
    assert linked(text, "Văn Đường", "Hall of Scholars")


def test_a_table_row_with_two_filled_cells_is_no_title() -> None:
    # "Founded | Hà Nội Mới |": a field and its value, not a name stacked over another.
    text = "Hall of Scholars | Văn Đường |\n---|---|\nFounded | Hà Nội Mới |\n"
    assert not linked(text, "Hà Nội Mới", "Hall of Scholars")
