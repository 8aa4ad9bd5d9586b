"""Round 28, naming cues and partitions: a page that says a part of one unit was made into another
("The rest of X province became Y province") tells the two apart, so no reader's rename joins them;
old names of a place in wordings with a language word before "name". Texts written for these
tests; none is a corpus sentence."""

from __future__ import annotations

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
