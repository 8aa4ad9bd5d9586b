"""The review screen: mined candidates, highest confidence first, one key per decision."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import Resize
from textual.widgets import DataTable, Footer, Header, Static

from glossary.model import Entry, Status
from glossary.review import Command, EntryEdit, edit, mark_preferred, merge, missing_side, split
from glossary.review_queue import approve_pending, candidates, reject_pending
from tui.layout import cell, column_widths, fit_layout
from tui.messages import CHANGE, GLOSSARY, SAVED, Decide, NeedGlossary, Redo, Undo, ViewChanged
from tui.render import describe, unsaved_note
from tui.screens.base import SessionScreen, keys_line
from tui.screens.dialogs import ConfirmApprove, EditDialog, PickEntryDialog, PickVariantDialog

# A reviewer works from the top; a table of every candidate of a huge glossary helps nobody.
SHOWN = 1000


class ReviewScreen(SessionScreen):
    """Go through the candidates: approve, reject, edit, prefer a variant, merge, split; undo, redo."""

    # The keys line above the table lists these (the footer keeps the app's keys, which must fit 80
    # columns); the tooltip is what F1 says.
    BINDINGS = [
        Binding("a", "approve", "Approve", show=False, id="review.approve", tooltip="Approve"),
        Binding(
            "x",
            "reject",
            "Reject",
            show=False,
            id="review.reject",
            tooltip="Reject (kept, never proposed again)",
        ),
        Binding("e", "edit", "Edit", show=False, id="review.edit", tooltip="Edit every field"),
        Binding("p", "prefer", "Prefer", show=False, id="review.prefer", tooltip="Prefer a variant"),
        Binding("m", "merge", "Merge", show=False, id="review.merge", tooltip="Merge into another entry…"),
        Binding("s", "split", "Split", show=False, id="review.split", tooltip="Split a variant out"),
        Binding("u,ctrl+z", "undo", "Undo", show=False, id="review.undo", tooltip="Undo"),
        Binding("y", "redo", "Redo", show=False, id="review.redo", tooltip="Redo"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Entry] = []
        self._revision = -1
        self._widths: list[int] = []
        self._pending = 0
        self._asked = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(keys_line(self.BINDINGS), id="review-keys")
        with Horizontal(id="review-body"):
            yield DataTable(id="candidates", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="review-detail-pane"):
                yield Static(id="review-detail")
        yield Static("Loading the glossary…", id="review-status")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#candidates", DataTable).focus()
        self._fit(self.app.size)

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size) -> None:
        fit_layout(self, size)
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        table = self.query_one("#candidates", DataTable)
        widths = column_widths(table.size.width, [5, None, None, 12])
        if widths == self._widths or table.size.width == 0:
            return
        self._widths = widths
        table.clear(columns=True)
        for (key, label), width in zip(
            [("confidence", "Conf."), ("vi", "Tiếng Việt"), ("en", "English"), ("kind", "Kind")],
            widths,
            strict=True,
        ):
            table.add_column(label, key=key, width=width)
        self._fill_table(table.cursor_row)

    def on_screen_resume(self) -> None:
        self._asked = False  # shown again: ask for the glossary again if it is still not loaded

    def view_changed(self, message: ViewChanged) -> None:
        assert self.view is not None
        if message.reason == GLOSSARY:
            self._asked = False
        if message.reason == CHANGE and message.change is not None:
            self.reload_rows(focus=message.change.focus)
        elif message.reason == GLOSSARY or self._revision != self.view.revision:
            self.reload_rows()
        elif message.reason == SAVED or self._revision >= 0:
            self._show_status()

    def reload_rows(self, focus: Entry | None = None) -> None:
        """Show the candidates again, keeping the cursor where the reviewer was (or on focus)."""
        glossary = self.view.glossary if self.view is not None else None
        if glossary is None or self.view is None:
            if not self._asked:
                self._asked = True
                self.post_message(NeedGlossary())
            return
        self._revision = self.view.revision
        table = self.query_one("#candidates", DataTable)
        row = table.cursor_row
        pending = candidates(glossary)
        self._pending = len(pending)
        self._rows = pending[:SHOWN]
        if focus is not None and any(e is focus for e in self._rows):
            row = next(i for i, e in enumerate(self._rows) if e is focus)
        self._fill_table(row)
        self._show_status()

    def _fill_table(self, row: int) -> None:
        table = self.query_one("#candidates", DataTable)
        table.clear()
        if not self._widths:
            return
        conf, vi, en, kind = self._widths
        for entry in self._rows:
            table.add_row(
                f"{entry.confidence:.2f}",
                cell(entry.vi, vi),
                cell(entry.en, en),
                cell(entry.kind.value, kind),
            )
        if self._rows:
            table.move_cursor(row=min(max(row, 0), len(self._rows) - 1))
        self._show_detail(table.cursor_row)

    def _show_status(self) -> None:
        n = self._pending
        shown = f"{n} candidate(s)" + (f", first {SHOWN} shown" if n > SHOWN else "")
        shown += " · F1 lists every key" + unsaved_note(self.view is not None and self.view.unsaved)
        self.query_one("#review-status", Static).update(shown)

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
        entry = self.current
        if entry is None:
            return
        missing = missing_side(entry.en, entry.vi)
        if missing is None or entry.status is Status.APPROVED:  # approved: deciding proposed variants
            self.decide(approve_pending(entry))
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.decide(approve_pending(entry))

        self.app.push_screen(ConfirmApprove(entry.headword, missing), answer)

    def action_reject(self) -> None:
        if (entry := self.current) is not None:
            self.decide(reject_pending(entry))

    def action_edit(self) -> None:
        entry = self.current
        if entry is None:
            return

        def done(changes: EntryEdit | None) -> None:
            if changes is not None:
                self.decide(edit(entry, changes))

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
                self.decide(decide(entry, form))

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
                self.decide(merge(target, entry))

        self.app.push_screen(PickEntryDialog(entry, self.view.index if self.view else None), done)

    def action_undo(self) -> None:
        self.post_message(Undo())

    def action_redo(self) -> None:
        self.post_message(Redo())

    def decide(self, command: Command) -> None:
        """Ask the app to carry out a decision (it answers with a ViewChanged)."""
        self.post_message(Decide(command))
