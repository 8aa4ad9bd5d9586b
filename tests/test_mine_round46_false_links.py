"""Round 46: forms that made false gloss pairs and name-variant links, on text written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.mine.cut_end import cut_end, drop_cut_forms
from glossary.mine.documents import read_document
from glossary.mine.infobox import _native_list, extract_infobox
from glossary.mine.mentions import Mention
from glossary.mine.phrase_bound_names import drop_phrase_names
from glossary.mine.pipeline import extract, mine_paths
from glossary.model import Kind, VariantType

# A box whose native name is one name with a series in it (invented ministry).
_BOX = """= Ministry of Rivers, Roads and Bridges =

Infobox
- Agency Name: Ministry of Rivers, Roads and Bridges
- Nativename: Bộ Sông ngòi, Đường sá và Cầu cống
- Formed: 3 May 1961

The Ministry of Rivers, Roads and Bridges is a ministry of an imagined state.
"""


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # a series closed by "và" is one name's words
        ("Bộ Sông ngòi, Đường sá và Cầu cống", ["Bộ Sông ngòi, Đường sá và Cầu cống"]),
        # two names listed with a comma stay two names
        ("Chùa Cầu, Chùa Ông", ["Chùa Cầu", "Chùa Ông"]),
        # one name alone
        ("Chùa Cầu", ["Chùa Cầu"]),
    ],
)
def test_native_list(value: str, names: list[str]) -> None:
    assert _native_list(value) == names


def test_native_name_with_series_is_one_name(tmp_path: Path) -> None:
    page = tmp_path / "box.txt"
    page.write_text(_BOX, encoding="utf-8")
    pairs = {(m.en, m.vi) for m in extract_infobox(read_document(page, "box.txt")) if m.vi}
    assert pairs == {("Ministry of Rivers, Roads and Bridges", "Bộ Sông ngòi, Đường sá và Cầu cống")}
    entries = mine_paths([page]).entries
    ministry = next(e for e in entries if e.en == "Ministry of Rivers, Roads and Bridges")
    assert ministry.vi == "Bộ Sông ngòi, Đường sá và Cầu cống"
    assert ministry.variants == []  # no "Bộ Sông ngòi" or "Đường sá và Cầu cống" cut out of it


_PROSE = "In 1981 the firm changed its name to the Harbour Bank for Trade and Indus"


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # a sentence cut in the middle of a word, at the text's end (blanks after it)
        (_PROSE, len(_PROSE)),
        (_PROSE + " \n\n", len(_PROSE)),
        # a finished sentence, a closing bracket or a year end a text
        (_PROSE + "try.", -1),
        ("It was renamed in the autumn of that year (see the Harbour Bank)", -1),
        ("The bank was founded by the city's merchants in the year 1961", -1),
        # a short last line is a heading, a list's item or a dictionary's line, whole without a stop
        ("The bank grew.\nSee also", -1),
        ("The bank grew.\n- nước mũi ― mucus", -1),
        # a list's, a table's or a numbered reference's line, however long
        ("The bank grew.\n- one item of a long list of the city's banks and their founders", -1),
        ("Banks\nHarbour Bank · River Bank · Trade Bank · Hill Bank · Farm Bank", -1),
        ("Notes\n  2. City Banks - Country Profile and Heritage - Harbour Bank of Trade", -1),
        # a field's line (a fact sheet's, a box's): a short label and a colon, its value whole
        ("Names\nCountry name - local long form : Harbour Bank for Trade and Industry of the Hill", -1),
        ("Names\nOfficial name: Harbour Bank for Trade and Industry of the Hill Province", -1),
        # a colon far into a sentence does not make it a field
        (_PROSE.replace("changed", "said: it changed"), len(_PROSE) + len("said: it ")),
        ("", -1),
    ],
)
def test_cut_end(text: str, cut: int) -> None:
    assert cut_end(text) == cut


def test_drop_cut_forms() -> None:
    text = _PROSE
    end = len(text)
    at = text.index("Harbour")
    cut = Mention(Kind.ORGANISATION, en="Harbour Bank for Trade and Indus", start=at, end=end)
    # a rename reader's mention over the whole sentence: the old name stays, the cut new one goes
    renamed = Mention(
        Kind.ORGANISATION,
        en="Harbour Bank",
        variants=[("Harbour Bank for Trade and Indus", VariantType.OTHER)],
        start=0,
        end=end,
    )
    early = Mention(Kind.ORGANISATION, en="Harbour Bank for Trade and Indus", start=0, end=10)
    out = drop_cut_forms(text, [cut, renamed, early])
    assert [m.en for m in out] == ["Harbour Bank", "Harbour Bank for Trade and Indus"]
    assert out[0].variants == []
    assert out[1] is early  # read before the last words: kept as it is
    # a text that ends with a stop cuts nothing
    closed = [cut, renamed]
    assert drop_cut_forms(text + "try.", closed) is closed


def test_page_cut_in_a_name_gives_no_form(tmp_path: Path) -> None:
    page = tmp_path / "cut.txt"
    page.write_text(
        "The Harbour Bank is a bank in an imagined city.\n\n"
        "It was founded in 1957 as the River Bank of Trade, under which name it worked until "
        "1981, when it changed its name to the Harbour Bank for Trade and Indus",
        encoding="utf-8",
    )
    mentions = extract(read_document(page, "cut.txt")).mentions
    forms = {f for m in mentions for f in (m.en, m.vi, *(v for v, _ in m.variants)) if f}
    assert not any("Indus" in f for f in forms)
    assert "Harbour Bank" in forms


def _place_at(text: str, form: str) -> Mention:
    """A bare place the name reader found at form's first place in text."""
    at = text.index(form)
    return Mention(Kind.PLACE, vi=form, origin="name", start=at, end=at + len(form))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # in a Vietnamese phrase, with its head word, and ending a longer Vietnamese name: no form
        ("Nghề gốm Bát Tràng (the pottery of Bát Tràng village) is old. It is called Gốm Bát Tràng.", False),
        # after a French article's elision, then in a Vietnamese phrase
        ("Cathédrale d'Hà Nội, or Nhà thờ lớn Hà Nội.", False),
        ("Cathédrale l’Hà Nội, or Nhà thờ lớn Hà Nội.", False),
        # written alone once: a form
        ("Nghề gốm Bát Tràng is old. Bát Tràng is a village.", True),
        ("Nghề gốm Bát Tràng is old. The village of Bát Tràng lies near the river.", True),
        # a capitalised English word before it is no longer Vietnamese name
        ("Nghề gốm Bát Tràng is old. Visit Bát Tràng today.", True),
        # an English word ending in "d" before a quote is no elision
        ("Cathédrale Hà Nội is old; they said'Hà Nội is old'.", True),
    ],
)
def test_bare_place_only_inside_longer_forms(text: str, kept: bool) -> None:
    form = "Bát Tràng" if "Bát Tràng" in text else "Hà Nội"
    out = drop_phrase_names(text, [_place_at(text, form)])
    assert bool(out) is kept


def test_french_word_before_is_no_longer_name() -> None:
    # "Café" holds a letter Vietnamese writes but is no Vietnamese syllable
    text = "Café Hà Nội is old. Nghề gốm Hà Nội is older."
    assert drop_phrase_names(text, [_place_at(text, "Hà Nội")])


def test_false_items_finds_the_entry_of_each_item() -> None:
    from bench.false_items import _entry_of, _forms
    from glossary.model import Entry, Variant

    lake = Entry(en="Ba Lake", vi="Hồ Ba", kind=Kind.PLACE, variants=[Variant("Two Waters")])
    bank = Entry(en="Harbour Bank", kind=Kind.ACRONYM, abbr="HB")
    entries = [lake, bank]
    assert _entry_of("pair", "hồ ba = ba lake", entries) is lake
    assert _entry_of("link", "ba lake / two waters", entries) is lake
    assert _entry_of("link", "ba lake / harbour bank", entries) is None
    assert _entry_of("acronym", "HB = Harbour Bank", entries) is bank
    assert _forms("pair", "hồ ba = ba lake") == ["hồ ba", "ba lake"]
    assert _forms("acronym", "HB = Harbour Bank / Port Bank") == ["HB", "Harbour Bank", "Port Bank"]
    assert _forms("link", "ba lake / two waters") == ["ba lake", "two waters"]
