"""Modal dialogs: edit an entry, confirm an approval, pick a variant or an entry, quit, conflict, errors."""

from __future__ import annotations

import threading

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from glossary.controls import form_problem, prose, visible
from glossary.model import Entry, Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.review import EntryEdit, missing_side
from glossary.search import Index, SearchCancelled
from tui.render import plain

CANCEL = Binding("escape", "cancel", "Cancel", id="dialog.cancel")


def keyed(label: str, key: str) -> str:
    """A button label naming its key, "Save and quit [s]" (escaped: "[s]" is markup otherwise)."""
    return escape(f"{label} [{key}]")


class _Dialog(ModalScreen):
    """A modal whose escape key cancels (dismisses with None)."""

    BINDINGS = [CANCEL]

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_variants(text: str) -> tuple[list[Variant], list[str]]:
    """Variants typed one per line as "type[, status]: form" (or just "form", of type other).

    Returns the variants and one message per line that names no known type or status: a typo in a
    label must be shown, never silently kept as a form or dropped.
    """
    variants: list[Variant] = []
    errors: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            variants.append(Variant.from_text(line, strict=True))
        except ValueError as exc:
            errors.append(f"Variants, line {number}: {exc}")
    return variants, errors


VARIANT_HELP = (
    "one per line, TYPE[, STATUS]: FORM; types: "
    + ", ".join(t.value for t in VariantType)
    + "; statuses: "
    + ", ".join(s.value for s in VariantStatus)
)


def _field(label: str, widget: Widget, hint: str = "") -> Horizontal:
    """A labelled row of the edit form: the label left, the widget (and a hint under it) right."""
    parts = [widget, Static(hint, classes="field-hint")] if hint else [widget]
    return Horizontal(
        Label(label, classes="field-label"), Vertical(*parts, classes="field-input"), classes="field"
    )


# The edit form's one-line fields, and its fields of one item a line (a tab there is a wrapped paste).
_FORM_FIELDS = (
    ("Tiếng Việt", "vi"),
    ("English", "en"),
    ("Abbreviation", "abbr"),
    ("Disambiguation", "disambiguation"),
    ("Flags", "flags"),
)
_PROSE_FIELDS = (("Notes", "notes"), ("Seen in", "sources"), ("Contexts", "contexts"))
_FIELD_NAMES = {widget_id: label for label, widget_id in _FORM_FIELDS + _PROSE_FIELDS} | {
    "variants": "Variants"
}


def _visible_lines(text: str) -> str:
    """visible() line by line: the line breaks of a field of one item a line are the field's own."""
    return "\n".join(visible(line) for line in text.split("\n"))


class EditDialog(_Dialog):
    """Edit every field of an entry a reviewer owns; a field that cannot be read is shown, not dropped."""

    BINDINGS = [CANCEL, Binding("ctrl+o", "apply", "Apply", id="edit.apply")]

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        # What each field was filled from.  A file another tool wrote may hold controls: a field
        # shows them as stand-ins (glossary.controls.visible), and a field left as shown gives back
        # the stored text, so that opening the dialog changes nothing by itself.
        self._stored: dict[str, str] = {}

    def _shown(self, widget_id: str, stored: str) -> str:
        self._stored[widget_id] = stored
        return _visible_lines(stored)

    def compose(self) -> ComposeResult:
        e = self.entry
        with Vertical(id="edit", classes="dialog"):
            yield Static(Content(f"Edit “{visible(e.headword)}”"), classes="dialog-title")
            with VerticalScroll(id="edit-form"):
                yield _field("Tiếng Việt", Input(self._shown("vi", e.vi), id="vi", compact=True))
                yield _field("English", Input(self._shown("en", e.en), id="en", compact=True))
                yield _field(
                    "Kind",
                    Select(
                        [(k.value, k) for k in Kind], value=e.kind, allow_blank=False, id="kind", compact=True
                    ),
                )
                yield _field(
                    "Status",
                    Select(
                        [(s.value, s) for s in Status],
                        value=e.status,
                        allow_blank=False,
                        id="status",
                        compact=True,
                    ),
                )
                yield _field("Abbreviation", Input(self._shown("abbr", e.abbr), id="abbr", compact=True))
                yield _field(
                    "Disambiguation",
                    Input(self._shown("disambiguation", e.disambiguation), id="disambiguation", compact=True),
                    "tells apart two entries with one source form (msgctxt)",
                )
                yield _field(
                    "Flags",
                    Input(self._shown("flags", ", ".join(e.flags)), id="flags", compact=True),
                    "comma-separated, e.g. unverified",
                )
                yield _field(
                    "Variants",
                    TextArea(
                        self._shown("variants", "\n".join(v.to_text() for v in e.variants)),
                        id="variants",
                        compact=True,
                    ),
                    VARIANT_HELP,
                )
                yield _field(
                    "Notes",
                    TextArea(self._shown("notes", "\n".join(e.notes)), id="notes", compact=True),
                    "one per line",
                )
                yield _field(
                    "Seen in",
                    TextArea(
                        self._shown("sources", "\n".join(str(s) for s in e.sources)),
                        id="sources",
                        compact=True,
                    ),
                    "one per line, path:line",
                )
                yield _field(
                    "Contexts",
                    TextArea(self._shown("contexts", "\n".join(e.contexts)), id="contexts", compact=True),
                    "one sentence per line",
                )
            yield Static("", id="edit-error")
            with Horizontal(classes="buttons"):
                yield Static("enter or ctrl+o applies, esc cancels", classes="buttons-hint")
                yield Button("Apply", variant="primary", id="apply", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#vi", Input).focus()

    def _text(self, widget_id: str) -> str:
        widget = self.query_one(f"#{widget_id}")
        text = widget.text if isinstance(widget, TextArea) else self.query_one(f"#{widget_id}", Input).value
        stored = self._stored.get(widget_id)
        return stored if stored is not None and text == _visible_lines(stored) else text

    def _stand_ins(self) -> list[str]:
        """A field edited but still holding a stand-in for a control the entry had: storing "␛"
        for an escape would change the text behind the user's back."""
        problems = []
        for widget_id, stored in self._stored.items():
            text = self._text(widget_id)
            if text == stored:
                continue
            stand_ins = set(_visible_lines(stored)) - set(stored)
            kept = sorted(stand_ins & set(text))
            if kept:
                name = _FIELD_NAMES.get(widget_id, widget_id)
                problems.append(
                    f"{name}: {' '.join(kept)} stands for a control character the entry held; delete it"
                )
        return problems

    def read(self) -> tuple[EntryEdit, list[str]]:
        """The edit the fields describe, and what is wrong with them (nothing when it can be applied)."""
        variants, errors = parse_variants(self._text("variants"))
        vi, en = self._text("vi").strip(), self._text("en").strip()
        if not vi and not en:
            errors.insert(0, "An entry needs a Vietnamese or an English form.")
        errors += self._hidden_characters(variants) + self._stand_ins()
        kind, status = self.query_one("#kind", Select).value, self.query_one("#status", Select).value
        changes = EntryEdit(
            en=en,
            vi=vi,
            kind=kind if isinstance(kind, Kind) else None,
            status=status if isinstance(status, Status) else None,
            abbr=self._text("abbr"),
            disambiguation=self._text("disambiguation"),
            flags=[f.strip() for f in self._text("flags").split(",") if f.strip()],
            variants=variants,
            notes=_lines(self._text("notes")),
            sources=[Source.parse(line) for line in _lines(self._text("sources"))],
            contexts=_lines(self._text("contexts")),
        )
        return changes, errors

    def _hidden_characters(self, variants: list[Variant]) -> list[str]:
        """Control and invisible characters a paste can bring in, refused as `glossary add` refuses
        them (glossary.controls): a line break splits a PO string, an escape repaints the terminal,
        a bidirectional override shows a term other than the one stored."""
        problems = [
            f"{label}: {problem}"
            for label, widget_id in _FORM_FIELDS
            if (problem := form_problem(self._text(widget_id)))
        ]
        problems += [f"Variants: {p}" for v in variants if (p := form_problem(v.form))]
        for label, widget_id in _PROSE_FIELDS:
            for number, line in enumerate(self._text(widget_id).splitlines(), 1):
                if (problem := prose(line)[1]) is not None:
                    problems.append(f"{label}, line {number}: {problem}")
        return problems

    @on(Input.Submitted)
    @on(Button.Pressed, "#apply")
    def action_apply(self) -> None:
        changes, errors = self.read()
        error = self.query_one("#edit-error", Static)
        if errors:
            error.update(plain("\n".join(errors)))
            error.add_class("shown")
            self.query_one("#variants" if errors[0].startswith("Variants") else "#vi").focus()
            return
        error.update("")
        error.remove_class("shown")
        missing = missing_side(changes.en or "", changes.vi or "")
        if changes.status is Status.APPROVED and missing and self.entry.status is not Status.APPROVED:

            def answer(yes: bool | None) -> None:
                if yes:
                    self.dismiss(changes)

            self.app.push_screen(ConfirmApprove(changes.vi or changes.en or "", missing), answer)
            return
        self.dismiss(changes)


class ConfirmApprove(_Dialog):
    """Approving an entry with one side empty is allowed (an acronym kept in English) but asked first."""

    BINDINGS = [CANCEL, Binding("y", "yes", "Approve anyway", id="approve.yes")]

    def __init__(self, headword: str, missing: str) -> None:
        super().__init__()
        self.headword = headword
        self.missing = missing

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                Content(f"Approve “{visible(self.headword)}” without {self.missing} form?"),
                classes="dialog-title",
            )
            yield Static(
                f"An approved entry is what translators will use; this one has no {self.missing} form yet."
            )
            with Horizontal(classes="buttons"):
                yield Button(keyed("Approve anyway", "y"), variant="warning", id="yes", compact=True)
                yield Button(keyed("Cancel", "esc"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    def action_yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#yes")
    def _pressed(self) -> None:
        self.dismiss(True)


class PickVariantDialog(_Dialog):
    """Choose one of an entry's variants."""

    def __init__(self, entry: Entry, question: str) -> None:
        super().__init__()
        self.entry = entry
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.question), classes="dialog-title")
            variants = self.entry.variants
            options = [Option(plain(f"{v.form}  ({v.label()})"), id=str(i)) for i, v in enumerate(variants)]
            yield OptionList(*options, id="variants")
            with Horizontal(classes="buttons"):
                yield Button(keyed("Cancel", "esc"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.entry.variants[int(event.option.id or 0)].form)


class PickEntryDialog(_Dialog):
    """Search for the entry to merge another one into."""

    LIMIT = 20

    def __init__(self, merging: Entry, index: Index | None) -> None:
        super().__init__()
        self.merging = merging
        self.index = index
        self._found: list[Entry] = []
        self._cancel = threading.Event()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(f"Merge “{visible(self.merging.headword)}” into…"), classes="dialog-title")
            yield Input(placeholder="type to find the entry to keep", id="target-query")
            yield OptionList(id="targets")
            with Horizontal(classes="buttons"):
                yield Button(keyed("Cancel", "esc"), id="cancel", compact=True)

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
        index = self.index
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
        labels = [plain(f"{e.vi or '—'} = {e.en or '—'}  [{e.status.value}]") for e in found]
        options.add_options([Option(label, id=str(i)) for i, label in enumerate(labels)])

    @on(OptionList.OptionSelected, "#targets")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._found[int(event.option.id or 0)])


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
                yield Button(keyed("Save and quit", "s"), variant="primary", id="save", compact=True)
                yield Button(keyed("Quit without saving", "d"), variant="error", id="discard", compact=True)
                yield Button(keyed("Cancel", "esc"), id="cancel", compact=True)

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
            yield Static(plain(self.message))  # quotes the clashing entry
            yield Static(
                f"Nothing was written. Reload the file as it is now and re-apply your "
                f"{self.pending} unsaved decision(s) to it? Both sides are kept; save again afterwards."
            )
            with Horizontal(classes="buttons"):
                yield Button(keyed("Reload and re-apply", "r"), variant="primary", id="reload", compact=True)
                yield Button(keyed("Cancel", "esc"), id="cancel", compact=True)

    def action_reload(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#reload")
    def _pressed(self) -> None:
        self.dismiss(True)


class ConfirmOverwrite(_Dialog):
    """The library refused to replace a read-only file (ReadOnlyError): overwrite it only when asked,
    as the command line's --force does (the export dialog's Overwrite button, as a question)."""

    BINDINGS = [CANCEL, Binding("o", "overwrite", "Overwrite", id="overwrite.yes")]

    def __init__(self, path: str, reason: str, what: str) -> None:
        super().__init__()
        self.path = path
        self.reason = reason
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Read-only file", classes="dialog-title")
            yield Static(plain(f"{self.path}: {self.reason}"), id="overwrite-message")  # names the file
            yield Static(f"Nothing was written. Write {self.what} over it anyway?")
            with Horizontal(classes="buttons"):
                yield Button(keyed("Overwrite", "o"), variant="warning", id="overwrite", compact=True)
                yield Button(keyed("Cancel", "esc"), id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    def action_overwrite(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#overwrite")
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
            yield Static(plain(self.title_text), classes="dialog-title")
            yield Static(plain(self.message), id="error-message")  # names the file
            with Horizontal(classes="buttons"):
                yield Button(keyed("OK", "enter"), id="cancel", compact=True)
