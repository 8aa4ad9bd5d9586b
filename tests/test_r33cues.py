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
