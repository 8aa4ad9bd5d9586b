"""Round 26 speed: patterns compiled on first use behave as the patterns compiled at import."""

from __future__ import annotations

import re

import pytest

from glossary.mine import (
    former_name_cues,
    name_chains,
    stated_names,
    subject_names,
)
from glossary.mine.lazy_patterns import LazyPattern

_TEXT = (
    'Thành phố Hồ Chí Minh (formerly Sài Gòn), or simply "Saigon", was later renamed.\n'
    "The Republic of Vietnam, also called South Vietnam / RVN – the state of 1955–1975.\n"
    "Nguyễn Ánh proclaimed himself emperor Gia Long; Đà Nẵng was called Tourane.\n"
)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_lazy_pattern_answers_as_the_compiled_pattern(flags: int) -> None:
    source = r"(?P<name>[A-ZÀ-ỸĐ][^\s(),;.]*)(?:[ \t]+[A-ZÀ-ỸĐ][^\s(),;.]*)*"
    lazy, plain = LazyPattern(source, flags), re.compile(source, flags)
    assert [m.span() for m in lazy.finditer(_TEXT)] == [m.span() for m in plain.finditer(_TEXT)]
    assert lazy.findall(_TEXT) == plain.findall(_TEXT)
    assert lazy.search(_TEXT, 5).span() == plain.search(_TEXT, 5).span()
    assert lazy.match(_TEXT) and lazy.match(_TEXT).group("name") == plain.match(_TEXT).group("name")
    assert lazy.fullmatch("Đà Nẵng").group() == "Đà Nẵng"
    assert lazy.sub("X", _TEXT) == plain.sub("X", _TEXT)
    assert lazy.subn("X", _TEXT) == plain.subn("X", _TEXT)
    assert lazy.split(_TEXT) == plain.split(_TEXT)
    assert lazy.groupindex == plain.groupindex
    assert lazy.flags == plain.flags


def test_lazy_pattern_compiles_once_and_only_when_used() -> None:
    lazy = LazyPattern(r"[A-ZĐ]{2,10}")
    assert lazy.pattern == r"[A-ZĐ]{2,10}"
    assert lazy._compiled is None  # reading the source does not compile it
    assert lazy.findall("RVN and SVN") == ["RVN", "SVN"]
    compiled = lazy._compiled
    assert compiled is not None
    assert lazy.search("ĐBSCL").group() == "ĐBSCL"
    assert lazy._compiled is compiled


def test_lazy_pattern_rejects_a_bad_pattern_on_first_use() -> None:
    lazy = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


@pytest.mark.parametrize(
    "pattern",
    [
        name_chains._NAME_AT,
        name_chains._QUOTED_NAME,
        name_chains._OR_NEXT,
        subject_names._NAME_LINE,
        stated_names._NAMING_OF,
        former_name_cues._THRONE,
        former_name_cues._LOWER_TITLE,
        stated_names._NAME_OF_PLACE,
        stated_names._OR_NAME,
        subject_names._OTHER,
        subject_names._LATER,
    ],
)
def test_module_patterns_made_lazy_match_as_compiled(pattern: LazyPattern) -> None:
    assert isinstance(pattern, LazyPattern)
    plain = re.compile(pattern.pattern, pattern._flags)
    for start in range(0, len(_TEXT), 7):
        found, expected = pattern.search(_TEXT, start), plain.search(_TEXT, start)
        assert (found and found.span()) == (expected and expected.span())
        found, expected = pattern.match(_TEXT, start), plain.match(_TEXT, start)
        assert (found and found.groups()) == (expected and expected.groups())


def test_quoted_other_name_after_short_form_loses_its_quotes() -> None:
    # A match from a lazy pattern has the compiled pattern as its `.re`, never the LazyPattern:
    # the reader must tell the quoted reading from the bare one by which match it kept.
    from glossary.mine.documents import Document

    text = (
        "The war was fought by the Southern Liberation Armed Forces (SLAF) or \"Red Brigades\" "
        "and by the Northern Field Army (NFA), or Mountain Defence Corps, in the highlands."
    )
    others = {
        m.en: [v for v, _ in m.variants]
        for m in name_chains.extract_or_after_short(Document("t.txt", text))
    }
    assert others == {
        "Southern Liberation Armed Forces": ["Red Brigades"],
        "Northern Field Army": ["Mountain Defence Corps"],
    }


def test_folding_entries_at_once_gives_each_entry_s_words() -> None:
    # vietnamese_lexicon folds its entries joined by line breaks: the words must be those of
    # folding each entry alone (ASCII entries beside marked ones, marks opening a line, capitals,
    # quotes and dashes the table maps, a final sigma, a dotted capital I).
    from glossary.text import fold

    entries = [
        "Đổi Mới",
        "hanoi",
        "\u0301a",
        "ÒA  thuỷ",
        "O’Neil–Smith",
        "ΟΔΟΣ",
        "İstanbul",
        "`grave`",
        "ø ł ß",
        "Nguyễn\u0300",
        "",
    ]
    alone = {word for entry in entries for word in fold(entry).split()}
    assert set(fold("\n".join(entries)).split()) == alone
