"""The fetcher of the SARIF validators (tests/sarif_validator.py) against a local HTTP server: it extracts
a tarball that matches the pinned integrity once, refuses one that does not, and turns a missing network
or a cut download into a reason to skip, never into a broken build."""

from __future__ import annotations

import io
import tarfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.sarif_validator import MEMBERS, Cache, integrity


def tarball(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


PACKAGE = tarball({"package/sarif-2.1.0.json": b'{"title": "schema"}', "package/Sarif.Multitool": b"\x7fELF"})


@pytest.fixture
def server():
    """Serves `body` at every path, with `length` as its Content-Length; counts the requests."""

    class Handler(BaseHTTPRequestHandler):
        body, length, requests = PACKAGE, None, []

        def do_GET(self):
            Handler.requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", str(Handler.length or len(Handler.body)))
            self.end_headers()
            self.wfile.write(Handler.body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield Handler, f"http://127.0.0.1:{httpd.server_address[1]}/package.tgz"
    httpd.shutdown()
    httpd.server_close()


def test_a_matching_tarball_is_extracted_once(server, tmp_path):
    handler, url = server
    cache = Cache(tmp_path / "cache")
    found = cache.fetch(url, integrity(PACKAGE))
    assert (found.schema.read_bytes(), found.reason) == (b'{"title": "schema"}', "")
    assert found.multitool.stat().st_mode & 0o111  # executable
    assert sorted(p.name for p in cache.folder.iterdir()) == sorted(
        [*MEMBERS.values(), cache.archive.name, "ready"]
    )
    cache.fetch(url, integrity(PACKAGE))
    assert len(handler.requests) == 1  # the second run only looks


def test_a_tarball_that_does_not_match_the_pinned_integrity_is_refused(server, tmp_path):
    _, url = server
    cache = Cache(tmp_path / "cache")
    found = cache.fetch(url, integrity(b"the published tarball"))
    assert found.tampered and found.schema is None and "integrity check failed" in found.reason
    assert not cache.archive.exists() and not any(cache.folder.glob("Sarif*"))


@pytest.mark.parametrize(
    ("length", "reason"),
    [
        (None, "Connection refused"),  # nothing listens
        (len(PACKAGE) + 100, "IncompleteRead"),  # the connection closes before the promised bytes
    ],
)
def test_no_network_or_a_cut_download_is_a_reason_to_skip(server, tmp_path, length, reason):
    handler, url = server
    if length is None:
        url = url.replace(url.split("/")[2], "127.0.0.1:9")
    handler.length = length
    found = Cache(tmp_path / "cache").fetch(url, integrity(PACKAGE))
    assert (found.schema, found.multitool, found.tampered) == (None, None, False)
    assert reason in found.reason, found.reason
