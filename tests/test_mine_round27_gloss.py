"""Round 27: gloss pairs (docs/miner.md "### Round 27: gloss pairs"): a name written without marks
and glossed word for word in English words stays a term pair beside the place (class W), and a
side never ends in a joint word (plain bug S2)."""

from __future__ import annotations

from glossary.mine.form_tidy import tidy_forms
from glossary.mine.mentions import Mention
from glossary.mine.paren_names import paren_other_names
from glossary.model import Kind
from tests.mine_helpers import doc, entry_with, mine

_GLOSSED = (
    "The old garrison stood at Ca Mau (Black Water), near the coast. Ca Mau is now a city of the province."
)


def test_a_rendering_in_english_words_is_no_other_name() -> None:
    others = [(m.en, [v for v, _ in m.variants]) for m in paren_other_names(doc(_GLOSSED))]
    assert ("Ca Mau", ["Black Water"]) not in others


def test_a_real_other_name_in_a_parenthesis_stays_one() -> None:
    others = [
        (m.en, [v for v, _ in m.variants])
        for m in paren_other_names(doc("We flew to Ho Chi Minh City (Saigon) at dawn."))
    ]
    assert ("Ho Chi Minh City", ["Saigon"]) in others


def test_the_glossed_name_is_a_term_beside_the_place() -> None:
    entries = mine(_GLOSSED)
    term = entry_with(_GLOSSED, "Black Water")
    assert term is not None and term.kind is Kind.TERM
    assert (term.vi, term.en) == ("Ca Mau", "Black Water")
    places = [e for e in entries if e.kind is Kind.PLACE and "Ca Mau" in (e.vi, e.en)]
    assert places, "the place keeps an entry of its own"
    assert all("Black Water" not in [v.form for v in e.variants] for e in places)


def test_a_term_rendering_alone_is_not_folded_into_a_place() -> None:
    text = "The fort stood at Vinh Long (Eternal Prosperity) by the river."
    term = entry_with(text, "Eternal Prosperity")
    assert term is not None and term.kind is Kind.TERM and term.vi == "Vinh Long"


def test_a_marked_name_with_its_english_name_stays_the_place() -> None:
    text = "Travellers reach Sông Hương (Perfume River) from the citadel."
    river = entry_with(text, "Perfume River")
    assert river is not None and river.kind is Kind.PLACE and river.vi == "Sông Hương"


def _tidied(en: str) -> str:
    mention = Mention(Kind.TERM, en=en, vi="Cơm tấm")
    tidy_forms([mention])
    return mention.en


def test_a_side_never_ends_in_a_joint_word() -> None:
    assert _tidied("Broken Rice Dish and") == "Broken Rice Dish"
    assert _tidied("broken rice, or") == "broken rice"


def test_a_joint_word_inside_a_side_stays() -> None:
    assert _tidied("rice and pork") == "rice and pork"
    assert _tidied("Land of Fire or Ice") == "Land of Fire or Ice"


def test_an_unmarked_name_with_its_english_name_stays_the_place() -> None:
    text = "Boats sail on the Song Huong (Perfume River) through the city. The Song Huong is calm."
    river = entry_with(text, "Perfume River")
    assert river is not None and river.kind is Kind.PLACE and river.vi == "Song Huong"
