"""Recall of `glossary check`: misspellings injected by script into real text, and how many it finds.

    .venv/bin/python -m bench.check_recall [--per-text 3] [--seed 1]

The texts are seeds/*.txt and the corpus pages (tests/corpus/dev and blind); the glossary is the one
mined from them and reviewed by hand (bench/check_glossary/vi.po, see bench/check_false_alarms.py).
Four kinds of misspelling, each injected alone into a copy of a text at an occurrence of an approved name:
  drop       the diacritics of one word of a marked name dropped ("Tô Lâm" -> "Tô Lam")
  transpose  two adjacent letters swapped inside a word of five letters or more ("Azoulay" -> "Azoulya")
  swap       another spelling of the same name from the glossary put in, after the text has used
             its own spelling once ("Hà Nội" -> "Hanoi")
  tone       the tone of an oa/oe/uy syllable moved to the other style ("Hòa" -> "Hoà"), the house
             tone style set to the text's own
The dropped diacritics are checked under the house style en-diacritics (the texts they are dropped
from keep diacritics), the others with no house style (the tone kind with the text's tone style).

A finding points at the injection when it overlaps the injected span, or when it is the
same-name-two-ways finding at another spelling that names the injected line as the first (the
document's first spelling is the one VN104 holds the others to). Found = some finding points at it;
wrong = a new finding (one the unchanged text did not have) that does not point at it, or one at the
span whose fix is not the original spelling.
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from pathlib import Path

from bench.check_false_alarms import reviewed_glossary, texts
from glossary.check import CheckConfig, Checker, HouseStyle, Style, source_from_bytes
from glossary.check.folding import family_key
from glossary.check.reference import WORD, has_marks, strip_marks
from glossary.model import Entry, Status
from glossary.text import ToneStyle, set_tone_style, tone_style

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("drop", "transpose", "swap", "tone")


@dataclass
class Injection:
    kind: str
    start: int
    end: int  # span of the new text
    original: str
    text: str  # the whole text after the injection


def occurrences(text: str, forms: list[str]) -> list[tuple[int, int, str]]:
    """Where the forms stand in text as whole words, case as written."""
    found = []
    for form in forms:
        for match in re.finditer(rf"(?<![^\W_]){re.escape(form)}(?![^\W_])", text):
            found.append((match.start(), match.end(), form))
    return sorted(found)


def inject(kind: str, text: str, entries: list[Entry], rng: random.Random) -> Injection | None:
    names = [e for e in entries if e.kind.value != "term"]
    if kind == "drop":
        forms = [f for e in names for f in e.forms() if has_marks(f) and len(WORD.findall(f)) >= 2]
        spots = occurrences(text, forms)
        if not spots:
            return None
        start, end, form = rng.choice(spots)
        words = list(WORD.finditer(form))
        marked = [w for w in words if has_marks(w.group())]
        if len(marked) == len(words) == 1:
            return None
        word = rng.choice(marked)
        new = form[: word.start()] + strip_marks(word.group()) + form[word.end() :]
    elif kind == "transpose":
        forms = [f for e in names for f in e.forms() if f[:1].isupper()]
        spots = [s for s in occurrences(text, forms) if any(len(w) >= 5 for w in WORD.findall(s[2]))]
        if not spots:
            return None
        start, end, form = rng.choice(spots)
        word = rng.choice([w for w in WORD.finditer(form) if len(w.group()) >= 5])
        i = rng.randrange(1, len(word.group()) - 2)
        letters = list(word.group())
        if letters[i] == letters[i + 1]:
            return None
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
        new = form[: word.start()] + "".join(letters) + form[word.end() :]
    elif kind == "swap":
        spots = []
        for entry in names:
            forms = entry.forms()
            for start, end, form in occurrences(text, forms):
                others = [
                    f for f in forms if f.casefold() != form.casefold() and family_key(f) == family_key(form)
                ]
                earlier = text.find(form) < start
                if others and earlier:
                    spots.append((start, end, form, others))
        if not spots:
            return None
        start, end, form, others = rng.choice(spots)
        new = rng.choice(others)
    else:  # tone
        spots = [
            m for m in WORD.finditer(text) if tone_style(m.group()) is not None and m.group()[:1].isupper()
        ]
        if not spots:
            return None
        match = rng.choice(spots)
        start, end, form = match.start(), match.end(), match.group()
        other = ToneStyle.NEW if tone_style(form) is ToneStyle.OLD else ToneStyle.OLD
        new = set_tone_style(form, other)
    if new == form:
        return None
    return Injection(kind, start, start + len(new), form, text[:start] + new + text[end:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--per-text", type=int, default=3, help="injections of each kind per text")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print every miss and wrong finding")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    paths = texts()
    glossary = reviewed_glossary()
    entries = [e for e in glossary if e.status is Status.APPROVED]
    checkers = {
        tone: Checker(entries, CheckConfig(house=HouseStyle(None, tone))) for tone in (None, *ToneStyle)
    }
    keeps_diacritics = Checker(entries, CheckConfig(house=HouseStyle(Style.EN_DIACRITICS)))
    totals = {kind: [0, 0, 0, 0] for kind in KINDS}  # injected, found, findings, wrong
    for path in paths:
        original = path.read_text(encoding="utf-8")
        for kind in KINDS:
            for _ in range(args.per_text):
                injection = inject(kind, original, entries, rng)
                if injection is None:
                    continue
                tone = tone_style(injection.original) if kind == "tone" else None
                checker = keeps_diacritics if kind == "drop" else checkers[tone]
                before = checker.check_source(source_from_bytes(original.encode(), path.name))
                after = checker.check_source(source_from_bytes(injection.text.encode(), path.name))
                starts = [0] + [m.end() for m in re.finditer("\n", injection.text)]
                line = injection.text.count("\n", 0, injection.start) + 1
                injected = injection.text[injection.start : injection.end]

                def span(f, starts=starts):
                    return starts[f.line - 1] + f.col - 1, starts[f.end_line - 1] + f.end_col - 1

                def points_at(f, injection=injection, line=line, injected=injected):
                    a, b = span(f)
                    if a < injection.end and injection.start < b:
                        return True
                    return (
                        f.code == "VN104"
                        and f"at line {line})" in f.message + ")"
                        and any(injected in c for c in f.candidates)
                    )

                old = {(f.code, f.found, f.line) for f in before}
                new = [f for f in after if (f.code, f.found, f.line) not in old or points_at(f)]
                pointing = [f for f in new if points_at(f)]
                at_span = [f for f in pointing if span(f)[0] < injection.end and injection.start < span(f)[1]]
                wrong = [f for f in new if not points_at(f)] + [
                    f for f in at_span if not any(injection.original in c for c in f.candidates)
                ]
                row = totals[kind]
                row[0] += 1
                row[1] += bool(pointing)
                row[2] += len(new)
                row[3] += len(wrong)
                if args.show and (not pointing or wrong):
                    where = path.relative_to(ROOT)
                    got = "; ".join(f.to_text().split(": ", 1)[1] for f in new) or "nothing"
                    print(f"{kind}: {where}:{line}: {injection.original!r} -> {injected!r}: {got}")
    print(f"{'kind':<10}{'injected':>9}{'found':>7}{'share':>8}{'findings':>10}{'wrong':>7}{'share':>8}")
    all_rows = [0, 0, 0, 0]
    for kind, row in totals.items():
        all_rows = [a + b for a, b in zip(all_rows, row, strict=True)]
        share = row[1] / row[0] if row[0] else 0
        wrong = row[3] / row[2] if row[2] else 0
        print(f"{kind:<10}{row[0]:>9}{row[1]:>7}{share:>8.1%}{row[2]:>10}{row[3]:>7}{wrong:>8.1%}")
    share = all_rows[1] / all_rows[0] if all_rows[0] else 0
    wrong = all_rows[3] / all_rows[2] if all_rows[2] else 0
    print(
        f"{'all':<10}{all_rows[0]:>9}{all_rows[1]:>7}{share:>8.1%}{all_rows[2]:>10}{all_rows[3]:>7}{wrong:>8.1%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
