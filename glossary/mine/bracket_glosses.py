"""Square brackets as a gloss's parenthesis: "“Đánh bạc [Gambling]”", "bún thịt nướng [lit.
"grilled meat with rice noodles"]". A quotation's editor and a dictionary write the rendering in
brackets where running text writes it in parentheses; the gloss readers read only parentheses.

Each such bracket is read as a parenthesis by the gloss readers themselves, on a copy of the text
that keeps only the lines holding one (every other character a space, so offsets and lines stay
the page's), its brackets written as parentheses; a pair counts only when its span holds one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .documents import Document
from .mentions import Mention

# A bracket that opens after a space, on a word or a quotation ("[Gambling]", "[lit. "...") : not a
# wiki's markers glued to the word before ("Etymology[edit]", "X[3]", "[citation needed]").
_BRACKET = re.compile(r"(?<=[ \t])\[(?=[^\W\d_]|[\"“])(?P<inside>[^\[\]\n]{1,80})\]")
_MARKERS = frozenset({"citation needed", "edit", "clarification needed", "who?", "when?", "sic"})
# A language's code after a link ("Cờ sao trắng [vi]"), a pronunciation in IPA ("[vìət naːm]").
_CODE = re.compile(r"[a-z]{2,3}")
_IPA_LETTERS = frozenset("ːəɗɓɲŋʔɨɛɔʈɣʂʐɰ")


def _is_gloss_bracket(inside: str) -> bool:
    """Whether a bracket's words may be a rendering: no wiki marker, language code or IPA."""
    inside = inside.strip()
    return not (inside.lower() in _MARKERS or _CODE.fullmatch(inside) or _IPA_LETTERS.intersection(inside))


def bracket_glosses(doc: Document, extract: Callable[[Document], list[Mention]]) -> list[Mention]:
    """The pairs the gloss extractor (extract, called with a Document) reads when the spaced
    brackets of doc are parentheses, each pair's span holding one of them."""
    text = doc.text
    if " [" not in text:
        return []
    brackets = [m for m in _BRACKET.finditer(text) if _is_gloss_bracket(m.group("inside"))]
    if not brackets:
        return []
    chars = [c if c == "\n" else " " for c in text]
    kept_lines: set[int] = set()
    for match in brackets:
        line = text.rfind("\n", 0, match.start()) + 1
        if line in kept_lines:
            continue
        kept_lines.add(line)
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        chars[line:end] = text[line:end]
    for match in brackets:
        chars[match.start()] = "("
        chars[match.end() - 1] = ")"
    copy = Document(doc.path, "".join(chars), doc.first_line)
    opens = [m.start() for m in brackets]
    return [m for m in extract(copy) if any(m.start <= at < m.end for at in opens)]
