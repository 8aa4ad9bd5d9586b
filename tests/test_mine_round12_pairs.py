"""Twelfth round: the causes the ninth blind part's analysis found (tests/corpus/gold/blind10/
ANALYSIS-pairs.md), each on text written for these tests, with the wordings that must stay
unread: a script label after a form, a modern form before the rendering, a rendering after a
Han-only parenthesis, a long organisation name, a glued native-name row and a fact sheet's part
keys, a renaming cue, an English side in plain Vietnamese, a label that goes on in English."""

from __future__ import annotations

import pytest

from tests.mine_helpers import acronyms, linked, pairs

# --- pairs read now ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A script label after the form, its Han characters blanked: not part of the form.
        (
            "Thu Lâm Pagoda (Chùa Thu Lâm, Chữ Hán: 秋林寺) is a complex of temples in the hills.",
            ("Chùa Thu Lâm", "Thu Lâm Pagoda"),
        ),
        # The modern Vietnamese form after a cue, then the English rendering, in one parenthesis.
        ("It was named Tân Thị (新市, today Chợ Mới, New Market), in the north.", ("Tân Thị", "New Market")),
        (
            "It was named Cựu Thị (舊市, literally Chợ Cũ, Old Market), in the north.",
            ("Cựu Thị", "Old Market"),
        ),
        # A rendering right after a parenthesis of Han characters alone, with or without a space.
        ("- Reign name: Thái Hòa (太和)(lit. Great Peace): 1443–1453", ("Thái Hòa", "Great Peace")),
        (
            "He chose the era name Thái Hòa (太和) (literally Great Peace) in 1443.",
            ("Thái Hòa", "Great Peace"),
        ),
        # An organisation's name of more than six capitalised words, read whole.
        (
            "The front, short for Việt Nam Độc Lập Đồng Minh Hội (League for the Independence of Vietnam), "
            "was formed.",
            ("Việt Nam Độc Lập Đồng Minh Hội", "League for the Independence of Vietnam"),
        ),
        (
            "They formed the Hội Văn Hóa Bình Dân Toàn Quốc Việt Nam (League for Popular Culture) in 1941.",
            ("Hội Văn Hóa Bình Dân Toàn Quốc Việt Nam", "League for Popular Culture"),
        ),
        # An unmarked label before a Vietnamese form alone still labels it.
        ("The Red River (Vietnamese Sông Hồng) floods often.", ("Sông Hồng", "Red River")),
    ],
)
def test_round12_pairs(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # The old name is no part of the form: no pair holds the label or the modern form whole.
        "Thu Lâm Pagoda (Chùa Thu Lâm, Chữ Hán: 秋林寺) is a complex of temples in the hills.",
        "It was named Tân Thị (新市, today Chợ Mới, New Market), in the north.",
    ],
)
def test_round12_no_label_or_cue_in_a_side(text: str) -> None:
    for vi, en in pairs(text):
        assert "Hán" not in vi and "today" not in en and "," not in en


def test_round12_long_name_stops_at_lower_case() -> None:
    # A run of lower-case words still stops at six: a clause, no name.
    found = pairs("mọi người đều biết rằng chúng ta yêu nước (everyone knows we love the country) often.")
    assert all(len(vi.split()) <= 6 for vi, _ in found)


# --- pairs that are none --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A renaming cue: the words before "now known as" are no rendering of the new name.
        "In 1941, Nguyễn Tất Thành, now known as Hồ Chí Minh, returned to the north.",
        "The village, later known as Đồng Văn, grew into a town.",
        # An English side in plain Vietnamese syllables, no English word: two Vietnamese forms.
        "When cooked in a hot pot, canh chua is called lẩu canh chua.",
        # An unmarked "Vietnamese" before a name that goes on in English: no labelled form.
        "- Religion: Buddhism (Vietnamese Hoà Hảo sect of Buddhism)",
    ],
)
def test_round12_no_pair(text: str) -> None:
    found = pairs(text)
    assert not any(en in ("now", "later", "canh chua", "Buddhism", "The village") for _, en in found), found
    assert not any("sect" in vi for vi, _ in found), found


def test_round12_renaming_cue_keeps_known_as() -> None:
    # Without a renaming adverb, the rule still reads "known as" after a common noun.
    assert ("nón lá", "conical hat") in pairs("The conical hat, known as nón lá, is worn by farmers.")
    assert ("nón lá", "conical hat") not in pairs("The conical hat, now known as nón lá, is worn by farmers.")


def test_round12_plain_english_side_kept() -> None:
    # An English spelling of the Vietnamese letters is still a rendering (gold rules).
    assert ("Huế", "Hue") in pairs("The old capital Huế (Hue) lies on the river.")


# --- infobox rows -------------------------------------------------------------------------------------


def test_round12_glued_native_name_row() -> None:
    text = "Perfume River\nNative nameSông Hương (Vietnamese)\nCountry\tVietnam\n"
    assert linked(text, "Sông Hương", "Perfume River")


def test_round12_glued_native_name_row_other_language() -> None:
    # A native name in another language, or an English line above, is no Vietnamese form.
    assert not linked("Perfume River\nNative nameHuong River (English)\n", "Huong River", "Perfume River")


def test_round12_fact_sheet_part_keys() -> None:
    text = (
        "Geography\n"
        "Country name - conventional long form : Socialist Republic of Vietnam\n"
        "Country name - local long form : Cong Hoa Xa Hoi Chu Nghia Viet Nam\n"
    )
    assert linked(text, "Cong Hoa Xa Hoi Chu Nghia Viet Nam", "Socialist Republic of Vietnam")


# --- acronyms ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["’", "'"])
def test_round12_plural_short_form_with_apostrophe(mark: str) -> None:
    text = f"Investors cited the signed free trade agreements (FTA{mark}s), and stability."
    assert (f"FTA{mark}s", "free trade agreements") in acronyms(text)


def test_round12_possessive_name_is_no_short_form() -> None:
    assert not acronyms("They spoke of Vietnam's (Vietnam's) pride and of Hanoi's growth.")


# --- the aligner: plain Vietnamese words before a parenthesis that names them Vietnamese ---------------


def test_round12_plain_term_before_vietnamese_label() -> None:
    text = "Canh bi (Vietnamese: [kaiŋ ɓi], squash soup)[2] is a soup of the south."
    assert ("Canh bi", "squash soup") in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # One capitalised word is too short to tell from a name in another language.
        "The Lao (Vietnamese: [lau], a people) live here.",
        # English words before the label: no Vietnamese span.
        "A sour soup (Vietnamese: [kaiŋ cuə], canh chua) is common.",
    ],
)
def test_round12_no_plain_span_before_label(text: str) -> None:
    assert not any(vi in ("Lao", "sour soup", "A sour soup") for vi, _ in pairs(text)), pairs(text)
