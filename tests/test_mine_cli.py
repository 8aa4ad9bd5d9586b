"""`glossary mine` and `glossary eval` run as a user runs them, in a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ROOT

SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
CONTRACT_KEYS = {"kind", "vi", "en", "abbr", "variants", "sources", "confidence"}
KINDS = {"term", "person", "place", "organisation", "acronym", "other"}


def test_dry_run_json_follows_the_contract_and_writes_nothing(cli, tmp_path: Path) -> None:
    target = tmp_path / "terms"
    result = cli("--glossary", str(target), "mine", *SEEDS, "--dry-run", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"entries"}
    for entry in data["entries"]:
        assert set(entry) == CONTRACT_KEYS
        assert entry["kind"] in KINDS
        assert entry["vi"] or entry["en"]
        assert 0.0 <= entry["confidence"] <= 1.0
        assert all(":" in s for s in entry["sources"])
    assert not target.exists()
    assert len(result.stderr.strip().splitlines()) == 1 and "new" in result.stderr
    renewal = next(e for e in data["entries"] if e["en"] == "Renewal")
    assert renewal["vi"] == "đổi mới" and renewal["kind"] == "term"


def test_one_concept_is_one_entry(cli) -> None:
    data = json.loads(cli("mine", *SEEDS, "--dry-run", "--format", "json").stdout)
    lam = [e for e in data["entries"] if "To Lam" in (e["en"], *e["variants"]) or e["vi"] == "Tô Lâm"]
    assert len(lam) == 1
    assert lam[0]["vi"] == "Tô Lâm" and lam[0]["en"] == "To Lam"
    assert {"Lâm", "Lam"} <= set(lam[0]["variants"])


def test_mine_writes_a_valid_po_and_reports_one_summary_line(cli, tmp_path: Path) -> None:
    target = tmp_path / "terms"
    first = cli("--glossary", str(target), "mine", *SEEDS)
    assert first.returncode == 0, first.stderr
    assert first.stderr.count("\n") == 1 and "new " in first.stderr and "conflicts 0" in first.stderr
    po = target / "vi.po"
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=True)
    second = cli("--glossary", str(target), "mine", *SEEDS)
    assert "new 0, updated 0" in second.stderr


def test_jobs_give_the_same_result(cli) -> None:
    one = json.loads(cli("mine", *SEEDS, "--dry-run", "--format", "json").stdout)
    two = json.loads(cli("mine", *SEEDS, "--dry-run", "--format", "json", "--jobs", "2").stdout)
    assert one == two


def test_nfd_file_and_html_file(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        unicodedata.normalize("NFD", "years of đổi mới (Renewal) passed.\n"), "utf-8"
    )
    (tmp_path / "b.html").write_text("<p>Vendors sold <b>bánh mì</b> – Vietnamese sandwiches.</p>", "utf-8")
    data = json.loads(cli("mine", str(tmp_path), "--dry-run", "--format", "json").stdout)
    found = {(e["vi"], e["en"]) for e in data["entries"]}
    assert ("đổi mới", "Renewal") in found and ("bánh mì", "Vietnamese sandwiches") in found


@pytest.mark.parametrize(
    "args",
    [
        ("mine", "no/such/path"),  # a missing input
        ("mine", "seeds", "--jobs", "0"),  # a nonsense job count
        ("eval", "no/such/gold.json", "seeds"),  # a missing gold file
    ],
)
def test_user_errors_exit_2_with_one_line(cli, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") <= 1 or "usage" in result.stderr


def test_eval_on_the_seeds_meets_the_target(cli) -> None:
    result = cli("eval", "tests/gold/seeds.json", *SEEDS, "--format", "json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)["kinds"]
    assert set(scores) == {"acronym", "organisation", "other", "person", "place", "term"}
    for kind, score in scores.items():
        assert score["f1"] >= 0.9, (kind, score)


def test_eval_on_articles_the_miner_was_not_built_on(cli) -> None:
    result = cli("eval", "tests/gold/articles.json", "tests/gold/articles", "--format", "json")
    scores = json.loads(result.stdout)["kinds"]
    tp = sum(s["tp"] for s in scores.values())
    fp = sum(s["fp"] for s in scores.values())
    fn = sum(s["fn"] for s in scores.values())
    assert 2 * tp / (2 * tp + fp + fn) >= 0.85
