"""Merging mined candidates into a real PO store: new, updated, rejected, approved, notes kept."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from glossary.mine import merge, mine_documents
from glossary.mine.cluster import cluster
from glossary.mine.documents import Document
from glossary.mine.keys import generic_key, order_key
from glossary.mine.pipeline import extract
from glossary.model import Entry, Kind, Status
from glossary.review_queue import gazetteer_forms
from glossary.store import Glossary

TEXT = (
    "Party General Secretary Tô Lâm praised nearly 40 years of đổi mới (Renewal). "
    "Lâm met the Director-General of the United Nations Educational, Scientific and Cultural Organisation "
    "(UNESCO) in Hanoi.\n"
)


def mined(text: str = TEXT, path: str = "a.txt") -> list[Entry]:
    return mine_documents([Document(path, text)]).entries


def by_headword(glossary: Glossary) -> dict[str, Entry]:
    return {e.headword: e for e in glossary}


def msgfmt_check(path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (gettext) is not installed")
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)


def test_new_candidates_are_fuzzy_and_the_file_is_valid(tmp_path: Path) -> None:
    glossary = Glossary.open(tmp_path / "terms", create=True)
    report = merge(glossary, mined())
    glossary.save()
    assert report.new == len(glossary) and report.updated == report.unchanged == 0
    entries = by_headword(Glossary.open(tmp_path / "terms"))
    assert entries["đổi mới"].status is Status.CANDIDATE and entries["đổi mới"].en == "Renewal"
    assert entries["Tô Lâm"].kind is Kind.PERSON
    po = (tmp_path / "terms" / "vi.po").read_text(encoding="utf-8")
    assert "#, fuzzy" in po
    msgfmt_check(tmp_path / "terms" / "vi.po")


def test_mining_the_same_text_again_changes_nothing(tmp_path: Path) -> None:
    glossary = Glossary.open(tmp_path / "g.po", create=True)
    merge(glossary, mined())
    glossary.save()
    before = (tmp_path / "g.po").read_bytes()
    again = Glossary.open(tmp_path / "g.po")
    report = merge(again, mined())
    assert report.new == 0 and report.updated == 0 and report.unchanged > 0
    assert again.save() == []
    assert (tmp_path / "g.po").read_bytes() == before


def test_a_new_text_updates_frequency_and_sources(tmp_path: Path) -> None:
    glossary = Glossary.open(tmp_path / "g.po", create=True)
    merge(glossary, mined())
    glossary.save()
    again = Glossary.open(tmp_path / "g.po")
    report = merge(again, mined("Many recall đổi mới (Renewal) fondly.\n", "b.txt"))
    again.save()
    entry = by_headword(Glossary.open(tmp_path / "g.po"))["đổi mới"]
    assert report.updated >= 1
    assert [s.path for s in entry.sources] == ["a.txt", "b.txt"]
    assert entry.frequency == 2
    assert len(entry.contexts) == 2


def test_rejected_entries_are_never_brought_back(tmp_path: Path) -> None:
    glossary = Glossary.open(tmp_path / "g.po", create=True)
    # Rejected under a different spelling: matched by folded form.
    glossary.add(Entry(en="Renewal", vi="doi moi", status=Status.REJECTED, notes=["not a term"]))
    glossary.save()
    again = Glossary.open(tmp_path / "g.po")
    merge(again, mined())
    again.save()
    entries = list(Glossary.open(tmp_path / "g.po"))
    renewal = [e for e in entries if e.en == "Renewal"]
    assert len(renewal) == 1 and renewal[0].status is Status.REJECTED
    assert renewal[0].notes == ["not a term"]
    msgfmt_check(tmp_path / "g.po")


def test_approved_entries_keep_their_forms_and_contradictions_are_conflicts(tmp_path: Path) -> None:
    glossary = Glossary.open(tmp_path / "g.po", create=True)
    glossary.add(Entry(en="Renewal", vi="Đổi Mới", status=Status.APPROVED, notes=["house style: capitals"]))
    glossary.add(Entry(en="To Lam", vi="Tô Lam", kind=Kind.PERSON, status=Status.APPROVED))
    glossary.save()
    again = Glossary.open(tmp_path / "g.po")
    report = merge(again, mined())
    again.save()
    entries = {e.en: e for e in Glossary.open(tmp_path / "g.po")}
    assert entries["Renewal"].vi == "Đổi Mới" and entries["Renewal"].notes == ["house style: capitals"]
    assert entries["To Lam"].vi == "Tô Lam"  # approved: never rewritten by the miner
    assert any("Tô Lâm" in c for c in report.conflicts)


def test_reviewer_edits_on_a_candidate_survive_re_mining(tmp_path: Path) -> None:
    glossary = Glossary.open(tmp_path / "g.po", create=True)
    merge(glossary, mined())
    entry = by_headword(glossary)["đổi mới"]
    entry.notes.append("check with the style guide")
    entry.en = "Renovation"  # a reviewer's edit of the English form
    glossary.save()
    again = Glossary.open(tmp_path / "g.po")
    merge(again, mined())
    again.save()
    entry = by_headword(Glossary.open(tmp_path / "g.po"))["đổi mới"]
    assert entry.en == "Renovation" and entry.notes == ["check with the style guide"]


def test_unverified_restoration_keeps_every_candidate() -> None:
    entries = cluster(
        extract(Document("y.txt", "The pagoda stands in Yen Tu commune near the river.\n")).mentions
    )
    place = next(e for e in entries if e.en == "Yen Tu commune")
    # Only the commune fits the unit word; without it both names would be kept, unverified. The
    # texts write neither, so they are suggestions for the reviewer, not forms of the entry.
    assert gazetteer_forms(place) == ["xã Yên Từ"] and not place.vi
    bare = cluster(extract(Document("y.txt", "Pilgrims climb to Yen Tu every spring, she said.\n")).mentions)
    ambiguous = [e for e in bare if e.en == "Yen Tu"]
    assert "unverified" in ambiguous[0].flags and not ambiguous[0].vi
    assert {"Yên Tử", "Yên Từ"} <= set(gazetteer_forms(ambiguous[0]))
    assert not ambiguous[0].variants


def entries_of(text: str) -> list[Entry]:
    return cluster(extract(Document("c.txt", text)).mentions)


def find(entries: list[Entry], form: str) -> Entry:
    return next(e for e in entries if form in (e.vi, e.en, *(v.form for v in e.variants)))


def test_a_place_written_bare_joins_the_same_name_with_its_unit() -> None:
    entries = entries_of(
        "Storms hit Ha Tinh province on Monday. Crews in Ha Tinh cleared roads, and Ha Tinh schools shut.\n"
    )
    place = find(entries, "Ha Tinh")
    # The form with the unit is preferred; the gazetteer's name, with the Vietnamese generic, is
    # suggested (the text never writes it).
    assert (place.vi, place.en) == ("", "Ha Tinh province")
    assert gazetteer_forms(place) == ["tỉnh Hà Tĩnh"]
    assert sum(1 for e in entries if e.kind is Kind.PLACE) == 1


def test_a_bare_name_two_units_share_stays_apart() -> None:
    # "Long Phu" is both a commune and a ward here: the bare name is not given to either.
    entries = entries_of("Long Phu commune and Long Phu ward differ. Trucks reach Long Phu, she said.\n")
    assert find(entries, "Long Phu").en == "Long Phu"


def test_generic_words_match_across_languages_and_number() -> None:
    entries = entries_of(
        "Boats enter Hang Luồn (Tunnel Cave) at noon. Luon Cave is quiet, unlike the Cave of Tunnels.\n"
    )
    cave = find(entries, "Hang Luồn")
    assert {"Luon Cave", "Cave of Tunnels"} <= {cave.en, *(v.form for v in cave.variants)}


def test_a_glossed_word_seen_again_untranslated_stays_a_term() -> None:
    entries = entries_of(
        'Singers perform hát xoan, meaning "spring song". Later hát xoan drew crowds; '
        "hát xoan classes grew.\n"
    )
    assert find(entries, "hát xoan").kind is Kind.TERM


def test_names_inside_an_acronym_long_form_or_a_gloss_are_not_entries() -> None:
    entries = entries_of(
        "Students of the National Fisheries Board, Northern Division (NFB-ND) met. The Da Nang Office for "
        "Coastal Parks (OCP) spoke. Ships dock at Hai Phong Port (cảng Hải Phòng) daily.\n"
    )
    forms = {f for e in entries for f in (e.vi, e.en)}
    assert "National Fisheries Board" not in forms and "Hải Phòng" not in forms
    office = find(entries, "Da Nang Office for Coastal Parks")
    assert (office.kind, office.abbr) == (Kind.ACRONYM, "OCP")


def test_a_village_is_not_restored_from_a_ward_of_that_name() -> None:
    village = find(entries_of("Potters from Tan Hoi village came to sell jars.\n"), "Tan Hoi village")
    assert village.kind is Kind.PLACE and not village.vi and not gazetteer_forms(village)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Hang Luồn", "Luon Cave", True),  # Vietnamese generic first, English head last
        ("đặc khu Bạch Long Vĩ", "Bach Long Vi special zone", True),  # a two-word unit
        ("sông Hồng", "Hong Lake", False),  # another generic: another place
        ("Hang Gai street", "Gai Cave", False),  # "Hang" before a lower-case word is no generic here
    ],
)
def test_generic_key(a: str, b: str, same: bool) -> None:
    assert (generic_key(a) == generic_key(b) != "") is same


def test_order_key_ignores_number() -> None:
    assert order_key("Cave of Surprises") == order_key("Surprise Cave")
    assert order_key("Academy of Sciences") == order_key("Science Academy")


# --- re-mining an approved entry: new forms become proposed variants -------------------------------

MINISTRY_TEXT = (
    "In Hanoi, officers of the Ministry of Public Security (MPS) met. The MPS said the Ministry of "
    "Culture, Sports and Tourism (MCST) would help.\n"
)


def _approved_ministries(path: Path) -> None:
    glossary = Glossary.open(path, create=True)
    glossary.add(
        Entry(
            en="Ministry of Public Security", vi="Bộ Công an", kind=Kind.ORGANISATION, status=Status.APPROVED
        )
    )
    glossary.add(
        Entry(en="Ministry of Culture, Sports and Tourism", kind=Kind.ORGANISATION, status=Status.APPROVED)
    )
    glossary.save()


def test_an_approved_entry_learns_its_acronym_as_a_proposed_variant(tmp_path: Path) -> None:
    from glossary.review_queue import candidates, proposed_forms

    path = tmp_path / "g.po"
    _approved_ministries(path)
    glossary = Glossary.open(path)
    report = merge(glossary, mined(MINISTRY_TEXT))
    glossary.save()
    msgfmt_check(path)
    entries = {e.en: e for e in Glossary.open(path)}
    security = entries["Ministry of Public Security"]
    # The preferred forms and the status stay; the acronym waits for a decision.
    assert (security.vi, security.abbr, security.status) == ("Bộ Công an", "", Status.APPROVED)
    assert proposed_forms(security) == ["MPS"]
    assert [v.type.value for v in security.variants if v.form == "MPS"] == ["abbreviation"]
    # A form with a comma survives the comma-separated flags line.
    culture = entries["Ministry of Culture, Sports and Tourism"]
    assert proposed_forms(culture) == ["MCST"]
    assert report.updated == 2
    # The review queue shows both.
    assert {e.en for e in candidates(Glossary.open(path))} >= {security.en, culture.en}
    # Mining again proposes nothing new and leaves the file as it is.
    before = path.read_bytes()
    again = Glossary.open(path)
    assert merge(again, mined(MINISTRY_TEXT)).updated == 0
    again.save()
    assert path.read_bytes() == before


def test_accepting_or_dropping_proposed_variants(tmp_path: Path) -> None:
    from glossary.review_queue import approve_pending, candidates, proposed_forms, reject_pending

    path = tmp_path / "g.po"
    _approved_ministries(path)
    glossary = Glossary.open(path)
    merge(glossary, mined(MINISTRY_TEXT))
    entries = {e.en: e for e in glossary}
    security, culture = (
        entries["Ministry of Public Security"],
        entries["Ministry of Culture, Sports and Tourism"],
    )
    approve_pending(security).apply(glossary)
    command = reject_pending(culture)
    command.apply(glossary)
    assert security.status is culture.status is Status.APPROVED  # dropping a proposal keeps the entry
    assert "MPS" in [v.form for v in security.variants] and not proposed_forms(security)
    assert "MCST" not in [v.form for v in culture.variants] and not proposed_forms(culture)
    assert candidates(glossary) == [e for e in candidates(glossary) if e.status is Status.CANDIDATE]
    glossary.save()
    # A dropped form is never proposed again; undo brings the proposal back.
    again = Glossary.open(path)
    merge(again, mined(MINISTRY_TEXT))
    assert not proposed_forms({e.en: e for e in again}["Ministry of Culture, Sports and Tourism"])
    command.undo(glossary)
    assert proposed_forms(culture) == ["MCST"]


def test_the_detail_pane_marks_proposed_variants(tmp_path: Path) -> None:
    from tui.render import describe

    path = tmp_path / "g.po"
    _approved_ministries(path)
    glossary = Glossary.open(path)
    merge(glossary, mined(MINISTRY_TEXT))
    shown = describe({e.en: e for e in glossary}["Ministry of Public Security"]).plain
    assert "MPS  abbreviation  proposed" in shown
