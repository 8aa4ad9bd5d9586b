"""Round 28, naming cues and partitions: a page that says a part of one unit was made into another
("The rest of X province became Y province") tells the two apart, so no reader's rename joins them;
old names of a place in wordings with a language word before "name". Texts written for these
tests; none is a corpus sentence."""

from __future__ import annotations

import pytest

from tests.mine_helpers import linked

_PARTITIONED = (
    "Hòa Lạc is a province of Vietnam. Until 1976 the province included the town of Phú Mỹ, its "
    "capital. In 1976, the province was renamed Phú Mỹ province, with the town of Phú Mỹ still its "
    "capital. In 2003, Phú Mỹ and two districts became Phú Mỹ municipality. "
)


def test_a_partition_is_no_rename() -> None:
    text = _PARTITIONED + "The rest of Phú Mỹ province became Hòa Lạc province."
    assert not linked(text, "Hòa Lạc", "Phú Mỹ province")
    assert not linked(text, "Hòa Lạc", "Phú Mỹ")
    text = _PARTITIONED + "The remainder of Phú Mỹ province became Hòa Lạc province."
    assert not linked(text, "Hòa Lạc province", "Phú Mỹ province")


def test_a_rename_without_a_partition_still_joins() -> None:
    # The guard holds only for the names the partition tells apart.
    assert linked(_PARTITIONED, "Hòa Lạc", "Phú Mỹ province")
    text = _PARTITIONED + "The rest of Tân An province became Bình Lộc province."
    assert linked(text, "Hòa Lạc", "Phú Mỹ province")


_PLACE_PAGE = (
    "Tân Lộc Province\n\nTân Lộc is a province in the south of Vietnam, with its capital in Tân Lộc.\n\n"
    'The province\'s original Khmer name was Prek Chhlong, meaning "river bend". The settlers '
    'corrupted it into "Péc-Xa-Lông" and eventually "Tân Lộc". Under the emperor Gia Long, it was '
    "given the Sino-Vietnamese name Bình Giang (平江)."
)


@pytest.mark.parametrize("other", ["Prek Chhlong", "Péc-Xa-Lông", "Bình Giang"])
def test_a_place_s_names_in_a_language_and_its_corrupted_forms(other: str) -> None:
    assert linked(_PLACE_PAGE, "Tân Lộc Province", other)


@pytest.mark.parametrize("other", ["Chey", "Chhay"])
def test_a_person_s_name_in_a_language(other: str) -> None:
    text = (
        "Trần Văn Đức (1760–1820) was a general of the Nguyễn lords. He was a Khmer Krom. His Khmer "
        "name was Chey or Chhay. He later took the Vietnamese name Trần Văn Đức."
    )
    assert linked(text, "Trần Văn Đức", other)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # "it" after words run on without a comma is what the sentence before spoke of.
        (
            "Tân Lộc Province\n\nTân Lộc is a province of Vietnam. The river flows east and because "
            "of this it was given the Sino-Vietnamese name Bình Giang.",
            "Tân Lộc Province",
            "Bình Giang",
        ),
        # A noun that is no place's owns the name.
        (
            "Tân Lộc Province\n\nTân Lộc is a province of Vietnam. The song's original French name "
            "was Belle Rivière.",
            "Tân Lộc Province",
            "Belle Rivière",
        ),
        # A capitalised word that names no language is no name's language.
        (
            "Tân Lộc Province\n\nTân Lộc is a province of Vietnam. The province's Lotus name was Bình Giang.",
            "Tân Lộc Province",
            "Bình Giang",
        ),
    ],
)
def test_no_language_name_without_its_owner(text: str, a: str, b: str) -> None:
    assert not linked(text, a, b)
