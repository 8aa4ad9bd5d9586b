"""A writer that works as the TUI does: open the glossary, take review decisions through the undoable
commands, add an entry, wait a little (a person reading), save.  Run as a process by the probes.

    python -m soak.session_writer GLOSSARY TAG DELAY [--reject]

Approves (or rejects) the candidate "Pending TAG", notes it, adds "Session TAG"; exit 2 with one
line on stderr when the library refuses (a real conflict), as the CLI would.
"""

from __future__ import annotations

import sys
import time

from glossary.errors import GlossaryError
from glossary.model import Entry, Kind, Status
from glossary.review import EntryEdit, History, approve, edit, reject
from glossary.store import Glossary


def main(argv: list[str]) -> int:
    root, tag, delay = argv[0], argv[1], float(argv[2])
    decide = reject if "--reject" in argv else approve
    try:
        glossary = Glossary.open(root)
        history = History(glossary)
        target = glossary.find(en=f"Pending {tag}")
        if target is None:
            raise GlossaryError(f"no entry 'Pending {tag}' to decide on")
        history.do(decide(target))
        history.do(edit(target, EntryEdit(notes=[*target.notes, f"checked by {tag}"])))
        glossary.add(Entry(en=f"Session {tag}", vi=f"Phiên {tag}", kind=Kind.TERM, status=Status.APPROVED))
        time.sleep(delay)
        glossary.save()
        if any(getattr(catalog, "reapplied", False) for catalog in glossary.catalogs):
            print("re-applied onto another writer's save")
    except GlossaryError as exc:
        print(f"glossary: {exc.user_message()}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
