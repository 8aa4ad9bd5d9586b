"""The glossary's terminal UI: search-as-you-type lookup, the review workflow, checking, saving and export.

Everything about the glossary itself (opening through the index cache, decisions with undo/redo,
saving from a frozen copy, reloading) is glossary.session's, shared with the CLI. The app keeps the
workers that run the session's slow calls off the UI thread, the messages (tui/messages.py) by which
it publishes a View to the screens and takes their requests, and the screens and dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel

from glossary.controls import visible
from glossary.errors import ConflictError, GlossaryError
from glossary.review import Change, History, ReplayReport
from glossary.search import Index
from glossary.session import SaveResult, Session
from glossary.store import Glossary
from tui.messages import (
    CHANGE,
    GLOSSARY,
    INDEX,
    SAVED,
    STATE,
    Decide,
    NeedGlossary,
    Redo,
    ShowError,
    Undo,
    View,
    ViewChanged,
    ViewWanted,
)
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ConfirmQuit, ConflictDialog, ErrorDialog
from tui.screens.export import ExportDialog
from tui.screens.help import HelpScreen
from tui.screens.lookup import LookupScreen
from tui.screens.review import ReviewScreen

# Seconds a full load may take before the app says it is loading (a toast).
LOADING_NOTICE_AFTER = 0.5


class GlossaryApp(App[None]):
    """Search the glossary by typing (with or without diacritics, Telex or VNI) and review candidates."""

    CSS_PATH = ["app.tcss", "lookup.tcss", "review.tcss", "dialogs.tcss", "export.tcss"]
    TITLE = "Glossary"
    MODES = {"lookup": LookupScreen, "review": ReviewScreen, "check": CheckScreen}
    DEFAULT_MODE = "lookup"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("f2", "switch_mode('lookup')", "Lookup", id="app.lookup"),
        Binding("f3", "switch_mode('review')", "Review", id="app.review"),
        Binding("f4", "export", "Export", id="app.export"),
        Binding("f7", "switch_mode('check')", "Check", id="app.check"),
        Binding("ctrl+s", "save", "Save", priority=True, id="app.save"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
    ]

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification as plain text: they quote terms, file names and the library's errors,
        which may hold "[/]" (a MarkupError that killed the app) or "[@click=...]".  No notification
        here uses markup; screens' self.notify comes here too (Widget.notify calls App.notify)."""
        del markup
        super().notify(
            visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False
        )

    def __init__(self, glossary_path: Path, *, cache_dir: Path | None = None, use_cache: bool = True) -> None:
        super().__init__()
        self.session = Session(glossary_path, cache_dir=cache_dir, use_cache=use_cache)
        # Bumped on every change of the entries or the index: a screen shown again knows to refresh.
        self._revision = 0
        self._loading = False
        # What the user asked for while the whole glossary was loading: done once it is loaded.
        self._after_load: list[Callable[[], None]] = []

    # The session's state, read-only, for the app's own use and for tests (screens get a View).
    @property
    def glossary_path(self) -> Path:
        return self.session.path

    @property
    def glossary(self) -> Glossary | None:
        return self.session.glossary

    @property
    def index(self) -> Index | None:
        return self.session.index

    @property
    def history(self) -> History | None:
        return self.session.history

    @property
    def unsaved(self) -> bool:
        return self.session.unsaved

    def on_mount(self) -> None:
        self.sub_title = self.glossary_path.name
        self.load_glossary()

    # --- publishing the state to the screens ----------------------------------------------------

    def view(self) -> View:
        s = self.session
        return View(s.path, s.index, s.glossary, self._revision, self._loading, s.unsaved)

    def _publish(self, reason: str, change: Change | None = None) -> None:
        if reason in (INDEX, GLOSSARY, CHANGE):
            self._revision += 1
        view = self.view()
        # Screens of another mode are not on the stack: they ask (ViewWanted) when shown again.
        for screen in self.screen_stack:
            screen.post_message(ViewChanged(view, reason, change))

    def on_view_wanted(self, message: ViewWanted) -> None:
        message.screen.post_message(ViewChanged(self.view(), STATE))

    # --- loading (thread workers: parsing a big glossary takes a while) -------------------------

    def _warn(self, text: str) -> None:
        """A warning from a worker thread (the index cache could not be written, say)."""
        self.call_from_thread(self.notify, text, severity="warning")

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_glossary(self) -> None:
        """Show the cached index at once if there is one; otherwise load the glossary and index it.

        With a cache hit the PO files are parsed only when something needs the entries themselves
        (review, check, export): on a huge glossary that parse takes minutes and, sharing the GIL,
        would slow every keystroke of the lookup meanwhile.
        """
        if self.session.cached_index() is not None:
            self.call_from_thread(self._publish, INDEX)
            return
        self._load_full()

    def on_need_glossary(self, message: NeedGlossary) -> None:
        self.ensure_glossary()

    def ensure_glossary(self) -> bool:
        """Whether the glossary is loaded; if not, start loading it (the caller shows it is busy)."""
        if self.session.loaded:
            return True
        if not self._loading:
            self._loading = True
            # Said only when the load is slow enough to notice: on a small glossary it is over
            # at once, and a toast lingering for seconds would hide the dialog opened meanwhile.
            self.set_timer(LOADING_NOTICE_AFTER, self._notice_loading)
            self._publish(STATE)
            self.load_full_glossary()
        return False

    def _notice_loading(self) -> None:
        if self._loading:
            self.notify("Loading the whole glossary…", timeout=3)

    @work(thread=True, exclusive=True, group="load-full", exit_on_error=False)
    def load_full_glossary(self) -> None:
        self._load_full()

    def _load_full(self) -> None:
        had_index = self.session.index
        try:
            self.session.load()
            index = self.session.open_index(warn=self._warn)
        except GlossaryError as exc:
            self.call_from_thread(self._load_failed, exc)
            return
        self.call_from_thread(self._loaded, index is not had_index)

    def _loaded(self, new_index: bool) -> None:
        self._loading = False
        if new_index:
            self._publish(INDEX)
        self._publish(GLOSSARY)
        waiting, self._after_load = self._after_load, []
        for action in waiting:
            action()

    def _load_failed(self, exc: GlossaryError) -> None:
        self._loading = False
        self._after_load = []
        self._publish(STATE)
        self.show_error("Cannot open the glossary", exc)

    # --- review decisions -------------------------------------------------------------------------

    def on_decide(self, message: Decide) -> None:
        if not self.ensure_glossary():
            # Taken once the entries are loaded, in the order given: a decision is never dropped.
            self._after_load.append(lambda: self.on_decide(message))
            return
        try:
            change = self.session.apply(message.command)
        except GlossaryError as exc:
            self.show_error("Cannot do that", exc)
            return
        self._changed(change)

    def on_undo(self, message: Undo) -> None:
        change = self.session.undo()
        if change is None:
            self.notify("Nothing to undo.")
        else:
            self._changed(change)

    def on_redo(self, message: Redo) -> None:
        try:
            change = self.session.redo()
        except GlossaryError as exc:
            self.show_error("Cannot redo that", exc)
            return
        if change is None:
            self.notify("Nothing to redo.")
        else:
            self._changed(change)

    def _changed(self, change: Change) -> None:
        self.notify(change.message, timeout=3)
        self._publish(CHANGE, change)

    # --- saving and conflicts ---------------------------------------------------------------------

    def action_save(self) -> None:
        if not self.session.loaded:
            self.notify("Nothing to save: no decision was taken.")
            return
        self.save_glossary()

    @work(thread=True, group="save", exit_on_error=False)
    def save_glossary(self, then_quit: bool = False) -> None:
        """Save from a frozen copy (glossary.session): decisions taken meanwhile stay unsaved."""
        try:
            result = self.session.save()
            if result.reloaded:
                self.session.open_index(warn=self._warn)
        except ConflictError as exc:
            self.call_from_thread(self._conflict, exc)
            return
        except GlossaryError as exc:
            self.call_from_thread(self.show_error, "Cannot save", exc)
            return
        self.call_from_thread(self._saved, result, then_quit)

    def _saved(self, result: SaveResult, then_quit: bool) -> None:
        paths = result.paths
        self.notify(f"Saved {', '.join(p.name for p in paths)}" if paths else "Nothing to save.")
        if result.reloaded:
            # Another writer saved meanwhile: the file now holds both; the entries are new objects.
            self._publish(INDEX)
            self._publish(GLOSSARY)
            self._report(result.report, "Another writer saved meanwhile: merged with it")
        self._publish(SAVED)
        if then_quit and not self.session.unsaved:
            self.exit()

    def _conflict(self, exc: ConflictError) -> None:
        def answer(reload: bool | None) -> None:
            if reload:
                self.reload_and_replay()

        self.push_screen(ConflictDialog(exc.user_message(), self.session.pending), answer)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def reload_and_replay(self) -> None:
        """Load the glossary as it is on disk now and re-apply the unsaved decisions to it."""
        try:
            report = self.session.reload()
            self.session.open_index(warn=self._warn)
        except GlossaryError as exc:
            self.call_from_thread(self.show_error, "Cannot reload the glossary", exc)
            return
        self.call_from_thread(self._reloaded, report)

    def _reloaded(self, report: ReplayReport) -> None:
        self._publish(INDEX)
        self._publish(GLOSSARY)
        self._report(report, "Reloaded from disk")

    def _report(self, report: ReplayReport | None, what: str) -> None:
        applied = len(report.applied) if report else 0
        message = f"{what} and re-applied {applied} decision(s)"
        message += "; ctrl+s saves them." if self.session.unsaved else "."
        if report and report.skipped:
            message += " Could not re-apply: " + "; ".join(report.skipped)
        self.notify(message, severity="warning" if report and report.skipped else "information", timeout=10)

    # --- quitting, help, export, errors -------------------------------------------------------------

    async def action_quit(self) -> None:
        if not self.session.unsaved:
            self.exit()
            return

        def answer(choice: str | None) -> None:
            if choice == "save":
                self.save_glossary(then_quit=True)
            elif choice == "discard":
                self.exit()

        self.push_screen(ConfirmQuit(), answer)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_export(self) -> None:
        if not self.ensure_glossary():
            if self.action_export not in self._after_load:
                self._after_load.append(self.action_export)  # the dialog opens once loaded
            return
        if not isinstance(self.screen, ExportDialog):
            glossary = self.session.glossary
            assert glossary is not None
            # exports/ is in .gitignore: exported files never show up as untracked changes.
            self.push_screen(ExportDialog(glossary, Path.cwd() / "exports"))

    def on_show_error(self, message: ShowError) -> None:
        self.show_error(message.title, message.error)

    def show_error(self, title: str, exc: GlossaryError) -> None:
        """A library error, as a modal with its one-line message (never a traceback)."""
        self.push_screen(ErrorDialog(title, exc.user_message()))


def run(glossary_path: Path) -> None:
    """Start the app on a glossary folder or file."""
    GlossaryApp(glossary_path).run()
