"""Round 22 of the reliability hunt: what round 21's sweep left (a binary word list, control
characters in `add`'s fields, `check` on an empty folder, MO errors at "byte 0") through the real
command line, and the TUI's file inputs (F7 check path, F4 export path) through Pilot."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from glossary.model import Entry, Status
from tests.check_helpers import write_glossary
from tests.conftest import run_cli
from tests.test_tui import settle, sync
from tui.app import GlossaryApp
from tui.screens.check import CheckScreen
from tui.screens.dialogs import ErrorDialog
from tui.screens.export import ExportDialog


def _one_error_line(result, *parts: str) -> None:
    """Exit 2, one line on stderr holding every part, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for part in parts:
        assert part in result.stderr, result.stderr


@pytest.fixture
def terms(tmp_path: Path) -> Path:
    return write_glossary(tmp_path / "terms")


@pytest.fixture
def text(tmp_path: Path) -> Path:
    page = tmp_path / "page.txt"
    page.write_text("Tô Lâm visited Hà Nội.\n", encoding="utf-8")
    return page


# --- 1. the word list of `check --words` ------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # an executable: its first byte that is not UTF-8, and the line it is on
        (
            b"\x7fELF\x02\x01\x01\x00" + bytes(16) + b"\xff\x00",
            ":1: not a word list: not UTF-8 text (byte 24 is 0xff)",
        ),
        # a Latin-1 list: the line of the first accented word
        (b"apple\npear\ncaf\xe9\n", ":3: not a word list: not UTF-8 text (byte 14 is 0xe9)"),
        # UTF-8 but with a NUL: binary, not a list
        (b"apple\npear\x00\n", ":2: not a word list: binary file, not text (a NUL byte)"),
        # Windows "Unicode": UTF-16 with its byte-order mark
        ("apple\n".encode("utf-16"), ":1: UTF-16 text (a byte-order mark); save the word list as UTF-8"),
    ],
)
def test_a_word_list_that_is_not_utf8_text_is_one_line(terms, text, tmp_path, content, expected) -> None:
    words = tmp_path / "words"
    words.write_bytes(content)
    result = run_cli("check", "--glossary", str(terms), "--words", str(words), str(text))
    _one_error_line(result, f"glossary: {words}{expected}")
    assert result.stdout == ""


def test_a_word_list_that_is_a_folder_or_a_fifo_is_refused_without_waiting(terms, text, tmp_path) -> None:
    fifo = tmp_path / "words.fifo"
    os.mkfifo(fifo)
    for path, kind in ((tmp_path, "is a folder"), (fifo, "is a named pipe (FIFO)")):
        result = run_cli("check", "--glossary", str(terms), "--words", str(path), str(text))
        _one_error_line(result, f"{path}: cannot read the word list: {kind}, not a regular file")


def test_a_utf8_word_list_and_dev_null_still_work(terms, text, tmp_path) -> None:
    words = tmp_path / "words"
    words.write_text("visited\nthe\ncafé\n", encoding="utf-8")
    assert run_cli("check", "--glossary", str(terms), "--words", str(words), str(text)).returncode == 0
    # /dev/null: a list with no words, on purpose (not "a character device")
    result = run_cli("check", "--glossary", str(terms), "--words", os.devnull, str(text))
    assert result.returncode == 0, result.stderr


# --- 2. control characters in `add`'s fields ------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--en", "Ha\nNoi", "--en: U+000A LINE FEED (a line break) at character 3"),
        ("--vi", "Hà\rNội", "--vi: U+000D CARRIAGE RETURN"),
        ("--vi", "Hà\tNội", "--vi: U+0009 TAB"),
        ("--en", "Hanoi\x1b[2J", "--en: U+001B ESCAPE (a terminal escape sequence) at character 6"),
        ("--en", "Ha\x7fnoi", "--en: U+007F DELETE"),
        ("--en", "Ha\u202enoi", "--en: U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("--en", "Ha\u2066noi", "--en: U+2066 LEFT-TO-RIGHT ISOLATE"),
        ("--en", "Ha\u2028noi", "--en: U+2028 LINE SEPARATOR"),
        ("--variant", "no-diacritics=Ha\x85Noi", "--variant: U+0085"),
        ("--disambiguation", "city\x07", "--disambiguation: U+0007 control character"),
        ("--note", "capital\x1b]0;owned\x07", "--note: U+001B ESCAPE"),
        ("--context", "seen \u200fhere", "--context: U+200F RIGHT-TO-LEFT MARK"),
    ],
)
def test_add_refuses_control_characters_and_writes_nothing(tmp_path, option, value, named) -> None:
    terms = tmp_path / "terms"
    fields = {"--en": "Hanoi", "--vi": "Hà Nội", option: value}
    args = ["add", "--glossary", str(terms), *(part for pair in fields.items() for part in pair)]
    result = run_cli(*args)
    _one_error_line(result, f"glossary: {named}", "nothing written")
    assert not terms.exists()


def test_add_joins_the_lines_of_a_note_and_strips_a_form_s_trailing_newline(tmp_path) -> None:
    terms = tmp_path / "terms"
    result = run_cli(
        "add", "--glossary", str(terms), "--en", "Hanoi\n", "--vi", "Hà Nội",
        "--note", "the capital,\r\n  since 1976", "--context", "Hà Nội\nis the capital",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    po = (terms / "vi.po").read_text(encoding="utf-8")
    assert '\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n' in po
    assert "# the capital, since 1976\n" in po
    assert "#. context: Hà Nội is the capital\n" in po


def test_add_keeps_what_translators_type(tmp_path) -> None:
    # Non-breaking spaces, zero-width joiners and double spaces are text, not controls.
    terms = tmp_path / "terms"
    result = run_cli(
        "add", "--glossary", str(terms),
        "--en", "Ho Chi Minh\u00a0City", "--vi", "Thành phố\u00a0Hồ Chí Minh",
        "--note", "two  spaces\u200dkept",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    po = (terms / "vi.po").read_text(encoding="utf-8")
    assert 'msgid "Ho Chi Minh\u00a0City"' in po and "# two  spaces\u200dkept\n" in po


# --- 3. `check` on a folder with nothing to check --------------------------------------------


def test_check_on_an_empty_folder_is_an_error_naming_it(terms, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.docx").write_bytes(b"PK\x03\x04")  # not a kind check reads
    result = run_cli("check", "--glossary", str(terms), str(empty))
    _one_error_line(result, f"glossary: {empty}: no files to check", ".txt, .md, .html, .po and .pot")
    assert result.stdout == ""
    # with --format json too: nothing on stdout that a pipeline could take for a clean result
    result = run_cli("check", "--glossary", str(terms), "--format", "json", str(empty))
    _one_error_line(result, "no files to check")
    assert result.stdout == ""


def test_check_on_an_empty_folder_beside_a_file_says_so_and_checks_the_file(terms, text, tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("check", "--glossary", str(terms), str(empty), str(text))
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        f"glossary check: no files to check under {empty} "
        "(it looks for .txt, .md, .html, .po and .pot files)\n"
    )
    text.write_text("Tô Lam visited Hà Nội.\n", encoding="utf-8")
    result = run_cli("check", "--glossary", str(terms), str(empty), str(text))
    assert result.returncode == 1 and "VN102" in result.stdout  # findings keep their exit code


# --- 4. MO files: what is wrong, never "byte 0" ---------------------------------------------


def _mo(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_mo_errors_say_what_the_file_is_and_what_to_do(terms, tmp_path) -> None:
    header = struct.pack("<7I", 0x950412DE, 0, 2, 28, 44, 0, 60)
    cases = {
        _mo(
            tmp_path, "program.mo", b"\x7fELF" + bytes(40)
        ): "not an MO file: it starts with the bytes 7f 45 4c 46",
        _mo(tmp_path, "empty.mo", b""): "not an MO file: it is empty",
        _mo(tmp_path, "text.mo", b'msgid "Hanoi"\nmsgstr "H\xc3\xa0 N\xe1\xbb\x99i"\n'): (
            "not an MO file: it is a PO file (text); give --format po"
        ),
        _mo(
            tmp_path, "short.mo", b"\xde\x12\x04\x95"
        ): "not an MO file: 4 bytes, shorter than an MO file's 28-byte header",
        _mo(tmp_path, "cut.mo", header + struct.pack("<4I", 0, 60, 5, 61)): (
            "damaged MO file: its table of 2 messages runs past the end"
        ),
        _mo(tmp_path, "revision.mo", struct.pack("<7I", 0x950412DE, 5 << 16, 0, 28, 28, 0, 28)): (
            "MO format revision 5, which gettext does not know"
        ),
    }
    for path, message in cases.items():
        result = run_cli("import", "--glossary", str(terms), str(path))
        _one_error_line(result, f"glossary: {path}: {message}")
        assert ":byte" not in result.stderr


def test_an_mo_string_past_the_end_names_the_message(terms, tmp_path) -> None:
    # one message (the header) whose translation claims 99 bytes the file does not have
    data = struct.pack("<7I", 0x950412DE, 0, 1, 28, 36, 0, 44) + struct.pack("<4I", 0, 44, 99, 45) + b"\0\0"
    path = _mo(tmp_path, "cut.mo", data)
    result = run_cli("import", "--glossary", str(terms), str(path))
    _one_error_line(result, f"{path}: damaged MO file: message 1 of 1 runs past the end of the file")


def test_a_good_mo_still_imports(tmp_path) -> None:
    source = write_glossary(tmp_path / "source", [Entry(en="Hanoi", vi="Hà Nội", status=Status.APPROVED)])
    mo = tmp_path / "out.mo"
    assert run_cli("export", "--glossary", str(source), "--format", "mo", "-o", str(mo)).returncode == 0
    result = run_cli("import", "--glossary", str(tmp_path / "terms"), str(mo))
    assert result.returncode == 0, result.stderr
    assert 'msgid "Hanoi"' in (tmp_path / "terms" / "vi.po").read_text(encoding="utf-8")


# --- 5. the TUI's file inputs ------------------------------------------------------------------


def _shown(app: GlossaryApp) -> str:
    screen = app.screen
    if isinstance(screen, ErrorDialog):
        return str(screen.query_one("#error-message", Static).render())
    if isinstance(screen, ExportDialog):
        return str(screen.query_one("#export-status", Static).render())
    return ""


def _inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\xff\n")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    locked = tmp_path / "locked.txt"
    locked.write_text("Hà Nội\n", encoding="utf-8")
    locked.chmod(0)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    return {
        "folder": (tmp_path, "is a folder, not a regular file"),
        "fifo": (fifo, "is a named pipe (FIFO), not a regular file"),
        "binary": (binary, "binary.txt:1: not UTF-8 text"),
        "missing": (tmp_path / "missing.txt", "missing.txt: cannot read: no such file"),
        "no permission": (locked, "file not readable (mode 0000)"),
        "a file in the way": (blocker / "x.txt", "a-file is a file, not a folder"),
        "NUL": (Path(f"{tmp_path}/a\0b.txt"), "a file name cannot hold a NUL character"),
    }


@sync
async def test_check_path_inputs_show_one_error_and_the_app_keeps_running(tmp_path: Path) -> None:
    app = GlossaryApp(write_glossary(tmp_path / "terms"), use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        for case, (path, message) in _inputs(tmp_path).items():
            assert isinstance(app.screen, CheckScreen), case
            app.screen.query_one("#check-path", Input).value = str(path)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ErrorDialog), case
            assert message in _shown(app), (case, _shown(app))
            assert "\n" not in _shown(app).strip(), case
            await pilot.press("escape")
            await settle(pilot)
        # still running: a good file is checked after all of them
        good = tmp_path / "good.txt"
        good.write_text("Tô Lam visited.\n", encoding="utf-8")
        app.screen.query_one("#check-path", Input).value = str(good)
        await pilot.press("enter")
        await settle(pilot)
        assert "1 finding(s)" in str(app.screen.query_one("#check-status", Static).render())


@sync
async def test_an_unexpected_error_in_the_check_worker_is_shown_not_swallowed(
    tmp_path: Path, monkeypatch
) -> None:
    from glossary.check import session as check_session

    def broken(*args, **kwargs):
        raise RuntimeError("something the library did not expect")

    monkeypatch.setattr(check_session.CheckSession, "open", broken)
    app = GlossaryApp(write_glossary(tmp_path / "terms"), use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        await pilot.press(*str(tmp_path / "x.txt"), "enter")
        await settle(pilot)
        assert isinstance(app.screen, ErrorDialog)
        assert "RuntimeError: something the library did not expect" in _shown(app)


async def _export_to(pilot, path: Path) -> str:
    app = pilot.app
    if not isinstance(app.screen, ExportDialog):
        await pilot.press("f4")
        await settle(pilot)
    assert isinstance(app.screen, ExportDialog)
    field = app.screen.query_one("#path", Input)
    field.value = str(path)
    field.focus()
    await pilot.press("enter")  # not a click: the last failure's notification may cover the button
    await settle(pilot)
    return _shown(app)


@sync
async def test_export_path_inputs_show_one_message_and_the_dialog_stays_usable(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    fifo = tmp_path / "pipe.po"
    os.mkfifo(fifo)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    cases = {
        # a FIFO with no reader would block the export (and Cancel) until some program read it
        "fifo": (fifo, "is a named pipe (FIFO); export to a file"),
        "folder": (tmp_path, "cannot write: Is a directory"),
        "a file in the way": (blocker / "x.po", "a-file: is a file, not a folder"),
        "NUL": (Path(f"{tmp_path}/a\0b.po"), "a file name cannot hold a NUL character"),
    }
    app = GlossaryApp(write_glossary(tmp_path / "terms"), use_cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for case, (path, message) in cases.items():
            shown = await _export_to(pilot, path)
            assert message in shown, (case, shown)
            assert not app.screen.query_one("#export-button").disabled, case
        assert not (blocker.is_dir() or (tmp_path / "a").exists())
        good = tmp_path / "out" / "glossary.po"
        shown = await _export_to(pilot, good)
        assert shown.startswith("Wrote "), shown
        assert good.is_file()
