"""The export dialog: every format, the direction, status and kind filters, and where to write
(by default an exports/ folder, which .gitignore covers), with a progress bar."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, ProgressBar, Select, Static
from textual.worker import Worker, WorkerState

from glossary.controls import visible
from glossary.errors import GlossaryError, ReadOnlyError
from glossary.interchange import (
    DEFAULT_STATUSES,
    DIRECTIONS,
    FORMATS,
    ExportCancelled,
    ExportReport,
    Selection,
    default_name,
    export,
)
from glossary.model import Kind, Status
from glossary.store import Glossary
from tui.render import plain
from tui.screens.dialogs import CANCEL

ALL_KINDS = "all"


def _pipe(path: Path) -> str | None:
    """Why the dialog will not write to path: a named pipe blocks the export until some program
    reads it, and nothing, not even Cancel, could stop the wait.  The command line writes to pipes."""
    try:
        is_fifo = stat.S_ISFIFO(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None  # nothing there yet, or a path the export itself will refuse in one line
    if is_fifo:
        return f"{path}: is a named pipe (FIFO); export to a file, or use glossary export -o {path}"
    return None


# Short enough for the dialog at 80 columns; DESCRIPTIONS (the CLI's help) says more.
LABELS = {
    "po": "gettext catalog",
    "pot": "gettext template",
    "mo": "compiled catalog",
    "tbx": "TBX-Basic termbase",
    "csv": "Weblate CSV",
    "tsv": "OmegaT glossary",
    "xlsx": "spreadsheet",
}


class ExportDialog(ModalScreen[None]):
    """Write the glossary in any interchange format; closing stops a running export."""

    BINDINGS = [CANCEL]

    def __init__(self, glossary: Glossary, folder: Path) -> None:
        super().__init__()
        self.glossary = glossary
        self.folder = folder
        self._cancel = threading.Event()
        # The read-only target the user was told about: pressing the button again (now labelled
        # Overwrite) exports over it, as `glossary export --force` does; any other path resets it.
        self._overwrite: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="export", classes="dialog"):
            yield Static("Export the glossary", classes="dialog-title")
            with Horizontal(classes="export-row"):
                with Vertical():
                    yield Label("Format")
                    yield Select(
                        [(f"{f.upper()}  {LABELS[f]}", f) for f in FORMATS],
                        value="po",
                        allow_blank=False,
                        id="format",
                    )
                with Vertical():
                    yield Label("Direction")
                    yield Select(
                        [(f"{d} ({s} → {t})", d) for d, (s, t) in DIRECTIONS.items()],
                        value="en-vi",
                        allow_blank=False,
                        id="direction",
                    )
            with Horizontal(classes="export-row"):
                for status in Status:
                    yield Checkbox(
                        status.value, status in DEFAULT_STATUSES["po"], id=f"status-{status.value}"
                    )
                yield Select(
                    [("all kinds", ALL_KINDS)] + [(k.value, k.value) for k in Kind],
                    value=ALL_KINDS,
                    allow_blank=False,
                    id="kind",
                )
            yield Label("Write to (a new folder is created)")
            yield Input(str(self.folder / default_name("po", "en-vi")), id="path")
            yield ProgressBar(total=100, show_eta=False, id="progress")
            yield Static("", id="export-status")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-button")
                yield Button("Close", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#format", Select).focus()

    @on(Select.Changed, "#format, #direction")
    def _format_or_direction(self, event: Select.Changed) -> None:
        format, direction = self._value("#format"), self._value("#direction")
        if event.select.id == "format":
            for status in Status:
                checkbox = self.query_one(f"#status-{status.value}", Checkbox)
                checkbox.value = status in DEFAULT_STATUSES[format]
        path = self.query_one("#path", Input)
        current = Path(path.value)
        # Follow the choice unless the user typed a name of their own.
        if current.name.startswith("glossary-"):
            path.value = str(current.with_name(default_name(format, direction)))

    def _value(self, selector: str) -> str:
        return str(self.query_one(selector, Select).value)

    def selection(self) -> Selection:
        statuses = frozenset(s for s in Status if self.query_one(f"#status-{s.value}", Checkbox).value)
        kind = self._value("#kind")
        kinds = None if kind == ALL_KINDS else frozenset({Kind(kind)})
        return Selection(self._value("#direction"), statuses, kinds)

    @on(Input.Submitted, "#path")
    @on(Button.Pressed, "#export-button")
    def _start(self) -> None:
        selection = self.selection()
        if not selection.statuses:
            self.query_one("#export-status", Static).update("Tick at least one status.")
            return
        path = Path(self.query_one("#path", Input).value).expanduser()
        refused = _pipe(path)
        if refused is not None:
            self._failed(refused)
            return
        force = path == self._overwrite
        self._confirm_overwrite(None)
        self.query_one("#export-button", Button).disabled = True
        self.query_one("#export-status", Static).update("Exporting…")
        self._cancel = threading.Event()
        self.run_export(path, self._value("#format"), selection, self._cancel, force)

    @on(Input.Changed, "#path")
    def _path_changed(self) -> None:
        path = Path(self.query_one("#path", Input).value).expanduser()
        if self._overwrite is not None and path != self._overwrite:
            self._confirm_overwrite(None)

    def _confirm_overwrite(self, path: Path | None) -> None:
        self._overwrite = path
        self.query_one("#export-button", Button).label = "Overwrite" if path is not None else "Export"

    def action_cancel(self) -> None:
        self._cancel.set()
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _close(self) -> None:
        self.action_cancel()

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(
        self, path: Path, format: str, selection: Selection, cancel: threading.Event, force: bool = False
    ) -> None:
        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        entries = list(self.glossary)  # the entries as they are now; the export runs beside the UI
        try:
            report = export(
                entries,
                path,
                format,
                selection,
                total=len(entries),
                progress=progress,
                cancel=cancel,
                force=force,
            )
        except ExportCancelled:
            return
        except ReadOnlyError as exc:
            self.app.call_from_thread(self._read_only, path, exc)
            return
        except GlossaryError as exc:
            self.app.call_from_thread(self._failed, exc.user_message())
            return
        self.app.call_from_thread(self._done, path, report)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        # A last net under run_export: an error the library did not turn into a GlossaryError
        # would otherwise leave "Exporting…" on screen for ever, the button disabled.
        if event.worker.group == "export" and event.state is WorkerState.ERROR:
            error = event.worker.error
            self._failed(f"Export failed: {error.__class__.__name__}: {error}")

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#progress", ProgressBar).update(total=max(total, 1), progress=done)

    def _done(self, path: Path, report: ExportReport) -> None:
        summary = visible(report.summary(path.name))  # a pasted name may hold a line break
        self.query_one("#export-status", Static).update(plain(summary[0].upper() + summary[1:]))
        self.query_one("#export-button", Button).disabled = False
        self.app.notify(visible(f"Exported {report.written} entries to {path}"))

    def _read_only(self, path: Path, error: ReadOnlyError) -> None:
        """The library's read-only rule, offered as the command line's --force is: a second press."""
        self._failed(f"{error.path}: {error.reason}; press Overwrite to write it anyway")
        self._confirm_overwrite(path)

    def _failed(self, message: str) -> None:
        message = visible(message)
        self.query_one("#export-status", Static).update(plain(message))  # names the path
        self.query_one("#export-button", Button).disabled = False
        self.app.notify(message, title="Export failed", severity="error")
