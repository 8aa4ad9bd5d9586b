"""Round 33, naming cues: a lead chain name's labelled parenthesis, and the markers of named note
groups blanked as numbered citation markers are. Texts written for these tests."""

from __future__ import annotations

from glossary.mine.citations import blank_citations
from glossary.mine.lead import lead_names


def test_labelled_parenthesis_after_a_chain_name_gives_its_vietnamese_form() -> None:
    text = (
        "Bạch Mã Shrine (Vietnamese: Đền Bạch Mã), also known as White Horse Shrine "
        "(Sino-Vietnamese: Bạch Mã Từ, chữ Hán: 白馬祠), is a shrine in a town of the plain.\n"
    )
    lead = lead_names(text)
    assert lead is not None
    names = [name for name, _ in lead.others]
    assert "White Horse Shrine" in names
    assert "Bạch Mã Từ" in names


def test_plain_vietnamese_label_is_read_too_and_an_english_item_is_not() -> None:
    text = "Kẻ Sặt Market, also called Old Ferry Market (Vietnamese: Chợ Bến Cũ), is a market in a town.\n"
    lead = lead_names(text)
    assert lead is not None
    assert "Chợ Bến Cũ" in [name for name, _ in lead.others]
    # A French label names no Vietnamese form: nothing is read from that parenthesis.
    french = "Kẻ Sặt Market, also called Old Ferry Market (French: Marché du Vieux Bac), is a market.\n"
    lead = lead_names(french)
    assert lead is not None
    assert [name for name, _ in lead.others] == ["Old Ferry Market"]


def test_named_note_group_markers_are_blanked() -> None:
    text = "Lower Mekong Union (earlier Lower Me-Kong Union)[lower-alpha 1] (French: Union) was.[nb 2]"
    blanked = blank_citations(text)
    assert "[lower-alpha 1]" not in blanked and "[nb 2]" not in blanked
    assert len(blanked) == len(text)  # offsets stay those of the file
    assert blanked.index("(French") == text.index("(French")
    assert "[citation needed]" not in blank_citations("a town of the hills.[citation needed] It")
    # A bracketed word that is no marker stays.
    assert "[sic]" in blank_citations("the Mekong [sic] delta")


def test_lead_reads_past_a_named_group_marker() -> None:
    text = blank_citations(
        "Lower Mekong Union[lower-alpha 1] (Vietnamese: Liên hiệp Hạ Mê Kông), officially known as the "
        "Lower River Federation, was a grouping of provinces.\n"
    )
    lead = lead_names(text)
    assert lead is not None
    assert lead.subject == "Lower Mekong Union"
    assert "Lower River Federation" in [name for name, _ in lead.others]


def _epithets_of(text: str) -> list[tuple[str, list[str]]]:
    from pathlib import Path

    from glossary.mine.documents import Document
    from glossary.mine.epithets import extract_epithets

    doc = Document(Path("page.txt"), text, 1)
    return [(m.vi or m.en or "", [v for v, _ in m.variants]) for m in extract_epithets(doc)]


def test_quoted_epithet_of_a_named_place_before_the_verb() -> None:
    text = (
        "Hòa Lạc plateau\n\nThe Hòa Lạc plateau lies west of the capital. The Hòa Lạc plateau is "
        'called "the roof of the west" by its farmers.\n'
    )
    assert ("Hòa Lạc plateau", ["roof of the west"]) in _epithets_of(text)


def test_quoted_epithet_after_a_comma_clause() -> None:
    text = 'Kim Sơn district, owing to its sea dykes, is often called the "Dyke Country".\n'
    assert ("Kim Sơn district", ["Dyke Country"]) in _epithets_of(text)


def test_named_subject_without_a_head_word_gives_nothing() -> None:
    # "Trần Văn Lộc" heads no place or body: no kind, no epithet from the name alone.
    text = 'The village grew. Trần Văn Lộc was called "the Tiger of the Hills" by his men.\n'
    assert _epithets_of(text) == []


def test_capitalised_article_and_a_noun_is_no_named_subject() -> None:
    # "The town" opens the sentence: a noun for a name, not a name; nothing here names the town.
    text = 'Some text.\nThe town is nicknamed the "Pearl of the Hills" by visitors.\n'
    assert _epithets_of(text) == []


def test_named_subject_epithet_with_its_own_gloss_is_left_to_the_pair() -> None:
    text = 'The Hòa Lạc plateau is called "the green shield" (lá chắn xanh) in old songs.\n'
    assert _epithets_of(text) == []
