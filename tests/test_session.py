"""glossary/session.py: the headless session the CLI and the TUI share (open through the cache,
decide with undo/redo, save from a frozen copy, reload and re-apply)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import glossary.session as session_module
import glossary.store as store
from glossary.model import Status
from glossary.review import approve, reject
from glossary.session import Session
from glossary.store import Glossary

PO = """msgid ""
msgstr ""
"Language: vi\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#. kind: person
#, fuzzy
msgid "To Lam"
msgstr "Tô Lâm"

#. kind: person
#, fuzzy
msgid "Lam To"
msgstr "Lâm Tô"

#. kind: place
#, fuzzy
msgid "Hanoi"
msgstr "Hà Nội"
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "terms"
    path.mkdir()
    (path / "vi.po").write_text(PO, encoding="utf-8")
    return path


@pytest.fixture
def session(folder: Path, tmp_path: Path) -> Session:
    return Session(folder, cache_dir=tmp_path / "cache")


def status_on_disk(folder: Path, en: str) -> Status:
    found = Glossary.open(folder).find(en=en)
    assert found is not None
    return found.status


def live(session: Session, en: str):
    assert session.glossary is not None
    found = session.glossary.find(en=en)
    assert found is not None
    return found


def test_a_decision_taken_while_a_save_runs_stays_unsaved_and_the_next_save_writes_it(
    session: Session, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.load()
    session.apply(approve(live(session, "To Lam")))
    writing, release = threading.Event(), threading.Event()
    real_write = store.atomic_write

    def slow_write(path, data):
        writing.set()
        assert release.wait(10)
        real_write(path, data)

    monkeypatch.setattr(store, "atomic_write", slow_write)
    results = []
    saver = threading.Thread(target=lambda: results.append(session.save()))
    saver.start()
    assert writing.wait(10)
    # The save is inside its write: this decision is taken meanwhile, from another thread.
    session.apply(reject(live(session, "Lam To")))
    release.set()
    saver.join(10)
    assert results and [p.name for p in results[0].paths] == ["vi.po"]

    assert status_on_disk(folder, "To Lam") is Status.APPROVED
    assert status_on_disk(folder, "Lam To") is Status.CANDIDATE  # not in the frozen copy
    assert session.unsaved and session.pending == 1
    monkeypatch.setattr(store, "atomic_write", real_write)
    session.save()
    assert status_on_disk(folder, "Lam To") is Status.REJECTED
    assert not session.unsaved
    assert session.save().paths == []  # nothing left to write


def test_undo_redo_and_save_keep_entry_identity(session: Session, folder: Path) -> None:
    session.load()
    to_lam = live(session, "To Lam")
    session.apply(approve(to_lam))
    assert session.undo() is not None and to_lam.status is Status.CANDIDATE
    assert session.redo() is not None and to_lam.status is Status.APPROVED
    assert session.undo() is not None
    assert session.unsaved  # a decision undone again still counts until saved
    session.save()
    assert status_on_disk(folder, "To Lam") is Status.CANDIDATE
    assert session.redo() is not None
    assert live(session, "To Lam") is to_lam
    session.save()
    assert status_on_disk(folder, "To Lam") is Status.APPROVED
    # The index follows the decisions: approved entries are found as approved.
    index = session.open_index()
    found = index.search("To Lam", 1, statuses=[Status.APPROVED])
    assert found and found[0].entry is to_lam


def test_reload_reapplies_unsaved_decisions_onto_another_writers_file(session: Session, folder: Path) -> None:
    session.load()
    session.apply(approve(live(session, "To Lam")))
    other = Glossary.open(folder)
    hanoi = other.find(en="Hanoi")
    assert hanoi is not None
    hanoi.status = Status.REJECTED
    other.save()

    report = session.reload()
    assert report.applied == ["approve To Lam"] and not report.skipped
    assert live(session, "Hanoi").status is Status.REJECTED  # the other writer's decision, kept
    assert session.unsaved
    session.save()
    assert status_on_disk(folder, "To Lam") is Status.APPROVED
    assert status_on_disk(folder, "Hanoi") is Status.REJECTED


def test_a_save_onto_another_writers_save_keeps_both_and_later_decisions(
    session: Session, folder: Path
) -> None:
    session.load()
    session.apply(approve(live(session, "To Lam")))
    frozen = session.freeze()
    assert frozen is not None
    other = Glossary.open(folder)
    hanoi = other.find(en="Hanoi")
    assert hanoi is not None
    hanoi.status = Status.APPROVED
    other.save()
    session.apply(reject(live(session, "Lam To")))  # after the freeze
    result = session.saved(frozen, session.write(frozen))
    assert result.reloaded
    assert status_on_disk(folder, "To Lam") is Status.APPROVED
    assert status_on_disk(folder, "Hanoi") is Status.APPROVED
    assert status_on_disk(folder, "Lam To") is Status.CANDIDATE
    assert session.unsaved and live(session, "Lam To").status is Status.REJECTED
    session.save()
    assert status_on_disk(folder, "Lam To") is Status.REJECTED


def test_a_current_cache_opens_without_parsing_any_po_file(
    session: Session, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(session.open_index()) == 3  # cold: parses and caches
    parsed = []
    real_parse = store.parse_po
    monkeypatch.setattr(store, "parse_po", lambda *a, **k: parsed.append(a) or real_parse(*a, **k))
    warm = Session(folder, cache_dir=tmp_path / "cache")
    assert sorted(e.en for e in warm.entries()) == ["Hanoi", "Lam To", "To Lam"]
    assert parsed == [] and not warm.loaded
    warm.load()  # decisions need the entries themselves: the one parse, spied on like the others
    assert len(parsed) == 1 and warm.index is not None and warm.index.bound


def test_add_is_a_decision_like_any_other(session: Session, folder: Path) -> None:
    from glossary.upsert import Fields, Upsert

    add = Upsert("Hue", "Huế", fields=Fields(notes=["old capital"]))
    session.apply(add)
    assert add.created and live(session, "Hue").status is Status.APPROVED
    assert session.undo() is not None and session.glossary.find(en="Hue") is None
    assert session.redo() is not None
    update = Upsert("Hanoi", "Hà Nội mới")
    session.apply(update)
    assert not update.created and update.replaced == ["'Hà Nội' kept as a variant"]
    session.save()
    on_disk = Glossary.open(folder)
    assert on_disk.find(en="Hue").notes == ["old capital"]
    hanoi = on_disk.find(en="Hanoi")
    assert hanoi.vi == "Hà Nội mới" and "Hà Nội" in [v.form for v in hanoi.variants]
    # The index, built after the decisions, finds the new entry.
    assert session.open_index().search("hue", 1)[0].entry.en == "Hue"


def test_a_save_that_fails_after_merging_with_another_writer_keeps_everything_unsaved(
    session: Session, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from glossary.errors import PoStoreError

    session.load()
    session.apply(approve(live(session, "To Lam")))
    other = Glossary.open(folder)
    hanoi = other.find(en="Hanoi")
    assert hanoi is not None
    hanoi.status = Status.APPROVED
    other.save()
    real_write = store.atomic_write

    def failing_write(path, data):
        raise PoStoreError(str(path), "disk full")

    monkeypatch.setattr(store, "atomic_write", failing_write)
    with pytest.raises(PoStoreError):
        session.save()
    assert session.unsaved  # nothing was written: the decision is still pending
    assert live(session, "To Lam").status is Status.APPROVED
    assert live(session, "Hanoi").status is Status.APPROVED  # merged with the other writer's save
    monkeypatch.setattr(store, "atomic_write", real_write)
    assert [p.name for p in session.save().paths] == ["vi.po"]
    assert status_on_disk(folder, "To Lam") is Status.APPROVED
    assert status_on_disk(folder, "Hanoi") is Status.APPROVED
    assert not session.unsaved


def test_a_read_only_session_builds_its_index_from_the_entries_alone(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """lookup, stats, export and check never decide: their cold path keeps no PO entries or
    snapshots for saving (Glossary.open is never called), finds the same, and writes the cache."""
    expected = Session(folder, use_cache=False).open_index()

    def no_full_load(*args: object, **kwargs: object) -> Glossary:
        raise AssertionError("a read-only session loaded the glossary for review")

    monkeypatch.setattr(store.Glossary, "open", no_full_load)
    cache = tmp_path / "ro-cache"
    reader = Session(folder, cache_dir=cache, read_only=True)
    index = reader.open_index()
    assert not reader.loaded
    assert [m.entry.vi for m in index.search("to lam", 10)] == [
        m.entry.vi for m in expected.search("to lam", 10)
    ]
    assert [e.to_data() for e in reader.entries()] == [
        expected.entry(i).to_data() for i in range(len(expected))
    ]
    # The cache it wrote serves the next session without any parsing either.
    monkeypatch.setattr(session_module, "build_index", no_full_load)
    again = Session(folder, cache_dir=cache, read_only=True)
    assert len(again.open_index()) == len(expected)
