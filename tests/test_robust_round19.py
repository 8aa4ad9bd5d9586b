"""Round 19 of the reliability hunt: bugs found by using the real command as a hostile new user,
each pinned by the test that failed before its fix."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from glossary.check.checker import Checker
from glossary.check.sources import source_from_bytes
from glossary.check.style import CheckConfig, HouseStyle, Style
from glossary.store import Glossary
from glossary.text import ToneStyle
from tests.conftest import ROOT


def _best_of(runs: int, work: Callable[[], object]) -> float:
    """The quickest of a few runs: noise from a busy machine only ever adds time."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


# A sentence with a name spelt two ways, a partial-diacritics name, both tone placements and a
# quotation: every kind of finding the checker compares with the others in one document.
SENTENCE = 'Tô Lâm met To Lam and Tô Lam at Khánh Hoà, Khánh Hòa, "Hà Nội" and Ha Nội. '


@pytest.mark.parametrize("separator", [" ", "\n"], ids=["one-line", "many-lines"])
def test_checking_a_text_with_many_names_takes_time_linear_in_its_names(separator: str) -> None:
    # 8,000 lines with two findings each took 42 s (2,000 took 4 s): each name was tested against
    # every name found before it in the document, and on one long line the quotes were counted
    # from the line's start for each name. Four times the text must take about four times as long.
    house = HouseStyle(Style.EN_DIACRITICS, ToneStyle.NEW)
    checker = Checker(list(Glossary.open(ROOT / "terms")), CheckConfig(house=house))

    def text(copies: int) -> bytes:
        return separator.join([SENTENCE] * copies).encode()

    small, large = text(500), text(2_000)

    def check(raw: bytes) -> int:
        return len(checker.check_source(source_from_bytes(raw, "t.txt", kind="text")))

    assert check(small) * 4 == check(large)  # the same findings per sentence at either size
    baseline = _best_of(3, lambda: check(small))
    assert _best_of(2, lambda: check(large)) <= 8 * baseline + 0.5
