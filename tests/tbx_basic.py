"""Is a document TBX-Basic (TBX v3, DCA style)? Our RELAX NG schema, then the rules it cannot state.

`tests/data/tbx/tbx-basic-v3.rng` was written for this project from the published specification
(its header says what it covers). RELAX NG has no way to say that ids are unique, that a reference
resolves, or that a concept has one language section per language: those are the XPath checks
here, rules of the kind TBX's publishers write in Schematron. One rule is ours rather than the
standard's: a term is never empty (an export must not write one).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from lxml import etree

from tests.conftest import ROOT

SCHEMA = ROOT / "tests" / "data" / "tbx" / "tbx-basic-v3.rng"
TBX = "urn:iso:std:iso:30042:ed-2"
NS = {"t": TBX}
_EXTERNAL = re.compile(r"https?://\S")


@functools.cache
def relax_ng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(SCHEMA)))


def rule_problems(root: etree._Element) -> list[str]:
    """What the RELAX NG schema cannot check, one line each."""
    found = []
    ids = Counter(str(value) for value in root.xpath("//@id"))
    found += [f"id {value!r} is used {count} times" for value, count in ids.items() if count > 1]
    for target in root.xpath("//@target"):
        if target not in ids and not _EXTERNAL.match(target):
            found.append(
                f"line {target.getparent().sourceline}: target {str(target)!r} is neither an id "
                "of this file nor an http(s) address"
            )
    for concept in root.xpath("//t:conceptEntry", namespaces=NS):
        # A language section holds all of a concept's terms in its language, so there is one per
        # language; tags are case-insensitive (BCP 47): "vi" and "VI" are one language.
        languages = Counter(str(lang).lower() for lang in concept.xpath("t:langSec/@xml:lang", namespaces=NS))
        found += [
            f"line {concept.sourceline}: concept {concept.get('id')} has {count} language sections for {lang}"
            for lang, count in languages.items()
            if count > 1
        ]
    for term in root.xpath("//t:termSec/t:term[normalize-space(.) = '']", namespaces=NS):
        found.append(f"line {term.sourceline}: an empty term")
    return found


def problems(document: etree._ElementTree | etree._Element) -> list[str]:
    """Everything that keeps `document` from being TBX-Basic as we check it (empty: it is)."""
    schema = relax_ng()
    found = [] if schema.validate(document) else [f"line {e.line}: {e.message}" for e in schema.error_log]
    root = document.getroot() if isinstance(document, etree._ElementTree) else document
    return found + rule_problems(root)
