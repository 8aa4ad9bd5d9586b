"""Modal dialogs: edit an entry, pick a variant or an entry, export, confirm quit, conflict, errors."""

from __future__ import annotations

import threading
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, ProgressBar, Select, Static, TextArea
from textual.widgets.option_list import Option

from glossary.errors import GlossaryError
from glossary.interchange import DIRECTIONS, ExportCancelled, export_po
from glossary.model import Entry, Kind, Variant
from glossary.review import EntryEdit
from glossary.search import SearchCancelled
from glossary.store import Glossary

CANCEL = Binding("escape", "cancel", "Cancel", id="dialog.cancel")


class _Dialog(ModalScreen):
    """A modal whose escape key cancels (dismisses with None)."""

    BINDINGS = [CANCEL]

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)


def parse_variants(text: str) -> list[Variant]:
    """Variants typed one per line as "type: form" (or just "form", of type other)."""
    return [Variant.from_text(line) for line in text.splitlines() if line.strip()]


class EditDialog(_Dialog):
    """Edit both forms, the kind, the variants and the notes of an entry."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        e = self.entry
        with Vertical(id="edit", classes="dialog"):
            yield Static(f"Edit “{e.headword}”", classes="dialog-title")
            yield Label("Tiếng Việt")
            yield Input(e.vi, id="vi")
            yield Label("English")
            yield Input(e.en, id="en")
            yield Label("Kind")
            yield Select([(k.value, k) for k in Kind], value=e.kind, allow_blank=False, id="kind")
            yield Label("Variants, one per line: type: form")
            yield TextArea("\n".join(v.to_text() for v in e.variants), id="variants")
            yield Label("Note")
            yield Input(" | ".join(e.notes), id="note")
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="apply")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#vi", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#apply")
    def _apply(self) -> None:
        note = self.query_one("#note", Input).value
        kind = self.query_one("#kind", Select).value
        self.dismiss(
            EntryEdit(
                en=self.query_one("#en", Input).value,
                vi=self.query_one("#vi", Input).value,
                kind=kind if isinstance(kind, Kind) else None,
                variants=parse_variants(self.query_one("#variants", TextArea).text),
                notes=[n.strip() for n in note.split(" | ") if n.strip()],
            )
        )


class PickVariantDialog(_Dialog):
    """Choose one of an entry's variants."""

    def __init__(self, entry: Entry, question: str) -> None:
        super().__init__()
        self.entry = entry
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, classes="dialog-title")
            variants = self.entry.variants
            options = [Option(f"{v.form}  ({v.type.value})", id=str(i)) for i, v in enumerate(variants)]
            yield OptionList(*options, id="variants")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entry.variants[int(event.option.id or 0)].form)


class PickEntryDialog(_Dialog):
    """Search for the entry to merge another one into."""

    LIMIT = 20

    def __init__(self, merging: Entry) -> None:
        super().__init__()
        self.merging = merging
        self._found: list[Entry] = []
        self._cancel = threading.Event()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Merge “{self.merging.headword}” into…", classes="dialog-title")
            yield Input(placeholder="type to find the entry to keep", id="target-query")
            yield OptionList(id="targets")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#target-query")
    def _changed(self, event: Input.Changed) -> None:
        self._cancel.set()
        self._cancel = threading.Event()
        self.find(event.value, self._cancel)

    @on(Input.Submitted, "#target-query")
    def _submitted(self) -> None:
        if self._found:
            self.dismiss(self._found[0])

    @work(thread=True, exclusive=True, group="merge-search", exit_on_error=False)
    def find(self, query: str, cancel: threading.Event) -> None:
        index = self.app.index  # type: ignore[attr-defined]
        if index is None or not query.strip():
            return
        try:
            matches = index.search(query, self.LIMIT + 1, cancel=cancel)
        except SearchCancelled:
            return
        found = [m.entry for m in matches if m.entry is not self.merging][: self.LIMIT]
        self.app.call_from_thread(self._show, found, cancel)

    def _show(self, found: list[Entry], cancel: threading.Event) -> None:
        if cancel.is_set():
            return
        self._found = found
        options = self.query_one("#targets", OptionList)
        options.clear_options()
        labels = [f"{e.vi or '—'} = {e.en or '—'}  [{e.status.value}]" for e in found]
        options.add_options([Option(label, id=str(i)) for i, label in enumerate(labels)])

    @on(OptionList.OptionSelected, "#targets")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._found[int(event.option.id or 0)])


class ExportDialog(_Dialog):
    """Write the glossary as a PO file, with a progress bar (large glossaries take a while)."""

    def __init__(self, glossary: Glossary, folder: Path) -> None:
        super().__init__()
        self.glossary = glossary
        self.folder = folder
        self._cancel = threading.Event()

    def compose(self) -> ComposeResult:
        with Vertical(id="export", classes="dialog"):
            yield Static("Export the glossary as PO", classes="dialog-title")
            yield Label("Direction")
            yield Select(
                [(f"{d} (msgid {s}, msgstr {t})", d) for d, (s, t) in DIRECTIONS.items()],
                value="en-vi",
                allow_blank=False,
                id="direction",
            )
            yield Label("File")
            yield Input(str(self.folder / "glossary-en-vi.po"), id="path")
            yield ProgressBar(total=100, show_eta=False, id="progress")
            yield Static("", id="export-status")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-button")
                yield Button("Close", id="cancel")

    @on(Select.Changed, "#direction")
    def _direction(self, event: Select.Changed) -> None:
        path = self.query_one("#path", Input)
        current = Path(path.value)
        if current.name.startswith("glossary-"):
            path.value = str(current.with_name(f"glossary-{event.value}.po"))

    @on(Input.Submitted, "#path")
    @on(Button.Pressed, "#export-button")
    def _start(self) -> None:
        direction = str(self.query_one("#direction", Select).value)
        self.query_one("#export-button", Button).disabled = True
        self.query_one("#export-status", Static).update("Exporting…")
        self._cancel = threading.Event()
        self.export(Path(self.query_one("#path", Input).value), direction, self._cancel)

    def action_cancel(self) -> None:
        # Closing stops a running export; export_po writes nothing when cancelled.
        self._cancel.set()
        self.dismiss(None)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, path: Path, direction: str, cancel: threading.Event) -> None:
        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        try:
            count = export_po(list(self.glossary), path, direction, progress=progress, cancel=cancel)
        except ExportCancelled:
            return
        except GlossaryError as exc:
            self.app.call_from_thread(self._failed, exc.user_message())
            return
        self.app.call_from_thread(self._done, path, count)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=done)

    def _done(self, path: Path, count: int) -> None:
        self.query_one("#export-status", Static).update(f"Wrote {count} messages to {path.name}")
        self.query_one("#export-button", Button).disabled = False
        self.app.notify(f"Exported {count} messages to {path}")

    def _failed(self, message: str) -> None:
        self.query_one("#export-status", Static).update(message)
        self.query_one("#export-button", Button).disabled = False
        self.app.notify(message, title="Export failed", severity="error")


class ConfirmQuit(_Dialog):
    """Quitting with unsaved decisions: save, discard or stay."""

    BINDINGS = [
        CANCEL,
        Binding("s", "choose('save')", "Save and quit", id="quit.save"),
        Binding("d", "choose('discard')", "Quit without saving", id="quit.discard"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Unsaved changes", classes="dialog-title")
            yield Static("You have review decisions that are not saved yet.")
            with Horizontal(classes="buttons"):
                yield Button("Save and quit [s]", variant="primary", id="save")
                yield Button("Discard [d]", variant="error", id="discard")
                yield Button("Cancel", id="cancel")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    @on(Button.Pressed, "#save, #discard")
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)


class ConflictDialog(_Dialog):
    """The file changed on disk: offer to reload it and re-apply the unsaved decisions."""

    BINDINGS = [CANCEL, Binding("r", "reload", "Reload and re-apply", id="conflict.reload")]

    def __init__(self, message: str, pending: int) -> None:
        super().__init__()
        self.message = message
        self.pending = pending

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("The glossary changed on disk", classes="dialog-title")
            yield Static(self.message)
            yield Static(
                f"Nothing was written. Reload the file as it is now and re-apply your "
                f"{self.pending} unsaved decision(s) to it? Both sides are kept; save again afterwards."
            )
            with Horizontal(classes="buttons"):
                yield Button("Reload and re-apply [r]", variant="primary", id="reload")
                yield Button("Cancel", id="cancel")

    def action_reload(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#reload")
    def _pressed(self) -> None:
        self.dismiss(True)


class ErrorDialog(_Dialog):
    """A library error in one clear line."""

    BINDINGS = [Binding("escape,enter", "cancel", "Close", id="error.close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text = title
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error"):
            yield Static(self.title_text, classes="dialog-title")
            yield Static(self.message, id="error-message")
            with Horizontal(classes="buttons"):
                yield Button("OK", id="cancel")
