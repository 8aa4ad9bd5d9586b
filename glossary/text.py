"""Vietnamese text core: NFC, folding, tone placement styles, Telex/VNI decoding and a collation key.

Everything that compares, matches or sorts Vietnamese text goes through here; stdlib only.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata

from unidecode import unidecode

__all__ = [
    "ToneStyle",
    "decode_telex",
    "decode_vni",
    "fold",
    "nfc",
    "query_variants",
    "set_tone_style",
    "sort_key",
    "tone_key",
    "tone_style",
]


def nfc(s: str) -> str:
    """Return s in Unicode NFC, the form every comparison in the project assumes."""
    return unicodedata.normalize("NFC", s)


# --- Tones and letters -------------------------------------------------------------------------

# Indexed by tone number, in the order Vietnamese dictionaries (and ICU's `vi` collation) rank them:
# ngang (no mark) < huyền < hỏi < ngã < sắc < nặng.
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

_VOWEL_BASES = "aăâeêioôơuưy"
_VOWELS = frozenset(_VOWEL_BASES)
_MODIFIED_VOWELS = frozenset("ăâêôơư")


def _build_tone_tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    # Every toned vowel exists precomposed, so splitting and rebuilding a letter is a dict lookup
    # instead of a normalize() round trip per character.
    split: dict[str, tuple[str, int]] = {}
    toned: dict[tuple[str, int], str] = {}
    for base in _VOWEL_BASES + _VOWEL_BASES.upper():
        for tone, mark in enumerate(_TONE_MARKS):
            letter = nfc(base + mark)
            split[letter] = (base, tone)
            toned[(base, tone)] = letter
    return split, toned


_SPLIT_TONE, _TONED = _build_tone_tables()


def _with_tone(letter: str, tone: int) -> str:
    return _TONED.get((letter, tone), letter)


# --- The Vietnamese syllable ----------------------------------------------------------------------
# The one model of the project (tone placement, Telex and VNI decoding, and glossary/vietnamese.py,
# which tells Vietnamese from English, all use it). A syllable is (onset) + nucleus + (coda) from
# closed inventories, with the spelling rules that tie onsets to the vowel after them. It works on
# folded letters (ê, ô, ơ, ư, â, ă fold onto e, o, u, a), so "Quoc" parses as readily as "Quốc".

# Onsets, longest first so the regex takes "ngh" before "ng" before "n". "qu" and "gi" (before a
# vowel) are onsets: the u of "quý" and the i of "già" are not vowels.
_ONSETS = "ngh ng nh ch gh gi kh ph qu th tr b c d g h k l m n p r s t v x".split()
# Vowel-plus-glide rhymes, which take no final consonant, and the nuclei that may take one.
_OPEN_NUCLEI = frozenset(
    "ai ao au ay eo eu ia iu oi ua ui uu oai oay oeo ieu yeu uoi uou uya uyu uay oao".split()
)
_CLOSABLE_NUCLEI = frozenset("a e i o u y oa oe ie uo uy ye ua ue uye oo".split())
# k is not standard Vietnamese but appears in official names from minority languages (Đắk Lắk).
_CODAS = "ng nh ch c m n p t k".split()
_SYLLABLE = re.compile(
    "(?P<onset>" + "|".join(_ONSETS) + ")?(?P<nucleus>[aeiouy]{1,3})(?P<coda>" + "|".join(_CODAS) + ")?"
)
_FRONT = frozenset("eiy")
# The nuclei whose tone position differs between the old and the new style (hòa / hoà).
_STYLE_NUCLEI = frozenset({"oa", "oe", "uy"})


@functools.lru_cache(maxsize=65536)
def parse_syllable(word: str) -> tuple[str, str, str] | None:
    """Split a word into (onset, nucleus, coda), folded, as one Vietnamese syllable; None if it is not one.

    Diacritics are optional ("Quoc" and "Quốc" both parse); the parts' lengths are those of the word.
    """
    base = fold(word)
    if not base or not base.isascii() or not base.isalpha() or len(base) != len(word):
        return None
    # Backtracking finds "gìn", "gì" as g + i(n) when "gi" cannot be the onset.
    match = _SYLLABLE.fullmatch(base)
    if match is None:
        return None
    return _checked(match.group("onset") or "", match.group("nucleus"), match.group("coda") or "", base)


def _checked(onset: str, nucleus: str, coda: str, base: str) -> tuple[str, str, str] | None:
    """The parts, if they follow Vietnamese spelling."""
    if coda and nucleus not in _CLOSABLE_NUCLEI:
        return None
    if not coda and nucleus not in _CLOSABLE_NUCLEI and nucleus not in _OPEN_NUCLEI:
        return None
    # Spelling rules: k, gh, ngh only before front vowels; c, g, ng never before them.
    front = nucleus[0] in _FRONT
    if onset in ("k", "gh", "ngh") and not front:
        return None
    if onset in ("c", "ng", "g") and front and not (onset == "g" and base.startswith("gi")):
        return None
    if coda in ("ch", "nh") and nucleus[-1] not in "aeiy":
        return None
    if coda == "k" and onset == "" and nucleus == "a":
        return None
    return onset, nucleus, coda


def is_syllable(word: str) -> bool:
    """Whether word has the shape of one Vietnamese syllable (diacritics optional)."""
    return parse_syllable(word) is not None


def _nucleus_span(bases: str) -> tuple[int, int] | None:
    """Return (start, end) of the vowel nucleus of a lowercase, toneless syllable, or None."""
    parts = parse_syllable(bases)
    if parts is None:
        return None
    start = len(parts[0])
    return start, start + len(parts[1])


def _tone_index(bases: str, start: int, end: int) -> int:
    """Where the standard rules put the tone in bases[start:end], oa/oe/uy in the new style."""
    nucleus = bases[start:end]
    horn_pair = nucleus.find("ươ")
    if horn_pair >= 0:
        return start + horn_pair + 1
    for i in range(end - 1, start - 1, -1):
        if bases[i] in _MODIFIED_VOWELS:
            return i
    if end < len(bases):
        return end - 1  # a final consonant pulls the tone to the last vowel: "hoàng", "huỳnh"
    if len(nucleus) == 3:
        return start + 1  # "ngoài", "khuya"
    if len(nucleus) == 2 and nucleus not in _STYLE_NUCLEI:
        return start  # "mùa", "hai"
    return end - 1  # a single vowel, or oa/oe/uy in the new style


# --- Folding -----------------------------------------------------------------------------------

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u02bc`\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f"


def _strip_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _build_fold_table() -> dict[int, str]:
    # fold() runs over every entry of a large glossary: one str.translate() handles the letters that
    # matter (all precomposed Latin, so every Vietnamese letter) and leaves NFD work for the rare rest.
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        folded = _strip_marks(char.lower())
        if folded != char and folded.isascii():
            table[code] = folded
    # đ has no decomposition, so stripping marks would keep it.
    table[ord("đ")] = table[ord("Đ")] = "d"
    table.update(dict.fromkeys(map(ord, _DASHES), "-"))
    table.update(dict.fromkeys(map(ord, _SINGLE_QUOTES), "'"))
    table.update(dict.fromkeys(map(ord, _DOUBLE_QUOTES), '"'))
    return table


_FOLD_TABLE = _build_fold_table()


def fold(s: str) -> str:
    """Return the matching form of s: lowercase, no tones or diacritics, đ as d, one space, plain dashes.

    "Đổi Mới" and "doi  moi" fold alike; so do NFC and NFD spellings of a word.
    """
    s = nfc(s).translate(_FOLD_TABLE)
    if not s.isascii():
        # Letters outside the table (other scripts, stray combining marks): lowercase first because
        # lower() can itself add marks (İ -> i + dot), then strip, then re-apply the table since some
        # canonical decompositions yield a backtick or an acute accent.
        s = nfc(_strip_marks(s.lower())).translate(_FOLD_TABLE)
        if not s.isascii():
            s = _transliterate_latin(s)
    return " ".join(s.split())


@functools.lru_cache(maxsize=4096)
def _latin_ascii(ch: str) -> str:
    """ASCII for a Latin letter that has no decomposition (ø, ł, ß, æ), else the character itself.

    Only Latin letters are transliterated: other scripts stay as they are, so a Chinese or Russian
    name still matches itself rather than a romanisation nobody typed.
    """
    if ch.isascii() or "LATIN" not in unicodedata.name(ch, ""):
        return ch
    return unidecode(ch).lower() or ch


def _transliterate_latin(s: str) -> str:
    return "".join(_latin_ascii(ch) for ch in s)


# --- Tone placement style ----------------------------------------------------------------------


class ToneStyle(enum.Enum):
    """Where the tone goes in oa, oe, uy without a final consonant: old "hòa, thủy" or new "hoà, thuỷ"."""

    OLD = "old"
    NEW = "new"


# Runs of letters (and digits, which simply make a run fail the syllable check).
_WORD = re.compile(r"[^\W_]+")


def _vowel_class(bases: str) -> str:
    return "".join(letter for b in bases for letter in (_TONED[(b, t)] for t in range(6)))


# Only a run containing an o+a/e or u+y pair can be style-sensitive: a cheap pre-check that lets
# tone_key() skip the per-word work for most strings.
_STYLE_CANDIDATE = re.compile(
    f"[{_vowel_class('oO')}][{_vowel_class('aeAE')}]|[{_vowel_class('uU')}][{_vowel_class('yY')}]"
)


def _analyse(word: str) -> tuple[list[str], int, int, int, int] | None:
    """Split a syllable into (base letters, tone, tone position, nucleus start, nucleus end)."""
    bases: list[str] = []
    tone, position = 0, -1
    for i, char in enumerate(word):
        base, char_tone = _SPLIT_TONE.get(char, (char, 0))
        if char_tone:
            if tone:
                return None  # two tone marks: not a Vietnamese syllable
            tone, position = char_tone, i
        bases.append(base)
    span = _nucleus_span("".join(bases).lower())
    if span is None:
        return None
    return bases, tone, position, span[0], span[1]


def _word_style(word: str) -> ToneStyle | None:
    parts = _analyse(word)
    if parts is None:
        return None
    bases, tone, position, start, end = parts
    if not tone or end != len(bases) or "".join(bases[start:end]).lower() not in _STYLE_NUCLEI:
        return None
    if position == start:
        return ToneStyle.OLD
    if position == start + 1:
        return ToneStyle.NEW
    return None


def tone_style(word: str) -> ToneStyle | None:
    """Return the tone placement style of word (of its first style-sensitive syllable), or None."""
    for match in _WORD.finditer(nfc(word)):
        style = _word_style(match.group())
        if style is not None:
            return style
    return None


def _restyle(word: str, style: ToneStyle) -> str:
    current = _word_style(word)
    if current is None or current is style:
        return word
    parts = _analyse(word)
    assert parts is not None  # _word_style() just parsed it
    bases, tone, position, start, _end = parts
    target = start if style is ToneStyle.OLD else start + 1
    letters = list(word)
    # Each letter keeps its own case: only the tone moves.
    letters[position] = bases[position]
    letters[target] = _with_tone(bases[target], tone)
    return "".join(letters)


def set_tone_style(s: str, style: ToneStyle) -> str:
    """Return NFC s with every style-sensitive syllable rewritten to style; all else is kept."""
    s = nfc(s)
    if not _STYLE_CANDIDATE.search(s):
        return s
    restyled = _WORD.sub(lambda m: _restyle(m.group(), style), s)
    # A moved tone can meet a stray combining mark after the word; keep the promise of NFC output.
    return restyled if restyled == s else nfc(restyled)


def tone_key(s: str) -> str:
    """Return s in NFC and the new tone style, so that "hòa" and "hoà" have equal keys."""
    return set_tone_style(s, ToneStyle.NEW)


# --- Telex and VNI -----------------------------------------------------------------------------

_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_HORN = {"o": "ơ", "u": "ư"}
_BREVE = {"a": "ă"}
_STROKE = {"d": "đ"}
_TELEX_TONES = {"s": 4, "f": 1, "r": 2, "x": 3, "j": 5, "z": 0}
_VNI_TONES = {"1": 4, "2": 1, "3": 2, "4": 3, "5": 5}


def _modify(letter: str, table: dict[str, str]) -> str | None:
    """Apply a modifier table to one letter, keeping its case; None if it does not apply."""
    modified = table.get(letter.lower())
    if modified is None:
        return None
    return modified.upper() if letter.isupper() else modified


def _finish(word: str, letters: list[str], tone: int) -> str:
    """Put the tone on the right vowel; give back word as typed if the result is no syllable."""
    bases = "".join(letters).lower()
    span = _nucleus_span(bases)
    if span is None:
        # "committee" or "book" typed in English: not a Vietnamese syllable, so not Telex.
        return word
    if tone:
        i = _tone_index(bases, *span)
        letters[i] = _with_tone(letters[i], tone)
    return "".join(letters)


def _telex_word(word: str) -> str:
    if not word.isascii():
        return word  # already typed with a Vietnamese keyboard (or not Latin at all)
    letters: list[str] = []
    tone = 0
    changed = seen_vowel = False
    last_tone_key = ""
    for char in word:
        low = char.lower()
        prev = letters[-1].lower() if letters else ""
        if low == "d" and prev == "d":
            letters[-1] = _modify(letters[-1], _STROKE) or letters[-1]
        elif low in _CIRCUMFLEX and prev == low:
            letters[-1] = _modify(letters[-1], _CIRCUMFLEX) or letters[-1]
        elif (
            low == "w"
            and prev == "o"
            and len(letters) > 1
            and letters[-2].lower() == "u"
            and (len(letters) < 3 or letters[-3].lower() != "q")
        ):
            # "uow" is ươ, except after q where the u belongs to the initial ("quơ").
            letters[-2] = _modify(letters[-2], _HORN) or letters[-2]
            letters[-1] = _modify(letters[-1], _HORN) or letters[-1]
        elif low == "w" and prev in ("o", "u"):
            letters[-1] = _modify(letters[-1], _HORN) or letters[-1]
        elif low == "w" and prev == "a":
            letters[-1] = _modify(letters[-1], _BREVE) or letters[-1]
        elif low == "w" and not seen_vowel:
            # A lone w stands for ư: "nhw" is "như".
            letters.append("Ư" if char.isupper() else "ư")
            seen_vowel = True
        elif low in _TELEX_TONES and seen_vowel and low != last_tone_key:
            # Tone keys are letters no Vietnamese syllable ends in, so after a vowel they can only
            # be tones; before one they are initials ("tr", "x", "s").
            tone = _TELEX_TONES[low]
            last_tone_key = low
        elif low == last_tone_key:
            # Pressing a tone key twice takes the tone back and types the letter, as Telex
            # keyboards do: "boss" is not "bó".
            tone = 0
            last_tone_key = ""
            letters.append(char)
        else:
            letters.append(char)
            seen_vowel = seen_vowel or low in _VOWELS
            last_tone_key = ""
            continue
        changed = True
    return _finish(word, letters, tone) if changed else word


def _last_index(letters: list[str], wanted: str) -> int:
    for i in range(len(letters) - 1, -1, -1):
        if letters[i].lower() in wanted:
            return i
    return -1


def _vni_word(word: str) -> str:
    if not word.isascii() or word.isdigit() or word.isalpha():
        return word  # no letters to decorate, or no VNI digits
    letters: list[str] = []
    tone = 0
    for char in word:
        if not char.isdigit():
            letters.append(char)
            continue
        if char in _VNI_TONES:
            if _last_index(letters, _VOWEL_BASES) < 0:
                return word  # a tone before any vowel: a code like "H5N1", not VNI
            tone = _VNI_TONES[char]
            continue
        # Modifier digits act on the nearest preceding letter they fit, so they may trail the vowel.
        target = {"6": "aeo", "7": "ou", "8": "a", "9": "d"}.get(char)
        i = _last_index(letters, target) if target else -1
        if i < 0:
            return word
        if char == "6":
            letters[i] = _modify(letters[i], _CIRCUMFLEX) or letters[i]
        elif char == "7":
            letters[i] = _modify(letters[i], _HORN) or letters[i]
            if (
                letters[i].lower() == "ơ"
                and i > 0
                and letters[i - 1].lower() == "u"
                and (i < 2 or letters[i - 2].lower() != "q")
            ):
                letters[i - 1] = _modify(letters[i - 1], _HORN) or letters[i - 1]  # "uo7" is ươ
        elif char == "8":
            letters[i] = _modify(letters[i], _BREVE) or letters[i]
        else:
            letters[i] = _modify(letters[i], _STROKE) or letters[i]
    return _finish(word, letters, tone)


def decode_telex(s: str) -> str:
    """Decode Telex typing word by word ("ddooir mowis" -> "đổi mới"); other words are kept."""
    return _WORD.sub(lambda m: _telex_word(m.group()), nfc(s))


def decode_vni(s: str) -> str:
    """Decode VNI typing word by word ("d9o63i mo71i" -> "đổi mới"); other words are kept."""
    return _WORD.sub(lambda m: _vni_word(m.group()), nfc(s))


def query_variants(q: str) -> list[str]:
    """Return the distinct readings of a query: as typed (NFC), then decoded as Telex, then as VNI.

    The as-typed reading always comes first, so English words that look like Telex ("book",
    "committee") are still found by a caller that matches any reading.
    """
    typed = nfc(q)
    variants = [typed]
    for decoded in (decode_telex(typed), decode_vni(typed)):
        if decoded not in variants:
            variants.append(decoded)
    return variants


# --- Collation ---------------------------------------------------------------------------------
#
# sort_key() reproduces ICU's `vi` collator (CLDR root order with the Vietnamese tailoring,
# "non-ignorable" punctuation) without needing ICU at run time. A key is (primary, secondary,
# tertiary, NFC text): primary weights compare letters ignoring tones and case, secondary weights
# compare tones and other marks left to right, tertiary weights compare case and compatibility
# variants, and the text itself breaks the last ties so that keys are equal only for equal NFC
# strings. Each level is a str of weights (one code point per weight) built with str.translate:
# strings compare like tuples of ints, and translate keeps the per-character work in C.

# Primary weights are (band, value) pairs, two code points each, so that "everything else by code
# point" fits: whitespace < punctuation and symbols < digits < letters < everything else.
_SPACE_BAND = 0
_PUNCT_BAND = 1
_OTHER_PUNCT_BAND = 2
_DIGIT_BAND = 3
_LETTER_BAND = 4
_OTHER_BAND = 5

# Control whitespace sorts before the space in CLDR root, in this order.
_WHITESPACE_ORDER = "\t\n\v\f\r\x85\u2028\u2029 "
# CLDR root order of common punctuation and symbols, spacing accents included (read off ICU).
# Characters with a compatibility decomposition ("…", "‑", NBSP) are left out: they sort as what they
# decompose to, one tertiary step above it.
_PUNCT_ORDER = (
    "‾_‗-‐‒–—―⁓,、;⁏:!¡?¿‽.。·⁕⁖⁘⁙⁚⁛⁜⁝⁞'‘’‚‛‹›\"“”„‟«»()[]{}⁅⁆「」‖§¶⁋@*⁎⁑/\\&⁊#%‰‱†‡•‣‧⁃⁌⁍′‵‸※‿⁔⁀⁐⁁⁂`´"
    "˜^¯˘˙¨˚˝¸˛ʹʺ˂˃˄˅ˆˇˈˉˊˋˌˍˎˏ˒˓˔˕˖˗˞˟˥˦˧˨˩˪˫ˬ˭˯˰˱˲˳˴˵˶˷˸˹˺˻˼˽˾˿°©®←→↑↓+±÷×<=>¬|¦~−⁒⁄ːˑ¤¢$£¥₠₡₢₣₤₥"
    "₦₧₩₪₫€₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿"
)
# The Vietnamese alphabet with f j w z at their Latin places (CLDR vi: &a<ă<â &d<đ &e<ê &o<ô<ơ &u<ư),
# and the other Latin letters without a decomposition (Latin Extended-A/B, IPA) where CLDR root puts
# them (read off ICU), so that "ŋ" sorts after "n" rather than after "z".
_LETTER_ORDER = (
    "aăâɐɑɒbʙƀɓƃcȼƈɕdʥʤđɖɗƌȡeêɇǝəɛɘɚɜɝɞʚɤfʩƒgɡɢǥɠʛɣƣhʜƕɦɧiıɪɨɩjȷɉʝɟʄkƙʞlʟƚɫɬɭȴɮƛʎmɱnɴɲƞɳȵŋoôơɶɔɵɷȣp"
    "ƥɸqʠɋĸrʀɍɹɺɻɼɽɾɿʁsʂȿʃƪʅʆtʨʧŧƫƭʈȶʇuưʉɥʮʯɯɰʊvʋʌwʍxyʏɏƴȝzƶȥʐʑɀʒƹƺʓþƿƨƽƅɂʕʡʢʖʗʘʬʭ"
)
# Combining marks in CLDR root secondary order, with the vi tailoring that puts hỏi, ngã, sắc and
# nặng right after huyền (read off ICU). Marks in one string have equal weight.
_MARK_ORDER = (
    "\u0332",
    "\u0313",
    "\u0314",
    "\u0300",
    "\u0309",
    "\u0303",
    "\u0301",
    "\u0323",
    "\u0306",
    "\u0302",
    "\u030c",
    "\u030a",
    "\u0342",
    "\u0308",
    "\u030b",
    "\u0307",
    "\u0338",
    "\u0327",
    "\u0328",
    "\u0304",
    "\u030d\u030e\u0312\u0315\u031a\u033d\u033e\u033f\u0346\u034a\u034b\u034c\u0350\u0351\u0352\u0357"
    "\u035b\u035d\u035e",
    "\u0316\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0329\u032a\u032b\u032c\u032f\u0333\u033a"
    "\u033b\u033c\u0347\u0348\u0349\u034d\u034e\u0353\u0354\u0355\u0356\u0359\u035a\u035c\u035f\u0362",
    "\u0336\u0337",
    "\u0335",
    "\u0305",
    "\u030f",
    "\u0310",
    "\u0311",
    "\u031b",
    "\u0321",
    "\u0322",
    "\u0324",
    "\u0325",
    "\u0326",
    "\u032d",
    "\u032e",
    "\u0330",
    "\u0331",
    "\u0334",
    "\u0339",
    "\u0345",
    "\u0358",
    "\u0360",
    "\u0361",
)
_PUNCT_INDEX = {char: i for i, char in enumerate(_PUNCT_ORDER)}
_LETTER_INDEX = {letter: i for i, letter in enumerate(_LETTER_ORDER)}
# Letter-like secondary differences sort below every mark, as in ICU: æ, œ and ß carry one on their
# first element (against ae, oe, ss), ð and ſ on themselves (against d and s).
_VARIANT_SECONDARY = 1
_LONG_S_SECONDARY = 2
_MARK_WEIGHT = {mark: weight for weight, group in enumerate(_MARK_ORDER, 10) for mark in group}
# Marks outside the table (other scripts) sort after the known ones.
_UNKNOWN_MARK_BAND = 1_000

# The Vietnamese letters that are contractions of a base and a mark in ICU's tailoring.
_CONTRACTIONS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}

# DUCET tertiary weights of compatibility decompositions (UTS #10), shifted so plain lowercase is 0.
# Uppercase adds _UPPER; the tags that DUCET already ranks above uppercase are placed above it.
_UPPER = 6
_TAG_TERTIARY = {
    "<wide>": 1,
    "<compat>": 2,
    "<font>": 3,
    "<circle>": 4,
    "<super>": 18,
    "<sub>": 19,
    "<vertical>": 20,
    "<initial>": 21,
    "<medial>": 22,
    "<final>": 23,
    "<isolated>": 24,
    "<noBreak>": 25,
    "<square>": 26,
    "<fraction>": 28,
    "<small>": 29,
    "<narrow>": 30,
}

# A collation element: (primary as (band, value), secondary weights, tertiary), or primary None for
# a mark alone. The secondary tuple starts with the element's own weight (0 = no mark) followed by
# the weights of the marks on it, so concatenating them compares tones left to right exactly as
# ICU's secondary level does.
_Element = tuple[tuple[int, int] | None, tuple[int, ...], int]


def _letter(letter: str, secondary: tuple[int, ...] = (0,), tertiary: int = 0) -> _Element:
    return ((_LETTER_BAND, _LETTER_INDEX[letter]), secondary, tertiary)


# Letters without a canonical decomposition that CLDR root sorts as a base letter plus a difference.
_SPECIAL_LETTERS: dict[str, tuple[_Element, ...]] = {
    "đ": (_letter("đ"),),
    "ø": (_letter("o", (0, _MARK_WEIGHT["\u0338"])),),
    "ł": (_letter("l", (0, _MARK_WEIGHT["\u0335"])),),
    "ħ": (_letter("h", (0, _MARK_WEIGHT["\u0335"])),),
    "ð": (_letter("d", (_VARIANT_SECONDARY,)),),
    "ſ": (_letter("s", (_LONG_S_SECONDARY,)),),
    "æ": (_letter("a", (_VARIANT_SECONDARY,)), _letter("e")),
    "œ": (_letter("o", (_VARIANT_SECONDARY,)), _letter("e")),
    "ß": (_letter("s", (_VARIANT_SECONDARY,)), _letter("s")),
}


def _ignorable(char: str) -> bool:
    # Controls and format characters (soft hyphen, zero-width space, CGJ) are ignored by ICU.
    category = unicodedata.category(char)
    return (char not in _WHITESPACE_ORDER and category in ("Cc", "Cf")) or char == "\u034f"


def _unblocked_contraction(base: str, marks: str) -> tuple[str, str] | None:
    """Find a mark that makes a Vietnamese letter with base, as ICU's discontiguous contractions do.

    A mark is reachable past the marks before it only if they have a lower combining class.
    """
    highest = 0
    for i, mark in enumerate(marks):
        ccc = unicodedata.combining(mark)
        letter = _CONTRACTIONS.get((base, mark))
        if letter is not None and ccc > highest:
            return letter, marks[:i] + marks[i + 1 :]
        if ccc == 0:
            return None
        highest = max(highest, ccc)
    return None


def _mark_weight(mark: str) -> int:
    return _MARK_WEIGHT.get(mark, _UNKNOWN_MARK_BAND + ord(mark))


def _char_elements(char: str) -> tuple[_Element, ...]:
    lower = char.lower()
    if lower in _SPECIAL_LETTERS:
        elements = _SPECIAL_LETTERS[lower]
        if lower == char:
            return elements
        return tuple((p, sec, ter + _UPPER) for p, sec, ter in elements)
    if char in _PUNCT_INDEX:
        # Checked before decomposing: spacing accents (´ ¨) decompose to a space and a mark but
        # sort as symbols.
        return (((_PUNCT_BAND, _PUNCT_INDEX[char]), (0,), 0),)
    if _ignorable(char):
        return ()
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed != char:
        return _cluster_elements(decomposed)
    if unicodedata.combining(char) or unicodedata.category(char) == "Mn":
        return ((None, (_mark_weight(char),), 0),)
    compat = unicodedata.normalize("NFKD", char)
    if compat != char:
        # Compatibility variants (ﬁ, ², fullwidth, NBSP, …) sort as what they decompose to, told
        # apart at the tertiary level only.
        tag = unicodedata.decomposition(char).split(" ", 1)[0]
        bump = _TAG_TERTIARY.get(tag, _TAG_TERTIARY["<compat>"])
        return tuple((p, sec, ter + bump) for part in compat for p, sec, ter in _char_elements(part))
    return (_base_element(char),)


def _cluster_elements(cluster: str) -> tuple[_Element, ...]:
    """The elements of a decomposed base character followed by its combining marks."""
    base, marks = cluster[0], cluster[1:]
    contraction = _unblocked_contraction(base.lower(), marks)
    if contraction is not None:
        # ă â ê ô ơ ư are letters of their own (primary weights), not a + mark.
        letter, marks = contraction
        elements = [_letter(letter, tertiary=_UPPER if base.isupper() else 0)]
    else:
        elements = list(_char_elements(base))
    extra = tuple(_mark_weight(mark) for mark in marks)
    if elements:
        primary, secondary, tertiary = elements[-1]
        elements[-1] = (primary, secondary + extra, tertiary)
    elif extra:
        elements.append((None, extra, 0))
    return tuple(elements)


def _base_element(char: str) -> _Element:
    """The single element of a character that has no decomposition at all."""
    lower = char.lower()
    case = _UPPER if lower != char else 0
    if lower in _LETTER_INDEX:
        return ((_LETTER_BAND, _LETTER_INDEX[lower]), (0,), case)
    if char in _WHITESPACE_ORDER:
        return ((_SPACE_BAND, _WHITESPACE_ORDER.index(char)), (0,), 0)
    if char.isspace():
        return ((_SPACE_BAND, _WHITESPACE_ORDER.index(" ")), (0,), _TAG_TERTIARY["<compat>"])
    category = unicodedata.category(char)
    if category[0] in "PSZ":
        return ((_OTHER_PUNCT_BAND, ord(char)), (0,), 0)
    if category == "Nd":
        return ((_DIGIT_BAND, unicodedata.decimal(char)), (0,), 0)
    # Other scripts: after the Latin letters, by code point.
    if len(lower) == 1:
        return ((_OTHER_BAND, ord(lower)), (0,), case)
    return ((_OTHER_BAND, ord(char)), (0,), 0)


def _encode(elements: tuple[_Element, ...]) -> tuple[str, str, str]:
    """The three levels of some elements as strings of weights."""
    primary = "".join(chr(band) + chr(value) for (band, value), _, _ in _with_primary(elements))
    secondary = "".join(chr(weight) for _, sec, _ in elements for weight in sec)
    tertiary = "".join(chr(ter) for _, _, ter in _with_primary(elements))
    return primary, secondary, tertiary


def _with_primary(elements: tuple[_Element, ...]) -> list[tuple[tuple[int, int], tuple[int, ...], int]]:
    return [(p, sec, ter) for p, sec, ter in elements if p is not None]


class _LevelTable(dict[int, str]):
    """A str.translate table for one collation level, filled in the first time a character is seen."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def __missing__(self, code: int) -> str:
        weights = _encode(_char_elements(chr(code)))[self.level]
        self[code] = weights
        return weights


_PRIMARY = _LevelTable(0)
_SECONDARY = _LevelTable(1)
_TERTIARY = _LevelTable(2)

# A combining mark that NFC left loose, i.e. stacked diacritics (Ȩ + ̂): ICU can still join it to the
# letter before (sorting it as ê + cedilla), which character-by-character translation cannot.
_LOOSE_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CLUSTER = re.compile("(?s).[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*")


def sort_key(s: str) -> tuple[str, str, str, str]:
    """Return a key that sorts strings in Vietnamese dictionary order, as ICU's `vi` collator does.

    Letters first (a ă â b c d đ e ê ... ignoring tones and case), then tones left to right
    (ngang < huyền < hỏi < ngã < sắc < nặng), then lowercase before uppercase; spaces and
    punctuation sort before digits, digits before letters.
    """
    text = nfc(s)
    if _LOOSE_MARK.search(text):
        elements = tuple(
            element
            for cluster in _CLUSTER.findall(unicodedata.normalize("NFD", text))
            for element in _cluster_elements(cluster)
        )
        return (*_encode(elements), text)
    return text.translate(_PRIMARY), text.translate(_SECONDARY), text.translate(_TERTIARY), text
