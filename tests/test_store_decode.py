"""The store's fast PO entry -> Entry decoding against the plain reading it replaced (kept here as the
reference): the same entry, field for field, on generated PO entries; and the model's decoded()
constructors against the dataclass constructors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.search_data import generate
from glossary import entry_codec, store
from glossary.entry_codec import FUZZY, OWNED_KEYS, entry_from_po
from glossary.errors import PoStoreError
from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.store import Glossary, read_entries


def _reference_entry_from_po(po_entry: polib.POEntry) -> Entry:
    """entry_from_po as it read before it was made fast: every owned key collected, then looked up."""
    owned: dict[str, list[str]] = {}
    for line in po_entry.comment.split("\n") if po_entry.comment else ():
        key, sep, value = line.partition(": ")
        if sep and key in OWNED_KEYS:
            owned.setdefault(key, []).append(value[:-1] if value.endswith("\\ ") else value)
    get = owned.get
    variants = []
    for raw in get("variant", ()):
        vtype, sep, form = raw.partition(": ")
        known = {t.value: t for t in VariantType}.get(vtype) if sep else None
        variants.append(Variant(form, known) if known is not None else Variant.from_text(raw))
    if po_entry.obsolete:
        status = Status.REJECTED
    elif FUZZY in po_entry.flags:
        status = Status.CANDIDATE
    elif not po_entry.msgstr:
        status = Status.APPROVED if get("status", [""])[0] == "approved" else Status.CANDIDATE
    else:
        status = Status.APPROVED
    if get("msgid-lang", [""])[0] == "vi":
        en, vi = "", po_entry.msgid
    else:
        placeholder = get("msgstr-placeholder", [""])[0] == "yes"
        en, vi = po_entry.msgid, "" if placeholder else po_entry.msgstr
    flags = [f.strip() for line in get("flags", []) for f in line.split(",") if f.strip()]
    frequency, confidence = get("frequency"), get("confidence")
    return Entry(
        en=en,
        vi=vi,
        kind={k.value: k for k in Kind}.get(get("kind", ["term"])[0], Kind.OTHER),
        status=status,
        variants=variants,
        abbr=get("abbr", [""])[0],
        notes=[n[:-1] if n.endswith("\\ ") else n for n in po_entry.tcomment.split("\n")]
        if po_entry.tcomment
        else [],
        sources=[Source(path, entry_codec._to_int(str(line))) for path, line in po_entry.occurrences],
        contexts=get("context", []),
        frequency=entry_codec._to_int(frequency[0]) if frequency else 0,
        confidence=entry_codec._to_float(confidence[0]) if confidence else 1.0,
        disambiguation=po_entry.msgctxt or "",
        flags=flags,
    )


_TEXT = st.text(alphabet="aăđêHà Nội \\\t:,.-0123456789²\u0300\u0301e", max_size=12)
# Values each key may have (its own kinds of value mostly, so that repeated keys disagree), and text.
_VALUES = {
    "kind": st.sampled_from([k.value for k in Kind]),
    "status": st.sampled_from([s.value for s in Status]),
    "msgid-lang": st.sampled_from(["vi", "en"]),
    "msgstr-placeholder": st.sampled_from(["yes", "no"]),
    "confidence": st.sampled_from(["0.5", "0.25", "7", "nan", "-1"]),
    "frequency": st.sampled_from(["3", "12", "007", " 4", "²"]),
    "variant": st.builds(
        lambda t, f: f"{t}: {f}",
        st.sampled_from([t.value for t in VariantType] + ["spelling, deprecated", "nope"]),
        _TEXT,
    ),
}
_LINES = st.one_of(
    st.sampled_from([*OWNED_KEYS, "kindx", "note"]).flatmap(
        lambda key: st.builds(lambda value: f"{key}: {value}", _VALUES.get(key, _TEXT) | _TEXT)
    ),
    _TEXT,
)


@st.composite
def _po_entries(draw: st.DrawFn) -> polib.POEntry:
    entry = polib.POEntry(
        msgid=draw(_TEXT),
        msgstr=draw(_TEXT),
        msgctxt=draw(st.none() | _TEXT),
        comment="\n".join(draw(st.lists(_LINES, max_size=8))),
        tcomment="\n".join(draw(st.lists(_TEXT, max_size=3))),
        occurrences=draw(
            st.lists(
                st.tuples(_TEXT, st.sampled_from(["", "12", "007", " 3", "²", "9" * 19]) | _TEXT), max_size=3
            )
        ),
        flags=draw(st.lists(st.sampled_from(["fuzzy", "c-format"]), max_size=2)),
    )
    entry.obsolete = draw(st.booleans())
    return entry


def _fields(entry: Entry) -> list[tuple[str, type, object]]:
    return [(name, type(value), value) for name, value in sorted(vars(entry).items())]


@settings(max_examples=500, deadline=None)
@given(po_entry=_po_entries())
def test_entry_from_po_reads_what_the_plain_reading_reads(po_entry: polib.POEntry) -> None:
    fast, plain = entry_from_po(po_entry), _reference_entry_from_po(po_entry)
    assert fast == plain
    assert _fields(fast) == _fields(plain)
    assert [(type(v.form), v.type, v.status) for v in fast.variants] == [
        (type(v.form), v.type, v.status) for v in plain.variants
    ]


@given(form=_TEXT, vtype=st.sampled_from(VariantType), status=st.sampled_from(VariantStatus))
def test_decoded_variants_and_sources_equal_constructed_ones(
    form: str, vtype: VariantType, status: VariantStatus
) -> None:
    assert Variant.decoded(form, vtype, status) == Variant(form, vtype, status)
    assert hash(Variant.decoded(form, vtype, status)) == hash(Variant(form, vtype, status))
    assert vars(Variant.decoded(form, vtype, status)) == vars(Variant(form, vtype, status))
    assert Source.decoded(form, 3) == Source(form, 3) and vars(Source.decoded(form)) == vars(Source(form))


@given(
    en=_TEXT, vi=_TEXT, abbr=_TEXT, notes=st.lists(_TEXT, max_size=3), contexts=st.lists(_TEXT, max_size=3)
)
def test_a_decoded_entry_is_normalised_as_a_constructed_one(
    en: str, vi: str, abbr: str, notes: list[str], contexts: list[str]
) -> None:
    fields = {
        "en": en, "vi": vi, "kind": Kind.PLACE, "status": Status.APPROVED, "variants": [], "abbr": abbr,
        "notes": notes, "sources": [], "contexts": contexts, "frequency": 2, "confidence": 0.5,
        "disambiguation": "", "flags": ["x"],
    }  # fmt: skip
    constructed = Entry(
        **{name: value[:] if type(value) is list else value for name, value in fields.items()}
    )
    decoded = Entry.decoded(**fields)
    assert decoded == constructed and _fields(decoded) == _fields(constructed)
    copy = store._snapshot(decoded)
    assert copy == decoded and _fields(copy) == _fields(decoded)
    assert list(vars(copy)) == [f.name for f in dataclasses.fields(Entry)]  # every field, in order
    for name, value in vars(copy).items():  # its own lists: editing the entry leaves the copy as it was
        assert (value is getattr(decoded, name)) == (type(value) is not list)


def test_read_entries_reads_what_glossary_open_reads(tmp_path: Path) -> None:
    (tmp_path / "a.po").write_text(generate(40), encoding="utf-8")
    (tmp_path / "b.po").write_text(generate(30, seed=7), encoding="utf-8")
    glossary = Glossary.open(tmp_path)
    entries, digests = read_entries(tmp_path)
    assert entries == list(glossary) and len(entries) == 70
    assert digests == [(c.path.name, c.digest) for c in glossary.catalogs]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert read_entries(empty) == ([], []) and list(Glossary.open(empty)) == []
    with pytest.raises(PoStoreError) as raised:
        read_entries(tmp_path / "missing.po")
    with pytest.raises(PoStoreError) as opened:
        Glossary.open(tmp_path / "missing.po")
    assert raised.value.user_message() == opened.value.user_message()
