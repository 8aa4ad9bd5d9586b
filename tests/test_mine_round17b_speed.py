"""Round 17b's fast paths of the miner, each against its plain form (the code before the round) as
the oracle: what is mined must not change. Texts written for these tests."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.mine import acronyms, caps_tokens, paren_names, parentheses, short_shapes, worded_acronyms
from glossary.mine.documents import Document
from glossary.mine.lexicon import names_a_label
from glossary.mine.name_spans import personal_name
from glossary.mine.names.words import is_title
from glossary.mine.paren_inside import NOISE, SHORT_FORM, dated_rendering
from glossary.mine.paren_sides import DIGITS
from glossary.mine.short_forms import is_short_form
from glossary.vietnamese import has_vi_letters, is_english_word

# Parenthesis texts of the shapes the reader meets: glosses, acronyms, credits, dates, measures,
# agencies, noise words, Vietnamese with and without marks, blanks of every kind.
_INNERS = [
    "",
    "  ",
    "UNESCO",
    "VNA",
    "Vna",
    "AFP/VNA",
    "photo",
    "Photo: Minh Anh",
    "source: VnExpress",
    "Renewal",
    "đổi mới",
    "Vietnamese: Hoàng thành Thăng Long; lit. Imperial Citadel",
    '"Lord of the South", 1780–1802',
    "1780–1802",
    "12 km",
    "born 1945",
    "Hà Nội, 2024",
    "3 triệu đồng",
    "literally North Central Region",
    "also written as Dalat",
    "Bắc Bộ, the North; Trung Bộ, the Centre",
    "Our Home are the Islands,\n Our Homeland is the Sea",
    "c. 1400",
    "A",
    "HCMC",
    "U.S.",
    "Chairman & CEO",
    "新舖, today Phố Mới, New Town",
    "Tây Đô / 西都",
]
_PIECES = st.sampled_from(_INNERS + [" ", "\t", "\n", ",", ";", "2", "ạ", "Đ", "X"])
_INNER_TEXTS = st.one_of(
    st.sampled_from(_INNERS), st.lists(_PIECES, max_size=6).map("".join), st.text(max_size=20)
)


def _plain_screen(inner_raw: str) -> tuple[str, bool, bool, bool]:
    """The tests extract_parentheses made on each parenthesis before round 17b, inline."""
    inner = " ".join(inner_raw.split())
    out = bool(not inner or SHORT_FORM.fullmatch(inner) or NOISE.match(inner))
    if not out and DIGITS.search(inner) and not has_vi_letters(inner) and not dated_rendering(inner):
        out = True
    agency = re.fullmatch(r"[A-Z][A-Za-z/]{1,12}", inner) is not None
    return inner, out, agency, has_vi_letters(inner)


@settings(max_examples=400)
@given(_INNER_TEXTS)
def test_a_parenthesis_screened_once_is_screened_as_inline(inner_raw: str) -> None:
    assert parentheses.screen_inner(inner_raw) == _plain_screen(inner_raw)
    # The memo answers what the function does, asked twice.
    assert parentheses._screen(inner_raw) == _plain_screen(inner_raw)
    assert parentheses._screen(inner_raw) == _plain_screen(inner_raw)


def test_the_screen_keeps_out_what_it_kept_out() -> None:
    assert parentheses.screen_inner("UNESCO")[1]
    assert parentheses.screen_inner("photo")[1]
    assert parentheses.screen_inner("12 km")[1]
    assert not parentheses.screen_inner("1780–1802, Lord of the South")[1]
    assert not parentheses.screen_inner("3 triệu đồng")[1]  # Vietnamese letters: read
    assert parentheses.screen_inner("VNA")[2] and not parentheses.screen_inner("V")[2]
    assert parentheses.screen_inner(" đổi\n mới ") == ("đổi mới", False, False, True)


def _plain_caps(text: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """CapsScan before round 17b: each group asked of the match."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    before: dict[str, int] = {}
    for match in caps_tokens._CAPS_TOKEN_NEXT.finditer(text):
        token = match.group(1)
        if token in counts:
            counts[token] += 1
        else:
            counts[token] = 1
            first[token] = match.start()
        if match.group(2) and match.group(2).isupper():
            before[token] = before.get(token, 0) + 1
    return counts, first, before


_CAPS_PIECES = st.sampled_from(
    [
        "HCMC",
        " ",
        "Securities",
        "VNA",
        "said",
        "UNESCO",
        "\n",
        "-",
        "EVN",
        "s",
        "ĐCS",
        "Đ",
        "A",
        ".",
        "&",
        "2",
    ]
)


@settings(max_examples=300)
@given(st.lists(_CAPS_PIECES, max_size=14).map("".join))
def test_the_caps_scan_counts_as_before(text: str) -> None:
    scan = caps_tokens.CapsScan(text)
    assert (scan.counts, scan.first, scan.before_capital) == _plain_caps(text)


def test_the_caps_scan_on_a_written_text() -> None:
    text = "HCMC Securities said HCMC grew. EVN and EVN Hanoi; VNA reported."
    scan = caps_tokens.CapsScan(text)
    assert scan.counts == {"HCMC": 2, "EVN": 2, "VNA": 1}
    assert scan.before_capital == {"HCMC": 1, "EVN": 1}
    assert scan.written_alone("HCMC") and scan.written_alone("VNA")


# Parenthesis texts for the acronym readers: short forms, worded definitions, glossary pointers.
_ACRONYM_INNERS = [
    "UNESCO",
    "VNA",
    "R&D",
    "SDGs",
    "FTA’s",
    "iPhone",
    "Vietnam",
    "VinFast",
    "abbreviated BRVT",
    "abbr. MPS",
    'hereinafter referred to as "MPS"',
    "MPS for short",
    "MPS for short; Bộ Công an",
    '"MPS"',
    "also known as AI",
    "or AI",
    "Việt Minh for short",
    "Hội đồng Nhân dân or HDND for short",
    "Đảng Cộng sản Việt Nam, ĐCSVN",
    "Vietnamese: Lực lượng Công an Nhân dân - CAND",
    "Comecon--see Glossary",
    "see the glossary",
    "RVNAF/VNAF",
    "United Nations Educational, Scientific and Cultural Organization",
    "SHORT",
    "photo: VNA",
    "Renewal",
]
_ACRONYM_PIECES = st.sampled_from(_ACRONYM_INNERS + [" ", ",", "/", "\n", "for short", "or", "X", "đ"])
_ACRONYM_TEXTS = st.one_of(
    st.sampled_from(_ACRONYM_INNERS),
    st.lists(_ACRONYM_PIECES, max_size=4).map(" ".join),
    st.text(max_size=16),
)


def _plain_acronym_screen(inner_raw: str) -> tuple[str, bool, bool]:
    """The text, the one-word test and the short-form test _definitions made inline before 17b."""
    inner = " ".join(inner_raw.split())
    if "see" in inner:
        inner = acronyms._SEE_GLOSSARY.sub("", inner)
    one_word = " " not in inner and bool(
        is_short_form(inner) or short_shapes.CAMEL.match(inner) or short_shapes.BRAND.match(inner)
    )
    return inner, one_word, is_short_form(inner)


@settings(max_examples=400)
@given(_ACRONYM_TEXTS)
def test_an_acronym_parenthesis_screened_once_is_screened_as_inline(inner_raw: str) -> None:
    inner, _, one_word, short = acronyms.screen_inner(inner_raw)
    assert (inner, one_word, short) == _plain_acronym_screen(inner_raw)
    assert acronyms._screen(inner_raw) == acronyms.screen_inner(inner_raw)


@settings(max_examples=300)
@given(
    _ACRONYM_TEXTS,
    st.sampled_from(["", "The Ministry of Public Security ", "Việt Nam Độc Lập Đồng Minh Hội "]),
)
def test_a_parenthesis_screened_out_holds_no_worded_definition(inner_raw: str, before: str) -> None:
    # The plain reading, asked of every parenthesis, finds nothing where the screen says so.
    text = f"{before}({inner_raw})"
    match = re.compile(r"\((.*)\)", re.DOTALL).search(text)
    assert match is not None
    doc = Document("t.txt", text)
    inner = " ".join(inner_raw.split())
    if not worded_acronyms.may_be_worded(inner):
        assert worded_acronyms.worded_definition(doc, match, inner) is None


def test_the_worded_shapes_are_let_through() -> None:
    text = (
        "The Ministry of Public Security (abbreviated as MPS) met the "
        "Việt Nam Độc Lập Đồng Minh Hội (Việt Minh for short)."
    )
    doc = Document("t.txt", text)
    found = [
        worded_acronyms.worded_definition(doc, m, " ".join(m.group(1).split()))
        for m in acronyms._PAREN.finditer(text)
        if worded_acronyms.may_be_worded(" ".join(m.group(1).split()))
    ]
    assert [(a.abbr, a.en or a.vi) for a in found if a is not None] == [
        ("MPS", "Ministry of Public Security"),
        ("Việt Minh", "Việt Nam Độc Lập Đồng Minh Hội"),
    ]
    short_first = Document("t.txt", "The Ministry of Public Security (MPS for short; Bộ Công an)")
    paren = next(acronyms._PAREN.finditer(short_first.text))
    assert worded_acronyms.may_be_worded(paren.group(1))
    worded = worded_acronyms.worded_definition(short_first, paren, paren.group(1))
    assert worded is not None and worded.abbr == "MPS"
    assert not worded_acronyms.may_be_worded("Renewal")
    assert not worded_acronyms.may_be_worded(
        "United Nations Educational, Scientific and Cultural Organization"
    )


def test_acronyms_are_mined_as_before_from_a_written_page() -> None:
    text = (
        "The United Nations Educational, Scientific and Cultural Organization (UNESCO) met the "
        "Ministry of Public Security (abbreviated as MPS). UNESCO (United Nations Educational, "
        "Scientific and Cultural Organization) and the Vietnam News Agency (VNA) reported; the "
        "South Vietnamese Air Force (RVNAF/VNAF) and Comecon (Council for Mutual Economic "
        "Assistance--see Glossary) were named."
    )
    found = {(m.abbr, m.en) for m in acronyms.extract_acronyms(Document("t.txt", text))}
    assert ("UNESCO", "United Nations Educational, Scientific and Cultural Organization") in found
    assert ("MPS", "Ministry of Public Security") in found
    assert ("VNA", "Vietnam News Agency") in found


def _plain_other_names(doc: Document) -> list[tuple[str, str, str, int]]:
    """paren_other_names before round 17b: both readings tried at every parenthesis."""
    out = []
    for match in paren_names._PAREN_NAME.finditer(doc.text):
        found = paren_names._place_and_other_name(doc.text, match)
        kind = "place"
        if found is None:
            found = paren_names._person_and_other_name(doc.text, match)
            kind = "person"
        if found is not None:
            (name, start), other = found
            out.append((kind, name, other, start))
    return out


_NAME_PIECES = st.sampled_from(
    [
        "Ho Chi Minh City (Saigon)",
        "Huế (Phú Xuân)",
        "Hoi An (Quang Nam)",
        "Ben Thanh Market (Saigon)",
        "Lý Thái Tổ (Lý Công Uẩn)",
        "Gia Long (Nguyễn Phúc Ánh)",
        "Langson (English), Lang-Son (French)",
        "Da Nang (Tourane)",
        "Hanoi (Thăng Long)",
        "the city (Vietnam)",
        "Trần Quốc Toản (known as Trần Hưng Đạo)",
        "Lao Cai (UNESCO)",
        " ",
        ". ",
        ", ",
        "\n",
        "visited ",
    ]
)


@settings(max_examples=200)
@given(st.lists(_NAME_PIECES, max_size=8).map("".join))
def test_other_names_in_parentheses_are_read_as_before(text: str) -> None:
    doc = Document("t.txt", text)
    fast = [
        ("place" if m.kind.value == "place" else "person", m.vi or m.en, other, m.start)
        for m in paren_names.paren_other_names(doc)
        for other in [next(iter(f for f, _ in m.variants), "")]
    ]
    plain = _plain_other_names(doc)
    assert len(fast) == len(plain)
    assert [(k, o) for k, _, o, _ in fast] == [(k, o) for k, _, o, _ in plain]


@settings(max_examples=300)
@given(st.one_of(_NAME_PIECES.map(lambda p: p[p.find("(") + 1 : p.find(")")]), st.text(max_size=14)))
def test_a_parenthesised_name_screened_once_is_screened_as_inline(other: str) -> None:
    words = other.split()
    place = not (
        len(words) > 3
        or any(w.isupper() or is_title(w) for w in words)
        or has_vi_letters(other)
        or is_english_word(other)
        or names_a_label(other)
    )
    assert paren_names._screen(other) == paren_names.screen_other(other) == (place, personal_name(other))


def test_other_names_of_a_written_page() -> None:
    doc = Document("t.txt", "They visited Da Nang (Tourane). Lý Thái Tổ (Lý Công Uẩn) moved the capital.")
    plain = _plain_other_names(doc)
    assert [(k, o) for k, _, o, _ in plain] == [("place", "Tourane"), ("person", "Lý Công Uẩn")]
    assert len(list(paren_names.paren_other_names(doc))) == 2
