"""How the screens fit the terminal: narrow and short layouts, and table columns sized to the width.

80x24 is the size every screen must work at: below 120 columns the detail pane goes under the
table instead of beside it, below 30 rows the header is dropped and the search box is one line.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.screen import Screen

from tui.render import safe

NARROW_BELOW = 120
SHORT_BELOW = 30
# A DataTable pads each cell by one column on both sides; its vertical scroll bar takes two.
CELL_PADDING = 2
SCROLLBAR = 2


def fit_layout(screen: Screen, size: Size) -> None:
    """Give the screen the "narrow" and "short" classes its .tcss rules key on."""
    screen.set_class(size.width < NARROW_BELOW, "narrow")
    screen.set_class(size.height < SHORT_BELOW, "short")


def column_widths(table_width: int, fixed: list[int | None]) -> list[int]:
    """Widths for the columns of a table this wide: fixed ones as given, the others (None) share the rest."""
    room = table_width - SCROLLBAR - CELL_PADDING * len(fixed) - sum(w for w in fixed if w is not None)
    flexible = [i for i, w in enumerate(fixed) if w is None]
    share, extra = divmod(max(room, 8 * len(flexible)), max(len(flexible), 1))
    widths = []
    for i, w in enumerate(fixed):
        if w is None:
            w = share + (1 if flexible.index(i) < extra else 0)
        widths.append(w)
    return widths


def cell(text: Text | str, width: int) -> Text:
    """A table cell cut to width with an ellipsis, so a cut name shows that it is cut."""
    out = safe(text.copy() if isinstance(text, Text) else text)
    out.truncate(width, overflow="ellipsis")
    return out


def _footer_order(item: tuple[str, object]) -> tuple[int, int]:
    key = item[0]
    if key.startswith("f") and key[1:].isdigit():
        return 0, int(key[1:])
    return 1, 0


class FunctionKeysFirst:
    """A screen mixin: the footer lists F1, F2, … first, in order, at the same place on every screen.

    Textual lists the screen's keys before the app's, so on a narrow terminal the app's F-keys were
    the ones cut off. The sort is stable: the other keys keep their declared order.
    """

    @property
    def active_bindings(self):  # type: ignore[no-untyped-def]
        bindings = super().active_bindings  # type: ignore[misc]
        return dict(sorted(bindings.items(), key=_footer_order))
