"""Round 38, the subject's "or" alternative and a parenthesis opening with "or" (blind27 574 and 580,
blind14 310). Texts written for these tests."""

from __future__ import annotations

from glossary.mine.rendered_heads import renders_specific
from tests.mine_helpers import entry_with, linked, mine, pairs


def test_two_personal_names_joined_by_or_open_a_lead() -> None:
    # The lead's subject and its other name before the parenthesis of dates: one person.
    text = "Trần Văn Khuê or Lê Văn Khuê (1301–1370) was a scholar of the Trần court. He wrote poems.\n"
    assert linked(text, "Trần Văn Khuê", "Lê Văn Khuê")


def test_two_personal_names_inside_a_sentence_stay_apart() -> None:
    # "or" in the middle of a sentence asks which of two people: no lead, no join.
    text = "The court asked whether Trần Văn Khuê or Lê Văn Khuê (both scholars) was to teach the prince.\n"
    assert not linked(text, "Trần Văn Khuê", "Lê Văn Khuê")


def test_an_unclosed_parenthesis_opening_with_or_still_gives_the_other_name() -> None:
    # The parenthesis is never closed, so its "(" is blanked before mining; the name after "or"
    # (with its characters and an apposition) is still the subject's.
    text = (
        "Chu Văn Khải (or Đào Kim Bảo (陶金寶), self-proclaimed Kim Đế (金帝, The Golden Emperor), was "
        "the leader of a revolt in 731 against the governors of the north. "
        + "The revolt spread over the river valleys and the coast for a year before it ended. " * 5
        + "\n"
    )
    assert linked(text, "Chu Văn Khải", "Đào Kim Bảo")


def test_han_is_a_family_name() -> None:
    # "Hàn" opens a personal name (a surname a Trần emperor gave), so the name after "or" is one.
    text = "Phạm Khuê or Hàn Khuê (1301–1370) was a scholar of the Trần court. He wrote poems.\n"
    assert linked(text, "Phạm Khuê", "Hàn Khuê")


def test_peak_is_a_place_head_word() -> None:
    # Two names of one summit with the head word "Peak": joined as two names of one place.
    text = "The highest summit of the range is Phan Xi Peak (or Fansipan Peak), 3,143 m high.\n"
    assert linked(text, "Phan Xi Peak", "Fansipan Peak")


def test_a_city_outside_the_gazetteer_with_its_other_name_after_or() -> None:
    # The country after the parenthesis says the two names are a place's; no "or", no join.
    text = "In 1925 he went to Mukden (or Shenyang), China, to meet the others.\n"
    assert linked(text, "Mukden", "Shenyang")
    bare = "In 1925 he went to Mukden (Shenyang), China, to meet the others.\n"
    assert not linked(bare, "Mukden", "Shenyang")


def test_a_parenthesis_or_rendering_its_vietnamese_word_is_a_gloss_pair() -> None:
    # "Mẹ" rendered "Mother", the head word kept: a pair, not a second name (gold rules §10.8).
    text = "The second summit of the range is Mẹ Peak (or Mother Peak), 1,100 m high.\n"
    entry = entry_with(text, "Mẹ Peak")
    assert entry is not None and entry.vi == "Mẹ Peak" and entry.en == "Mother Peak"


def test_a_rendered_specific_word() -> None:
    assert renders_specific("Mẹ Peak", "Mother Peak")
    assert not renders_specific("Chu River", "Nam Sam River")  # two names, no rendering
    university = "Hồ Chí Minh City University of Education"
    assert not renders_specific(university, "Hồ Chí Minh City Pedagogical University")
    assert not renders_specific("Mẹ Peak", "Mother Mountain")  # no shared head


def test_the_first_of_two_quoted_renderings_is_the_pairs() -> None:
    # The English read back from the parenthesis is the second rendering; the first is the pair's,
    # the second a variant with its article cut.
    text = 'Her book, the "Song of the Reed Flute" or "The Flute Lament" (Khúc sáo trúc), is long.\n'
    found = pairs(text)
    assert ("Khúc sáo trúc", "Song of the Reed Flute") in found
    entry = entry_with(text, "Khúc sáo trúc")
    assert entry is not None and "Flute Lament" in entry.forms()


def test_a_self_given_titles_rendering_is_the_titles_not_the_family_names() -> None:
    # "The Golden Emperor" renders "Kim Đế", not the rebel's family name "Chu": the pair is the
    # title's, a term beside the person (gold rules §10.15).
    text = (
        "Chu Văn Khải (朱文凱), self-proclaimed Chu Kim Đế (朱金帝, The Golden Emperor), was the leader "
        "of a revolt in 731.\n"
    )
    found = pairs(text)
    assert ("Kim Đế", "Golden Emperor") in found
    assert ("Chu Kim Đế", "Golden Emperor") not in found


def test_a_rendering_that_writes_the_family_name_keeps_the_whole_title() -> None:
    text = "Chu Văn Khải\n- Title: Chu Kim Đế, (Chu the Golden Emperor)\n"
    assert ("Chu Kim Đế", "Chu the Golden Emperor") in pairs(text)


def test_a_self_given_titles_rendering_glossed_elsewhere_joins_the_person() -> None:
    # The cue stands in the lead, the gloss in the box: the rendering is a name the rebel went by
    # (gold rules §10.13), and the pair stays a term too.
    text = (
        "Chu Văn Khải\n- Title: Chu Kim Đế, (Chu the Golden Emperor)\n\n"
        "Chu Văn Khải (朱文凱), self-proclaimed Chu Kim Đế, was the leader of a revolt in 731. "
        "In 731 Chu Văn Khải took the citadel and proclaimed himself Chu Kim Đế.\n"
    )
    assert linked(text, "Chu Văn Khải", "Chu the Golden Emperor")
    assert any(e.vi == "Chu Kim Đế" and e.en == "Chu the Golden Emperor" for e in mine(text))
