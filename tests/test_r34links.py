"""Round 34, links: a person's "changed his name to Y" joins Y to the person's earlier name.
Texts written for these tests."""

from __future__ import annotations

from glossary.mine.former_name_cues import changed_names
from tests.mine_helpers import doc, linked


def _changed(text: str) -> set[tuple[str, str]]:
    return {(m.vi or m.en or "", v[0]) for m in changed_names(doc(text)) for v in m.variants}


def test_his_name_changed_joins_the_nearest_personal_name() -> None:
    text = (
        "Trịnh Văn Bảo was a teacher of the northern hills.\n\n"
        "He was born in 1890 to a farming family, and given the name Trịnh Hữu Tâm. "
        "His uncle changed his name to Trịnh Văn Khoa.\n"
    )
    assert linked(text, "Trịnh Hữu Tâm", "Trịnh Văn Khoa")


def test_a_baptismal_name_before_the_vietnamese_name_is_still_a_person() -> None:
    text = (
        "Ông Bảo was a scholar. He adopted the name Paulus Đỗ Văn Minh, but later changed his name to "
        "Paulus Đỗ Quang Minh. He taught in a seminary.\n"
    )
    assert _changed(text) == {("Paulus Đỗ Văn Minh", "Paulus Đỗ Quang Minh")}


def test_his_name_to_a_place_or_an_english_word_gives_nothing() -> None:
    # The new name must be a person's: a place or a plain word after the cue is no rename of him.
    assert not _changed("Trịnh Hữu Tâm moved north. He changed his name to Hanoi Province.\n")
    assert not _changed("Trịnh Hữu Tâm moved north. He never changed his name to anything.\n")


def test_also_changed_his_name_stays_refused() -> None:
    # "also changed its name" means the new name was another's already; the same for a person.
    text = "Trịnh Hữu Tâm moved north. He also changed his name to Trịnh Văn Khoa.\n"
    assert not _changed(text)
