"""The check screen: open a text or PO file, step through its findings, accept or skip each fix, add a
form to the glossary as a variant (an undoable review decision), write the fixed file.

Everything about checking lives in glossary.check (CheckSession); this screen shows it and passes keys on.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Resize
from textual.widgets import DataTable, Footer, Header, Input, Static
from textual.worker import Worker, WorkerState

from glossary.check import Checker, load_config
from glossary.check.session import CheckSession
from glossary.errors import GlossaryError, ReadOnlyError
from tui.layout import column_widths, fit_layout
from tui.messages import CHANGE, GLOSSARY, Decide, NeedGlossary, ShowError, ViewChanged
from tui.render import HIGHLIGHT, plain, safe, unsaved_note
from tui.screens.base import SessionScreen, keys_line
from tui.screens.dialogs import ConfirmOverwrite

COLUMNS = [
    ("at", "At"),
    ("code", "Code"),
    ("found", "Found"),
    ("suggestion", "Suggestion"),
    ("state", "State"),
]


class CheckScreen(SessionScreen):
    """Check a file's names against the glossary and fix them one finding at a time."""

    # Like the review screen: the letter keys on a line above the table, the footer keeps the
    # app's F-keys (the same footer on every screen).
    BINDINGS = [
        Binding("a", "accept", "Accept fix", show=False, id="check.accept"),
        Binding("s", "skip", "Skip", show=False, id="check.skip"),
        Binding("v", "add_variant", "Add as variant", show=False, id="check.variant"),
        Binding("w", "write", "Write file", show=False, id="check.write"),
        Binding("o", "open", "Open…", show=False, id="check.open"),
    ]

    DEFAULT_CSS = """
    #check-keys { height: 1; padding: 0 1; }
    #check-path { margin: 0 1; }
    #findings { height: 1fr; }
    #check-context { height: auto; max-height: 5; padding: 0 1; background: $boost; }
    #check-status { height: 1; padding: 0 1; color: $text-muted; background: $surface; }
    CheckScreen.short Header { display: none; }
    CheckScreen.short #check-path { margin: 0; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.session: CheckSession | None = None
        self._checker: Checker | None = None
        self._checker_revision = -1
        self._widths: list[int] = []
        # The library's last refusal to write the session's file (read-only), kept on the status
        # line until that session is gone (a write, a new file, a re-check).
        self._refused: tuple[CheckSession, str] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(keys_line(self.BINDINGS), id="check-keys")
        yield Input(
            placeholder="File to check (.txt .md .html .po): type a path, press enter", id="check-path"
        )
        yield DataTable(id="findings", cursor_type="row", zebra_stripes=True)
        yield Static("", id="check-context")
        yield Static("Open a file to check its names against the glossary.", id="check-status")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self._add_columns([7, 6, 22, 26, 9])
        self.query_one("#check-path", Input).focus()
        self._fit(self.app.size)
        self.post_message(NeedGlossary())

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size) -> None:
        fit_layout(self, size)
        self.query_one("#check-path", Input).compact = self.has_class("short")
        # The table has its new width only after the layout pass.
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        """Found and Suggestion share what the fixed columns leave, as the other screens' tables do."""
        table = self.query_one("#findings", DataTable)
        widths = column_widths(table.size.width, [7, 6, None, None, 9])
        if widths == self._widths or table.size.width == 0:
            return
        row = table.cursor_row
        table.clear(columns=True)
        self._add_columns(widths)
        if self.session is not None:
            self._fill(self.session, row)

    def _add_columns(self, widths: list[int]) -> None:
        self._widths = widths
        table = self.query_one("#findings", DataTable)
        for (key, label), width in zip(COLUMNS, widths, strict=True):
            table.add_column(label, key=key, width=width)

    # --- opening and checking (in a worker: compiling a big glossary takes a while) -------------

    @on(Input.Submitted, "#check-path")
    def _path_submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.open_file(Path(event.value.strip()).expanduser())

    def open_file(self, path: Path) -> None:
        """Check path (in the background) and show its findings."""
        if self.view is None or self.view.glossary is None:
            self.post_message(NeedGlossary())
            self._status("Loading the glossary… press enter again when it is ready.")
            return
        self._status(f"Checking {path}…")
        self._check(path)

    @work(thread=True, exclusive=True, group="check", exit_on_error=False)
    def _check(self, path: Path) -> None:
        try:
            session = CheckSession.open(self._current_checker(), path)
        except GlossaryError as exc:
            self.post_message(ShowError("Cannot check that file", exc))
            self.app.call_from_thread(self._status, "Open a file to check its names against the glossary.")
            return
        self.app.call_from_thread(self._show, session)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        # A last net under _check: an error the library did not turn into a GlossaryError would
        # otherwise leave "Checking…" on screen for ever.
        if event.worker.group == "check" and event.state is WorkerState.ERROR:
            error = event.worker.error
            self.post_message(
                ShowError("Cannot check that file", GlossaryError(f"{error.__class__.__name__}: {error}"))
            )
            self._status("Open a file to check its names against the glossary.")

    def _current_checker(self) -> Checker:
        """The glossary compiled for checking, rebuilt after any change to the glossary."""
        view = self.view
        assert view is not None and view.glossary is not None
        if self._checker is None or self._checker_revision != view.revision:
            config = load_config(view.path, Path.cwd(), view.path)
            self._checker = Checker(list(view.glossary), config)
            self._checker_revision = view.revision
        return self._checker

    def view_changed(self, message: ViewChanged) -> None:
        if message.reason == CHANGE:
            if self.session is not None and self.session.source.file is not None:
                self._check(self.session.source.file)
        elif message.reason == GLOSSARY and self.session is None:
            self._status("Glossary loaded: type a path and press enter.")
        elif self.session is not None:
            self._update_status()

    # --- showing -------------------------------------------------------------------------------

    def _show(self, session: CheckSession, row: int = 0) -> None:
        self.session = session
        self._fill(session, row)
        if session.findings:
            self.query_one("#findings", DataTable).focus()

    def _fill(self, session: CheckSession, row: int) -> None:
        table = self.query_one("#findings", DataTable)
        table.clear()
        for item in session.rows():
            table.add_row(item.position, item.code, safe(item.found), safe(item.suggestion), item.state)
        if session.findings:
            table.move_cursor(row=min(row, len(session.findings) - 1))
        self._show_context(table.cursor_row)
        self._update_status()

    def _refresh_row(self, index: int) -> None:
        assert self.session is not None
        table = self.query_one("#findings", DataTable)
        item = self.session.row(index)
        table.update_cell_at((index, 4), item.state)
        self._update_status()

    @on(DataTable.RowHighlighted, "#findings")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_context(event.cursor_row)

    def _show_context(self, row: int) -> None:
        context = self.query_one("#check-context", Static)
        finding = self._finding(row)
        if finding is None:
            context.update("No findings." if self.session is not None else "")
            return
        line = safe(finding.context)  # the checked file's line may hold an escape sequence
        end = finding.end_col - 1 if finding.end_line == finding.line else len(finding.context)
        if end > finding.col - 1:
            line.stylize(HIGHLIGHT, finding.col - 1, end)
        message = safe(
            f"{finding.code} {finding.message}" + (f" ({finding.suggestion})" if finding.suggestion else "")
        )
        where = safe(f"{finding.path}:{finding.line}")
        where.stylize("dim")
        context.update(Text("\n").join([where, line, message]))

    def _update_status(self) -> None:
        session = self.session
        if session is None:
            return
        count = len(session.findings)
        accepted = len(session.accepted)
        text = f"{session.path}: {count} finding(s)" if count else f"{session.path}: no findings"
        if accepted:
            text += f" · {accepted} fix(es) accepted, w writes the file"
        if self._refused is not None and self._refused[0] is session:
            text = self._refused[1]
        self._status(text + unsaved_note(self.view is not None and self.view.unsaved))

    def _status(self, text: str) -> None:
        self.query_one("#check-status", Static).update(plain(text))  # names the checked file

    def _finding(self, row: int):
        if self.session is None or not 0 <= row < len(self.session.findings):
            return None
        return self.session.findings[row]

    @property
    def _row(self) -> int:
        return self.query_one("#findings", DataTable).cursor_row

    def _advance(self, row: int) -> None:
        assert self.session is not None
        following = self.session.next_open(row)
        if following is not None:
            self.query_one("#findings", DataTable).move_cursor(row=following)

    # --- keys: each a call into the session ----------------------------------------------------

    def action_accept(self) -> None:
        row = self._row
        if self._finding(row) is None:
            return
        assert self.session is not None
        problem = self.session.accept(row)
        if problem:
            self.notify(problem, severity="warning")
            return
        self._refresh_row(row)
        self._advance(row)

    def action_skip(self) -> None:
        row = self._row
        if self._finding(row) is None:
            return
        assert self.session is not None
        self.session.skip(row)
        self._refresh_row(row)
        self._advance(row)

    def action_add_variant(self) -> None:
        row = self._row
        glossary = self.view.glossary if self.view is not None else None
        if self._finding(row) is None or glossary is None:
            return
        assert self.session is not None
        try:
            command = self.session.add_variant(row, glossary)
        except GlossaryError as exc:
            self.notify(exc.user_message(), severity="warning")
            return
        self.post_message(Decide(command))

    def action_write(self) -> None:
        session = self.session
        if session is None:
            return
        if not session.accepted:
            self.notify("No fix accepted yet: a accepts the highlighted one.")
            return
        self._write(session)

    def _write(self, session: CheckSession, force: bool = False) -> None:
        """Write the accepted fixes; a read-only file is the library's refusal, overwritten only when
        the user says so (as `glossary check --fix --force`)."""
        try:
            backup = session.write(force=force)
        except ReadOnlyError as exc:
            refused = f"Not written: {exc.path}: {exc.reason}"  # names the file, as the CLI does
            self._refused = (session, refused)
            self._update_status()

            def answer(overwrite: bool | None) -> None:
                # The answer is about the fixes the dialog named, even when the file was checked
                # again meanwhile (the glossary changed): they are written, or refused with a reason
                # (the file changed on disk since), never dropped.
                if overwrite:
                    self._write(session, force=True)
                elif session is self.session:
                    self._refused = (session, refused + "; w asks again")
                    self._update_status()

            self.app.push_screen(
                ConfirmOverwrite(exc.path, exc.reason, f"the {len(session.accepted)} accepted fix(es)"),
                answer,
            )
            return
        except GlossaryError as exc:
            self.post_message(ShowError("Cannot write the file", exc))
            return
        kept = f" (original kept as {backup.name})" if backup else ""
        self.notify(f"Wrote {len(session.accepted)} fix(es) to {session.path}{kept}")
        shown = self.session
        if shown is session or (shown is not None and shown.source.file == session.source.file):
            self._check(Path(session.source.file or session.path))

    def action_open(self) -> None:
        self.query_one("#check-path", Input).focus()
