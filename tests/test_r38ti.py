"""Round 38 (TI): a mirror's hover copies lifted out of the page's sentences, so that the lead they
split is read whole again; and the reading bugs the rejoined sentences showed. Texts written for
these tests, shaped as TheInfoList writes its pages (a link's text on its own line, then the linked
article's opening, cut off by " ...")."""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.link_copies import lift_link_copies
from glossary.mine.pipeline import extract
from tests.mine_helpers import entry_with, linked, mine, pairs

# A copy on lines of its own between a naming cue and its name, another inside the subject's
# parenthesis, and a third on its link's line.
_PERSON = """Lê Văn Hòa ( vi-hantu, 黎文和, 1702–1770),
courtesy name
A courtesy name (), also known as a style name, is a name given at adulthood, as in
China, officially the People's R ...
Tử Minh (子明),
pen name
A pen name is a name an author takes in place of a real name. ...
Thanh Hà (清河), was a scholar of
Cẩm Giang
Cẩm Giang () is a town in the north of the country, the capital of Cẩm Giang province, with a market ...
in the 18th century.
Works
He wrote for the
court The court of a ruler is the household of officials and servants around the ruler, with its own ranks ...
.
"""


def test_the_copies_leave_the_lead_whole() -> None:
    lifted = lift_link_copies(_PERSON)
    assert lifted is not None
    lead = lifted.text.split("\n")[0]
    assert lead == (
        "Lê Văn Hòa ( vi-hantu, 黎文和, 1702–1770), courtesy name Tử Minh (子明), pen name Thanh Hà (清河), "
        "was a scholar of Cẩm Giang in the 18th century."
    )
    # A heading stays on its line; the link run on into its copy keeps its text, full stop after.
    assert "\nWorks\nHe wrote for the court.\n" in lifted.text + "\n"


def test_the_copies_go_to_the_end_after_their_link_text() -> None:
    lifted = lift_link_copies(_PERSON)
    assert lifted is not None
    own, copies = lifted.text.split("\n\ncourtesy name\n", 1)
    assert "courtesy name" not in own.split("\n")[0][60:] or "A courtesy name" not in own
    assert copies.startswith("A courtesy name ()")
    assert "\nCẩm Giang\nCẩm Giang () is a town" in copies
    assert "\ncourt\nThe court of a ruler" in copies


def test_each_piece_keeps_its_file_line() -> None:
    lifted = lift_link_copies(_PERSON)
    assert lifted is not None
    offsets, numbers = lifted.line_map
    assert offsets == sorted(offsets)
    file_lines = _PERSON.split("\n")
    ends = [*offsets[1:], len(lifted.text)]
    for at, end, number in zip(offsets, ends, numbers, strict=True):
        piece = lifted.text[at:end].split("\n", 1)[0].strip()
        assert piece in file_lines[number], (piece, number)


def test_mentions_are_placed_on_their_file_lines() -> None:
    found = extract(Document("p.txt", _PERSON)).mentions
    lines = {(m.vi or m.en, m.line) for m in found}
    # In the rejoined lead, each name on its own file line; in the copy, the town on the copy's.
    assert {("Tử Minh", 5), ("Cẩm Giang", 9), ("Cẩm Giang", 10)} <= lines
    assert all(line in (1, 5, 8, 9) for form, line in lines if form in ("Lê Văn Hòa", "Thanh Hà"))


def test_the_person_takes_the_names_the_lead_gives() -> None:
    entry = entry_with(_PERSON, "Lê Văn Hòa")
    assert entry is not None
    forms = {entry.vi, entry.en, *(v.form for v in entry.variants)}
    assert {"Tử Minh", "Thanh Hà"} <= forms


def test_a_page_without_copies_is_left_alone() -> None:
    text = "The town lies on the river ...\nIt has a market.\n"
    assert lift_link_copies(text) is None
    assert lift_link_copies("A line cut off ...\n") is None  # no link's text before it


def test_a_copy_that_does_not_repeat_its_link_text() -> None:
    # The linked article has another title than the link's text: it opens at its own capital.
    text = (
        "Most of the old books were written in\n"
        "Văn cổ Ancient Prose ( Vietnamese: , ; chữ Hán: 文古) was the medium of all formal writing of "
        "the old courts for many centuries, until it was replaced by writing in the vernacular ...\n"
        "(Old Prose) using Chinese characters.\n"
    )
    lifted = lift_link_copies(text)
    assert lifted is not None
    assert lifted.text.startswith("Most of the old books were written in Văn cổ (Old Prose) using")
    entry = entry_with(text, "Văn cổ")
    assert entry is not None and entry.en == "Old Prose"


def test_a_plural_ending_left_by_the_link_joins_its_word() -> None:
    text = (
        "They were criticised by several\n"
        "charity A charity is an organisation whose aims are to help people in need, funded by gifts ...\n"
        "s, and by the press.\n"
    )
    lifted = lift_link_copies(text)
    assert lifted is not None
    assert lifted.text.startswith("They were criticised by several charitys, and by the press.")


def test_a_plural_short_form_gives_the_singulars_long_form() -> None:
    # The plural written first; the entry keeps the singular short form, and its long form with it.
    text = (
        "Aid came from non-profit organizations (NPOs) of the region.\n\n"
        "A non-profit organization (NPO) is a body that makes no profit.\n"
    )
    entry = entry_with(text, "NPO")
    assert entry is not None
    assert entry.abbr == "NPO"
    assert entry.en == "non-profit organization"
    assert "NPOs" not in {v.form for v in entry.variants}


def test_a_long_form_in_another_order_stops_at_a_clause() -> None:
    text = "It was opposed by the Government of Laos, led by its Popular Party (PPL), for years."
    found = {(e.abbr, e.en) for e in mine(text) if e.abbr}
    assert ("PPL", "Laos, led by its Popular Party") not in found
    assert ("PPL", "Popular Party") in found


def test_a_dynasty_in_a_state_is_two_names() -> None:
    text = "He served the court of the Lý Dynasty in Đại Cồ Việt for years."
    assert not any("Dynasty in" in (e.en or "") for e in mine(text))


def test_two_quoted_renderings_joined_by_or_before_the_name() -> None:
    text = 'His best work, the "Song of the River" or "The Lament of the River" (Giang Khúc Ca), is known.'
    found = pairs(text)
    assert ("Giang Khúc Ca", "Song of the River") in found
    assert ("Giang Khúc Ca", "The Lament of the River") not in found


def test_a_line_after_a_comma_goes_on_with_the_sentence() -> None:
    # On a page with copies the mirror breaks lines at every link, a copy or none.
    text = (
        "Lê Văn Hòa (1702–1770),\n"
        "pen name\n"
        "A pen name is a name an author takes in place of a real name. ...\n"
        "Thanh Hà (清河),\n"
        "formal title Tĩnh Đức hầu (靜德侯), was a scholar.\n"
    )
    lifted = lift_link_copies(text)
    assert lifted is not None
    assert lifted.text.startswith(
        "Lê Văn Hòa (1702–1770), pen name Thanh Hà (清河), formal title Tĩnh Đức hầu (靜德侯), was a "
        "scholar.\n"
    )


def test_a_monarchy_is_a_place_with_its_other_names() -> None:
    # A state is a place (gold rules); the lead's "often known as" name is the state's.
    text = "Đại Nam (literally Great South), often known as Annam, was a monarchy in Southeast Asia."
    assert linked(text, "Đại Nam", "Annam")


# A province's page that names its capital, the city of the same name, by its plain spelling.
_PROVINCE = """Cam Ha Province

Capital Cẩm Hà
Region Southeast

Cẩm Hà (Hán tự: 錦河) is one of the provinces of Vietnam, in the southeast. Its capital is the city of Cam Ha.

Cẩm Hà has a population of 900,000.

Cẩm Hà Province is known for its rice.
"""


def test_the_capitals_plain_name_is_not_the_provinces() -> None:
    assert not linked(_PROVINCE, "Cam Ha", "Cẩm Hà Province")
    assert linked(_PROVINCE, "Cẩm Hà", "Cẩm Hà Province")


def test_the_capitals_entry_takes_the_bare_name_the_box_gives_it() -> None:
    # "Capital Cẩm Hà": the bare name is the city's too (gold rules §9.4, a form of both).
    city = next((e for e in mine(_PROVINCE) if "Cam Ha" in e.forms()), None)
    assert city is not None
    assert "Cẩm Hà" in city.forms()
    assert "Cẩm Hà Province" not in city.forms()


def test_a_distance_to_a_name_is_the_settlements() -> None:
    # TheInfoList breaks the line at a link: the sentence goes on after "of".
    text = (
        "The church stands in\n"
        "Kim Hải District\n"
        "Kim Hải District is a rural district of the country's south, with a long coast on the sea ...\n"
        "of Cẩm Hà Province. It is about 29 km southeast of\n"
        "Cam Ha and far from the sea.\n"
    )
    assert not linked(text, "Cam Ha", "Cẩm Hà Province")


def test_a_district_that_names_a_dynasty_is_not_the_district_there() -> None:
    # More sentences than a tally keeps: the bare name's own sightings cannot tell it apart.
    text = (
        "- Succession: Emperor of Tây Sơn dynasty\n"
        "- House: Tây Sơn dynasty\n\n"
        "He was the founder of the Tây Sơn dynasty, reigning from 1778.\n\n"
        "The Tây Sơn dynasty fell in 1802.\n\n"
        "His brothers served the Tây Sơn dynasty too.\n\n"
        "He was born in Tây Sơn District, Bình Định Province.\n"
    )
    assert not linked(text, "Tây Sơn", "Tây Sơn District")
