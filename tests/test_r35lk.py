"""A literal rendering of a person's other name is a term beside the person, not the person's English
(docs/gold-rules.md §10.8): the quotation marks inside the rendering stay whole, and an English compound
("Great-grandfather") counts as English words. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from glossary.mine.documents import Document
from glossary.mine.gloss_side import clean, quote_closes_inside
from glossary.mine.pipeline import mine_documents
from glossary.mine.renderings import renders
from glossary.model import Kind


def _entries(text: str) -> list[tuple[Kind, str, str | None, list[str]]]:
    result = mine_documents([Document(Path("t.txt"), text)])
    return [(e.kind, e.vi, e.en, [v.form for v in e.variants]) for e in result.entries]


def test_quoted_honorific_keeps_both_marks() -> None:
    text = "Trần Văn Lộc (1880 – 1950), also known as Bác Lộc (lit: 'Great-uncle' Lộc), was a teacher.\n"
    entries = _entries(text)
    assert (Kind.TERM, "Bác Lộc", "'Great-uncle' Lộc", []) in entries
    person = [e for e in entries if e[0] is Kind.PERSON]
    assert person and not person[0][2]
    assert "Bác Lộc" in person[0][3]


def test_unquoted_compound_rendering_stays_a_term() -> None:
    text = "Trần Văn Lộc (1880 – 1950), also known as Bác Lộc (lit. Great-uncle Lộc), was a teacher.\n"
    entries = _entries(text)
    assert (Kind.TERM, "Bác Lộc", "Great-uncle Lộc", []) in entries
    assert all(not e[2] for e in entries if e[0] is Kind.PERSON)


def test_quote_closing_inside_the_side() -> None:
    assert quote_closes_inside("'Great-uncle' Lộc")
    assert not quote_closes_inside("'Great-uncle Lộc'")
    # The apostrophe of a plural possessive does not close a double quotation.
    assert not quote_closes_inside('"Siamese soldiers\' camp"')
    assert not quote_closes_inside("Ngô's house")
    assert clean(" 'Great-uncle' Lộc, ") == "'Great-uncle' Lộc"
    assert clean('"Rising Dragon",') == "Rising Dragon"


def test_english_compound_renders() -> None:
    assert renders("Great-uncle Lộc")
    assert not renders("Ba-Ria Lộc")


def test_possessive_description_then_a_kind_noun() -> None:
    # "were X's forerunner and a feudal noble clan": the possessive stands for the article, and the
    # kind is in the second description.
    from glossary.mine.lead import lead_names

    text = (
        "The Trần lords (Vietnamese: Chúa Trần, 主陳), also known as the Trần clan (Vietnamese: Trần thị),"
        " were Trần dynasty's forerunner and a feudal noble clan ruling the north.\n"
    )
    lead = lead_names(text)
    assert lead is not None
    assert lead.kind == "org"
    assert lead.noun == "clan"
    entries = _entries(text)
    house = [e for e in entries if e[0] is Kind.ORGANISATION]
    assert house and house[0][1] == "Chúa Trần"
    assert {"Trần thị", "Trần clan"} <= set(house[0][3])


def test_second_description_needs_a_head_noun() -> None:
    from glossary.mine.lead import _second_description

    assert _second_description(" were his forerunner and a feudal noble clan ruling the north") == "clan"
    # "a town planner": the last word is the head, and it names no kind.
    assert _second_description(" was his heir and a town planner in the north") is None
