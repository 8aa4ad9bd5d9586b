"""Round 11b of the miner's name-variant links (docs/miner.md, "Round 11: links", "Round 11b"): a
word-for-word rendering of a place's or a body's name is a term pair beside the thing's own entry
(docs/gold-rules.md §10.8), not a variant of it. Each case is a sentence written for these tests,
with cases where the rendering must stay apart and cases where the English is the thing's name."""

from __future__ import annotations

import unicodedata

from glossary.model import Entry, Kind
from tests.mine_helpers import entry_with, linked, mine


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _pair(text: str, en: str) -> Entry:
    return next(e for e in mine(text) if e.en == en)


# --- A rendering in lower case is no name of the place ---------------------------------------------

PEAKS = (
    'The Bảy Núi (Chữ Hán: 七山; "seven mountains"), also known in English as Seven Hills, are a '
    "group of seven peaks in An Giang. Bảy Núi draws pilgrims."
)


def test_a_lower_case_rendering_of_a_places_name_stays_a_term_pair() -> None:
    place = entry_with(PEAKS, "Seven Hills")
    assert place is not None and place.kind is Kind.PLACE
    assert place.vi == _nfc("Bảy Núi")  # the place keeps its own name
    assert "seven mountains" not in place.forms()
    pair = _pair(PEAKS, "seven mountains")
    assert pair.vi == _nfc("Bảy Núi") and pair.kind is Kind.TERM
    assert not linked(PEAKS, "Seven Hills", "seven mountains")


# --- What the text calls literal is a rendering, whatever its capitals ----------------------------

SONG = (
    'His title came from an earlier song of his, "Phong Châu" (lit. "Red Maple", a former name of '
    "Phú Thọ). Phong Châu was the seat of the first kings."
)


def test_a_name_rendered_literally_stays_a_term_pair_beside_the_place() -> None:
    assert linked(SONG, "Phong Châu", "Phú Thọ")  # the former name is still the place's
    assert not linked(SONG, "Red Maple", "Phú Thọ")
    pair = _pair(SONG, "Red Maple")
    assert pair.vi == _nfc("Phong Châu") and pair.kind is Kind.TERM


# --- One common noun is no body's name --------------------------------------------------------------

LEAGUE = (
    "The Communist Youth League of Vietnam (Vietnamese: Đoàn Thanh niên Cộng sản Việt Nam) is a youth "
    'organisation. In Vietnam, it is commonly referred to as "Đoàn" (the League) or "Đoàn ta" (our '
    "League)."
)


def test_a_body_called_by_a_common_noun_keeps_the_name_but_not_the_noun() -> None:
    body = entry_with(LEAGUE, "Communist Youth League of Vietnam")
    assert body is not None and body.kind is Kind.ORGANISATION
    assert _nfc("Đoàn") in body.forms()  # what the page calls it is the body's other name
    # Since round 33 the nickname's rendering is the body's too (gold rules §10.9: 'referred to as
    # "Đảng" (the Party)').
    assert "League" in body.forms()
    pair = _pair(LEAGUE, "League")
    assert pair.vi == _nfc("Đoàn") and pair.kind is Kind.TERM


# --- Where the English may be the thing's own name, the pair is the thing's entry -------------------

SHRINE = (
    "The Tĩnh Quốc Pagoda is the oldest pagoda of the town. When founded the pagoda was named Khai "
    "Minh (Opening Light) and stood by the river."
)


def test_a_former_name_rendered_in_title_case_stays_a_term_pair_beside_the_place() -> None:
    # The rendering of a name the place was given beside its own is the alias's, not the place's
    # (docs/gold-rules.md §10.8, which supersedes blind4 decision 3): no cue is needed.
    assert linked(SHRINE, "Tĩnh Quốc Pagoda", "Khai Minh")  # the former name is still the place's
    assert not linked(SHRINE, "Tĩnh Quốc Pagoda", "Opening Light")
    pair = _pair(SHRINE, "Opening Light")
    assert pair.vi == "Khai Minh" and pair.kind is Kind.TERM


def test_a_literal_cue_before_other_words_keeps_the_former_names_rendering_apart() -> None:
    text = SHRINE.replace("(Opening Light)", '(Opening Light; literally "bright start")')
    assert linked(text, "Tĩnh Quốc Pagoda", "Khai Minh")
    assert not linked(text, "Tĩnh Quốc Pagoda", "Opening Light")


def test_a_rivers_english_name_that_renders_words_is_the_rivers() -> None:
    text = "The Sông Lam (Blue River) flows through Nghệ An. Sông Lam floods each autumn."
    river = entry_with(text, "Blue River")
    assert river is not None and river.kind is Kind.PLACE
    assert river.vi == _nfc("Sông Lam")


def test_one_english_word_that_names_one_region_is_the_regions() -> None:
    # "Southeast" is no head word: it says which region, as "the Party" does not say which party.
    text = "Đông Nam Bộ (Southeast) is rich; the Đông Nam Bộ region has ports and factories."
    region = entry_with(text, "Đông Nam Bộ region")
    assert region is not None and region.vi == _nfc("Đông Nam Bộ") and "Southeast" in region.forms()


# --- An alias given with its rendering: the alias joins the body, the rendering stays apart --------

GUARD = (
    "The Home Guard (HG), officially the Vietnam Home Guard (VHG; Vietnamese: Vệ binh Nhân dân Việt "
    "Nam, lit.'Guard of and for the people of Vietnam'), also recognized as the Vietnamese Guard "
    "(Vietnamese: Vệ binh Việt Nam, lit.'Guard of Vietnam'), protects the towns. The HG was founded "
    "in 1950."
)


def test_the_rendering_of_a_bodys_other_name_is_a_pair_apart_from_the_body() -> None:
    body = entry_with(GUARD, "Vietnam Home Guard")
    assert body is not None and body.abbr == "VHG"
    # The other name, in both languages, is the body's; its rendering is not.
    assert {"Vietnamese Guard", _nfc("Vệ binh Việt Nam")} <= set(body.forms())
    assert "Guard of Vietnam" not in body.forms()
    pair = _pair(GUARD, "Guard of Vietnam")
    assert pair.vi == _nfc("Vệ binh Việt Nam")


def test_the_rendering_of_a_bodys_own_name_stays_its_gloss_variant() -> None:
    # §10.6: the official name's rendering is another form of the body, not a pair apart.
    assert linked(GUARD, "Vietnam Home Guard", "Guard of and for the people of Vietnam")
    assert not any(e.en == "Guard of and for the people of Vietnam" for e in mine(GUARD))


def test_a_places_own_english_name_joins_it_beside_a_former_name() -> None:
    text = (
        "The Perfume River (Sông Hương) crosses Huế. The river was once named Linh Giang, and the "
        "Perfume River is calm."
    )
    river = entry_with(text, "Perfume River")
    assert river is not None and river.kind is Kind.PLACE
    assert river.vi == _nfc("Sông Hương") and "Linh Giang" in river.forms()
