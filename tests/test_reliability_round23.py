"""Round 23's reliability leftovers, through the real command line (docs/reliability.md, "Round 23"):
an export over a target the user made read-only, PO files from other tools holding control
characters, and a small count of the hostile-input sweep."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from glossary import controls
from glossary.store import Catalog
from tests.conftest import run_cli

MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(MSGFMT is None, reason="msgfmt (Debian package gettext) is not installed")

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n'
    '"X-Generator: glossary 0.1\\n"\n\n'
)
GOOD = HEADER + 'msgid "Hanoi"\nmsgstr "Hà Nội"\n\nmsgid "Hue"\nmsgstr "Huế"\n'


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The one stderr line of a failed command (exit 2, no traceback)."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def msgfmt_check(path: Path) -> None:
    assert MSGFMT is not None
    done = subprocess.run([MSGFMT, "--check", "-o", os.devnull, str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def terms(tmp_path: Path) -> Path:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "vi.po").write_text(GOOD, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------------------------------
# 1. export over a read-only target


@pytest.mark.parametrize("force", [None, "before", "after"])
def test_export_refuses_a_read_only_target_unless_forced_and_keeps_it_read_only(
    terms: Path, tmp_path: Path, force: str | None
) -> None:
    target = tmp_path / "out.po"
    target.write_text("the user's own file\n", encoding="utf-8")
    target.chmod(0o444)  # as root the bits stop no write: the program must read them itself
    args = ["--glossary", str(terms), "export", "-o", str(target)]
    if force == "before":
        args.insert(0, "--force")
    elif force == "after":
        args.append("--force")
    result = run_cli(*args)
    if force is None:
        error = one_line_error(result)
        assert error == f"glossary: {target}: read-only file (mode 0444); --force overwrites it"
        assert target.read_text(encoding="utf-8") == "the user's own file\n"
    else:
        assert result.returncode == 0, result.stderr
        assert 'msgstr "Hà Nội"' in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o444  # forced or not, it stays read-only
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_replaces_a_writable_previous_export_and_keeps_its_mode(terms: Path, tmp_path: Path) -> None:
    """Re-exporting to the same path on every build is the normal case: no --force needed."""
    target = tmp_path / "build" / "vi.po"
    assert run_cli("--glossary", str(terms), "export", "-o", str(target)).returncode == 0
    target.chmod(0o640)
    (terms / "vi.po").write_text(GOOD + '\nmsgid "Saigon"\nmsgstr "Sài Gòn"\n', encoding="utf-8")
    result = run_cli("--glossary", str(terms), "export", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert 'msgstr "Sài Gòn"' in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_export_through_a_link_to_a_read_only_file_is_refused(terms: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.po"
    real.write_text("kept\n", encoding="utf-8")
    real.chmod(0o444)
    link = tmp_path / "link.po"
    link.symlink_to(real)
    error = one_line_error(run_cli("--glossary", str(terms), "export", "-o", str(link)))
    assert "read-only file (mode 0444)" in error
    assert real.read_text(encoding="utf-8") == "kept\n" and link.is_symlink()


def test_export_into_a_read_only_folder_is_refused_unless_forced(terms: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o555)
    folder.chmod(0o555)
    try:
        error = one_line_error(run_cli("--glossary", str(terms), "export", "-o", str(folder / "x.po")))
        assert f"folder {folder} is read-only (mode 0555); --force writes anyway" in error
        error = one_line_error(
            run_cli("--glossary", str(terms), "export", "-o", str(folder / "sub" / "x.po"))
        )
        assert f"cannot create the folder: {folder} is read-only (mode 0555)" in error
        assert list(folder.iterdir()) == []
        result = run_cli("--glossary", str(terms), "export", "--force", "-o", str(folder / "x.po"))
        assert result.returncode == 0, result.stderr
        assert (folder / "x.po").is_file()
    finally:
        folder.chmod(0o755)


def test_export_to_stdout_and_devices_is_not_a_read_only_question(terms: Path) -> None:
    assert 'msgstr "Hà Nội"' in run_cli("--glossary", str(terms), "export").stdout
    result = run_cli("--glossary", str(terms), "export", "-o", os.devnull)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


# --------------------------------------------------------------------------------------------------
# 2. PO files from other tools holding control characters

# (what is in the file, what it decodes to): raw bytes and the escapes gettext reads.
CONTROLS = [
    ("\x1b[31m", "\x1b[31m"),  # a raw escape sequence
    ("\\033[2J", "\x1b[2J"),  # the same, written as an octal escape
    ("\x7f", "\x7f"),  # DEL, raw
    ("\u202e", "\u202e"),  # RIGHT-TO-LEFT OVERRIDE ("Trojan Source")
    ("\u2066", "\u2066"),  # LEFT-TO-RIGHT ISOLATE
    ("\x85", "\x85"),  # a C1 control (NEXT LINE), raw
    ("\\a", "\a"),  # BEL, escaped
]


def hostile_catalog() -> tuple[str, list[tuple[str, str]]]:
    """A catalog another tool might write, each message's msgstr holding one control; and the
    (msgid, decoded msgstr) pairs it holds."""
    parts = [
        HEADER.replace("X-Generator: glossary 0.1", "X-Generator: Poedit 3.4"),
        "# reviewer: \x1b]0;owned\x07\n",
    ]
    pairs = []
    for n, (written, decoded) in enumerate(CONTROLS):
        parts.append(f'msgid "Term {n}"\nmsgstr "Từ{written}{n}"\n\n')
        pairs.append((f"Term {n}", f"Từ{decoded}{n}"))
    return "".join(parts), pairs


@needs_msgfmt
def test_lookup_shows_controls_as_stand_ins_and_json_keeps_them_exactly(tmp_path: Path) -> None:
    text, pairs = hostile_catalog()
    path = tmp_path / "vi.po"
    path.write_text(text, encoding="utf-8")
    msgfmt_check(path)  # valid PO: gettext compiles every one of these
    result = run_cli("--glossary", str(path), "lookup", "Term", "--limit", "50")
    assert result.returncode == 0, result.stderr
    assert not any(controls.hidden(ch) for ch in result.stdout.replace("\n", "")), repr(result.stdout)
    assert "Từ␛[31m0" in result.stdout and "Từ␛[2J1" in result.stdout and "Từ␡2" in result.stdout
    assert "Từ\ufffd3" in result.stdout  # the override is shown as a replacement, not obeyed
    raw = run_cli("--glossary", str(path), "lookup", "Term", "--limit", "50", "--format", "json").stdout
    assert not any(controls.hidden(ch) for ch in raw.replace("\n", ""))
    found = {item["en"]: item["vi"] for item in json.loads(raw)}
    assert found == dict(pairs)  # the data itself, every character as stored


@needs_msgfmt
def test_check_names_every_control_at_its_place(tmp_path: Path, terms: Path) -> None:
    text, _ = hostile_catalog()
    path = tmp_path / "ui.po"
    path.write_text(text, encoding="utf-8")
    msgfmt_check(path)
    result = run_cli("--glossary", str(terms), "check", str(path))
    assert result.returncode == 1, result.stderr  # findings
    lines = [line for line in result.stdout.splitlines() if " VN203 " in line]
    lines_of = {line.split(":")[1] for line in lines}
    comment_line = text.split("\n").index("# reviewer: \x1b]0;owned\x07") + 1
    # Every msgstr line holds one, the comment two (ESC and BEL); nothing else is reported.
    msgstr_lines = {str(n + 1) for n, line in enumerate(text.split("\n")) if line.startswith('msgstr "Từ')}
    assert lines_of == msgstr_lines | {str(comment_line)}
    assert f"{path}:{comment_line}:13: VN203 U+001B ESCAPE (a terminal escape sequence) in a comment" in lines
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE in msgstr" in line for line in lines)
    assert not any(controls.hidden(ch) for ch in result.stdout.replace("\n", ""))
    data = json.loads(run_cli("--glossary", str(terms), "check", str(path), "--format", "json").stdout)
    assert sorted({f["found"] for f in data if f["code"] == "VN203"}) == sorted(
        {"\x1b", "\x07", "\x7f", "\u202e", "\u2066", "\x85"}
    )


def test_check_places_an_escape_inside_octal_escaped_utf8(tmp_path: Path, terms: Path) -> None:
    """Octal and hex escapes are bytes, as gettext reads them: "\\341\\272\\277" is one letter (ế;
    the checker read three, "áº¿", and said the msgstr lacked "Huế"), and a hex escape takes every
    hex digit after it (the checker raised ValueError past U+10FFFF)."""
    path = tmp_path / "ui.po"
    path.write_text(
        HEADER + 'msgid "Hue"\nmsgstr "Hu\\341\\272\\277\\033"\n\nmsgid "Sai"\nmsgstr "a\\x1234c3\\xa9"\n',
        encoding="utf-8",
    )
    result = run_cli("--glossary", str(terms), "check", str(path))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    # Column 23: after 'msgstr "Hu' (10 characters) and the three 4-character escapes of ế. No
    # VN201: the msgstr does hold "Huế".
    assert result.stdout.splitlines() == [
        f"{path}:8:23: VN203 U+001B ESCAPE (a terminal escape sequence) in msgstr"
    ]


@needs_msgfmt
def test_a_glossary_file_with_controls_is_saved_back_with_every_one_of_them(tmp_path: Path) -> None:
    """Another tool's glossary file: adding an entry re-saves the file; no character is lost."""
    text, pairs = hostile_catalog()
    path = tmp_path / "vi.po"
    path.write_text(text, encoding="utf-8")
    result = run_cli("--glossary", str(path), "add", "--en", "Saigon", "--vi", "Sài Gòn")
    assert result.returncode == 0, result.stderr
    msgfmt_check(path)
    stored = {e.en: e.vi for e in Catalog.load(path).entries}
    assert {en: stored[en] for en, _ in pairs} == dict(pairs)
    assert stored["Saigon"] == "Sài Gòn"


def test_import_skips_a_third_party_term_holding_controls_and_counts_it(tmp_path: Path) -> None:
    text, _ = hostile_catalog()
    catalog = tmp_path / "ui.po"
    catalog.write_text(text + 'msgid "Plain"\nmsgstr "Thường"\n', encoding="utf-8")
    glossary = tmp_path / "terms"
    result = run_cli("--glossary", str(glossary), "import", str(catalog))
    assert result.returncode == 0, result.stderr
    assert f"control characters {len(CONTROLS)}" in result.stderr
    entries = Catalog.load(glossary / "vi.po").entries
    assert [(e.en, e.vi) for e in entries] == [("Plain", "Thường")]


def test_a_nul_escape_is_one_line_naming_its_line(tmp_path: Path) -> None:
    """gettext cuts the string at the NUL (msgunfmt shows "a"): read either way, "b" would be lost
    without a word, so the file is refused where it says so."""
    path = tmp_path / "vi.po"
    path.write_text(HEADER + 'msgid "Nul"\nmsgstr "a\\0b"\n', encoding="utf-8")
    for args in (
        ["--glossary", str(path), "lookup", "nul"],
        ["--glossary", str(tmp_path / "g"), "import", str(path)],
    ):
        error = one_line_error(run_cli(*args))
        assert error.endswith(f"{path}:8: escape sequence in string gives a NUL byte"), error


@pytest.mark.parametrize(
    "text, shown",
    [
        ("plain Hà Nội", "plain Hà Nội"),  # nothing to show differently
        ("a\x1b[2Jb", "a␛[2Jb"),  # C0 as its control picture
        ("tab\there", "tab␉here"),
        ("x\x7fy", "x␡y"),
        ("\u202eabc", "\ufffdabc"),  # no picture for bidi controls: the replacement character
        ("a\u200db", "a\u200db"),  # a zero-width joiner is text, kept
    ],
)
def test_visible_is_one_character_for_one(text: str, shown: str) -> None:
    assert controls.visible(text) == shown
    assert len(controls.visible(text)) == len(text)  # highlights and columns stay in place


# --------------------------------------------------------------------------------------------------
# 3. the sweep, a small count (docs/reliability.md lists the whole sweep)


def test_check_on_a_symbolic_link_loop_is_one_line(tmp_path: Path, terms: Path) -> None:
    """It was a RuntimeError traceback from Path.resolve() (exit 1)."""
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    error = one_line_error(run_cli("--glossary", str(terms), "check", str(tmp_path / "a.txt")))
    assert error == f"glossary: {tmp_path / 'a.txt'}: cannot read: symbolic link loop"


# Three of the sweep's inputs (the whole sweep and its counts: docs/reliability.md, soak for more).
SWEEP_INPUTS = {
    "CRLF PO": GOOD.replace("\n", "\r\n").encode(),
    "UTF-16": GOOD.encode("utf-16"),
    "Latin-1 bytes": GOOD.encode().replace("à".encode(), b"\xe0"),
}


@pytest.mark.parametrize("name", sorted(SWEEP_INPUTS))
@pytest.mark.parametrize("command", ["lookup", "stats", "export", "add", "check", "import", "mine"])
def test_every_command_ends_in_a_result_or_one_line(
    tmp_path: Path, terms: Path, name: str, command: str
) -> None:
    """Each command on each input, in the place it takes a file: a result (0 or 1) or one stderr line
    and exit 2, never a traceback."""
    path = tmp_path / ("input.txt" if command == "mine" else "input.po")
    path.write_bytes(SWEEP_INPUTS[name])
    args = {
        "lookup": ["--glossary", str(path), "lookup", "hanoi"],
        "stats": ["--glossary", str(path), "stats"],
        "export": ["--glossary", str(path), "export", "-o", str(tmp_path / "out.po")],
        "add": ["--glossary", str(path), "add", "--en", "Saigon", "--vi", "Sài Gòn"],
        "check": ["--glossary", str(terms), "check", str(path)],
        "import": ["--glossary", str(terms), "import", "--dry-run", str(path)],
        "mine": ["--glossary", str(terms), "mine", "--dry-run", str(path)],
    }[command]
    before = (terms / "vi.po").read_bytes()
    result = run_cli(*args)
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode == 2:
        one_line_error(result)
    else:
        assert result.returncode in (0, 1), (result.returncode, result.stderr)
    assert (terms / "vi.po").read_bytes() == before  # a dry run or another file: terms/ untouched


def test_check_on_a_po_file_with_cr_line_ends_says_so(tmp_path: Path, terms: Path) -> None:
    """The glossary reads such a file; the checker said "could not follow the catalog's layout"."""
    path = tmp_path / "mac.po"
    path.write_bytes(GOOD.replace("\n", "\r").encode())
    error = one_line_error(run_cli("--glossary", str(terms), "check", str(path)))
    assert error == f"glossary: {path}:1: lines end in CR alone (old Mac line ends); " + (
        "save the catalog with LF or CRLF line ends"
    )


def test_import_reads_utf16_tables_by_their_byte_order_mark(tmp_path: Path) -> None:
    """Excel's "Unicode text" is UTF-16 with a BOM: it was "not UTF-8 text (byte 0xff)"."""
    table = tmp_path / "terms.tsv"
    table.write_bytes("Hanoi\tHà Nội\r\nHue\tHuế\r\n".encode("utf-16"))
    glossary = tmp_path / "g"
    result = run_cli("--glossary", str(glossary), "import", str(table))
    assert result.returncode == 0, result.stderr
    assert sorted((e.en, e.vi) for e in Catalog.load(glossary / "vi.po").entries) == [
        ("Hanoi", "Hà Nội"),
        ("Hue", "Huế"),
    ]
    table.write_bytes(b"\xff\xfeH\x00\x00\xd8")  # a lone surrogate: not UTF-16 after all
    error = one_line_error(run_cli("--glossary", str(glossary), "import", str(table)))
    assert error == f"glossary: {table}:1: not valid UTF-16 text; save it as UTF-8"
