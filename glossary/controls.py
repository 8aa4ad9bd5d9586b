"""Characters an entry's text must not carry: control characters and the invisible ones that
reorder or hide text.

A term typed or pasted on the command line ends up in a PO file, in the checker's reports and on a
terminal.  A line break inside a form splits a PO string a reader then sees as two lines, an escape
sequence repaints the reviewer's terminal, a NUL cuts the string short in C tools (msgfmt), and a
bidirectional override shows a term other than the one stored (the "Trojan Source" trick).
"""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that are not Unicode controls (category Cc) but still change what is shown:
# the bidirectional marks, embeddings, overrides and isolates, the line and paragraph separators
# (line breaks to many tools) and the byte-order mark (an invisible, zero-width character mid-text).
_INVISIBLE = {
    "\u061c": "ARABIC LETTER MARK",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    **{chr(c): unicodedata.name(chr(c)) for c in range(0x202A, 0x202F)},
    **{chr(c): unicodedata.name(chr(c)) for c in range(0x2066, 0x206A)},
    "\u2028": "LINE SEPARATOR",
    "\u2029": "PARAGRAPH SEPARATOR",
    "\ufeff": "BYTE ORDER MARK",
}
# Control characters that are whitespace: what a sentence copied from a page wraps with.
_BREAKS = "\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029"
_WHITESPACE_CONTROLS = frozenset("\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029")
# A run of blanks with at least one line break or tab in it (runs of plain spaces stay as typed).
_BREAK_RUN = re.compile(f"[ {_BREAKS}]*[{_BREAKS}][ {_BREAKS}]*")

# Names for the controls people meet; others are told by their code point.
_CONTROL_NAMES = {
    "\x00": "NUL",
    "\t": "TAB",
    "\n": "LINE FEED (a line break)",
    "\r": "CARRIAGE RETURN (a line break)",
    "\x1b": "ESCAPE (a terminal escape sequence)",
    "\x7f": "DELETE",
}


def _bad(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in _INVISIBLE


def hidden(char: str) -> bool:
    """Whether a character is a control (category Cc) or an invisible one that reorders or hides text."""
    return _bad(char)


# Every character hidden() is true of, as one class: the controls are U+0000-001F and U+007F-009F.
HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(_INVISIBLE) + "]")
# A stand-in for each, one character for one so that columns and highlights stay where they were:
# C0 controls and DEL as their Unicode control pictures (U+241B for ESC), the rest as U+FFFD.
_PICTURES = {chr(c): chr(0x2400 + c) for c in range(0x20)} | {"\x7f": "\u2421"}
_REPLACEMENT = "\ufffd"
# What json.dumps leaves as it is (it escapes U+0000-001F itself; its own layout has line breaks).
_JSON_UNESCAPED = re.compile("[\x7f-\x9f" + "".join(_INVISIBLE) + "]")


def visible(text: str) -> str:
    """Text safe to put on a terminal: controls and invisible reordering characters shown as
    stand-ins (ESC as U+241B, a tab as U+2409, a bidirectional override as U+FFFD), never sent.

    A glossary file written by another tool may hold them; lookup and the TUI show what is stored,
    not what an escape sequence or an override would make of the screen.  `check` names them (VN203).
    """
    if HIDDEN.search(text) is None:
        return text
    return HIDDEN.sub(lambda m: _PICTURES.get(m.group(), _REPLACEMENT), text)


def json_safe(dumped: str) -> str:
    """JSON text with every hidden character written as a \\uXXXX escape: the same data, but a
    program's output a person may see on a terminal (json escapes U+0000-001F, not DEL, C1 or
    the bidirectional controls).  They can only occur inside JSON strings, where the escape is valid."""
    if _JSON_UNESCAPED.search(dumped) is None:
        return dumped
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def describe(char: str) -> str:
    """A character as a person can find it: U+000A LINE FEED (a line break)."""
    name = _CONTROL_NAMES.get(char) or _INVISIBLE.get(char) or "control character"
    return f"U+{ord(char):04X} {name}"


def form_problem(text: str) -> str | None:
    """What is wrong with a term's form (one line of a PO string), or None.

    Leading and trailing whitespace is fine (the entry strips it); a control or invisible character
    inside is not: a line break inside a form is two terms pasted at once, not one to guess at.
    """
    inner = text.strip()
    for index, char in enumerate(inner):
        if _bad(char):
            return f"{describe(char)} at character {text.index(inner) + index + 1}"
    return None


def prose(text: str) -> tuple[str, str | None]:
    """A note or a context sentence with its line breaks and tabs made single spaces (a sentence
    copied from a page wraps where the page did), and what is wrong with it, or None."""
    joined = _BREAK_RUN.sub(" ", text).strip(" ")
    for index, char in enumerate(text):
        if char not in _WHITESPACE_CONTROLS and _bad(char):
            return joined, f"{describe(char)} at character {index + 1}"
    return joined, None


def page_prose(text: str) -> str:
    """A sentence quoted from a page, made fit to store: its line breaks and tabs as single
    spaces, every other control character a space, every invisible reordering character gone.

    The miner keeps the sentence a term was found in as its context; a page may hide a bidirectional
    override or an escape sequence in it (the forms are cut at them, the sentence is not). Stored
    raw, the glossary would carry what `check` reports as VN203 into every tool that reads it.
    """
    if HIDDEN.search(text) is None:
        return text
    spaced = HIDDEN.sub(lambda m: " " if unicodedata.category(m.group()) == "Cc" else "", text)
    return re.sub(" {2,}", " ", spaced).strip()
