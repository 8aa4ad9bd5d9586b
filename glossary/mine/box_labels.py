"""Infobox labels glued to their values by a mirror's flattening: "Official nameMy Son Sanctuary",
"SuccessorMinh Mang", "AbbreviationVPPS (CAND)", "Alt namesDa Latsource: Times Atlas".

A wiki mirror that drops an infobox's table cells writes each row as its label and its value with
nothing between them. No reader can cut such a line: the name extractor sees one word
"SuccessorMinh", the infobox reader no field. The label is told by a lexicon of the label words
real infoboxes write (the keys that the corpus pages write as "Key: value" or "Key | value |" on
pages of several outlets), followed without a space by a capital, a quotation mark or a
parenthesis. The text the extractors read then gets ": " between the two, as the infobox's other
flattenings write it; line numbers do not change (nothing is inserted across a line), and a page
with fewer than two glued rows is left as it is (one capital run into a label word is a brand name
or a typo, not an infobox).
"""

from __future__ import annotations

import re

# Infobox row labels, as the pages write them (first letter in capitals). Gathered from the keys
# written "Key: value" or "Key | value |" on pages of two or more parts of tests/corpus, and the
# labels found glued on the mirrors' pages; only the row's label, never its value, is matched.
LABELS = (
    "Abbreviation",
    "Affiliation",
    "Alma mater",
    "Also known as",
    "Alt names",
    "Alternative names",
    "Anthem",
    "Architect",
    "Architecture",
    "Birth name",
    "Born",
    "Built",
    "Capital",
    "Children",
    "Common name",
    "Country",
    "Course",
    "Created by",
    "Deity",
    "Died",
    "Father",
    "Former name",
    "Former names",
    "Formerly called",
    "Formed",
    "Founded",
    "Founder",
    "Full name",
    "Government",
    "Headquarters",
    "House",
    "Issue",
    "Key people",
    "Language",
    "Leader",
    "Literal meaning",
    "Located in",
    "Location",
    "Main ingredients",
    "Members",
    "Mother",
    "Motto",
    "Name",
    "Native name",
    "Nearest city",
    "Newspaper",
    "Nickname",
    "Nickname(s)",
    "Official name",
    "Other names",
    "Owner",
    "Parent agency",
    "Parent company",
    "Place of origin",
    "Political party",
    "Predecessor",
    "Preceded by",
    "Province",
    "Regent",
    "Region",
    "Reign",
    "Religion",
    "Resting place",
    "Seat",
    "Spouse",
    "Spouses",
    "Succeeded by",
    "Successor",
    "Type",
    "Variations",
)

# A label at a line's start with its value run on: a capital (Vietnamese ones too, checked after
# the match), a quotation mark, or a parenthesis opening on a capital, right after the label's last
# letter. The labels are literal alternatives tried only after a line break, the longest first
# ("Nickname(s)" before "Nickname"; "Nickname(s)" alone on its line is no glued "Nickname").
_GLUED = re.compile(
    r"\n(?:"
    + "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True))
    + r")(?=[^\s\d(]|\([A-ZĐ])"
)
# A value's source glued after it in a gazetteer's list of names: "Da Latsource: Times Atlas".
_GLUED_SOURCE = re.compile(r"(?<=[a-zà-ỹ])source:")
_MIN_ROWS = 2


def unglue(text: str) -> str:
    """The text with ": " between each glued label and its value (the text itself when it has
    fewer than two glued rows)."""
    lined = "\n" + text
    cuts = [
        match.end() - 1  # an offset in text
        for match in _GLUED.finditer(lined)
        if lined[match.end()].isupper() or lined[match.end()] in '"“('
    ]
    if len(cuts) < _MIN_ROWS:
        return text
    out, last = [], 0
    for cut in cuts:
        out.append(text[last:cut])
        out.append(": ")
        last = cut
    out.append(text[last:])
    return _GLUED_SOURCE.sub("; source:", "".join(out))
