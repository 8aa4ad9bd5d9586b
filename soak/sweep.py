"""Every `glossary` command on every hostile input, in every place it takes a file: the large probe
behind tests/test_reliability_round23.py (which runs three inputs).

    python -m soak.sweep [--only NAME ...]

Inputs: CRLF, lone CR, NFD, UTF-8 BOM, UTF-16, Latin-1, binary, NUL, empty, a 3 MB msgid, a
1.8 MB line, control characters, ragged CSV, a FIFO, a folder of a FIFO, an empty folder, a
symbolic link loop, a file of mode 0000, a read-only folder and file, /dev/null, /dev/zero, a
missing file; since round 25 gold in UTF-16 and of wrong shapes, duplicate msgids, invalid UTF-8
in a PO header, a huge plural index, a raw NUL in a PO file, markup and controls in terms.
Places: the glossary (lookup, stats, add, mine, export), a file to check, mine, import or score,
and the word list.  Each run must end in exit 0 or 1, or exit 2 with one line on stderr, never a
traceback, within --timeout seconds.  Prints one line: runs, failures (and each failure).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from glossary import controls

ROOT = Path(__file__).resolve().parent.parent
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n\n'
BODY = '#, fuzzy\nmsgid "Hanoi"\nmsgstr "Hà Nội"\n\nmsgid "Hue"\nmsgstr "Huế"\n'
TEXT = "Thủ đô Hà Nội (Hanoi) là.\nTổng Bí thư Tô Lâm (To Lam).\n"


def make_inputs(folder: Path) -> None:
    """The hostile files, written into folder."""
    good = (HEADER + BODY).encode()
    files = {
        "good.po": good,
        "crlf.po": good.replace(b"\n", b"\r\n"),
        "cr.po": good.replace(b"\n", b"\r"),
        "nfd.po": unicodedata.normalize("NFD", HEADER + BODY).encode(),
        "bom.po": b"\xef\xbb\xbf" + good,
        "utf16.po": (HEADER + BODY).encode("utf-16"),
        "latin1.po": good.replace("à".encode(), b"\xe0"),
        "huge.po": (HEADER + 'msgid "' + "a" * 3_000_000 + '"\nmsgstr "b"\n').encode(),
        "ctrl.po": (HEADER + '# \x1b[2J\nmsgid "Ha\x1b[31mnoi"\nmsgstr "H\u202eà\x7f"\n').encode(),
        "empty.po": b"",
        "crlf.txt": TEXT.replace("\n", "\r\n").encode(),
        "nfd.txt": unicodedata.normalize("NFD", TEXT).encode(),
        "bom.txt": b"\xef\xbb\xbf" + TEXT.encode(),
        "utf16.txt": TEXT.encode("utf-16"),
        "latin1.txt": b"H\xe0 " + TEXT.encode(),
        "nul.txt": b"abc\0def\n",
        "hugeline.txt": ("Hà Nội (Hanoi) " * 120_000).encode(),
        "binary.bin": bytes(range(256)) * 10,
        "ragged.csv": b'en,vi\nA\nB,C,D,E\n"unclosed\n',
        "gold.json": b'{"broken": ',
        # Round 25: gold in other encodings and shapes, PO files other tools could write.
        "utf16gold.json": '{"entries": []}'.encode("utf-16"),
        "shapegold.json": b'{"entries": [5, {"kind": "person", "vi": 3}]}',
        "deepgold.json": b"[" * 100_000,
        "dupids.po": (HEADER + BODY + '\nmsgid "Hanoi"\nmsgstr "Thành phố Hà Nội"\n').encode(),
        "badheader.po": good.replace(b"Language: vi", b"Language: v\xff\xfei"),
        "plurals.po": (
            HEADER.replace("Language: vi", "Plural-Forms: nplurals=999999999; plural=n")
            + 'msgid "a"\nmsgid_plural "as"\nmsgstr[999999999] "b"\n'
        ).encode(),
        "rawnul.po": good.replace(b'msgid "Hue"', b'msgid "H\0ue"'),
        "markup.po": (HEADER + 'msgid "[bold]Hanoi[/]"\nmsgstr "[/] Hà Nội"\n').encode(),
        "ctrl.txt": "Ủy ban Nhân dân (People's\x7f\u202eCommittee) là.\n".encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "fifo.po")
    (folder / "emptydir").mkdir()
    (folder / "dirfifo").mkdir()
    os.mkfifo(folder / "dirfifo" / "vi.po")
    (folder / "loop1.po").symlink_to(folder / "loop2")
    (folder / "loop2").symlink_to(folder / "loop1.po")
    (folder / "mode000.po").write_bytes(good)
    (folder / "mode000.po").chmod(0)
    (folder / "rodir").mkdir()
    (folder / "rodir" / "vi.po").write_bytes(good)
    (folder / "rodir").chmod(0o555)
    (folder / "rofile").mkdir()
    (folder / "rofile" / "vi.po").write_bytes(good)
    (folder / "rofile" / "vi.po").chmod(0o444)


def commands(path: str, text: str) -> dict[str, list[str]]:
    """Each command with path in the place it takes a file (text: a good text to mine or score)."""
    return {
        "lookup --glossary": ["--glossary", path, "lookup", "hanoi"],
        "stats --glossary": ["--glossary", path, "stats"],
        "add --glossary": ["--glossary", path, "add", "--en", "Saigon", "--vi", "Sài Gòn"],
        "mine --glossary": ["--glossary", path, "mine", text],
        "export --glossary": ["--glossary", path, "export", "-o", "out.po"],
        "check": ["--glossary", "terms", "check", path],
        "mine": ["--glossary", "terms", "mine", "--dry-run", path],
        "import": ["--glossary", "terms", "import", "--dry-run", path],
        "eval": ["eval", path, text],
        "check --words": ["--glossary", "terms", "check", "--words", path, text],
    }


def run(args: list[str], work: Path, timeout: float) -> str | None:
    """None when the command ended as it must; else what went wrong."""
    env = dict(os.environ, GLOSSARY_CACHE_DIR=str(work / "cache"), PYTHONPATH=str(ROOT))
    env.pop("GLOSSARY_PATH", None)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "glossary", *args],
            capture_output=True, cwd=work, env=env, timeout=timeout, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return f"no result in {timeout:.0f} s"
    err = done.stderr.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    if "Traceback" in err:
        return f"traceback: {lines[-1] if lines else ''}"
    if done.returncode == 2 and len(lines) != 1:
        return f"exit 2 with {len(lines)} lines on stderr"
    if done.returncode not in (0, 1, 2):
        return f"exit {done.returncode}: {lines[-1] if lines else ''}"
    # What reaches a terminal holds no control or reordering character (round 23's stand-ins).
    out = done.stdout.decode("utf-8", "replace") + err
    raw = sorted({f"U+{ord(c):04X}" for c in out if controls.hidden(c) and c not in "\n\t"})
    if raw:
        return f"control characters on the terminal: {', '.join(raw)}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--only", nargs="*", help="only these input names")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args(argv)
    started = time.monotonic()
    failures: list[str] = []
    runs = 0
    with tempfile.TemporaryDirectory(prefix="glossary-sweep-") as tmp:
        base = Path(tmp)
        inputs = base / "in"
        inputs.mkdir()
        make_inputs(inputs)
        text = str(inputs / "crlf.txt")
        names = sorted(p.name for p in inputs.iterdir()) + [os.devnull, "/dev/zero", "missing.po"]
        names = [n for n in names if not args.only or n in args.only]
        for name in names:
            path = name if name.startswith("/") else str(inputs / name)
            for command, command_args in commands(path, text).items():
                work = base / "work"
                shutil.rmtree(work, ignore_errors=True)
                (work / "terms").mkdir(parents=True)
                (work / "terms" / "vi.po").write_text(HEADER + BODY, encoding="utf-8")
                runs += 1
                problem = run(command_args, work, args.timeout)
                if problem is not None:
                    failures.append(f"  {command} {name}: {problem}")
        for folder in ("rodir", "rofile"):  # let the temporary folder go
            target = inputs / folder
            if target.exists():
                target.chmod(0o755)
    print(
        f"hostile-input sweep: {runs} runs (10 commands x {len(names)} inputs), "
        f"{time.monotonic() - started:.0f} s; failures: {len(failures)}"
    )
    for line in failures:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
