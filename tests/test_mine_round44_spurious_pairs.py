"""Round 44: a person's spelling written beside the name stays a pair; a rendering's opening praise word
is cut. (The rule that made a person's bare spelling on another line a variant was reverted at the
merge: it took "To Lam" from the seeds' "Tô Lâm" entry.)"""

from __future__ import annotations

from glossary.mine.praise_words import without_praise
from tests.mine_helpers import entry_with, mine


def test_a_persons_spelling_written_beside_the_name_stays_a_pair() -> None:
    # A spelling cue on one line ties the two (left to the name readers as before).
    text = "Trần Văn Hai (Tran Van Hai) was a young fighter from the delta.\n"
    entry = entry_with(text, "Trần Văn Hai")
    assert entry is not None
    assert (entry.vi, entry.en) == ("Trần Văn Hai", "Tran Van Hai")


def test_an_opening_praise_word_is_cut_from_a_rendering() -> None:
    cases = [
        ("rich, thick eel soup", "thick eel soup"),  # the comma after the praise word goes too
        ("pungent fish-based paste", "fish-based paste"),
        ("Delicious rice cake", "rice cake"),  # capitals do not matter
        ("savory beef soup", "savory beef soup"),  # a dish's own word stays
        ("rich soup", "rich soup"),  # one word would be left: the rendering stays whole
    ]
    for en, want in cases:
        assert without_praise(en) == want, en


def test_a_praised_rendering_pairs_without_the_praise() -> None:
    found = {
        (e.vi, e.en)
        for e in mine("- Bánh canh cá - a rich, thick fish soup\n- Bánh canh gà - a chicken soup\n")
    }
    assert ("Bánh canh cá", "thick fish soup") in found
    assert ("Bánh canh gà", "chicken soup") in found
