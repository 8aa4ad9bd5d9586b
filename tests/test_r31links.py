"""Round 31 (helper r31links, blind25 analysis): variant links the miner missed. Texts written here.

A short form whose letters leave out the "for" complement of a body's name ("WWF" for the World
Wide Fund for Nature): the whole name is the long form, not the stretch cut before "for".
"""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.pipeline import mine_documents
from tests.mine_helpers import doc, has_form, linked, mine

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


# --- a label's Vietnamese form followed by an unquoted literal meaning --------------------------

LABELLED = (
    "Southern Union (French: Union du Sud; Vietnamese: Liên minh Phương Nam literally meaning "
    "Alliance of the Southern Quarter) was a grouping of provinces."
)


def test_unquoted_literal_meaning_is_no_part_of_the_labelled_form() -> None:
    assert linked(LABELLED, "Liên minh Phương Nam", "Southern Union")
    assert not has_form(LABELLED, "Liên minh Phương Nam literally meaning Alliance of the Southern Quarter")


def test_literal_meaning_stays_a_pair_beside_the_name() -> None:
    assert any(
        e.vi == "Liên minh Phương Nam" and e.en == "Alliance of the Southern Quarter" for e in mine(LABELLED)
    )
    assert not linked(LABELLED, "Southern Union", "Alliance of the Southern Quarter")


def test_literal_meaning_after_a_comma_stays_a_pair_beside_the_name() -> None:
    text = LABELLED.replace("Phương Nam literally", "Phương Nam, literally")
    assert not linked(text, "Southern Union", "Alliance of the Southern Quarter")


def test_lit_abbreviation_is_cut_too() -> None:
    text = LABELLED.replace("literally meaning", "lit.")
    assert linked(text, "Liên minh Phương Nam", "Southern Union")
    assert not has_form(text, "Liên minh Phương Nam lit. Alliance of the Southern Quarter")


def test_a_bare_word_still_joins_its_meaning_pair() -> None:
    # The meaning pair keeps apart from the name's own pair, not from the word written bare.
    text = "Kẹo\n\nKẹo, meaning candy, is sold at every market. A kẹo seller walks by."
    entries = [e for e in mine(text) if "kẹo" in {f.lower() for f in e.forms()}]
    assert len(entries) == 1


def test_one_pair_read_with_and_without_the_meaning_cue_is_one_entry() -> None:
    text = (
        'The roots are called rễ tre, literally "bamboo roots," in Vietnamese. '
        'The "rễ tre" (literally "bamboo roots") grow fast.'
    )
    entries = [e for e in mine(text) if e.vi == "rễ tre"]
    assert len(entries) == 1 and entries[0].en == "bamboo roots"
