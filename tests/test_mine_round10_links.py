"""Tenth round, name-variant links: the general causes of tests/corpus/gold/blind8/ANALYSIS-links.md
handled this round, each on texts written for these tests (positive and negative), mined through the
whole pipeline: a link is two forms in one entry."""

from __future__ import annotations

import pytest

from tests.mine_helpers import has_form, linked

# --- rank 1: a ruler's other names in the lead's apposition, each after its cue ----------------------


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Trần Văn Khải (c. 1240 – 1301), temple name Nhân Tông, was a monarch of the kingdom.\n",
            "Nhân Tông",
        ),
        (
            "Lý Công Bình (born 1010; died 1054), era name Thiên Thành, was a king of Đại Việt.\n",
            "Thiên Thành",
        ),
        (
            "Đinh Bộ Toàn (924 – 979), posthumous name Tiên Hoàng, nickname Vạn Thắng, was a ruler.\n",
            "Vạn Thắng",
        ),
        (
            "Đinh Bộ Toàn (924 – 979), posthumous name Tiên Hoàng, nickname Vạn Thắng, was a ruler.\n",
            "Tiên Hoàng",
        ),
        (
            "Phạm Ngũ Khánh (1255 – 1320), nickname Hải Đông vương, was a general of the Trần.\n",
            "Hải Đông vương",
        ),
    ],
)
def test_names_in_a_rulers_lead_apposition_are_his(text: str, other: str) -> None:
    subject = text.split(" (")[0]
    assert linked(text, subject, other), other


def test_a_glossed_title_in_the_apposition_stays_a_term_pair() -> None:
    # "nickname X (English)": the glossed title is a term pair of its own (blind7 decision 2). Since
    # round 11 the ruler also holds the title itself (the clustering joins a pair to a person only
    # through a name-like English side). Since round 33 the ruler holds the nickname's rendering too
    # (docs/gold-rules.md §10.9, settled 2026-12-01, superseding "never takes its rendering").
    text = (
        "Lê Văn Thịnh (c. 1380 – 1440), temple name Thánh Tông, nickname Yên Sơn động chủ (Lord of "
        "Yen Son), was a Vietnamese king.\n"
    )
    assert linked(text, "Lê Văn Thịnh", "Thánh Tông")
    assert linked(text, "Lê Văn Thịnh", "Lord of Yen Son")
    assert linked(text, "Lê Văn Thịnh", "Yên Sơn động chủ")
    assert linked(text, "Yên Sơn động chủ", "Lord of Yen Son")


def test_the_cue_in_a_later_sentence_gives_no_name_to_the_lead_subject() -> None:
    text = (
        "Trần Văn Khải (c. 1240 – 1301) was a monarch of the kingdom. His general Phạm Văn Lộc, "
        "nickname Bạch Hổ, led the army.\n"
    )
    assert not linked(text, "Trần Văn Khải", "Bạch Hổ")


def test_english_words_after_the_name_are_not_its_tail() -> None:
    text = "Đinh Bộ Toàn (924 – 979), nickname Vạn Thắng the great, was a ruler.\n"
    assert not has_form(text, "Vạn Thắng the great")


# --- rank 2: "(/ipa/, also written as X)": another spelling after a pronunciation ---------------------


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Mù Cang Chải (/vi/, also written as Mu Cang Chai) is a district of Yên Bái province.\n",
            "Mù Cang Chải",
            "Mu Cang Chai",
        ),
        ("Bắc Hà (/ɓak̚ haː/; also spelled Bac Ha) is a town of Lào Cai province.\n", "Bắc Hà", "Bac Ha"),
    ],
)
def test_spelling_after_a_pronunciation_is_a_variant(text: str, name: str, other: str) -> None:
    assert linked(text, name, other)
    assert not has_form(text, f"written as {other}")
    assert not has_form(text, f"spelled {other}")


def test_a_parenthesis_without_the_cue_gives_no_spelling() -> None:
    text = "Bắc Hà (/ɓak̚ haː/; Mu Cang Chai is near) is a town of Lào Cai province.\n"
    assert not linked(text, "Bắc Hà", "Mu Cang Chai")
