"""What a parenthesis says, read segment by segment: the Vietnamese form a language label gives,
a literal meaning and other renderings, the unlabelled form, and what is never a gloss side
(credits, dates, transcriptions, Han characters, short forms)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from glossary.text import is_syllable
from glossary.vietnamese import has_vi_letters, is_english_word

from .cue_grammar import BARE_LITERAL, RENDERING_OPENING, TIME_OPENING, translate_cue
from .lexicon import language_names
from .mentions import WORD, fold
from .name_spans import LY_ADVERB
from .paren_markup import MARKUP
from .paren_or_forms import other_form
from .paren_sides import DIGITS, capitalised, counted_noun
from .phrases import ARTICLE, Phrase, clean, is_en, is_vi
from .script_patterns import HAN_CHARS, IPA, IPA_PART

# The longer cues come first: "also known as" must not stop at "also" and leave "known as" in the
# rendering; an adverb may qualify any naming cue ("commonly called", "locally known as").
_LEAD_CUE = re.compile(
    rf"^(?:(?:also|often|sometimes|{LY_ADVERB})\s+)?"
    rf"(?:known\s+as|referred\s+to\s+as|called|named|{translate_cue()})\s*[:,]?\s+|"
    r"^(?:lit\.|lit(?=\s*:)|literally|meaning|(?:which\s+|that\s+)?means|or|i\.e\.|a\.k\.a\.|aka|also)\s*[:,]?\s+",
    re.IGNORECASE,
)
# Parentheses that are never glosses: credits, dates, periods, references, pronunciations.
NOISE = re.compile(
    r"^(?:photo|photos|source|sources|credit|image|file|via|see|courtesy|ảnh|nguồn|since|from|until|"
    r"as\s+of|by|pictured|left|right|centre|center|middle|front|back|above|below|top|bottom|"
    r"second|third|first|l|r|c|ret|retd|né|née|born|died|b\.|d\.|c\.|ca\.|fig|figure|table|"
    r"pp?\.|vol|no\.|ibid|sic|abbreviated|abbr\.?|acronym|short\s+for|"
    # "Da Lat (also written as Dalat)": another spelling of the name (renames.py), no rendering.
    r"(?:also\s+)?(?:written|spelled|spelt|romani[sz]ed|transliterated)|"
    # "Gia Định (present-day Ho Chi Minh City)": where a place is now, no rendering of its name.
    # "Vietnam (then Đại Việt)": what it was called then, no rendering either.
    r"modern[-\s]day|present[-\s]day|today's|today|now|then|"
    # "Lê Văn An (talk | contribs)": a wiki history line's links after an editor's name.
    r"talk\s*\|\s*contribs|"
    # "Tày (not the Thái of the hills)": a remark on what the name is not, no rendering of it.
    r"not)\b",
    re.IGNORECASE,
)
# "(Hội đồng Nhân dân or HDND for short)": the short form is the acronym extractor's.
_FOR_SHORT_TAIL = re.compile(r"\s+or\s+\S+\s+for\s+short\s*$", re.IGNORECASE)
# "(a two-stringed spike violin similar to the Chinese erhu)": a comparison with another
# instrument or thing ends the rendering; the thing compared is not what the term means.
_COMPARISON_TAIL = re.compile(
    r"\s+(?:similar|corresponding|comparable|akin|equivalent)\s+to\s+[^;:()\"“”]{1,60}$", re.IGNORECASE
)
# A comma item that is a date or a period and nothing else: "1780–1802", "c. 1428", "1945 AD",
# "born 1890", "r. 1802–1820". Such an item is dropped; the rest of the parenthesis is still read.
_DATE_ITEM = re.compile(
    r"^\s*(?:(?:c|ca|r|b|d)\.\s*|circa\s+|born\s+|died\s+|reigned\s+|from\s+|since\s+)?"
    r"\d{3,4}(?:\s*(?:[–—-]|to|until)\s*(?:\d{2,4}|present))?(?:\s*(?:AD|CE|BC|BCE))?\s*$",
    re.IGNORECASE,
)
SHORT_FORM = re.compile(r"[A-Z][A-Z0-9&.\-]{1,9}s?")


# Chinese characters after a Vietnamese form, with the slash that may part them: "(Tây Đô / 西都)".
_HAN_FORM = re.compile(rf"(?:[ \t]*/)?[ \t]*[{HAN_CHARS}]+")
# The label of a pronunciation's audio link, flattened after the form by wiki mirrors.
_AUDIO_LABEL = re.compile(r"[ \t]+(?:listen|ⓘ|\(?help·info\)?)[ \t]*$", re.IGNORECASE)
# A label naming a language before what follows, with or without a colon or its own noun, or ending
# the segment: "Vietnamese:", "Vietnamese Sông Hồng", "vi,", "chữ Quốc ngữ:", "Chinese script: 裴".
_SEGMENT_LABEL = re.compile(
    r"^(?:in\s+)?(?P<lang>chữ\s+\w+(?:\s+\w+)?|[^\W\d_]+)"
    r"(?:\s+(?:name|language|spelling|title|form|pronunciation|script|characters?|writing)(?=\s*:))?"
    r"\s*(?P<sep>[:,.])?(?:\s+|$)",
    re.IGNORECASE,
)
# "(Hoàng thành in Vietnamese)": the label after the form.
_LABEL_AFTER = re.compile(r"\s+in\s+(?P<lang>[^\W\d_]+)\s*$", re.IGNORECASE)
# "lit. Innovation", "lit: Innovation" (a colon for the dot), "literally ...", "translation: ...".
_LITERAL = re.compile(
    # "(pseudonym meaning "Long March")": the kind of name before the cue.
    r"^(?:(?:(?:pseudonym|nickname|pen\s+name|name|title|epithet)\s+)?meaning|"
    r"lit\.|lit(?=\s*:)|literally|meaning|(?:which\s+|that\s+)?means|(?:english\s+)?translation(?=\s*:)|trans\.)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# "(Vietnamese for People's Army)": the language of the form before, then its English rendering.
_LANGUAGE_FOR = re.compile(r"^(?P<lang>[^\W\d_]+)\s+for\s+(?P<en>\S.*)$")
# "(Vietnamese: Quân chủng Hải quân (QCHQ))": the form's short form, the acronym extractor's.
# "(Vietnamese: Lực lượng Công an Nhân dân - CAND)": the same after a spaced dash.
_SHORT_FORM_TAIL = re.compile(r"(?:\s*\([A-ZĐ][A-Za-zĐ0-9&.\-]{1,9}\)|\s+[-–]\s+[A-ZĐ][A-ZĐ0-9&.]{1,9})\s*$")
# "literally North Central Region, and often translated as North Central Coast".
_AND_OR = re.compile(r",\s+(?:and|or)\s+")
# "lit. Lipstick River, because its water is red": a clause after a comma renders nothing.
_REASON_AFTER = re.compile(r",\s+(?:because|since|as|due\s+to|owing\s+to|after|which|where|named)\b.*", re.S)
_RENDERED_AS = re.compile(
    rf"^(?:(?:often|also|usually|commonly|sometimes)\s+)?{translate_cue()}\s+(.+)$",
    re.IGNORECASE,
)
_OR_LABEL = re.compile(r"\s+or\s+[^\W\d_]+\s*:")


# 'literally "Two Ladies [named] Trưng"' after the Vietnamese form, in the same segment.
# '"cake" or "bread"': the first of two quoted renderings.
_QUOTED_FIRST = re.compile(r"[\"“]([^\"”]{2,80})[\"”][ \t]*(?:,|$|or[ \t])")
_LITERAL_INSIDE = re.compile(r"(?:lit\.|literally|meaning)\s*[\"“‘']([^\"”’']{2,80})[\"”’']")
# "(meaning mini cake in Vietnamese)": the language of the word glossed after its meaning, no part
# of the meaning.
_IN_LANGUAGE_TAIL = re.compile(r"\s+in\s+(?P<lang>[^\W\d_]+(?:-[^\W\d_]+)?)\s*$", re.IGNORECASE)


def without_language_tail(meaning: str) -> str:
    """meaning without a trailing "in <language>" that names the language of the word it renders
    ("mini cake in Vietnamese" -> "mini cake"); as it is when no language is named there."""
    tail = _IN_LANGUAGE_TAIL.search(meaning)
    if tail is None or tail.start() == 0 or tail.group("lang").lower() not in language_names():
        return meaning
    return meaning[: tail.start()].rstrip(" ,")


def phrase_without_language_tail(en: Phrase | None) -> Phrase | None:
    """ "Bánh xèo, meaning sizzling cake in Vietnamese": the rendering without the language of the
    word it renders (meaning_cues.py)."""
    kept = without_language_tail(en.text) if en is not None else ""
    return en if en is None or kept == en.text else Phrase(kept, en.start, en.start + len(kept))


@dataclass
class Inside:
    """What a parenthesis says, segment by segment: the Vietnamese form a language label gives, a
    literal meaning, or the unlabelled text (the first segment holding a gloss side)."""

    labelled: Phrase | None = None
    # Another Vietnamese name the label gives after "or" ("Vietnamese: Hoa Nùng or Tàu Nùng").
    labelled_other: str = ""
    literal: str = ""
    # Other renderings a literal meaning goes on with ("and often translated as North Central Coast").
    renderings: list[str] = field(default_factory=list)
    plain: Phrase | None = None
    # Every unlabelled segment as written ("Bắc Bộ, the North; Trung Bộ, the Centre").
    segments: list[Phrase] = field(default_factory=list)
    # The literal meaning written in the segment of the plain form, after it ('"cà phê đen nong",
    # literally "hot black coffee"').
    own_literal: str = ""
    # A Vietnamese reading after its cue before the English item ("(新舖, today Phố Mới, New
    # Town)"): another form of the name the parenthesis follows.
    reading: str = ""
    # A quoted lower-case rendering ending the labelled segment ("(Vietnamese: Đèo Hải Vân, IPA:
    # [...], 'ocean cloud pass')"): the name's words rendered one by one.
    word_by_word: str = ""


def _language_of(label: str) -> str | None:
    """ "vietnamese" for a label naming Vietnamese (its name, its code, its script), another
    language's name, or None when the label names no language."""
    low = " ".join(label.lower().split())
    if low in ("vi", "vie") or low == "chữ quốc ngữ":
        return "vietnamese"
    if low.startswith("chữ "):
        return "chinese"  # chữ Hán, chữ Nôm: characters, not a rendering
    return low if low in language_names() else None


def read_inside(text: str, start: int, end: int) -> Inside | None:
    """Split the parenthesis text[start:end] into its segments; None when it holds no gloss side.

    What a parenthesis says depends on its text alone, so it is read once per distinct text (the
    same credits, dates and glosses recur); only a phrase located outside it (never in practice:
    each phrase's first word is in it) makes it read in place."""
    inside, complete = _read_text(text[start:end])
    if not complete:
        return _read_in(text, start, end, None)
    if inside is None:
        return None

    def shifted(phrase: Phrase | None) -> Phrase | None:
        return None if phrase is None else Phrase(phrase.text, phrase.start + start, phrase.end + start)

    return Inside(
        labelled=shifted(inside.labelled),
        labelled_other=inside.labelled_other,
        literal=inside.literal,
        renderings=inside.renderings,
        plain=shifted(inside.plain),
        own_literal=inside.own_literal,
        reading=inside.reading,
        word_by_word=inside.word_by_word,
        segments=[Phrase(p.text, p.start + start, p.end + start) for p in inside.segments],
    )


@lru_cache(maxsize=16384)
def _read_text(inner: str) -> tuple[Inside | None, bool]:
    """_read_in on a parenthesis's text alone, and whether every phrase was found in it."""
    misses: list[str] = []
    inside = _read_in(inner, 0, len(inner), misses)
    return inside, not misses


def _read_in(text: str, start: int, end: int, misses: list[str] | None) -> Inside | None:
    """read_inside's work; misses, when given, collects the phrases not found from their start."""
    raw = MARKUP.sub(lambda m: " " * len(m.group()), text[start:end])
    raw = _HAN_FORM.sub(lambda m: " " * len(m.group()), raw)
    for tail_rule in (_FOR_SHORT_TAIL, _COMPARISON_TAIL):
        tail = tail_rule.search(raw)
        if tail is not None and len(WORD.findall(raw[: tail.start()])) >= 2:
            raw = raw[: tail.start()] + " " * (len(raw) - tail.start())
    out = Inside()
    offset = start
    # A nested parenthesis cut this one short ("(ADAF Service, Vietnamese: Quân chủng ... (Quân
    # chủng PKKQ"): the label's form and what it renders are not all here, so only its semicolons
    # are read.
    for segment in _SEGMENT_BREAK.split(raw) if "(" not in raw else _SEMICOLON.split(raw):
        seg_start = offset + len(segment) - len(segment.lstrip())
        offset += len(segment) + 1
        seg = segment.strip()
        if not seg or NOISE.match(seg):
            continue
        if DIGITS.search(seg) and not has_vi_letters(seg) and not (dated_rendering(seg) or counted_noun(seg)):
            # "(Vietnamese: [vɔ̌ˀ ...]; 23 November 1922 – 11 June 2008)": a person's dates, a
            # measure: never a side of a gloss, as a whole parenthesis of them is not.
            continue
        rendered = _LANGUAGE_FOR.match(seg)
        if rendered is not None and _language_of(rendered.group("lang")) == "vietnamese":
            # "Quân đội nhân dân (Vietnamese for People's Army)": the rendering of the form before.
            out.renderings.append(clean(rendered.group("en")))
            continue
        after = _LABEL_AFTER.search(seg) if " in " in seg else None
        if after is not None and _language_of(after.group("lang")) == "vietnamese":
            start, form, literal = _form_before_label(seg[: after.start()])
            phrase = _phrase_in(text, seg_start + start, form, misses)
            if phrase is not None and literal and out.plain is None and has_vi_letters(phrase.text):
                # '(called rễ tre, literally "bamboo roots," in Vietnamese)': the form with its own
                # rendering, as an unlabelled one with its literal meaning is read below.
                out.plain, out.own_literal = phrase, literal
                continue
            if phrase is not None and out.labelled is None and has_vi_letters(phrase.text):
                # "(Đạo Phật or Phật Giáo in Vietnamese)": two names, as after a label before.
                first, other = other_form(phrase.text)
                if other:
                    phrase = Phrase(first, phrase.start, phrase.start + len(first))
                out.labelled, out.labelled_other = phrase, other
                continue
        label = _SEGMENT_LABEL.match(seg)
        language = _language_of(label.group("lang")) if label else None
        # Without a colon, "Vietnamese" labels only Vietnamese ("Vietnamese Sông Hồng"), not an
        # English phrase ("Vietnamese sausage").
        unmarked = label is not None and not label.group("sep")
        if unmarked and (
            language != "vietnamese"
            or not has_vi_letters(seg[label.end() :])
            or _english_after_name(seg[label.end() :])
        ):
            label = None
        if label is not None and language is None and label.group("sep") == ":" and not _LITERAL.match(seg):
            # "Chau O (Cham: Vuyar)": a form in a language CLDR does not name, never a rendering.
            continue
        if label and language:
            if language == "english" and label.group("sep"):
                # "Đổi Mới (English: Renovation)": the English rendering of the form before.
                rendering = clean(IPA_PART.sub(" ", seg[label.end() :]).split(",")[0])
                if rendering:
                    out.renderings.append(rendering)
                continue
            if language != "vietnamese":
                continue  # a rendering in another language
            rest = seg[label.end() :]
            # "Sông Hồng, Chinese Hónghé": the Vietnamese form ends where another label starts.
            literal = _LITERAL_INSIDE.search(rest)
            if literal is not None and not out.literal:
                out.literal = clean(literal.group(1))
            # A meaning with no comma before it, quoted or not ("đạo Tin Lành lit.'Evangelicalism'"): no form.
            if (cut := literal or BARE_LITERAL.search(rest)) is not None:
                rest = rest[: cut.start()]
            quoted = _QUOTED_LAST.search(rest) if literal is None else None
            if (
                quoted is not None
                and quoted.group("en")[:1].islower()
                and not has_vi_letters(quoted.group("en"))
            ):
                out.word_by_word = clean(quoted.group("en"))
            # "Việt Nam Thanh Niên Kách Mệnh Hội—commonly: ...": an em dash ends the form too (an
            # en dash or a spaced hyphen may join two names inside it: "Bà Rịa–Vũng Tàu").
            rest = IPA_PART.sub(" ", rest).split(",")[0].split("—")[0]
            # 'Vietnamese: Trấn Nam vương "Prince of ..."': a quotation opening after the form, with
            # no comma before it, is its gloss, no part of it.
            glossed = _QUOTE_AFTER_FORM.search(rest)
            if glossed is not None:
                rest = rest[: glossed.start()]
            # "(Vietnamese: Hà Nội listen)": a wiki mirror's audio link label, not part of the name.
            rest = _AUDIO_LABEL.sub("", rest)
            rest = _SHORT_FORM_TAIL.sub("", rest)
            if " or " in rest:
                # "(Vietnamese: ngò or Vietnamese: rau mùi)": another label opens another form.
                rest = _OR_LABEL.split(rest, maxsplit=1)[0]
            rest, other = other_form(rest)
            phrase = _phrase_in(text, seg_start + label.end(), rest, misses)
            if phrase is not None and out.labelled is None and _labelled_form(phrase, label.group("sep")):
                out.labelled = phrase
                out.labelled_other = other
            continue
        # The grammar's rendering cues reach the siblings the list lacks ("translates loosely as").
        literal = _LITERAL.match(seg) or RENDERING_OPENING.match(seg)
        if literal:
            first, *others = _AND_OR.split(seg[literal.end() :])
            first = _REASON_AFTER.sub("", first)
            quoted = _QUOTED_FIRST.match(seg, literal.end())
            if quoted is not None:
                # '(... meaning "Long March", born Đặng Xuân Khu)': the quotation is the meaning.
                first = quoted.group(1)
            out.literal = clean(without_language_tail(first))
            for other in others:
                rendering = _RENDERED_AS.match(other.strip())
                if rendering is not None and clean(rendering.group(1)):
                    out.renderings.append(clean(rendering.group(1)))
            continue
        if IPA.search(seg) and "," not in seg:
            continue
        if TIME_OPENING.match(seg):
            continue  # "(modern Hanoi)": the name at another time, the other-name readers'
        literal = _LITERAL_INSIDE.search(seg) if out.plain is None else None
        whole = _phrase_in(text, seg_start, seg, misses)
        if whole is not None:
            out.segments.append(whole)
        first = _first_item(seg)
        if out.plain is None and first != seg:
            out.reading = _cued_reading(seg)
        phrase = _phrase_in(text, seg_start, _LEAD_CUE.sub("", first), misses) if first else None
        # "(N.A.; Quốc hội ...)": a short form is the acronym extractor's, the next segment the gloss.
        if phrase is not None and out.plain is None and not SHORT_FORM.fullmatch(phrase.text):
            out.plain = phrase
            if literal is not None and literal.start() > 0:
                # '("cà phê đen nong", literally "hot black coffee")': the form with its rendering.
                out.own_literal = clean(literal.group(1))
            elif has_vi_letters(phrase.text):
                # "(Hán-Việt, or Sino-Vietnamese)": the form, then its English name after "or".
                rendering = _OR_RENDERING.search(seg)
                if rendering is not None and not has_vi_letters(rendering.group("en")):
                    out.own_literal = clean(rendering.group("en"))
    return out if out.labelled or out.plain or out.literal or out.renderings else None


# "(called kuy teav Phnom Penh in Khmer and hủ tiếu Nam Vang in Vietnamese)": the forms of other
# languages, each with its label, listed before the Vietnamese one.
_OTHER_LANGUAGE_BEFORE = re.compile(
    r"\s+in\s+(?P<lang>[^\W\d_]+)(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)", re.IGNORECASE
)


def _form_before_label(form: str) -> tuple[int, str, str]:
    """The Vietnamese form a label after it names ("X in Vietnamese"), where it starts in form, and
    the literal meaning the form gives itself ('rễ tre, literally "bamboo roots,"'; "" if none);
    the cue that opens the segment ("called") and the forms of other languages listed before it are
    not the form's."""
    lead = _LEAD_CUE.match(form)
    start = lead.end() if lead else 0
    for other in _OTHER_LANGUAGE_BEFORE.finditer(form, start):
        if _language_of(other.group("lang")) not in (None, "vietnamese"):
            start = other.end()
    literal = _LITERAL_INSIDE.search(form, start)
    if literal is None:
        return start, form[start:], ""
    return start, form[start : literal.start()].rstrip(" \t,;"), clean(literal.group(1))


def _english_after_name(rest: str) -> bool:
    """Whether the words after an unmarked "Vietnamese" go on in English after a Vietnamese name
    ("Vietnamese Hoà Bình Catholic sect of Catholic Church"): an English phrase, no labelled form."""
    words = WORD.findall(IPA_PART.sub(" ", rest).split(",")[0])
    return any(is_english_word(w) and not has_vi_letters(w) for w in words[1:]) and not all(
        w[:1].isupper() for w in words
    )


def dated_rendering(inner: str) -> bool:
    """ "("Lord of the South", 1780–1802)": digits only in comma items that are dates, beside an item
    with words. Any other digit (a distance, a count, a price) keeps the parenthesis out, since
    measures in parentheses are never glosses."""
    items = [item for item in inner.split(",") if item.strip()]
    dated = [item for item in items if _DATE_ITEM.match(item)]
    rest = [item for item in items if not _DATE_ITEM.match(item)]
    # "(1292–1370, born Chu An)": a birth name beside the dates is another name, no rendering.
    return (
        bool(dated)
        and bool(rest)
        and not any(DIGITS.search(item) for item in rest)
        and not any(_BIRTH_NAME.match(item) for item in rest)
    )


_BIRTH_NAME = re.compile(r"\s*(?:born|né|née|birth\s+name)\s", re.IGNORECASE)


def _labelled_form(phrase: Phrase, sep: str | None) -> bool:
    """Whether a phrase after a Vietnamese label is a Vietnamese form: with its marks, or after a
    colon ("(Vietnamese: rau)") syllables that may lack them."""
    if has_vi_letters(phrase.text):
        return True
    return sep == ":" and all(is_syllable(w) for w in phrase.words)


# A cue before a Vietnamese form said again in a parenthesis: its modern or plain wording.
_CUED_FORM = re.compile(r"(?:today|now|modern|literally|lit\.)\s", re.IGNORECASE)
# Segments of a parenthesis: its semicolons, and a comma before a Vietnamese label ("(mueang,
# Vietnamese: mường)": another language's form, then the labelled Vietnamese one). One character
# each, so that offsets stay those of the text.
_SEGMENT_BREAK = re.compile(r"[;；]|,(?=[ \t]*(?:Vietnamese|vi)[ \t]*:)")
_SEMICOLON = re.compile("[;；]")  # in Latin or in Han (full-width) type: "(陈友谅；Trần Hữu Lượng)"


# A double quotation mark opening after a word of the form: where a labelled form ends.
_QUOTE_AFTER_FORM = re.compile(r"(?<=[^\W\d_])[ \t]+[\"“]")
_QUOTED_LAST = re.compile(r",[ \t]*['\"“‘](?P<en>[^'\"”’\[\]]{2,60})['\"”’][ \t]*$")
_OR_RENDERING = re.compile(r",[ \t]+or[ \t]+(?P<en>[^,;]{1,60})$")


def _cued_reading(segment: str) -> str:
    """The Vietnamese reading after its cue that opens a segment _first_item reads the English item
    of ("today Phố Mới, New Town" gives "Phố Mới"); "" for any other segment."""
    head = next((item.strip() for item in segment.split(",") if item.strip()), "")
    cue = _CUED_FORM.match(head)
    if cue is None or not has_vi_letters(head):
        return ""
    return clean(head[cue.end() :])


def _first_item(segment: str) -> str:
    """A segment without the comma-separated items that are no gloss side: a pronunciation, a date
    ("Nhà Hậu Lê, 1428–1789"), a remark after a Vietnamese word ("tinh, singular and plural")."""
    if "," not in segment:
        return segment
    items = [
        item.strip()
        for item in segment.split(",")
        if item.strip() and not IPA.search(item) and not (DIGITS.search(item) and not has_vi_letters(item))
    ]
    # "(Chùa Bái Đính, Chữ Hán: 沛嵿寺)": a label after the form whose own form (Han characters)
    # was blanked; a label first ("Hán tự: 南國山河, ...") is read as before.
    items = items[:1] + [item for item in items[1:] if not item.endswith(":")]
    if (
        len(items) == 2
        and _CUED_FORM.match(items[0])
        and has_vi_letters(items[0])
        and not has_vi_letters(items[1])
    ):
        # "Tân Thị (新市, today Chợ Mới, New Market)", "(..., literally Chợ Cũ, Old Market)": the
        # name's modern Vietnamese form after its cue, then the English rendering.
        return items[1]
    if (
        len(items) == 2
        and not has_vi_letters(items[0])
        and has_vi_letters(items[1])
        and capitalised(items[0].split())
        and capitalised(items[1].split())
        and not (is_en(Phrase(items[0], 0, 0)) and all(is_english_word(w) for w in items[0].split()))
        and fold(items[0]).replace(" ", "") != fold(items[1]).replace(" ", "")
    ):
        # "the Black Tai (Tai Dam, Thái Đen)": a name in another language without Vietnamese
        # letters, then the Vietnamese one: the gloss side is the Vietnamese name ("(Saigon, Sài
        # Gòn)", one name's two spellings, is read as before).
        return items[1]
    if len(items) == 2 and SHORT_FORM.fullmatch(items[0]) and has_vi_letters(items[1]):
        # "(MOET, Bộ Giáo dục và Đào tạo)": the short form is the acronym extractor's; the name
        # after it is the gloss side.
        return items[1]
    if len(items) == 1:
        return items[0]
    if items and is_vi(Phrase(items[0], 0, 0)) and not is_en(Phrase(items[0], 0, 0)):
        rest = [Phrase(item, 0, 0) for item in items[1:]]
        if not any(is_vi(r) and not is_en(r) for r in rest):
            return items[0]
    return ", ".join(items)


def _phrase_in(text: str, start: int, part: str, misses: list[str] | None = None) -> Phrase | None:
    """part (a piece of text from start on, perhaps blanked) as a Phrase located in text."""
    cleaned = clean(part)
    if not cleaned:
        return None
    at = text.find(cleaned.split()[0], start)
    if at < 0 and misses is not None:
        misses.append(cleaned)
    at = start if at < 0 else at
    return Phrase(cleaned, at, at + len(cleaned))


def english_renderings(inside: Inside) -> list[str]:
    """The literal meaning and the other renderings a parenthesis gives, those in English: a
    meaning may keep the name it translates around ('literally "Two Ladies [named] Trưng"')."""
    out = []
    for rendering in filter(None, (inside.literal, *inside.renderings)):
        words = rendering.split()
        plain = [w for w in words if not has_vi_letters(w)]
        if 2 * len(plain) >= len(words) and is_en(Phrase(" ".join(plain), 0, 0)):
            # "lit. 'the Army Industry Group'": the article is the sentence's, as for any gloss; a
            # capital one opens the name ("Vietnamese for The People", as a quoted rendering's).
            capital = rendering.startswith("The ") and capitalised(words[1:])
            out.append(rendering if capital else ARTICLE.sub("", rendering) or rendering)
    return out
