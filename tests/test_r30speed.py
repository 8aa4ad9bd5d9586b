"""Round 30, speed: each cut answers as the code before it did (texts written for these tests)."""

from __future__ import annotations

import re

from glossary.mine.documents import line_starts
from glossary.mine.former_name_cues import _WAS_CALLED, _was_called
from glossary.mine.names.context import _FOLLOWING, _UNIT_INITIALS

TEXTS = [
    "",
    "\n",
    "Hanoi was formerly called Thăng Long, and Saigon was known as Prey Nokor.\n",
    "Hội An, also known as Faifo, is a town. The Bassac River - which is called the Hau River.\n",
    "The Republic (1954–1975; commonly called South Vietnam) fell. Who was named Minister? That one.\n",
    "Bat Trang pottery village, Duong Lam ancient village, Quang Nam (VNA) – a story; Ba Dinh district.\n",
    "Hà Giang Province, Son La  PROVINCE, Lang Son ſpecial zone, Mountain Range, citywide, Towns\n\n",
    "a\tb  c\n d\n\n  e’s f– g - h ( i ) the U.S. CDC and the US CDC of the U.S. in the UK CDC.\n",
]


def test_was_called_takes_the_windows_first_match_as_the_old_finditer_did() -> None:
    guard = "(?=[ \\t,(—–wt])"
    assert _WAS_CALLED.pattern.startswith(guard)
    old = re.compile(_WAS_CALLED.pattern[len(guard) :], _WAS_CALLED.flags)
    for text in TEXTS:
        for hit in range(len(text) + 1):
            lo, hi = max(0, hit - 60), hit + 60
            want = next((c for c in old.finditer(text, lo, hi) if c.start() < hit), None)
            got = _WAS_CALLED.search(text, lo, hi)
            got = got if got is not None and got.start() < hit else None
            assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict()))
    assert _was_called(TEXTS[2], TEXTS[2].index("called")) != []


def test_the_was_called_guard_holds_every_first_character_of_the_pattern() -> None:
    # Each way of the pattern opens with one of these (the "w" and "t" of which/that/who in any case).
    old = re.compile(_WAS_CALLED.pattern[len("(?=[ \\t,(—–wt])") :], _WAS_CALLED.flags)
    for text in (
        "x, called Y",
        "x (called Y",
        "x—called Y",
        "x – called Y",
        "x Which was called Y",
        "x THAT was called Y",
        "x (1954–1975; called Y",
    ):
        assert any(old.match(text, i) for i in range(len(text)))
        assert [bool(old.match(text, i)) for i in range(len(text))] == [
            bool(_WAS_CALLED.match(text, i)) for i in range(len(text))
        ]


def test_following_matches_as_the_pattern_without_its_guard() -> None:
    guard = f"(?=[{_UNIT_INITIALS}])"
    old = re.compile(_FOLLOWING.pattern.replace(guard, "").replace("{3,}+[ \\t]++", "{3,}[ \\t]+"))
    assert old.pattern != _FOLLOWING.pattern
    for text in TEXTS:
        for at in range(len(text) + 1):
            a, b = old.match(text, at), _FOLLOWING.match(text, at)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_the_unit_guard_takes_what_the_unit_words_first_letters_take() -> None:
    guard = re.compile(f"(?i:[{_UNIT_INITIALS}])")
    firsts = re.compile("(?i:" + "|".join(sorted(_UNIT_INITIALS)) + ")")
    for code in range(0x3000):
        char = chr(code)
        assert bool(guard.fullmatch(char)) == bool(firsts.fullmatch(char)), hex(code)


def test_line_starts_are_the_line_breaks_ends() -> None:
    for text in [*TEXTS, "x", "x\ny", "\n\n\n", "ab\ncd\n"]:
        assert line_starts(text) == [0] + [m.end() for m in re.finditer("\n", text)]
