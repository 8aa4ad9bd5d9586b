"""Square brackets as a gloss's parenthesis: "“Đánh bạc [Gambling]”", "bún thịt nướng [lit.
"grilled meat with rice noodles"]". A quotation's editor and a dictionary write the rendering in
brackets where running text writes it in parentheses; the gloss readers read only parentheses.

Each such bracket is read as a parenthesis by the gloss readers themselves, on a copy of its line
(its brackets written as parentheses); a pair counts only when its span holds one.
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
    lines: dict[int, list[re.Match[str]]] = {}
    at = text.find(" [")
    while at >= 0:
        match = _BRACKET.match(text, at + 1)
        at = text.find(" [", at + 2)
        if match is not None and _is_gloss_bracket(match.group("inside")):
            lines.setdefault(text.rfind("\n", 0, match.start()) + 1, []).append(match)
    found: list[Mention] = []
    for line, brackets in lines.items():
        # The line alone, as a document of its own that starts at the page's line (its mentions'
        # lines are the page's); their offsets are moved back to the page's.
        end = text.find("\n", line)
        chars = list(text[line : len(text) if end < 0 else end])
        for match in brackets:
            chars[match.start() - line] = "("
            chars[match.end() - 1 - line] = ")"
        opens = [match.start() - line for match in brackets]
        for mention in extract(Document(doc.path, "".join(chars), doc.line_of(line))):
            if any(mention.start <= at < mention.end for at in opens):
                mention.start += line
                mention.end += line
                found.append(mention)
    return found
