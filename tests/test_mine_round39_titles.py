"""Round 39: princely titles a man is known by (names/title_names.py, names/words.title_name_length).

A title name before a full name ("Prince Bảo Định Phạm Văn Khôi") is cut off the person, and is his
other name where the page also calls him by it alone; "X, Prince of Y" gives X the title form; a
prince's title name after his clan's family name ("Hồ Minh Tâm" and "the Prince of Minh Tâm") is
the same man. The texts are made up for these tests.
"""

from __future__ import annotations

import pytest

from glossary.mine.documents import Document
from glossary.mine.names.words import Token, is_title, title_name_length, trailing_person
from glossary.mine.pipeline import mine_documents
from glossary.model import Entry, Kind, VariantType


def _tokens(text: str) -> list[Token]:
    out, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        out.append(Token(word, at, at + len(word)))
        at += len(word)
    return out


def _people(text: str) -> list[Entry]:
    return [e for e in mine_documents([Document("t.txt", text)]).entries if e.kind is Kind.PERSON]


def _forms(entry: Entry) -> dict[str, VariantType]:
    return {v.form: v.type for v in entry.variants}


@pytest.mark.parametrize(
    ("name", "length"),
    [
        ("Bảo Định Phạm Văn Khôi", 2),  # a title name, then a full name from its family name
        ("Thu Hà Đỗ Thị Mai", 2),
        ("Phạm Văn Khôi", 0),  # a full name alone
        ("Nguyen Phuc Dang Khoat", 0),  # opens with a family name: all one name
        ("Bảo Định Phạm", 0),  # a family name last is no full name
        ("Bảo Định Smith Jones", 0),  # no Vietnamese family name after the title name
    ],
)
def test_a_title_name_is_counted_before_the_family_name(name: str, length: int) -> None:
    assert title_name_length(_tokens(name)) == length


def test_the_person_after_a_title_name_starts_at_the_family_name() -> None:
    assert trailing_person(_tokens("Prince Bảo Định Phạm Văn Khôi")) == 3
    assert trailing_person(_tokens("General Phạm Văn Khôi")) == 1


def test_a_title_name_written_alone_is_the_mans_other_name() -> None:
    people = _people(
        "Prince Bảo Định Phạm Văn Khôi led the army north. In 1290 Prince Bảo Định returned to the capital."
    )
    assert [e.vi for e in people] == ["Phạm Văn Khôi"]
    forms = _forms(people[0])
    assert forms["Prince Bảo Định"] is VariantType.OTHER
    assert forms["Prince Bảo Định Phạm Văn Khôi"] is VariantType.TITLE


def test_a_title_name_never_written_alone_stays_in_the_title_form() -> None:
    people = _people("The king married Lady Thu Hà Đỗ Thị Mai in 1300. They had two sons.")
    assert [e.vi for e in people] == ["Đỗ Thị Mai"]
    assert _forms(people[0]) == {"Lady Thu Hà Đỗ Thị Mai": VariantType.TITLE}


def test_a_princely_title_after_a_comma_is_the_mans_other_name() -> None:
    people = _people("Her son was Lý Văn Bình, Prince of An Khánh. He died young.")
    assert [e.vi for e in people] == ["Lý Văn Bình"]
    assert _forms(people[0]) == {"Prince of An Khánh": VariantType.OTHER}


def test_a_title_that_runs_into_the_next_name_is_not_the_first_mans() -> None:
    # "Duke of Yên Bình" titles the man named after it, not Nguyễn Văn Sơn before the comma.
    people = _people("The sons were Nguyễn Văn Sơn, Duke of Yên Bình Lê Văn Hoà and others.")
    son = next(e for e in people if e.vi == "Nguyễn Văn Sơn")
    assert not any(form.startswith("Duke") for form in _forms(son))


@pytest.mark.parametrize("title", ["the Prince of Minh Tâm", "Prince Minh Tâm"])
def test_a_princes_title_name_after_his_family_name_is_one_man(title: str) -> None:
    people = _people(f"Hồ Minh Tâm fought the invaders in 1280. Later {title} retired to his estate.")
    assert [e.vi for e in people] == ["Hồ Minh Tâm"]
    assert _forms(people[0]) == {title.removeprefix("the "): VariantType.OTHER}


def test_a_rulers_title_is_no_princely_title_name() -> None:
    people = _people("Hồ Minh Tâm fought the invaders in 1280. Later Emperor Minh Tâm retired to his estate.")
    assert sorted(e.vi for e in people) == ["Hồ Minh Tâm", "Minh Tâm"]


def test_noble_ranks_are_titles() -> None:
    assert is_title("Marquis") and is_title("Duke")
    assert not is_title("Marquee")


def test_a_title_name_better_known_by_a_full_name_is_that_man() -> None:
    people = _people(
        "Marquis Bảo Lạc, better known as Trịnh Văn An, was a marquis. In 1285 Marquis Bảo Lạc died."
    )
    assert [e.vi for e in people] == ["Trịnh Văn An"]
    assert _forms(people[0]) == {"Marquis Bảo Lạc": VariantType.OTHER}


def test_a_rulers_reign_name_before_his_full_name_stays_his_own_entry() -> None:
    # The rules still cut the full name; "Emperor Minh Tâm" elsewhere is not rewritten to it.
    people = _people("Emperor Minh Tâm Lê Văn Hải ruled long. In 1500 Emperor Minh Tâm died.")
    assert sorted(e.vi for e in people) == ["Lê Văn Hải", "Minh Tâm"]
