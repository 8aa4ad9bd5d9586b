"""glossary/review.py: each decision, undo/redo, and replay onto a glossary reloaded after a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.errors import ConflictError, EntryError
from glossary.model import Entry, Kind, Status, Variant, VariantType
from glossary.review import (
    EntryEdit,
    History,
    approve,
    edit,
    mark_preferred,
    merge,
    reject,
    split,
)
from glossary.review_queue import candidates
from glossary.store import Glossary

PO = """msgid ""
msgstr ""
"Language: vi\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. kind: person
#. variant: no-diacritics: To Lam
#. variant: short: Lâm
#. confidence: 0.9
#, fuzzy
msgid "To Lam"
msgstr "Tô Lâm"

#. kind: person
#. confidence: 0.5
#, fuzzy
msgid "Lam To"
msgstr "Lâm Tô"

#. kind: place
#. variant: no-diacritics: Ha Noi
#. variant: other: Yen Tu
msgid "Hanoi"
msgstr "Hà Nội"
"""


@pytest.fixture
def glossary(tmp_path: Path) -> Glossary:
    path = tmp_path / "terms" / "vi.po"
    path.parent.mkdir()
    path.write_text(PO, encoding="utf-8")
    return Glossary.open(path.parent)


def entry(glossary: Glossary, en: str) -> Entry:
    found = glossary.find(en=en)
    assert found is not None
    return found


def test_candidates_come_highest_confidence_first(glossary: Glossary) -> None:
    assert [e.en for e in candidates(glossary)] == ["To Lam", "Lam To"]


def test_approve_and_reject_undo_redo(glossary: Glossary) -> None:
    history = History(glossary)
    to_lam = entry(glossary, "To Lam")
    history.do(approve(to_lam))
    assert to_lam.status is Status.APPROVED
    history.do(reject(entry(glossary, "Lam To")))
    assert entry(glossary, "Lam To").status is Status.REJECTED
    history.undo()
    history.undo()
    assert to_lam.status is Status.CANDIDATE and entry(glossary, "Lam To").status is Status.CANDIDATE
    history.redo()
    assert to_lam.status is Status.APPROVED
    assert history.can_redo


def test_edit_sets_forms_kind_variants_notes_and_undoes(glossary: Glossary) -> None:
    history = History(glossary)
    hanoi = entry(glossary, "Hanoi")
    change = history.do(
        edit(hanoi, EntryEdit(en="Ha Noi", kind=Kind.OTHER, variants=[Variant("Hanoi")], notes=["capital"]))
    )
    assert change.changed == [hanoi]
    assert (hanoi.en, hanoi.kind, hanoi.variants, hanoi.notes) == (
        "Ha Noi",
        Kind.OTHER,
        [Variant("Hanoi")],
        ["capital"],
    )
    history.undo()
    assert hanoi.en == "Hanoi" and hanoi.kind is Kind.PLACE and len(hanoi.variants) == 2 and hanoi.notes == []


def test_edit_refuses_a_clash_and_changes_nothing(glossary: Glossary) -> None:
    history = History(glossary)
    with pytest.raises(EntryError):
        history.do(edit(entry(glossary, "Lam To"), EntryEdit(en="To Lam")))
    assert entry(glossary, "Lam To").en == "Lam To" and not history.can_undo


def test_mark_preferred_swaps_with_the_form_of_its_language(glossary: Glossary) -> None:
    history = History(glossary)
    hanoi = entry(glossary, "Hanoi")
    history.do(mark_preferred(hanoi, "Ha Noi"))  # no diacritics: the English side
    assert hanoi.en == "Ha Noi"
    assert Variant("Hanoi", VariantType.NO_DIACRITICS) in hanoi.variants
    history.undo()
    assert hanoi.en == "Hanoi" and hanoi.variants[0] == Variant("Ha Noi", VariantType.NO_DIACRITICS)


def test_merge_pools_forms_and_undo_restores_the_other_entry(glossary: Glossary) -> None:
    history = History(glossary)
    to_lam, lam_to = entry(glossary, "To Lam"), entry(glossary, "Lam To")
    change = history.do(merge(to_lam, lam_to))
    assert change.removed == [lam_to] and len(glossary) == 2
    assert {"Lâm Tô", "Lam To"} <= set(to_lam.forms())
    history.undo()
    assert len(glossary) == 3 and glossary.find(en="Lam To") is lam_to
    assert "Lâm Tô" not in to_lam.forms()
    assert [e.en for e in glossary] == ["To Lam", "Lam To", "Hanoi"]  # back in its place


def test_split_makes_a_candidate_and_undo_removes_it(glossary: Glossary) -> None:
    history = History(glossary)
    hanoi = entry(glossary, "Hanoi")
    change = history.do(split(hanoi, "Yen Tu"))
    [created] = change.added
    assert (created.en, created.status, created.kind) == ("Yen Tu", Status.CANDIDATE, Kind.PLACE)
    assert "Yen Tu" not in hanoi.forms() and len(glossary) == 4
    history.undo()
    assert "Yen Tu" in hanoi.forms() and len(glossary) == 3


def test_replay_after_a_conflict_keeps_both_sides(glossary: Glossary) -> None:
    history = History(glossary)
    history.do(approve(entry(glossary, "To Lam")))
    history.do(merge(entry(glossary, "To Lam"), entry(glossary, "Lam To")))
    history.do(split(entry(glossary, "Hanoi"), "Yen Tu"))
    history.do(reject(entry(glossary, "Yen Tu")))
    history.undo()  # the rejection is taken back: replay must not reject either
    # Someone else writes the file meanwhile and decides the other way on the same entry.
    other = Glossary.open(glossary.root)
    other.add(Entry(en="Hue", vi="Huế", kind=Kind.PLACE))
    entry(other, "To Lam").status = Status.REJECTED
    other.save()
    with pytest.raises(ConflictError):
        glossary.save()
    reloaded = Glossary.open(glossary.root)
    report = history.replay(reloaded)
    assert report.skipped == [] and len(report.applied) == 5
    reloaded.save()
    final = Glossary.open(glossary.root)
    forms = {e.en: e for e in final}
    assert set(forms) == {"To Lam", "Hanoi", "Yen Tu", "Hue"}  # theirs and ours
    assert forms["To Lam"].status is Status.APPROVED and "Lâm Tô" in forms["To Lam"].forms()
    assert forms["Yen Tu"].status is Status.CANDIDATE
    # Undo still works on the reloaded glossary.
    history.undo()
    assert "Yen Tu" not in {e.en for e in reloaded}


def test_replay_skips_what_is_gone(glossary: Glossary) -> None:
    history = History(glossary)
    history.do(approve(entry(glossary, "Lam To")))
    other = Glossary.open(glossary.root)
    other.remove(entry(other, "Lam To"))
    other.save()
    report = history.replay(Glossary.open(glossary.root))
    assert report.applied == [] and len(report.skipped) == 1 and "Lam To" in report.skipped[0]
