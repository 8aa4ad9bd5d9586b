"""Round 36, links (blind27): false and missed variant links between a person's names. Texts
written for these tests."""

from __future__ import annotations

from tests.mine_helpers import has_form, linked


def test_a_glossed_english_throne_title_is_no_name_of_the_ruler() -> None:
    # The quoted English title is rendered by its Vietnamese words in the parenthesis: a term pair
    # (gold rules §10.15), not a name the ruler reigned under.
    text = (
        "Đào Văn Khải was a rebel of the eighth century. "
        'In 731, Đào Văn Khải took the citadel and proclaimed himself the "Golden Emperor" (Kim Đế). '
        "The revolt ended a year later.\n"
    )
    assert not linked(text, "Đào Văn Khải", "Golden Emperor")


def test_a_vietnamese_throne_name_still_joins_the_ruler() -> None:
    # The same cue with a Vietnamese name after it keeps giving the ruler that name.
    text = (
        "Đào Văn Khải was a rebel of the eighth century. "
        "In 731, Đào Văn Khải took the citadel and proclaimed himself Đào Kim Đế. "
        "The revolt ended a year later.\n"
    )
    assert linked(text, "Đào Văn Khải", "Đào Kim Đế")


def test_a_possessive_after_a_called_name_is_no_other_name() -> None:
    # "Kinh Xình's house" opens the next clause: the owner's possessive is no second name.
    text = (
        "Her husband was a farmer named Hoàng Văn Lộc, who was called Lộc Mèo, Lộc Mèo's barn "
        "was where the cadres met.\n"
    )
    assert linked(text, "Hoàng Văn Lộc", "Lộc Mèo")
    assert not has_form(text, "Lộc Mèo's")


def test_nong_is_a_family_name() -> None:
    # "Nông" opens Tày and Nùng names: the whole name is the person's, not its last two words.
    text = (
        "The village had many fighters. His uncle, Nông Văn Khoát (alias Chí Dũng) was a "
        "member of the militia.\n"
    )
    assert linked(text, "Nông Văn Khoát", "Chí Dũng")
    assert not has_form(text, "Văn Khoát")


def test_an_alias_a_ward_bears_is_still_the_persons() -> None:
    # "Tân Định" is a ward in the gazetteer, but the cue says it is another name of a person.
    text = (
        "Tân Định is the alias of Lương Văn Khiết (1920–1945). He was a courier for the resistance.\n"
    )
    assert linked(text, "Tân Định", "Lương Văn Khiết")


def test_a_run_in_preview_lead_names_its_title_other_names() -> None:
    # A mirror's link preview: the linked article's title on its line, then its own lead sentence
    # with the title's other name after "or".
    text = (
        "Lê Văn Hưu was a historian who worked under the\n"
        "Song dynasty\n"
        "The Song dynasty (960–1279), or the Song Empire, was an imperial dynasty of China that "
        "ruled for three centuries ...\n"
        "court, and wrote a chronicle.\n"
    )
    assert linked(text, "Song dynasty", "Song Empire")


def test_a_preview_on_one_line_after_its_title() -> None:
    # The same preview run on after its title on one line.
    text = (
        "He served the\n"
        "Yuan dynasty The Yuan dynasty (1271–1368), or the Yuan Empire, was an imperial dynasty "
        "of China founded by the Mongols ...\n"
    )
    assert linked(text, "Yuan dynasty", "Yuan Empire")
