"""The SARIF validators the tests use: the official SARIF 2.1.0 JSON schema and Microsoft's SARIF
Multitool, both from one pinned npm package, fetched once into .cache/ (never committed).

`python -m tests.sarif_validator` (run by `make test`) downloads the package's tarball from the npm
registry, checks it against the sha512 the registry publishes for it, and extracts the two files. When
that is impossible (no network, no registry), it records why, and the SARIF tests skip with that reason.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import io
import os
import platform
import sys
import tarfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "@microsoft/sarif-multitool-linux"
VERSION = "5.7.0"
TARBALL = "https://registry.npmjs.org/@microsoft/sarif-multitool-linux/-/sarif-multitool-linux-5.7.0.tgz"
# dist.integrity of that version (`npm view @microsoft/sarif-multitool-linux@5.7.0 dist.integrity`).
INTEGRITY = "sha512-NxUbpq6ISCWoTQ/NfOYEwEDKq1Heka/rMoJ5R5LMydcAZQX/X7g5mWHcgxDub+0M07LC96tZ5LZHvF1Qy3gjTA=="
# The tarball's members we use, and the names they get in the cache.
MEMBERS = {"package/sarif-2.1.0.json": "sarif-2.1.0.json", "package/Sarif.Multitool": "Sarif.Multitool"}
INTEGRITY_PREFIX = "integrity check failed"
TIMEOUT = 60  # seconds without a byte before giving up


@dataclass(frozen=True)
class Validators:
    """The extracted files, or why they are missing."""

    schema: Path | None
    multitool: Path | None
    reason: str = ""
    # The download arrived whole but is not the published tarball: a failure, not a skip.
    tampered: bool = False


def integrity(data: bytes) -> str:
    """npm's Subresource Integrity string of data."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def download(url: str, expected: str) -> bytes:
    """The bytes at url, checked against the integrity string expected (ValueError when they differ)."""
    request = urllib.request.Request(url, headers={"User-Agent": "vi-glossary-tests"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        data = response.read()  # IncompleteRead when the connection closes before Content-Length bytes
    got = integrity(data)
    if got != expected:
        raise ValueError(f"{INTEGRITY_PREFIX}: {url} has {got}, the registry publishes {expected}")
    return data


@dataclass(frozen=True)
class Cache:
    """The folder the validators are fetched into: derived, disposable, outside git."""

    folder: Path

    @property
    def archive(self) -> Path:
        return self.folder / f"sarif-multitool-linux-{VERSION}.tgz"

    @property
    def unavailable(self) -> Path:
        """Why the validators could not be had, written by fetch() so that the tests can say it."""
        return self.folder / "unavailable.txt"

    @property
    def ready(self) -> Path:
        """Marks a verified, completely extracted cache."""
        return self.folder / "ready"

    def fetch(self, url: str = TARBALL, expected: str = INTEGRITY) -> Validators:
        """Download, verify and extract once; afterwards only look. Never raises for a missing network."""
        if self.ready.exists():
            return self.locate()
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            data = self.archive.read_bytes() if self.archive.exists() else b""
            if integrity(data) != expected:
                data = download(url, expected)
                self._replace(self.archive, data)
            self._extract(data, url)
        except (OSError, http.client.HTTPException, tarfile.TarError, ValueError) as error:
            # urllib's errors (no route, DNS, HTTP status, timeout) are OSErrors; a cut download is
            # http.client's IncompleteRead.
            self.unavailable.write_text(f"{error}\n", encoding="utf-8")
            return self.locate()
        self.unavailable.unlink(missing_ok=True)
        self.ready.write_text(f"{PACKAGE}@{VERSION} {expected}\n", encoding="utf-8")
        return self.locate()

    def _extract(self, data: bytes, url: str) -> None:
        """Write the members we use into the cache, the executable made so."""
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            for member, name in MEMBERS.items():
                source = archive.extractfile(member)
                if source is None:
                    raise OSError(f"{url} has no file {member}")
                self._replace(
                    self.folder / name, source.read(), 0o755 if name == "Sarif.Multitool" else 0o644
                )

    @staticmethod
    def _replace(target: Path, data: bytes, mode: int = 0o644) -> None:
        """target written whole or not at all."""
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        partial.chmod(mode)
        os.replace(partial, target)

    def locate(self) -> Validators:
        """What fetch() left in the cache; the reason says why a file is missing."""
        schema, multitool = (self.folder / name for name in MEMBERS.values())
        if self.ready.exists() and schema.exists() and multitool.exists():
            runs_here = sys.platform == "linux" and platform.machine() == "x86_64"
            if runs_here:
                return Validators(schema, multitool)
            return Validators(schema, None, f"Sarif.Multitool runs on Linux x86-64, not {platform.machine()}")
        if self.unavailable.exists():
            why = self.unavailable.read_text(encoding="utf-8").strip()
            tampered = why.startswith(INTEGRITY_PREFIX)
            return Validators(None, None, f"{PACKAGE}@{VERSION} could not be had: {why}", tampered)
        return Validators(
            None, None, f"{PACKAGE}@{VERSION} is not in .cache/ (`make sarif-validator` downloads it, ~43 MB)"
        )


CACHE = Cache(Path(__file__).resolve().parent.parent / ".cache" / f"sarif-multitool-{VERSION}")


def main() -> int:
    validators = CACHE.fetch()
    if validators.tampered:
        print(f"SARIF validators: {validators.reason}; the SARIF validation tests will fail", file=sys.stderr)
    elif validators.schema is None or validators.multitool is None:
        print(f"SARIF validators: {validators.reason}; the SARIF validation tests will skip", file=sys.stderr)
    # Never fails the build: the tests report a tampered download, and skip a missing one.
    return 0


if __name__ == "__main__":
    sys.exit(main())
