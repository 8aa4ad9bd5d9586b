"""Round 25, naming cues in new wordings and a cue's antecedent: "X is a (common) nickname of Y",
"proclaimed himself king X", "The <language> name for this <place noun> is X", "was later renamed X
or Y" with one head word, "known <-ly> as", "known by the <kind> name of X"; and a lower-case noun
before the name as the naming verb's real subject ("The people of X were known as", "the
civilization that became X was called"). Texts written for these tests; none is a corpus sentence."""

from __future__ import annotations

import pytest

from glossary.mine.cue_grammar import owned_by_noun
from tests.mine_helpers import has_form, linked


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # The naming copula turned round: the other name first, the bearer after "of".
        ("Phố Núi is a common nickname of Pleiku. It is cool.", "Phố Núi", "Pleiku"),
        ("Mây Chiều was the pen name of Trần Văn Giàu.", "Mây Chiều", "Trần Văn Giàu"),
        # A lower-case title between the throne cue and the name; the subject a ward's name too.
        ("Lê Hoàn proclaimed himself king Đại Thắng Minh.", "Lê Hoàn", "Đại Thắng Minh"),
        # A language's name for the page's place, "for this" and "is".
        (
            "Sóc Trăng Province\n\nSóc Trăng Province is a province. The Khmer name for this province is "
            "Srok Khleang, meaning a store.",
            "Sóc Trăng Province",
            "Srok Khleang",
        ),
        # A rename where one name has a head word and the other none.
        ("Hàng Đào Street was later renamed Silk Lane in 1950.", "Hàng Đào Street", "Silk Lane"),
        # "known by the <kind> name of": any one word before "name".
        ("Trần Văn Bảo, better known by the writing name of Tú Mỡ, lived here.", "Trần Văn Bảo", "Tú Mỡ"),
        # A naming cue after a parenthesis's dates and a semicolon.
        (
            "The Democratic Republic of Vietnam (1945-1976; commonly called North Vietnam) was a state.",
            "Democratic Republic of Vietnam",
            "North Vietnam",
        ),
        # An "-ly" adverb after "known".
        ("Phạm Văn Đồng was known publicly as Tô Lâm Bình in those years.", "Phạm Văn Đồng", "Tô Lâm Bình"),
    ],
)
def test_a_naming_cue_links_its_names(text: str, a: str, b: str) -> None:
    assert linked(text, a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # The people of a kingdom are no other name of the kingdom.
        ("The people of Phù Nam were known as the Côn Lôn people. They traded.", "Phù Nam", "Côn Lôn"),
        # The name inside a relative clause is not the verb's subject.
        ("Long ago the realm that would later become Việt Nam was called Xích Quỷ.", "Việt Nam", "Xích Quỷ"),
        # A title word that is no title ("himself only"): the lower-case word must be a title.
        ("Lê Hoàn proclaimed himself only Đại Thắng Minh.", "Lê Hoàn", "Đại Thắng Minh"),
        # "renamed" between two names of no head word: no kind to give them, no rename.
        ("He joined Hội Tâm Việt (later renamed Tân Tâm Việt) in Vinh.", "Hội Tâm Việt", "Tân Tâm Việt"),
    ],
)
def test_no_link_without_the_cue_or_with_another_subject(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)


@pytest.mark.parametrize(
    ("before", "owned"),
    [
        ("The people of ", True),  # an "of" phrase after a lower-case noun
        ("the civilization that would later become ", True),  # a relative clause
        ("The city of ", False),  # a place noun: the name is its own
        ("In 1010 ", False),  # no noun at all
    ],
)
def test_a_lower_case_noun_owns_the_name_after_it(before: str, owned: bool) -> None:
    text = before + "Văn Lang was called X."
    assert owned_by_noun(text, len(before)) is owned


def test_a_label_ending_in_for_is_no_name_of_the_subject() -> None:
    # blind21 plain bug 3's shape: a language label, "for", then the quoted meaning.
    text = 'Bình Dương is a city of Vietnam. Its name is Sino-Vietnamese for "peaceful ocean". It grew.'
    assert not has_form(text, "Sino-Vietnamese for")
