"""Round 46: a name's spellings. A person's spelling without marks, written apart from the marked
name on the same page, is a variant, not the name's English; an English outlet's page that writes
only the bare spelling, mined beside another page's marked name, keeps it as the English. A name
written on its page with one letter off ("Ho Chi Ming City") is a spelling variant of the name."""

from __future__ import annotations

import unicodedata

import pytest

from glossary.mine.documents import Document
from glossary.mine.entry_build import _spelling_only
from glossary.mine.mentions import Mention
from glossary.mine.misspellings import misspelt, one_letter_apart
from glossary.mine.pipeline import mine_documents
from glossary.mine.tally import Tally
from glossary.model import Kind, VariantType
from glossary.vietnamese import has_vi_letters
from tests.mine_helpers import entry_with


def _tally(vi: str, en: str, path: str, line: int) -> Tally:
    tally = Tally(Mention(Kind.PERSON, en=en, vi=vi, path=path, line=line), (0, 0))
    tally.sources.append(((0, line), path, line))
    return tally


def test_one_pages_two_spellings_far_apart_are_one_name() -> None:
    tallies = [_tally("Lê Văn Tám", "", "a.txt", 1), _tally("", "Le Van Tam", "a.txt", 9)]
    assert _spelling_only("Lê Văn Tám", "Le Van Tam", tallies, one_page=True)


def test_two_pages_each_with_one_spelling_keep_the_english() -> None:
    # The line numbers are far apart on purpose: only the pages tell the two cases apart.
    tallies = [_tally("Lê Văn Tám", "", "a.txt", 1), _tally("", "Le Van Tam", "b.txt", 9)]
    assert not _spelling_only("Lê Văn Tám", "Le Van Tam", tallies, one_page=True)
    # A place's rule asks no such thing (the seeds' "Việt Nam" and "Vietnam" stay one place's).
    assert _spelling_only("Lê Văn Tám", "Le Van Tam", tallies)


def test_a_persons_bare_spelling_on_another_line_is_a_variant() -> None:
    text = (
        "Lê Văn Tám\n\n(Redirected from Le Van Tam)\n\nHe was born in a village near the river.\n\n"
        "Lê Văn Tám (1928 – 1945) was a young fighter. A street in the city is named after him.\n"
    )
    entry = entry_with(text, "Lê Văn Tám")
    assert entry is not None and "Le Van Tam" in entry.forms()
    assert (entry.vi, entry.en) == ("Lê Văn Tám", "")


def test_a_persons_spelling_written_beside_the_name_stays_a_pair() -> None:
    text = "Trần Văn Hai (Tran Van Hai) was a young fighter from the delta.\n"
    entry = entry_with(text, "Trần Văn Hai")
    assert entry is not None
    assert (entry.vi, entry.en) == ("Trần Văn Hai", "Tran Van Hai")


def test_an_english_outlets_spelling_on_its_own_page_stays_the_english() -> None:
    marked = "Minister Đỗ Văn Bình met the delegation. Bình thanked the guests for their visit.\n"
    bare = "Minister Do Van Binh opened the fair on Monday. Binh said trade would grow.\n"
    docs = [Document(n, unicodedata.normalize("NFC", t)) for n, t in (("a.txt", marked), ("b.txt", bare))]
    found = [e for e in mine_documents(docs).entries if "Do Van Binh" in e.forms()]
    assert len(found) == 1
    assert (found[0].vi, found[0].en) == ("Đỗ Văn Bình", "Do Van Binh")


# --- a name written with one letter off (misspellings.py) ---


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("minh", "ming", True),  # a letter changed
        ("ba", "bao", True),  # a letter added
        ("song", "son", True),  # a letter dropped
        ("ngueyn", "nguyen", True),  # two neighbours swapped
        ("minh", "minh", False),  # the same word
        ("quat", "quang", False),  # two letters
        ("hoa", "hoaiz", False),  # two letters added
        ("ngeuyn", "nguyen", False),  # three letters moved
    ],
)
def test_one_letter_apart(a: str, b: str, apart: bool) -> None:
    assert one_letter_apart(a, b) is apart
    assert one_letter_apart(b, a) is apart


def test_a_slip_in_a_persons_family_or_middle_name_is_a_spelling() -> None:
    text = (
        "Đoàn Văn Thọ (1801 – 1860) was a poet of the court.\n\n"
        "He passed the exams in 1821. By the recommendation of the governor, Doan Vam Tho was "
        "appointed as a clerk. Đoàn Văn Thọ died in 1860.\n"
    )
    entry = entry_with(text, "Doan Vam Tho")
    assert entry is not None and entry.vi == "Đoàn Văn Thọ"
    assert any(v.form == "Doan Vam Tho" and v.type is VariantType.SPELLING for v in entry.variants)


def test_the_spelling_written_more_often_stays_preferred() -> None:
    tallies = [_name(Kind.PLACE, "Vinh Loong City", weight=1), _name(Kind.PLACE, "Vinh Long City", weight=3)]
    assert misspelt(tallies) == [(0, 1)]


def test_the_unmarked_spelling_is_the_odd_one_on_a_tie() -> None:
    tallies = [_name(Kind.PERSON, "Cao Bá Quát"), _name(Kind.PERSON, "Cao Bao Quat")]
    assert misspelt(tallies) == [(1, 0)]


@pytest.mark.parametrize(
    ("kind", "one", "other"),
    [
        (Kind.PERSON, "Le Thi Hoa", "Le Thi Hoai"),  # a person's given name: sisters
        (Kind.PLACE, "Tân Lộc Thượng", "Tác Lộc Thượng"),  # both words marked: the page chose each letter
        (Kind.PLACE, "Bao Loc", "Bao Lac"),  # two words: Bảo Lộc and Bảo Lạc, the word left tells them apart
        (Kind.PLACE, "Khanh Hoa Province", "Thanh Hoa Province"),  # first letters
        (Kind.PLACE, "Grade-II City Hall", "Grade-I City Hall"),  # no word of letters
        (Kind.PLACE, "Ly Nhan Tong Street", "Le Nhan Tong Street"),  # a word of two letters
    ],
)
def test_names_one_letter_apart_that_stay_apart(kind: Kind, one: str, other: str) -> None:
    assert misspelt([_name(kind, one), _name(kind, other)]) == []


def test_a_bare_spelling_the_page_also_marks_is_no_slip() -> None:
    # "Le Van Tac" is "Lê Văn Tác" without marks, not a slip of "Lê Văn Tân".
    tallies = [_name(Kind.PLACE, form) for form in ("Lê Văn Tân", "Lê Văn Tác", "Le Van Tac")]
    assert misspelt(tallies) == []


def test_two_pages_slips_are_not_joined() -> None:
    tallies = [
        _name(Kind.PLACE, "Vinh Loong City", path="a.txt"),
        _name(Kind.PLACE, "Vinh Long City", path="b.txt"),
    ]
    assert misspelt(tallies) == []


def _name(kind: Kind, form: str, weight: int = 1, path: str = "p.txt") -> Tally:
    vi, en = (form, "") if has_vi_letters(form) else ("", form)
    tally = Tally(Mention(kind, en=en, vi=vi, path=path, line=1, origin="name"), (0, 0), weight=weight)
    tally.sources.append(((0, 0), path, 1))
    return tally
