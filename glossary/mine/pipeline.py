"""The mining pipeline: read texts, run every extractor on each (in worker processes with jobs > 1),
then cluster the mentions of all texts into candidate entries."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import glossary.text
import glossary.vietnamese
from glossary.errors import GlossaryError
from glossary.model import Entry, Kind
from glossary.po import gc_paused

from . import (
    acronyms,
    bound_names,
    form_tidy,
    gazetteer,
    gloss_side,
    infobox,
    keys,
    mentions,
    name_lines,
    paren_names,
    parentheses,
    phrase_bound_names,
    phrases,
    untranslated,
)
from . import names as names_module
from .acronyms import count_caps, extract_acronyms, outside_vietnamese_long_forms
from .bound_names import drop_bound_names
from .box_labels import unglue
from .bracket_glosses import bracket_glosses
from .citations import blank_citations
from .cluster import cluster_tallies
from .cut_end import drop_cut_forms
from .dictionary_entries import extract_dictionary_entry
from .documents import Document, find_inputs, read_document
from .form_tidy import tidy_forms
from .generics import extract_generic_places
from .glosses import extract_glosses
from .group_names import extract_group_names
from .infobox import extract_infobox
from .lexicon import calendar_words, language_names
from .link_copies import lift_link_copies, may_hold_copies
from .mentions import Mention
from .name_chains import later_short_forms, names_only
from .names import drop_explained, extract_names, known_names, written_phrases
from .names.glossed_titles import glossed_titles
from .names.title_names import join_title_names
from .phrase_bound_names import drop_house_names, drop_phrase_names
from .region_case_forms import region_case_forms
from .renames import extract_other_names, extract_renames
from .subject_names import extract_subject_names
from .tally import Tallies
from .title_stack import extract_title_stack
from .untranslated import extract_untranslated

# The modules that keep memos per word, phrase or parenthesis (see clear_caches).
_MEMO_MODULES = (
    acronyms,
    bound_names,
    form_tidy,
    glossary.text,
    glossary.vietnamese,
    gazetteer,
    gloss_side,
    infobox,
    keys,
    mentions,
    name_lines,
    phrases,
    paren_names,
    parentheses,
    phrase_bound_names,
    untranslated,
    names_module.words,
    names_module.record,
)

# Parts of the run each worker process gets (see mine_paths).
_PARTS_PER_WORKER = 8


class MiningCancelled(GlossaryError):
    """Mining was stopped through its cancel event before it finished."""


@dataclass
class DocumentResult:
    """What the extractors found in one text."""

    path: str
    mentions: list[Mention]
    caps: dict[str, tuple[int, int]]
    size: int


@dataclass
class PartResult:
    """What the extractors found in some of the texts of a run, identical mentions folded."""

    tallies: Tallies = field(default_factory=Tallies)
    caps: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    size: int = 0
    paths: list[tuple[int, str]] = field(default_factory=list)  # (document number, path)

    def add(self, number: int, result: DocumentResult) -> None:
        """Fold in document number of the run."""
        self.tallies.add_document(number, result.mentions)
        for token, (n, _line) in result.caps.items():
            self.caps[token] += n
        self.documents += 1
        self.size += result.size
        self.paths.append((number, result.path))

    def merge(self, other: PartResult) -> None:
        """Fold in another part of the run (in any order: tallies keep the documents' numbers)."""
        self.tallies.merge(other.tallies)
        self.caps.update(other.caps)
        self.documents += other.documents
        self.size += other.size
        self.paths.extend(other.paths)


@dataclass
class MineResult:
    """Candidates mined from a set of texts, with how much text was read."""

    entries: list[Entry]
    documents: int = 0
    bytes_read: int = 0
    mentions: int = 0
    paths: list[str] = field(default_factory=list)


def extract(doc: Document) -> DocumentResult:
    """Run every extractor over one document (part by part when it is long: see Document.parts)."""
    parts = doc.parts()
    if len(parts) == 1:
        return _extract(doc)
    results = [_extract(part, last=part is parts[-1]) for part in parts]
    caps: dict[str, tuple[int, int]] = {}
    for result in results:
        for token, (count, line) in result.caps.items():
            seen = caps.get(token)
            caps[token] = (seen[0] + count, seen[1]) if seen else (count, line)
    mentions = [mention for result in results for mention in result.mentions]
    return DocumentResult(doc.path, mentions, caps, sum(result.size for result in results))


def _extract(doc: Document, last: bool = True) -> DocumentResult:
    # A flattened infobox's labels glued to their values ("SuccessorMinh Mang") are cut apart first,
    # and the citations blanked (reference lists, markers): no reader takes a form from them.
    size = doc.utf8_size()
    given = doc.given_text()
    lifted = lift_link_copies(blank_citations(unglue(given))) if may_hold_copies(given) else None
    if lifted is not None:
        # A mirror's hover copies moved out of the page's sentences to the text's end (each piece
        # keeping its file line): the link's text rejoins the lead it split. Read from the text as
        # given: the bounds blank a parenthesis a copy made too long.
        doc = Document(doc.path, lifted.text, doc.first_line, line_map=lifted.line_map)
    else:
        text = blank_citations(unglue(doc.text))
        if text is not doc.text:
            doc = Document(doc.path, text, doc.first_line)
    boxed = list(extract_infobox(doc)) + list(extract_title_stack(doc)) + list(extract_dictionary_entry(doc))
    glosses = extract_glosses(doc) + bracket_glosses(doc, extract_glosses)
    glosses += [m for m in boxed if m.kind is not Kind.ACRONYM]
    acronyms = extract_acronyms(doc) + [m for m in boxed if m.kind is Kind.ACRONYM]
    # Other names first: "Đại La (modern-day Hanoi) ... to Dai La" makes the bare "Dai La" a place.
    renames = list(extract_renames(doc)) + list(extract_other_names(doc)) + list(extract_subject_names(doc))
    if any(m.origin == "gloss" for m in renames):
        # A pair a name reader found with the other name ("X (also Y, Vietnamese: Z)") explains
        # its Vietnamese side as the gloss readers' pairs do: no name is cut out of it.
        glosses += [m for m in renames if m.origin == "gloss"]
        renames = [m for m in renames if m.origin != "gloss"]
    written = written_phrases(doc.text, glosses + acronyms)
    names = drop_explained(
        extract_names(doc, known=known_names(glosses + acronyms + renames)), glosses, acronyms, written
    )
    names = outside_vietnamese_long_forms(doc.text, names, acronyms)
    # "Son" cut out of "Sông Son", where the page never writes it alone: no form of its own.
    # A unit form the generic reader gives ("huyện Thuận Thành") holds the bare name as its sign does.
    generic = list(extract_generic_places(doc))
    names = drop_bound_names(doc.text, names, glosses + acronyms + renames + generic)
    # "Việt Nam" cut out of "Biếm họa Việt Nam", where the page never names it on its own.
    names = drop_phrase_names(doc.text, names)
    # "Tây Sơn" out of "the Tây Sơn dynasty", where the page names the house, not the district.
    names = drop_house_names(doc.text, doc.lower, names)
    names += generic
    names += extract_group_names(doc)
    covered = [(m.start, m.end) for m in (*glosses, *names, *acronyms)]
    # A glossed phrase written again elsewhere (an infobox's native name line) is explained there too.
    covered += [(at, at + len(phrase)) for phrase, places in written.items() for at in places]
    leftovers = extract_untranslated(doc, covered)
    # A prince's title name and his full name, read apart by the name and alias readers: one man.
    # A princely title glossed the Vietnamese way ("Prince Chiêu Minh (Vietnamese: Chiêu Minh vương)")
    # is its holder's other name too.
    mentions = glossed_titles(doc, glosses + acronyms + names + renames + leftovers)
    mentions = join_title_names(doc.text, doc.lower, mentions)
    caps = count_caps(doc)
    mentions += later_short_forms(doc, glosses + acronyms + renames, caps)
    caps.update(names_only(doc.text, caps))
    mentions += region_case_forms(doc, mentions)
    if last:
        # "... changed its name to the Bank for Investment and Construc": a page cut off there.
        mentions = drop_cut_forms(doc.text, mentions)
    tidy_forms(mentions)
    return DocumentResult(doc.path, mentions, caps, size)


def _extract_part(part: list[tuple[int, str, str]]) -> PartResult:
    """Mine some of the run's files (number, path, display path) and fold what they hold."""
    out = PartResult()
    with gc_paused():  # see mine_paths
        for number, path, display in part:
            out.add(number, extract(read_document(Path(path), display)))
    return out


def clear_caches() -> None:
    """Forget what earlier texts taught, as a fresh process starts: the name extractor's cuts and
    plans, and every memo kept per word, phrase or parenthesis (the word lists and gazetteers,
    loaded once, stay)."""
    names_module.clear_caches()
    for module in _MEMO_MODULES:
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize != 1:  # maxsize 1: a list loaded once
                value.cache_clear()


def _warm_up() -> None:
    """Build the gazetteers and vocabularies every text needs, once per process (cached)."""
    # Loading makes many objects and no reference cycles: each collection it set off walked the
    # gazetteers already loaded again (as mining pauses the collector, see mine_paths).
    with gc_paused():
        gazetteer.load()
        calendar_words()
        language_names()
        # The two word lists the first text asks for (about 60 ms, in the collector's pause of the
        # mining until now): loaded before forking, the workers share them instead of each reading
        # and filtering them again.
        glossary.vietnamese.english_words()
        glossary.vietnamese.vietnamese_lexicon()


def _display(path: Path) -> str:
    """The path as sources record it: relative to the working directory when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _finish(part: PartResult) -> MineResult:
    with gc_paused():  # clustering makes no reference cycles either (see mine_paths)
        entries = cluster_tallies(part.tallies, dict(part.caps))
    paths = [path for _, path in sorted(part.paths)]
    return MineResult(entries, part.documents, part.size, part.tallies.mentions, paths)


def mine_documents(docs: Sequence[Document]) -> MineResult:
    """Mine documents already in memory (tests, the TUI)."""
    part = PartResult()
    with gc_paused():  # see mine_paths
        for number, doc in enumerate(docs):
            part.add(number, extract(doc))
    return _finish(part)


def mine_paths(
    paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1, cancel: threading.Event | None = None
) -> MineResult:
    """Mine files and folders; with jobs > 1 the texts are read and mined in that many processes.

    cancel, when set by another thread, stops the run between documents (MiningCancelled), or with
    jobs > 1 between parts of a few documents.
    """
    files = find_inputs(paths)
    items = [(n, str(p), _display(p)) for n, p in enumerate(files)]
    total = PartResult()
    if jobs > 1 and len(items) > 1:
        # Processes, not threads: the extractors are pure Python and hold the GIL.
        method = "fork" if hasattr(os, "fork") else "spawn"
        context = multiprocessing.get_context(method)
        if method == "fork":
            _warm_up()  # built once here, the forked workers share it
        # Workers get paths, not texts, read their own files and send back the folded mentions of a
        # part of the run: several parts per worker so the load evens out, few enough that the
        # parent's merging stays small next to the mining.
        workers = min(jobs, len(items))
        size = max(1, -(-len(items) // (workers * _PARTS_PER_WORKER)))
        parts = [items[i : i + size] for i in range(0, len(items), size)]
        with context.Pool(workers, initializer=_warm_up) as pool:
            for part in pool.imap_unordered(_extract_part, parts):
                if cancel is not None and cancel.is_set():
                    pool.terminate()
                    raise MiningCancelled("mining cancelled")
                total.merge(part)
    else:
        # Mining allocates hundreds of thousands of short-lived objects (mentions, matches, tuples)
        # and makes no reference cycles (a 10 MB run leaves none for the collector): the collections
        # those allocations set off only walked the live objects again and again (2.5% of a 10 MB
        # run, more as the tallies grow).
        with gc_paused():
            for number, path, display in items:
                if cancel is not None and cancel.is_set():
                    raise MiningCancelled("mining cancelled")
                total.add(number, extract(read_document(Path(path), display)))
    return _finish(total)
