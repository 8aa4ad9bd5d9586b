"""The polib subclasses the reader fills: the few facts of a PO file polib has no field for."""

from __future__ import annotations

import polib


class PoEntry(polib.POEntry):
    """A polib entry that also remembers a comment block made of one empty line.

    polib keeps each comment kind as one string in which ``""`` means "no comment", so a lone
    ``#`` or ``#.`` line has no value of its own; gettext keeps such a line, so we flag it.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.lone_empty_tcomment: bool = False
        self.lone_empty_comment: bool = False


class PoCatalog(polib.POFile):
    """A polib catalog plus the parts of the header entry polib has no field for."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # The header entry exactly as read: its #. / #: / #| lines and its raw msgstr.  The raw msgstr
        # is written back as long as ``metadata`` still equals ``metadata_as_read``, so a header whose
        # lines polib's dict cannot reproduce ("Key:value", odd continuation lines) survives a save.
        self.header_entry: PoEntry | None = None
        self.metadata_as_read: dict[str, str] | None = None
        # The line break the file was read with ("\n", "\r\n" or "\r"); a save writes it back.
        self.newline = "\n"
