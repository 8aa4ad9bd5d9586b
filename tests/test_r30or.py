"""Round 30: two names of one thing joined by "or" (or_alternatives.py), and kindless leads."""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.glosses import extract_glosses
from glossary.mine.or_alternatives import or_alternatives
from tests.mine_helpers import linked


def _alternatives(text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (m.kind.value, m.vi or m.en, [form for form, _ in m.variants])
        for m in or_alternatives(Document("t.txt", text))
    ]


def test_lead_pair_with_a_parenthesis_and_a_singular_verb() -> None:
    text = "Cầu Town or Cầu Street (Phố Cầu) was a river port of the north."
    assert _alternatives(text) == [("place", "Cầu Town", ["Cầu Street"])]


def test_shared_head_word_after_both_names() -> None:
    text = "The Lanh or Bo Kha river runs south to the sea."
    assert _alternatives(text) == [("place", "Lanh", ["Bo Kha river"])]


def test_person_and_title_with_an_apposition() -> None:
    text = "The war ended when Trần Văn Minh or Emperor Quang Hòa, a son of the old lord, took the city."
    assert _alternatives(text) == [("person", "Trần Văn Minh", ["Emperor Quang Hòa"])]


def test_two_places_as_choices_are_not_joined() -> None:
    # Not at the sentence's start, no singular verb after the pair: two places.
    assert _alternatives("Traders went to Cầu Town or Bến Street (Phố Bến) each spring.") == []
    # A plural verb: two things.
    assert _alternatives("Cầu Town or Bến Street are two old ports.") == []


def test_person_without_apposition_is_not_joined() -> None:
    assert _alternatives("Either Trần Văn Minh or Emperor Quang Hòa took the city.") == []
    # A copula after the pair is not enough for a person (round 6's "a title is no other name").
    assert _alternatives("Trần Văn Minh, or Emperor Quang Hòa, was a general.") == []


def test_gloss_pairs_and_short_forms_are_left_to_their_readers() -> None:
    assert _alternatives("The Northern Fishing Union, or NFU (Vietnamese: Hội Cá), is a body.") == []
    assert _alternatives("The Fishing Union or Hội Nghề Cá Bắc is a body of fishermen.") == []


def test_names_of_two_kinds_are_not_joined() -> None:
    assert _alternatives("Cầu Town or Cầu Bank (Ngân hàng Cầu) is a name seen on old maps.") == []


def test_the_first_alternative_joins_the_pair_in_the_glossary() -> None:
    text = "Cầu Town or Cầu Street (Phố Cầu) was a river port of the north. Many ships came there."
    assert linked(text, "Cầu Town", "Phố Cầu")
    assert linked(text, "Cầu Street", "Cầu Town")


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.vi, m.en) for m in extract_glosses(Document("t.txt", text)) if m.vi and m.en}


def test_a_literal_meaning_after_a_vietnamese_parenthesis_glosses_its_form() -> None:
    text = (
        "Lanh River or Bo River (Sông Lanh or sông Bò) (lit. Silver River, because it shines at dawn) "
        "is long."
    )
    pairs = _pairs(text)
    assert ("Sông Lanh", "Silver River") in pairs
    assert not any("because" in en for _, en in pairs)


def test_a_literal_meaning_after_other_languages_forms_glosses_the_vietnamese_lead() -> None:
    text = (
        "Bình Hải quân or the Pinghai Naval Command (Chinese: 平海軍, pinyin: Pínghǎi Jūn) "
        '(literally "Calm Sea Army") was a military district of the south.'
    )
    assert ("Bình Hải quân", "Calm Sea Army") in _pairs(text)


def test_a_literal_meaning_after_a_parenthesis_with_no_vietnamese_name_before_is_no_pair() -> None:
    text = 'The Pinghai Naval Command (Chinese: 平海軍) (literally "Calm Sea Army") was a district.'
    assert not any(en == "Calm Sea Army" for _, en in _pairs(text))


def test_a_literal_meaning_after_a_parenthesis_too_long_to_read() -> None:
    # A copied page's hover text inside the parenthesis makes it too long: its "(" is blanked.
    hover = "Chinese can refer to: something related to China, its people and its many languages. " * 6
    text = (
        "Bình Hải quân or the Pinghai Naval Command (\n"
        f"{hover}\n: 平海軍, pinyin: Pínghǎi Jūn) "
        '(literally "Calm Sea Army") was a military district of the south.'
    )
    assert ("Bình Hải quân", "Calm Sea Army") in _pairs(text)


def test_an_aside_before_or_and_a_chain_of_alternatives() -> None:
    text = "Quy Nhơn (formerly Thị Nại)[2] or sometimes Qui Nhơn or Quy Nhân, is a port of the coast."
    assert _alternatives(text) == [
        ("place", "Quy Nhơn", ["Qui Nhơn"]),
        ("place", "Quy Nhơn", ["Quy Nhân"]),
    ]


def test_a_title_run_into_a_copied_lead_is_not_a_name() -> None:
    # "Hanoi Hanoi or Ha Noi (...)": the doubled title is no form, and its second copy opens no sentence.
    assert _alternatives("Hanoi Hanoi or Ha Noi (vi, Hà Nội) is the capital.") == []
