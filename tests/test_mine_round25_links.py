"""Round 25, variant links: a place's lower-case generic word after its name is a form (rules
§10.12), joined to the bare name the page also writes."""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.pipeline import extract, mine_documents


def _forms(text: str) -> list[set[str]]:
    result = mine_documents([Document("page.txt", text)])
    return [{e.en, e.vi, *(v.form for v in e.variants)} - {"", None} for e in result.entries]


def _names(text: str) -> list[str]:
    return [m.en or m.vi for m in extract(Document("page.txt", text)).mentions if m.origin == "name"]


def test_region_after_a_name_is_a_form_joined_to_the_bare_name() -> None:
    text = "Most rice grows in the Copper Highlands region of the country. The Copper Highlands flood often."
    entries = _forms(text)
    assert any({"Copper Highlands region", "Copper Highlands"} <= forms for forms in entries)


def test_river_after_a_name_is_taken_in() -> None:
    names = _names("The town sits on the Cẩm Lệ river, far from the sea.")
    assert "Cẩm Lệ river" in names


def test_bare_name_only_inside_the_phrase_stays_the_long_form() -> None:
    names = _names("Boats sail up the Cẩm Lệ river every spring.")
    assert "Cẩm Lệ" not in names
    assert "Cẩm Lệ river" in names


def test_a_capitalised_head_is_left_alone() -> None:
    # "River" capitalised is part of the name already; nothing is added after it.
    names = _names("Boats sail up the Cẩm Lệ River every spring.")
    assert not any(name.endswith("River river") for name in names)


def test_a_longer_capitalised_name_is_not_joined_as_a_bare_name() -> None:
    # "Lotus Island" is not the bare name of "Lotus Island District": another unit.
    text = "Lotus Island District was formed in 1990. Ferries reach Lotus Island daily."
    entries = _forms(text)
    assert not any({"Lotus Island", "Lotus Island District"} <= forms for forms in entries)


def test_a_word_that_only_starts_with_the_head_is_no_head() -> None:
    names = _names("The Cẩm Lệ riverside market opens at dawn.")
    assert "Cẩm Lệ river" not in names
