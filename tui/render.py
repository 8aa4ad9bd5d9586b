"""How entries look on screen: Rich text for the results, the detail pane and the review list."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from glossary.controls import HIDDEN, visible
from glossary.model import Entry
from glossary.review_queue import proposed_forms
from glossary.search import CLOSE, RANK_WORDS, Rank
from glossary.text import fold

HIGHLIGHT = "bold reverse"
MAX_CONTEXTS = 5


def safe(text: Text | str) -> Text:
    """Text for the screen with its control and invisible characters as visible stand-ins
    (glossary.controls.visible): a glossary file another tool wrote, or a checked file, may hold an
    escape sequence or a bidirectional override, which must not reach the terminal.  One character
    stands for one, so styles and highlights keep their places."""
    if isinstance(text, str):
        return Text(visible(text))
    if HIDDEN.search(text.plain) is None:
        return text
    out = Text(visible(text.plain), style=text.style, justify=text.justify, overflow=text.overflow)
    for span in text.spans:
        out.stylize(span.style, span.start, span.end)
    return out


def plain(text: str) -> Content:
    """User text (a term, a file name, an error naming them) for a Static or an option: shown as
    it is, never read as Textual markup.  A Static given a str parses it: "[/]" in a term raised
    MarkupError and killed the app, "[bold]x.po" lost its brackets, "[@click=app.quit]" made a link."""
    return Content(visible(text))


def highlight(form: str, start: int, end: int) -> Text:
    """The form with the matched part emphasised."""
    text = safe(form)
    if end > start:
        text.stylize(HIGHLIGHT, start, end)
    return text


def highlight_terms(sentence: str, forms: list[str]) -> Text:
    """A context sentence with every occurrence of the entry's forms emphasised (folded match)."""
    text = safe(sentence)
    folded = fold(sentence)
    if len(folded) != len(sentence):
        # Whitespace runs or stray marks shift positions; plain text beats a wrong highlight.
        return text
    for form in sorted({fold(f) for f in forms if f}, key=len, reverse=True):
        start = folded.find(form)
        while start >= 0:
            end = start + len(form)
            # Whole words only: "Lam" should not light up inside "Islamic".
            before = start == 0 or not folded[start - 1].isalnum()
            after = end == len(folded) or not folded[end].isalnum()
            if before and after:
                text.stylize(HIGHLIGHT, start, end)
            start = folded.find(form, end)
    return text


def match_line(rank: Rank, form: str) -> Text:
    """The detail pane's first line while searching: how the selected entry matched the query."""
    out = Text()
    out.append("Match       ", style="dim")
    if rank is Rank.TYPO:
        out.append(f"{CLOSE} ", style="bold")
    out.append(f"{RANK_WORDS[rank]} “{visible(form)}”\n")
    return out


def unsaved_note(unsaved: bool) -> str:
    """The status lines' reminder that decisions wait to be saved (gone once they are)."""
    return " · unsaved changes (ctrl+s)" if unsaved else ""


def describe(entry: Entry) -> Text:
    """The detail pane: both forms, variants with their types, kind, status, sources, context, notes
    (each value through visible(): a file another tool wrote may hold controls)."""
    out = Text()
    out.append("Tiếng Việt  ", style="dim")
    out.append(visible(entry.vi) or "—", style="bold")
    out.append("\nEnglish     ", style="dim")
    out.append(visible(entry.en) or "—", style="bold")
    if entry.abbr:
        out.append(f" ({visible(entry.abbr)})")
    out.append("\nKind        ", style="dim")
    out.append(entry.kind.value)
    out.append("\nStatus      ", style="dim")
    out.append(entry.status.value)
    if entry.confidence != 1.0:
        out.append(f" (confidence {entry.confidence:.2f})")
    if entry.disambiguation:
        out.append("\nContext     ", style="dim")
        out.append(visible(entry.disambiguation))
    out.append("\n")
    if entry.variants:
        out.append("\nVariants\n", style="bold underline")
        proposed = proposed_forms(entry)
        for v in entry.variants:
            out.append(f"  {visible(v.form)}")
            out.append(f"  {v.label()}", style="dim")
            out.append("  proposed\n" if v.form in proposed else "\n", style="bold")
    if entry.notes:
        out.append("\nNotes\n", style="bold underline")
        for note in entry.notes:
            out.append(f"  {visible(note)}\n")
    if entry.sources:
        out.append("\nSeen in\n", style="bold underline")
        for source in entry.sources:
            out.append(f"  {visible(str(source))}\n")
    if entry.contexts:
        out.append("\nContext\n", style="bold underline")
        for context in entry.contexts[:MAX_CONTEXTS]:
            out.append("  “")
            out.append_text(highlight_terms(context, entry.forms()))
            out.append("”\n")
    return out
