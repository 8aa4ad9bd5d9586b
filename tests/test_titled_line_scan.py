"""A line's title ("King Hùng" where the page writes "the Hùng Kings") is found by a literal scan of
the page in lower case before the case-blind pattern runs; the answers stay those of the pattern.
Sentences written for these tests."""

from __future__ import annotations

from glossary.mine.titled_persons import titles_a_line


def test_plural_rank_after_the_name_titles_a_line() -> None:
    text = "Hùng Vương (King Hùng) ruled Văn Lang. The eighteen HÙNG KINGS followed him."
    assert titles_a_line(text, "King Hùng")
    assert titles_a_line(text, "King Hùng", text.lower())


def test_no_plural_no_line() -> None:
    text = "Hùng Vương (King Hùng) ruled Văn Lang alone."
    assert not titles_a_line(text, "King Hùng", text.lower())


def test_plural_inside_a_longer_word_is_no_line() -> None:
    # The literal scan finds "hùng kings" inside "kingsmen"; the pattern's word edges then say no.
    text = "Hùng Vương (King Hùng) ruled. The Chúng Hùng kingsmen came later."
    assert "hùng kings" in text.lower()
    assert not titles_a_line(text, "King Hùng", text.lower())


def test_the_lower_copy_given_is_the_one_scanned() -> None:
    # The caller's lower-case copy is trusted: a copy without the plural means no line.
    text = "Hùng Vương (King Hùng) ruled. The Hùng Kings followed."
    assert titles_a_line(text, "King Hùng")
    assert not titles_a_line(text, "King Hùng", "no plural here")
