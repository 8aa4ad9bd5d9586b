"""The index build as it was at commit e03694b, before its collation order was sorted by the primary
level first: the reference that tests/test_search_build_bulk.py compares the current build with."""

from __future__ import annotations

import itertools
from array import array
from collections import defaultdict
from collections.abc import Sequence
from operator import attrgetter

from glossary.model import Entry
from glossary.search.ranks import TYPO_MIN_LENGTH, deletions
from glossary.search.tables import _KIND_POSITION, _STATUS_POSITION, Runs, Strings, Tables
from glossary.text import fold, sort_key


def build_reference(entries: Sequence[Entry]) -> Tables:
    keys = [sort_key(entry.headword) for entry in entries]
    order = sorted(range(len(entries)), key=keys.__getitem__)
    del keys
    collation = array("I", bytes(4 * len(entries)))
    for position, i in enumerate(order):
        collation[i] = position
    record_entry, record_form, folded_forms = array("I"), array("H"), []
    add_entry, add_form, add_folded = record_entry.append, record_form.append, folded_forms.append
    for i in order:
        seen: set[str] = set()
        for k, form in enumerate(entries[i].forms()):
            folded = fold(form)
            if folded and folded not in seen:
                seen.add(folded)
                add_entry(i)
                add_form(k)
                add_folded(folded)
    by_folded = array("I", sorted(range(len(folded_forms)), key=folded_forms.__getitem__))
    # defaultdict: setdefault(key, []) would make a new empty list for every word of every form.
    postings_by_word: defaultdict[str, list[int]] = defaultdict(list)
    postings_by_pair: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    pairwise = itertools.pairwise
    for r, folded in enumerate(folded_forms):
        split = folded.replace("-", " ").split()
        if len(split) == 1:
            postings_by_word[split[0]].append(r)
            continue
        for word in set(split):
            postings_by_word[word].append(r)
        for pair in set(pairwise(split)):
            postings_by_pair[pair].append(r)
    words = sorted(postings_by_word)
    word_id = {word: w for w, word in enumerate(words)}
    keyed = sorted((word_id[a] * len(words) + word_id[b], rs) for (a, b), rs in postings_by_pair.items())
    del postings_by_pair
    pair_postings, pair_at = array("I"), array("I", [0])
    for _, records in keyed:
        pair_postings.extend(records)
        pair_at.append(len(pair_postings))
    postings, posting_at = array("I"), array("I", [0])
    deleted: list[tuple[str, int]] = []
    for w, word in enumerate(words):
        postings.extend(postings_by_word[word])
        posting_at.append(len(postings))
        if len(word) >= TYPO_MIN_LENGTH - 2:
            deleted.extend((d, w) for d in deletions(word, 2))
    deleted.sort()
    return Tables(
        size=len(entries),
        kinds=bytes(map(_KIND_POSITION.__getitem__, map(attrgetter("kind"), entries))),
        statuses=bytes(map(_STATUS_POSITION.__getitem__, map(attrgetter("status"), entries))),
        by_collation=array("I", order),
        collation=collation,
        record_entry=record_entry,
        record_form=record_form,
        folded=Strings.of(folded_forms),
        by_folded=by_folded,
        words=Strings.of(words),
        postings=postings,
        posting_at=posting_at,
        pair_keys=array("Q", (key for key, _ in keyed)),
        pair_postings=pair_postings,
        pair_at=pair_at,
        deletion_keys=Strings.of(d for d, _ in deleted),
        deletion_words=array("I", (w for _, w in deleted)),
        runs_folded=Runs.of(by_folded),
        runs_postings=Runs.of(postings),
    )
