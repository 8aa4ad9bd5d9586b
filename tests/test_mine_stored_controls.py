"""What a real `glossary mine` stores from a page that hides control and invisible characters.

The dry run shows them as stand-ins (round 25); the glossary itself must not keep them: the page's
sentences kept as contexts lose them, and a candidate whose form holds one is not stored."""

from __future__ import annotations

import subprocess
from pathlib import Path

from glossary import controls
from glossary.mine.commands import _storable
from glossary.model import Entry
from tests.conftest import run_cli


def test_mined_contexts_are_stored_without_hidden_characters(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    # A right-to-left override inside a place name, an escape between two words, a DEL.
    page.write_text(
        "The city of Hà\u202eNội (Hanoi) and bánh\x1bmì (bread) and Phở\x7fBò (beef noodle soup).\n",
        encoding="utf-8",
    )
    glossary = tmp_path / "terms"
    done = run_cli("--glossary", str(glossary), "mine", str(page))
    assert done.returncode == 0, done.stderr
    files = sorted(glossary.glob("*.po"))
    assert files
    for po in files:
        text = po.read_text(encoding="utf-8")
        assert controls.HIDDEN.search(text.replace("\n", "")) is None, text
        subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=True)
    lines = [line for po in files for line in po.read_text(encoding="utf-8").splitlines()]
    contexts = [line for line in lines if "context:" in line]
    assert any("HàNội (Hanoi)" in c and "bánh mì" in c for c in contexts), contexts
    # The checker, reading the glossary as any catalog, finds nothing to report in it.
    check = run_cli("--glossary", str(glossary), "check", *map(str, files))
    assert "VN203" not in check.stdout, check.stdout


def test_a_candidate_whose_form_holds_a_control_is_not_stored(capsys) -> None:
    clean = Entry(en="Renewal", vi="đổi mới", contexts=["đổi mới\u200e (Renewal)"])
    broken = Entry(en="Security", vi="Công\x07an")
    kept = _storable([clean, broken])
    assert [e.en for e in kept] == ["Renewal"]
    assert kept[0].contexts == ["đổi mới (Renewal)"]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not stored" in err and "U+0007" in err and "\x07" not in err


def test_page_prose_leaves_clean_text_alone_and_spaces_controls() -> None:
    assert controls.page_prose("Hà Nội (Hanoi)") == "Hà Nội (Hanoi)"
    assert controls.page_prose("a\x1b\x1bb\u202ec\tend ") == "a bc end"
