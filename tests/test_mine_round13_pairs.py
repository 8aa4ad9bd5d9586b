"""Round 13: the causes the tenth blind part's analysis found (tests/corpus/gold/blind11/
ANALYSIS-pairs.md), each on text written for these tests, with the wordings that must stay unread:
a naming cue the aligner reads, a possessive of the term's word in its English name, another
language's name before the Vietnamese one in a parenthesis, a Vietnamese label after a comma, a
hyphen inside a Vietnamese word, a pronunciation label, an English name opening with an article,
the modern reading after "today" kept as a form, and the old rules' pairs scored by the evidence
model."""

from __future__ import annotations

import pytest

from glossary.mine.documents import Document
from glossary.mine.glosses import extract_glosses
from glossary.mine.parentheses import extract_parentheses
from glossary.model import Kind, VariantType
from tests.mine_helpers import entry_with, pairs

# --- pairs read now ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # A naming cue after the term, "or" before it or not; the name ends at the sentence's verb.
        (
            "Xôi vò or simply called crumbled sticky rice is a snack sold at dawn in the markets.",
            ("Xôi vò", "crumbled sticky rice"),
        ),
        (
            "In the hills, bánh khúc, also known as cudweed cake, is eaten in spring.",
            ("bánh khúc", "cudweed cake"),
        ),
        # An English name that keeps the term's words, one of them in the possessive.
        (
            "The family cooks for Lễ Ông Công, or Ông Công's Journey to Heaven, on the last days.",
            ("Lễ Ông Công", "Ông Công's Journey to Heaven"),
        ),
        # Another language's name without Vietnamese letters, then the Vietnamese one.
        ("The valley holds the Red Dao (Dao Dang, Dao Đỏ) and other groups.", ("Dao Đỏ", "Red Dao")),
        # A Vietnamese label after a comma opens the Vietnamese form of the parenthesis.
        (
            "Each district was ruled from a fortified town (chiang, Vietnamese: thành) by a lord.",
            ("thành", "fortified town"),
        ),
        # A hyphen between two syllables of one Vietnamese word.
        (
            "In 1890, he was named Tri-huyện (a district magistrate) of the province.",
            ("Tri-huyện", "district magistrate"),
        ),
        # A naming cue before the term, the English before it.
        (
            "Under the old court, landless farmers were called tá điền by the officials.",
            ("tá điền", "landless farmers"),
        ),
        # A lone language name in the parenthesis before "or": the other name, of another
        # language's letters, renders the span.
        (
            "The coast was ruled by a kingdom called Phù Nam (Vietnamese), or Bnam (跋南), for centuries.",
            ("Phù Nam", "Bnam"),
        ),
        # A capital article opens a name rendered after "Vietnamese for".
        ("Tiền Phong (Vietnamese for The Vanguard) is a daily paper.", ("Tiền Phong", "The Vanguard")),
        # "(VI, or EN)": the parenthesis renders its own form.
        (
            "Words borrowed long ago (''Hán-Nôm'', or Sino-Nom script) fill the old books.",
            ("Hán-Nôm", "Sino-Nom script"),
        ),
        # The word after "to" is the infinitive's verb, no part of the noun phrase.
        (
            "They wrote to record native village songs (''hát làng'') in books.",
            ("hát làng", "native village songs"),
        ),
        # A definition by the copula and a meaning participle.
        (
            'Chè is a Vietnamese term translating loosely as "sweet soup." It is served cold.',
            ("Chè", "sweet soup"),
        ),
    ],
)
def test_pair_is_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(text)


def test_a_quoted_word_by_word_rendering_in_a_label_is_a_term_pair_of_its_own() -> None:
    text = "The Cloud Pass (Vietnamese: Đèo Mây, IPA: [ɗɛ̂w məj], 'cloud mountain pass') is steep.\n"
    found = pairs(text)
    assert ("Đèo Mây", "Cloud Pass") in found
    assert ("Đèo Mây", "cloud mountain pass") in found


def test_the_modern_reading_after_today_is_a_form_of_a_term_pair() -> None:
    text = "The new quarter was named Tân Thị (新市, today Chợ Mới, New Market) by the court.\n"
    entry = entry_with(text, "Tân Thị")
    assert entry is not None
    assert entry.en == "New Market"
    assert "Chợ Mới" in entry.forms()
    # A name glossed word by word is a term pair beside the name's own entry (gold rules, the
    # clarifications' point 8), whatever its generic word ("Market") would make of it.
    (gloss,) = [m for m in extract_parentheses(Document("t", text)) if m.vi == "Tân Thị"]
    assert gloss.kind is Kind.TERM
    assert ("Chợ Mới", VariantType.OTHER) in gloss.variants


# --- what must stay unread ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "vi"),
    [
        # The syllable after a hyphen is part of a word of another language, no Vietnamese run.
        ("The goddess is called Nang Khwan-khao (Laos) in the old songs.", "khao"),
        # A pronunciation label holds a transcription, no rendering.
        ("Chè (Vietnamese pronunciation: [cɛ˨˩]) is a sweet soup.", "Chè"),
        # A remark about the term with a pronoun renders nothing.
        ("The cooks make bánh đúc (description of it given below) at dawn.", "bánh đúc"),
        # The English before "or" after a preposition of place is where, not a name.
        ("It is called Chè bà ba in Southern Vietnam or Chè đậu in the north.", "Chè đậu"),
        # A naming cue after a class, a thing spoken of before or a pronoun names nothing.
        ("The villages formed a league called Liên Xã in the hills.", "Liên Xã"),
        ("The river is known as sông cái by the boatmen.", "sông cái"),
        ("Everything sold there is known as hàng chợ.", "hàng chợ"),
        # An English article in lower case opens another English name, not a Vietnamese form.
        ("The river forms the Lam Delta (also called the Nghệ An Delta), in the north.", "the Nghệ An Delta"),
    ],
)
def test_no_pair_is_read(text: str, vi: str) -> None:
    assert not [p for p in pairs(text) if p[0] == vi]


def test_a_naming_cue_with_a_long_clause_gives_no_name() -> None:
    # The words after "called" run on to a clause's end with no verb to stop them: no name.
    text = "Bánh giò or called by the people of the old northern villages a dumpling wrapped in leaves."
    assert not [p for p in pairs(text) if p[0] == "Bánh giò"]


def test_a_naming_cue_before_a_lone_adverb_gives_no_pair() -> None:
    # The known-as rule's pairs are scored by the evidence model: an adverb renders nothing.
    text = "The Nùng group, known as Nùng Phàn Slình sometimes, lives in the north.\n"
    found = {(m.vi, m.en) for m in extract_glosses(Document("t", text)) if m.vi and m.en}
    assert not [p for p in found if p[1] == "sometimes"]


def test_an_or_pair_of_another_language_is_scored_out() -> None:
    # "X or Y" where Y is a name in a third language, not English: the scored "or" rule drops it.
    text = "Some elders call the group Mường or Mwal, a name of their own.\n"
    assert ("Mường", "Mwal") not in pairs(text)


def test_a_spelling_joined_by_or_stays_the_rules() -> None:
    # Plain syllables the evidence model cannot weigh keep the "or" rule's reading.
    text = "He founded the Vietnam Renewal Party or Viet Moi, which was banned.\n"
    assert ("Viet Moi", "Vietnam Renewal Party") in pairs(text)


# --- the per-rule precision bench ------------------------------------------------------------------


def test_rule_precision_bench_judges_pairs_against_one_entrys_forms() -> None:
    from bench.gloss_rule_precision import judge
    from glossary.mine.evaluate import GoldEntry
    from glossary.mine.mentions import Mention

    gold = [
        GoldEntry(
            "term", frozenset({"nước mắm", "fish sauce"}), frozenset({"nước mắm", "fish sauce", "fish-sauce"})
        ),
        GoldEntry("place", frozenset({"Huế"}), frozenset({"Huế"}), gazetteer=frozenset({"Hue"})),
    ]
    assert judge(Mention(Kind.TERM, en="fish-sauce", vi="nước mắm"), gold) == "right"
    assert judge(Mention(Kind.TERM, en="sauce", vi="nước mắm"), gold) == "wrong"
    assert judge(Mention(Kind.TERM, en="imperial city", vi="Hue"), gold) == "neither"


def test_rule_precision_bench_counts_every_rule_on_a_part() -> None:
    from bench.gloss_rule_precision import RULES, count

    tally = count(["blind"])
    assert set(tally) == set(RULES)
    # The parenthesis reader finds pairs on any part, and the per-part counts add up.
    assert tally["parentheses"]["right"] > 0
    for counts in tally.values():
        assert counts["right"] == counts["blind:right"] and counts["wrong"] == counts["blind:wrong"]


def test_a_plain_hyphenated_place_keeps_its_vietnamese_run() -> None:
    from glossary.mine.vi_runs import vi_run_back

    # Only a word of another language before the hyphen ends the run ("Khwan-khao"); a place's two
    # plain parts ("Ba Ria-Vung Tau") keep the run after the hyphen as before.
    text = "the province of Ba Ria-Vung Tau (x)"
    run = vi_run_back(text, text.index(" ("), 0)
    assert run is not None and run.text == "Vung Tau"
    text = "the goddess Mae Khwan-khao (x)"
    assert vi_run_back(text, text.index(" ("), 0) is None
