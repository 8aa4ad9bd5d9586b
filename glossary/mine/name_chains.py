"""An organisation's several names in one sentence, each with its own short forms:

    "Ho Chi Minh Stock Exchange (HOSE or HSX), formerly the HCMC Securities Trading Center (HoSTC)"
    "the People's Air Force (PAF, Không quân Nhân dân (KQND)), officially the Air Defence - Air
    Force Service (ADAF Service) or the Air Force (Không quân (KQ))"
    "the Unified Workers' Union (Công đoàn Thống nhất or CĐTN or United Labour Union (ULU))"

One body, one entry (docs/gold-rules.md §0.2, §3): the first name is the entry's, the other names
and every short form or Vietnamese name their parentheses give are its variants. The acronym and
parenthesis extractors see each "Name (SHORT)" alone and make one entry per long form; this rule
is what ties them together. Only a cue that says "another name of the same body" chains two names
(formerly, officially, also known as ...); a bare "or" only continues a chain one of those began,
since "the Front (VFF) or the Party (CPV)" lists two bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from glossary.model import Kind, VariantType
from glossary.text import fold, is_syllable
from glossary.vietnamese import has_vi_letters

from . import gazetteer
from .acronyms import before_title
from .caps_tokens import caps_scan
from .documents import Document
from .lazy_patterns import LazyPattern
from .lead import CAP_WORD
from .mentions import Mention, literal_hits, mention_at
from .names.words import head_kind
from .short_forms import is_short_form

# A name: capitalised words, with "of", "and", "the", "for" between them, and the spaced dash of a
# two-part name ("Air Defence - Air Force Service").
_NAME = (
    rf"{CAP_WORD}(?:[–-]{CAP_WORD})*"
    rf"(?:(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)*|[ \t]+[-–][ \t]+){CAP_WORD}(?:[–-]{CAP_WORD})*)*"
)
_NAME_BEFORE = re.compile(rf"({_NAME})[ \t]*$")
# The cue between one name's parenthesis and the next name.
_ANCHORS = (
    "formerly",
    "previously",
    "officially",
    "known as",
    "also called",
    "originally",
    "internally",
    "simply",
    "referred to as",
    "alternatively",
    "recognized as",
    "recognised as",
)
# An adverb that says "another name of the same body" alone ("officially the X"), or one that needs a
# verb after it ("commonly known as", "informally called": "commonly" alone is any adverb).
_ALONE = r"formerly|previously|officially|originally|internally|alternatively|(?:or[ \t]+)?simply"
_WITH_VERB = r"also|commonly|informally|better|sometimes|often"
_VERB = r"known[ \t]+as|called|named|referred[ \t]+to[ \t]+as|recogni[sz]ed[ \t]+as"
_CUE_WORDS = rf"(?:(?:{_ALONE})[ \t]+(?:(?:{_VERB})[ \t]+)?|(?:(?:{_WITH_VERB})[ \t]+)?(?:{_VERB})[ \t]+)"
_CUE = re.compile(rf"\)[ \t]*,?[ \t]*{_CUE_WORDS}(?:the[ \t]+)?")
# What continues a chain after a name: "or", "or simply", or a further cue ("..., also known as").
_OR_NEXT = LazyPattern(rf"[ \t]*,?[ \t]*(?:or[ \t]+(?:simply[ \t]+)?|{_CUE_WORDS})(?:the[ \t]+)?")
# A slash between two spellings of a name's first word ("Vietnam/Vietnamese Navy"): each side is a
# form (docs/gold-rules.md §9.1), and the side the rest of the name is written with is the name.
_SLASHED = LazyPattern(rf"/{CAP_WORD}\b")
# A label before a short form in a parenthesis ("abbreviated COSVN") and a pronunciation after it.
_SHORT_LABEL = re.compile(r"^(?:abbreviated(?:[ \t]+as)?|abbr\.?|shortened[ \t]+to)[ \t]*:?[ \t]+")
_PRONUNCIATION = re.compile(r"[ \t]*(?:/[^/()]{1,40}/|\[[^\]()]{1,40}\])[ \t]*")
# Who uses a form, after it: "NVA to the Americans", "Tourane by the French", "Saigon in English".
_QUALIFIER = re.compile(r"[ \t]+(?:(?:to|by|among)[ \t]+the[ \t]+[A-Z][a-z]+|in[ \t]+[A-Z][a-z]+)$")
_NAME_AT = LazyPattern(_NAME)
# A short form after a spaced dash at the end of an item ("Lực lượng Công an Nhân dân - CAND").
_DASHED_SHORT = LazyPattern(r"^(?P<name>\S.*\S)[ \t]+[-–][ \t]+(?P<short>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)$")
# A language label before a form ("Vietnamese: Đài Truyền hình"): not part of the name (also cluster.py).
LANGUAGE_LABEL = re.compile(
    r"^(?:(?:Vietnamese|Vietnamese name|in Vietnamese|Viet)[ \t]*:|Vietnamese[ \t]+for)[ \t]*(?=\S)",
    re.IGNORECASE,
)
_PAREN_REACH = 240
_JOINERS = frozenset({"of", "and", "for", "the", "-", "–", "&"})


def _closing(text: str, start: int) -> int:
    """Where the parenthesis opened at text[start] closes (its nested ones skipped), or -1."""
    depth = 0
    for i in range(start, min(len(text), start + _PAREN_REACH)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        elif c == "\n":
            return -1
    return -1


def _top_items(inner: str) -> list[str]:
    """The parenthesis's items, split at its own commas, semicolons and "or" (not a nested one's)."""
    items, depth, last = [], 0, 0
    for match in re.finditer(r"[()]|[ \t]*[,;][ \t]*(?:or[ \t]+)?|[ \t]+or[ \t]+", inner):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif depth == 0:
            items.append(inner[last : match.start()])
            last = match.end()
    items.append(inner[last:])
    return [item.strip() for item in items if item.strip()]


def _forms(inner: str) -> list[tuple[str, VariantType]] | None:
    """The names and short forms a parenthesis after a name gives, or None when it holds anything
    else (a date, a gloss in lower case, a sentence): then it is not a list of the body's names."""
    out: list[tuple[str, VariantType]] = []
    for item in _top_items(inner):
        item = LANGUAGE_LABEL.sub("", item)
        if "/" in item or "[" in item:
            item = _PRONUNCIATION.sub(" ", item).strip()
        item = _SHORT_LABEL.sub("", item)
        if item.startswith("simply "):
            item = item[len("simply ") :]  # "(Tên or simply Tên2)"
        if " to " in item or " by " in item or " in " in item:
            item = _QUALIFIER.sub("", item)  # "(PAVN, or NVA to the Americans)": who says it
        nested = ""
        if " - " in item or " – " in item:
            dashed = _DASHED_SHORT.match(item)
            if dashed is not None and " " in dashed["name"]:
                item, nested = dashed["name"], dashed["short"]
        if item.endswith(")") and "(" in item:
            item, nested = item[: item.index("(")].strip(), item[item.index("(") + 1 : -1]
        vtype = _form_type(item)
        if vtype is None:
            return None
        out.append((item, vtype))
        if nested:
            inside = _forms(nested)
            if inside is None:
                return None
            out += inside
    return out


def _form_type(item: str) -> VariantType | None:
    """An abbreviation for a form with a short word in it ("HoSTC", "ADAF Service", "Quân chủng
    PKKQ"), another name for a capitalised name or a Vietnamese name in sentence case; None for
    anything else."""
    if not item or not item[0].isupper() or len(item) > 80:
        return None
    words = item.split()
    if len(words) > 10:
        return None
    short = False
    for word in words:
        if word in _JOINERS:
            continue
        if not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return None
        if sum(c.isupper() for c in word) >= 2:
            short = True
        elif not (word[0].isupper() or is_syllable(word)):
            return None
    return VariantType.ABBREVIATION if short else VariantType.OTHER


def _named(text: str, at: int) -> tuple[str, int, list[tuple[str, VariantType]], int] | None:
    """The name at text[at] and its parenthesis: (name, its end, the parenthesis's forms, where the
    parenthesis closes); the parenthesis may be missing (forms empty, closing at the name's end)."""
    name = _NAME_AT.match(text, at)
    if name is None:
        return None
    if text.startswith("/", name.end()) and " " not in name.group() and _SLASHED.match(text, name.end()):
        name = _NAME_AT.match(text, name.end() + 1)
    after = name.end()
    if text.startswith(" (", after) or text.startswith("(", after):
        opening = text.index("(", after)
        closing = _closing(text, opening)
        forms = _forms(text[opening + 1 : closing]) if closing > 0 else None
        if forms is None:
            return None
        return name.group(), name.end(), forms, closing
    return name.group(), name.end(), [], name.end() - 1


def extract_name_chains(doc: Document) -> Iterator[Mention]:
    """Every chain "Name (SHORT ...), formerly|officially|also known as Name2 (SHORT2 ...) [or
    Name3 (...)]" in a document, as one mention of the first name with the others as variants."""
    text = doc.text
    done = -1
    for hit in literal_hits(doc.lower, _ANCHORS):
        if hit <= done:
            continue
        cue_start = text.rfind(")", max(0, hit - 12), hit)
        cue = _CUE.match(text, cue_start) if cue_start >= 0 else None
        if cue is None or not cue.start() < hit < cue.end():
            continue
        first = _first_name(text, cue_start)
        if first is None:
            continue
        name, start, forms = first
        # The first short form of the first name's own parenthesis is the body's (the acronym
        # extractor's, when it read the same parenthesis: "abbreviated COSVN /ˈkɑːzvɪn/" it does not).
        shorts = (form for form, vtype in forms if vtype is VariantType.ABBREVIATION and form.isupper())
        abbr = next(shorts, "")
        chain = [(name, VariantType.OTHER)]
        end, at = cue_start + 1, cue.end()
        while True:
            found = _named(text, at)
            if found is None:
                break
            other, other_end, other_forms, closing = found
            chain.append((other, VariantType.OTHER))
            forms += other_forms
            end = closing + 1
            more = _OR_NEXT.match(text, end)
            if more is None:
                break
            at = more.end()
        done = end
        if len(chain) < 2 or not forms or not any(head_kind(n) == "org" for n, _ in chain):
            continue  # no short form: "X, formerly Y" is renames.py's; places are too
        yield mention_at(
            doc,
            start,
            end,
            kind=Kind.ACRONYM if abbr else Kind.ORGANISATION,
            en=name,
            abbr=abbr,
            variants=[v for v in _unique(name, chain[1:] + forms) if v[0] != abbr],
            confidence=0.8,
            origin="name",
        )
    # No cue word but "or" after a short form's parenthesis: the renames reader asks this module
    # for chains once, so the plain "or" comes with them.
    yield from extract_or_after_short(doc)


_OR_AFTER_SHORT = ("), or ", ") or ")
_QUOTED_NAME = LazyPattern(rf"[\"“]({_NAME})[\"”]")


def extract_or_after_short(doc: Document) -> Iterator[Mention]:
    """Every "Name (SHORT) or Name2": a body's name and its one short form, then "or" and another
    name with no parenthesis of its own ("People's Army of Vietnam (PAVN), or North Vietnamese
    Army", "... Forces (PLAF) or "Viet Cong""), as one mention of the name with Name2 as its other
    name. "the Front (VFF) or the Party (CPV)" lists two bodies, each with its own short form."""
    text = doc.text
    for hit in literal_hits(doc.lower, _OR_AFTER_SHORT):
        opening = text.rfind("(", max(0, hit - 12), hit)
        short = text[opening + 1 : hit] if opening >= 0 else ""
        if not is_short_form(short) or not short.isalpha():
            continue
        first = _first_name(text, hit)
        if first is None:
            continue
        name, start, _forms = first
        # The name is the stretch the short form spells ("the National Liberation Front's People's
        # Liberation Armed Forces (PLAF)" is the PLAF's); a short form that spells none is left.
        words = name.split()
        spelt = next(
            (
                i
                for i in range(len(words) - 1)
                if short in {initials(" ".join(words[i:])), initials(" ".join(words[i:]), True)}
            ),
            None,
        )
        if spelt is None:
            continue
        start += len(" ".join(words[:spelt])) + (1 if spelt else 0)
        name = " ".join(words[spelt:])
        at = text.index("or ", hit) + 3
        if text.startswith("the ", at):
            at += 4
        quoted = _QUOTED_NAME.match(text, at)
        other = quoted or _NAME_AT.match(text, at)
        if other is None:
            continue
        second = other.group(1) if quoted is not None else other.group(0)
        rest = text[other.end() : other.end() + 2]
        if " " not in second or rest.lstrip().startswith("(") or gazetteer.is_place(second):
            continue
        if head_kind(name) != "org":
            continue
        yield mention_at(
            doc,
            start,
            other.end(),
            kind=Kind.ACRONYM,
            en=name,
            abbr=short,
            variants=[(second, VariantType.OTHER)],
            confidence=0.75,
            origin="name",
        )


def extract_or_lists(doc: Document) -> Iterator[Mention]:
    """Every "Name (Tên or TN or Other Name (ON))": a parenthesis after a name that gives, joined
    by "or" alone, the body's other names and at least one short form, as one mention of the name
    with the others as variants. A comma list is not read: "the bloc (Laos, Cambodia, CLMV)" lists
    members."""
    text = doc.text
    done = -1
    for hit in literal_hits(doc.lower, (" or ",)):
        if hit <= done:
            continue
        opening = text.rfind("(", max(0, hit - 120), hit)
        if opening < 0 or text.find(")", opening, hit) >= 0:
            continue
        closing = _closing(text, opening)
        if closing < 0:
            continue
        done = closing
        inner = text[opening + 1 : closing]
        if ";" in inner or "," in inner and inner.count(",") != inner.count(", or "):
            continue  # ", or" is one more name ("(NLF, or Viet Cong)"); another comma lists members
        first = _first_name(text, closing)
        if first is None:
            continue
        name, start, forms = first
        if len(forms) < 2:
            continue
        head = head_kind(name)
        if any(vtype is VariantType.ABBREVIATION for _, vtype in forms):
            if head == "place" or gazetteer.is_place(name):
                continue  # "the City (TP or Saigon)": places have their own rules
            kind = Kind.ORGANISATION
        elif all(has_vi_letters(form) and " " in form for form, _ in forms) and head in ("org", "place"):
            # "the Mekong Delta (Đồng bằng Sông Cửu Long or simply Đồng Bằng Sông Mê Kông)": the
            # Vietnamese names of a body or a place the head word names, each one of its forms. A
            # body's kind is left to its other mentions: "Provincial Committee (Tỉnh ủy or ...)" is a
            # kind of body every province has, a term (labelling decision 3 of dev).
            kind = Kind.TERM if head == "org" else Kind.PLACE
        else:
            continue
        yield mention_at(
            doc,
            start,
            closing + 1,
            kind=kind,
            en=name,
            variants=_unique(name, forms),
            confidence=0.75,
            origin="name",
        )


def _unique(name: str, variants: list[tuple[str, VariantType]]) -> list[tuple[str, VariantType]]:
    """The variants without repeats and without the name itself (folded)."""
    seen = {fold(name)}
    unique = []
    for form, vtype in variants:
        if fold(form) not in seen:
            seen.add(fold(form))
            unique.append((form, vtype))
    return unique


def _first_name(text: str, closing: int) -> tuple[str, int, list[tuple[str, VariantType]]] | None:
    """The name whose parenthesis closes at text[closing], its start and the parenthesis's forms."""
    depth, opening = 0, -1
    for i in range(closing, max(-1, closing - _PAREN_REACH), -1):
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            depth -= 1
            if depth == 0:
                opening = i
                break
        elif c == "\n":
            return None
    if opening < 0:
        return None
    forms = _forms(text[opening + 1 : closing])
    before = _NAME_BEFORE.search(text, max(0, opening - 120), opening)
    if forms is None or before is None:
        return None
    name = before.group(1)
    start = before.start(1)
    for article in ("The ", "the "):
        if name.startswith(article):
            name, start = name[len(article) :], start + len(article)
    return name, start, forms


# --- a short form used later without its own definition --------------------------------------------

# Words an acronym skips ("Unified Buddhist Sangha of Vietnam" -> UBSV).
_SKIPPED = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&", "-", "–"})
_ORG_KINDS = (Kind.ORGANISATION, Kind.ACRONYM)


def initials(name: str, viet_nam: bool = False) -> str:
    """The short form a name's words make: each word's capital, a word in capitals whole ("HCM
    Stock Exchange" -> HCMSE), the small words skipped; "" when a word starts in lower case. With
    viet_nam, "Vietnam" counts as the two words "Viet Nam" it joins ("People's Army of Vietnam" ->
    PAVN), as Vietnamese short forms write it."""
    out = []
    for word in name.split():
        if word in _SKIPPED:
            continue
        if not word[0].isupper():
            return ""
        if viet_nam and word == "Vietnam":
            out.append("VN")
            continue
        out.append(word if len(word) > 1 and word.isupper() else word[0])
    return "".join(out)


_ABBREVIATION = VariantType.ABBREVIATION


def later_short_forms(
    doc: Document, mentions: list[Mention], caps: dict[str, tuple[int, int]]
) -> list[Mention]:
    """The page's undefined capitals tokens that are the initials of one body's name it gives ("The
    UBSV's patriarchs" after "the Unified Buddhist Sangha of Vietnam"), each as a mention of that name
    with the token as its abbreviation. A token two names share, or that the page defines for
    something else, is nobody's."""
    defined = {m.abbr for m in mentions if m.abbr}
    # "formerly the Hanoi Securities Trading Center (Hanoi STC)": a short form the page gives with
    # its place before it defines its capitals token for that name, no other.
    defined.update(
        form.rsplit(" ", 1)[-1] for m in mentions for form, vtype in m.variants if vtype is _ABBREVIATION
    )
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind not in _ORG_KINDS and not (m.kind is Kind.TERM and m.en and head_kind(m.en) == "org"):
            continue  # a gloss's kind is settled later: its head word says it is a body
        names = [m.en] if m.en else []
        names += [form for form, vtype in m.variants if vtype is VariantType.OTHER]
        for name in names:
            if " " not in name:
                continue
            tokens = {initials(name)}
            if "Vietnam" in name:
                tokens.add(initials(name, viet_nam=True))
                # The country left out ("The PPS' powers" for the Vietnam People's Public Security).
                rest = _without_country(name)
                if rest.count(" ") >= 2:
                    tokens.add(initials(rest))
            for token in tokens:
                if len(token) >= 3 and token in caps and not defined & {token, token + "s"}:
                    owners.setdefault(token, set()).add(name)
    # A token no reader's name spells may spell a body's name the page writes bare ("the NLF" and
    # "National Liberation Front" in an infobox's list of combatants).
    wanted = {t for t in caps if len(t) >= 3 and t not in owners and not defined & {t, t + "s"}}
    wanted = {t for t in wanted if _stands_alone(doc.text, t)}
    for token, names in written_bodies(doc.text, wanted).items():
        owners[token] = names
    # A token the page writes in a parenthesis is defined there, for the name before it, even when
    # no extractor could read the definition ("Air Force (RVNAF/VNAF)").
    owners = {token: names for token, names in owners.items() if not _in_parenthesis(doc.text, token)}
    out = []
    for token, names in owners.items():
        name = min(names)
        if not all(_same_body(name, other) for other in names):
            continue
        # The same name spelt with a hyphen or without ("Indo-chinese", "Indochinese") is one of
        # its variants, so the token joins both.
        spellings = sorted(other for other in names if other != name and _spelt_alike(name, other))
        at = doc.text.find(token)
        out.append(
            mention_at(
                doc,
                at,
                at + len(token),
                kind=Kind.ORGANISATION,
                en=name,
                variants=[(token, VariantType.ABBREVIATION)] + [(s, VariantType.SPELLING) for s in spellings],
                confidence=0.6,
                origin="name",
            )
        )
    return out


# The names of two words or more _NAME finds, for the whole-page scan of written_bodies. Its repeats
# are possessive: every repeat of _NAME is followed by nothing that must match (a word never gives
# back a letter, a name its last word or blanks: what follows them is optional), so the engine never
# goes back into one and the possessive form finds the same names without keeping the places to go
# back to. A name of one word is no match: a name of more words cannot start inside it (from any
# letter of a word the engine reads to the word's end, where the one-word name ended), so the scan
# finds the same longer names and no Python loop reads the one-word ones (round 25: -213 million
# instructions over the 47-file corpus; tests/test_mine_round25_speed.py compares both).
_WORD_ONCE = r"[A-ZÀ-ỸĐ][^\W\d_]*+(?:[-'’][^\W\d_]++)*+"
_BARE_NAME = re.compile(
    rf"{_WORD_ONCE}(?:[–-]{_WORD_ONCE})*+"
    rf"(?:(?:[ \t]++(?:(?:of|and|for|the)[ \t]++)*+|[ \t]+[-–][ \t]+){_WORD_ONCE}(?:[–-]{_WORD_ONCE})*+)++"
)
_POSSESSIVE = re.compile(r"['’]s?$")


def written_bodies(text: str, wanted: set[str]) -> dict[str, set[str]]:
    """The bodies' names the text writes (capitalised words, "of", "and", "for", "the" between
    them) whose initials spell one of the wanted tokens, any stretch of a longer run of capitalised
    words ("the National Liberation Front's People's Liberation Armed Forces"): {token: names}.
    Only a name whose head word is a body's ("Front", "Party", "Federation") counts."""
    out: dict[str, set[str]] = {}
    if not wanted:
        return out
    letters = {t[0] for t in wanted}
    # Every stretch's initials extend the initials of the stretch one word shorter, so a stretch
    # whose initials begin no wanted token ends the search from its first word: a long run of
    # capitalised words costs a few steps per word, not one initials() per stretch.
    prefixes = {t[:k] for t in wanted for k in range(1, len(t) + 1)}
    # The names as strings (no match object each: the pattern has no group), each once, in the
    # order the text first writes them: a name written again adds the same names to out again
    # (round 46: two names in five are such repeats).
    for name in dict.fromkeys(_BARE_NAME.findall(text)):
        words = name.split()  # two or more: the pattern reads a blank between two words
        # The last word starts no stretch of two words or more.
        for i in range(len(words) - 1):
            first = words[i]
            # What the first word adds to initials(), in line (round 27: was a call of _spelling
            # for each word): a small word adds nothing and a word in lower case ends every
            # stretch, so neither starts one.
            if first[0] not in letters or first in _SKIPPED or not first[0].isupper():
                continue
            plain = first if len(first) > 1 and first.isupper() else first[0]
            # _spelling(word, True) inlined (round 25): it differs from the plain spelling only for
            # "Vietnam"; a small word adds nothing and a word in lower case ends every stretch.
            viet = "VN" if first == "Vietnam" else plain
            for j in range(i + 2, len(words) + 1):
                if plain not in prefixes and viet not in prefixes:
                    break
                last = words[j - 1]
                if last in _SKIPPED:
                    continue
                if not last[0].isupper():
                    break
                # _POSSESSIVE only matches a word ending in an apostrophe or "s".
                bare = _without_possessive(last) if last[-1] in "'’s" else last
                step = bare if len(bare) > 1 and bare.isupper() else bare[0]
                if plain + step in wanted or viet + ("VN" if bare == "Vietnam" else step) in wanted:
                    _add_body(out, words, i, j, wanted)
                step = last if len(last) > 1 and last.isupper() else last[0]
                plain += step
                viet += "VN" if last == "Vietnam" else step
    return out


def _without_possessive(word: str) -> str:
    """_POSSESSIVE.sub("", word), without the regex call for the words it leaves as they are (all
    but those ending in an apostrophe, or an apostrophe and "s": a word has no line break)."""
    end = word[-1]
    if end == "s":
        return word[:-2] if word[-2:-1] in ("'", "’") else word
    return word[:-1] if end in "'’" else word


def _add_body(out: dict[str, set[str]], words: list[str], i: int, j: int, wanted: set[str]) -> None:
    """Add the name words[i:j] to out under each wanted token it spells, if its head is a body's."""
    # "the National Liberation Front's People's ...": the name without its possessive.
    name = " ".join([*words[i : j - 1], _POSSESSIVE.sub("", words[j - 1])])
    tokens = {initials(name)}
    if "Vietnam" in name:
        tokens.add(initials(name, viet_nam=True))
    if not tokens & wanted or head_kind(name) != "org":
        return
    name += _for_complement(words, j)
    if i and words[i - 1].isupper() and len(words[i - 1]) > 1:
        # An owner's short form before the name is part of it ("USDA Foreign Agricultural
        # Service" is FAS).
        name = f"{words[i - 1]} {name}"
    for token in tokens & wanted:
        out.setdefault(token, set()).add(name)


def _for_complement(words: list[str], j: int) -> str:
    """The "for" complement that goes on the name words[:j] ends, as " for Nature", else "": a
    short form may leave it out ("WWF" for the World Wide Fund for Nature), and the name cut before
    it is no name the page writes."""
    if j + 1 >= len(words) or words[j] != "for" or words[j - 1][-1] in "'’":
        return ""
    tail = []
    for word in words[j + 1 :]:
        if word in _SKIPPED or not word[0].isupper() or (len(word) > 1 and word.isupper()):
            break
        tail.append(_POSSESSIVE.sub("", word))
        if word != tail[-1]:
            break
    return " for " + " ".join(tail) if tail else ""


_NEXT_WORD = re.compile(rf"[ \t]+({CAP_WORD})")


def _stands_alone(text: str, token: str) -> bool:
    """Whether text writes the token once at least as a name of its own: with no capitalised word
    after it, or only a place's ("FAS Hanoi", an office and its city), not only as the first word
    of a longer name ("IPA Prix Voltaire", "VPN Marine Corps" name other things)."""
    if caps_scan(text).written_alone(token):
        return True
    at = text.find(token)
    while at >= 0:
        end = at + len(token)
        if at == 0 or not text[at - 1].isalnum():
            after = _NEXT_WORD.match(text, end)
            if after and gazetteer.is_place(after.group(1)):
                return True
        at = text.find(token, end)
    return False


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two names differ only in hyphens, spaces and case ("Indo-chinese", "Indochinese")."""
    return fold(a).replace("-", "").replace(" ", "") == fold(b).replace("-", "").replace(" ", "")


def _without_country(name: str) -> str:
    """The name without "Vietnam" before it or "of Vietnam" after it, else "" ."""
    if name.startswith("Vietnam "):
        return name[len("Vietnam ") :]
    if name.endswith(" of Vietnam"):
        return name[: -len(" of Vietnam")]
    return ""


_SHORT_FORMS_BEFORE = re.compile(r"(?:[A-Z][A-Za-z0-9]*(?:[ \t]*[/,;][ \t]*|[ \t]+or[ \t]+))*")


def _in_parenthesis(text: str, token: str) -> bool:
    """Whether text writes token (as a word) in a parenthesis of short forms, first or after others."""
    at = text.find(token)
    while at >= 0:
        end = at + len(token)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            opening = text.rfind("(", max(0, at - 40), at)
            if opening >= 0 and _SHORT_FORMS_BEFORE.fullmatch(text, opening + 1, at):
                return True  # "(RVNAF/VNAF)", "(VCG or VNCG": not "(including PAVN forces)"
        at = text.find(token, end)
    return False


def _same_body(a: str, b: str) -> bool:
    """Whether two names are one name with some words in capitals for the words they abbreviate
    ("HCM Stock Exchange", "Ho Chi Minh Stock Exchange"), or the same name."""
    wa, wb = fold(a).split(), fold(b).split()
    while wa and wb and wa[-1] == wb[-1]:
        wa.pop()
        wb.pop()
    if not wa and not wb or _spelt_alike(a, b):
        return True
    if len(wa) > len(wb):
        a, b, wa, wb = b, a, wb, wa
    short = a.split()[: len(wa)]
    return len(short) == 1 and short[0].isupper() and initials(" ".join(b.split()[: len(wb)])) == short[0]


# --- a short form the page writes only as the first word of longer names ----------------------------

# The key under which the caps count holds how often a token opens a longer name ("HCMC Securities
# Trading Center"): no token starts with it.
INSIDE = "\x00"


def names_only(text: str, caps: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The page's capitals tokens of three letters or more that it writes only as the first word of
    a longer name ("HCMC Securities Trading Center", "HCM Stock Exchange"), under INSIDE + token,
    with their counts: such a token is that name's part, not a short form of its own, so clustering
    gives it to no place as its abbreviation."""
    out: dict[str, tuple[int, int]] = {}
    scan = caps_scan(text)
    for token, (_count, line) in caps.items():
        if len(token) < 3 or scan.written_alone(token):
            continue  # the loop below would find that use alone and stop there
        at, inside = text.find(token), 0
        while at >= 0:
            end = at + len(token)
            if at == 0 or not text[at - 1].isalnum():
                if end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
                    if before_title(text, end):
                        break  # "U.S. Ambassador David Shear": the country's, before a title
                    inside += 1
                elif end == len(text) or not text[end].isalnum():
                    break  # written alone once: a short form of its own
            at = text.find(token, end)
        else:
            if inside:
                out[INSIDE + token] = (inside, line)
    return out
