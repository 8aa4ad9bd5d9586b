"""Round 18's speed cuts against their plain forms, on text written for these tests."""

from __future__ import annotations

import re

from glossary.mine import caps_tokens

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
