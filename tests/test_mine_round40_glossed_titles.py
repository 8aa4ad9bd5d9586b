"""Round 40: princely titles written the Vietnamese way and glossed (names/glossed_titles.py).

"Prince Bảo Định (Vietnamese: Bảo Định vương) Phạm Văn Khôi": the title and its Vietnamese form are
a term pair, and both are other names of the man who holds the title. The texts are made up for
these tests.
"""

from __future__ import annotations

from glossary.mine.documents import Document
from glossary.mine.pipeline import mine_documents
from glossary.model import Entry, Kind, VariantType


def _entries(text: str) -> list[Entry]:
    return mine_documents([Document("t.txt", text)]).entries


def _person(entries: list[Entry], vi: str) -> Entry:
    return next(e for e in entries if e.kind is Kind.PERSON and e.vi == vi)


def _others(entry: Entry) -> set[str]:
    return {v.form for v in entry.variants if v.type is VariantType.OTHER}


def _pairs(entries: list[Entry]) -> set[tuple[str, str]]:
    # Of any kind: a rank and a name in English read as a person (entry_build), still a pair.
    return {(e.vi, e.en) for e in entries if e.vi and e.en}


def test_the_man_named_after_the_parenthesis_holds_the_title() -> None:
    entries = _entries(
        "The king had two sons. His brother Prince Bảo Định (Vietnamese: Bảo Định vương) Phạm Văn Khôi "
        "led the army north in 1290."
    )
    assert _others(_person(entries, "Phạm Văn Khôi")) == {"Prince Bảo Định", "Bảo Định vương"}
    # The pair stays an entry of its own beside the man's.
    assert ("Bảo Định vương", "Prince Bảo Định") in _pairs(entries)
    assert not any(e.vi == "Bảo Định" for e in entries)


def test_a_pair_without_a_language_label_is_read_too() -> None:
    entries = _entries("He had a younger brother, Prince An Hoà (An Hoà vương) Lê Văn Tâm, who fought well.")
    assert _others(_person(entries, "Lê Văn Tâm")) == {"Prince An Hoà", "An Hoà vương"}
    assert ("An Hoà vương", "Prince An Hoà") in _pairs(entries)


def test_the_man_the_page_writes_after_the_title_elsewhere_holds_it() -> None:
    # "Marquis" and "hầu", then "Prince" and "vương": one title name, one man.
    entries = _entries(
        "Prince Tĩnh An Đỗ Văn Hải was a general of the north. Đỗ Văn Hải was the son of a general "
        "from whom he inherited the title Marquis Tĩnh An (Vietnamese: Tĩnh An hầu). Later Đỗ Văn Hải "
        "was made Prince Tĩnh An (Tĩnh An vương)."
    )
    forms = _others(_person(entries, "Đỗ Văn Hải"))
    assert {"Marquis Tĩnh An", "Tĩnh An hầu", "Prince Tĩnh An", "Tĩnh An vương"} <= forms


def test_the_subject_holds_the_title_given_as_his_or_alternative() -> None:
    entries = _entries(
        "Hồ Văn Lạc (1250–1320), or Prince Minh Khánh (Vietnamese: Minh Khánh vương / 明慶王), was a "
        "prince of the Hồ house.\n\nHồ Văn Lạc studied in the capital."
    )
    assert {"Prince Minh Khánh", "Minh Khánh vương"} <= _others(_person(entries, "Hồ Văn Lạc"))


def test_a_rank_and_a_word_of_another_rank_are_no_pair() -> None:
    # "Duke" is rendered "công", not "vương": no glossed title, no other name.
    entries = _entries("Duke Bảo Định (Vietnamese: Bảo Định vương) Phạm Văn Khôi led the army north.")
    assert all("Bảo Định vương" not in _others(e) for e in entries if e.kind is Kind.PERSON)


def test_a_place_read_after_the_parenthesis_is_the_man() -> None:
    entries = _entries(
        # "Trần Liễu" alone reads as a place to the name reader (a place of that name is known).
        "Her sister later married Prince Phúc Lâm (Vietnamese: Phúc Lâm vương) Trần Liễu, Lý Thị Hoa herself "
        "was made a princess."
    )
    assert _others(_person(entries, "Trần Liễu")) == {"Prince Phúc Lâm", "Phúc Lâm vương"}
    assert not any(e.kind is Kind.PLACE and e.vi == "Trần Liễu" for e in entries)


def test_the_title_name_written_alone_is_the_holders() -> None:
    # "Prince Bảo Định" alone later in the page: the same man, not a second person "Bảo Định".
    entries = _entries(
        "His brother Prince Bảo Định (Vietnamese: Bảo Định vương) Phạm Văn Khôi led the army north. "
        "In 1290 Prince Bảo Định returned to the capital and wrote poems."
    )
    assert not any(e.kind is Kind.PERSON and e.vi == "Bảo Định" for e in entries)
    assert _others(_person(entries, "Phạm Văn Khôi")) == {"Prince Bảo Định", "Bảo Định vương"}


def test_a_pen_name_written_after_a_princely_rank_gives_the_titled_form() -> None:
    entries = _entries(
        "Lê Thị Hoa was born in 1218 with courtesy name Thu Hà (秋河), pen name Minh Châu (明珠), second "
        "child of the king. In 1224 Lê Thị Hoa herself was entitled as Princess Minh Châu by her father."
    )
    assert {"Minh Châu", "Princess Minh Châu"} <= _others(_person(entries, "Lê Thị Hoa"))


def test_a_title_name_that_goes_on_in_lower_case_titles_no_one() -> None:
    # "Marquis of Thượng vị Lê Văn Tâm" titles the man after it: not "Marquis of Thượng" of the first.
    people = [
        e
        for e in _entries(
            "Issue: Crown Prince Trần Văn Bình, Marquis of Thượng vị Lê Văn Tâm, and a daughter"
        )
        if e.kind is Kind.PERSON
    ]
    assert all("Marquis of Thượng" not in _others(e) for e in people)


def test_a_title_after_a_comma_ending_a_box_line_is_the_persons() -> None:
    # A box's spouse cell: "Đoàn Thị Lan, Empress Mother Minh Thuận" is one woman, not two.
    entries = _entries(
        "Khải Minh\nSpouse Imperial Consort Trần Thị Hương\nĐoàn Thị Lan, Empress Mother Minh Thuận\n"
        "Issue Bảo Minh\n\nKhải Minh was the twelfth emperor of the dynasty.\n"
    )
    assert not any(e.kind is Kind.PERSON and e.vi == "Minh Thuận" for e in entries)
    assert "Empress Mother Minh Thuận" in _others(_person(entries, "Đoàn Thị Lan"))
