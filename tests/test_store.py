"""The PO store: mapping, round trips, msgfmt validity, atomic saves and conflict detection."""

from __future__ import annotations

import os
import shutil
import string
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.errors import ConflictError, EntryError, PoStoreError
from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.store import Catalog, Glossary

MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(
    MSGFMT is None, reason="GNU gettext's msgfmt is not installed (make test installs it)"
)


def sample_entries() -> list[Entry]:
    return [
        Entry(
            en="To Lam",
            vi="Tô Lâm",
            kind=Kind.PERSON,
            status=Status.APPROVED,
            variants=[
                Variant("Lâm", VariantType.SHORT),
                Variant("General Secretary To Lam", VariantType.TITLE),
                Variant("Tô Lam", VariantType.OTHER, VariantStatus.DEPRECATED),
            ],
            sources=[Source("seeds/a.txt", 4), Source("seeds/b.txt", 1)],
            contexts=["Party General Secretary To Lam was speaking during his meeting with Audrey Azoulay."],
            frequency=7,
            confidence=0.95,
            notes=["Official spelling checked against the Party's site."],
        ),
        Entry(en="Renewal", vi="đổi mới", kind=Kind.TERM, status=Status.CANDIDATE, confidence=0.8),
        Entry(vi="Chú thích ảnh", kind=Kind.OTHER, status=Status.REJECTED, notes=["page furniture"]),
        Entry(
            en="United Nations Educational, Scientific and Cultural Organisation",
            vi="Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc",
            abbr="UNESCO",
            kind=Kind.ACRONYM,
            status=Status.APPROVED,
            variants=[
                Variant(
                    "United Nations Educational, Scientific and Cultural Organization", VariantType.SPELLING
                )
            ],
        ),
        Entry(en="Yen Tu", vi="Yên Tử", kind=Kind.PLACE, disambiguation="mountain", flags=["unverified"]),
        Entry(en="Yen Tu", vi="Yên Từ", kind=Kind.PLACE, disambiguation="commune", flags=["unverified"]),
    ]


def file_order(entries: list[Entry]) -> list[Entry]:
    """The order entries come back in: rejected (obsolete) entries go to the end, as gettext keeps them."""
    return [e for e in entries if e.status is not Status.REJECTED] + [
        e for e in entries if e.status is Status.REJECTED
    ]


def write_catalog(path: Path, entries: list[Entry]) -> Catalog:
    catalog = Catalog.create(path)
    catalog.entries.extend(entries)
    catalog.save()
    return catalog


def test_save_then_load_returns_the_same_entries(tmp_path: Path) -> None:
    entries = sample_entries()
    write_catalog(tmp_path / "vi.po", entries)
    loaded = Catalog.load(tmp_path / "vi.po").entries
    assert loaded == file_order(entries)


def test_status_uses_po_vocabulary(tmp_path: Path) -> None:
    write_catalog(tmp_path / "vi.po", sample_entries())
    po = polib.pofile(str(tmp_path / "vi.po"))
    by_id = {(e.msgctxt, e.msgid): e for e in po}
    assert "fuzzy" not in by_id[(None, "To Lam")].flags and not by_id[(None, "To Lam")].obsolete
    assert "fuzzy" in by_id[(None, "Renewal")].flags  # candidate
    assert by_id[(None, "Chú thích ảnh")].obsolete  # rejected is kept as an obsolete entry
    assert by_id[(None, "To Lam")].occurrences == [("seeds/a.txt", "4"), ("seeds/b.txt", "1")]
    assert "kind: person" in by_id[(None, "To Lam")].comment.split("\n")
    assert by_id[("mountain", "Yen Tu")].msgstr == "Yên Tử"
    assert po.metadata["Language"] == "vi"
    assert po.metadata["Plural-Forms"].startswith("nplurals=1")  # from Babel's CLDR data for vi


def test_load_then_save_is_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    write_catalog(path, sample_entries())
    before = path.read_bytes()
    catalog = Catalog.load(path)
    assert catalog.render() == before
    assert catalog.save() is False  # nothing changed, nothing written
    catalog.save(force=True) if catalog.changed() else None
    assert path.read_bytes() == before


def test_editing_one_entry_leaves_the_others_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    write_catalog(path, sample_entries())
    before = path.read_text(encoding="utf-8").split("\n\n")
    catalog = Catalog.load(path)
    renewal = next(e for e in catalog.entries if e.en == "Renewal")
    renewal.status = Status.APPROVED
    catalog.save()
    after = path.read_text(encoding="utf-8").split("\n\n")
    changed = [b for b, a in zip(before[1:], after[1:], strict=True) if a != b]
    assert len(changed) == 1 and "Renewal" in changed[0]


@needs_msgfmt
def test_written_file_passes_msgfmt_check(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    write_catalog(path, sample_entries())
    result = subprocess.run([MSGFMT, "--check", "-o", os.devnull, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_save_keeps_what_another_writer_saved_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    write_catalog(path, sample_entries())
    catalog = Catalog.load(path)
    # Someone else (another editor, `glossary mine`) writes the file meanwhile.
    other = Catalog.load(path)
    other.entries.append(Entry(en="Hanoi", vi="Hà Nội", kind=Kind.PLACE))
    other.save()
    catalog.entries[0].notes.append("my unsaved note")
    assert catalog.save() is True
    final = Catalog.load(path)
    assert {e.en for e in final.entries} >= {"Hanoi", catalog.entries[0].en}
    assert "my unsaved note" in next(e for e in final.entries if e.en == catalog.entries[0].en).notes


def test_save_refuses_to_overwrite_the_same_entry_changed_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    write_catalog(path, sample_entries())
    catalog = Catalog.load(path)
    other = Catalog.load(path)
    other.entries[0].vi = "theirs"
    other.save()
    theirs = path.read_bytes()
    catalog.entries[0].vi = "mine"
    with pytest.raises(ConflictError) as info:
        catalog.save()
    assert str(path) in info.value.user_message()
    assert "'mine'" in info.value.user_message() and "'theirs'" in info.value.user_message()
    assert path.read_bytes() == theirs  # nothing written


def test_failed_save_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "vi.po"
    write_catalog(path, sample_entries())
    before = path.read_bytes()
    catalog = Catalog.load(path)
    catalog.entries[1].status = Status.APPROVED

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(PoStoreError):
        catalog.save()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vi.po"]


def test_duplicate_source_forms_are_refused_on_save(tmp_path: Path) -> None:
    catalog = Catalog.create(tmp_path / "vi.po")
    catalog.entries += [Entry(en="Hanoi", vi="Hà Nội"), Entry(en="Hanoi", vi="Hà Nội (city)")]
    with pytest.raises(EntryError):
        catalog.save()
    assert not (tmp_path / "vi.po").exists()


def test_foreign_comments_and_plural_entries_survive_an_edit(tmp_path: Path) -> None:
    path = tmp_path / "django.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n'
        '"Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
        '#. Translators: the name of a month\n#: dates.py:12\nmsgid "March"\nmsgstr "Tháng ba"\n\n'
        '#: models.py:3\nmsgid "%d item"\nmsgid_plural "%d items"\nmsgstr[0] "%d mục"\n\n'
        '#, fuzzy\n#| msgid "Old text"\nmsgid "New text"\nmsgstr "Chữ mới"\n',
        encoding="utf-8",
    )
    catalog = Catalog.load(path)
    assert [e.en for e in catalog.entries] == ["March", "New text"]  # the plural entry is not a concept
    catalog.entries[0].notes.append("checked")
    catalog.save()
    po = polib.pofile(str(path))
    march = po.find("March")
    assert march.comment.startswith("Translators: the name of a month")
    assert march.tcomment == "checked"
    plural = po.find("%d item")
    assert plural.msgstr_plural == {0: "%d mục"}
    assert po.find("New text").previous_msgid == "Old text"


def test_glossary_folder_loads_every_po_file(tmp_path: Path) -> None:
    write_catalog(tmp_path / "a.po", sample_entries()[:2])
    write_catalog(tmp_path / "b.po", sample_entries()[2:])
    glossary = Glossary.open(tmp_path)
    assert len(glossary) == len(sample_entries())
    assert glossary.find(en="Renewal").vi == "đổi mới"


def test_missing_glossary_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PoStoreError) as info:
        Glossary.open(tmp_path / "nope.po")
    assert "nope.po" in info.value.user_message()


# Random entries: Vietnamese and English letters, punctuation that PO must escape, notes and variants.
VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
TEXT = (
    st.text(
        alphabet=VI_LETTERS + VI_LETTERS.upper() + string.ascii_letters + " -'\"\\\t,.()/:",
        min_size=1,
        max_size=40,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)
LINE = (
    st.text(alphabet=VI_LETTERS + string.ascii_letters + " -'\"\\:,.", min_size=1, max_size=60)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)

ENTRY = st.builds(
    Entry,
    en=TEXT,
    vi=st.one_of(st.just(""), TEXT),
    kind=st.sampled_from(list(Kind)),
    status=st.sampled_from(list(Status)),
    variants=st.lists(
        st.builds(Variant, TEXT, st.sampled_from(list(VariantType)), st.sampled_from(list(VariantStatus))),
        max_size=3,
    ),
    abbr=st.one_of(st.just(""), st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=6)),
    notes=st.lists(LINE, max_size=2),
    sources=st.lists(
        st.builds(
            Source, st.from_regex(r"[a-z]{1,8}/[a-z0-9_]{1,10}\.txt", fullmatch=True), st.integers(1, 9999)
        ),
        max_size=3,
        unique=True,
    ),
    contexts=st.lists(LINE, max_size=2),
    frequency=st.integers(0, 1000),
    confidence=st.integers(0, 1000).map(lambda n: n / 1000),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(ENTRY, max_size=8, unique_by=lambda e: e.en))
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, entries: list[Entry]) -> None:
    path = tmp_path_factory.mktemp("prop") / "vi.po"
    write_catalog(path, entries)
    loaded = Catalog.load(path)
    assert loaded.entries == file_order(entries)
    assert loaded.render() == path.read_bytes()


# Real third-party Vietnamese catalogs (Django's, fetched at test time) through the store itself.
from tests.test_po import _django_catalogs, msgcat, needs_gettext  # noqa: E402


@needs_gettext
@pytest.mark.parametrize(("wheel", "member"), _django_catalogs())
def test_store_keeps_third_party_catalogs_intact(wheel: Path, member: str, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "django.po"
    with zipfile.ZipFile(wheel) as archive:
        path.write_bytes(archive.read(member))
    reference = msgcat(path)
    catalog = Catalog.load(path)
    assert catalog.render() == reference  # loading maps entries without changing a byte
    if not catalog.entries:
        return
    # A reviewer's note on one entry changes that entry's block and nothing else.
    target = catalog.entries[len(catalog.entries) // 2]
    target.notes.append("checked against the style guide")
    catalog.save()
    before = reference.decode("utf-8").split("\n\n")
    after = path.read_text(encoding="utf-8").split("\n\n")
    assert len(before) == len(after)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if a != b]
    header_changes = [c for c in changed if 'msgid ""' in c[0]]  # PO-Revision-Date moves on save
    entry_changes = [c for c in changed if c not in header_changes]
    assert len(entry_changes) == 1
    assert "# checked against the style guide" in entry_changes[0][1]
    assert msgcat(path) == path.read_bytes()


def test_variant_status_is_kept_in_the_po_comment_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "vi.po"
    entry = Entry(
        en="Hanoi",
        vi="Hà Nội",
        kind=Kind.PLACE,
        status=Status.APPROVED,
        variants=[
            Variant("Ha Noi", VariantType.NO_DIACRITICS, VariantStatus.PREFERRED),
            Variant("Hanoï", VariantType.SPELLING, VariantStatus.DEPRECATED),
            Variant("Thăng Long", VariantType.OTHER),
        ],
    )
    write_catalog(path, [entry])
    text = path.read_text(encoding="utf-8")
    # Admitted is the default and is left out, so files written before statuses existed read the same.
    assert "#. variant: no-diacritics, preferred: Ha Noi\n" in text
    assert "#. variant: spelling, deprecated: Hanoï\n" in text
    assert "#. variant: other: Thăng Long\n" in text
    assert Catalog.load(path).entries[0].variants == entry.variants
