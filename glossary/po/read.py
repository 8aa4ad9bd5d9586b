"""Reading a PO file: the bulk reader where it can, the general lexer and parser where it cannot,
and the header taken out as polib does."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import polib

from glossary.errors import PoStoreError
from glossary.po.bulk import read_bulk
from glossary.po.catalog import PoCatalog
from glossary.po.decode import decode_text
from glossary.po.parser import header_metadata, read_general


def parse_po(data: bytes, path: str) -> polib.POFile:
    """Parse PO bytes into a polib catalog; any problem raises PoStoreError with its line.

    The catalog is a ``PoCatalog`` (a ``polib.POFile``) holding ``PoEntry`` objects in file order,
    each with ``linenum`` = the first line of the entry; the header entry is taken out into
    ``header``, ``metadata`` and ``metadata_is_fuzzy`` as polib does.  All text is NFC.
    """
    with gc_paused():
        return _parse(data, path)


def _parse(data: bytes, path: str) -> PoCatalog:
    text, codec, newline = decode_text(data, path)
    entries = read_bulk(text, codec, path)
    if entries is None:
        # Something the bulk reader leaves to the general one, every error included: the general
        # reader judges the whole file, so errors come out exactly as it finds them, first one first.
        entries = read_general(text, codec, path)
    del text

    catalog = PoCatalog(encoding=codec)
    catalog.newline = newline
    catalog.fpath = path
    header_at = next(
        (n for n, e in enumerate(entries) if not e.obsolete and e.msgctxt is None and e.msgid == ""), None
    )
    if header_at is not None:
        header = entries[header_at]
        if any(not earlier.obsolete for earlier in entries[:header_at]):
            # msgcat would keep it in place, but polib's model has the header outside the entry list.
            message_text = 'the header entry (msgid "") must come before all other messages'
            raise PoStoreError(path, message_text, header.linenum)
        del entries[header_at]
        catalog.header_entry = header
        catalog.header = header.tcomment
        catalog.metadata = header_metadata(header.msgstr)
        catalog.metadata_as_read = dict(catalog.metadata)
        catalog.metadata_is_fuzzy = list(header.flags)
    # polib's append only adds a duplicate check, which this catalog has switched off.
    list.extend(catalog, entries)
    return catalog


@contextlib.contextmanager
def gc_paused(*, freeze: bool = False) -> Iterator[None]:
    """Switch Python's cyclic garbage collector off for the duration (as Mercurial's ``nogc`` does).

    Reading a big catalog allocates millions of small objects and no reference cycles; each
    allocation burst triggers a collection that walks every object still alive, which made
    loading a million-entry glossary several times slower.  Reference counting still frees
    everything as usual; the collector is switched back on only if it was on before.

    With freeze, a block that ends normally moves every object the collector tracks to its
    permanent generation (``gc.freeze``): a loaded glossary lives as long as the process and makes
    no cycles, so each later full collection would only walk its millions of objects again, the
    one at interpreter exit included (1.3 s of CPU at 100,000 entries on the development machine).
    Frozen objects are still freed by reference counting; only a reference cycle among objects
    alive at that moment that later becomes garbage is never reclaimed.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if enabled:
            gc.enable()
