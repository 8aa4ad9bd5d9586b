"""written_bodies (the bare-body reader) against its round-24 form, kept here as the oracle: the
prefix-pruned scan must find the same bodies under the same tokens, in the same order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine.name_chains import _BARE_NAME, _POSSESSIVE, _SKIPPED, initials, written_bodies
from glossary.mine.names.words import head_kind


def _oracle(text: str, wanted: set[str]) -> dict[str, set[str]]:
    """Round 24's form: initials() of every stretch of every run of capitalised words."""
    out: dict[str, set[str]] = {}
    if not wanted:
        return out
    letters = {t[0] for t in wanted}
    for match in _BARE_NAME.finditer(text):
        words = match.group(0).split()
        if len(words) < 2:
            continue
        for i, first in enumerate(words):
            if first in _SKIPPED or first[0] not in letters:
                continue
            for j in range(i + 2, len(words) + 1):
                last = words[j - 1]
                if last in _SKIPPED or not last[:1].isupper():
                    continue
                name = " ".join([*words[i : j - 1], _POSSESSIVE.sub("", last)])
                tokens = {initials(name)}
                if "Vietnam" in name:
                    tokens.add(initials(name, viet_nam=True))
                if not tokens & wanted or head_kind(name) != "org":
                    continue
                if i and words[i - 1].isupper() and len(words[i - 1]) > 1:
                    name = f"{words[i - 1]} {name}"
                for token in tokens & wanted:
                    out.setdefault(token, set()).add(name)
    return out


# Words a run of names is built from: body heads, Vietnam, possessives, capitals tokens, the small
# words and dashes a name holds, a word starting with a lower-case accented letter the capital
# class admits, and plain lower-case words that end a run.
_WORDS = st.sampled_from(
    [
        "National", "Liberation", "Front", "Front's", "People's", "Army", "Armed", "Forces", "Party",
        "Vietnam", "Vietnam's", "Viet", "Nam", "Republic", "Federation", "Council", "Union",
        "Foreign", "Agricultural", "Service", "USDA", "USA's", "NLF", "PAVN", "of", "and", "the",
        "for", "-", "–", "àn", "Đảng", "Indo-China", "was", "in", "called",
    ]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "\t", ", ", ". ", "\n", " (", ") "])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=40))
    seps = draw(st.lists(_SEPARATORS, min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps, strict=True))


_TOKENS = st.sets(
    st.one_of(
        st.sampled_from(["NLF", "PAVN", "PAV", "NRF", "PLAF", "FAS", "USDAFAS", "VNF", "RVN", "ARVN", "NF"]),
        st.text(alphabet="ANFLPVRUSDCO", min_size=1, max_size=6),
    ),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(_texts(), _TOKENS)
def test_written_bodies_equals_the_round24_form(text: str, wanted: set[str]) -> None:
    new = written_bodies(text, wanted)
    old = _oracle(text, wanted)
    assert new == old
    assert list(new) == list(old)  # the owners' order follows the dict's


# Each case: a text, the wanted tokens, and what the old form reads there (computed by the oracle,
# checked non-empty so the case exercises a hit).
_CASES = [
    # a stretch inside a longer run, after a possessive
    ("the National Liberation Front's People's Liberation Armed Forces fought", {"PLAF", "NLF"}),
    # Vietnam as two words
    ("the People's Army of Vietnam crossed", {"PAVN", "PAV"}),
    # an owner's short form before the name
    ("the USDA Foreign Agricultural Service office", {"FAS"}),
]


def test_hits_match_the_oracle() -> None:
    for text, wanted in _CASES:
        old = _oracle(text, wanted)
        assert old, text
        assert written_bodies(text, wanted) == old
