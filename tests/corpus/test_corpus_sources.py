"""The real-page corpus as committed: every page has its record, the record fixes the file, the gold
files are well formed and write only forms their page writes.

These tests read the pages and the gold files as data; they never run the miner, so the blind parts
stay unscored until they are scored once on purpose.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PARTS = (
    "dev",
    "blind",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
)
KINDS = {"term", "person", "place", "organisation", "acronym", "other"}
PATTERNS = set(
    "paren-vi-en paren-en-vi label meaning known-as or appositive dash infobox "
    "acronym-initials acronym-other name-variants name untranslated".split()
)
VARIANT_TYPES = set(
    "no-diacritics tone-style spelling unit word-order abbreviation short title title-short gloss "
    "former-name".split()
)
RESERVED = HERE.parents[2] / "shared" / "reserved-pages.txt"


def records() -> list[dict]:
    return json.loads((HERE / "sources.json").read_text(encoding="utf-8"))["pages"]


def collapsed(text: str) -> str:
    """NFC with runs of blanks as one space, as the scorer compares forms; an HTML line-break tag
    left as text in a scanned page is a line break (tests/corpus/gold/blind3/DECISIONS.md, 2)."""
    return " ".join(unicodedata.normalize("NFC", text.replace("<br />", " ")).split())


def test_every_page_has_one_record_that_fixes_its_bytes():
    recs = records()
    files = {f"{p.parent.name}/{p.name}" for part in PARTS for p in (HERE / part).glob("*.txt")}
    assert sorted(r["file"] for r in recs) == sorted(files)
    for r in recs:
        data = (HERE / r["file"]).read_bytes()
        assert r["part"] == r["file"].split("/")[0], r["file"]
        assert hashlib.sha256(data).hexdigest() == r["sha256"], r["file"]
        assert not data.startswith(b"\xef\xbb\xbf"), r["file"]
        assert len(data.decode("utf-8")) == r["chars"], r["file"]
        for key in ("family", "outlet", "kind", "url", "licence", "attribution"):
            assert r[key].strip(), (r["file"], key)


def test_page_numbers_are_unique_across_parts():
    numbers = [Path(r["file"]).name.split("_")[0] for r in records()]
    assert len(numbers) == len(set(numbers))


@pytest.mark.parametrize("part", PARTS[PARTS.index("blind3") :])  # blind3 on: labelled whole
def test_every_page_of_a_fully_labelled_part_has_a_gold_file(part):
    pages = {p.stem for p in (HERE / part).glob("*.txt")}
    gold = {p.stem for p in (HERE / "gold" / part).glob("*.json")}
    assert pages == gold


@pytest.mark.parametrize("part", PARTS)
def test_gold_entries_are_well_formed_and_written_on_their_page(part):
    files = sorted((HERE / "gold" / part).glob("*.json"))
    assert files
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        assert data["source"] == f"{part}/{file.stem}.txt"
        page = collapsed((HERE / data["source"]).read_text(encoding="utf-8"))
        for entry in data["entries"]:
            assert entry["kind"] in KINDS, (file.name, entry)
            assert entry["pattern"] in PATTERNS, (file.name, entry)
            variants = entry["variants"]
            forms = [entry[k] for k in ("vi", "en", "abbr") if entry.get(k)] + variants
            assert forms[: len(forms) - len(variants)], (file.name, entry)
            for form in forms:
                assert collapsed(form) in page, (file.name, form)
            assert len({f.lower() for f in forms}) == len(forms), (file.name, forms)  # rules §9.2
            shape = {"name": len(forms) == 1, "name-variants": len(forms) >= 2, "untranslated": True}
            if entry["pattern"].startswith("acronym"):
                assert entry.get("abbr"), (file.name, entry)
            elif entry["pattern"] in shape:
                assert shape[entry["pattern"]], (file.name, entry)
            else:  # a gloss cue links two forms (mostly a Vietnamese and an English side)
                assert len(forms) >= 2, (file.name, entry)
            if entry["kind"] == "other":
                assert not entry.get("en"), (file.name, entry)
            for form, kind in (entry.get("variant_types") or {}).items():
                assert form in variants and kind in VARIANT_TYPES, (file.name, form, kind)


@pytest.mark.skipif(not RESERVED.is_file(), reason="the shared reserved list lives outside the repository")
def test_no_corpus_address_is_reserved():
    run = subprocess.run(
        [sys.executable, str(HERE / "check_reserved.py"), str(RESERVED)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
