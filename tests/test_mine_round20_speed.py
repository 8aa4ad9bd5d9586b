"""Round 20's speed cuts against their plain forms, on text written for these tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import gazetteer, gloss_side, noun_antecedents, paren_names, paren_sides
from glossary.mine.lexicon import ADMIN_UNITS
from glossary.mine.name_spans import trimmed_name
from glossary.mine.names.words import head_kind
from glossary.mine.paren_sides import names_two_places
from glossary.text import fold
from glossary.vietnamese import is_english_word


def _plain_place_and_other_name(text: str, match: re.Match[str]) -> tuple[tuple[str, int], str] | None:
    """paren_names._place_and_other_name before round 20: the labelled forms and the two places
    asked before the cheap test of a city or a province."""
    other = match.group("name")
    if not paren_names.screen_other(other)[0]:
        return None
    before = paren_names.NAME_BEFORE.search(text, max(0, match.start() - 120), match.start())
    if before is None or text[before.end(1) : match.start()] != " ":
        return None
    name, start = trimmed_name(before.group(1), before.start(1))
    if not name or fold(name) == fold(other) or set(fold(name).split()) & set(fold(other).split()):
        return None
    if paren_names._labelled_forms(text, match, name) or names_two_places(name, other):
        return None
    if head_kind(other) is not None or not (
        gazetteer.is_place(name) or name.rsplit(" ", 1)[-1].lower() in ADMIN_UNITS
    ):
        return None
    words = other.split()
    for size in range(1, len(words) + 1):
        for at in range(len(words) - size + 1):
            places = gazetteer.lookup(" ".join(words[at : at + size]))
            if any(place.unit in paren_names.LOCATING_UNITS for place in places):
                return None
    return (name, start), other


_PLACE_TEXTS = [
    "The town of Hoi An (Faifo) lies on the river. Hue (Phu Xuan) was the capital; Saigon (Gia Dinh)"
    " grew. Langson (English), Lang-Son (French) or Langland. Khánh Hòa Province (Nha Trang) and Gành"
    " Rái Bay (East Sea). Ben Thanh Market (Saigon) opens early. Hanoi (Thang Long) and Da Lat"
    " (Dalat); Bac Ninh province (Kinh Bac) and Hoi An (Quang Nam).",
    "Cao Bang (Cao Bằng) and Ha Giang (Hà Giang), Ha Long City (Hong Gai) then Thanh Hoa (Thanh"
    " Hoa). Vinh (Nghe An), Can Tho (Tay Do), the Red River (Song Hong) and Phu Quoc Island (Duong"
    " Dong). Ha Tien (Hà Tiên) or Hatien (Ha-tien), Nam Dinh (Thanh Nam).",
]


def test_place_and_other_name_matches_plain_form() -> None:
    checked = 0
    for text in _PLACE_TEXTS:
        for k in range(0, len(text), 7):
            part = text[k:]
            for match in paren_names._PAREN_NAME.finditer(part):
                assert paren_names._place_and_other_name(part, match) == _plain_place_and_other_name(
                    part, match
                ), (part[:40], match.group(0))
                checked += 1
    assert checked > 100  # the texts give the pattern matches to compare


def _antecedent_forward(text: str, floor: int, cue: int, noun: str) -> tuple[str, int] | None:
    """noun_antecedents._antecedent before round 20: every name from the front, the last kept."""
    found = known = None
    unit = noun_antecedents._GAZETTEER_UNITS.get(noun)
    for match in noun_antecedents._ANTECEDENT.finditer(text, floor, cue):
        name, start = trimmed_name(match.group(1), match.start(1))
        if not name or is_english_word(name) or noun_antecedents._describes(name, text, match.end(1), noun):
            continue
        if noun_antecedents._only_in_parentheses(text, name, start, floor):
            continue
        if noun_antecedents._names_noun(text, name, match.end(1), noun):
            found = (name, start)
        elif unit and any(p.unit == unit for p in gazetteer.lookup(name)):
            known = (name, start)
    return found or known


_ANTECEDENT_TEXTS = [
    "Hanoi is the capital, and Hai Phong a port; Bac Ninh province lies north. The city was known as"
    " Thang Long. Trấn Quốc Pagoda stands by the lake (Tây Hồ), near Quán Thánh Temple; the temple"
    " was named Khai Quoc. National Bank of Vietnam and the Buddhist temple. Cần Thơ is a city.\n\n"
    "Điện Biên Phủ (a valley) is a city in Vietnam, and Thành phố Vinh too. The province was called"
    " Phước Tuy. Cua Tung (Tung River mouth) and the river at Hue, the French army, Laos and"
    " Cambodia; the country was named Kampuchea.",
]
_NOUNS = ("city", "province", "temple", "pagoda", "bank", "river", "country", "army", "lake")


def test_antecedent_matches_forward_reading() -> None:
    for text in _ANTECEDENT_TEXTS:
        for floor in (0, *(m.end() for m in re.finditer(r"\n\n|\. ", text))):
            for cue in range(floor, len(text) + 1, 3):
                for noun in _NOUNS:
                    assert noun_antecedents._antecedent(text, floor, cue, noun) == _antecedent_forward(
                        text, floor, cue, noun
                    ), (floor, cue, noun)


_WORDS = st.sampled_from(
    [
        "Hanoi",
        "Hue",
        "Saigon",
        "Bac Ninh",
        "province",
        "city",
        "Thanh Hoa",
        "Quang Nam",
        "Temple",
        "temple",
        "the",
        "is a city",
        "(Phu Xuan)",
        "(Faifo)",
        "(English)",
        "(a town)",
        "or",
        ",",
        ".",
        "Buddhist",
        "Vietnam",
        "Laos",
        "Thành phố",
        "Market",
        "\n\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=30), st.sampled_from(_NOUNS))
def test_both_cuts_on_generated_texts(words: list[str], noun: str) -> None:
    text = " ".join(words)
    for match in paren_names._PAREN_NAME.finditer(text):
        assert paren_names._place_and_other_name(text, match) == _plain_place_and_other_name(text, match)
    for cue in range(0, len(text) + 1, 5):
        assert noun_antecedents._antecedent(text, 0, cue, noun) == _antecedent_forward(text, 0, cue, noun)


def _plain_capitalised(words: list[str]) -> bool:
    """paren_sides.capitalised before round 20: every word folded, then the others' capitals asked."""
    return bool(words) and all(w[0].isupper() for w in words if fold(w) not in ("of", "and", "the"))


def _plain_title_case(words: list[str]) -> bool:
    """gloss_side.is_title_case before round 20."""
    return len(words) > 1 and all(w[0].isupper() for w in words if fold(w) not in ("of", "and", "the"))


_TITLE_WORDS = st.lists(
    st.sampled_from(
        [
            "Temple",
            "of",
            "Of",
            "OF",
            "the",
            "The",
            "THE",
            "and",
            "And",
            "ánd",
            "thé",
            "Ðó",
            "đền",
            "Đền",
            "literature",
            "İstanbul",
            "ǅ",
            "x",
            "Ǆ",
            "ⅰ",
            "Ⅰ",
            "ǈ",
        ]
    ),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(_TITLE_WORDS)
def test_capital_tests_match_plain_forms(words: list[str]) -> None:
    assert paren_sides.capitalised(words) == _plain_capitalised(words)
    assert gloss_side.is_title_case(words) == _plain_title_case(words)
