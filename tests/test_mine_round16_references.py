"""Round 16: a page's reference list is read by no reader. The lines under a "References" (or
"Notes", "Sources", "Bibliography", ...) heading, in the heading shapes flattened pages use, up to
the next heading or the end, are blanked before the readers run; offsets and lines stay. Texts
written for these tests."""

from __future__ import annotations

import pytest

from glossary.mine.citations import blank_citations, blank_reference_lists, reference_lists
from tests.mine_helpers import entry_with, has_form, linked, mine

BODY = "The Lo Hamlet is a village on the Cau River. It holds a market.\n"
# A citation that, read as text, glosses and renames: the body never does.
CITATION = (
    "- ↑ Tran Van Minh, River Towns (1999), p. 4: \"the sông Cầu ('Cau River') and "
    "Xóm Lò ('Lo Hamlet') ...\"\n"
    "  2. Nguyen Thi Hoa (2004). Markets of the North. Hanoi: Youth Press. ISBN 978-1-23456-789-0.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "References",
        "== References ==",
        "==References==",
        "## References",
        "**Notes and references**",
        "References[edit]",
        "References Edit",
        "[edit]References",
        "Bibliography  [?]",
        "Sources",
        "Notes",
        "Further reading",
        "Citations",
    ],
)
def test_a_reference_heading_in_each_shape_blanks_the_lines_under_it(heading: str) -> None:
    text = f"{BODY}\n{heading}\n{CITATION}"
    blanked = blank_reference_lists(text)
    assert len(blanked) == len(text)
    assert blanked.count("\n") == text.count("\n")
    assert blanked.startswith(f"{BODY}\n{heading}\n")  # the body and the heading itself stay
    assert blanked[len(f"{BODY}\n{heading}\n") :].strip() == ""


def test_the_list_ends_at_the_next_heading() -> None:
    after = "External links\n- Lo Hamlet tourism office\n"
    text = f"{BODY}References\n{CITATION}{after}"
    blanked = blank_reference_lists(text)
    assert blanked.endswith(after)
    assert "Tran Van Minh" not in blanked


def test_a_heading_right_under_the_reference_heading_leaves_the_article_after_it() -> None:
    # A wiki's tab strip: "Bibliography [?]" then "External Links [?]", then the article itself.
    text = f"Bibliography  [?]\nExternal Links  [?]\n{BODY}"
    assert blank_reference_lists(text) is text


def test_two_reference_headings_in_a_row_blank_both_lists() -> None:
    text = f"{BODY}References Edit\n{CITATION}Bibliography Edit\n{CITATION}"
    spans = reference_lists(text)
    assert len(spans) == 2
    assert "Nguyen Thi Hoa" not in blank_reference_lists(text)


def test_a_text_without_a_reference_heading_is_left_as_it_is() -> None:
    text = f"{BODY}These notes come from the references of the Lo Hamlet office.\n{CITATION}"
    assert reference_lists(text) == []
    assert blank_reference_lists(text) is text


def test_a_reference_word_inside_a_sentence_opens_no_list() -> None:
    text = f"{BODY}Notes on the market\nThe notes give sources.\n{CITATION}"
    assert reference_lists(text) == []


def test_no_reader_takes_a_gloss_or_a_name_from_a_reference_list() -> None:
    # Without its heading the citation gives pairs; under "References" it gives none.
    plain = f"{BODY}\n{CITATION}"
    assert linked(plain, "Cau River", "sông Cầu")
    under_heading = f"{BODY}\nReferences\n{CITATION}"
    assert not linked(under_heading, "Cau River", "sông Cầu")
    assert not has_form(under_heading, "Xóm Lò")
    assert not has_form(under_heading, "Nguyen Thi Hoa")
    assert entry_with(under_heading, "Cau River") is not None  # the body is still read


def test_a_form_found_in_the_body_keeps_its_line_after_blanking() -> None:
    text = f"References\n{CITATION}\n== History ==\n{BODY}"
    entry = entry_with(text, "Cau River")
    assert entry is not None
    assert any(str(source).endswith(":6") for source in entry.sources)


# --- citation markers ------------------------------------------------------------------------------


def test_a_citation_marker_is_blanked_and_offsets_stay() -> None:
    text = "The Lo Hamlet[1] lies on the Cau River.[12][note 3] It holds a market [2].\n"
    blanked = blank_citations(text)
    assert len(blanked) == len(text)
    assert "[" not in blanked
    assert blanked.startswith("The Lo Hamlet    lies")


def test_brackets_that_are_no_marker_stay() -> None:
    text = 'His letter ("[List of the villages]", 1999) counts [about] 2000 homes.\n'
    assert blank_citations(text) is text


def test_a_form_carries_no_citation_marker() -> None:
    text = "The Lo Hamlet (Vietnamese: Xóm Lò[3]) is a village in the north.\n"
    entry = entry_with(text, "Xóm Lò")
    assert entry is not None
    assert not any("[" in form for form in entry.forms())


# --- a label before a name inside a parenthesis ------------------------------------------------------


@pytest.mark.parametrize("gap", [" ", ""])
def test_a_lower_case_label_is_no_part_of_the_names_it_labels(gap: str) -> None:
    text = f"The Lo hill range (tên nôm: Núi Lò, tên chữ:{gap}Núi Hỏa Sơn) is a range in the north.\n"
    assert linked(text, "Lo hill range", "Núi Lò")
    assert linked(text, "Lo hill range", "Núi Hỏa Sơn")
    assert not any(":" in form for entry in mine(text) for form in entry.forms())


def test_a_parenthesis_whose_parts_are_not_all_labelled_keeps_its_reading() -> None:
    # One part without a label: no list of labelled names, nothing is cut.
    text = "The Lo hill range (Núi Lò, see note: Hỏa Sơn) is a range in the north.\n"
    assert not linked(text, "Lo hill range", "Hỏa Sơn")


def test_a_reference_heading_right_under_another_opens_the_list_under_it() -> None:
    text = f"{BODY}[edit]References\n[edit]Bibliography\n[edit]{CITATION}"
    blanked = blank_reference_lists(text)
    assert blanked.startswith(f"{BODY}[edit]References\n[edit]Bibliography\n")
    assert "Tran Van Minh" not in blanked
    assert "Nguyen Thi Hoa" not in blanked


def test_a_reference_heading_on_the_first_line_is_found() -> None:
    text = f"References\n{CITATION}"
    assert reference_lists(text) == [(len("References\n"), len(text))]
