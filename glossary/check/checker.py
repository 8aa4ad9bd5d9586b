"""The checker's entry point for any front end: a glossary and a configuration in, findings out.

    checker = Checker(entries, config)
    findings = checker.check_source(read_source(Path("article.md")))

Nothing here prints or exits; the CLI and the TUI decide what to do with findings and errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from glossary.check.catalogs import Catalog, read_catalog, term_findings
from glossary.check.controlchars import control_findings
from glossary.check.findings import Finding, select_codes
from glossary.check.nearmiss import NearMissIndex
from glossary.check.reference import Reference
from glossary.check.scan import Scanner
from glossary.check.sources import Segment, SourceFile, prose_segment
from glossary.check.style import CheckConfig, HouseStyle, Style
from glossary.check.words import english_words, place_words
from glossary.model import Entry
from glossary.po import gc_paused


@dataclass
class Document:
    """A source ready to scan: its prose segments, the house style they follow, the catalog if any."""

    source: SourceFile
    segments: list[Segment]
    house: HouseStyle
    catalog: Catalog | None = None


class Checker:
    """A glossary compiled once and checked against any number of files."""

    def __init__(self, entries: Iterable[Entry], config: CheckConfig | None = None) -> None:
        self.config = config or CheckConfig()
        self.codes = select_codes(list(self.config.select), list(self.config.ignore))
        # The compiled glossary and the word lists are hundreds of thousands of objects without
        # cycles: the cyclic collector would walk them (and the whole glossary) again and again.
        with gc_paused():
            self.reference = Reference(entries, include_candidates=self.config.include_candidates)
            words = english_words(self.config.words) if "VN103" in self.codes else None
            # Without an English word list a near miss cannot be told from an ordinary word: the
            # check is then off, and the front end says so.
            self.near_misses_off = "VN103" in self.codes and words is None
            near = NearMissIndex(self.reference, words, place_words()) if words is not None else None
        self.scanner = Scanner(self.reference, self.codes, near)

    @property
    def house(self) -> HouseStyle:
        return self.config.house

    def document(self, source: SourceFile) -> Document:
        """The segments of a source; a PO catalog's translations follow its Language header."""
        if source.kind != "po":
            return Document(source, [prose_segment(source)], self.house)
        catalog = read_catalog(source)
        return Document(source, catalog.segments, self.catalog_house(catalog.language), catalog)

    def catalog_house(self, language: str) -> HouseStyle:
        """The style of a catalog's translations: Vietnamese ones are Vietnamese, whatever the house
        writes in English; English ones follow the house (full diacritics becomes English keeping them)."""
        tone = self.house.tone
        if language.startswith("vi"):
            return HouseStyle(Style.VI, tone)
        if self.house.style is Style.VI:
            return HouseStyle(Style.EN_DIACRITICS, tone)
        return self.house

    def check_document(self, document: Document) -> list[Finding]:
        findings = self.scanner.check(document.segments, document.house)
        if document.catalog is not None:
            findings.extend(term_findings(document.catalog, self.reference, self.codes))
            findings.extend(control_findings(document.catalog, self.codes))
        return sorted(set(findings), key=Finding.sort_key)

    def check_source(self, source: SourceFile) -> list[Finding]:
        """Every finding in one file, sorted by position."""
        return self.check_document(self.document(source))
