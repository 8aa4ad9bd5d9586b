"""Round 27's hostile-input sweep after the PO codec became a package (glossary/po/), the entry
mapping moved to entry_codec.py and the review queue to review_queue.py (docs/reliability.md,
"Round 27"): hostile PO files in every place a command takes one, hostile arguments, and export
round trips checked by readers that are not ours (msgfmt, msgunfmt, openpyxl, Python's csv, XML).

The sweep runs a few inputs per command here; GLOSSARY_SWEEP27=all runs every input with every
command (47 inputs x 18 commands; about 15 minutes)."""

from __future__ import annotations

import csv
import io
import os
import resource
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from glossary.check.reference import Reference
from glossary.model import Entry, Status
from glossary.po import parse_po
from tests.conftest import ROOT, run_cli

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
BODY = 'msgid "Hanoi"\nmsgstr "Hà Nội"\n\n#, fuzzy\nmsgid "Hue"\nmsgstr "Huế"\n'
TEXT = "Thủ đô Hà Nội (Hanoi) là.\nTổng Bí thư Tô Lâm (To Lam).\n"
FORMATS = ("po", "pot", "mo", "tbx", "csv", "tsv", "xlsx")


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The one stderr line of a failed command (exit 2, no traceback), without "glossary: "."""
    assert result.returncode == 2, (result.returncode, result.stdout[-500:], result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("glossary: ")
    return lines[0].removeprefix("glossary: ")


# --------------------------------------------------------------------------------------------------
# 1. Findings

# Was: memory grew without bound (6 GB in 8 s) until the kernel's out-of-memory killer came.
MEMORY_CAP = 2 << 30


def _env() -> dict[str, str]:
    """This tree's code (the subprocess runs outside it), and no $GLOSSARY_PATH."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("GLOSSARY_PATH", None)
    return env


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def test_check_stdin_that_never_ends_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [sys.executable, "-m", "glossary", "--glossary", str(ROOT / "terms"), "check", "-"],
            stdin=zero, capture_output=True, text=True, cwd=tmp_path, timeout=120, preexec_fn=_capped,
            env=_env(),
        )  # fmt: skip
    assert one_line_error(result) == "-: standard input holds more than 256 MiB; check it as a file"


def test_check_stdin_of_ordinary_size_is_still_checked(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "glossary", "--glossary", str(ROOT / "terms"), "check", "-"],
        input="Thủ đô Ha Nội.\n", capture_output=True, text=True, cwd=tmp_path, timeout=120, env=_env(),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("-:1:8: VN102 'Ha Nội'"), result.stdout


def glossary_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "vi.po"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "second",
    [
        # A note past Excel's 32,767 characters per cell (a 20 MB comment line did it in the sweep).
        f'# {"x" * 40_000}\nmsgid "Hue"\nmsgstr "Huế"\n',
        # The same for a form that starts with "=" (written as a text cell object).
        f'msgid "={"x" * 40_000}"\nmsgstr "Huế"\n',
        # A control character openpyxl refuses (this one was already a single line: kept so).
        'msgid "Hue"\nmsgstr "Hu\\fế"\n',
    ],
    ids=["long-note", "long-formula-like-form", "form-feed"],
)
def test_an_xlsx_export_stopped_at_an_entry_is_one_line(tmp_path: Path, second: str) -> None:
    """The entry a spreadsheet cannot hold comes after the first row: openpyxl's row writer was
    left suspended, and at exit lxml printed two "Exception ignored" tracebacks after the line."""
    path = glossary_file(tmp_path, 'msgid "Hanoi"\nmsgstr "Hà Nội"\n\n' + second)
    out = tmp_path / "out.xlsx"
    before = set(Path(os.environ.get("TMPDIR", "/tmp")).glob("openpyxl.*"))
    result = run_cli("--glossary", str(path), "export", "--format", "xlsx", "-o", str(out))
    error = one_line_error(result)
    assert error.startswith("Hu") and error.endswith(
        ("a spreadsheet cell holds", "a spreadsheet cannot hold")
    )
    assert not out.exists()
    assert set(Path(os.environ.get("TMPDIR", "/tmp")).glob("openpyxl.*")) <= before  # nothing left


def _best_of(times: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def test_a_long_repetitive_glossary_form_compiles_in_linear_time() -> None:
    """`check` with a glossary entry "Hà Nội Hà Nội ..." of 16,000 words took 50 s (its automaton
    was a DFA, built in time cubic in such a form); a 7 MB one did not end. Relative to the same
    build at a quarter of the length, timed in the same run (never an absolute target)."""

    def build(words: int) -> Reference:
        entry = Entry(en="Hanoi", vi="Hà Nội " * words + "x", status=Status.APPROVED)
        return Reference([entry, Entry(en="Hue", vi="Huế", status=Status.APPROVED)])

    small = _best_of(2, lambda: build(2_000))
    assert _best_of(1, lambda: build(8_000)) <= 3 * 4 * small + 0.5


def test_check_finds_names_with_the_linear_automaton(tmp_path: Path) -> None:
    """The automaton's choice changes no finding: the longest form matches first, as before."""
    body = 'msgid "Hanoi"\nmsgstr "Hà Nội"\n\nmsgid "Hanoi City"\nmsgstr "Thành phố Hà Nội"\n'
    text = tmp_path / "t.txt"
    text.write_text("Ở Thành phố Ha Noi.\n", encoding="utf-8")
    result = run_cli("--glossary", str(glossary_file(tmp_path, body)), "check", str(text))
    assert result.returncode == 1, result.stderr
    found = [line.split(" ", 2)[1:] for line in result.stdout.splitlines()]
    assert found == [
        ["VN102", "'Thành phố Ha Noi' has partial diacritics (use 'Thành phố Hà Nội')"],
    ], result.stdout


def test_a_csv_export_of_a_very_long_form_imports_back(tmp_path: Path) -> None:
    """Import said "big.csv:2: not valid CSV: field larger than field limit (131072)" of the
    glossary's own export: Python's csv module has that default, the writer has no limit."""
    form = "Hà Nội " * 30_000 + "x"
    path = glossary_file(tmp_path, f'msgid "Hanoi"\nmsgstr "{form}"\n')
    out = tmp_path / "out.csv"
    assert run_cli("--glossary", str(path), "export", "--format", "csv", "-o", str(out)).returncode == 0
    again = tmp_path / "again"
    result = run_cli("--glossary", str(again), "import", str(out))
    assert result.returncode == 0, result.stderr
    assert pairs(again / "vi.po") == {("Hanoi", form)}


# --------------------------------------------------------------------------------------------------
# 2. The sweep: hostile PO files in every place a command takes one


def hostile_inputs(folder: Path) -> list[str]:
    """Write the inputs into folder; return their names (and the devices tried)."""
    good = (HEADER + BODY).encode()
    plural_header = HEADER.replace("Language: vi", "Plural-Forms: nplurals=1; plural=0;")
    files = {
        "good.po": good,
        "trunc.po": good[:-3],  # cut inside "ế"
        "bomcrlf.po": b"\xef\xbb\xbf" + good.replace(b"\n", b"\r\n"),
        "mixed.po": good.replace(b"\n", b"\r\n", 3),
        "cr.po": good.replace(b"\n", b"\r"),
        "nul.po": good + b"\0",
        "nulmid.po": good.replace(b"Hanoi", b"Ha\0noi"),
        "plural.po": (
            plural_header + 'msgid "city"\nmsgid_plural "cities"\nmsgstr[0] "thành phố"\n\n' + BODY
        ).encode(),
        "plural3.po": (
            HEADER + 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n'
        ).encode(),
        "dup.po": (HEADER + BODY + '\nmsgid "Hanoi"\nmsgstr "HN"\n').encode(),
        "dupobs.po": (
            HEADER + BODY + '\n#~ msgid "Hanoi"\n#~ msgstr "HN"\n\n#~ msgid "Hanoi"\n#~ msgstr "HN2"\n'
        ).encode(),
        "hugeline.po": (HEADER + "# " + "x" * 20_000_000 + "\n" + BODY).encode(),
        "hugemsg.po": (HEADER + 'msgid "Hanoi"\nmsgstr "' + "Hà Nội " * 1_000_000 + '"\n').encode(),
        "manylines.po": (HEADER + 'msgid "Hanoi"\nmsgstr ""\n' + '"a"\n' * 1_000_000).encode(),
        "deepobs.po": (
            HEADER + BODY + "\n" + "#~ " * 50_000 + 'msgid "x"\n' + "#~ " * 50_000 + 'msgstr "y"\n'
        ).encode(),
        "manyobs.po": (
            HEADER + BODY + "".join(f'\n#~ msgid "o{i}"\n#~ msgstr "p{i}"\n' for i in range(100_000))
        ).encode(),
        "obsprev.po": (
            HEADER + BODY + '\n#~| msgid "old"\n#~ msgid "z"\n#~ msgstr "zz"\n#~\n#~ msgctxt "c"\n'
        ).encode(),
        "noheader.po": BODY.encode(),
        "noheadercomments.po": ("# translator comment\n#. extracted\n" + BODY).encode(),
        "headerlate.po": (BODY + "\n" + HEADER).encode(),
        "latin1.po": (HEADER.replace("UTF-8", "ISO-8859-1") + BODY).encode(),  # UTF-8 bytes, said Latin-1
        "latin1b.po": (HEADER.replace("UTF-8", "latin-1") + 'msgid "Cafe"\nmsgstr "Caf\xe9"\n').encode(
            "latin-1"
        ),
        "cp1258.po": (HEADER.replace("UTF-8", "CP1258") + 'msgid "Hanoi"\nmsgstr "Hà Nô\u0323i"\n').encode(
            "cp1258"
        ),
        "unterminated.po": (HEADER + 'msgid "Hanoi"\nmsgstr "Hà Nội').encode(),
        "onlymsgid.po": (HEADER + 'msgid "Hanoi"\n').encode(),
        "backslash.po": (HEADER + 'msgid "Hanoi"\nmsgstr "a\\"\n').encode(),
        "u2028.po": (HEADER + 'msgid "Hanoi"\nmsgstr "Hà\u2028Nội\x85x\x0cy\x1cz"\n').encode(),
        "surrogate.po": HEADER.encode() + b'msgid "Hanoi"\nmsgstr "\xed\xa0\x80"\n',
        "overlong.po": HEADER.encode() + b'msgid "Hanoi"\nmsgstr "\xc0\xaf"\n',
        "nfd.po": unicodedata.normalize("NFD", HEADER + BODY).encode(),
        "nfddup.po": (
            HEADER + BODY + '\nmsgid "' + unicodedata.normalize("NFD", "Hà Nội") + '"\nmsgstr "x"\n'
        ).encode(),
        "ctxt.po": (
            HEADER
            + 'msgctxt "a"\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n\nmsgctxt "b"\nmsgid "Hanoi"\nmsgstr "HN"\n'
        ).encode(),
        "flags.po": (
            HEADER + "#, " + ", ".join(["fuzzy"] * 10_000) + '\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n'
        ).encode(),
        "emptyheader.po": b'msgid ""\nmsgstr ""\n\n' + BODY.encode(),
        "binary.po": bytes(range(256)) * 50,
        "utf16.po": (HEADER + BODY).encode("utf-16"),
        "empty.po": b"",
        "space.po": b"   \n\n\t\n",
        "commentsonly.po": b"# hi\n#. x\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "fifo.po")
    (folder / "dir.po").mkdir()
    (folder / "dirwithdir").mkdir()
    (folder / "dirwithdir" / "vi.po").mkdir()
    (folder / "loop.po").symlink_to(folder / "loop2.po")
    (folder / "loop2.po").symlink_to(folder / "loop.po")
    (folder / "dangling.po").symlink_to(folder / "nothere.po")
    (folder / "unreadable.po").write_bytes(good)
    (folder / "unreadable.po").chmod(0)
    return sorted(p.name for p in folder.iterdir() if p.name != "loop2.po") + ["/dev/zero", "/dev/null"]


def sweep_commands(path: str) -> dict[str, list[str]]:
    """Each command with path in the place it takes a file (run in a folder holding terms/vi.po,
    page.txt and good.csv)."""
    commands = {
        "lookup": ["--glossary", path, "lookup", "hanoi"],
        "stats": ["--glossary", path, "stats"],
        "check-glossary": ["--glossary", path, "check", "page.txt"],
        "add": ["--glossary", path, "add", "--en", "Saigon", "--vi", "Sài Gòn"],
        "mine-into": ["--glossary", path, "mine", "page.txt"],
        "import-into": ["--glossary", path, "import", "good.csv"],
        "check": ["--glossary", "terms", "check", path],
        "import-dry": ["--glossary", "terms", "import", "--dry-run", path],
        "import": ["--glossary", "terms", "import", path],
        "mine-dry": ["--glossary", "terms", "mine", "--dry-run", path],
        "mine": ["--glossary", "terms", "mine", path],
    }
    for fmt in FORMATS:
        commands[f"export-{fmt}"] = [
            "--glossary",
            path,
            "export",
            "--status",
            "all",
            "--format",
            fmt,
            "-o",
            f"out.{fmt}",
        ]
    return commands


WRITERS = ("add", "mine-into", "import-into")


def messages(path: Path) -> set[tuple[str | None, str, bool]] | None:
    """What a PO file holds (context, msgid, obsolete), or None when it does not parse."""
    try:
        catalog = parse_po(path.read_bytes(), str(path))
    except Exception:  # noqa: BLE001 - any failure means "not a catalog we can compare"
        return None
    return {(e.msgctxt, e.msgid, e.obsolete) for e in catalog}


def export_problem(fmt: str, path: Path) -> str | None:
    """What a reader that is not ours says of an export (None: it reads it)."""
    if fmt in ("po", "pot", "mo"):
        tool = ["msgfmt", "--check", "-o", os.devnull] if fmt != "mo" else ["msgunfmt"]
        done = subprocess.run([*tool, str(path)], capture_output=True, text=True)
        return None if done.returncode == 0 else f"{tool[0]}: {done.stderr.strip()[:300]}"
    if fmt == "tbx":
        try:
            ElementTree.parse(path)
        except ElementTree.ParseError as err:
            return f"TBX is not XML: {err}"
        return None
    if fmt == "xlsx":
        openpyxl.load_workbook(path, read_only=True).close()
        return None
    text = path.read_text(encoding="utf-8-sig")
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # the 7 MB form is one field
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t"))
    widths = {len(row) for row in rows}
    allowed = {16} if fmt == "csv" else {2, 3}  # Weblate's columns; OmegaT's optional comment
    return None if widths <= allowed else f"{fmt} rows of {sorted(widths)} fields"


def sweep_problem(name: str, command: str, base: Path, inputs: Path, timeout: float = 120) -> str | None:
    """Run one command on one input in a fresh folder; None when it ended as it must."""
    work = base / "work"
    shutil.rmtree(work, ignore_errors=True)
    (work / "terms").mkdir(parents=True)
    (work / "terms" / "vi.po").write_text(HEADER + BODY, encoding="utf-8")
    (work / "page.txt").write_text(TEXT, encoding="utf-8")
    (work / "good.csv").write_text("en,vi\nSaigon,Sài Gòn\n", encoding="utf-8")
    source = Path(name) if name.startswith("/") else inputs / name
    if source.is_file() and not source.is_symlink() and name != "unreadable.po" and not name.startswith("/"):
        path = work / name  # a copy of its own: the writers may change it
        shutil.copyfile(source, path)
    else:
        path = source
    before = path.read_bytes() if command in WRITERS and path.parent == work else None
    held = messages(path) if before is not None else None
    terms_before = (work / "terms" / "vi.po").read_bytes()
    env = dict(os.environ, GLOSSARY_CACHE_DIR=str(work / "cache"), PYTHONPATH=str(ROOT))
    env.pop("GLOSSARY_PATH", None)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "glossary", *sweep_commands(str(path))[command]],
            capture_output=True, cwd=work, env=env, timeout=timeout, stdin=subprocess.DEVNULL,
            preexec_fn=_capped,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"no result in {timeout:.0f} s"
    err = done.stderr.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    if "Traceback" in err or "Exception ignored" in err:
        return f"traceback: {lines[-1] if lines else ''}"
    if done.returncode not in (0, 1, 2):
        return f"exit {done.returncode}: {lines[-1] if lines else ''}"
    if done.returncode == 2 and (len(lines) != 1 or not lines[0].startswith("glossary: ")):
        return f"exit 2 with {len(lines)} lines on stderr"
    # Nothing lost: on exit 2 the glossary is as it was; on success it keeps every message.
    if before is not None:
        if done.returncode == 2 and path.read_bytes() != before:
            return "exit 2, and the glossary changed"
        after = messages(path)
        if done.returncode == 0 and held is not None and (after is None or not held <= after):
            return "messages lost in the save"
    if (command.endswith("-dry") or done.returncode == 2) and (
        work / "terms" / "vi.po"
    ).read_bytes() != terms_before:
        return "terms/ changed by a dry run or a failed command"
    if command.startswith("export-") and done.returncode == 0:
        fmt = command.removeprefix("export-")
        return export_problem(fmt, work / f"out.{fmt}")
    return None


# A small sample for every `make test`: inputs that each reach another part of the reader.
SAMPLE = {
    "trunc.po": ("stats", "check", "mine-dry", "export-xlsx"),
    "bomcrlf.po": ("add", "export-po", "export-mo", "import"),
    "latin1b.po": ("add", "export-tbx", "export-csv", "import-dry"),
    "plural.po": ("lookup", "export-po", "import"),
    "deepobs.po": ("add", "export-po", "check"),
    "fifo.po": ("stats", "check", "import-dry", "mine-dry"),
    "loop.po": ("add", "import-dry"),
    "u2028.po": ("add", "export-tsv", "export-xlsx"),
}


def _cases() -> list[tuple[str, str]]:
    """The sample; with GLOSSARY_SWEEP27=all, each command on every input ("*")."""
    if os.environ.get("GLOSSARY_SWEEP27") == "all":
        return [("*", command) for command in sweep_commands("x")]
    return [(name, command) for name, commands in SAMPLE.items() for command in commands]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, hostile_inputs(folder)


@pytest.mark.parametrize(("name", "command"), _cases())
def test_the_sweep_ends_in_a_result_or_one_line(
    tmp_path: Path, inputs: tuple[Path, list[str]], name: str, command: str
) -> None:
    folder, names = inputs
    chosen = names if name == "*" else [name]
    problems = [f"{n}: {p}" for n in chosen if (p := sweep_problem(n, command, tmp_path, folder))]
    assert not problems, problems


# --------------------------------------------------------------------------------------------------
# 3. Export round trips, read back by readers that are not ours

# Forms a PO file holds that other formats quote, escape or cannot hold: quotes and a backslash, a
# tab, a line break, a formula-like form, CSV's separators, markup and CDATA's end, characters
# outside the BMP, a byte-order mark inside a form, line and paragraph separators.
TRICKY = [
    ('Say \\"Hi\\" \\\\ back', 'Nói \\"Chào\\" \\\\ lại'),
    ("tab\\there", "tab\\tở đây"),
    ("two\\nlines", "hai\\ndòng"),
    ("=SUM(A1:A2)", "+cmd|calc"),
    ("@at, comma; semi", '-minus \\"q\\"'),
    ('<tag a=\\"1\\">&amp;</tag>', "]]> <![CDATA[ x"),
    ("Flag 🇻🇳 𝔸", "Cờ 🇻🇳 𝔸"),
    ("\ufeffmark", "\ufeffdấu"),
    ("Sep\u2028ara\u2029tor", "Tách\u2028dòng"),
    ("Long " + "x" * 20_000, "Dài " + "y" * 20_000),
]


@pytest.fixture
def tricky(tmp_path: Path) -> Path:
    body = "".join(
        f'#. kind: term\n#. note: note {i}, "quoted", with a comma\nmsgid "{en}"\nmsgstr "{vi}"\n\n'
        for i, (en, vi) in enumerate(TRICKY)
    )
    path = glossary_file(tmp_path, body)
    assert subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)]).returncode == 0
    return path


def pairs(path: Path) -> set[tuple[str, str]]:
    return {(e.msgid, e.msgstr) for e in parse_po(path.read_bytes(), str(path)) if e.msgid}


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_read_back_by_other_readers_and_by_import(tmp_path: Path, tricky: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = run_cli("--glossary", str(tricky), "export", "--status", "all", "--format", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert export_problem(fmt, out) is None
    again = tmp_path / "again"
    result = run_cli("--glossary", str(again), "import", str(out))
    assert result.returncode == 0, result.stderr
    expected = pairs(tricky)
    if fmt == "tsv":  # OmegaT's format holds no tab or line break: each is a space (documented)
        expected = {
            (en.replace("\t", " ").replace("\n", " "), vi.replace("\t", " ").replace("\n", " "))
            for en, vi in expected
        }
    if fmt == "pot":  # a template holds the source forms alone
        expected = {(en, "") for en, _ in expected}
    assert pairs(again / "vi.po") == expected


def test_the_xlsx_export_holds_each_form_as_text(tmp_path: Path, tricky: Path) -> None:
    out = tmp_path / "out.xlsx"
    result = run_cli(
        "--glossary", str(tricky), "export", "--status", "all", "--format", "xlsx", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2))
    assert {(row[1].value, row[2].value) for row in rows} == pairs(tricky)
    formula_like = [cell for row in rows for cell in row if cell.value == "=SUM(A1:A2)"]
    assert [cell.data_type for cell in formula_like] == ["s"]  # text, never a formula


# --------------------------------------------------------------------------------------------------
# 4. The TUI started on the hostile files: an error dialog, or the glossary and its screens


@pytest.mark.parametrize(
    ("name", "loads"),
    [("trunc.po", False), ("fifo.po", False), ("bomcrlf.po", True), ("plural.po", True), ("u2028.po", True)],
)
def test_the_tui_opens_a_hostile_glossary_or_says_why(
    inputs: tuple[Path, list[str]], tmp_path: Path, name: str, loads: bool
) -> None:
    from tests.test_tui import settle, sync
    from tui.app import GlossaryApp
    from tui.screens.dialogs import ErrorDialog

    folder, _ = inputs
    path = folder / name
    if path.is_file():
        path = Path(shutil.copyfile(path, tmp_path / name))  # the review below may save it
    before = path.read_bytes() if path.is_file() else None

    @sync
    async def probe() -> None:
        app = GlossaryApp(path, use_cache=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ErrorDialog) is not loads
            if loads:  # review: approve the first candidate, save, and the check screen
                for key in ("f3", "down", "a", "ctrl+s", "f7", "f2"):
                    await pilot.press(key)
                    await settle(pilot)
            assert app.is_running

    probe()
    if not loads and before is not None:
        assert path.read_bytes() == before  # a file the app could not read is left as it was
    if loads and before is not None:
        held = messages(path)
        assert held is not None and messages_of(before, name) <= held  # nothing lost in the save


def messages_of(data: bytes, name: str) -> set[tuple[str | None, str, bool]]:
    return {(e.msgctxt, e.msgid, e.obsolete) for e in parse_po(data, name)}
