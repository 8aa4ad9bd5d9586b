"""Round 46 (speed): the cheaper forms of shared miner machinery give what the plain forms gave.

Each test compares the new code with a plain definition written out here, on texts written for the
test and on generated ones.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import gazetteer, gloss_side, infobox, name_chains, names, pipeline
from glossary.mine.name_chains import _BARE_NAME, _POSSESSIVE, _SKIPPED, _add_body
from glossary.mine.names.context import LowerWords
from glossary.mine.names.plans import NameCache
from glossary.mine.names.spans import Runs
from glossary.mine.names.token_words import TokenWords, token_words
from glossary.mine.names.words import LOWER_SET

_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _letter_runs(text: str) -> set[str]:
    """The plain definition: every run of letters in the text that opens with a small letter."""
    return {run for run in _LETTER_RUN.findall(text) if run[0] in LOWER_SET}


_TEXTS = [
    "Hanoi, the capital (said) nước mắm",
    "the Bà Rịa–Vũng Tàu province; (said) again, “quoted” x-ray km² co-op's end.",
    "usenước mắm pha; x2y and a_b «quote» …ends… -dash- /slash/",
    "superscript²word and ²lead, Hanoi, the capital",  # "Hanoi," and "the" again: looked up
    "",
    "UNESCO 2024 (2024) — ‘ngon’ phở",
]


def test_tokens_remembered_across_texts_give_each_text_its_own_words() -> None:
    tokens = TokenWords()
    for text in _TEXTS + _TEXTS[::-1]:
        assert tokens.words_of(set(text.split())) == _letter_runs(text), text
        assert LowerWords(text, tokens).collected() == _letter_runs(text), text


def test_a_token_read_before_gives_no_word_of_its_own_to_a_text_without_it() -> None:
    tokens = TokenWords()
    tokens.words_of(set("(said) the x-ray".split()))
    assert tokens.words_of({"Hanoi,"}) == set()
    assert tokens.words_of({"(said)", "Hanoi,"}) == {"said"}


def test_past_its_limit_the_memo_starts_again_and_still_answers() -> None:
    tokens = TokenWords(limit=5)
    largest = max(len(set(text.split())) for text in _TEXTS)
    for text in _TEXTS * 3:
        assert tokens.words_of(set(text.split())) == _letter_runs(text), text
        assert len(tokens) <= max(5, largest)  # one text's tokens at most once past the limit


_ALPHABET = st.sampled_from(list("aAzZđĐưƯ ế2_\n\t.,()-–“”'’/²") + ["nước", "Hà", "the"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_ALPHABET, max_size=30).map("".join), min_size=1, max_size=6), st.integers(3, 40))
def test_token_words_are_the_letter_runs(texts: list[str], limit: int) -> None:
    tokens = TokenWords(limit=limit)
    for text in texts:
        assert token_words(set(text.split())) == _letter_runs(text)
        assert tokens.words_of(set(text.split())) == _letter_runs(text)


def test_token_words_on_generated_texts_sharing_tokens() -> None:
    rng = random.Random(46)
    pieces = ["the", "Hà", "(said)", "x-ray", "km²", "a_b", "đường,", "UN", "2024", "“ngon”", "ſtrange", "İ"]
    tokens = TokenWords(limit=40)
    for _ in range(500):
        words = [rng.choice(pieces) + rng.choice(["", ".", "-x", "2"]) for _ in range(rng.randint(0, 12))]
        text = " ".join(words)
        assert tokens.words_of(set(text.split())) == _letter_runs(text), text


# --- written_bodies reads each name of a text once -----------------------------------------------


def _every_match_written_bodies(text: str, wanted: set[str]) -> dict[str, set[str]]:
    """written_bodies before round 46: every match of the scan read, repeats included."""
    out: dict[str, set[str]] = {}
    letters = {t[0] for t in wanted}
    prefixes = {t[:k] for t in wanted for k in range(1, len(t) + 1)}
    for match in _BARE_NAME.finditer(text):
        words = match.group(0).split()
        for i in range(len(words) - 1):
            first = words[i]
            if first[0] not in letters or first in _SKIPPED or not first[0].isupper():
                continue
            plain = first if len(first) > 1 and first.isupper() else first[0]
            viet = "VN" if first == "Vietnam" else plain
            for j in range(i + 2, len(words) + 1):
                if plain not in prefixes and viet not in prefixes:
                    break
                last = words[j - 1]
                if last in _SKIPPED:
                    continue
                if not last[0].isupper():
                    break
                bare = _POSSESSIVE.sub("", last) if last[-1] in "'’s" else last
                step = bare if len(bare) > 1 and bare.isupper() else bare[0]
                if plain + step in wanted or viet + ("VN" if bare == "Vietnam" else step) in wanted:
                    _add_body(out, words, i, j, wanted)
                step = last if len(last) > 1 and last.isupper() else last[0]
                plain += step
                viet += "VN" if last == "Vietnam" else step
    return out


_REPEATED_BODIES = (
    "The Vietnam News Agency and the Communist Party of Vietnam met. Later the Communist Party of "
    "Vietnam and the National Liberation Front, then the Vietnam News Agency again; the USDA Foreign "
    "Agricultural Service and the National Liberation Front's Army. The Vietnam National Assembly, "
    "the Vietnam News Agency, the Communist Party of Vietnam."
)


def test_written_bodies_with_repeated_names_as_every_match_read() -> None:
    wanted = {"VNA", "CPV", "NLF", "FAS", "NLFA", "VNNA"}
    found = name_chains.written_bodies(_REPEATED_BODIES, wanted)
    expected = _every_match_written_bodies(_REPEATED_BODIES, wanted)
    assert found == expected
    # The same order of tokens and of each token's names: later readers take them in that order.
    assert list(found) == list(expected)
    assert [list(names) for names in found.values()] == [list(names) for names in expected.values()]
    assert found["VNA"] == {"Vietnam News Agency", "Vietnam National Assembly"}
    assert found["CPV"] == {"Communist Party of Vietnam"}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Vietnam", "News", "Agency", "of", "the", "and", "Party", "Front's", "said", ", ", ". "]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_written_bodies_as_every_match_read_on_generated_texts(text: str) -> None:
    wanted = {"VNA", "VNPF", "PF", "NA", "VNNA", "NAPF"}
    found = name_chains.written_bodies(text, wanted)
    expected = _every_match_written_bodies(text, wanted)
    assert found == expected and list(found) == list(expected)


# --- the cut tables by run and sentence start --------------------------------------------------


def test_a_run_inside_and_opening_a_sentence_keeps_two_cuts() -> None:
    # "Statistics" opening a sentence is dropped when the text writes it in lower case; inside a
    # sentence it stays: the two cuts of one run are kept apart in the tables.
    text = "Statistics Office of Hanoi said so. So said the Statistics Office of Hanoi and statistics."
    cache = NameCache()
    first = [(start, [p.text for p in pieces]) for start, pieces in Runs(text, cache)]
    again = [(start, [p.text for p in pieces]) for start, pieces in Runs(text, cache)]
    alone = [(start, [p.text for p in pieces]) for start, pieces in Runs(text, NameCache())]
    assert first == again == alone
    assert (0, ["Office of Hanoi"]) in first
    assert (text.index("Statistics", 1), ["Statistics Office of Hanoi"]) in first


# --- memos of pure functions: the same answers, emptied with the other memos -------------------


@pytest.mark.parametrize(
    "phrase",
    ['  "Thang Long  Imperial Citadel", ', "“cà phê sữa”;", "'Great-grandfather' Huỳnh", ":;, ", ""],
)
def test_clean_memo_answers_as_the_function(phrase: str) -> None:
    assert gloss_side.clean(phrase) == gloss_side.clean.__wrapped__(phrase)
    assert gloss_side.clean(phrase) == gloss_side.clean.__wrapped__(phrase)  # from the memo


@pytest.mark.parametrize("name", ["Hà Nội", "Ha Noi", "Qui Nhơn", "Bà Rịa–Vũng Tàu", "St. Petersburg"])
def test_place_key_memo_answers_as_the_function(name: str) -> None:
    assert gazetteer.place_key(name) == gazetteer.place_key.__wrapped__(name)
    assert gazetteer.place_key(name) == gazetteer.place_key.__wrapped__(name)


@pytest.mark.parametrize(
    "key",
    [
        "native name",
        "alternative names",
        "former name",
        "abbreviation",
        "name",
        "blank name",
        "native name lang",
    ],
)
def test_infobox_key_memos_answer_as_the_functions(key: str) -> None:
    for test in (infobox._is_name, infobox._is_native, infobox._is_other_name, infobox._is_abbreviation):
        assert test(key) == test.__wrapped__(key), (test, key)
        assert test(key) == test.__wrapped__(key), (test, key)


def test_clear_caches_empties_the_new_memos() -> None:
    infobox._is_name("native name")
    gloss_side.clean(" a  b ")
    gazetteer.place_key("Hà Nội")
    cache = names.SHARED
    cache.tokens.words_of({"the", "Hanoi,"})
    pipeline.clear_caches()
    assert gloss_side.clean.cache_info().currsize == 0
    assert gazetteer.place_key.cache_info().currsize == 0
    assert infobox._is_name.cache_info().currsize == infobox._is_native.cache_info().currsize == 0
    assert len(cache.tokens) == 0
