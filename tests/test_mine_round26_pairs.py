"""Round 26: gloss pairs (docs/miner.md "### Round 26: gloss pairs"): a Vietnamese name that
clustering joins to its own spelling without marks or spaces is a variant, not a gloss pair, unless
the page writes the two side by side (a cue, an infobox's title over its native name)."""

from __future__ import annotations

from glossary.mine.entry_build import _other_name_only, _spelling_only
from glossary.mine.mentions import Mention
from glossary.mine.tally import Tally
from glossary.model import Kind, VariantType
from tests.mine_helpers import entry_with, pairs


def _tally(vi: str, en: str, line: int) -> Tally:
    tally = Tally(Mention(Kind.PLACE, en=en, vi=vi, path="p.txt", line=line), (0, 0))
    tally.sources.append(((0, line), "p.txt", line))
    return tally


def test_a_spelling_from_another_line_is_no_rendering() -> None:
    assert _spelling_only("Việt Nam", "Vietnam", [_tally("Việt Nam", "", 3), _tally("", "Vietnam", 9)])


def test_a_spelling_on_the_same_or_next_line_stays_the_rendering() -> None:
    assert not _spelling_only("Hà Nội", "Hanoi", [_tally("Hà Nội", "", 4), _tally("", "Hanoi", 4)])
    assert not _spelling_only("Đồng Hới", "Dong Hoi", [_tally("", "Dong Hoi", 7), _tally("Đồng Hới", "", 8)])


def test_a_mention_holding_both_stays_the_rendering() -> None:
    assert not _spelling_only("Hà Nội", "Hanoi", [_tally("Hà Nội", "Hanoi", 2), _tally("", "Hanoi", 9)])


def test_another_english_name_is_no_spelling() -> None:
    tallies = [_tally("Sài Gòn", "", 1), _tally("", "Ho Chi Minh City", 5)]
    assert not _spelling_only("Sài Gòn", "Ho Chi Minh City", tallies)


def test_a_bare_name_in_a_title_gives_no_pair() -> None:
    text = (
        "Hà Nội\n\nThe delegation arrived in Hanoi on Monday. Officials in Hanoi welcomed it.\n\n"
        "Talks went on.\n"
    )
    entry = entry_with(text, "Hanoi")
    assert entry is not None and "Hà Nội" in entry.forms()  # still one place, the spelling a variant
    assert not (entry.vi and entry.en), (entry.vi, entry.en)


def test_a_quoted_capitalised_term_takes_a_common_rendering() -> None:
    found = pairs('The council backed "Cải Tổ" (restructuring), a plan for the mines.')
    assert ("Cải Tổ", "restructuring") in found
    found = pairs("The council backed “Cai Cach” (reform), a plan for the mines.")
    assert ("Cai Cach", "reform") in found


def test_an_unquoted_name_beside_a_description_stays_vetoed() -> None:
    assert not pairs("They walked to Cầu Gỗ (village centre) at dusk.")
    assert not pairs('They walked to "Cầu Gỗ" (the village centre) at dusk.')


def test_a_place_given_only_as_another_name_is_no_rendering() -> None:
    others = [
        Mention(Kind.PLACE, en="Hanoi", variants=[("Thăng Long", VariantType.OTHER)]),
        Mention(Kind.PLACE, vi="Thăng Long"),
    ]
    assert _other_name_only("Thăng Long", "Hanoi", others)


def test_a_rendering_in_the_concept_keeps_the_pair() -> None:
    members = [
        Mention(Kind.PLACE, en="Hanoi", variants=[("Thăng Long", VariantType.OTHER)]),
        Mention(Kind.PLACE, vi="Thăng Long", en="Hanoi"),
    ]
    assert not _other_name_only("Thăng Long", "Hanoi", members)
    assert not _other_name_only(
        "Thăng Long", "Hanoi", [Mention(Kind.PLACE, vi="Thăng Long"), Mention(Kind.PLACE, en="Hanoi")]
    )
