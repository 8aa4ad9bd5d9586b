"""The review queue: what awaits a reviewer's decision, and the forms the miner proposes.

Candidates wait for approval; an approved entry waits again when mining found new forms of it. Those
forms are kept as variants named in flags until a reviewer accepts or drops them (review.py's
commands do the rest of the deciding).
"""

from __future__ import annotations

from collections.abc import Iterable

from glossary.errors import EntryError
from glossary.model import Entry, Status, VariantType
from glossary.review import Change, Command, approve, reject
from glossary.store import Glossary
from glossary.text import nfc, sort_key

# Forms proposed for approved entries.
# Mining a text again may find new forms of an approved entry (an acronym, another spelling). They
# are added as variants and named in a flag each until a reviewer decides: accepted, the flag goes;
# dropped, the variant goes and another flag keeps the miner from proposing it again. Flags are a
# comma-separated PO comment, so a comma (and the escape character) inside a form is escaped.
PROPOSED_FLAG = "proposed: "
DROPPED_FLAG = "not a variant: "


def _flag(prefix: str, form: str) -> str:
    return prefix + form.replace("%", "%25").replace(",", "%2C")


def _flag_forms(entry: Entry, prefix: str) -> list[str]:
    return [
        f[len(prefix) :].replace("%2C", ",").replace("%25", "%") for f in entry.flags if f.startswith(prefix)
    ]


# A form the gazetteers give for an entry whose texts never write it ("Pháp" for "France", "tỉnh Quảng
# Ninh" for "Quang Ninh province"): a suggestion for the reviewer, not a form the texts attest.
GAZETTEER_FLAG = "gazetteer: "


def gazetteer_forms(entry: Entry) -> list[str]:
    """The forms the gazetteers suggest for an entry."""
    return _flag_forms(entry, GAZETTEER_FLAG)


def suggest_gazetteer_form(entry: Entry, form: str) -> None:
    """Record a gazetteer's form for entry as a suggestion (once)."""
    flag = _flag(GAZETTEER_FLAG, nfc(form).strip())
    if flag not in entry.flags:
        entry.flags.append(flag)


def proposed_forms(entry: Entry) -> list[str]:
    """The variants of an entry proposed by the miner and not yet decided on."""
    return _flag_forms(entry, PROPOSED_FLAG)


def propose_variant(entry: Entry, form: str, vtype: VariantType) -> bool:
    """Add form to entry as a proposed variant, unless the entry has it or a reviewer dropped it."""
    form = nfc(form).strip()
    if not form or form in entry.forms() or form in _flag_forms(entry, DROPPED_FLAG):
        return False
    entry.add_variant(form, vtype)
    entry.flags.append(_flag(PROPOSED_FLAG, form))
    return True


class DecideProposed(Command):
    """Accept the variants proposed for an entry, or drop them (the miner will not propose them again)."""

    def __init__(self, entry: Entry, accept: bool) -> None:
        super().__init__(entry)
        self.accept = accept
        self.label = "accept proposed variants of" if accept else "drop proposed variants of"

    def _apply(self, glossary: Glossary) -> Change:
        entry = self.entry
        forms = proposed_forms(entry)
        if not forms:
            raise EntryError(f"{entry.headword!r} has no proposed variants")
        entry.flags = [f for f in entry.flags if not f.startswith(PROPOSED_FLAG)]
        if not self.accept:
            entry.variants = [v for v in entry.variants if v.form not in forms]
            entry.flags += [_flag(DROPPED_FLAG, form) for form in forms]
        verb = "accepted" if self.accept else "dropped"
        return Change(
            f"{verb} {len(forms)} proposed variant(s) of {entry.headword}", changed=[entry], focus=entry
        )


def approve_pending(entry: Entry) -> Command:
    """Approve what awaits a decision: a candidate, or the variants proposed for an approved entry."""
    if entry.status is Status.APPROVED and proposed_forms(entry):
        return DecideProposed(entry, accept=True)
    return approve(entry)


def reject_pending(entry: Entry) -> Command:
    """Reject what awaits a decision: a candidate, or the variants proposed for an approved entry
    (the entry itself stays approved)."""
    if entry.status is Status.APPROVED and proposed_forms(entry):
        return DecideProposed(entry, accept=False)
    return reject(entry)


def candidates(entries: Iterable[Entry]) -> list[Entry]:
    """The entries awaiting review, highest confidence first (then most frequent, then by headword):
    candidates, and approved entries with proposed variants."""
    pending = [
        e
        for e in entries
        if e.status is Status.CANDIDATE or e.status is Status.APPROVED and proposed_forms(e)
    ]
    return sorted(pending, key=lambda e: (-e.confidence, -e.frequency, sort_key(e.headword)))
