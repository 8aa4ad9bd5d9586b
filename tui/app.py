"""The glossary's terminal UI: search-as-you-type lookup, the review workflow, saving and export.

The app owns the shared state (index, glossary, review history) and the slow work (loading,
saving, reloading) in thread workers; screens stay thin and call glossary/ for everything else.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.message import Message

from glossary.errors import ConflictError, GlossaryError
from glossary.review import Change, Command, History
from glossary.search import Index, IndexCacheError, cache_key, load_cached, save_cached
from glossary.store import Glossary
from tui.messages import GlossaryChanged, GlossaryReady, GlossarySaved, IndexReady
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ConfirmQuit, ConflictDialog, ErrorDialog
from tui.screens.export import ExportDialog
from tui.screens.help import HelpScreen
from tui.screens.lookup import LookupScreen
from tui.screens.review import ReviewScreen


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
        Binding("f7", "switch_mode('check')", "Check", show=False, id="app.check"),
        Binding("ctrl+s", "save", "Save", priority=True, id="app.save"),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="app.quit"),
    ]

    def __init__(self, glossary_path: Path, *, cache_dir: Path | None = None, use_cache: bool = True) -> None:
        super().__init__()
        self.glossary_path = Path(glossary_path)
        self.cache_dir = cache_dir
        self.use_cache = use_cache
        self.index: Index | None = None
        self.glossary: Glossary | None = None
        self.history: History | None = None
        # Bumped on every change of the shared state, so a screen shown again knows to refresh.
        self.revision = 0
        self._loading = False

    def on_mount(self) -> None:
        self.sub_title = self.glossary_path.name
        self.load_glossary()

    # --- loading ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_glossary(self) -> None:
        """Show the cached index at once if there is one; otherwise load the glossary and index it.

        With a cache hit the PO files are parsed only when something needs the entries themselves
        (review, export): on a huge glossary that parse takes minutes and, sharing the GIL, would
        slow every keystroke of the lookup meanwhile.
        """
        cached = load_cached(self.glossary_path, self.cache_dir) if self.use_cache else None
        if cached is not None:
            self.call_from_thread(self._index_ready, cached)
            return
        self._open_glossary(None)

    @property
    def loading(self) -> bool:
        """Whether the full glossary is being loaded in the background."""
        return self._loading

    def ensure_glossary(self) -> bool:
        """Whether the glossary is loaded; if not, start loading it (the caller shows it is busy)."""
        if self.glossary is not None:
            return True
        if not self._loading:
            self._loading = True
            self.notify("Loading the whole glossary…", timeout=3)
            self.load_full_glossary()
        return False

    @work(thread=True, exclusive=True, group="load-full", exit_on_error=False)
    def load_full_glossary(self) -> None:
        self._open_glossary(self.index)

    def _open_glossary(self, cached: Index | None) -> None:
        """Parse the PO files (in a worker thread), bind or build the index, refresh the cache."""
        try:
            glossary = Glossary.open(self.glossary_path)
        except GlossaryError as exc:
            self._loading = False
            self.call_from_thread(self.show_error, "Cannot open the glossary", exc)
            return
        entries = list(glossary)
        digests = [(c.path.name, c.digest or "") for c in glossary.catalogs]
        if cached is not None and cached.key == cache_key(digests) and not cached.bound:
            cached.bind(entries)
            index = cached
        else:
            index = Index(entries)
            self.call_from_thread(self._index_ready, index)
        self.call_from_thread(self._glossary_ready, glossary, index)
        if self.use_cache and index is not cached and glossary.catalogs[0].digest is not None:
            try:
                save_cached(index, self.glossary_path, digests, self.cache_dir)
            except IndexCacheError as exc:
                self.call_from_thread(self.notify, exc.user_message(), severity="warning")

    def _index_ready(self, index: Index) -> None:
        self.index = index
        self._broadcast(IndexReady(len(index)))

    def _glossary_ready(self, glossary: Glossary, index: Index) -> None:
        self._loading = False
        self.glossary = glossary
        self.history = History(glossary)
        self.index = index
        self._broadcast(GlossaryReady(len(glossary)))

    def _broadcast(self, message: Message) -> None:
        # Screens of the other mode catch up from `revision` when they are shown again.
        self.revision += 1
        for screen in self.screen_stack:
            screen.post_message(message)

    # --- review decisions ---------------------------------------------------------------------

    def decide(self, command: Command) -> Change | None:
        """Apply a review decision; library errors become a notification."""
        if self.history is None:
            self.ensure_glossary()
            return None
        try:
            change = self.history.do(command)
        except GlossaryError as exc:
            self.show_error("Cannot do that", exc)
            return None
        self._changed(change)
        return change

    def undo(self) -> None:
        if self.history is None:
            return
        change = self.history.undo()
        if change is None:
            self.notify("Nothing to undo.")
        else:
            self._changed(change)

    def redo(self) -> None:
        if self.history is None:
            return
        try:
            change = self.history.redo()
        except GlossaryError as exc:
            self.show_error("Cannot redo that", exc)
            return
        if change is None:
            self.notify("Nothing to redo.")
        else:
            self._changed(change)

    def _changed(self, change: Change) -> None:
        if self.index is not None:
            self.index.update(changed=change.changed + change.added, removed=change.removed)
        self.notify(change.message, timeout=3)
        self._broadcast(GlossaryChanged(change))

    @property
    def unsaved(self) -> bool:
        return self.history is not None and self.history.unsaved

    # --- saving and conflicts -----------------------------------------------------------------

    def action_save(self) -> None:
        if self.glossary is None:
            self.notify("Nothing to save: no decision was taken.")
            return
        self.save_glossary()

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def save_glossary(self, then_quit: bool = False) -> None:
        glossary = self.glossary
        if glossary is None:
            return
        try:
            written = glossary.save()
        except ConflictError as exc:
            self.call_from_thread(self._conflict, exc)
            return
        except GlossaryError as exc:
            self.call_from_thread(self.show_error, "Cannot save", exc)
            return
        self.call_from_thread(self._saved, [str(p) for p in written], then_quit)

    def _saved(self, paths: list[str], then_quit: bool) -> None:
        if self.history is not None:
            self.history.saved()
        self.notify(f"Saved {', '.join(Path(p).name for p in paths)}" if paths else "Nothing to save.")
        self._broadcast(GlossarySaved(paths))
        if then_quit:
            self.exit()

    def _conflict(self, exc: ConflictError) -> None:
        pending = len(self.history.journal) if self.history is not None else 0

        def answer(reload: bool | None) -> None:
            if reload:
                self.reload_and_replay()

        self.push_screen(ConflictDialog(exc.user_message(), pending), answer)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def reload_and_replay(self) -> None:
        """Load the glossary as it is on disk now and re-apply the unsaved decisions to it."""
        history = self.history
        try:
            glossary = Glossary.open(self.glossary_path)
        except GlossaryError as exc:
            self.call_from_thread(self.show_error, "Cannot reload the glossary", exc)
            return
        report = history.replay(glossary) if history is not None else None
        index = Index(list(glossary))
        self.call_from_thread(self._reloaded, glossary, index, report)

    def _reloaded(self, glossary: Glossary, index: Index, report) -> None:
        self.glossary = glossary
        self.index = index
        if self.history is None:
            self.history = History(glossary)
        self._broadcast(IndexReady(len(index)))
        self._broadcast(GlossaryReady(len(glossary)))
        applied = len(report.applied) if report else 0
        message = f"Reloaded from disk and re-applied {applied} decision(s); ctrl+s saves them."
        if report and report.skipped:
            message += " Could not re-apply: " + "; ".join(report.skipped)
        self.notify(message, severity="warning" if report and report.skipped else "information", timeout=10)

    # --- quitting, help, export, errors -------------------------------------------------------

    async def action_quit(self) -> None:
        if not self.unsaved:
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
            return
        if not isinstance(self.screen, ExportDialog):
            # exports/ is in .gitignore: exported files never show up as untracked changes.
            self.push_screen(ExportDialog(self.glossary, Path.cwd() / "exports"))

    def show_error(self, title: str, exc: GlossaryError) -> None:
        """A library error, as a modal with its one-line message (never a traceback)."""
        self.push_screen(ErrorDialog(title, exc.user_message()))


def run(glossary_path: Path) -> None:
    """Start the app on a glossary folder or file."""
    GlossaryApp(glossary_path).run()
