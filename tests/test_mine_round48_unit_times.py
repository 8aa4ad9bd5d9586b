"""Round 48: a bare place name and the same name with its unit, dated by the page to two times, are
two places; a bare name the page calls a person, or writes only inside a longer name, is not the
natural feature or site bearing it (text written for the test)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from glossary.mine.bare_joins import _bare_sightings
from glossary.mine.pipeline import mine_paths
from glossary.mine.unit_times import NOW, THEN, marks, other_feature, two_times


def _marks(context: str, form: str, name: str) -> int:
    at = context.index(form)
    return marks(context, at, at + len(form), name)


@pytest.mark.parametrize(
    ("context", "form", "name", "expected"),
    [
        # the unit form written for today after the same name written for the old place
        ("born in Phù Lưu village, Hà Nam now Phù Lưu District, Hà Nam.", "Phù Lưu District", "Phù Lưu", NOW),
        ("born in Tân Hòa, sometimes misread as what is now Tân Hòa city.", "Tân Hòa city", "Tân Hòa", NOW),
        # "modern X Province" after another name renames that other place: no date for X's unit
        ("born in Kim Sơn Province (modern Hải Dương Province).", "Hải Dương Province", "Hải Dương", 0),
        # one other name for what the unit is now: the unit form is the old place
        ("born in Kim Sơn Province (modern Hải Dương Province).", "Kim Sơn Province", "Kim Sơn", THEN),
        # an address inside the parenthesis, or the name itself, locates: no date
        ("Gia Lộc province (now is Tân Hòa hamlet, Long An province).", "Gia Lộc province", "Gia Lộc", 0),
        ("Tân Hòa province (now is Điện Bàn, Tân Hòa).", "Tân Hòa province", "Tân Hòa", 0),
        # a bare name is never dated today by "now" (the present unit may be the same place)
        ("Ái Châu (now Tân Hòa and Nghệ An).", "Tân Hòa", "Tân Hòa", 0),
        ("Tân Hòa is a province of Vietnam.", "Tân Hòa", "Tân Hòa", 0),
    ],
)
def test_marks(context: str, form: str, name: str, expected: int) -> None:
    assert _marks(context, form, name) == expected


def test_two_times() -> None:
    assert two_times([0, 0], [NOW])  # every unit sighting dated today, no bare one
    assert two_times([0], [THEN, THEN])
    assert not two_times([0, NOW], [NOW])  # both written today somewhere
    assert not two_times([0], [NOW, 0])  # the unit form also written undated
    assert not two_times([], [NOW])
    assert not two_times([0], [0])


def _places(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    page = tmp_path / "page.txt"
    page.write_text(text + "\n", encoding="utf-8")
    entries = mine_paths([page]).entries
    return [(e.vi or e.en, [v.form for v in e.variants]) for e in entries if e.kind.value == "place"]


@pytest.mark.parametrize(
    ("text", "bare", "unit", "joined"),
    [
        (
            "Lê Thị Mai was born in Tân Hòa, Bến Lức, Long An province (now is Thạnh Đức, Long An), which is"
            " sometimes misunderstood as what is now Tân Hòa city. She died in 1950.",
            "Tân Hòa",
            "Tân Hòa city",
            False,
        ),
        (
            "Lê Thị Mai was born in Tân Hòa, Bến Lức, Long An province. She later moved to Tân Hòa city,"
            " where she died in 1950.",
            "Tân Hòa",
            "Tân Hòa city",
            True,
        ),
        (
            "- Death Place: Kim Sơn, Đại Việt\n\nLê Văn Bình was born in Tây Hòa District, Kim Sơn"
            " Province (modern Hải Dương Province). He was a general.",
            "Kim Sơn",
            "Kim Sơn Province",
            False,
        ),
        (
            "- Death Place: Kim Sơn, Đại Việt\n\nLê Văn Bình was born in Tây Hòa District, Kim Sơn"
            " Province (now is Tây Hòa, Kim Sơn). He was a general.",
            "Kim Sơn",
            "Kim Sơn Province",
            True,
        ),
        (
            "- Birth Place: Phù Lưu, Hà Nam, Annam\n\nLê Văn Bình was born in 1230 in Phù Lưu village, Hà"
            " Nam now Phù Lưu District, Hà Nam. He was a general.",
            "Phù Lưu",
            "Phù Lưu District",
            False,
        ),
    ],
)
def test_bare_name_and_unit_of_two_times(
    tmp_path: Path, text: str, bare: str, unit: str, joined: bool
) -> None:
    places = _places(tmp_path, text)
    together = any({bare, unit} <= {name, *variants} for name, variants in places)
    assert together is joined
    assert any(bare in {name, *variants} for name, variants in places)
    assert any(unit in {name, *variants} for name, variants in places)


def _tally(form: str, *contexts: str, count: int = 0) -> SimpleNamespace:
    sightings = sum(len(_bare_sightings(c, form)) for c in contexts)
    return SimpleNamespace(
        mention=SimpleNamespace(vi="", en=form),
        count=count or sightings,
        contexts=[((0, k), c) for k, c in enumerate(contexts)],
    )


@pytest.mark.parametrize(
    ("contexts", "other"),
    [
        # a person's noun in apposition, after or before the name, anywhere
        (("a myth about Bà Chúa, a local deity of Khmer origin.", "Pilgrims climb Bà Chúa."), True),
        (("The myth centers around a woman, Bà Chúa, falling in love.",), True),
        # only ever inside a longer name: after another capitalised word
        (("French Malaya", "French Malaya was part of the French empire."), True),
        # written on its own somewhere
        (("French Malaya was a colony.", "The whole of Malaya was a colony."), False),
        (("The Malaya lies south.",), False),  # "The" is a function word, not a name's
        (("Pilgrims climb Bà Chúa, the highest peak.",), False),  # no person's noun
    ],
)
def test_other_feature(contexts: tuple[str, ...], other: bool) -> None:
    form = "Bà Chúa" if "Bà Chúa" in contexts[0] else "Malaya"
    assert other_feature(_tally(form, *contexts), _bare_sightings) is other


def test_other_feature_wants_every_sighting_kept() -> None:
    # a sighting whose sentence was not kept may write the name on its own
    assert not other_feature(_tally("Malaya", "French Malaya", count=3), _bare_sightings)


def test_bare_name_of_a_person_stays_off_the_mountain(tmp_path: Path) -> None:
    myth = (
        "Núi Bà Chúa is a mountain in Tây Ninh Province. The mountain is the center of a myth about Bà"
        " Chúa, a local deity. In the myth a woman, Bà Chúa, falls in love and Bà Chúa dies on the mountain."
    )
    places = dict(_places(tmp_path, myth))
    assert "Bà Chúa" not in places["Núi Bà Chúa"]
    climb = "Núi Bà Chúa is a mountain in Tây Ninh Province. Pilgrims climb Bà Chúa every spring."
    assert "Bà Chúa" in dict(_places(tmp_path, climb))["Núi Bà Chúa"]
