"""The miner's gloss-pair and name-variant link measures, against gold written by hand here."""

from __future__ import annotations

from glossary.mine.evaluate import _gold_entry
from glossary.mine.measures import gloss_pairs, variant_links
from glossary.model import Entry, Kind, Variant, VariantType


def _gold(**raw: object) -> object:
    return _gold_entry({"variants": [], **raw}, "test")


def test_forms_differing_only_in_capitals_are_one_form() -> None:
    # The labeller wrote "Đồng Nai province"; the page also writes "Đồng Nai Province" (gold rules
    # §9.2: not a variant, the same form), so the mined link is the labelled one.
    gold = [_gold(kind="place", vi="Đồng Nai", variants=["Đồng Nai province"])]
    mined = [
        Entry(kind=Kind.PLACE, vi="Đồng Nai", variants=[Variant("Đồng Nai Province", VariantType.OTHER)])
    ]
    m = variant_links(gold, mined)  # type: ignore[arg-type]
    assert (m.tp, m.fp, m.fn) == (1, 0, 0)


def test_a_pair_of_case_variants_alone_is_no_link() -> None:
    gold = [_gold(kind="place", vi="Huế")]
    mined = [Entry(kind=Kind.PLACE, vi="Huế", variants=[Variant("HUẾ", VariantType.OTHER)])]
    m = variant_links(gold, mined)  # type: ignore[arg-type]
    assert (m.tp, m.fp, m.fn) == (0, 0, 0)


def test_titled_forms_and_defined_short_forms_are_left_out() -> None:
    gold = [
        _gold(
            kind="person",
            vi="Tô Lâm",
            en="To Lam",
            variants=["General Secretary To Lam"],
            variant_types={"General Secretary To Lam": "title"},
        ),
        _gold(kind="acronym", en="Ministry of Public Security", abbr="MPS", vi="Bộ Công an"),
    ]
    mined = [
        Entry(
            kind=Kind.PERSON,
            vi="Tô Lâm",
            en="To Lam",
            variants=[Variant("General Secretary To Lam", VariantType.TITLE)],
        ),
        Entry(kind=Kind.ACRONYM, en="Ministry of Public Security", abbr="MPS", vi="Bộ Công An"),
    ]
    m = variant_links(gold, mined)  # type: ignore[arg-type]
    # Tô Lâm / To Lam, and the ministry's two long forms (its abbreviation is no link).
    assert (m.tp, m.fp, m.fn) == (2, 0, 0)


def test_a_wrong_pair_is_spurious_and_a_missing_one_missed() -> None:
    gold = [_gold(kind="place", vi="Điện Biên Phủ", variants=["Thaeng"])]
    mined = [Entry(kind=Kind.PLACE, vi="Điện Biên Phủ", variants=[Variant("Điện Biên", VariantType.OTHER)])]
    m = variant_links(gold, mined)  # type: ignore[arg-type]
    assert (m.tp, m.fp, m.fn) == (0, 1, 1)


def test_a_pair_whose_forms_differ_only_in_capitals_is_the_labelled_pair() -> None:
    # The page writes "Tea is known as nước chè"; the labeller wrote the term's running-text form
    # "tea" (gold rules §9.2). A different rendering is still a false pair.
    gold = [_gold(kind="term", vi="nước chè", en="tea", pattern="known-as")]
    right = gloss_pairs(gold, [Entry(kind=Kind.TERM, vi="Nước chè", en="Tea")])  # type: ignore[arg-type]
    wrong = gloss_pairs(gold, [Entry(kind=Kind.TERM, vi="nước chè", en="green tea")])  # type: ignore[arg-type]
    assert (right.tp, right.fp, right.fn) == (1, 0, 0)
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)
