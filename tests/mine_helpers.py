"""What the miner's pattern tests ask of a text of their own: its gloss pairs, its acronyms, its
mined entries. One place, so every round's tests read the text the same way (NFC, one file)."""

from __future__ import annotations

import unicodedata

from glossary.mine.acronyms import extract_acronyms
from glossary.mine.documents import Document
from glossary.mine.glosses import extract_glosses
from glossary.mine.pipeline import mine_documents
from glossary.model import Entry


def doc(text: str) -> Document:
    return Document("t.txt", unicodedata.normalize("NFC", text))


def pairs(text: str) -> set[tuple[str, str]]:
    """The (Vietnamese, English) pairs the gloss extractor finds in text."""
    return {(m.vi, m.en) for m in extract_glosses(doc(text)) if m.vi and m.en}


def acronyms(text: str) -> set[tuple[str, str]]:
    """The (short form, long form) pairs the acronym extractor finds in text."""
    return {(m.abbr, m.en or m.vi) for m in extract_acronyms(doc(text))}


def mine(text: str) -> list[Entry]:
    """The entries the whole miner makes of text."""
    return mine_documents([doc(text)]).entries


def entry_with(text: str, form: str) -> Entry | None:
    """The mined entry of text that holds form (NFC), if any."""
    form = unicodedata.normalize("NFC", form)
    return next((e for e in mine(text) if form in e.forms()), None)


def linked(text: str, a: str, b: str) -> bool:
    """Whether one entry mined from text holds both forms."""
    a, b = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
    return any(a in e.forms() and b in e.forms() for e in mine(text))


def has_form(text: str, form: str) -> bool:
    """Whether any entry mined from text holds form."""
    form = unicodedata.normalize("NFC", form)
    return any(form in e.forms() for e in mine(text))
