"""Other names a sentence states outright for a name it writes just before, with no lead or
rename cue for the readers of renames.py and subject_names.py to find:

- "Trần Thái Tông's given name was Trần Cảnh": a ruler's personal name after his own possessive;
- "The Voice of Vietnam (also Radio the Voice of Vietnam, Vietnamese: Đài Tiếng nói Việt Nam)": an
  "also" name and the Vietnamese name in one parenthesis;
- "the Chu River (or the Nam Sam River as it is called in Laos)", "X University of Education (or X
  Pedagogical University)": another name with the same head word after "or".

Each is a mention of the first name carrying the other as a variant (name_spans.other_name_mention),
so clustering joins them as it joins any other name's variants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from . import gazetteer
from .cue_grammar import (
    ARTICLE_OR_QUOTE,
    is_name_language,
    language_name_noun,
    naming_adverb,
    naming_copula,
    naming_copula_anchors,
    naming_noun,
    naming_noun_phrase,
    naming_noun_tails,
)
from .documents import Document
from .former_name_cues import place_subject
from .lazy_patterns import LazyPattern
from .lead import CAP_WORD, PLACE_NOUNS, lead_names, lead_subject
from .lexicon import ADMIN_UNITS
from .mentions import Mention, literal_hits, mention_at
from .name_spans import (
    NEXT_NAME,
    kind_alone,
    names_listed,
    other_name_mention,
    personal_name,
    shared_kind,
)
from .names.words import head_kind, head_of, is_title
from .person_aliases import person_shaped
from .phrases import Phrase, gloss_mention
from .rendered_heads import renders_specific

# A name: capitalised words, with "of", "and", "for" or "the" between them.
_NAME = rf"{CAP_WORD}(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*{CAP_WORD})*"
_NAME_BEFORE = LazyPattern(rf"({_NAME})[ \t]*$")

# "X's (1258 – 1308) given name was Y", "His pen name was Y": a naming noun's copula
# (cue_grammar.naming_copula), an aside of dates or characters after the possessive's name.
_POSSESSIVE_NAME = re.compile(
    naming_copula(_NAME, aside=r"(?:[ \t]*\([^()\n]{1,40}\))?") + rf"(?P<other>{_NAME})"
)
_POSSESSIVE_ANCHORS = naming_copula_anchors()

# "(also Y, Vietnamese: Z)" and "(also known as Y; Vietnamese: Z)".
_ALSO_LABELLED = re.compile(
    rf"\([ \t]*also[ \t]+(?:known[ \t]+as[ \t]+|called[ \t]+)?{ARTICLE_OR_QUOTE}"
    rf"(?P<other>{_NAME})[\"”’']?[ \t]*[,;]"
    rf"[ \t]*Vietnamese[ \t]*:[ \t]*(?P<vi>[^(),;:\n]{{2,60}}?)[ \t]*[),;]"
)

# "(or the Y as it is called in Laos)", "(or Y)": another name after "or", alone in the parenthesis
# or with a clause that says where it is so called.
_OR_NAME = LazyPattern(
    rf"\([ \t]*or[ \t]+{ARTICLE_OR_QUOTE}(?P<other>{_NAME})[\"”’']?"
    rf"(?:[ \t]+as[ \t]+it[ \t]+is[ \t]+(?:{naming_adverb()}[ \t]+)?(?:called|known)"
    r"(?:[ \t]+in[ \t]+[A-Z][a-z]+)?)?"
    r"[ \t]*\)"
)

# "His birth name was Lê Quý Ly (黎季犛), courtesy name Lý Nguyên (理元) or Nhất Nguyên (一元)": a name
# stated after a naming noun and "was", then the person's other names, each after its own naming
# noun in an apposition or after "or", each perhaps followed by its characters.
_STATED_NAME = re.compile(rf"\b{naming_noun()}[ \t]+(?:is|was)[ \t]+(?P<first>{_NAME})")
_NAME_ASIDE = r"(?:[ \t]*\([^()\n]{1,40}\))?"
# "his original name was Ngô Tuấn (吳俊), the name after maturity was Thường Kiệt": the next name
# in a copula of its own, "the name" with a few words saying when it held.
_NEXT_NAMED = LazyPattern(
    rf"{_NAME_ASIDE}(?:,[ \t]+{naming_noun()}|,[ \t]+the[ \t]+name(?:[ \t]+[a-z]+){{1,3}}[ \t]+(?:is|was)"
    rf"|[ \t]+or)[ \t]+(?P<other>{_NAME})"
)
# "The name of the city, under Trần dynasty, was Thiên Trường": the page's place under another
# name, the naming noun "name" with the place's common noun and an aside of time between.
# "The Khmer name for this province is Teuk Khmao": a language's name for the place, "for" and
# "this" the naming noun's other joint and determiner.
_NAME_OF_PLACE = LazyPattern(
    r"\b[Tt]he[ \t]+(?:(?:old|former|original|earlier|ancient|[A-Z][a-z]+)[ \t]+)?(?P<anchor>name)"
    r"[ \t]+(?:of|for)[ \t]+(?:the|this)[ \t]+"
    r"(?P<noun>[a-z]+)(?:[ \t]*,[^,.;\n]{1,60},)?[ \t]+(?:is|was|had[ \t]+been)[ \t]+"
    rf"(?P<other>{_NAME})"
)
_NAME_OF_ANCHOR = ("name of the ", "name for the ", "name of this ", "name for this ")

# "Thành Đông is a common nickname of Hải Dương", "Mây Chiều was the pen name of Trần Văn Giàu": the
# naming copula turned round, the other name its subject and the bearer after "of"; an article and
# at most one adjective before the naming noun (cue_grammar's). Scanned for at each naming noun's
# last letters before " of " ("name of ", "onym of "); the names around the cue are read by the
# patterns already compiled (_NAME_BEFORE, NEXT_NAME): a name pattern costs much to compile.
_NAMING_OF = LazyPattern(
    rf"[\"”’']?[ \t]+(?:is|was)[ \t]+(?:a|an|the|one)[ \t]+(?:[a-z]+[ \t]+)?"
    rf"{naming_noun_phrase()}[ \t]+of[ \t]+"
)
_NAMING_OF_ANCHORS = tuple(f"{tail} of " for tail in naming_noun_tails())
# A person's names in such a chain: at most this many after the first.
_MAX_CHAINED = 6


def extract_stated_names(doc: Document) -> Iterator[Mention]:
    """The other names of this module's docstring, each a mention of the name before with the
    other as a variant (and, for "(also Y, Vietnamese: Z)", the pair of the name and Z)."""
    text, lower = doc.text, doc.lower
    for hit in literal_hits(lower, _POSSESSIVE_ANCHORS):
        found = _possessive_name(text, hit)
        if found is not None:
            (name, start), (other, end) = found
            yield other_name_mention(doc, start, end, Kind.PERSON, name, other)
        yield from _chained_names(doc, hit)
    for hit in literal_hits(lower, _NAME_OF_ANCHOR):
        yield from _place_named(doc, hit)
    for hit in literal_hits(lower, _NAMING_OF_ANCHORS):
        found = _naming_of(text, hit)
        if found is not None:
            kind, (name, start), (other, end) = found
            yield other_name_mention(doc, start, end, kind, name, other)
    for hit in literal_hits(lower, ("(also ",)):
        yield from _also_labelled(doc, hit)
    for hit in literal_hits(lower, ("(or ",)):
        found = _or_same_head(text, hit)
        if found is not None:
            kind, (name, start), (other, end) = found
            if renders_specific(name, other):
                # "Vua Peak (or Emperor Peak)": the Vietnamese word rendered, the head kept; a gloss
                # pair (gold rules §10.8), not a second name.
                at = text.find(other, hit, end)
                yield gloss_mention(
                    doc, Phrase(name, start, start + len(name)), Phrase(other, at, at + len(other)), 0.8
                )
                continue
            yield other_name_mention(doc, start, end, kind, name, other)
    yield from _language_names(doc)


def _possessive_name(text: str, hit: int) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """ "Trần Thái Tông's given name was Trần Cảnh", "His pen name was Tây Sơn Khách" at the naming
    noun's copula (hit), as ((the owner, where its name starts, or where the other name starts for
    a pronoun), (the other name, where it ends)). The owner is a personal name (a family name, then
    one to three syllables), for "his" or "her" the page's subject; the other a person's name
    (person_aliases.person_shaped). A "given" name must repeat the family name ("his given name is
    Bình Minh" is a given name in the Western sense, no other name of the person)."""
    for match in _POSSESSIVE_NAME.finditer(text, max(0, hit - 120), min(len(text), hit + 80)):
        if not match.start() < hit < match.start("other"):
            continue
        other = match.group("other")
        pronoun = match.group("pronoun")
        if pronoun:
            if pronoun.lower() == "its":
                return None
            owner, start = lead_subject(text) or "", match.start("other")
        else:
            # The possessive's name may run on from words before it ("In 1226 Trần Thái Tông's"):
            # its last four words at most, the longest personal name that ends there ("King Trần
            # Thái Tông" gives "Trần Thái Tông", not "Thái Tông").
            name = match.group("owner")
            words = name.split()
            candidates = [" ".join(words[i:]) for i in range(max(0, len(words) - 4), len(words) - 1)]
            owner = next((c for c in candidates if personal_name(c)), "")
            start = match.start("owner") + len(name) - len(owner)
        if not owner or not personal_name(owner) or fold(owner) == fold(other):
            return None
        if not (personal_name(other) or person_shaped(other, named=True)):
            return None
        if _GIVEN.search(match.group(), 0, match.start("other") - match.start()):
            if fold(owner.split()[0]) != fold(other.split()[0]):
                return None
        return (owner, start), (other, match.end("other"))
    return None


_GIVEN = re.compile(r"\b[Gg]iven[ \t]+name\b")


def _also_labelled(doc: Document, hit: int) -> Iterator[Mention]:
    """ "X (also Y, Vietnamese: Z)": X's other name Y, and the pair X = Z (the gloss readers read a
    label only when it opens its parenthesis or follows a "known as" name's semicolon)."""
    text = doc.text
    match = _ALSO_LABELLED.match(text, hit)
    if match is None:
        return
    before = _NAME_BEFORE.search(text, max(0, hit - 120), hit)
    if before is None or text[before.end(1) : hit] != " ":
        return
    name, start = _without_article(before.group(1), before.start(1))
    other, vi = match.group("other"), match.group("vi").strip()
    if not name or not has_vi_letters(vi) or not all(is_syllable(w) for w in vi.split()):
        return
    if not is_english_word(name) and fold(name) != fold(other) and not is_title(other.split()[0]):
        kind = _same_kind(name, other)
        if kind is not None:
            yield other_name_mention(doc, start, match.end("other"), kind, name, other)
    yield mention_at(
        doc, start, match.end("vi"), kind=Kind.TERM, en=name, vi=vi, confidence=0.8, origin="gloss"
    )


def _naming_of(text: str, hit: int) -> tuple[Kind, tuple[str, int], tuple[str, int]] | None:
    """ "X is a (common) nickname of Y" at the naming noun (hit), as (kind, (Y, where X starts),
    (X, where Y ends)): Y a place (by its head word or the gazetteer) or a person's name, X a name of
    the same kind or none."""
    sentence = max(text.rfind(". ", 0, hit), text.rfind("\n", 0, hit)) + 1
    cue = next(
        (m for m in _NAMING_OF.finditer(text, max(sentence, hit - 60), hit + 20) if m.start() < hit), None
    )
    before = _NAME_BEFORE.search(text, max(sentence, cue.start() - 120), cue.start()) if cue else None
    after = NEXT_NAME.match(text, cue.end()) if cue else None
    if cue is None or before is None or after is None or before.end(1) != cue.start():
        return None
    other, start = _without_article(before.group(1), before.start(1))
    name = after.group(1)
    if not other:
        return None
    if fold(name) == fold(other) or is_title(other.split()[0]):
        return None
    if personal_name(name) and (person_shaped(other, named=True) or _alias_shaped(other)):
        kind: Kind | None = Kind.PERSON
    elif gazetteer.is_place(name):
        kind = Kind.PLACE if head_kind(other) in (None, "place") else None
    else:
        kind = _same_kind(name, other)
    if kind is None:
        return None
    return kind, (name, start), (other, after.end(1))


def _alias_shaped(other: str) -> bool:
    """Whether a name said to be another name of a person's full name ("Kim Đồng is the alias of
    Nông Văn Dèn") reads as one though a ward or a street bears it: two to four capitalised
    syllables, one with Vietnamese letters, no title and no head word. The cue names the person;
    the gazetteer's namesake is another thing."""
    words = other.split()
    return (
        2 <= len(words) <= 4
        and all(is_syllable(w) and w[:1].isupper() for w in words)
        and has_vi_letters(other)
        and not is_title(words[0])
        and head_kind(other) is None
    )


def _without_article(name: str, start: int) -> tuple[str, int]:
    if name.startswith("The "):
        return name[4:], start + 4
    return name, start


def _same_kind(name: str, other: str) -> Kind | None:
    """The kind two names of one thing share: by their head words, or by one's head when the other
    has none ("Radio the Voice of Vietnam" / "Voice of Vietnam")."""
    return shared_kind(name, other) or kind_alone(name, other) or kind_alone(other, name)


def _or_same_head(text: str, hit: int) -> tuple[Kind, tuple[str, int], tuple[str, int]] | None:
    """ "X (or Y)" where X and Y have the same head word ("Chu River (or the Nam Sam River ...)",
    "... University of Education (or ... Pedagogical University)"), as (kind, (X, where it starts),
    (Y, where the parenthesis ends)). Names without heads are renames.py's ("Ho Chi Minh City
    (Saigon)"), and so are a person's."""
    match = _OR_NAME.match(text, hit)
    if match is None:
        return None
    before = _NAME_BEFORE.search(text, max(0, hit - 120), hit)
    if before is None or text[before.end(1) : hit] != " ":
        return None
    name, start = _without_article(before.group(1), before.start(1))
    other = match.group("other")
    kind = shared_kind(name, other)
    if kind is None or fold(name) == fold(other) or _head_word(name) != _head_word(other):
        return None  # "the Lam River (or the Bình Minh Commune)": two places, not two names of one
    return kind, (name, start), (other, match.end())


def _head_word(name: str) -> str:
    """The word that heads a name, as head_kind finds it ("University" in "X University of
    Education"), in lower case; "" if none."""
    words = name.split()
    before_of = words[: words.index("of")] if "of" in words else words
    return next((w.lower() for w in reversed(before_of) if head_of(w)), "")


def _chained_names(doc: Document, hit: int) -> Iterator[Mention]:
    """ "His birth name was Lê Quý Ly, courtesy name Lý Nguyên or Nhất Nguyên" at " name was " (hit):
    each later name as a mention of the stated one (a personal name) carrying it. A courtesy or
    pen name need not open with a family name ("Nhất Nguyên"), only be Vietnamese syllables."""
    text = doc.text
    window = _STATED_NAME.finditer(text, max(0, hit - 30), min(len(text), hit + 80))
    stated = next((m for m in window if m.start() < hit), None)
    if stated is None or not personal_name(stated.group("first")):
        return
    first, pos = stated.group("first"), stated.end("first")
    for _ in range(_MAX_CHAINED):
        following = _NEXT_NAMED.match(text, pos)
        if following is None:
            return
        other, pos = following.group("other"), following.end("other")
        words = other.split()
        if len(words) < 2 or not all(is_syllable(w) for w in words) or is_title(words[0]):
            return
        if fold(other) != fold(first):
            yield other_name_mention(doc, stated.start("first"), pos, Kind.PERSON, first, other)


def _place_named(doc: Document, hit: int) -> Iterator[Mention]:
    """ "The name of the city, under Trần dynasty, was Thiên Trường" at "name of the " (hit): the
    page's place (former_name_cues.place_subject) when the noun is a place noun, with the name."""
    text = doc.text
    window = _NAME_OF_PLACE.finditer(text, max(0, hit - 24), min(len(text), hit + 160))
    match = next((m for m in window if m.start("anchor") == hit), None)
    if match is None or match.group("noun") not in PLACE_NOUNS:
        return
    subject = place_subject(text)
    other = match.group("other")
    if not subject or fold(subject) == fold(other) or is_english_word(other) or is_title(other.split()[0]):
        return
    if "this" in text[hit : match.start("noun")]:
        subject = _unit_named(text, subject, match.group("noun"))
        if not subject:
            return
    at = match.start("other")
    yield other_name_mention(doc, at, match.end("other"), Kind.PLACE, subject, other)


def _unit_named(text: str, subject: str, noun: str) -> str:
    """The place "this <noun>" names on a page about `subject` ("The Khmer name for this province is
    Srok Khleang" on a city's page): the subject when it is of that rank (its own head word, or the
    lead sentence's noun), else the entry of that rank with the subject's bare name as the page
    writes it in English ("Sóc Trăng Province"), else "" (no such entry: the name is nobody's). The
    Vietnamese form ("Tỉnh Sóc Trăng") is not looked for: on the one page seen, a mention of it
    drew the bare name, the city's, into the province (bare_joins' title reading)."""
    if noun not in ADMIN_UNITS:
        return subject
    words, generic = subject.split(), ADMIN_UNITS[noun]
    if words[-1].lower() == noun or fold(" ".join(words[: len(generic.split())])) == fold(generic):
        return subject
    if words[-1].lower() in ADMIN_UNITS:
        words = words[:-1]  # "Sóc Trăng City": a subject of another rank, named with its unit
    else:
        lead = lead_names(text)
        if lead is not None and lead.subject == subject and lead.noun == noun:
            return subject
    if not words:
        return ""
    bare = re.escape(" ".join(words))
    ranked = re.search(rf"(?<!\w){bare}[ \t]+{noun}\b", text, re.IGNORECASE)
    return ranked.group() if ranked is not None else ""


# "Under Minh Mạng, it was given the Sino-Vietnamese name X", "He took the Vietnamese name X": the
# page's subject (a place for "it", a person for "he" or "she") given a name in a language; a bare
# "given the name X" is subject_names.py's.
_GIVEN_ANCHORS = tuple(
    f"{verb} the " for verb in ("given", "granted", "bestowed", "took", "adopted", "assumed")
)
_GIVEN_NAME = LazyPattern(
    r"\b(?P<pronoun>[Ii]t|[Hh]e|[Ss]he)[ \t]+"
    rf"(?:(?:was|is|had[ \t]+been|has[ \t]+been)[ \t]+(?:{naming_adverb()}[ \t]+)?(?:given|granted|bestowed)"
    r"|(?:(?:later|then|also)[ \t]+)?(?:took|adopted|assumed))"
    rf"[ \t]+the[ \t]+{language_name_noun()}(?:[ \t]+of)?[ \t]+"
)
# "The province's original Khmer name was X", "His Khmer name was X or Y": a place noun's or a
# possessive pronoun's name in a language ("its"/"his" with a standing word alone is subject_names.py's).
_OWN_NAME = LazyPattern(
    r"\b(?:[Tt]he[ \t]+(?P<noun>[a-z]+)['’]s|(?P<pronoun>[Ii]ts|[Hh]is|[Hh]er))[ \t]+"
    rf"{language_name_noun()}[ \t]+(?:is|was|had[ \t]+been)[ \t]+"
)
_OWN_ANCHORS = (" name is ", " name was ", " name had been ")
# What may open the sentence before "it": nothing, or an opening phrase closed by a comma ("Under
# the Nguyễn, it was given ...").
_IT_OPENS = LazyPattern(r"(?:^|[.!?:;][ \t]+|\n[ \t]*|,[ \t]+)$")


def _language_names(doc: Document) -> Iterator[Mention]:
    """The page subject's names in a language (_GIVEN_NAME, _OWN_NAME) and the forms a name was
    made into (_EVOLVED), each a mention of the subject carrying the other name."""
    text, lower = doc.text, doc.lower
    cues = [
        cue
        for anchors, pattern, reach in (
            (_GIVEN_ANCHORS, _GIVEN_NAME, 60),
            (_OWN_ANCHORS, _OWN_NAME, 60),
            (_EVOLVED_ANCHORS, _EVOLVED, 30),
        )
        for hit in literal_hits(lower, anchors)
        if (
            cue := next(
                (
                    c
                    for c in pattern.finditer(text, max(0, hit - reach), hit + 40)
                    if c.start() <= hit < c.end()
                ),
                None,
            )
        )
    ]
    subjects: dict[str, str] = {}
    for cue in cues:
        owner = _owner_of(text, cue, subjects)
        if owner is None:
            continue
        kind, subject = owner
        first = NEXT_NAME.match(text, cue.end())
        if first is None:
            continue
        listed = names_listed(text, first)
        later = _EVENTUALLY.match(text, listed[-1][1])
        if later is not None and "evolved" in cue.groupdict():
            listed.append((later.group(1), later.end(1)))
        for other, end in listed:
            if is_english_word(other) or is_title(other.split()[0]):
                break
            if head_kind(other) not in (None, "place" if kind is Kind.PLACE else None):
                break
            if fold(other) != fold(subject):
                yield other_name_mention(doc, end - len(other), end, kind, subject, other)


def _owner_of(text: str, cue: re.Match[str], subjects: dict[str, str]) -> tuple[Kind, str] | None:
    """The page's subject a cue speaks of, with its kind: a place for "it", "its", "the <place
    noun>'s" and a name made into another; a person for "he", "she", "his", "her"."""
    groups = cue.groupdict()
    language, standing = groups.get("language"), groups.get("standing")
    if "evolved" in groups:
        person = False
    else:
        if language is not None and not is_name_language(language):
            return None
        noun, pronoun = groups.get("noun"), (groups.get("pronoun") or "").lower()
        if noun is not None and (noun not in PLACE_NOUNS or not (language or standing)):
            return None
        if noun is None and language is None:
            return None  # "his original name was": subject_names.py's
        if pronoun == "it" and not _IT_OPENS.search(text, max(0, cue.start() - 3), cue.start()):
            return None  # "Because of this it was given": "it" is what the sentence before spoke of
        person = pronoun in ("he", "she", "his", "her")
    key = "person" if person else "place"
    if key not in subjects:
        subjects[key] = (lead_subject(text) or "") if person else place_subject(text)
    subject = subjects[key]
    if not subject or person and not personal_name(subject):
        return None
    return (Kind.PERSON if person else Kind.PLACE), subject


# "The settlers corrupted it into "Sốc-Kha-Lang" and eventually "Sóc Trăng"": a name made into
# another form, "it" or "the name" standing for the name the sentence before gave; on a place's
# page the forms are the place's names.
_EVOLVED_VERBS = ("corrupted", "transliterated", "vietnamised", "vietnamized", "shortened", "distorted")
_EVOLVED_ANCHORS = tuple(f"{verb} " for verb in _EVOLVED_VERBS)
_EVOLVED = LazyPattern(
    rf"\b(?P<evolved>{'|'.join(_EVOLVED_VERBS)})[ \t]+(?:it|the[ \t]+name|this[ \t]+name)"
    r"[ \t]+(?:in)?to[ \t]+"
)
# "... and eventually "Sóc Trăng"": the last form it was made into.
_EVENTUALLY = LazyPattern(
    r"[\"”’']?[ \t]*,?[ \t]+and[ \t]+(?:eventually|later|then|finally|subsequently)[ \t]+"
    r"(?:into[ \t]+|to[ \t]+)?"
    r"(?:the[ \t]+)?[\"“‘']?([A-ZÀ-ỸĐ][^\W\d_]*(?:[-'’ ][A-ZÀ-ỸĐ][^\W\d_]*)*)"
)
