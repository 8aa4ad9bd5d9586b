"""Other names of what a page is about, given without repeating its name: "Gia Long (...), born
Nguyễn Phúc Ánh or Nguyễn Ánh, was ...", "He was born as Trần Quốc Tuấn", "It was originally called
Paul Doumer Bridge", "who gave the city the name of Gia Định".

The subject of such a sentence is a pronoun or the sentence's own opening name, so the name it stands
for is found once per document: the name that opens the page's lead sentence ("X (...) is/was ...").
renames.py reads the cues that name their subject or a noun standing for it ("the city was called").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind
from glossary.text import fold, is_syllable
from glossary.vietnamese import english_words, has_vi_letters, is_english_word, vi_score

from . import gazetteer
from .cue_grammar import KNOWN_PREPOSITIONS, known_as
from .documents import Document
from .epithets import extract_epithets
from .lazy_patterns import LazyPattern
from .lead import CAP_WORD, DESCRIBED_AS, HOUSE_NOUNS, PLACE_NOUNS, Lead, lead_names, lead_subject
from .lexicon import ADMIN_UNITS
from .mentions import Mention, literal_hits, phrase_hits
from .name_spans import LY_ADVERB, is_ly_adverb, kind_alone, other_name_mention, personal_name, shared_kind
from .names.words import head_kind, is_title
from .person_aliases import extract_person_aliases, person_shaped
from .preview_lines import preview_lines
from .stated_names import extract_stated_names

# Each cue's own words, found by one literal scan (most pages use none of them).
_ANCHORS = (
    "born ",
    "called ",
    "named ",
    "known as ",
    # "it was known to American soldiers as": the "known" phrases of cue_grammar.known_as.
    *(f"known {word} " for word in KNOWN_PREPOSITIONS),
    "referred to as ",
    "the name ",
    "call it ",
    "calls it ",
    " name is ",
    " name was ",
    "courtesy name ",
    "pen name ",
    "art name ",
    "nickname ",
    "formal title ",
    *(f"{word} name " for word in "temple era regnal posthumous personal birth childhood dharma".split()),
    "real name ",
    "original name ",
)
# How far past its anchor a cue may end: "known as " and the like 20 characters, a "known" phrase
# with its prepositional phrase ("known to the American prisoners of war as ") 48.
_CUE_REACH = 20
_KNOWN_PHRASE_REACH = 48
_NAME = rf"{CAP_WORD}(?:[-–]{CAP_WORD})*(?:[ \t]+(?:(?:of|the)[ \t]+)?{CAP_WORD}(?:[-–]{CAP_WORD})*)*"
_OTHER = LazyPattern(rf"(?:the[ \t]+)?[\"“]?({_NAME})")
# A quoted name is bounded by its quotes, lower-case words and all ("Đảng ta"): up to four words.
_QUOTED = LazyPattern(r"(?:the[ \t]+)?[\"“]([A-ZÀ-ỸĐ][^\W\d_]*(?:[- \t][^\W\d_]+){0,3})[\"”]")
# Han characters or a short gloss after a name, before "or" and its next spelling.
_ASIDE = LazyPattern(r"[ \t]*\([^()\n]{1,40}\)")
# 'call it "Phutthaimat" (...) or "Banthaimat" (...)': each alternative after "or", quoted or not.
_OR_NEXT = LazyPattern(r",?[ \t]+or[ \t]+(?=(?:the[ \t]+)?[\"“]?[A-ZÀ-ỸĐ])")
# "courtesy name Hải Thụ (later changed to Sào Nam)": the name that replaced it, in the aside.
_LATER = LazyPattern(rf"[ \t]*\(later[ \t]+(?:changed[ \t]+to[ \t]+|became[ \t]+)?({_NAME})\)")
_PRONOUN_CUE = re.compile(
    r"\b(?P<pronoun>[Ii]t|[Hh]e|[Ss]he)[ \t]+(?:"
    # 'When he was young, he had the name "Chơn"': the name he bore.
    r"(?:had|bore)[ \t]+the[ \t]+name|(?:was|had[ \t]+been|is|has[ \t]+been)[ \t]+"
    # "It was originally called", "He was posthumously given the name": one adverb, any "-ly"
    # adverb (checked by is_ly_adverb below) or a few without the suffix.
    rf"(?:(?P<adverb>once|first|later|also|often|sometimes|{LY_ADVERB})[ \t]+)?"
    # "known in English as", "known to American soldiers as": cue_grammar's "known" phrases.
    rf"(?P<verb>born(?:[ \t]+as)?|called|named|{known_as()}"
    r"|referred[ \t]+to[ \t]+as"
    # "He was later given the name Nguyễn Vĩnh Thụy".
    r"|given[ \t]+the[ \t]+name(?:[ \t]+of)?))[ \t]+"
    # "His real name was Ngô Tuấn": the name the subject was born with (not "his given name is
    # Bình Minh", a given name in the Western sense).
    r"|\b(?P<possessive>[Hh]is|[Hh]er)[ \t]+(?:real|original|birth|true)[ \t]+name[ \t]+(?:is|was)[ \t]+"
    # "Locals call it Ho Guom", "the French called it Tourane": what people call the subject.
    r"|\b(?:[a-z]+|[A-Z][a-z]+)[ \t]+(?P<call>call|calls|called)[ \t]+it[ \t]+"
)
# ", born Nguyễn Phúc Ánh", "... whose real name is Phan Văn Hòa": the apposition or relative
# clause of the sentence's opening name that gives the name a person was born with.
_BORN_APPOSITION = re.compile(
    r"(?:,[ \t]+born[ \t]+(?:as[ \t]+)?"
    r"|,?[ \t]+whose[ \t]+(?:real|birth|original|given|true)[ \t]+name[ \t]+(?:is|was)[ \t]+"
    # ", born Phan Văn San, courtesy name Hải Thụ": the names a scholar took, in the same apposition.
    r"|,[ \t]+(?:courtesy|pen|art)[ \t]+name[ \t]+"
    # "Lý Thường Kiệt (; 1019–1105), real name Ngô Tuấn, was": the apposition without "whose".
    r"|,[ \t]+(?:real|original|true)[ \t]+name[ \t]+"
    # "Lê Lợi (...), temple name Thái Tổ, nickname Lam Sơn động chủ (...), formal title Bình Định
    # vương (...) was": a ruler's names in the apposition of the lead, each after its cue.
    r"|,[ \t]+(?:(?:temple|era|regnal|posthumous|personal|birth|childhood|dharma)[ \t]+name"
    r"|nickname|formal[ \t]+title)[ \t]+)"
)
# "Lam Sơn động chủ", "Bình Định vương": a Vietnamese title's last words are in lower case; they
# belong to the name only when each is Vietnamese by its letters and the name ends there.
_VI_TAIL = LazyPattern(r"(?:[ \t]+[a-zà-ỹđ]+){1,3}(?=[ \t]*[(,;])")
# "gave the city the name of Gia Định", "gave it the name Faifo".
_GAVE_NAME = re.compile(r"\bgave[ \t]+(?:it|him|her|the[ \t]+[a-z]+)[ \t]+the[ \t]+name[ \t]+(?:of[ \t]+)?")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _others_at(text: str, pos: int) -> list[str]:
    """The name at pos, and each next spelling after "or" ("Nguyễn Phúc Ánh (阮福暎) or Nguyễn Ánh",
    '"Đảng" (the Party) or "Đảng ta" (our Party)')."""
    found = _name_at(text, pos)
    if found is None:
        return []
    name, first_end = found
    names = [name]
    later = _LATER.match(text, first_end) if text.startswith("later", first_end + 2) else None
    if later is not None:
        return [*names, later.group(1)]
    while len(names) < _MAX_ALTERNATIVES:
        after = _ASIDE.match(text, first_end)
        more = _OR_NEXT.match(text, after.end() if after else first_end)
        found = _name_at(text, more.end()) if more is not None else None
        if found is None:
            break
        name, first_end = found
        names.append(name)
    return names


# "called X or Y or Z": more alternatives than this are a list of things, not one thing's names.
_MAX_ALTERNATIVES = 4


def _name_at(text: str, pos: int) -> tuple[str, int] | None:
    """The name at pos and where it ends (past its closing quote when quoted)."""
    quoted = _QUOTED.match(text, pos)
    if quoted is not None:
        return quoted.group(1), quoted.end()
    first = _OTHER.match(text, pos)
    if first is None:
        return None
    tail = _VI_TAIL.match(text, first.end(1))
    if tail is not None and all(has_vi_letters(word) for word in tail.group().split()):
        return first.group(1) + tail.group(), tail.end()
    return first.group(1), first.end(1)


def _later_sentence(text: str, line: int, at: int) -> bool:
    """Whether text[at] stands in a later sentence than the one that opens the line ("... was a poet.
    His friend X, pen name Y"): a full stop and a capital outside any parenthesis come before it."""
    stop = text.rfind(". ", line, at)
    while stop >= 0:
        before = text[line:stop]
        if before.count("(") == before.count(")") and text[stop + 2 : stop + 3].isupper():
            return True
        stop = text.rfind(". ", line, stop)
    return False


def _kind_of(subject: str, other: str, person: bool, text: str = "") -> Kind | None:
    """Both names' kind: a person when the cue says so ("born", "he") and both are no place or
    organisation; else the kind their head words give."""
    if person:
        if head_kind(subject) is None and head_kind(other) is None:
            return Kind.PERSON
        return None
    # What the lead sentence calls the subject ("Hồ Tây is a lake"), when it is the lead's.
    lead = lead_names(text) if text else None
    described = _KINDS.get(lead.kind or "") if lead and fold(lead.subject) == fold(subject) else None
    if (personal_name(subject) and described is None) or fold(subject) in fold(other):
        return None  # "it" is no person; "Phan Bội Châu Street" is named after the subject
    kind = shared_kind(subject, other) or kind_alone(subject, other) or kind_alone(other, subject)
    if kind is None and head_kind(other) is None and gazetteer.is_place(subject):
        return Kind.PLACE  # "Hội An ... It was once called Faifo"
    if kind is None and described is not None and head_kind(subject) is None:
        # "Hồ Tây is a lake ... It is commonly referred to as West Lake": the other's head agrees
        kind = (
            described
            if head_kind(other) in (None, "org" if described is Kind.ORGANISATION else "place")
            else None
        )
    return kind


def _plausible(subject: str, other: str) -> bool:
    words = other.split()
    return (
        fold(subject) != fold(other)
        and words[0].lower() not in _MONTHS
        and not is_title(words[0])
        and not is_english_word(other)
    )


# A person's infobox names its other names in fields of their own, the label alone on its line and
# the name on the next ("Temple name" / "Thế Tổ ()"), or after a colon ("Pseudonym: A, B").
# A ruler's era name too ("Era name and dates" / "Thuận Thiên (順天): 1428-1433", "Era dates"); a
# flattened infobox may run the value on after the label with a space ("Birth name Trịnh Công Sơn"),
# and a table's cells may close the label ("Temple name | |") and rule it off ("---|---|").
_NAME_FIELD = re.compile(
    r"^[ \t]*(?:[-*|•][ \t]*)?"
    r"(?:(?:temple|posthumous|regnal|birth|courtesy|pen|personal|childhood|dharma|religious|full|era)"
    r"[ \t]+names?(?:\(s\))?(?:[ \t]+and[ \t]+dates?)?|era[ \t]+dates?|pseudonyms?)"
    r"[ \t]*(?::[ \t]*(?P<same>[^\n]+)"
    r"|[ \t|]*\n(?:[ \t]*-{3,}[-| \t]*\n)?(?P<next>[^\n]+)"
    r"|[ \t](?P<run>[A-ZÀ-ỸĐ][^\n]*))"
    # A person's box may head the whole block "Names" (or "Born") alone on its line, the names on
    # the lines below ("Names" / "Nguyễn Phúc Ưng Thị ()" / "Nguyễn Phúc Ưng Kỷ ()").
    r"|^[ \t]*(?:[-*|•][ \t]*)?(?P<bare>names|born)[ \t|]*\n(?P<first>[^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)
# The name lines of a block run to the next label; a block longer than this is no name list.
_MAX_BLOCK_LINES = 8
# A name line may open with its script ("Vietnamese alphabet: Nguyễn Phúc Ánh", "Chữ Hán: 阮福映").
_SCRIPT_LABEL = LazyPattern(
    r"^[ \t]*(?:vietnamese(?:[ \t]+alphabet)?|quốc[ \t]+ngữ|chữ[ \t]+(?:hán|nôm)|hán[- \t]nôm|hán[ \t]+tự)"
    r"[ \t]*:[ \t]*",
    re.IGNORECASE,
)
# A line of Han characters alone (the name's characters under a script label): no name, no label.
_HAN_ONLY = LazyPattern(r"^[\u3400-\u9fff\uf900-\ufaff \t()\[\]]*$")
_NAME_FIELD_WORDS = tuple(
    "temple posthumous regnal birth courtesy pen personal childhood dharma religious full era".split()
)
# A regnal-name line with years in its parentheses gives a title held for a span, no name.
_YEARS_IN_PARENS = LazyPattern(r"\([^()\n]*\b\d{3,4}\b[^()\n]*\)")
# An emperor's posthumous name runs to twenty-odd syllables.
_MAX_FIELD_WORDS = 32
# What may follow the name on its line: empty or Han parentheses, references, the characters.
_FIELD_TAIL = LazyPattern(r"[ \t]*(?:\([^()\n]*\)|\[[^\[\]\n]*\]|[\u3400-\u9fff\uf900-\ufaff]+)")


def _english_title_tail(words: list[str]) -> bool:
    """Whether the words are two or more Vietnamese syllables with their marks, then one or two
    English words holding a title ("Imperial Empress-Mother")."""
    cut = next((k for k, word in enumerate(words) if not is_syllable(word)), len(words))
    head, tail = words[:cut], words[cut:]
    return (
        len(head) >= 2
        and 1 <= len(tail) <= 2
        and has_vi_letters(" ".join(head))
        and all(w[:1].isupper() and is_english_word(w.replace("-", " ").split()[0]) for w in tail)
        and any(is_title(part) for w in tail for part in w.split("-"))
    )


def _field_name(value: str) -> str | None:
    """The Vietnamese name a name field gives, without what follows it; None for anything else."""
    # "Thuận Thiên (順天): 1428-1433": the era's dates after a colon are no part of it.
    name = _FIELD_TAIL.sub(" ", value).split("|")[0].split(":")[0].strip(" \t,;")
    words = name.split()
    if _english_title_tail(words):
        # "Phù Thánh Linh Nhơn Imperial Empress-Mother": a Vietnamese name and the English title it
        # was given with, the name the field gives whole (an empress mother's posthumous name).
        return name
    if (
        not 1 <= len(words) <= _MAX_FIELD_WORDS
        or not words[0][:1].isupper()
        or not all(is_syllable(w) for w in words)
    ):
        return None
    # Without diacritics ("Thai To") the words must read as Vietnamese, not as English.
    return name if has_vi_letters(name) or vi_score(words) >= 0.5 else None


def _name_fields(doc: Document) -> Iterator[Mention]:
    """A person's other names from the infobox's name fields, as variants of the page's subject."""
    text = doc.text
    # One literal scan for the labels first: most pages have none, and the regex tries every line.
    hits = phrase_hits(doc.lower, " name", _NAME_FIELD_WORDS) + literal_hits(
        doc.lower, ("era date", "\nnames\n", "\nborn\n", "pseudonym")
    )
    subject: str | None = None
    lines = sorted({text.rfind("\n", 0, hit + 1) + 1 for hit in hits})
    for match in filter(None, (_NAME_FIELD.match(text, line) for line in lines)):
        regnal = match.group(0).lstrip(" \t-*|•").lower().startswith("regnal")
        for value in _field_values(text, match):
            if regnal and _YEARS_IN_PARENS.search(value):
                continue  # "Nguyễn Vương ("Prince of Nguyễn", 1780–1802)": a title he held for years
            # "Full Name: Hồ Thơm (), Nguyễn Huệ (), Nguyễn Văn Huệ ()": each item one of his names.
            values = _FIELD_TAIL.sub(" ", value).split(",") if "," in value else [value]
            for name in filter(None, map(_field_name, values)):
                if match.group("bare") and not personal_name(name):
                    continue  # "Born" / "Huế, Đại Nam": a birthplace, not a name
                subject = subject or lead_subject(text)
                if subject is None or head_kind(subject) is not None or fold(subject) == fold(name):
                    continue
                at = text.find(name, match.start())
                yield other_name_mention(doc, at, at + len(name), Kind.PERSON, subject, name)


def _field_values(text: str, match: re.Match[str]) -> list[str]:
    """The values a name field gives: the one after its colon or run on after it, or every line
    below a label alone on its line up to the next label ("Posthumous name" over two lines)."""
    value = match.group("same") or match.group("run")
    if value is not None:
        return [_SCRIPT_LABEL.sub("", value)]
    values = [_SCRIPT_LABEL.sub("", match.group("next") or match.group("first"))]
    end = match.end()
    for line in text[end + 1 :].split("\n", _MAX_BLOCK_LINES)[:_MAX_BLOCK_LINES]:
        line = _SCRIPT_LABEL.sub("", line)
        if line.strip() and _HAN_ONLY.match(line):
            continue  # the characters of the name above
        # A label ends the block: a name field's own, or any line that is no name ("Era name and
        # dates", "HouseNguyễn Phúc", a date).
        if _NAME_FIELD.match(line) or _field_name(line) is None:
            break
        values.append(line)
    return values


_KINDS = {"org": Kind.ORGANISATION, "place": Kind.PLACE}


def _lead_chain(doc: Document, read: Lead | None = None) -> Iterator[Mention]:
    """The other names the lead sentence gives its subject before its verb ("The People's Army of
    Vietnam (PAVN), officially the Vietnam People's Army (...), also recognized as the Vietnamese
    Army (...) or the People's Army (...), is ..."), and the kind its description gives a subject
    without a head word ("Fansipan (...) is a mountain": a place, whatever its first word)."""
    read = lead_names(doc.text) if read is None else read
    if read is None:
        return
    subject, start, described, others, noun, titled, _ = read
    described_kind = _KINDS.get(described or "") if head_kind(subject) is None else None
    # "Sa Pa (...) is a former district-level town ... located in Sa Pa ward", "Quán Thánh Temple
    # (...) is a Taoist temple ... in a ward of the same name": what the lead calls the subject tells
    # it from a unit of another kind that bears its name (bare_joins.join_bare_places).
    nouns = [noun, *(word for word in read.also if word in PLACE_NOUNS)] if noun in PLACE_NOUNS else []
    flags = [DESCRIBED_AS + word for word in dict.fromkeys(nouns)]
    if described_kind is not None:
        mention = other_name_mention(doc, start, start + len(subject), described_kind, subject, None)
        if described_kind is Kind.PLACE:
            mention.flags += flags
        yield mention
    elif flags and described == "place" and head_kind(subject) == "place":
        mention = other_name_mention(doc, start, start + len(subject), Kind.PLACE, subject, None)
        mention.flags += flags
        yield mention
    if described_kind is not None:
        # "Cần Thơ (...) is the fourth-largest city" and "Cần Thơ City": the form with that unit
        # is the subject's, whatever other unit bears the name ("Cần Thơ Province").
        unit_form = f"{subject} {noun}".lower()
        at = doc.lower.find(unit_form, start)
        if (
            noun in ADMIN_UNITS
            and at >= 0
            and not doc.text[at + len(unit_form) : at + len(unit_form) + 1].isalpha()
        ):
            written = doc.text[at : at + len(unit_form)]
            yield other_name_mention(doc, start, at + len(written), described_kind, subject, written)
    # A subject named as a house is one, whatever the lead goes on to call it (a mirror's "was a
    # List ..." gives no noun).
    house = noun in HOUSE_NOUNS or fold(subject).rpartition(" ")[2] in HOUSE_NOUNS
    for other, at in others:
        if house and not _same_house(subject, other):
            # "The Hồ dynasty (...), officially Great Ngu": a ruling house's official name is its
            # state's, another thing; the house's own names share its family name ("the Trịnh
            # lords ..., also known as the House of Trịnh or the Trịnh clan").
            continue
        if titled:
            # "Emperor Quang Trung (...) or Nguyễn Huệ": a person's names, whatever a street is called.
            kind = Kind.PERSON if head_kind(other) is None and personal_name(other) else None
        else:
            kind = shared_kind(subject, other) or kind_alone(subject, other) or kind_alone(other, subject)
        if kind is None and head_kind(other) is None and not titled:
            kind = described_kind or (Kind.PLACE if gazetteer.is_place(subject) else None)
        if kind is None and described is None and personal_name(other) and _a_person(subject):
            # "Lady Triệu (...) or Triệu Ẩu (...) was a warrior": a person's full name for a subject
            # the lead calls no place or body.
            kind = Kind.PERSON
        if kind is not None and _plausible(subject, other) and not other.isupper():
            yield other_name_mention(doc, start, at + len(other), kind, subject, other)


# A mirror's run-in link preview (TheInfoList, WikiMili): the linked article's title, then on the
# same line or the next its own lead sentence opening with the title again ("Tang dynasty" / "The
# Tang dynasty (...), or the Tang Empire, was an imperial dynasty", "Đinh Bộ Lĩnh Đinh Bộ Lĩnh
# (924–979) ...", the title closed by the full stop pipeline.unglue puts there). Page text (gold
# decisions: blind23 8), read as a lead of its own.
_PREVIEW = re.compile(
    r"^(?P<title>[A-ZÀ-ỸĐ][^\n()\[\]]{1,60}?)(?:\n|\.?[ \t]+)(?=(?:The[ \t]+)?(?P=title)[ \t]*[(,])",
    re.IGNORECASE | re.MULTILINE,
)
# How far a preview's lead sentence is read.
_PREVIEW_REACH = 600


def _previews(text: str, lower: str) -> Iterator[re.Match[str]]:
    """_PREVIEW's matches, as finditer gives them. finditer tries the lazy title at every line
    start, more than 4 % of all mining; here only the lines preview_lines gives are tried."""
    if len(lower) != len(text):  # a few exotic letters change length in lower case
        yield from _PREVIEW.finditer(text)
        return
    done = 0
    for start in preview_lines(lower):
        if start >= done:
            match = _PREVIEW.match(text, start)
            if match is not None:
                done = match.end()
                yield match


def _preview_leads(doc: Document) -> Iterator[Mention]:
    """The other names each run-in link preview's lead gives its title, as _lead_chain reads the
    page's own lead; and on a page whose hover copies were lifted out (link_copies), the kind of
    place a copy's lead calls its title ("Bắc Ninh () is a city": not its province)."""
    text = doc.text
    lifted = doc.line_map is not None
    for match in _previews(text, doc.lower):
        at = match.end()
        read = lead_names(text[at : at + _PREVIEW_REACH])
        if read is None or read.start > 4:
            continue  # the lead must open the preview ("The " at most before its title)
        if not read.others and not (lifted and read.noun in PLACE_NOUNS):
            continue
        shifted = read._replace(start=read.start + at, others=[(name, pos + at) for name, pos in read.others])
        yield from _lead_chain(doc, shifted)


def _same_house(subject: str, other: str) -> bool:
    """Whether two names of a ruling house share a name word besides the house nouns and "of"."""
    words = {w for w in fold(subject).split() if w not in HOUSE_NOUNS}
    return bool(words & {w for w in fold(other).split() if w not in HOUSE_NOUNS and w not in ("of", "the")})


def _a_person(subject: str) -> bool:
    """Whether a lead's subject reads as a person: a full Vietnamese name, or an honorific and a
    name ("Lady Triệu"), and no place the gazetteers know."""
    words = subject.split()
    titled = len(words) == 2 and is_title(words[0])
    return (
        (personal_name(subject) or titled) and head_kind(subject) is None and not gazetteer.is_place(subject)
    )


# "hence its nickname, "the Roof of Indochina"", "leads to its name "City of Eternal Spring"", "his
# nickname was "Uncle Ho"": a quoted name the page gives its subject.
# 'Its official name is Lake of the Restored Sword', 'its full name was ...': the same without quotes
# when the verb says so.
_QUOTED_ANCHORS = ("nickname", " name")
_QUOTED_NAME = re.compile(
    r"\b(?P<owner>its|his|her)[ \t]+(?:nick)?name[ \t]*,?[ \t]*(?:(?:is|was|of|became)[ \t]+)?"
    rf"[\"“‘](?:the[ \t]+)?({_NAME})[\"”’]"
    r"|\b(?P<owner2>its|his|her)[ \t]+(?:(?:official|full|formal|original|former|old|earlier|common|"
    r"popular|local|current|present|Vietnamese|English|real|birth|given|true)[ \t]+)?(?:nick)?name[ \t]+"
    r"(?:is|was|became)[ \t]+"
    rf"(?:the[ \t]+)?[\"“‘]?({_NAME})",
    re.IGNORECASE,
)


# A script's name ("Chữ Hán", "Hán tự"), never a name of the subject (docs/gold-rules.md §5).
_SCRIPT_NAME = LazyPattern(r"(?:chữ[ \t]+(?:hán|nôm)|hán[- \t](?:nôm|tự))", re.IGNORECASE)
# Words that join a name's words and never end one ("for" after a label: "Sino-Vietnamese for").
_JOINT_WORDS = frozenset({"of", "and", "for", "the"})
_CLAUSE_END = LazyPattern(r"[ \t]*(?:[.,;:)(\"”]|\[|\n|$)")


def _quoted_names(doc: Document) -> Iterator[Mention]:
    """The page subject's names given in quotes after "its/his/her (nick)name"."""
    hits = literal_hits(doc.lower, _QUOTED_ANCHORS)
    read: Lead | None = None
    seen: set[int] = set()
    for hit in hits:
        before = doc.lower[max(0, hit - 30) : hit + 1]
        if "its " not in before and "his " not in before and "her " not in before:
            continue  # " name" is a common word: the owner's word first, cheaply
        cue = _QUOTED_NAME.search(doc.text, max(0, hit - 30), hit + 120)
        if cue is None or cue.start() > hit or cue.start() in seen:
            continue
        seen.add(cue.start())
        read = read or lead_names(doc.text)
        if read is None:
            return
        subject, described = read.subject, read.kind
        other = cue.group(2) or cue.group(4)
        # The pattern ignores case for its cue words only: "Its name is chữ Hán (太平) for ..." names
        # the script of the characters that follow, and a name opens with a capital.
        if not other[:1].isupper() or _SCRIPT_NAME.fullmatch(other):
            continue
        if cue.group(4) and not _CLAUSE_END.match(doc.text, cue.end(4)):
            continue  # "Its name is Vietnamese for ...": the name must end the clause
        if other.rsplit(None, 1)[-1].lower() in _JOINT_WORDS:
            continue  # "Its name is Sino-Vietnamese for "ocean sun"": a label, then the meaning
        person = (cue.group("owner") or cue.group("owner2")).lower() != "its"
        if person and (described is not None or gazetteer.is_place(subject) and not read.noun):
            continue  # "his nickname" on a page about a place is some person's
        kind = _kind_of(subject, other, person, doc.text)
        if kind is None and not person and head_kind(subject) is None and head_kind(other) is None:
            kind = _KINDS.get(described or "")
        if kind is not None and _plausible(subject, other):
            at = doc.text.find(other, cue.start())
            yield other_name_mention(doc, at, at + len(other), kind, subject, other)


# An infobox's field of other names, its label alone on a line and the names one a line after it
# ("Former names" / "Polytechnic University (Vietnamese: ...)" / "Hanoi University of Technology
# (HUT) (-2010)"); each name line may end with asides in parentheses (a gloss, a short form, dates).
# An infobox's "Nickname(s)" field lists the same way ("Nickname(s)" / "• People's Air Force").
# A flattened infobox runs the one name on after the label with a space ("Other names Trạng Trình
# (狀程)"), as _NAME_FIELD's labels do.
_OTHER_NAMES_LABEL = re.compile(
    r"^[ \t]*(?:(?:former|other|alternate|alternative|previous|old)[ \t]+names?|nicknames?|nickname\(s\))"
    r"(?:[ \t]*:?[ \t]*\n|(?P<run>[ \t]+)(?-i:(?=[A-ZÀ-ỸĐ])))",
    re.IGNORECASE | re.MULTILINE,
)
_OTHER_NAMES_WORDS = tuple("former other alternate alternative previous old".split())
_NAME_LINE = LazyPattern(rf"[ \t]*(?:[-*•][ \t]*)?({_NAME})(?:[ \t]*\([^()\n]*\))*[ \t]*(?:\n|$)")


def _other_names_block(doc: Document) -> Iterator[Mention]:
    """Each name the lines after an other-names label list (up to six), as a name of the subject."""
    hits = phrase_hits(doc.lower, " name", _OTHER_NAMES_WORDS) + literal_hits(doc.lower, ("nickname",))
    subject: str | None = None
    lines = sorted({doc.text.rfind("\n", 0, hit) + 1 for hit in hits})
    for label in filter(None, (_OTHER_NAMES_LABEL.match(doc.text, line) for line in lines)):
        pos = label.end()
        owner: str | None = None
        nickname = "nick" in label.group().lower()
        for _ in range(1 if label.group("run") else 6):
            line = _NAME_LINE.match(doc.text, pos)
            if line is None:
                break
            pos = line.end()
            if " " not in line.group(1) and fold(line.group(1)) in english_words():
                break  # "Map", "Website": the infobox's next label, alone on its line
            if nickname and has_vi_letters(doc.text[line.end(1) : line.end()]):
                continue  # "Flamboyant City (Thành phố hoa phượng đỏ)": a glossed nickname is a term
            subject = subject or lead_subject(doc.text)
            other = line.group(1)
            if subject is None and owner is None:
                # A lead too tangled to read: the names one list gives are one thing's, so the
                # first stands for the others.
                owner = other
                continue
            owner = owner or subject
            assert owner is not None
            if head_kind(other) is None and is_english_word(other.split()[0]):
                break  # "Type Public": the infobox's next field, not a name
            kind = _kind_of(owner, other, False, doc.text)
            if kind is None and not nickname and personal_name(owner) and person_shaped(other):
                kind = Kind.PERSON  # a person's box: "Other names Trạng Trình (狀程)"
            if kind is not None and _plausible(owner, other):
                yield other_name_mention(doc, line.start(1), line.end(1), kind, owner, other)


def extract_subject_names(doc: Document) -> Iterator[Mention]:
    """Other names of the page's subject, each as a mention of the subject with the other name as
    a variant, placed where the other name is written."""
    found: list[Mention] = []
    for mention in _subject_names(doc):
        found.append(mention)
        yield mention
    yield from _dynastic_names(doc, found)
    yield from extract_stated_names(doc)
    yield from extract_person_aliases(doc)
    yield from extract_epithets(doc)


def _dynastic_names(doc: Document, found: list[Mention]) -> Iterator[Mention]:
    """A ruler's temple or era name with his family name before it, wherever the page writes it:
    "Lê Lợi (...), temple name Thái Tổ" makes "Lê Thái Tổ" his name too ("ascended the throne as Lê
    Thái Tổ"); another family's "Lý Thái Tổ" is another ruler."""
    people = [m for m in found if m.kind is Kind.PERSON and m.variants]
    if not people:
        return
    text = doc.text
    seen: set[str] = set()
    for mention in people:
        name = mention.vi or mention.en
        family = name.split()[0]
        if not personal_name(name):
            continue
        for other, _ in mention.variants:
            words = other.split()
            if not 2 <= len(words) <= 3 or words[0] == family or other in seen:
                continue
            seen.add(other)
            written = f"{family} {other}"
            at = text.find(written)
            if at >= 0 and not text[at + len(written) : at + len(written) + 1].isalpha():
                yield other_name_mention(doc, at, at + len(written), Kind.PERSON, name, written)


# What may stand before a sentence's "it" that still speaks of the page subject: nothing, or an
# opening phrase closed by a comma ("In 1802, it was renamed"); words run on to "it" without a comma
# ("Because of this it was called ...") make "it" the thing the sentence before spoke of.
_IT_OPENING = LazyPattern(r"(?:^|[.!?:;][ \t]+|\n[ \t]*|,[ \t]+)$")


def _it_opens(text: str, at: int) -> bool:
    """Whether the lower-case "it" at `at` opens its sentence or follows an opening phrase's comma."""
    return _IT_OPENING.search(text, max(0, at - 3), at) is not None


def _reach(lower: str, hit: int) -> int:
    """How far past the anchor at hit the pronoun cue may end (_CUE_REACH, _KNOWN_PHRASE_REACH)."""
    known = lower.startswith("known ", hit) and not lower.startswith("known as ", hit)
    return _KNOWN_PHRASE_REACH if known else _CUE_REACH


def _subject_names(doc: Document) -> Iterator[Mention]:
    yield from _name_fields(doc)
    yield from _lead_chain(doc)
    yield from _preview_leads(doc)
    yield from _quoted_names(doc)
    yield from _other_names_block(doc)
    text, lower = doc.text, doc.lower
    hits = literal_hits(lower, _ANCHORS)
    if not hits:
        return
    subject: str | None = None
    looked = False
    seen: set[int] = set()
    for hit in hits:
        start = max(0, hit - 40)
        cue = (
            _PRONOUN_CUE.search(text, start, hit + _reach(lower, hit))
            or next((m for m in _BORN_APPOSITION.finditer(text, start, hit + 20) if m.end() >= hit), None)
            or _GAVE_NAME.search(text, max(0, hit - 40), hit + 12)
        )
        if cue is None or cue.end() < hit or cue.start() in seen:
            continue
        seen.add(cue.start())
        pronoun = cue.group("pronoun") if cue.re is _PRONOUN_CUE else None
        person = (
            cue.re is _BORN_APPOSITION
            or (
                pronoun is not None
                and (pronoun.lower() != "it" or (cue.group("verb") or "").startswith("born"))
            )
            or (cue.re is _PRONOUN_CUE and cue.group("possessive") is not None)
        )
        adverb = cue.group("adverb") if cue.re is _PRONOUN_CUE else None
        if adverb and adverb.endswith("ly") and not is_ly_adverb(adverb):
            continue  # "It was family called": a noun, no adverb
        if cue.re is _PRONOUN_CUE and cue.group("verb") == "named" and not adverb:
            continue  # "it was named after ...", "he was named minister": not a name of its own
        if pronoun == "it" and not _it_opens(text, cue.start()):
            continue  # "The area ... a market town. Because of this it was called Lão Nhai": the town
        if cue.re is _BORN_APPOSITION:
            line = text.rfind("\n", 0, cue.start()) + 1
            owner = (
                None
                if _later_sentence(text, line, cue.start())
                else lead_subject(text, line, cue.start() + 1)
            )
        else:
            if not looked:
                subject, looked = lead_subject(text), True
            owner = subject
        if owner is None:
            continue
        for other in _others_at(text, cue.end()):
            # "nickname Lam Sơn động chủ (Lord of Lam Son)": a glossed title is the ruler's name and,
            # with its rendering, a term pair of its own; clustering keeps the rendering apart
            # (renderings.renders).
            kind = _kind_of(owner, other, person, text)
            if kind is not None and _plausible(owner, other):
                at = text.find(other, cue.end())
                yield other_name_mention(doc, at, at + len(other), kind, owner, other)
