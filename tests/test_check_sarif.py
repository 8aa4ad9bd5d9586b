"""`glossary check --format sarif` read by independent validators: the official SARIF 2.1.0 JSON schema
(with jsonschema) and Microsoft's SARIF Multitool, both from the npm package tests/sarif_validator.py
fetches; and what the log says, checked against the files it points into."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import jsonschema
import pytest

from tests import sarif_validator
from tests.check_helpers import write_glossary
from tests.conftest import run_cli

CATALOG = """\
msgid ""
msgstr ""
"Language: vi\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

msgid "Welcome to Hanoi and Vietnam"
msgstr ""
"Chào mừng đến Ha Nội và "
"Viet Nam"

msgid "Mount Yen Tu"
msgstr "Núi Yên Tu"

msgid "Flights to Vietnam"
msgstr "Các chuyến bay"
"""

# Every shape of log the command writes: (name, files written, extra arguments).
CASES = {
    # partial diacritics and a near miss, each with its fix
    "texts": ({"texts/a.txt": "Tô Lam visited Ha Nội.\nAudrey Azoulai was there.\n"}, ["texts"]),
    # a catalog: a fix inside a continued string, an ambiguous finding (no fix), VN201 (never fixed)
    "catalog": ({"po/vi.po": CATALOG}, ["po"]),
    # a house style: non-preferred forms, a deprecated form, the other tone placement, a second spelling;
    # a path with a blank and Vietnamese letters, which the log must give as a URI
    "house style": (
        {"bài viết/b.md": "# Ha-noi\n\nTô Lâm in Khánh Hoà.\nTo Lam in Hanoi.\n"},
        ["bài viết", "--style", "en-diacritics", "--tone", "old"],
    ),
    # nothing found: a log with no results is still a log
    "clean": ({"clean.md": "# Hà Nội\n\nTô Lâm spoke in Hà Nội.\n"}, ["clean.md"]),
}
# Warnings of the Multitool judged harmless, each with the reason.
ACCEPTED_WARNINGS = {
    # The tool's informationUri: the project has no public web address to give yet.
    "SARIF2005",
}


@pytest.fixture(scope="module")
def logs(tmp_path_factory) -> dict[str, Path]:
    """One SARIF log per case, written by the real command; each case in a project of its own."""
    out = {}
    for name, (files, args) in CASES.items():
        project = tmp_path_factory.mktemp("sarif")
        write_glossary(project / "terms")
        for path, text in files.items():
            (project / path).parent.mkdir(parents=True, exist_ok=True)
            (project / path).write_text(text, encoding="utf-8")
        result = run_cli(
            "--glossary", str(project / "terms"), "check", "--format", "sarif", *args, cwd=project
        )
        assert result.returncode == (0 if name == "clean" else 1), result.stderr
        out[name] = project / f"{name.replace(' ', '-')}.sarif"
        out[name].write_text(result.stdout, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def validators() -> sarif_validator.Validators:
    found = sarif_validator.CACHE.locate()
    if found.tampered:
        pytest.fail(found.reason)
    return found


def test_every_log_validates_against_the_official_schema(logs, validators):
    if validators.schema is None:
        pytest.skip(f"no SARIF schema: {validators.reason}")
    schema = json.loads(validators.schema.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    for name, path in logs.items():
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))
        ]
        assert errors == [], name
    # the schema does catch a broken log (a result without its message)
    broken = json.loads(logs["texts"].read_text(encoding="utf-8"))
    del broken["runs"][0]["results"][0]["message"]
    assert not validator.is_valid(broken)


@pytest.fixture
def offline_env() -> dict[str, str]:
    """The Multitool checks that URIs in a log answer an HTTP GET; point it at a port that refuses."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))  # bound and never listening: every connection is refused
        proxy = f"http://127.0.0.1:{closed.getsockname()[1]}"
        yield dict(os.environ, HTTP_PROXY=proxy, HTTPS_PROXY=proxy, ALL_PROXY=proxy, NO_PROXY="")


def multitool(validators, offline_env, logs: list[Path], out: Path) -> list[dict]:
    """The Multitool's findings on logs (its SARIF rules and GitHub code scanning's), notes included."""
    result = subprocess.run(
        [
            str(validators.multitool),
            "validate",
            *map(str, logs),
            "--rule-kind",
            "Sarif;Gh",
            "--level",
            "Error;Warning;Note",
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=offline_env,
        timeout=300,
    )
    if "ICU" in result.stdout + result.stderr and not out.exists():
        pytest.skip("Sarif.Multitool needs libicu (`make icu` installs it)")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(out.read_text(encoding="utf-8-sig"))
    run = report["runs"][0]
    for invocation in run["invocations"]:
        assert invocation["executionSuccessful"], invocation
        assert not invocation.get("toolExecutionNotifications"), invocation
    # every log was read: each has results (at least the notes every log gets)
    analysed = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert {uri.rsplit("/", 1)[-1] for uri in analysed} >= {p.name for p in logs}
    return run["results"]


def described(result: dict) -> str:
    where = result["locations"][0]["physicalLocation"]
    args = result["message"].get("arguments", [])
    return f"{where['artifactLocation']['uri']}:{where['region']['startLine']}: {result['ruleId']} {args}"


def test_sarif_multitool_finds_no_errors(logs, validators, offline_env, tmp_path):
    if validators.multitool is None:
        pytest.skip(f"no SARIF Multitool: {validators.reason}")
    results = multitool(validators, offline_env, list(logs.values()), tmp_path / "validation.sarif")
    errors = [described(r) for r in results if r.get("level", "warning") == "error"]
    warnings = [described(r) for r in results if r.get("level", "warning") == "warning"]
    assert errors == []
    assert [w for w in warnings if w.split(": ")[1].split()[0] not in ACCEPTED_WARNINGS] == []
    # the validator does find errors: a result pointing at line 0
    broken = json.loads(logs["texts"].read_text(encoding="utf-8"))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    (tmp_path / "broken.sarif").write_text(json.dumps(broken), encoding="utf-8")
    results = multitool(
        validators, offline_env, [tmp_path / "broken.sarif"], tmp_path / "broken-report.sarif"
    )
    assert [r["ruleId"] for r in results if r.get("level", "warning") == "error"]


def test_log_points_into_the_files(logs):
    log = json.loads(logs["texts"].read_text(encoding="utf-8"))
    (run,) = log["runs"]
    assert run["tool"]["driver"]["version"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["VN102", "VN102", "VN103"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 1, 7)
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert all(rule["fullDescription"]["text"].endswith(".") for rule in rules)
    # every fix's replacements point at the file's own characters
    text = (logs["texts"].parent / "texts/a.txt").read_text(encoding="utf-8")
    fixed = text
    for r in sorted(
        results,
        key=lambda r: -r["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]["charOffset"],
    ):
        (change,) = r["fixes"][0]["artifactChanges"]
        assert change["artifactLocation"]["uri"] == "texts/a.txt"
        for replacement in change["replacements"]:
            region = replacement["deletedRegion"]
            start, end = region["charOffset"], region["charOffset"] + region["charLength"]
            assert fixed[start:end] != replacement["insertedContent"]["text"]
            fixed = fixed[:start] + replacement["insertedContent"]["text"] + fixed[end:]
    assert fixed == "Tô Lâm visited Hà Nội.\nAudrey Azoulay was there.\n"


def test_catalog_log_has_no_fix_for_what_is_not_fixed(logs):
    results = json.loads(logs["catalog"].read_text(encoding="utf-8"))["runs"][0]["results"]
    codes = {r["ruleId"]: r for r in results}
    assert {"VN101", "VN102", "VN201"} <= set(codes)
    unfixed = [r for r in results if "fixes" not in r]
    assert {r["ruleId"] for r in unfixed} >= {"VN201"}
    assert any("ambiguous" in r["message"]["text"] for r in unfixed)
    assert all(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "po/vi.po" for r in results
    )


def test_paths_are_given_as_uris(logs):
    results = json.loads(logs["house style"].read_text(encoding="utf-8"))["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"b%C3%A0i%20vi%E1%BA%BFt/b.md"}
    assert {"VN101", "VN105", "VN106"} <= {r["ruleId"] for r in results}
