"""The lookup screen: a search box, the results table and the detail pane of the selected entry."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import Click, Key, Resize
from textual.widgets import DataTable, Footer, Header, Input, Static

from glossary.controls import visible
from glossary.model import Entry, Kind, Status
from glossary.search import CLOSE, Match, Rank, SearchCancelled, counts, typos_as_fallback
from tui.layout import cell, column_widths, fit_layout
from tui.messages import CHANGE, GLOSSARY, INDEX, SAVED, ViewChanged
from tui.render import describe, highlight, match_line, plain, safe, unsaved_note
from tui.screens.base import SessionScreen

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


@dataclass
class Results:
    """What one search found, and what the status line says about it."""

    query: str
    matches: list[Match]
    # More rows of this query (or this browse) exist past the ones asked for.
    more: bool
    # Entries that passed the filters in all (browsing) or None (searching: not counted).
    passing: int | None
    # What the filters hid, e.g. "4 rejected"; "" when nothing.
    hidden: str


OTHER_KINDS = "of other kinds"
COPY = Binding.Group("Copy vi/en")


def _why_hidden(entry_kind: Kind, entry_status: Status, kinds, statuses) -> str | None:
    """The filter an entry fails, named for the status line; None when it passes."""
    if statuses is not None and entry_status not in statuses:
        return entry_status.value
    if kinds is not None and entry_kind not in kinds:
        return OTHER_KINDS
    return None


def _hidden_text(tally: Counter[str], at_least: bool = False) -> str:
    """ "4 rejected hidden (ctrl+g)", naming the key of the filter that hides them."""
    plus = "+" if at_least else ""
    by_status = ", ".join(f"{tally[s.value]}{plus} {s.value}" for s in Status if tally[s.value])
    parts = [f"{by_status} hidden (ctrl+g)"] if by_status else []
    if tally[OTHER_KINDS]:
        parts.append(f"{tally[OTHER_KINDS]}{plus} {OTHER_KINDS} hidden (ctrl+t)")
    return " · ".join(parts)


class LookupScreen(SessionScreen):
    """Type to search; the best matches come first, the matched part highlighted."""

    BINDINGS = [
        # One footer item for both ("f5 f6 Copy vi/en"): with F7 the footer must still fit 80 columns.
        Binding(
            "f5,ctrl+y",
            "copy('vi')",
            "Copy vi",
            id="lookup.copy_vi",
            tooltip="Copy the Vietnamese form",
            group=COPY,
        ),
        Binding(
            "f6", "copy('en')", "Copy en", id="lookup.copy_en", tooltip="Copy the English form", group=COPY
        ),
        Binding("escape", "clear", "Clear the search", show=False, id="lookup.clear"),
        Binding("down", "focus_results", "Go to the results", show=False, id="lookup.results"),
        # The filter line names these two, so they stay out of the footer.
        Binding("ctrl+t", "cycle_kind", "Kind filter", show=False, id="lookup.kind"),
        Binding("ctrl+g", "cycle_status", "Status filter", show=False, id="lookup.status"),
        Binding("slash", "focus_search", "Back to the search box", show=False, id="lookup.search"),
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
        self._more = False
        self._widths: list[int] = []
        self._results: Results | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        # No select-on-focus: a letter typed in the table is appended, not typed over the query.
        hint = "Search: thang long, Thăng Long, thawng long, tha8ng…"
        yield Input(placeholder=hint, id="query", select_on_focus=False)
        yield Static(id="filters")
        with Horizontal(id="body"):
            yield DataTable(id="results", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="detail-pane"):
                yield Static(id="detail")
        yield Static("Loading…", id="status")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        table = self.query_one("#results", DataTable)
        self.query_one("#query", Input).focus()
        self.watch(table, "scroll_y", self._table_scrolled, init=False)
        self._show_filters()
        self._fit(self.app.size)

    # --- fitting the terminal -----------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._fit(event.size)

    def _fit(self, size) -> None:
        fit_layout(self, size)
        self.query_one("#query", Input).compact = self.has_class("short")
        # The table has its new width only after the layout pass.
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        table = self.query_one("#results", DataTable)
        # The match mark, Tiếng Việt, English (sharing what is left), the kind ("organisation").
        widths = column_widths(table.size.width, [1, None, None, 12])
        if widths == self._widths or table.size.width == 0:
            return
        self._widths = widths
        table.clear(columns=True)
        for (key, label), width in zip(
            [("match", ""), ("vi", "Tiếng Việt"), ("en", "English"), ("kind", "Kind")], widths, strict=True
        ):
            table.add_column(label, key=key, width=width)
        self._fill_table(keep=(table.cursor_row, table.scroll_y))

    # --- app state ----------------------------------------------------------------------------

    def view_changed(self, message: ViewChanged) -> None:
        assert self.view is not None
        if message.reason in (INDEX, GLOSSARY, CHANGE) or self._revision != self.view.revision:
            self.refresh_results()
        elif message.reason == SAVED or self._results is not None:
            self._show_status()

    # --- searching ----------------------------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self.refresh_results()

    def refresh_results(self, *, more: bool = False) -> None:
        """Search again for what is in the box (the latest query wins); more asks for the next page
        of the same query and keeps the cursor where it is."""
        view = self.view
        if view is None or view.index is None:
            return
        self._revision = view.revision
        self._limit = self._limit + RESULT_LIMIT if more else RESULT_LIMIT
        self._loading_more = more
        self._cancel.set()
        self._cancel = threading.Event()
        self.search(self.query_one("#query", Input).value, self._cancel, self._limit)

    def _may_have_more(self) -> bool:
        return self._more and not self._loading_more

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
        index = self.view.index if self.view is not None else None
        if index is None:
            return
        kind = KIND_FILTERS[self._kind]
        kinds = None if kind is None else {kind}
        statuses = STATUS_FILTERS[self._status][1]
        filtered = kinds is not None or statuses is not None
        try:
            if query.strip():
                # Asked again with the larger limit rather than continued: with more rows, hits
                # with the query's own diacritics may move ahead of ones already shown.
                found = index.search(query, limit, cancel=cancel, kinds=kinds, statuses=statuses)
                matches = typos_as_fallback(found)
                # Typo hits dropped after better ones: every better hit is already here.
                more = len(found) >= limit and len(matches) == len(found)
                hidden = ""
                if filtered and not more:
                    # What the filters hide, from the same search without them.
                    everything = typos_as_fallback(index.search(query, limit, cancel=cancel))
                    shown = {id(m.entry) for m in matches}
                    tally = Counter(
                        why
                        for m in everything
                        if id(m.entry) not in shown
                        and (why := _why_hidden(m.entry.kind, m.entry.status, kinds, statuses))
                    )
                    hidden = _hidden_text(tally, at_least=len(everything) >= limit)
                results = Results(query, matches, more, None, hidden)
            else:
                entries = index.browse(limit, kinds=kinds, statuses=statuses, cancel=cancel)
                matches = [Match(e, Rank.EXACT, e.headword, 0, 0) for e in entries]
                tally: Counter[str] = Counter()
                passing = 0
                for (k, st), n in counts(index).items():
                    why = _why_hidden(k, st, kinds, statuses)
                    if why:
                        tally[why] += n
                    else:
                        passing += n
                results = Results(query, matches, len(matches) < passing, passing, _hidden_text(tally))
        except SearchCancelled:
            return
        if not cancel.is_set():
            self.app.call_from_thread(self._show_results, results, cancel)

    def _show_results(self, results: Results, cancel: threading.Event) -> None:
        if cancel.is_set():
            return  # a newer query is on its way; showing this one would flicker
        table = self.query_one("#results", DataTable)
        keep = (table.cursor_row, table.scroll_y) if self._loading_more else None
        self._matches = results.matches
        self._more = results.more
        self._results = results
        self._loading_more = False
        self._fill_table(keep)
        self._show_status()

    def _fill_table(self, keep: tuple[int, float] | None) -> None:
        """Put the current matches in the table, cut to the column widths; keep the cursor if asked."""
        table = self.query_one("#results", DataTable)
        table.clear()
        if not self._widths:
            return
        _, vi_width, en_width, kind_width = self._widths
        for m in self._matches:
            e = m.entry
            vi = highlight(e.vi, m.start, m.end) if m.form == e.vi else safe(e.vi)
            en = highlight(e.en, m.start, m.end) if m.form == e.en else safe(e.en)
            if m.form not in (e.vi, e.en) and m.end > m.start:
                # Found through a variant: show it, so the user sees why this entry is here.
                en.append("  ← ", style="dim")
                en.append_text(highlight(m.form, m.start, m.end))
            mark = Text(CLOSE, style="dim") if m.rank is Rank.TYPO else Text("")
            table.add_row(mark, cell(vi, vi_width), cell(en, en_width), cell(e.kind.value, kind_width))
        if keep is not None and self._matches:
            table.move_cursor(row=min(keep[0], len(self._matches) - 1), animate=False)
            table.scroll_to(y=keep[1], animate=False)
        self._show_detail(table.cursor_row if keep is not None else 0)

    def _show_status(self) -> None:
        """Say what is shown, what the filters hide, and whether decisions wait to be saved."""
        results = self._results
        if results is None:
            return
        n = len(results.matches)
        if results.query.strip():
            if not n:
                shown = f"nothing matches {results.query!r}"
            elif results.matches[0].rank is Rank.TYPO:
                shown = f"{n}{'+' if results.more else ''} close spelling(s) ({CLOSE}) of {results.query!r}"
                shown += ", nothing matches as typed"
            else:
                shown = f"{n}{'+' if results.more else ''} match(es) for {results.query!r}"
        elif results.more:
            shown = f"{n} of {results.passing} shown"
        else:
            shown = f"{n} shown"
        if results.more:
            shown += ", scroll for more"
        if results.hidden:
            shown += f" · {results.hidden}"
        if self.view is not None and self.view.loading:
            shown += " · loading the full glossary…"
        shown += unsaved_note(self.view is not None and self.view.unsaved)
        self.query_one("#status", Static).update(plain(shown))  # quotes the query as typed

    @on(DataTable.RowHighlighted, "#results")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)
        self._load_more_near(event.cursor_row)

    def _show_detail(self, row: int) -> None:
        detail = self.query_one("#detail", Static)
        if not 0 <= row < len(self._matches):
            detail.update("")
            return
        match = self._matches[row]
        text = describe(match.entry)
        if self.query_one("#query", Input).value.strip():
            text = match_line(match.rank, match.form) + text
        detail.update(text)

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

    def action_copy(self, side: str) -> None:
        entry = self.selected_entry()
        language = "Vietnamese" if side == "vi" else "English"
        if entry is None:
            self.notify("Nothing selected to copy.", severity="warning")
            return
        form = entry.vi if side == "vi" else entry.en
        if not form:
            self.notify(f"“{visible(entry.headword)}” has no {language} form yet.", severity="warning")
            return
        self.app.copy_to_clipboard(form)
        self.notify(f"Copied the {language} form “{form}”", timeout=2)

    # --- typing anywhere goes to the search box -------------------------------------------------

    def on_key(self, event: Key) -> None:
        """A letter typed while the results have focus is the next letter of the query."""
        query = self.query_one("#query", Input)
        if self.focused is query or not isinstance(self.focused, DataTable):
            return
        if event.is_printable and event.character:
            query.focus()
            query.cursor_position = len(query.value)
            query.insert_text_at_cursor(event.character)
        elif event.key == "backspace":
            query.focus()
            query.cursor_position = len(query.value)
            query.action_delete_left()
        else:
            return
        event.stop()
        event.prevent_default()
