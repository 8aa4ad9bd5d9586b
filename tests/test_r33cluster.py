"""Round 33, clustering: a glossed nickname's rendering is a variant of what the nickname names
(docs/gold-rules.md §10.9), the pair staying a term of its own. Text written for these tests."""

from __future__ import annotations

from glossary.mine.nickname_renderings import cued_as_nickname
from glossary.mine.untranslated import extract_untranslated
from tests.mine_helpers import doc, linked, mine

_PERSON = (
    "Trần Văn Bảo (1402 – 1460), temple name Thánh Tông, nickname Núi Đá chủ (Master of Stone Hill), "
    "was a general. Trần Văn Bảo later ruled the north."
)


def test_nickname_rendering_joins_the_person() -> None:
    assert linked(_PERSON, "Trần Văn Bảo", "Master of Stone Hill")


def test_nickname_pair_stays_a_term() -> None:
    assert any(
        e.kind.value == "term" and e.vi == "Núi Đá chủ" and e.en == "Master of Stone Hill"
        for e in mine(_PERSON)
    )


def test_nickname_after_dates() -> None:
    text = (
        "Phạm Văn Sấm (1820 – 1881), nickname Ông Sấm (Mister Thunder), was a rebel. "
        "Phạm Văn Sấm died in 1881."
    )
    assert linked(text, "Phạm Văn Sấm", "Mister Thunder")
    assert linked(text, "Ông Sấm", "Mister Thunder")  # the term pair


def test_known_as_rendering_stays_apart() -> None:
    text = (
        "Phạm Văn Sấm (1820 – 1881), also known as Ông Sấm (Mister Thunder), was a rebel. "
        "Phạm Văn Sấm died in 1881."
    )
    assert linked(text, "Phạm Văn Sấm", "Ông Sấm")
    assert not linked(text, "Phạm Văn Sấm", "Mister Thunder")


def test_own_name_rendered_is_not_a_nickname() -> None:
    # The person's own name glossed word by word: a term beside the person (§10.8).
    text = "Lê Văn Bình (Peaceful Lê) was a mandarin. Lê Văn Bình served the court."
    people = [e for e in mine(text) if e.kind.value == "person"]
    assert people and all("Peaceful Lê" not in e.forms() for e in people)


def test_known_as_is_no_nickname_cue() -> None:
    # "known as" gives posthumous and temple names as often: their rendering stays a term.
    assert not cued_as_nickname(
        "Đinh Văn Hoàng", ['posthumously known as Đinh Văn Hoàng, or "Great Emperor"']
    )
    assert cued_as_nickname(
        "Núi Đá chủ", ["temple name Thánh Tông, nickname Núi Đá chủ (Master of Stone Hill)"]
    )
    assert cued_as_nickname("Hội", ['it is commonly referred to as "Hội" (the Union)'])
    assert cued_as_nickname("Sấm", ["he was dubbed Sấm (Thunder) by the troops"])


# --- a place name written only inside a longer Vietnamese phrase --------------------------------


def test_name_inside_a_vietnamese_title_is_no_spelling_of_the_place() -> None:
    text = (
        "Vietnam has many newspapers. Nguyễn Văn Tâm (2011). Lịch sử quân sự Việt Nam. Hanoi: NXB "
        "Văn Hóa. p. 12."
    )
    assert not linked(text, "Vietnam", "Việt Nam")


def test_name_inside_an_untranslated_line_is_no_spelling() -> None:
    text = "Tin từ đại sứ quán tại Việt Nam\nThe ambassador arrived in Vietnam on Monday."
    assert not linked(text, "Vietnam", "Việt Nam")


def test_name_written_on_its_own_somewhere_still_joins() -> None:
    text = "Việt Nam is long. Vietnam has 34 provinces. Lịch sử quân sự Việt Nam was printed in 1990."
    assert linked(text, "Vietnam", "Việt Nam")


def test_english_word_before_the_name_is_no_vietnamese_phrase() -> None:
    # "day" and "set" are Vietnamese syllables too; English words, they bind nothing.
    text = "The tomb lies in present-day Hà Tĩnh Province. Hà Tĩnh Province is on the coast."
    assert any("Hà Tĩnh Province" in e.forms() for e in mine(text))


def test_untranslated_run_keeps_the_name_it_ends_with() -> None:
    text = "Nguyễn Văn Tâm (2011). Lịch sử quân sự Việt Nam. Hanoi: NXB Văn Hóa."
    runs = {m.vi for m in extract_untranslated(doc(text), [])}
    assert "Lịch sử quân sự Việt Nam" in runs
    assert "Lịch sử quân sự Việt" not in runs


def test_pseudonym_rendering_stays_a_term() -> None:
    # A name the person went by, glossed word by word: a term beside the entry (§10.8).
    assert not cued_as_nickname("Trần Quốc Dân", ["under the pseudonym Trần Quốc Dân (Tran the Citizen)"])
    assert cued_as_nickname("Ông Sấm", ["His epithet was Ông Sấm (Mister Thunder)"])
