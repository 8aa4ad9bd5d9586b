"""Round 38: a hatnote at a page's top is furniture, blanked before any reader sees the text."""

from __future__ import annotations

from glossary.mine.citations import blank_citations
from glossary.mine.hatnotes import blank_hatnotes


def _same_shape(before: str, after: str) -> None:
    assert len(before) == len(after)
    assert [i for i, c in enumerate(before) if c == "\n"] == [i for i, c in enumerate(after) if c == "\n"]


def test_see_hatnote_blanked_title_and_text_kept() -> None:
    text = "Đồng Khánh\n\nFor the ship, see Dong Khanh (boat).\nĐồng Khánh was an emperor of Đại Nam.\n"
    blanked = blank_hatnotes(text)
    _same_shape(text, blanked)
    assert "Dong Khanh" not in blanked
    assert blanked.startswith("Đồng Khánh\n\n")
    assert "Đồng Khánh was an emperor of Đại Nam." in blanked


def test_about_and_see_sentences_blanked_glued_title_kept() -> None:
    text = (
        "Navy\nThis article is about the river navy. For the old navy, see Red River Fleet.Red River Navy\n"
        "Body.\n"
    )
    blanked = blank_hatnotes(text)
    _same_shape(text, blanked)
    assert "Red River Fleet" not in blanked and "river navy" not in blanked
    assert blanked.split("\n")[1].strip() == "Red River Navy"


def test_other_hatnote_shapes() -> None:
    for note in (
        "Not to be confused with Ha Tien.",
        "For other uses, see Hoa Binh (disambiguation).",
        '"Tay Do" redirects here. For the dynasty, see Ho dynasty.',
        "This article is about a cave system",
    ):
        text = f"Title\n\n{note}\nThe page's first sentence.\n"
        blanked = blank_hatnotes(text)
        _same_shape(text, blanked)
        assert blanked.split("\n")[2].strip() == "", note
        assert "The page's first sentence." in blanked


def test_lower_lines_and_prose_untouched() -> None:
    low = "Title\n" + "Line.\n" * 8 + "For the ship, see Dong Khanh (boat).\n"
    assert blank_hatnotes(low) == low
    prose = "Title\n\nFor the farmers of the delta, rice is the main crop.\n"
    assert blank_hatnotes(prose) == prose
    assert blank_hatnotes("") == ""
    assert blank_hatnotes("no breaks at all") == "no breaks at all"


def test_blank_citations_blanks_hatnote() -> None:
    text = "Hàm Nghi\n\nFor the street, see Ham Nghi Street.\nHàm Nghi was an emperor.\n"
    blanked = blank_citations(text)
    _same_shape(text, blanked)
    assert "Ham Nghi Street" not in blanked and "Hàm Nghi was an emperor." in blanked


def test_caret_reference_lines_blanked_under_no_heading() -> None:
    text = (
        "Hàm Nghi was an emperor.\n"
        '^Jane Roe. A Short History. Page 12. 1999. "Ham Nghi, the young emperor, ..."\n'
        '  1. ^ Annals of Hue - Page 40 John Doe - 2004 "the king Ham Nghi fled ..."\n'
    )
    blanked = blank_citations(text)
    _same_shape(text, blanked)
    assert "Ham Nghi" not in blanked
    assert blanked.startswith("Hàm Nghi was an emperor.\n")


def test_caret_note_without_year_and_inline_caret_kept() -> None:
    note = '  2. ^ The word pho names a noodle soup, and bo means "beef".\n'
    assert blank_citations("Phở bò is a dish.\n" + note).endswith(note)
    inline = "The index rose 2^10 times in 2001.\n"
    assert blank_citations(inline) == inline


def test_name_then_organisation_split_at_in() -> None:
    from glossary.mine.names.spans import _name_in_organisation
    from glossary.mine.names.words import Token

    def tokens(words: str) -> list[Token]:
        return [Token(w, 0, len(w)) for w in words.split()]

    assert _name_in_organisation(tokens("Statue of Le Van Tam"), tokens("Song Hong Museum"))
    # a name with its own head word, or a place after "in", is one name still
    assert not _name_in_organisation(tokens("Institute of Physics"), tokens("Song Hong Museum"))
    assert not _name_in_organisation(tokens("Church of Christ"), tokens("Vietnam"))
    assert not _name_in_organisation(tokens("Le Van Tam"), tokens("Museum"))


def test_caret_scan_matches_line_pattern() -> None:
    import re

    from glossary.mine.citations import _blank_caret_references

    pattern = re.compile(
        r"^[ \t]*(?:\d{1,3}\.[ \t]*)?\^(?=[^\n]*\b(?:1[5-9]\d\d|20\d\d)\b)[^\n]*", re.MULTILINE
    )
    texts = (
        "^A. B. 1999.\nx ^ 2001\n  12. ^ C 2020 ^ again\n^ no year\n\t^2004",
        "a^b 1999\n^^ 1888\n 3.^ x 1777\n1000. ^ 1999\n",
        "",
        "^",
    )
    for text in texts:
        assert _blank_caret_references(text) == pattern.sub(lambda m: " " * (m.end() - m.start()), text)
