"""A small glossary with the name shapes the checker must handle, and a one-call check of a text."""

from __future__ import annotations

from pathlib import Path

from glossary.check import CheckConfig, Checker, HouseStyle, Style, source_from_bytes
from glossary.check.findings import Finding
from glossary.model import Entry, Kind, Status, Variant, VariantStatus, VariantType
from glossary.store import Glossary
from glossary.text import ToneStyle


def house_entries() -> list[Entry]:
    """Entries written by hand for the tests (real names, real variant shapes)."""
    nd = VariantType.NO_DIACRITICS
    return [
        Entry(
            en="To Lam",
            vi="Tô Lâm",
            kind=Kind.PERSON,
            status=Status.APPROVED,
            variants=[
                Variant("Lâm", VariantType.SHORT),
                Variant("General Secretary To Lam", VariantType.TITLE),
            ],
        ),
        Entry(
            en="Hanoi",
            vi="Hà Nội",
            kind=Kind.PLACE,
            status=Status.APPROVED,
            variants=[
                Variant("Ha Noi", nd),
                Variant("Ha-noi", VariantType.SPELLING, VariantStatus.DEPRECATED),
            ],
        ),
        Entry(
            en="Vietnam",
            vi="Việt Nam",
            kind=Kind.PLACE,
            status=Status.APPROVED,
            variants=[Variant("Viet Nam", nd)],
        ),
        Entry(en="Khanh Hoa", vi="Khánh Hòa", kind=Kind.PLACE, status=Status.APPROVED),
        Entry(
            en="Audrey Azoulay",
            vi="Audrey Azoulay",
            kind=Kind.PERSON,
            status=Status.APPROVED,
            variants=[Variant("Azoulay", VariantType.SHORT)],
        ),
        Entry(en="Thang Long", vi="Thăng Long", kind=Kind.PLACE, status=Status.APPROVED),
        Entry(en="Yen Tu", vi="Yên Tử", kind=Kind.PLACE, status=Status.APPROVED, disambiguation="mountain"),
        Entry(en="Yen Tu", vi="Yên Từ", kind=Kind.PLACE, status=Status.APPROVED, disambiguation="commune"),
        Entry(en="Pham Minh Chinh", vi="Phạm Minh Chính", kind=Kind.PERSON, status=Status.CANDIDATE),
        Entry(
            en="Renewal",
            vi="đổi mới",
            kind=Kind.TERM,
            status=Status.APPROVED,
            variants=[Variant("doi moi", nd)],
        ),
        Entry(en="Ho Chi Minh City", vi="Thành phố Hồ Chí Minh", kind=Kind.PLACE, status=Status.APPROVED),
    ]


def write_glossary(folder: Path, entries: list[Entry] | None = None) -> Path:
    """The entries saved as a real PO glossary in folder."""
    glossary = Glossary.open(folder, create=True)
    for entry in entries or house_entries():
        glossary.add(entry)
    glossary.save()
    return folder


_CHECKERS: dict[tuple, Checker] = {}


def checker(style: Style | None = None, tone: ToneStyle | None = None, **options: object) -> Checker:
    key = (style, tone, tuple(sorted(options.items())))
    if key not in _CHECKERS:
        config = CheckConfig(house=HouseStyle(style, tone), **options)  # type: ignore[arg-type]
        _CHECKERS[key] = Checker(house_entries(), config)
    return _CHECKERS[key]


def check_text(
    text: str,
    style: Style | None = None,
    tone: ToneStyle | None = None,
    *,
    name: str = "t.txt",
    **options: object,
) -> list[Finding]:
    from glossary.check.sources import kind_of

    source = source_from_bytes(text.encode("utf-8"), name, kind=kind_of(name))
    return checker(style, tone, **options).check_source(source)


def brief(findings: list[Finding]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.code, f.found, f.candidates) for f in findings]
