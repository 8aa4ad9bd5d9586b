"""The near-miss name index against a brute-force walk over every key: the names in which a word
stands between two given words (or at a name's edge), whatever the order the index was asked in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from glossary.check.nearmiss import NearMissIndex
from glossary.check.reference import Reference
from glossary.model import Entry, Kind, Status

_NAMES = [
    "Nam Dinh",
    "Dinh Nam",
    "Nam Dinh Nam",  # the same word twice, at both edges
    "Ha Nam Nam",  # twice in a row
    "Nam Dinh Nam Dinh",  # the same pair twice
    "Thanh Hoa",
    "Thanh Hoa Thanh",
    "Song Thanh Hoa Bien",
    "Nam",  # the word alone
    "Hoa Binh",
]


def _fitting_by_brute_force(keys, word, before, after):
    found = []
    for key in keys:
        words = key.split(" ")
        at = tuple(
            p
            for p, w in enumerate(words)
            if w == word
            and (words[p - 1] if p > 0 else "") == before
            and (words[p + 1] if p + 1 < len(words) else "") == after
        )
        if at:
            found.append((key, at))
    return found


@given(
    st.sampled_from(["nam", "dinh", "thanh", "hoa", "binh", "song"]),
    st.sampled_from(["", "nam", "dinh", "thanh", "hoa", "ha", "song", "binh"]),
    st.sampled_from(["", "nam", "dinh", "thanh", "hoa", "bien", "binh"]),
)
def test_names_fitting_a_word_between_two_others_are_those_a_walk_over_every_key_finds(word, before, after):
    reference = Reference(
        [Entry(en=name, vi=name, kind=Kind.PLACE, status=Status.APPROVED) for name in _NAMES]
    )
    index = NearMissIndex(reference, frozenset(), frozenset())
    expected = _fitting_by_brute_force(reference.keys, word, before, after)
    assert index.names_fitting(word, before, after) == expected
    assert index.names_fitting(word, before, after) == expected  # and again, from what it kept
