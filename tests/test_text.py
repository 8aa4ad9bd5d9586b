"""Tests for glossary.text: NFC, folding, tone styles, Telex/VNI decoding and the collation key."""

from __future__ import annotations

import functools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.text import (
    ToneStyle,
    decode_telex,
    decode_vni,
    fold,
    nfc,
    query_variants,
    set_tone_style,
    sort_key,
    tone_key,
    tone_style,
)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# Every Vietnamese letter, both cases, all tones: the alphabet the properties draw from, so that they
# exercise the tables as well as the fallbacks reached through arbitrary Unicode.
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_CONSONANTS = "bcdđghklmnpqrstvx"
VIETNAMESE_LETTERS = sorted(
    {nfc(v + t) for v in _VOWELS + _VOWELS.upper() for t in _TONES} | set(_CONSONANTS + _CONSONANTS.upper())
)
_LOOSE_MARKS = "\u0300\u0301\u0302\u0303\u0309\u0323"
vietnamese_text = st.text(
    alphabet=st.sampled_from(VIETNAMESE_LETTERS + list(" -'.,()0123456789" + _LOOSE_MARKS)), max_size=30
)
any_text = st.one_of(vietnamese_text, st.text(max_size=30))


# --- nfc -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("To\u0302 La\u0302m", "Tô Lâm"),  # decomposed circumflex, as macOS delivers it
        ("Vie\u0323\u0302t Nam", "Việt Nam"),  # two marks on one letter, in canonical order
        ("Vie\u0302\u0323t Nam", "Việt Nam"),  # the same marks typed in the other order
        ("Ho\u0300a", "Hòa"),  # a tone alone
        ("Hà Nội", "Hà Nội"),  # already NFC: unchanged
        ("", ""),  # empty string
    ],
)
def test_nfc(raw: str, expected: str) -> None:
    assert nfc(raw) == expected
    assert unicodedata.is_normalized("NFC", nfc(raw))


# --- fold ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thăng Long", "thang long"),  # breve
        ("Đổi Mới", "doi moi"),  # đ, circumflex + hỏi, horn + sắc
        ("To\u0302 La\u0302m", "to lam"),  # NFD input
        ("ăâêôơư ĂÂÊÔƠƯ", "aaeoou aaeoou"),  # every modified vowel
        ("Nguyễn Thị Phương Thảo", "nguyen thi phuong thao"),  # a full name
        ("ĐÀ NẴNG", "da nang"),  # uppercase with tones
        ("  Hà \t Nội\n", "ha noi"),  # whitespace runs collapse and strip
        ("Hà\u00a0Nội", "ha noi"),  # a no-break space is whitespace too
        ("2021–2025", "2021-2025"),  # en dash
        ("a—b‒c―d‐e‑f−g", "a-b-c-d-e-f-g"),  # em dash, figure dash, bar, hyphens, minus
        ("‘x’ ‚y ʼz `w´", "'x' 'y 'z 'w'"),  # single quotes and apostrophes
        ("“Đổi mới” „x”", '"doi moi" "x"'),  # double quotes
        ("Café Müller, Ångström", "cafe muller, angstrom"),  # other Latin diacritics via NFD
        ("Søren Łódź Straße", "soren lodz strasse"),  # Latin letters NFD cannot split, via unidecode
        ("北京 Москва", "北京 москва"),  # other scripts are not romanised
        ("Khánh Hòa", "khanh hoa"),  # old tone style
        ("Khánh Hoà", "khanh hoa"),  # new tone style folds alike
        ("", ""),  # empty string
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Tô Lâm",  # circumflex
        "Việt Nam",  # two marks on one letter
        "Đắk Lắk",  # đ and breve + sắc
        "Thừa Thiên Huế",  # horn + huyền
        "Khánh Hoà",  # new style
    ],
)
def test_fold_nfd_equals_nfc(name: str) -> None:
    assert fold(nfd(name)) == fold(name)
    assert fold(nfd(name)).isascii()


# --- tone style ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("hòa", ToneStyle.OLD),  # oa, tone on o
        ("hoà", ToneStyle.NEW),  # oa, tone on a
        ("thủy", ToneStyle.OLD),  # uy, tone on u
        ("thuỷ", ToneStyle.NEW),  # uy, tone on y
        ("khỏe", ToneStyle.OLD),  # oe, tone on o
        ("khoẻ", ToneStyle.NEW),  # oe, tone on e
        ("Khánh Hòa", ToneStyle.OLD),  # a phrase: the first sensitive syllable decides
        ("Thanh Hoá", ToneStyle.NEW),  # a phrase in the new style
        ("HÒA", ToneStyle.OLD),  # uppercase
        ("ủy ban", ToneStyle.OLD),  # uy without an initial
        ("Ho\u0300a", ToneStyle.OLD),  # NFD input
        ("hòa thuỷ", ToneStyle.OLD),  # mixed styles: the first one wins
        ("hoàng", None),  # a final consonant: the tone is on a in both styles
        ("huỳnh", None),  # uy with a final consonant
        ("quý", None),  # qu is an initial: the nucleus is y
        ("quỳ", None),  # likewise
        ("hoa", None),  # no tone
        ("Hà Nội", None),  # no oa/oe/uy nucleus
        ("ngoài", None),  # oai: three vowels, tone always in the middle
        ("", None),  # empty
        ("Noah", None),  # an English word with oa but no tone
    ],
)
def test_tone_style(word: str, expected: ToneStyle | None) -> None:
    assert tone_style(word) is expected


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("hòa", ToneStyle.NEW, "hoà"),  # old to new
        ("hoà", ToneStyle.OLD, "hòa"),  # new to old
        ("hòa", ToneStyle.OLD, "hòa"),  # already in the style
        ("Thủy", ToneStyle.NEW, "Thuỷ"),  # case of the first letter kept
        ("HÒA", ToneStyle.NEW, "HOÀ"),  # uppercase kept on the letter that receives the tone
        ("KhỏE", ToneStyle.NEW, "KhoẺ"),  # each letter keeps its own case
        ("Khánh Hòa và thủy lợi", ToneStyle.NEW, "Khánh Hoà và thuỷ lợi"),  # every syllable, rest kept
        ("Thanh Hoá, Khánh Hoà.", ToneStyle.OLD, "Thanh Hóa, Khánh Hòa."),  # punctuation kept
        ("Ho\u0300a", ToneStyle.NEW, "Hoà"),  # NFD in, NFC out
        ("hoàng quý hoa", ToneStyle.OLD, "hoàng quý hoa"),  # nothing style-sensitive
        ("ủy ban", ToneStyle.NEW, "uỷ ban"),  # no initial consonant
    ],
)
def test_set_tone_style(text: str, style: ToneStyle, expected: str) -> None:
    assert set_tone_style(text, style) == expected


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        ("hoà", "hòa", True),  # the two styles of one word
        ("Khánh Hoà", "Khánh Hòa", True),  # in a phrase
        ("thuỷ", "thủy", True),  # uy
        ("khoẻ", "khỏe", True),  # oe
        ("Ho\u0300a", "hoà".capitalize(), True),  # NFD against NFC
        ("hòa", "hóa", False),  # different tones are different words
        ("hoà", "hoa", False),  # a tone is not optional
        ("hoà", "Hoà", False),  # case is kept
    ],
)
def test_tone_key(a: str, b: str, equal: bool) -> None:
    assert (tone_key(a) == tone_key(b)) is equal


# --- Telex and VNI -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ddooir mowis", "đổi mới"),  # dd, oo, ow, tone keys at the end
        ("thawng long", "thăng long"),  # aw
        ("vieejt nam", "việt nam"),  # a tone key in the middle of the word
        ("dooir mowis", "dổi mới"),  # a single d stays d
        ("truwowngf", "trường"),  # tr stays an initial; uw ow; ươ takes the tone on ơ
        ("nguyeenx", "nguyễn"),  # uyê: the tone goes on ê
        ("hoaf", "hoà"),  # oa without a final: new style
        ("thuyr", "thuỷ"),  # uy without a final: new style
        ("khoer", "khoẻ"),  # oe without a final: new style
        ("hoangf", "hoàng"),  # a final consonant: the last vowel
        ("ngoaif", "ngoài"),  # three vowels: the middle one
        ("muaf", "mùa"),  # two vowels without a final: the first
        ("DDooir", "Đổi"),  # the case of the first letter is kept
        ("VIEEJT NAM", "VIỆT NAM"),  # all caps, tone key in caps
        ("nguowif", "người"),  # uow is ươ
        ("dduwowcj", "được"),  # uw ow spelled out
        ("nhwngx", "những"),  # a lone w after a consonant is ư
        ("tw", "tư"),  # likewise at the end
        ("gif", "gì"),  # gi before no vowel: i is the vowel
        ("giuwax", "giữa"),  # gi before a vowel is an initial
        ("quys", "quý"),  # qu is an initial
        ("quoocs", "quốc"),  # qu + ô
        ("Ddawsk Lawks", "Đắk Lắk"),  # final k in minority-language names
        ("Haf Nooji", "Hà Nội"),  # a place name
        ("ddooir, mowis.", "đổi, mới."),  # punctuation kept
        ("hoaz", "hoa"),  # z removes the tone
        ("doi moi", "doi moi"),  # plain ASCII without Telex: unchanged
        ("Hà Nội", "Hà Nội"),  # already Vietnamese: unchanged
        ("committee", "committee"),  # English: not a syllable, kept as typed
        ("new", "new"),  # w after e is no Telex sequence
        ("boss", "boss"),  # a doubled tone key takes the tone back: not "bó"
        ("hoafs", "hoá"),  # a later tone key replaces the earlier one
        ("", ""),  # empty
    ],
)
def test_decode_telex(typed: str, expected: str) -> None:
    assert decode_telex(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("d9o63i mo71i", "đổi mới"),  # digits after the vowel and later in the word
        ("Nguye6n4", "Nguyễn"),  # tone digit at the end, case kept
        ("vie65t", "việt"),  # modifier then tone right after the vowel
        ("vie6t5", "việt"),  # tone at the end
        ("mo71i", "mới"),  # horn
        ("tru7o72ng", "trường"),  # ư and ơ typed separately
        ("truo7ng2", "trường"),  # uo7 is ươ
        ("tha8ng Long", "thăng Long"),  # breve
        ("D9a8k1 La8k1", "Đắk Lắk"),  # đ and ă with a tone
        ("hoa2", "hoà"),  # new style placement
        ("quo61c", "quốc"),  # qu is an initial
        ("Ha2 No65i", "Hà Nội"),  # a place name
        ("H5N1", "H5N1"),  # a tone digit before any vowel: not VNI
        ("2025", "2025"),  # a number
        ("doi moi", "doi moi"),  # no digits: unchanged
        ("COVID-19", "COVID-19"),  # digits in their own word
        ("", ""),  # empty
    ],
)
def test_decode_vni(typed: str, expected: str) -> None:
    assert decode_vni(typed) == expected


@pytest.mark.parametrize(
    ("query", "must_contain"),
    [
        ("ddooir mowis", "đổi mới"),  # Telex
        ("d9o63i mo71i", "đổi mới"),  # VNI
        ("book", "book"),  # English that looks like Telex keeps its own reading
        ("committee", "committee"),  # likewise
        ("new", "new"),  # likewise
        ("To\u0302 La\u0302m", "Tô Lâm"),  # NFD: the as-typed reading is NFC
    ],
)
def test_query_variants(query: str, must_contain: str) -> None:
    variants = query_variants(query)
    assert variants[0] == nfc(query)  # as typed comes first
    assert must_contain in variants
    assert len(variants) == len(set(variants))  # distinct


def test_query_variants_orders_typed_telex_vni() -> None:
    # "ddooir" is only Telex, "d9o63i" only VNI: each reading appears once, in this order.
    assert query_variants("ddooir d9o63i") == ["ddooir d9o63i", "đổi d9o63i", "ddooir đổi"]


# --- sort_key ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [
        ("a", "ă"),  # a < ă
        ("ă", "â"),  # ă < â
        ("âz", "b"),  # â < b, whatever follows
        ("dz", "đ"),  # đ is a letter after d
        ("đz", "e"),  # and before e
        ("ez", "ê"),  # ê after e
        ("êz", "f"),  # f at its Latin place
        ("f", "g"),  # likewise
        ("iz", "j"),  # j at its Latin place
        ("oz", "ô"),  # ô after o
        ("ôz", "ơ"),  # ơ after ô
        ("ơz", "p"),  # p after ơ
        ("uz", "ư"),  # ư after u
        ("ưz", "v"),  # v after ư
        ("v", "w"),  # w at its Latin place
        ("y", "z"),  # z last
        ("ma", "mà"),  # ngang < huyền
        ("mà", "mả"),  # huyền < hỏi
        ("mả", "mã"),  # hỏi < ngã
        ("mã", "má"),  # ngã < sắc
        ("má", "mạ"),  # sắc < nặng
        ("mạ", "mb"),  # letters before tones
        ("Ma", "mà"),  # tones before case
        ("hà nội", "Hà Nội"),  # lowercase before uppercase
        ("Hà Nam", "hà nội"),  # letters before case
        ("Ha Nám", "Hà Nam"),  # tones compared left to right
        ("Hà Nam", "Hà Nội"),  # a shared prefix
        ("Hà", "Hà Nội"),  # a prefix first
        ("a b", "ab"),  # a space is not ignored and sorts before letters
        ("a-b", "ab"),  # neither is punctuation
        ("(a)", "0"),  # punctuation before digits
        ("9", "a"),  # digits before letters
        ("z", "α"),  # other scripts after Latin
        ("Đà Lạt", "Đắk Lắk"),  # real names: a < ă
        ("Thanh Hoá", "Thanh Hóa"),  # tone on a before tone on o (new style first)
    ],
)
def test_sort_key_order(smaller: str, larger: str) -> None:
    assert sort_key(smaller) < sort_key(larger)


@pytest.mark.parametrize(
    "name",
    [
        "To\u0302 La\u0302m",  # circumflex
        "Vie\u0323\u0302t Nam",  # two marks on one letter
        "D\u0306",  # a mark no letter composes with
    ],
)
def test_sort_key_ignores_normal_form(name: str) -> None:
    assert sort_key(name) == sort_key(nfc(name))


# --- properties ----------------------------------------------------------------------------------


@given(any_text)
def test_fold_is_idempotent(x: str) -> None:
    assert fold(fold(x)) == fold(x)


@given(any_text)
def test_fold_ignores_normal_form(x: str) -> None:
    assert fold(nfc(x)) == fold(nfd(x))


@given(any_text)
def test_fold_output_has_no_marks_and_no_d_bar(x: str) -> None:
    folded = fold(x)
    assert not any(unicodedata.combining(c) for c in folded)
    assert "đ" not in folded and "Đ" not in folded
    assert folded == folded.strip() and "  " not in folded


@given(any_text)
def test_tone_key_is_idempotent(x: str) -> None:
    assert tone_key(tone_key(x)) == tone_key(x)


@given(any_text)
def test_tone_styles_share_tone_key_and_fold(x: str) -> None:
    old, new = set_tone_style(x, ToneStyle.OLD), set_tone_style(x, ToneStyle.NEW)
    assert tone_key(old) == tone_key(new) == tone_key(x)
    assert fold(old) == fold(new) == fold(x)


@given(any_text, any_text)
def test_sort_key_equal_only_for_equal_nfc(x: str, y: str) -> None:
    assert (sort_key(x) == sort_key(y)) is (nfc(x) == nfc(y))
    assert sort_key(nfd(x)) == sort_key(x)


@given(st.lists(any_text, min_size=3, max_size=3))
def test_sort_key_is_a_total_order(xs: list[str]) -> None:
    a, b, c = sorted(xs, key=sort_key)
    assert sort_key(a) <= sort_key(b) <= sort_key(c)
    assert sort_key(a) <= sort_key(c)


# --- ICU as the oracle for sort_key --------------------------------------------------------------


@functools.cache
def _icu_vi_collator():
    icu = pytest.importorskip(
        "icu", reason="PyICU is not installed: the ICU vi collator is the oracle for sort_key"
    )
    return icu.Collator.createInstance(icu.Locale("vi"))


def _first_difference(expected: list[str], actual: list[str]) -> str:
    for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
        if e != a:
            return f"position {i}: ICU puts {e!r} where sort_key puts {a!r}"
    return "no difference"


def _real_names() -> list[str]:
    provinces = pytest.importorskip(
        "vietnam_provinces", reason="vietnam-provinces is not installed: it supplies the real names"
    )
    wards = sorted(ward.name for ward in provinces.Ward.iter_all())
    # Every third ward in name order: deterministic, and it spreads over the whole alphabet.
    names = set(wards[::3]) | {province.name for province in provinces.Province.iter_all()}
    # Lowercase copies differ from the originals only at the tertiary level; dropping the generic
    # first word ("Phường", "Xã") makes many names share prefixes and differ only by tones.
    names |= {name.lower() for name in names}
    names |= {name.split(" ", 1)[1] for name in names if " " in name}
    # Every syllable of every ward: a real vocabulary with tone-only minimal pairs (chủ / chữ).
    names |= {syllable for ward in wards for syllable in ward.split()}
    return sorted(names)


def test_sort_key_agrees_with_icu_on_real_names() -> None:
    collator = _icu_vi_collator()
    names = _real_names()
    assert len(names) >= 300
    expected = sorted(names, key=lambda s: (collator.getSortKey(s), s))
    actual = sorted(names, key=sort_key)
    assert actual == expected, _first_difference(expected, actual)


# Letters, digits, punctuation and tones, NFC or not: what glossary entries are made of.
icu_comparable_text = st.text(
    alphabet=st.sampled_from(VIETNAMESE_LETTERS + list(" -'.,()/&0123456789fjwzFJWZ\u0300\u0301\u0323")),
    max_size=12,
)


@settings(max_examples=500)
@given(icu_comparable_text, icu_comparable_text)
def test_sort_key_agrees_with_icu_on_generated_text(x: str, y: str) -> None:
    collator = _icu_vi_collator()
    icu_x, icu_y = collator.getSortKey(x), collator.getSortKey(y)
    icu_order = (icu_x > icu_y) - (icu_x < icu_y)
    our_order = (sort_key(x) > sort_key(y)) - (sort_key(x) < sort_key(y))
    if icu_order != 0:  # ICU ties (ignorable differences) are broken by the NFC text in sort_key
        assert our_order == icu_order, (x, y)


# The one text form of a variant: "TYPE[, STATUS]: FORM", or a bare form.
@pytest.mark.parametrize(
    ("text", "form", "vtype", "status"),
    [
        ("no-diacritics: To Lam", "To Lam", "no-diacritics", "admitted"),
        ("spelling, deprecated: Ha-noi", "Ha-noi", "spelling", "deprecated"),
        ("deprecated, spelling: Ha-noi", "Ha-noi", "spelling", "deprecated"),  # either order
        ("preferred: Hà Nội", "Hà Nội", "other", "preferred"),  # status alone: type other
        ("Hồ Chí Minh", "Hồ Chí Minh", "other", "admitted"),  # bare form
        ("Lưu ý: X", "Lưu ý: X", "other", "admitted"),  # a colon inside a form is kept
    ],
)
def test_variant_text_form(text: str, form: str, vtype: str, status: str) -> None:
    from glossary.model import Variant

    variant = Variant.from_text(text)
    assert (variant.form, variant.type.value, variant.status.value) == (form, vtype, status)
    assert Variant.from_text(variant.to_text()) == variant


def test_variant_text_strict_refuses_an_unknown_label() -> None:
    from glossary.model import Variant

    with pytest.raises(ValueError, match="no-diacritic"):
        Variant.from_text("no-diacritic: Trinh Quoc Phu", strict=True)
