"""Fail if any corpus address is on the shared reserved list.

Usage: python tests/corpus/check_reserved.py PATH/TO/reserved-pages.txt [SOURCES.json]

The corpus addresses are read from tests/corpus/sources.json (one record per page, key "url")
and from every http(s) address in tests/corpus/README.md. Addresses are compared after
normalisation: scheme (http/https) ignored, host lower-cased without "www."/"m." prefixes, a
trailing dot or a default port dropped, percent-encoding decoded, trailing slashes and fragments
dropped. A second check fails when a corpus page and a reserved page share their last path
segment or `title=`/`q=` query value (the same article on another mirror host), e.g.
".../Vietnamese_Fatherland_Front" on any host. Exit status 0: nothing matches; 1: a match; 2: usage.
The reserved addresses themselves are never written into this file.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

HERE = Path(__file__).resolve().parent
# path segments too generic to name an article
GENERIC_KEYS = {
    "index",
    "home",
    "default",
    "main",
    "browser",
    "view",
    "top users",
    "gioi thieu",
    "external information",
    "content",
}
URL_RE = re.compile(r"https?://[^\s|)<>\]]+")
ANGLED_URL_RE = re.compile(r"<(https?://[^>\s]+)>")


def normalise(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    for prefix in ("www.", "m."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    host = host.replace(".m.wikipedia.org", ".wikipedia.org")
    path = unicodedata.normalize("NFC", unquote(parts.path)).rstrip("/")
    query = unquote(parts.query)
    return f"{host}{path}" + (f"?{query}" if query else "")


def fold(text: str) -> str:
    """Lower case without diacritics (đ -> d), so "Hoàn_Kiếm" and "Hoan_Kiem" meet."""
    text = unicodedata.normalize("NFD", text.lower()).replace("\u0111", "d")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def article_keys(url: str) -> set[str]:
    """Title-like keys of an address: its last path segment and title-like query values."""
    parts = urlsplit(url.strip())
    keys = set()
    segments = [s for s in unquote(parts.path).split("/") if s]
    if segments:
        keys.add(segments[-1])
    for name, value in parse_qsl(parts.query):
        if name.lower() in {"title", "q", "author"}:
            keys.add(value)
    out = set()
    for key in keys:
        key = fold(key)
        key = re.sub(r"\.(html?|php|aspx|vnp|vov|ldo)$", "", key)
        key = re.sub(r"[\s_+-]+", " ", key).strip()
        key = re.sub(r"^wiki ", "", key)
        # only title-like segments: at least 5 characters with a letter in them
        if len(key) >= 5 and re.search(r"[^\W\d_]", key) and key not in GENERIC_KEYS:
            out.add(key)
    return out


def read_reserved(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def corpus_urls(sources: Path) -> list[str]:
    urls: list[str] = []
    if sources.is_file():
        urls += [rec["url"] for rec in json.loads(sources.read_text(encoding="utf-8"))["pages"]]
    readme = sources.parent / "README.md"
    if readme.is_file():
        text = readme.read_text(encoding="utf-8")
        urls += ANGLED_URL_RE.findall(text)  # <https://...> may hold parentheses
        urls += URL_RE.findall(ANGLED_URL_RE.sub(" ", text))
    return urls


def main(argv: list[str]) -> int:
    if not 2 <= len(argv) <= 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    reserved = read_reserved(Path(argv[1]))
    sources = Path(argv[2]) if len(argv) == 3 else HERE / "sources.json"
    urls = corpus_urls(sources)
    exact = {normalise(u): u for u in reserved}
    titles: dict[str, str] = {}
    for u in reserved:
        for key in article_keys(u):
            titles[key] = u
    failures = 0
    for url in sorted(set(urls)):
        if normalise(url) in exact:
            print(f"RESERVED address in corpus: {url}")
            failures += 1
            continue
        for key in article_keys(url):
            if key in titles:
                print(f"same article as a reserved page ({key!r}): {url}")
                failures += 1
    print(
        f"checked {len(set(urls))} corpus address(es) against {len(reserved)} reserved: "
        f"{'FAIL' if failures else 'ok'}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
