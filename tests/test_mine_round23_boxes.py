"""Round 23: page layouts. A quoted line under a box's Vietnamese name or under a quoted box value
is its rendering; a dictionary entry's headword is rendered by its first sense line."""

from __future__ import annotations

import pytest

from glossary.mine.box_labels import unglue
from glossary.mine.dictionary_entries import _rendering, extract_dictionary_entry
from glossary.mine.infobox import extract_infobox
from glossary.mine.title_stack import extract_title_stack
from glossary.model import Kind
from tests.mine_helpers import doc, entry_with

# Pages written for these tests, shaped as the mirrors' flattened boxes and dictionary entries are.
_MEANING_STACK = """Cẩm Hà Province

From a wiki, the free encyclopedia

Cẩm Hà
"Shore of Herons"
Location of Cẩm Hà Province
Capital Hội Xuân

Cẩm Hà Province is a province of Vietnam.
"""

_CAPTION_STACK = """Cẩm Hà Province

Cẩm Hà
Hội Xuân market in 2010
Location of Cẩm Hà Province

Cẩm Hà Province is a province of Vietnam.
"""

_QUOTED_ANTHEM = """Hội Nông Dân Tự Do
AbbreviationHNDTD
FounderLê Văn Tâm
FoundedMay 1, 1930
HeadquartersHuế
Anthem"Bài ca đồng lúa [vi]"
"The Song of the Rice Fields"
Party flag
"""

_QUOTED_ANTHEM_ALONE = """Hội Nông Dân Tự Do
AbbreviationHNDTD
FounderLê Văn Tâm
FoundedMay 1, 1930
HeadquartersHuế
Anthem"Bài ca đồng lúa [vi]"
Party flag
"""

_ENTRY = """bánh tráng
Vietnamese
Etymology
From bánh (“cake”) + tráng (“to spread thin”).
Pronunciation
- IPA(key): [ɓajŋ̟˧˦ t͡ɕaːŋ˧˦]
Noun
- (cooking) a rice paper (a thin sheet of rice flour used for rolls)
- a later, narrower sense
"""

_ENTRY_WITH_EDIT_LINKS = """[edit]bún
Vietnamese
[edit]Noun
[edit]- bun (rice vermicelli)
"""

_ENTRY_CROSS_REFERENCE = """Hội An
Vietnamese
Proper noun
- Hội An (a city of Quảng Nam Province)
"""

_NOT_AN_ENTRY = """bánh tráng
Rice paper is eaten all over Vietnam.
Noun
- a rice paper
"""


def _pairs(mentions: object) -> set[tuple[str, str, Kind]]:
    return {(m.vi, m.en, m.kind) for m in mentions if m.vi and m.en}  # type: ignore[attr-defined]


def test_quoted_line_under_the_native_name_is_its_meaning() -> None:
    assert _pairs(extract_title_stack(doc(_MEANING_STACK))) == {("Cẩm Hà", "Shore of Herons", Kind.TERM)}


def test_quoted_meaning_joins_no_place() -> None:
    # The meaning is a term of its own beside the province, never one of the province's names.
    entry = entry_with(_MEANING_STACK, "Shore of Herons")
    assert entry is not None and entry.kind is Kind.TERM
    assert "Cẩm Hà Province" not in entry.forms()


def test_unquoted_caption_under_the_name_is_no_meaning() -> None:
    assert _pairs(extract_title_stack(doc(_CAPTION_STACK))) == set()


@pytest.mark.parametrize(
    "text",
    [
        _QUOTED_ANTHEM,  # the rendering alone on the next line: its article is cut (rules §1)
    ],
)
def test_quoted_box_value_rendered_on_the_next_line(text: str) -> None:
    found = _pairs(extract_infobox(doc(unglue(text))))  # the pipeline unglues a box's labels first
    assert ("Bài ca đồng lúa", "Song of the Rice Fields", Kind.TERM) in found


def test_quoted_box_value_without_a_quoted_line_under_it_gives_no_pair() -> None:
    # The next line is the box's next row, no rendering.
    assert not any(
        vi == "Bài ca đồng lúa" for vi, _, _ in _pairs(extract_infobox(doc(unglue(_QUOTED_ANTHEM_ALONE))))
    )


@pytest.mark.parametrize(
    ("sense", "rendering"),
    [
        ("- (cooking) a rice paper (a thin sheet)", "rice paper"),  # label, article, explanation cut
        ("- bun (rice vermicelli)", "bun"),  # a loanword no English scorer knows
        ("- to spread thin; to coat", "to spread thin"),  # the first of several senses
        ("- Hội An (a city)", ""),  # Vietnamese letters: a cross-reference, no rendering
        ("- a very long explanation of what the word means here", ""),  # a definition, not a rendering
    ],
)
def test_sense_line_rendering(sense: str, rendering: str) -> None:
    assert _rendering(sense) == rendering


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ENTRY, {("bánh tráng", "rice paper", Kind.TERM)}),  # only the first sense
        (_ENTRY_WITH_EDIT_LINKS, {("bún", "bun", Kind.TERM)}),  # "[edit]" links before the lines
        (_ENTRY_CROSS_REFERENCE, set()),  # the sense repeats the headword
        (_NOT_AN_ENTRY, set()),  # no language line under the headword: not a dictionary entry
    ],
)
def test_dictionary_entry(text: str, expected: set[tuple[str, str, Kind]]) -> None:
    assert _pairs(extract_dictionary_entry(doc(text))) == expected


def test_dictionary_entry_mined_as_one_term() -> None:
    entry = entry_with(_ENTRY, "rice paper")
    assert entry is not None and entry.kind is Kind.TERM and entry.vi == "bánh tráng"


_GENERIC_AFTER_STACK = """Cẩm Hà district, Hội Xuân province

Cẩm Hà is a district (huyện) of Hội Xuân province.

Cẩm Hà district
Huyện Cẩm Hà
Location in Hội Xuân province
Country Vietnam
"""

_OTHER_NAME_OVER_GENERIC = """Hội Xuân market

Hội Xuân market
Huyện Cẩm Hà
Location in Hội Xuân province
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The title puts an English generic after the name the native line puts its generic before.
        (_GENERIC_AFTER_STACK, {("Huyện Cẩm Hà", "Cẩm Hà district", Kind.PLACE)}),
        # Another name over the native line: no rendering of it.
        (_OTHER_NAME_OVER_GENERIC, set()),
    ],
)
def test_title_with_a_lower_case_generic_over_the_native_line(
    text: str, expected: set[tuple[str, str, Kind]]
) -> None:
    assert _pairs(extract_title_stack(doc(text))) == expected


_SYNONYMS_ENTRY = """Huế
See also: Hue
English
Proper noun
Huế
|
Vietnamese
Etymology
Possibly from a word for "harmony".
Proper noun
Synonyms
- Phú Xuân (historic)
- Thuận Hóa (historic)
References
- a book about the city
"""


def test_synonyms_of_a_place_headword_are_its_other_names() -> None:
    found = {(m.vi, form) for m in extract_dictionary_entry(doc(_SYNONYMS_ENTRY)) for form, _ in m.variants}
    assert found == {("Huế", "Phú Xuân"), ("Huế", "Thuận Hóa")}
