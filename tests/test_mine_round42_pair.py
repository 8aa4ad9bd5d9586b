"""Round 42 (glosses, acronyms and spellings): the scope after "in", two names joined by "or"
before a label after them, and a body of states that CLDR lists among its territories."""

from pathlib import Path

from glossary.mine import gazetteer
from glossary.mine.documents import Document
from glossary.mine.long_forms import long_form_before
from glossary.mine.paren_inside import read_inside
from glossary.mine.parentheses import extract_parentheses
from glossary.mine.pipeline import extract
from glossary.model import VariantType


def _pairs(text: str) -> list[tuple[str, str, list[str]]]:
    doc = Document(Path("page.txt"), text, 1)
    return [(m.vi, m.en, [v for v, _ in m.variants]) for m in extract_parentheses(doc)]


def test_two_names_before_a_label_after_them() -> None:
    text = "Lúa Nước or Ruộng Lúa in Vietnamese"
    inside = read_inside(text, 0, len(text))
    assert inside is not None and inside.labelled is not None
    assert inside.labelled.text == "Lúa Nước"
    assert inside.labelled_other == "Ruộng Lúa"


def test_one_name_before_a_label_after_it_keeps_no_other() -> None:
    text = "Hồ Gươm in Vietnamese"
    inside = read_inside(text, 0, len(text))
    assert inside is not None and inside.labelled is not None
    assert (inside.labelled.text, inside.labelled_other) == ("Hồ Gươm", "")


def test_country_after_in_is_the_scope_not_the_rendering() -> None:
    # The Vietnamese names the religion alone: the English side is the noun before "in".
    pairs = _pairs("Shamanism in Vietnam (Vietnamese: đạo Mẫu) is old.\n")
    assert ("đạo Mẫu", "Shamanism", []) in pairs


def test_country_the_vietnamese_names_too_stays() -> None:
    # "Việt Nam" is in the Vietnamese side: the country is rendered, not a scope.
    pairs = _pairs("Rice in Vietnam (Vietnamese: Gạo Việt Nam) sells.\n")
    assert all(en != "Rice" for _, en, _ in pairs)


def test_united_nations_is_no_country() -> None:
    assert not any(p.unit == "country" for p in gazetteer.lookup("United Nations"))
    assert any(p.unit == "country" for p in gazetteer.lookup("Thailand"))


def test_owner_body_before_long_form_is_left_out() -> None:
    found = long_form_before("GOP", "the bank joined the United Nations Green Ocean Partnership")
    assert found is not None and found[0] == "Green Ocean Partnership"


def test_short_form_given_with_its_place_is_no_later_short_form() -> None:
    # "(Da Lat RCF)" defines RCF for the Da Lat fund: the bare "Rural Credit Fund" named later
    # does not take RCF as its abbreviation.
    text = (
        "Da Lat Bank (DLB), formerly the Da Lat Rural Credit Fund (Da Lat RCF) until 2009, is a bank.\n"
        "It was the second fund after the Hue Rural Credit Fund. The RCF opened in 2005.\n"
    )
    mentions = extract(Document(Path("page.txt"), text, 1)).mentions
    assert not any(
        m.en == "Rural Credit Fund" and ("RCF", VariantType.ABBREVIATION) in m.variants for m in mentions
    )
    assert any(("Da Lat RCF", VariantType.ABBREVIATION) in m.variants for m in mentions)
