"""What a new user trips over in the TUI (issue 9), through the real app at 80x24 (and 120x40)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Button, DataTable, Input, Label, Select, TextArea

from glossary.model import Kind, Source, Status, Variant, VariantStatus, VariantType
from glossary.store import Glossary
from tests.conftest import ROOT
from tests.test_tui import column, make_glossary, result_rows, review_rows, settle, sync
from tui.app import GlossaryApp
from tui.screens.dialogs import ConfirmApprove, ConfirmQuit, EditDialog
from tui.screens.review import ReviewScreen

SMALL = (80, 24)
LARGE = (120, 40)


def shipped_copy(tmp_path: Path) -> Path:
    """The shipped glossary, copied so a test may change it."""
    folder = tmp_path / "terms"
    shutil.copytree(ROOT / "terms", folder)
    return folder


def screen_text(app: GlossaryApp) -> str:
    """What the terminal shows, as text (the compositor's lines: what a user reads)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def status_text(app: GlossaryApp, status_id: str = "#status") -> str:
    return str(app.screen.query_one(status_id).render())


def on_screen(app: GlossaryApp, widget) -> bool:
    """Whether the whole widget is inside the terminal and not hidden by a scrolling parent."""
    screen = Region(0, 0, *app.size)
    region = widget.region
    return region.area > 0 and screen.contains_region(region) and widget.visible


# --- 4: typo matches are marked, and never listed after a query that matched as typed ------------


@sync
async def test_typo_neighbours_stay_away_from_an_exact_query_and_are_marked_otherwise(tmp_path: Path) -> None:
    app = GlossaryApp(shipped_copy(tmp_path), use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press(*"renewal")
        await settle(pilot)
        # Before: six unrelated entries through "General" followed đổi mới.
        assert result_rows(app) == ["đổi mới"]
        assert column(app, "#results", "match") == [""]
        await pilot.press("backspace", "backspace", "l")  # "renewl": matches only with a typo
        await settle(pilot)
        assert result_rows(app)[0] == "đổi mới"
        assert set(column(app, "#results", "match")) == {"≈"}
        assert "close spelling" in status_text(app) and "nothing matches as typed" in status_text(app)
        assert "≈ close spelling of “Renewal”" in str(app.screen.query_one("#detail").render())


# --- 6: letters typed while the results have focus go to the search box --------------------------


@sync
async def test_typing_with_the_results_focused_goes_to_the_search_box(tmp_path: Path) -> None:
    app = GlossaryApp(make_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press(*"to")
        await settle(pilot)
        await pilot.press("down")
        assert isinstance(app.focused, DataTable)
        await pilot.press(*" lam")
        await settle(pilot)
        query = app.screen.query_one("#query", Input)
        assert query.value == "to lam" and app.focused is query
        assert result_rows(app)[0] == "Tô Lâm"
        await pilot.press("down", "backspace")
        await settle(pilot)
        assert query.value == "to la" and app.focused is query


# --- 7: every screen and dialog at 80x24 ---------------------------------------------------------


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
@sync
async def test_lookup_columns_and_footer_fit(tmp_path: Path, size: tuple[int, int]) -> None:
    app = GlossaryApp(shipped_copy(tmp_path), use_cache=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#results", DataTable)
        widths = {c.key.value: c.width for c in table.columns.values()}
        # Before: English cut to 15 characters at 80x24 and the Kind column off the screen.
        assert widths["en"] >= 25 and widths["kind"] >= len("organisation")
        assert sum(w + 2 for w in widths.values()) <= table.size.width
        text = screen_text(app)
        assert "Kind" in text and "Ministry of Education and" in text
        footer = text.splitlines()[-1]
        for key in (
            "f1 Help",
            "f2 Lookup",
            "f3 Review",
            "f4 Export",
            "f5 f6 Copy vi/en",
            "f7 Check",
            "^s Save",
        ):
            assert key in footer, footer


# The footer every main screen shows, F7 included, at both sizes (the check screen had its own:
# the letter keys in the footer, no F-keys, the command palette; F7 was listed nowhere).
APP_KEYS = ("f1 Help", "f2 Lookup", "f3 Review", "f4 Export", "f7 Check", "^q Quit", "^s Save")


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
@sync
async def test_every_screen_has_the_same_header_and_footer(tmp_path: Path, size: tuple[int, int]) -> None:
    app = GlossaryApp(shipped_copy(tmp_path), use_cache=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        tops = {}
        for key in ("f2", "f3", "f7", "f2"):
            await pilot.press(key)
            await settle(pilot)
            lines = screen_text(app).splitlines()
            assert len(lines) == size[1]
            footer = lines[-1]
            for shown in APP_KEYS:
                assert shown in footer, (key, footer)
            assert "^p" not in footer and "palette" not in footer
            tops[key] = lines[0]
        # The same header on every screen: the app's title line at 120x40, none at 80x24 (short).
        if size == LARGE:
            assert tops["f2"] == tops["f3"] == tops["f7"] and "Glossary" in tops["f7"]
        else:
            assert not any("Glossary" in top for top in tops.values())
        # The check screen's own keys are on the line above its table, like the review screen's.
        await pilot.press("f7")
        await settle(pilot)
        assert "a Accept fix" in screen_text(app) and "a Accept fix" not in screen_text(app).splitlines()[-1]


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
@sync
async def test_review_screen_shows_its_keys_and_columns(tmp_path: Path, size: tuple[int, int]) -> None:
    app = GlossaryApp(shipped_copy(tmp_path), use_cache=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        text = screen_text(app)
        for key in ("a Approve", "x Reject", "e Edit", "p Prefer", "m Merge", "s Split", "u Undo", "y Redo"):
            assert key in text
        assert "Kind" in text and "f4 Export" in text.splitlines()[-1]


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x40"])
@sync
async def test_edit_dialog_fields_and_buttons_are_reachable(tmp_path: Path, size: tuple[int, int]) -> None:
    app = GlossaryApp(make_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EditDialog)
        for button in dialog.query(Button):
            assert on_screen(app, button) and str(button.label) in screen_text(app)
        labels = [str(label.render()) for label in dialog.query(Label)]
        fields = ["vi", "en", "kind", "status", "abbr", "disambiguation", "flags"]
        fields += ["variants", "notes", "sources", "contexts"]
        assert len(labels) == len(fields)
        for widget_id in fields:
            # Tab order reaches every field, and the form scrolls it into view.
            widget = dialog.query_one(f"#{widget_id}")
            widget.focus()
            await settle(pilot)
            assert on_screen(app, widget), widget_id


@pytest.mark.parametrize("size", [SMALL, (100, 30), LARGE], ids=["80x24", "100x30", "120x40"])
@sync
async def test_quit_dialog_shows_its_keys(tmp_path: Path, size: tuple[int, int]) -> None:
    app = GlossaryApp(make_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("a", "ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmQuit)
        text = screen_text(app)
        for label in ("Save and quit [s]", "Quit without saving [d]", "Cancel [esc]"):
            assert label in text


# --- 8: the unsaved note goes once saved ---------------------------------------------------------


@sync
async def test_status_lines_drop_unsaved_after_a_save(tmp_path: Path) -> None:
    app = GlossaryApp(make_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert "unsaved changes" in status_text(app, "#review-status")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not app.unsaved
        assert "unsaved" not in status_text(app, "#review-status")
        await pilot.press("x", "f2")  # a decision, seen from the lookup screen
        await settle(pilot)
        assert "unsaved changes" in status_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "unsaved" not in status_text(app)


# --- 9: counts say what is shown and what the filters hide ---------------------------------------


@sync
async def test_counts_say_what_is_shown_and_what_is_hidden(tmp_path: Path) -> None:
    folder = shipped_copy(tmp_path)
    entries = list(Glossary.open(folder))
    rejected = sum(e.status is Status.REJECTED for e in entries)
    active = len(entries) - rejected
    app = GlossaryApp(folder, use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        # Before: "62 entries, first 50 shown" while the rejected ones were hidden.
        status = status_text(app)
        assert f"50 of {active} shown" in status and f"{rejected} rejected hidden (ctrl+g)" in status
        for _ in range(4):  # active -> approved -> candidate -> rejected -> all
            await pilot.press("ctrl+g")
        await settle(pilot)
        assert f"50 of {len(entries)} shown" in status_text(app) and "hidden" not in status_text(app)
        await pilot.press("ctrl+t", "ctrl+t")  # kind: person
        await settle(pilot)
        people = sum(e.kind is Kind.PERSON for e in entries)
        assert status_text(app).startswith(
            f"{people} shown"
        ) and "other kinds hidden (ctrl+t)" in status_text(app)


@sync
async def test_a_query_says_what_the_status_filter_hides(tmp_path: Path) -> None:
    folder = make_glossary(tmp_path)
    glossary = Glossary.open(folder)
    glossary.find(en="Lam To").status = Status.REJECTED
    glossary.save()
    app = GlossaryApp(folder, use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press(*"lam")
        await settle(pilot)
        assert result_rows(app) == ["Tô Lâm"]
        assert "1 match(es) for 'lam' · 1 rejected hidden (ctrl+g)" in status_text(app)


# --- 10: the edit dialog edits every field, shows bad ones, asks before a one-sided approval -----


async def _edit_first_candidate(pilot) -> EditDialog:
    await settle(pilot)
    await pilot.press("f3")
    await settle(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(pilot.app.screen, EditDialog)
    return pilot.app.screen


@sync
async def test_edit_dialog_sets_every_field(tmp_path: Path) -> None:
    app = GlossaryApp(make_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        dialog = await _edit_first_candidate(pilot)  # Tô Lâm, highest confidence
        dialog.query_one("#abbr", Input).value = "TL"
        dialog.query_one("#disambiguation", Input).value = "the Party leader"
        dialog.query_one("#flags", Input).value = "unverified, checked"
        dialog.query_one("#status", Select).value = Status.APPROVED
        dialog.query_one("#kind", Select).value = Kind.OTHER
        dialog.query_one(
            "#variants", TextArea
        ).text = "short: Lâm\nno-diacritics: Trinh Quoc Phu\nspelling, deprecated: To-Lam\nTô Lâm Tổng Bí thư"
        dialog.query_one("#notes", TextArea).text = "first note\nsecond note"
        dialog.query_one("#sources", TextArea).text = "seeds/a.txt:3\nseeds/b.txt"
        dialog.query_one("#contexts", TextArea).text = "Tô Lâm spoke."
        await pilot.click("#apply")
        await settle(pilot)
        entry = app.glossary.find(en="To Lam", disambiguation="the Party leader")
        assert entry is not None
        assert (entry.abbr, entry.kind, entry.status) == ("TL", Kind.OTHER, Status.APPROVED)
        assert entry.flags == ["unverified", "checked"]
        assert entry.variants == [
            Variant("Lâm", VariantType.SHORT),
            Variant("Trinh Quoc Phu", VariantType.NO_DIACRITICS),  # the vanished variant
            Variant("To-Lam", VariantType.SPELLING, VariantStatus.DEPRECATED),
            Variant("Tô Lâm Tổng Bí thư"),
        ]
        assert entry.notes == ["first note", "second note"]
        assert entry.sources == [Source("seeds/a.txt", 3), Source("seeds/b.txt")]
        assert entry.contexts == ["Tô Lâm spoke."]
        await pilot.press("ctrl+s")
        await settle(pilot)
    # Through the store and back: every field survived the PO file.
    again = Glossary.open(app.glossary_path).find(en="To Lam", disambiguation="the Party leader")
    assert again.abbr == "TL" and again.variants == entry.variants and again.flags == entry.flags


@sync
async def test_a_bad_variant_line_is_an_inline_error_not_a_lost_variant(tmp_path: Path) -> None:
    app = GlossaryApp(make_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        dialog = await _edit_first_candidate(pilot)
        before = list(app.glossary.find(en="To Lam").variants)
        dialog.query_one("#variants", TextArea).text = "short: Lâm\nno-diacritic: Trinh Quoc Phu"
        await pilot.click("#apply")
        await settle(pilot)
        assert app.screen is dialog  # still open
        error = str(dialog.query_one("#edit-error").render())
        assert "line 2" in error and "no-diacritic" in error and "no-diacritic" in screen_text(app)
        assert app.focused is dialog.query_one("#variants")
        assert app.glossary.find(en="To Lam").variants == before
        dialog.query_one("#variants", TextArea).text = "short: Lâm\nno-diacritics: Trinh Quoc Phu"
        # A button ignores clicks while it shows its last press (Textual's active effect, 0.2 s).
        apply = dialog.query_one("#apply")
        for _ in range(100):
            if not apply.has_class("-active"):
                break
            await pilot.pause(0.05)
        await pilot.click("#apply")
        await settle(pilot)
        assert app.screen is not dialog
        assert "Trinh Quoc Phu" in [v.form for v in app.glossary.find(en="To Lam").variants]


ONE_SIDED = """
#. kind: acronym
#. confidence: 0.99
#, fuzzy
msgid "GPE"
msgstr ""
"""


@sync
async def test_approving_an_entry_with_one_side_empty_asks_first(tmp_path: Path) -> None:
    folder = make_glossary(tmp_path)
    with open(folder / "vi.po", "a", encoding="utf-8") as po:
        po.write(ONE_SIDED)
    app = GlossaryApp(folder, use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        assert review_rows(app)[0] == ""  # GPE: no Vietnamese form, highest confidence
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmApprove)
        assert "without Vietnamese form" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert app.glossary.find(en="GPE").status is Status.CANDIDATE
        await pilot.press("a", "y")
        await settle(pilot)
        assert app.glossary.find(en="GPE").status is Status.APPROVED
        # The same question from the edit dialog.
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#status", Select).value = Status.APPROVED
        await pilot.click("#apply")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmApprove)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert app.glossary.find(en="GPE").status is Status.APPROVED


# --- 11: a copy key for each side -----------------------------------------------------------------


@sync
async def test_copy_keys_for_each_side(tmp_path: Path) -> None:
    app = GlossaryApp(make_glossary(tmp_path), use_cache=False)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press(*"renewal")
        await settle(pilot)
        await pilot.press("f5")
        assert app.clipboard == "đổi mới"
        await pilot.press("f6")
        assert app.clipboard == "Renewal"
        await pilot.press("ctrl+y")
        assert app.clipboard == "đổi mới"
        await pilot.press("down", "f6")  # from the results too
        assert app.clipboard == "Renewal"


async def _review_with_a_cached_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, load_delay: float
) -> list[str]:
    """Open the review screen on a glossary whose index is cached (so the entries load only then),
    the load taking `load_delay` seconds longer than it does; return the toasts shown."""
    import time

    from glossary.session import Session

    path = make_glossary(tmp_path)
    Session(path, cache_dir=tmp_path / "cache").open_index()
    app = GlossaryApp(path, cache_dir=tmp_path / "cache")
    toasts: list[str] = []
    notify, load = app.notify, app.session.load

    def recording_notify(message: str, **kw) -> None:
        toasts.append(str(message))
        notify(message, **kw)

    def slower_load(*args, **kw):
        time.sleep(load_delay)
        return load(*args, **kw)

    monkeypatch.setattr(app, "notify", recording_notify)
    monkeypatch.setattr(app.session, "load", slower_load)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert not app.session.loaded
        await pilot.press("f3")
        await settle(pilot)
        await pilot.pause(0.8)  # past the moment a slow load is announced
        assert app.session.loaded
    return toasts


@sync
async def test_a_quick_load_shows_no_lingering_toast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The toast once stayed 3 s over the edit dialog's buttons at 80x24 even when the load was
    instant; it is shown only when the load takes long enough to notice."""
    toasts = await _review_with_a_cached_index(tmp_path, monkeypatch, load_delay=0.0)
    assert not [t for t in toasts if "Loading" in t]


@sync
async def test_a_slow_load_says_it_is_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toasts = await _review_with_a_cached_index(tmp_path, monkeypatch, load_delay=1.0)
    assert [t for t in toasts if "Loading the whole glossary" in t]


# --- the edit form refuses what `glossary add` refuses --------------------------------------------


@pytest.mark.parametrize(
    ("widget_id", "pasted", "said"),
    [
        ("en", "Renewal\x1b[2J", "English: U+001B ESCAPE"),
        ("vi", "Đổi\u202emới", "Tiếng Việt: U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("notes", "seen in a \x00 caption", "Notes, line 1: U+0000 NUL"),
    ],
)
@sync
async def test_edit_dialog_refuses_hidden_characters(
    tmp_path: Path, widget_id: str, pasted: str, said: str
) -> None:
    """A paste that carries a control or invisible character is shown and not applied; the entry on
    disk keeps its old text."""
    folder = make_glossary(tmp_path)
    before = {p.name: p.read_bytes() for p in folder.glob("*.po")}
    app = GlossaryApp(folder, use_cache=False)
    async with app.run_test(size=LARGE) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, EditDialog)
        widget = dialog.query_one(f"#{widget_id}")
        if isinstance(widget, TextArea):
            widget.text = pasted
        else:
            dialog.query_one(f"#{widget_id}", Input).value = pasted
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert app.screen is dialog, "the dialog was applied with a hidden character in it"
        shown = str(dialog.query_one("#edit-error").render())
        assert said in shown, shown
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert {p.name: p.read_bytes() for p in folder.glob("*.po")} == before
