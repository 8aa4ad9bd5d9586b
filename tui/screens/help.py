"""The help screen: every key binding of the app and its screens, read from their declarations."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static


def _key_label(key: str) -> str:
    return " / ".join(part.replace("slash", "/") for part in key.split(","))


def binding_rows() -> list[tuple[str, str, str]]:
    """(where, keys, what) for every declared binding, so help can never drift from the code."""
    from tui.app import GlossaryApp
    from tui.screens.check import CheckScreen
    from tui.screens.dialogs import EditDialog
    from tui.screens.lookup import LookupScreen
    from tui.screens.review import ReviewScreen

    rows = []
    owners = (
        ("anywhere", GlossaryApp),
        ("lookup", LookupScreen),
        ("review", ReviewScreen),
        ("check", CheckScreen),
        ("edit", EditDialog),
    )
    for where, owner in owners:
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.id == "dialog.cancel":
                continue  # one row for every dialog, below
            what = binding.tooltip or binding.description or binding.action.replace("_", " ")
            rows.append((where, _key_label(binding.key), what))
    rows.append(("lookup", "any letter", "Type into the search box, wherever the focus is"))
    rows.append(("anywhere", "ctrl+p", "Command palette"))
    rows.append(("dialogs", "escape", "Cancel"))
    rows.append(("tables", "↑ ↓ pgup pgdn", "Move; the mouse works too"))
    return rows


class HelpScreen(ModalScreen[None]):
    """All the keys, by screen."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close", id="help.close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Static("Keys", id="help-title")
            yield DataTable(id="help-table", cursor_type="none", zebra_stripes=True)
            yield Static("↑ ↓ pgup pgdn scroll · escape closes", id="help-hint")

    def on_mount(self) -> None:
        table = self.query_one("#help-table", DataTable)
        table.add_columns("Where", "Key", "What it does")
        for row in binding_rows():
            table.add_row(*row)
        table.focus()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
