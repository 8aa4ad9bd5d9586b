"""Round 41: missed name links. A hard-wrapped page that breaks its line before a former-name
parenthesis ("... for Hue City" / "(formerly Phu Xuan) for a year"). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.mine_helpers import linked


@pytest.mark.parametrize(
    ("text", "a", "b", "joined"),
    [
        # One line: read as before.
        (
            "In 1802 he was made governor of Hue City (formerly Phu Xuan) for a year.\n",
            "Hue City",
            "Phu Xuan",
            True,
        ),
        # The same sentence wrapped before the parenthesis: still the city's former name.
        (
            "In 1802 he was made governor of Hue City\n(formerly Phu Xuan) for a year.\n",
            "Hue City",
            "Phu Xuan",
            True,
        ),
        # A blank line between them: a new paragraph, no former name of the line before.
        (
            "He was made governor of Hue City\n\n(formerly Phu Xuan) for a year.\n",
            "Hue City",
            "Phu Xuan",
            False,
        ),
    ],
)
def test_a_wrapped_line_keeps_the_former_name_of_its_parenthesis(
    text: str, a: str, b: str, joined: bool
) -> None:
    assert linked(text, a, b) is joined
