"""The lookup screen: a search box, the results table and the detail pane of the selected entry."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import Click
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from glossary.model import Entry, Kind, Status
from glossary.search import Match, Rank, SearchCancelled
from tui.messages import GlossaryChanged, GlossaryReady, IndexReady
from tui.render import describe, highlight

if TYPE_CHECKING:
    from tui.app import GlossaryApp

# Rows asked for per keystroke; scrolling near the end of the table asks for this many more.
RESULT_LIMIT = 50
# How close to the last row the cursor or the scroll position gets before the next rows are asked for.
LOAD_MORE_MARGIN = 5
# The kind filter cycles through these (None = every kind).
KIND_FILTERS: list[Kind | None] = [None, *Kind]
# The status filter: rejected entries are hidden unless asked for, as in `glossary lookup`.
STATUS_FILTERS: list[tuple[str, frozenset[Status] | None]] = [
    ("active", frozenset({Status.APPROVED, Status.CANDIDATE})),
    ("approved", frozenset({Status.APPROVED})),
    ("candidate", frozenset({Status.CANDIDATE})),
    ("rejected", frozenset({Status.REJECTED})),
    ("all", None),
]


class LookupScreen(Screen[None]):
    """Type to search; the best matches come first, the matched part highlighted."""

    app: GlossaryApp

    BINDINGS = [
        Binding("escape", "clear", "Clear", id="lookup.clear"),
        Binding("down", "focus_results", "Results", show=False, id="lookup.results"),
        Binding("ctrl+y,c", "copy", "Copy form", id="lookup.copy"),
        Binding("ctrl+t", "cycle_kind", "Kind filter", id="lookup.kind"),
        Binding("ctrl+g", "cycle_status", "Status filter", id="lookup.status"),
        Binding("slash", "focus_search", "Search", show=False, id="lookup.search"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._matches: list[Match] = []
        self._kind = 0
        self._status = 0
        self._revision = -1
        self._limit = RESULT_LIMIT  # rows asked for: grows page by page as the user scrolls down
        self._loading_more = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search: thang long, Thăng Long, thawng long, tha8ng…", id="query")
        yield Static(id="filters")
        with Horizontal(id="body"):
            yield DataTable(id="results", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="detail-pane"):
                yield Static(id="detail")
        yield Static("Loading…", id="status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#results", DataTable)
        # Fixed widths: one long name must not push the English column off an 80-column screen.
        table.add_column("Tiếng Việt", key="vi", width=26)
        table.add_column("English", key="en", width=26)
        table.add_column("Kind", key="kind", width=12)
        self.query_one("#query", Input).focus()
        self.watch(table, "scroll_y", self._table_scrolled, init=False)
        self._show_filters()
        if self.app.index is not None:
            self.refresh_results()

    def on_screen_resume(self) -> None:
        if self._revision != self.app.revision and self.app.index is not None:
            self.refresh_results()

    # --- app state ----------------------------------------------------------------------------

    def on_index_ready(self, message: IndexReady) -> None:
        self.refresh_results()

    def on_glossary_ready(self, message: GlossaryReady) -> None:
        self.refresh_results()

    def on_glossary_changed(self, message: GlossaryChanged) -> None:
        self.refresh_results()

    # --- searching ----------------------------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self.refresh_results()

    def refresh_results(self, *, more: bool = False) -> None:
        """Search again for what is in the box (the latest query wins); more asks for the next page
        of the same query and keeps the cursor where it is."""
        if self.app.index is None:
            return
        self._revision = self.app.revision
        self._limit = self._limit + RESULT_LIMIT if more else RESULT_LIMIT
        self._loading_more = more
        self._cancel.set()
        self._cancel = threading.Event()
        self.search(self.query_one("#query", Input).value, self._cancel, self._limit)

    def _may_have_more(self) -> bool:
        return len(self._matches) >= self._limit and not self._loading_more

    def _load_more_near(self, row: int) -> None:
        if self._may_have_more() and row >= len(self._matches) - LOAD_MORE_MARGIN:
            self.refresh_results(more=True)

    def _table_scrolled(self, scroll_y: float) -> None:
        # The mouse wheel and the scroll bar move the view, not the cursor: look at the last row shown.
        # Rows are one line high; the header takes one.
        table = self.query_one("#results", DataTable)
        self._load_more_near(int(scroll_y) + table.scrollable_content_region.height - 2)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def search(self, query: str, cancel: threading.Event, limit: int = RESULT_LIMIT) -> None:
        index = self.app.index
        if index is None:
            return
        kind = KIND_FILTERS[self._kind]
        kinds = None if kind is None else {kind}
        statuses = STATUS_FILTERS[self._status][1]
        try:
            if query.strip():
                # Asked again with the larger limit rather than continued: with more rows, hits
                # with the query's own diacritics may move ahead of ones already shown.
                matches = index.search(query, limit, cancel=cancel, kinds=kinds, statuses=statuses)
            else:
                entries = index.browse(limit, kinds=kinds, statuses=statuses, cancel=cancel)
                matches = [Match(e, Rank.EXACT, e.headword, 0, 0) for e in entries]
        except SearchCancelled:
            return
        if not cancel.is_set():
            self.app.call_from_thread(self._show_results, query, matches, len(index), cancel)

    def _show_results(self, query: str, matches: list[Match], total: int, cancel: threading.Event) -> None:
        if cancel.is_set():
            return  # a newer query is on its way; showing this one would flicker
        table = self.query_one("#results", DataTable)
        keep = (table.cursor_row, table.scroll_y) if self._loading_more else None
        table.clear()
        self._matches = matches
        self._loading_more = False
        for m in matches:
            e = m.entry
            vi = highlight(e.vi, m.start, m.end) if m.form == e.vi else Text(e.vi)
            en = highlight(e.en, m.start, m.end) if m.form == e.en else Text(e.en)
            if m.form not in (e.vi, e.en) and m.end > m.start:
                # Found through a variant: show it, so the user sees why this entry is here.
                en.append("  ← ", style="dim")
                en.append_text(highlight(m.form, m.start, m.end))
            table.add_row(vi, en, e.kind.value)
        if keep is not None:
            table.move_cursor(row=keep[0], animate=False)
            table.scroll_to(y=keep[1], animate=False)
        more = len(matches) >= self._limit
        if query.strip():
            shown = f"{len(matches)}{'+' if more else ''} match(es) for {query!r}"
        elif more:
            shown = f"{total} entries, first {len(matches)} shown"
        elif len(matches) < total:
            shown = f"{len(matches)} of {total} entries pass the filters"
        else:
            shown = f"{total} entries"
        if more:
            shown += " · more below: scroll down"
        if self.app.loading:
            shown += " · loading the full glossary…"
        self.query_one("#status", Static).update(shown)
        self._show_detail(keep[0] if keep is not None else 0)

    @on(DataTable.RowHighlighted, "#results")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)
        self._load_more_near(event.cursor_row)

    def _show_detail(self, row: int) -> None:
        detail = self.query_one("#detail", Static)
        detail.update(describe(self._matches[row].entry) if 0 <= row < len(self._matches) else "")

    @property
    def selected(self) -> Match | None:
        row = self.query_one("#results", DataTable).cursor_row
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def selected_entry(self) -> Entry | None:
        match = self.selected
        return match.entry if match is not None else None

    # --- filters ------------------------------------------------------------------------------

    def _show_filters(self) -> None:
        kind = KIND_FILTERS[self._kind]
        text = Text()
        text.append(" Kind: ", style="dim")
        text.append(kind.value if kind else "all", style="bold")
        text.append("  (ctrl+t)   Status: ", style="dim")
        text.append(STATUS_FILTERS[self._status][0], style="bold")
        text.append("  (ctrl+g)", style="dim")
        self.query_one("#filters", Static).update(text)

    def action_cycle_kind(self) -> None:
        self._kind = (self._kind + 1) % len(KIND_FILTERS)
        self._show_filters()
        self.refresh_results()

    def action_cycle_status(self) -> None:
        self._status = (self._status + 1) % len(STATUS_FILTERS)
        self._show_filters()
        self.refresh_results()

    @on(Click, "#filters")
    def _filters_clicked(self, event: Click) -> None:
        # The mouse way to the filters: the left half cycles the kind, the right half the status.
        if event.x < 28:
            self.action_cycle_kind()
        else:
            self.action_cycle_status()

    # --- actions ------------------------------------------------------------------------------

    def action_clear(self) -> None:
        query = self.query_one("#query", Input)
        query.value = ""
        query.focus()

    def action_focus_results(self) -> None:
        self.query_one("#results", DataTable).focus()

    def action_focus_search(self) -> None:
        self.query_one("#query", Input).focus()

    def action_copy(self) -> None:
        match = self.selected
        if match is None:
            self.notify("Nothing selected to copy.", severity="warning")
            return
        # The form in the column that matched; for a variant hit, the preferred form of its language.
        form = match.entry.vi or match.entry.en
        if match.form == match.entry.en:
            form = match.entry.en
        self.app.copy_to_clipboard(form)
        self.notify(f"Copied “{form}”", timeout=2)
