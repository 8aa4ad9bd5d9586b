"""The links measure per entry (glossary/mine/measures.py, variant_entries): one gold name entry with
many forms weighs one entry, not every pair of its forms. Gold written here, through the gold
reader, and mined entries built as the miner builds them; the CLI's JSON carries the measure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from glossary.mine.evaluate import load_gold
from glossary.mine.measures import measure_all, variant_entries, variant_links
from glossary.model import Entry, Kind, Variant, VariantType


def _gold(tmp_path: Path, entries: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"entries": entries}, ensure_ascii=False), encoding="utf-8")
    return path


_REGION = {
    "kind": "place",
    "en": "Central Highlands",
    "vi": "Tây Nguyên",
    "variants": ["Western Highlands", "Cao nguyên Trung phần"],
    "pattern": "or",
}
_RIVER = {"kind": "place", "en": "Perfume River", "vi": "Sông Hương", "pattern": "paren-en-vi"}


def test_an_entry_of_four_forms_weighs_one_entry_but_six_links(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, [_REGION, _RIVER]))
    river = Entry(en="Perfume River", vi="Sông Hương", kind=Kind.PLACE)
    region_half = Entry(
        en="Central Highlands",
        vi="Tây Nguyên",
        kind=Kind.PLACE,
        variants=[Variant("Western Highlands", VariantType.OTHER)],
    )
    links = variant_links(gold, [river, region_half])
    entries = variant_entries(gold, [river, region_half])
    # Links: 1 + 3 of the region's 6 pairs found; per entry the river is found and the region not.
    assert (links.tp, links.fn, links.fp) == (4, 3, 0)
    assert (entries.tp, entries.fn, entries.fp) == (1, 1, 0)
    assert entries.missed == [
        "cao nguyên trung phần / central highlands / tây nguyên / western highlands [or]"
    ]


def test_a_mined_entry_with_one_false_link_is_one_false_entry(tmp_path: Path) -> None:
    gold = load_gold(_gold(tmp_path, [_RIVER]))
    glued = Entry(
        en="Perfume River",
        vi="Sông Hương",
        kind=Kind.PLACE,
        variants=[Variant("Huế", VariantType.OTHER)],
    )
    entries = variant_entries(gold, [glued])
    assert (entries.tp, entries.fp, entries.fn) == (1, 1, 0)
    assert entries.prf[0] == 0.5
    assert variant_links(gold, [glued]).fp == 2


def test_titled_forms_are_left_out_as_the_links_measure_leaves_them(tmp_path: Path) -> None:
    person = {
        "kind": "person",
        "vi": "Tô Lâm",
        "variants": ["To Lam", "General Secretary Tô Lâm"],
        "variant_types": {"General Secretary Tô Lâm": "title"},
        "pattern": "name-variants",
    }
    gold = load_gold(_gold(tmp_path, [person]))
    mined = Entry(
        vi="Tô Lâm",
        kind=Kind.PERSON,
        variants=[Variant("To Lam", VariantType.SPELLING)],
    )
    assert (variant_entries(gold, [mined]).tp, variant_entries(gold, [mined]).fn) == (1, 0)
    assert "variant entries" in measure_all(gold, [mined])


def test_the_cli_reports_the_measure_beside_the_three(tmp_path: Path) -> None:
    text = tmp_path / "page.txt"
    text.write_text("The Perfume River (Sông Hương) flows through Huế.\n", encoding="utf-8")
    gold = _gold(tmp_path, [_RIVER])
    run = subprocess.run(
        [sys.executable, "-m", "glossary", "eval", str(gold), str(text), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    measures = json.loads(run.stdout)["measures"]
    assert list(measures) == ["gloss pairs", "variant links", "acronyms", "variant entries"]
    assert measures["variant entries"]["tp"] == measures["variant links"]["tp"] == 1
