"""The core never imports the UI: glossary/ must load without Textual or tui."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest

import glossary


def test_headless_modules_do_not_import_textual() -> None:
    modules = sorted(
        m.name for m in pkgutil.walk_packages(glossary.__path__, "glossary.") if m.name != "glossary.__main__"
    )
    assert "glossary.store" in modules and "glossary.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "import glossary.cli\n"
        "glossary.cli.build_parser()\n"  # building the parser loads the plugin registrations
        "ui = ('textual', 'textual.', 'tui.')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(ui) and m != 'tui.command')\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"headless modules pulled in UI modules: {out.stdout.strip()}"


def test_no_source_file_in_glossary_names_the_ui() -> None:
    from pathlib import Path

    root = Path(glossary.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.lstrip().startswith(("import ", "from ")) and ("textual" in line or " tui" in line)
    ]
    assert offenders == []


def test_tui_does_not_import_the_cli() -> None:
    """The TUI shares the library with the CLI, not the CLI itself: loading the app and its screens
    must not load glossary.cli (whose job is argv, stdout and exit codes)."""
    code = "import sys\nimport tui.app, tui.render\nprint('glossary.cli' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_building_the_parser_leaves_the_miner_and_checker_unloaded() -> None:
    """Every command builds the whole parser: the `mine` and `check` commands register without
    loading the extractors or the checker, so a lookup does not pay for them at start."""
    code = (
        "import sys\nimport glossary.cli\nglossary.cli.build_parser()\n"
        "heavy = ('glossary.check.checker', 'glossary.check.catalogs', 'glossary.mine.pipeline',\n"
        "         'glossary.interchange.exporter', 'glossary.interchange.importer')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"loaded at parser build: {out.stdout.strip()}"


@pytest.mark.parametrize("package", ["glossary.check", "glossary.interchange"])
def test_the_lazy_packages_hand_out_every_name(package: str) -> None:
    module = importlib.import_module(package)
    assert set(module.__all__) <= set(dir(module)) | set(module._HOMES)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    with pytest.raises(AttributeError, match="no_such_name"):
        module.no_such_name  # noqa: B018


def test_import_takes_every_format_export_writes() -> None:
    from glossary.interchange.formats import FORMATS
    from glossary.interchange.importer import READERS

    assert tuple(READERS) == FORMATS
