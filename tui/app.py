"""The glossary's terminal UI: a lookup screen with search as you type."""

from __future__ import annotations

import threading
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Input, Static

from glossary.errors import GlossaryError
from glossary.index import Index, Match, Rank, SearchCancelled
from glossary.model import Entry
from glossary.store import Glossary

RESULT_LIMIT = 200


def highlight(form: str, start: int, end: int) -> Text:
    """The form with the matched part emphasised."""
    text = Text(form)
    if end > start:
        text.stylize("bold reverse", start, end)
    return text


def describe(entry: Entry) -> Text:
    """The detail pane's text for one entry."""
    out = Text()
    out.append(entry.vi or "—", style="bold")
    out.append("\n")
    out.append(entry.en or "—", style="bold")
    if entry.abbr:
        out.append(f" ({entry.abbr})")
    out.append(f"\n{entry.kind.value} · {entry.status.value}\n")
    if entry.variants:
        out.append("\nVariants\n", style="underline")
        for v in entry.variants:
            out.append(f"  {v.form}  ({v.type.value})\n")
    if entry.notes:
        out.append("\nNotes\n", style="underline")
        for note in entry.notes:
            out.append(f"  {note}\n")
    if entry.sources:
        out.append("\nSeen in\n", style="underline")
        for source in entry.sources:
            out.append(f"  {source}\n")
    if entry.contexts:
        out.append("\nContext\n", style="underline")
        for context in entry.contexts[:5]:
            out.append(f"  “{context}”\n")
    return out


class GlossaryApp(App[None]):
    """Search the glossary by typing, with or without diacritics, or in Telex/VNI."""

    CSS_PATH = "app.tcss"
    TITLE = "Glossary"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="quit"),
        Binding("escape", "clear", "Clear search", id="clear"),
        Binding("down", "focus_results", "Results", show=False, id="focus_results"),
    ]

    def __init__(self, glossary_path: Path) -> None:
        super().__init__()
        self.glossary_path = glossary_path
        self.index: Index | None = None
        self._cancel = threading.Event()
        self._rows: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search: thang long, Thăng Long, thawng long…", id="query")
        with Horizontal(id="body"):
            yield DataTable(id="results", cursor_type="row", zebra_stripes=True)
            yield Static(id="detail")
        yield Static("Loading…", id="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#results", DataTable)
        table.add_columns("Tiếng Việt", "English", "Kind", "Status")
        self.query_one("#query", Input).focus()
        self.load_glossary()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_glossary(self) -> None:
        try:
            glossary = Glossary.open(self.glossary_path)
        except GlossaryError as exc:
            self.call_from_thread(self._show_error, exc.user_message())
            return
        index = Index(list(glossary))
        self.call_from_thread(self._loaded, index)

    def _loaded(self, index: Index) -> None:
        self.index = index
        self._run_search(self.query_one("#query", Input).value)

    def _show_error(self, message: str) -> None:
        self.query_one("#status", Static).update(message)
        self.notify(message, title="Cannot open the glossary", severity="error", timeout=10)

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._run_search(event.value)

    def _run_search(self, query: str) -> None:
        if self.index is None:
            return
        # The latest query wins: tell the running search to stop, then start a new one.
        self._cancel.set()
        self._cancel = threading.Event()
        self.search(query, self._cancel)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def search(self, query: str, cancel: threading.Event) -> None:
        index = self.index
        if index is None:
            return
        try:
            if query.strip():
                matches = index.search(query, RESULT_LIMIT, cancel=cancel)
            else:
                matches = [Match(e, Rank.EXACT, e.headword, 0, 0) for e in index.all()[:RESULT_LIMIT]]
        except SearchCancelled:
            return
        if not cancel.is_set():
            self.call_from_thread(self._show_results, query, matches, len(index))

    def _show_results(self, query: str, matches: list[Match], total: int) -> None:
        table = self.query_one("#results", DataTable)
        table.clear()
        self._rows = [m.entry for m in matches]
        for m in matches:
            e = m.entry
            vi = highlight(e.vi, m.start, m.end) if m.form == e.vi else Text(e.vi)
            en = highlight(e.en, m.start, m.end) if m.form == e.en else Text(e.en)
            table.add_row(vi, en, e.kind.value, e.status.value)
        shown = f"{len(matches)} match(es) for {query!r}" if query.strip() else f"{total} entries"
        self.query_one("#status", Static).update(shown)
        self._show_detail(0)

    @on(DataTable.RowHighlighted, "#results")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, row: int) -> None:
        detail = self.query_one("#detail", Static)
        detail.update(describe(self._rows[row]) if 0 <= row < len(self._rows) else "")

    def action_clear(self) -> None:
        query = self.query_one("#query", Input)
        query.value = ""
        query.focus()

    def action_focus_results(self) -> None:
        self.query_one("#results", DataTable).focus()


def run(glossary_path: Path) -> None:
    """Start the app on a glossary folder or file."""
    GlossaryApp(glossary_path).run()
