"""The pre-commit hook runs `glossary check` on a throwaway git repository, offline.

pre-commit installs the hook into a fresh virtualenv with pip; the test gives pip a folder of wheels
made from the packages already installed here (and no index), so nothing is downloaded.
"""

from __future__ import annotations

import importlib.metadata as metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.check_helpers import write_glossary

ROOT = Path(__file__).resolve().parent.parent
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


def _requirements(name: str) -> list[str]:
    """Names of the packages a distribution may need (extras too: those not installed are skipped)."""
    names = []
    for requirement in metadata.requires(name) or []:
        match = _NAME.match(requirement)
        if match:
            names.append(match.group(1))
    return names


def _pack(dist: metadata.Distribution, folder: Path) -> None:
    """A wheel of an installed distribution, made from its installed files (RECORD)."""
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"])
    wheel = folder / f"{name}-{dist.version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        records = []
        for file in dist.files or []:
            text = str(file)
            if (
                text.startswith("..")
                or "__pycache__" in text
                or text.endswith((".pyc", "RECORD", "INSTALLER", "WHEEL"))
            ):
                continue
            path = Path(file.locate())
            if path.is_file():
                archive.write(path, text)
                records.append(f"{text},,")
        info = next(str(f).split("/")[0] for f in dist.files or [] if ".dist-info/" in str(f))
        archive.writestr(
            f"{info}/WHEEL",
            "Wheel-Version: 1.0\nGenerator: tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
        archive.writestr(
            f"{info}/RECORD", "\n".join(records + [f"{info}/WHEEL,,", f"{info}/RECORD,,"]) + "\n"
        )


def wheelhouse(folder: Path) -> Path:
    """Wheels of everything the package needs, from this environment, plus the build backend."""
    folder.mkdir()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    todo = [_NAME.match(r).group(1) for r in project["dependencies"]]
    done: set[str] = set()
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in done:
            continue
        done.add(key)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        _pack(dist, folder)
        todo.extend(_requirements(name))
    import virtualenv

    embedded = Path(virtualenv.__file__).parent / "seed" / "wheels" / "embed"
    for wheel in embedded.glob("*.whl"):
        if wheel.name.startswith(("setuptools-", "wheel-")):
            shutil.copy(wheel, folder)
    return folder


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_hook_runs_through_pre_commit_on_a_throwaway_repo(tmp_path: Path) -> None:
    repo = tmp_path / "l10n"
    repo.mkdir()
    write_glossary(repo / "terms")
    (repo / "pyproject.toml").write_text('[tool.glossary]\nglossary = "terms"\n', encoding="utf-8")
    (repo / "po").mkdir()
    (repo / "po" / "vi.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: vi\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Welcome to Hanoi"\nmsgstr "Chào mừng đến Ha Nội"\n',
        encoding="utf-8",
    )
    (repo / "po" / "ok.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: vi\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Welcome to Hanoi"\nmsgstr "Chào mừng đến Hà Nội"\n',
        encoding="utf-8",
    )
    git(repo, "init", "-q")
    git(repo, "add", ".")
    env = dict(os.environ)
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS=str(wheelhouse(tmp_path / "wheels")),
        VIRTUALENV_NO_DOWNLOAD="1",
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
    )
    env.pop("GLOSSARY_PATH", None)
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "glossary-check", "--verbose"]
    failing = subprocess.run(
        [*command, "--files", "po/vi.po", "po/ok.po"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = failing.stdout + failing.stderr
    assert failing.returncode == 1, output
    assert "po/vi.po:7:23: VN102 'Ha Nội' has partial diacritics (use 'Hà Nội')" in output
    assert "po/ok.po:" not in output
    passing = subprocess.run(
        [*command, "--files", "po/ok.po"], cwd=repo, env=env, capture_output=True, text=True
    )
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
