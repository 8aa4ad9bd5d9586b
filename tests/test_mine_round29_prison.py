"""Round 29 (integrator, blind24 analysis cause PR): a prison is a place. "Prison" and "jail" were
no place head words and "nhà tù" no Vietnamese place generic, so a prison's name was typed a term
and the place readers (naming cues, spellings) never joined its other names. Text written here."""

from __future__ import annotations

from tests.mine_helpers import entry_with, linked

TEXT = (
    "Chí Hòa Prison (Vietnamese: Nhà tù Chí Hòa) is a prison in Ho Chi Minh City. "
    "During the war, Chí Hòa Prison was also known as the Chi Hoa Jail."
)


def test_a_prison_named_with_its_generic_is_a_place() -> None:
    entry = entry_with(TEXT, "Chí Hòa Prison")
    assert entry is not None
    assert entry.kind.value == "place"
    assert entry.vi == "Nhà tù Chí Hòa"


def test_a_prisons_other_name_joins_it() -> None:
    assert linked(TEXT, "Chí Hòa Prison", "Chi Hoa Jail")


def test_a_prison_word_alone_is_no_name() -> None:
    # The lower-case generic after "a" names no place of its own.
    assert entry_with("He spent ten years in a prison near the border.", "prison") is None
