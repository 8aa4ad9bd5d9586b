"""The entry codec: one glossary entry as one gettext PO entry, and back.

msgid holds the English form and msgstr the Vietnamese form; the review status uses PO's own
vocabulary (candidate = fuzzy, approved = not fuzzy, rejected = obsolete), and everything else lives
in structured ``#.`` lines. docs/po-format.md documents the mapping; the store (store.py) keeps files,
saves and conflicts, and asks this module only to map entries.
"""

from __future__ import annotations

import datetime as _dt
import re

import polib
from babel import Locale
from babel.core import UnknownLocaleError

from glossary import __version__
from glossary.errors import EntryError
from glossary.model import Entry, Kind, Source, Status, Variant, VariantType

# The structured keys this store owns inside ``#.`` comments; any other extracted comment
# (a developer's note in a third-party catalog) is kept verbatim.
KEY_KIND = "kind"
KEY_VARIANT = "variant"
KEY_ABBR = "abbr"
KEY_CONFIDENCE = "confidence"
KEY_FREQUENCY = "frequency"
KEY_CONTEXT = "context"
KEY_MSGID_LANG = "msgid-lang"
# gettext drops flags it does not know (msgcat keeps only fuzzy, *-format, wrap...), so ours live here.
KEY_FLAGS = "flags"
# gettext drops obsolete entries whose msgstr is empty; a rejected entry without a Vietnamese form
# therefore repeats its msgid as msgstr, and this line says that msgstr is only a placeholder.
KEY_PLACEHOLDER = "msgstr-placeholder"
# gettext also drops "fuzzy" from untranslated entries, so an entry without a Vietnamese form is a
# candidate unless this line says it was approved as it is.
KEY_STATUS = "status"
OWNED_KEYS = (
    KEY_STATUS,
    KEY_KIND,
    KEY_VARIANT,
    KEY_ABBR,
    KEY_CONFIDENCE,
    KEY_FREQUENCY,
    KEY_CONTEXT,
    KEY_MSGID_LANG,
    KEY_FLAGS,
    KEY_PLACEHOLDER,
)

FUZZY = "fuzzy"


def _protect(line: str) -> str:
    """gettext joins a line ending in a backslash with the next one, even in comments: pad it.

    Entry texts never end in a blank (the model strips them), so the pad is unambiguous.
    """
    return line + " " if line.endswith("\\") else line


def _unprotect(line: str) -> str:
    return line[:-1] if line.endswith("\\ ") else line


# Lookup tables for entry_from_po: a dict lookup is a fraction of an Enum call, which counts when a
# big glossary maps a million entries.
_OWNED_KEY_SET = frozenset(OWNED_KEYS)
_KINDS = {kind.value: kind for kind in Kind}
_VARIANT_TYPES = {vtype.value: vtype for vtype in VariantType}


def _split_owned(comment: str) -> tuple[dict[str, list[str]], list[str]]:
    """Split an extracted comment into our key: value lines and the lines we do not own."""
    owned: dict[str, list[str]] = {}
    foreign: list[str] = []
    if not comment:
        return owned, foreign
    for line in comment.split("\n"):
        key, sep, value = line.partition(": ")
        if sep and key in _OWNED_KEY_SET:
            if value.endswith("\\ "):
                value = _unprotect(value)
            values = owned.get(key)
            if values is None:
                owned[key] = [value]
            else:
                values.append(value)
        else:
            foreign.append(line)
    return owned, foreign


def is_glossary_entry(po_entry: polib.POEntry) -> bool:
    """Whether a PO message is a glossary entry (read with entry_from_po), as the store decides.

    Plural messages are not concepts, and the header (empty msgid) is not a message: the store
    keeps them untouched instead of mapping them. Readers of PO files that build entries outside
    the store (the cold index build) use this test so that they read the same entries."""
    return bool(po_entry.msgid) and not po_entry.msgid_plural


def entry_from_po(po_entry: polib.POEntry) -> Entry:
    """Read one PO entry as a glossary entry."""
    en, vi, kind, status, variants, abbr, notes, contexts, frequency, confidence, flags = entry_fields(
        po_entry.msgid,
        po_entry.msgstr,
        po_entry.obsolete,
        FUZZY in po_entry.flags,
        po_entry.comment,
        po_entry.tcomment,
    )
    return _decoded_entry(
        en,
        vi,
        kind,
        status,
        variants,
        abbr,
        notes,
        [
            _decoded_source(path, _LINE_NUMBERS.get(line) or _line_number(line))
            for path, line in po_entry.occurrences
        ],
        contexts,
        frequency,
        confidence,
        po_entry.msgctxt or "",
        flags,
    )


def entry_fields(
    msgid: str, msgstr: str, obsolete: bool, fuzzy: bool, comment: str, tcomment: str
) -> tuple[str, str, Kind, Status, list[Variant], str, list[str], list[str], int, float, list[str]]:
    """The fields of the glossary entry a PO message maps to, as Entry.decoded takes them (before
    it normalises them): en, vi, kind, status, variants, abbr, notes, contexts, frequency,
    confidence, flags. The sources are the message's occurrences and the disambiguation its
    msgctxt. entry_from_po and the cold index build's reader (glossary.search.poread) both map
    messages with it."""
    # Written for speed (a big glossary maps a million entries): one pass over the comment lines
    # with the keys tested most common first, the model's decoded() constructors. For a key that
    # should appear once, the first line counts. docs/po-format.md has the mapping.
    kind = abbr = approved = msgid_lang = placeholder = frequency = confidence = None
    variants: list[Variant] = []
    contexts: list[str] = []
    flags: list[str] = []
    for line in comment.split("\n") if comment else ():
        key, sep, value = line.partition(": ")
        if not sep:
            continue
        if value.endswith("\\ "):
            value = value[:-1]  # _unprotect
        if key == KEY_VARIANT:
            vtype, sep, form = value.partition(": ")
            variant_type = _VARIANT_TYPES.get(vtype) if sep else None
            if variant_type is not None:
                variants.append(_decoded_variant(form, variant_type))
            else:
                # "TYPE, STATUS: FORM" (a non-default status), or a line we keep whole as an untyped form.
                variants.append(Variant.from_text(value))
        elif key == KEY_KIND:
            if kind is None:
                kind = _KINDS.get(value, Kind.OTHER)
        elif key == KEY_CONFIDENCE:
            if confidence is None:
                confidence = _to_float(value)
        elif key == KEY_CONTEXT:
            contexts.append(value)
        elif key == KEY_FREQUENCY:
            if frequency is None:
                frequency = _to_int(value)
        elif key == KEY_FLAGS:
            flags += [f.strip() for f in value.split(",") if f.strip()]
        elif key == KEY_ABBR:
            if abbr is None:
                abbr = value
        elif key == KEY_STATUS:
            if approved is None:
                approved = value == _APPROVED_VALUE
        elif key == KEY_MSGID_LANG:
            if msgid_lang is None:
                msgid_lang = value
        elif key == KEY_PLACEHOLDER and placeholder is None:
            placeholder = value == "yes"
    if obsolete:
        status = _REJECTED
    elif fuzzy:
        status = _CANDIDATE
    elif not msgstr:
        status = _APPROVED if approved else _CANDIDATE
    else:
        status = _APPROVED
    if msgid_lang == "vi":
        en, vi = "", msgid
    else:
        en, vi = msgid, "" if placeholder else msgstr
    return (
        en,
        vi,
        Kind.TERM if kind is None else kind,
        status,
        variants,
        abbr or "",
        [_unprotect(n) for n in tcomment.split("\n")] if tcomment else [],
        contexts,
        frequency or 0,
        1.0 if confidence is None else confidence,
        flags,
    )


_decoded_entry, _decoded_variant, _decoded_source = Entry.decoded, Variant.decoded, Source.decoded
_REJECTED, _CANDIDATE, _APPROVED = Status.REJECTED, Status.CANDIDATE, Status.APPROVED
_APPROVED_VALUE = Status.APPROVED.value
_NONE = ("",)  # what a missing key reads as


def _line_number(line: object) -> int:
    """An occurrence's line ("12", "" or a number) as a Source line: _to_int, quicker for plain digits."""
    if type(line) is str and line.isdigit() and line.isascii() and len(line) <= 18:
        number = int(line)
        if len(_LINE_NUMBERS) < 100_000:
            _LINE_NUMBERS[line] = number
        return number
    return _to_int(str(line))


# The numbers of the line strings seen so far ("12" -> 12): a glossary repeats them endlessly.
_LINE_NUMBERS: dict[object, int] = {}


_NUMBER = re.compile(r"[0-9]{1,18}")


def _to_int(text: str) -> int:
    """A count or line number as written, else 0 (isdigit() also accepts "²", which int() refuses)."""
    text = text.strip()
    return int(text) if _NUMBER.fullmatch(text) else 0


def _to_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        return 1.0
    return min(1.0, max(0.0, value))


def _format_confidence(value: float) -> str:
    # Three decimals keep files stable across re-mining and are finer than any reviewer needs.
    return f"{value:.3f}".rstrip("0").rstrip(".") if value != 1.0 else "1"


def apply_to_po(entry: Entry, po_entry: polib.POEntry) -> None:
    """Write a glossary entry's fields into a PO entry, keeping what the store does not own."""
    if not entry.en and not entry.vi:
        raise EntryError("an entry needs an English or a Vietnamese form")
    _, foreign = _split_owned(po_entry.comment)
    lines: list[str] = []
    rejected = entry.status is Status.REJECTED
    msgid = entry.en or entry.vi
    msgstr = entry.vi if entry.en else ""
    if not entry.en:
        lines.append(f"{KEY_MSGID_LANG}: vi")
    if rejected and not msgstr:
        msgstr = msgid
        lines.append(f"{KEY_PLACEHOLDER}: yes")
    if entry.status is Status.APPROVED and not msgstr:
        lines.append(f"{KEY_STATUS}: {Status.APPROVED.value}")
    lines.append(f"{KEY_KIND}: {entry.kind.value}")
    if entry.flags:
        lines.append(f"{KEY_FLAGS}: {', '.join(entry.flags)}")
    if entry.abbr:
        lines.append(f"{KEY_ABBR}: {entry.abbr}")
    lines += [f"{KEY_VARIANT}: {v.to_text()}" for v in entry.variants]
    if entry.confidence != 1.0:
        lines.append(f"{KEY_CONFIDENCE}: {_format_confidence(entry.confidence)}")
    if entry.frequency:
        lines.append(f"{KEY_FREQUENCY}: {entry.frequency}")
    # Context sentences are single PO comment lines: a newline would split them on reload.
    lines += [f"{KEY_CONTEXT}: {' '.join(c.split())}" for c in entry.contexts]
    po_entry.comment = "\n".join(foreign + [_protect(line) for line in lines])
    po_entry.tcomment = "\n".join(_protect(" ".join(n.split("\n"))) for n in entry.notes)
    po_entry.occurrences = [(s.path, str(s.line) if s.line else "") for s in entry.sources]
    po_entry.msgid = msgid
    po_entry.msgstr = msgstr
    po_entry.msgctxt = entry.disambiguation or None
    # Format flags of a third-party entry (python-format...) stay; fuzzy follows the status.
    other_flags = [f for f in po_entry.flags if f != FUZZY]
    po_entry.flags = ([FUZZY] if entry.status is Status.CANDIDATE else []) + other_flags
    po_entry.obsolete = rejected


def plural_forms(language: str) -> str:
    """The Plural-Forms header for a language, from Babel's CLDR data."""
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return "nplurals=2; plural=(n != 1);"
    from babel.messages.plurals import get_plural

    rule = get_plural(locale)
    return f"nplurals={rule.num_plurals}; plural={rule.plural_expr};"


def revision_stamp() -> str:
    """Now, as PO headers write their dates."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M+0000")


def new_po(language: str = "vi") -> polib.POFile:
    """An empty catalog with the header every glossary file carries."""
    po = polib.POFile()
    po.header = "Vietnamese–English glossary."
    po.metadata = {
        "Project-Id-Version": "glossary",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": revision_stamp(),
        "PO-Revision-Date": revision_stamp(),
        "Last-Translator": "",
        "Language-Team": "",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms(language),
        "X-Generator": f"glossary {__version__}",
    }
    return po
