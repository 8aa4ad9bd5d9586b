"""Low-level PO layer under the glossary store: read PO bytes into polib objects the way GNU gettext
reads them, and write them back byte for byte as ``msgcat --no-wrap`` would.

Why not polib's own reader and writer: both lose data.  polib's writer drops ``#.``/``#:`` of
obsolete entries, re-wraps comments and writes a stray ``#`` before an empty header.  Its reader
(1.2) drops ``#~|`` lines, a lone ``#.`` and leading empty ``#`` lines, reads ``##x`` as ``x``,
leaves ``\\a``, octal and hex escapes undecoded, rejects ``#.x`` and a bare ``#~`` line, breaks
lines at U+2028 inside strings (``str.splitlines``), files the top comments of a header-less
file as the header's, numbers the first entry line 0, and reads ``msgstr "b`` (unterminated) as
an empty msgstr.  So the reader here is a small lexer and parser that follows gettext 0.21's
rules, and its output is ordinary ``polib.POFile``/``polib.POEntry`` objects (subclasses that
carry the few facts polib has no field for): the rest of the project keeps using polib's API.

The package: ``catalog`` (the polib subclasses), ``decode`` (bytes to text), ``lexer`` and ``parser``
(gettext's rules), ``bulk`` (the fast path for the common message shape), ``read`` (``parse_po``) and
``writer`` (``render_po``, ``encode_po``).
"""

from glossary.po.catalog import PoCatalog, PoEntry
from glossary.po.decode import line_ending
from glossary.po.read import gc_paused, parse_po
from glossary.po.writer import encode_po, render_po

__all__ = ["PoCatalog", "PoEntry", "encode_po", "gc_paused", "line_ending", "parse_po", "render_po"]
