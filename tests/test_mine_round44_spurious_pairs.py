"""Round 44: a person's name and its spelling without marks, written apart, are no gloss pair."""

from __future__ import annotations

from tests.mine_helpers import entry_with


def test_a_persons_bare_spelling_on_another_line_is_a_variant() -> None:
    text = (
        "Lê Văn Tám\n\n(Redirected from Le Van Tam)\n\nHe was born in a village near the river.\n\n"
        "Lê Văn Tám (1928 – 1945) was a young fighter. A street in the city is named after him.\n"
    )
    entry = entry_with(text, "Lê Văn Tám")
    assert entry is not None
    assert not (entry.vi and entry.en), (entry.vi, entry.en)


def test_a_persons_spelling_written_beside_the_name_stays_a_pair() -> None:
    # A spelling cue on one line ties the two (left to the name readers as before).
    text = "Trần Văn Hai (Tran Van Hai) was a young fighter from the delta.\n"
    entry = entry_with(text, "Trần Văn Hai")
    assert entry is not None
    assert (entry.vi, entry.en) == ("Trần Văn Hai", "Tran Van Hai")
