"""Round 46: a name's spellings. A person's spelling without marks, written apart from the marked
name on the same page, is a variant, not the name's English; an English outlet's page that writes
only the bare spelling, mined beside another page's marked name, keeps it as the English."""

from __future__ import annotations

import unicodedata

from glossary.mine.documents import Document
from glossary.mine.entry_build import _spelling_only
from glossary.mine.mentions import Mention
from glossary.mine.pipeline import mine_documents
from glossary.mine.tally import Tally
from glossary.model import Kind
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
