"""Scoring the miner against hand-labelled gold: per kind, and per measure and pattern.

Gold files use the output contract ({"entries": [{"kind", "vi", "en", "abbr", "variants"}, ...]}),
optionally with the keys of docs/gold-rules.md: "pattern" (the cue that links the forms),
"variant_types" and "gazetteer" (official forms the page does not write).

Per kind: a mined entry counts as found when it has the gold entry's kind and every form it prefers
(vi, en, abbr) is one of the gold entry's forms as written (or one of its gazetteer forms); each gold
entry is matched once. Variants are scored separately, as the forms of matched entries.

Per measure (measures.py): gloss pairs, name-variant links and acronyms, the three figures the
miner's targets are set on, each with recall per gold pattern.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary.errors import GlossaryError
from glossary.files import read_bytes
from glossary.model import Entry, Kind
from glossary.text import nfc


class GoldError(GlossaryError):
    """A gold file is missing or malformed."""


@dataclass
class GoldEntry:
    kind: str
    primary: frozenset[str]
    forms: frozenset[str]
    vi: str = ""
    en: str = ""
    abbr: str = ""
    pattern: str = ""
    variant_types: dict[str, str] = field(default_factory=dict)
    gazetteer: frozenset[str] = frozenset()


def norm_form(form: str | None) -> str:
    """A form as gold and mined entries are compared: NFC, blanks collapsed ("" for none)."""
    return " ".join(nfc(form or "").split())


# What each key of a gold entry may hold (docs/gold-rules.md); anything else is a labelling slip
# told with its file, line and entry rather than a traceback or a silent default.
_TEXT_KEYS = ("vi", "en", "abbr", "pattern")
_LIST_KEYS = ("variants", "gazetteer")
_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "true or false",
    int: "a number",
    float: "a number",
    type(None): "null",
}
_SURROGATE = re.compile("[\ud800-\udfff]")


def _what(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _text_problem(value: object) -> str | None:
    """Why a JSON value is not a form (a string or null), or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        return f"is {_what(value)}, expected a string or null"
    if _SURROGATE.search(value):
        # json reads "\ud800" alone; no UTF-8 output can hold it, so printing it later crashed.
        return "holds a lone UTF-16 surrogate escape (\\udXXX), not a character"
    return None


def _entry_problem(raw: object) -> str | None:
    """Why one item of "entries" is not a gold entry, or None."""
    if not isinstance(raw, dict):
        return f"is {_what(raw)}, expected an object"
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in _KINDS:
        shown = json.dumps(kind, ensure_ascii=True)[:40]
        return f'"kind" is {shown}, expected one of {", ".join(_KINDS)}'
    for key in _TEXT_KEYS:
        if problem := _text_problem(raw.get(key)):
            return f'"{key}" {problem}'
    if not any(norm_form(raw.get(key)) for key in ("vi", "en", "abbr")):
        return "has no vi, en or abbr"
    for key in _LIST_KEYS:
        items = raw.get(key)
        if items is not None and not isinstance(items, list):
            return f'"{key}" is {_what(items)}, expected a list of strings'
        for n, item in enumerate(items or [], 1):
            if problem := _text_problem(item):
                return f'"{key}" item {n} {problem}'
    types = raw.get("variant_types")
    if types is not None and not isinstance(types, dict):
        return f'"variant_types" is {_what(types)}, expected an object of form: type'
    for form, kind_of in (types or {}).items():
        if problem := _text_problem(form) or _text_problem(kind_of):
            return f'"variant_types" entry {json.dumps(form, ensure_ascii=True)[:40]} {problem}'
    return None


_KINDS = tuple(k.value for k in Kind)


def _gold_entry(raw: Any, where: str = "") -> GoldEntry:
    """One item of "entries" as a GoldEntry; where names it in the error (a file's reader finds
    the problem first, to name the entry's line)."""
    if problem := _entry_problem(raw):
        raise GoldError(f"{where}: entry {problem}")
    primary = frozenset(f for f in (norm_form(raw.get(key)) for key in ("vi", "en", "abbr")) if f)
    variants = frozenset(norm_form(v) for v in raw.get("variants") or [] if norm_form(v))
    types = raw.get("variant_types") or {}
    return GoldEntry(
        Kind(raw["kind"]).value,
        primary,
        primary | variants,
        vi=norm_form(raw.get("vi")),
        en=norm_form(raw.get("en")),
        abbr=norm_form(raw.get("abbr")),
        pattern=str(raw.get("pattern") or ""),
        variant_types={norm_form(k): str(v) for k, v in types.items()},
        gazetteer=frozenset(norm_form(v) for v in raw.get("gazetteer") or [] if norm_form(v)),
    )


_BLANKS = re.compile(r"[ \t\n\r]*")


def _entry_line(text: str, entries: list[Any], index: int) -> int | None:
    """The line where item `index` of the file's "entries" list starts; None when it cannot be
    told (only wanted for an error message, so the list is found again in the text)."""
    decoder = json.JSONDecoder()
    for found in re.finditer(r'"entries"[ \t\n\r]*:[ \t\n\r]*\[', text):
        try:
            # The key's text could sit inside a string or a nested object: the list found must be
            # the one parsed.
            if decoder.raw_decode(text, found.end() - 1)[0] != entries:
                continue
            at = found.end()
            for _ in range(index):
                at = _BLANKS.match(text, at).end()  # type: ignore[union-attr]
                at = _BLANKS.match(text, decoder.raw_decode(text, at)[1]).end() + 1  # type: ignore[union-attr]
            at = _BLANKS.match(text, at).end()  # type: ignore[union-attr]
        except (ValueError, RecursionError):
            continue
        return text.count("\n", 0, at) + 1
    return None


def _read_json(file: Path) -> tuple[object, str]:
    """A gold file's JSON and its text; a regular file only (a FIFO named *.json in a gold folder
    waited for ever), its errors told with their line."""
    try:
        raw = read_bytes(file)
    except GlossaryError as exc:
        raise GoldError(exc.user_message()) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Notepad's "Unicode" (and PowerShell's > before version 6) writes UTF-16 with this mark.
        raise GoldError(f"{file}:1: cannot read gold: UTF-16 text (a byte-order mark); save it as UTF-8")
    if (nul := raw.find(b"\0")) >= 0:
        # UTF-16 without its mark, or a binary file: JSON text never holds a NUL byte (told before
        # the UTF-8 error its other bytes would give).
        line = raw.count(b"\n", 0, nul) + 1
        raise GoldError(
            f"{file}:{line}: cannot read gold: a NUL byte (UTF-16 text without a byte-order mark, "
            "or not text); save it as UTF-8 JSON"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise GoldError(
            f"{file}:{line}: cannot read gold: not UTF-8 text (byte 0x{raw[exc.start]:02x})"
        ) from None
    try:
        return json.loads(text), text
    except RecursionError:
        raise GoldError(f"{file}: cannot read gold: lists or objects nested too deeply") from None
    except ValueError as exc:
        line = getattr(exc, "lineno", 1)
        raise GoldError(f"{file}:{line}: cannot read gold: {getattr(exc, 'msg', exc)}") from None


def _entries_of(file: Path) -> list[GoldEntry]:
    """The checked entries of one gold file."""
    data, text = _read_json(file)
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        if not isinstance(data, dict):
            found = f"the file is {_what(data)}"
        else:
            found = f'"entries" is {_what(entries)}' if "entries" in data else 'no "entries"'
        raise GoldError(f'{file}: expected {{"entries": [...]}}; {found}')
    gold = []
    for index, raw in enumerate(entries):
        if problem := _entry_problem(raw):
            line = _entry_line(text, entries, index)
            raise GoldError(f"{file}{f':{line}' if line else ''}: entry {index + 1} {problem}")
        gold.append(_gold_entry(raw, str(file)))
    return gold


def load_gold_by_page(path: Path) -> dict[str, list[GoldEntry]] | None:
    """A folder of per-page gold files, each naming its page in "source": {page file name: gold};
    None when the gold is not one file per page."""
    if not path.is_dir():
        return None
    pages: dict[str, list[GoldEntry]] = {}
    for file in sorted(path.glob("*.json")):
        data, _ = _read_json(file)
        source = data.get("source") if isinstance(data, dict) else None
        if not isinstance(source, str):
            return None
        pages[Path(source).name] = _entries_of(file)
    return pages or None


def add_scores(total: dict[str, Score], part: dict[str, Score], page: str = "") -> None:
    """Add one page's scores to the totals (missed and spurious names marked with the page)."""
    for kind, score in part.items():
        into = total.setdefault(kind, Score())
        for name in ("tp", "fp", "fn", "form_tp", "form_fp", "form_fn"):
            setattr(into, name, getattr(into, name) + getattr(score, name))
        into.missed += [f"{m}  ({page})" if page else m for m in score.missed]
        into.spurious += [f"{m}  ({page})" if page else m for m in score.spurious]


def load_gold(path: Path) -> list[GoldEntry]:
    """Read one gold JSON file, or every *.json file in a folder."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise GoldError(f"{path}: no gold file (a folder of gold holds *.json files)")
    # Each file is read by read_bytes, which names what is not a regular file (a FIFO, a device,
    # a missing file) instead of one "no gold file" for all.
    return [entry for file in files for entry in _entries_of(file)]


@dataclass
class Score:
    """Counts for one kind, entries and variant forms."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    form_tp: int = 0
    form_fp: int = 0
    form_fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def entries(self) -> tuple[float, float, float]:
        return self._prf(self.tp, self.fp, self.fn)

    @property
    def forms(self) -> tuple[float, float, float]:
        return self._prf(self.form_tp, self.form_fp, self.form_fn)


def _forms_of(entry: Entry) -> tuple[frozenset[str], frozenset[str]]:
    primary = frozenset(norm_form(f) for f in (entry.vi, entry.en, entry.abbr) if f)
    return primary, primary | frozenset(norm_form(v.form) for v in entry.variants)


def evaluate(gold: list[GoldEntry], mined: list[Entry]) -> dict[str, Score]:
    """Score mined entries against gold, per kind (kinds with neither gold nor output are left out)."""
    scores: dict[str, Score] = {}
    used: set[int] = set()
    for entry in sorted(mined, key=lambda e: -e.confidence):
        kind = entry.kind.value
        score = scores.setdefault(kind, Score())
        primary, forms = _forms_of(entry)
        match = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used and g.kind == kind and primary <= g.forms | g.gazetteer
            ),
            None,
        )
        if match is None:
            score.fp += 1
            score.spurious.append(entry.headword)
            continue
        used.add(match)
        score.tp += 1
        expected = gold[match].forms
        score.form_tp += len(forms & expected)
        score.form_fp += len(forms - expected - gold[match].gazetteer)
        score.form_fn += len(expected - forms)
    for i, g in enumerate(gold):
        if i not in used:
            score = scores.setdefault(g.kind, Score())
            score.fn += 1
            score.form_fn += len(g.forms)
            score.missed.append(sorted(g.primary)[0])
    return dict(sorted(scores.items()))


def report_lines(scores: dict[str, Score]) -> list[str]:
    """A table for people: one row per kind and a total row."""
    lines = [f"{'kind':<13}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}   forms P/R/F1"]
    total = Score()
    for kind, s in scores.items():
        p, r, f = s.entries
        fp_, fr, ff = s.forms
        lines.append(
            f"{kind:<13}{p:7.3f}{r:7.3f}{f:7.3f}{s.tp:5}{s.fp:5}{s.fn:5}   {fp_:.3f}/{fr:.3f}/{ff:.3f}"
        )
        for name in ("tp", "fp", "fn", "form_tp", "form_fp", "form_fn"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    p, r, f = total.entries
    fp_, fr, ff = total.forms
    lines.append(
        f"{'all':<13}{p:7.3f}{r:7.3f}{f:7.3f}{total.tp:5}{total.fp:5}{total.fn:5}   "
        f"{fp_:.3f}/{fr:.3f}/{ff:.3f}"
    )
    return lines


def report_json(scores: dict[str, Score]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for kind, s in scores.items():
        p, r, f = s.entries
        out[kind] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "forms": dict(zip(("precision", "recall", "f1"), (round(x, 4) for x in s.forms), strict=True)),
            "missed": s.missed,
            "spurious": s.spurious,
        }
    return out
