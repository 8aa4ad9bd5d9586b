"""No traceback anywhere: every command, fed random arguments and random files, ends with exit 0 or 1
and no traceback, or with exit 2, one line on stderr, nothing on stdout and no file changed.

GLOSSARY_FUZZ_EXAMPLES sets how many inputs each property tries (`make soak` runs thousands).
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.cli import main
from glossary.model import Kind, Status, VariantType
from tests.po_strategies import po_files, texts

EXAMPLES = int(os.environ.get("GLOSSARY_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)

# Words the commands know, and placeholders for the files each example makes.
WORDS = [
    "lookup", "add", "mine", "eval", "stats", "--en", "--vi", "--kind", "--status", "--abbr", "--variant",
    "--note", "--source", "--context", "--disambiguation", "--limit", "--all", "--format", "json", "text",
    "--dry-run", "--jobs", "-v", "--force", "--glossary", "-1", "0", "2", "9" * 30,
    *(k.value for k in Kind), *(s.value for s in Status), *(f"{t.value}=x" for t in VariantType),
    "export", "import", "check", "--fix", "--style", "vi", "en", "--tone", "old", "new", "-o", "-",
    "po", "pot", "mo", "tbx", "csv", "tsv", "xlsx", "--as-candidates",
    "@TEXT", "@GOLD", "@GLOSSARY", "@MISSING", "@IMPORT", "@OUT", "@CHECKPO",
]  # fmt: skip
FORMATS = ["po", "pot", "mo", "tbx", "csv", "tsv", "xlsx"]
COMMANDS = {
    "lookup": st.tuples(st.just("lookup"), st.text(max_size=12)),
    "add": st.tuples(
        st.just("add"), st.just("--en"), st.text(max_size=10), st.just("--vi"), st.text(max_size=10)
    ),
    "mine": st.tuples(st.just("mine"), st.just("@TEXT")),
    "mine-dry": st.tuples(
        st.just("mine"), st.just("--dry-run"), st.just("--format"), st.just("json"), st.just("@TEXT")
    ),
    "eval": st.tuples(st.just("eval"), st.just("@GOLD"), st.just("@TEXT")),
    "stats": st.tuples(st.just("stats")),
    "export": st.tuples(
        st.just("export"),
        st.just("--format"),
        st.sampled_from(FORMATS),
        st.just("-o"),
        st.sampled_from(["@OUT", "-", "@MISSING"]),
    ),
    "import": st.tuples(st.just("import"), st.just("--format"), st.sampled_from(FORMATS), st.just("@IMPORT")),
    "check": st.tuples(st.just("check"), st.sampled_from(["@TEXT", "@CHECKPO", "@MISSING"])),
    "check-fix": st.tuples(st.just("check"), st.just("--fix"), st.sampled_from(["@TEXT", "@CHECKPO"])),
}
gold_files = st.one_of(
    st.text(max_size=60),
    st.sampled_from(['{"entries": [{"en": 1}]}', '{"entries": [{"vi": "x", "kind": "zz"}]}', "[[]]",
                     '{"entries": [{"en": "Hanoi", "vi": "Hà Nội", "kind": "place"}]}', '{"entries": {}}']),
)  # fmt: skip
text_files = st.one_of(
    texts.map(str.encode), st.binary(max_size=200), texts.map(lambda t: f"<p>{t}</p>".encode())
)


def run(argv: list[str]) -> tuple[int, str, str]:
    # Byte streams underneath, as a real stdout has (binary exports write to sys.stdout.buffer).
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for _ in range(2))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help, or a usage error
            code = exc.code if isinstance(exc.code, int) else 2
    texts = []
    for stream in (out, err):
        stream.flush()
        texts.append(stream.buffer.getvalue().decode("utf-8", errors="replace"))
    return code, texts[0], texts[1]


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    out = {}
    for path in sorted(folder.rglob("*")):
        st_ = path.lstat()
        out[str(path.relative_to(folder))] = (
            st_.st_mode,
            path.read_bytes() if stat.S_ISREG(st_.st_mode) else None,
        )
    return out


def check(folder: Path, argv: list[str]) -> None:
    before = snapshot(folder)
    code, out, err = run(argv)
    assert "Traceback" not in err, err
    assert code in (0, 1, 2), (code, err)
    if code == 2:
        assert out == "", out
        assert err.count("\n") == 1 and err.endswith("\n") and err.strip(), err
        assert snapshot(folder) == before, "an error changed files"
    if code == 1:  # lookup: nothing found; check: something found
        assert "lookup" in argv or "check" in argv, (argv, err)


def files(folder: Path, po: bytes, text: bytes, gold: str, imported: bytes = b"") -> dict[str, str]:
    (folder / "g").mkdir()
    (folder / "in.dat").write_bytes(imported)
    (folder / "checked.po").write_bytes(imported)
    (folder / "g" / "vi.po").write_bytes(po)
    (folder / "t.txt").write_bytes(text)
    (folder / "gold.json").write_text(gold, encoding="utf-8", errors="surrogatepass")
    return {
        "@TEXT": str(folder / "t.txt"),
        "@GOLD": str(folder / "gold.json"),
        "@GLOSSARY": str(folder / "g"),
        "@MISSING": str(folder / "missing" / "x"),
        "@IMPORT": str(folder / "in.dat"),
        "@OUT": str(folder / "out.dat"),
        "@CHECKPO": str(folder / "checked.po"),
    }


@FUZZ
@given(
    po=po_files(), text=text_files, gold=gold_files, command=st.sampled_from(sorted(COMMANDS)), data=st.data()
)
def test_each_command_on_random_files(po: bytes, text: bytes, gold: str, command: str, data) -> None:
    args = list(data.draw(COMMANDS[command]))
    imported = data.draw(st.one_of(po_files(), st.binary(max_size=300), text_files))
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        names = files(folder, po, text, gold, imported)
        check(folder, ["--glossary", names["@GLOSSARY"], *(names.get(a, a) for a in args)])


@FUZZ
@given(
    po=po_files(),
    words=st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=9),
)
def test_random_command_lines(po: bytes, words: list[str]) -> None:
    if "tui" in words:
        return  # the TUI shows its errors in its own dialogs (tests/test_tui.py); it needs a terminal
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        names = files(folder, po, b"T\xc3\xb4 L\xc3\xa2m (To Lam) visited UNESCO.\n", "{}")
        check(folder, ["--glossary", names["@GLOSSARY"], *(names.get(w, w) for w in words)])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # int() refuses 4300 digits and more: this was a ValueError traceback, exit 1.
        (b'msgid "a"\nmsgid_plural "as"\nmsgstr[' + b"9" * 5000 + b'] "x"\n', "is too large"),
        (b'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', "duplicate message definition"),
        (b'msgid "a"\nmsgstr "b\n', "unterminated string"),
        (b"\xff\xfe\x00\x00", "NUL byte"),
    ],
)
@pytest.mark.parametrize("command", [["stats"], ["lookup", "x"], ["add", "--en", "x"]])
def test_malformed_files_are_one_line(
    tmp_path: Path, content: bytes, message: str, command: list[str]
) -> None:
    (tmp_path / "vi.po").write_bytes(content)
    before = snapshot(tmp_path)
    code, out, err = run(["--glossary", str(tmp_path / "vi.po"), *command])
    assert (code, out) == (2, "") and err.count("\n") == 1 and message in err, err
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "content",
    [
        b"#: file.c:" + b"9" * 5000 + b'\nmsgid "a"\nmsgstr "b"\n',  # read as a name, written back the same
        b'#. frequency: \xc2\xb2\nmsgid "a"\nmsgstr "b"\n',  # "²" is a digit to isdigit(), not to int()
        b"#. frequency: " + b"9" * 5000 + b'\nmsgid "a"\nmsgstr "b"\n',
        b"#, range: 1.." + b"9" * 5000 + b'\nmsgid "a"\nmsgstr "b"\n',
    ],
)
def test_huge_and_odd_numbers_in_comments_are_read(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "vi.po").write_bytes(content)
    code, out, err = run(["--glossary", str(tmp_path / "vi.po"), "add", "--en", "a", "--note", "checked"])
    assert code == 0, err


def test_odd_source_line_numbers_on_the_command_line(tmp_path: Path) -> None:
    for source in ("a.txt:²", "a.txt:" + "9" * 5000, "a.txt:-1"):
        code, _, err = run(["--glossary", str(tmp_path / "g"), "add", "--en", "x", "--source", source])
        assert code == 0, err


def test_usage_errors_are_one_line() -> None:
    for argv in (["lookup"], ["add", "--kind", "nonsense"], ["nonsense"], [], ["mine", "--jobs", "0", "x"]):
        code, out, err = run(argv)
        assert (code, out) == (2, "") and err.count("\n") == 1 and "--help" in err, (argv, err)
