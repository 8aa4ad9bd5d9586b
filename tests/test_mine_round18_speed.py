"""Round 18's speed cuts against their plain forms, on text written for these tests."""

from __future__ import annotations

import re

from glossary.mine import caps_tokens, en_phrases, mentions

# The caps scan's plain form: the token pattern as written, a capital then the lookbehind.
_PLAIN_CAPS_NEXT = re.compile(r"(" + caps_tokens._CAPS_TOKEN.pattern + r")(?= (\w)|)")

_CAPS_TEXTS = [
    "The UNESCO office and the UN met VNPT, FPT Telecom and EVN in HCMC Securities' hall.",
    "AB&C, A&B, X1 and AK47s; the ASEANs met in HN. A-BC, BR-VT and U.S. forces; x.AB, _AB.",
    "NATO\nWHO WHOs WHOS Ab ABCDEFGHIJKL ABCDEFGHIJ ABCDEFGHIJs A1B2 &AB -AB .AB 'AB' (AB) AB",
    "Q A Z9 AZ\tBC  DE é ÉÔ ĐB ĐBSCL SA PA Sa Pa VIỆT NAM TP HCM TP.HCM",
    "AB",
    "",
]


def test_caps_scan_matches_plain_form() -> None:
    for text in _CAPS_TEXTS:
        for k in range(len(text) + 1):
            # Every suffix too, so that a token opens the text, and every character comes before one.
            part = text[k:]
            fast = [(m.span(), m.groups()) for m in caps_tokens._CAPS_TOKEN_NEXT.finditer(part)]
            plain = [(m.span(), m.groups()) for m in _PLAIN_CAPS_NEXT.finditer(part)]
            assert fast == plain, part


def test_caps_scan_counts() -> None:
    scan = caps_tokens.CapsScan("The UNESCO office met UNESCO Hanoi and VNPT; the UN and VNPT.")
    assert scan.counts == {"UNESCO": 2, "VNPT": 2, "UN": 1}
    assert scan.before_capital == {"UNESCO": 1}
    assert scan.written_alone("UNESCO") and scan.written_alone("VNPT")


_LETTERS = re.compile(r"[^\W\d_]+")


def _plain_last_word(
    text: str, lo: int, hi: int, spaced: bool = False, line_break: bool = False
) -> tuple[int, int] | None:
    """mentions.last_word before round 18: the run of letters found on the reversed stretch."""
    if hi <= lo:
        return None
    if line_break:
        stop = hi
        while stop > lo and text[stop - 1] in " \t\n":
            stop -= 1
        breaks = text.count("\n", stop, hi)
        if breaks > 2 or breaks == 2 and text[hi - 1] != "\n":
            return None
    else:
        end = hi
        if text[end - 1] == "\n":
            end -= 1
        stop = end
        while stop > lo and text[stop - 1] in " \t":
            stop -= 1
        if spaced and stop == end:
            return None
    if stop == lo:
        return None
    match = _LETTERS.match(text[lo:stop][::-1])
    if match is None:
        return None
    return stop - match.end(), stop


_WORD_TEXTS = [
    "Phở bò (beef noodle soup) ở Hà Nội\nbánh mì  \n\n x²y 10³nghìn e\u0301 foo_bar café\u00a0x",
    "Đông Hồ\tpainting, A1b ½cup ĐBSCL; co-op — 'quoted' “Thừa-biện” ab\u2009cd\u3000 end",
]


def test_last_word_matches_plain_form() -> None:
    for text in _WORD_TEXTS:
        for lo in range(len(text)):
            for hi in range(lo, min(len(text), lo + 45) + 1):
                for spaced in (False, True):
                    for line_break in (False, True):
                        fast = mentions.last_word(text, lo, hi, spaced, line_break)
                        assert fast == _plain_last_word(text, lo, hi, spaced, line_break), (lo, hi)


_EN_TOKEN = re.compile(en_phrases._EN_WORD)
_GAP = re.compile(r"[ \t]*\n[ \t]*|[ \t]+")


def _plain_words_at_end(stretch: str) -> list[tuple[int, int]]:
    """en_phrases._words_at_end before round 18: every word of the stretch found, then the walk back."""
    words = list(_EN_TOKEN.finditer(stretch))
    if not words or words[-1].end() != len(stretch):
        return []
    k = len(words) - 1
    while k > 0 and len(words) - k < 12 and _GAP.fullmatch(stretch, words[k - 1].end(), words[k].start()):
        k -= 1
    return [m.span() for m in words[k:]]


_EN_TEXTS = [
    "the Hùng Kings' Temple Festival is held, and co-op farmers’ rice-growing\nvillages near the "
    "Perfume River's banks; a   long-running  tradition of the Lý dynasty's\t kings' own sons' rites",
    "x" * 70 + " Kings' Temple " + "word " * 14 + "end-of-line\n\nnext  lines ok s' s'x 12 abc3 def_g",
]


def test_words_at_end_matches_plain_form() -> None:
    for text in _EN_TEXTS:
        for lo in range(len(text)):
            for hi in range(lo + 1, min(len(text), lo + 160) + 1):
                stretch = text[lo:hi]
                fast = [m.span() for m in en_phrases._words_at_end(stretch)]
                assert fast == _plain_words_at_end(stretch), stretch
