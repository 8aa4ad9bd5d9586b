"""The review screen: mined candidates, highest confidence first, one key per decision."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from glossary.model import Entry
from glossary.review import (
    Command,
    EntryEdit,
    approve_pending,
    candidates,
    edit,
    mark_preferred,
    merge,
    reject_pending,
    split,
)
from tui.messages import GlossaryChanged, GlossaryReady
from tui.render import describe
from tui.screens.dialogs import EditDialog, PickEntryDialog, PickVariantDialog

if TYPE_CHECKING:
    from tui.app import GlossaryApp

# A reviewer works from the top; a table of every candidate of a huge glossary helps nobody.
SHOWN = 1000


class ReviewScreen(Screen[None]):
    """Go through the candidates: approve, reject, edit, prefer a variant, merge, split; undo, redo."""

    app: GlossaryApp

    BINDINGS = [
        Binding("a", "approve", "Approve", id="review.approve"),
        Binding("x", "reject", "Reject", id="review.reject"),
        Binding("e", "edit", "Edit", id="review.edit"),
        Binding("p", "prefer", "Prefer variant", id="review.prefer"),
        Binding("m", "merge", "Merge into…", id="review.merge"),
        Binding("s", "split", "Split variant", id="review.split"),
        Binding("u,ctrl+z", "undo", "Undo", id="review.undo"),
        Binding("y,ctrl+y", "redo", "Redo", id="review.redo"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Entry] = []
        self._revision = -1

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="review-body"):
            yield DataTable(id="candidates", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="review-detail-pane"):
                yield Static(id="review-detail")
        yield Static("Loading the glossary…", id="review-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#candidates", DataTable)
        table.add_column("Conf.", key="confidence")
        table.add_column("Tiếng Việt", key="vi", width=24)
        table.add_column("English", key="en", width=24)
        table.add_column("Kind", key="kind", width=12)
        table.focus()
        self.reload_rows()

    def on_screen_resume(self) -> None:
        if self._revision != self.app.revision:
            self.reload_rows()

    def on_glossary_ready(self, message: GlossaryReady) -> None:
        self.reload_rows()

    def on_glossary_changed(self, message: GlossaryChanged) -> None:
        self.reload_rows(focus=message.change.focus)

    def reload_rows(self, focus: Entry | None = None) -> None:
        """Show the candidates again, keeping the cursor where the reviewer was (or on focus)."""
        glossary = self.app.glossary
        if glossary is None:
            self.app.ensure_glossary()
            return
        self._revision = self.app.revision
        table = self.query_one("#candidates", DataTable)
        row = table.cursor_row
        pending = candidates(glossary)
        self._rows = pending[:SHOWN]
        table.clear()
        for entry in self._rows:
            table.add_row(f"{entry.confidence:.2f}", entry.vi, entry.en, entry.kind.value)
        if focus is not None and any(e is focus for e in self._rows):
            row = next(i for i, e in enumerate(self._rows) if e is focus)
        if self._rows:
            table.move_cursor(row=min(max(row, 0), len(self._rows) - 1))
        shown = f"{len(pending)} candidate(s)" + (f", first {SHOWN} shown" if len(pending) > SHOWN else "")
        history = self.app.history
        if history is not None and history.unsaved:
            shown += " · unsaved changes (ctrl+s)"
        self.query_one("#review-status", Static).update(shown)
        self._show_detail(table.cursor_row)

    @on(DataTable.RowHighlighted, "#candidates")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, row: int) -> None:
        entry = self._rows[row] if 0 <= row < len(self._rows) else None
        self.query_one("#review-detail", Static).update(describe(entry) if entry else "No candidates left.")

    @property
    def current(self) -> Entry | None:
        row = self.query_one("#candidates", DataTable).cursor_row
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- decisions: each one line into glossary.review ----------------------------------------

    def action_approve(self) -> None:
        if (entry := self.current) is not None:
            self.app.decide(approve_pending(entry))

    def action_reject(self) -> None:
        if (entry := self.current) is not None:
            self.app.decide(reject_pending(entry))

    def action_edit(self) -> None:
        entry = self.current
        if entry is None:
            return

        def done(changes: EntryEdit | None) -> None:
            if changes is not None:
                self.app.decide(edit(entry, changes))

        self.app.push_screen(EditDialog(entry), done)

    def _pick_variant(self, prompt: str, decide: Callable[[Entry, str], Command]) -> None:
        """Ask which variant of the current entry, then record decide(entry, form) as a decision."""
        entry = self.current
        if entry is None:
            return
        if not entry.variants:
            self.notify("This entry has no variants.", severity="warning")
            return

        def done(form: str | None) -> None:
            if form is not None:
                self.app.decide(decide(entry, form))

        self.app.push_screen(PickVariantDialog(entry, prompt), done)

    def action_prefer(self) -> None:
        self._pick_variant("Make which variant the preferred form?", mark_preferred)

    def action_split(self) -> None:
        self._pick_variant("Split which variant out into its own entry?", split)

    def action_merge(self) -> None:
        entry = self.current
        if entry is None:
            return

        def done(target: Entry | None) -> None:
            if target is not None:
                self.app.decide(merge(target, entry))

        self.app.push_screen(PickEntryDialog(entry), done)

    def action_undo(self) -> None:
        self.app.undo()

    def action_redo(self) -> None:
        self.app.redo()
