"""Round 31 (helper r31links, blind25 analysis): variant links the miner missed. Texts written here.

A short form whose letters leave out the "for" complement of a body's name ("WWF" for the World
Wide Fund for Nature): the whole name is the long form, not the stretch cut before "for".
"""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.pipeline import mine_documents
from tests.mine_helpers import doc, has_form, linked

# --- a short form that leaves out the name's "for" complement ----------------------------------

FUND = (
    "The survey was made by the Ministry of Fisheries and the Global Wild Fund for Rivers. "
    "Ten years later a trap set by GWF took the first photograph."
)


def test_short_form_joins_the_whole_name_with_its_for_complement() -> None:
    assert linked(FUND, "Global Wild Fund for Rivers", "GWF")


def test_the_stretch_cut_before_for_is_no_form() -> None:
    assert not has_form(FUND, "Global Wild Fund")


def test_a_name_without_complement_keeps_its_short_form() -> None:
    text = "The survey was made by the Global Wild Fund. A trap set by GWF took the photograph."
    assert linked(text, "Global Wild Fund", "GWF")


def test_a_short_form_that_spells_the_complement_is_unchanged() -> None:
    text = "The survey was made by the Global Wild Fund for Rivers. A trap set by GWFR took the photograph."
    assert linked(text, "Global Wild Fund for Rivers", "GWFR")


# --- one name with and without marks on one page, given two kinds by the readers ----------------

# "Co" is a company's head word, so "Hoang Co" reads as a body; "Hoàng Cơ", a family name and a
# syllable, as a person's or a place's name.


def test_marked_and_unmarked_spellings_of_other_kinds_join() -> None:
    text = (
        "Hoàng Cơ was a fairy of the northern mountains in the old tales.\n\n"
        "Hoang Co is shown in the picture beside her husband. The tale of Hoàng Cơ is told at every festival."
    )
    assert linked(text, "Hoàng Cơ", "Hoang Co")


def test_spellings_on_two_pages_stay_apart() -> None:
    first = doc("Hoàng Cơ is a ward of the city, on the river bank.")
    second = Document("u.txt", "The firm Hoang Co sells rice. Hoang Co was founded in 1990.")
    entries = mine_documents([first, second]).entries
    assert not any({"Hoàng Cơ", "Hoang Co"} <= set(e.forms()) for e in entries)
