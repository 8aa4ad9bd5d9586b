"""Generate a large, realistic-looking glossary PO file for the search and TUI benchmarks.

Entries are built from common Vietnamese syllables and English words, so the folded word
vocabulary, word lengths and collisions look like real names rather than random strings.
Deterministic for a given size and seed.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from glossary.text import fold

SYLLABLES = (
    "an anh ba bà bắc bằng bến bình cà cao cầu châu chí chính cổ công cường dân diệu dương đà đại đăng "
    "điện đình đông đức gia giang hà hải hạnh hiền hiếu hoà hoàng hồ hồng huế hùng hưng hương khánh "
    "khoa kiên kim lai lạng lâm lan lào long lộc lợi mai minh mỹ nam nga nghĩa ngọc nguyễn nhân nhật "
    "ninh phát phong phú phúc phương quang quảng quốc quý sơn tài tân tây thái thanh thành thăng thảo "
    "thiên thịnh thọ thuận thuỷ tiến tiền toàn trà trung trường tú tuấn tường văn việt vinh vĩnh xuân "
    "yên tử từ đồng hữu lương mạnh nghệ ngô phạm trần lê vũ võ đặng bùi đỗ hồ dương lý đinh tô chu "
    "giáo dục khoa học văn hoá tổ chức mạng lưới phát triển bền vững hợp tác quốc tế di sản thế giới "
    "thành phố tỉnh xã phường huyện núi sông hồ biển đảo chùa đền cung điện bảo tàng trường đại học"
).split()
ENGLISH = (
    "national university museum heritage province city ward commune river mountain lake island temple "
    "pagoda palace citadel imperial network cultural development sustainable cooperation international "
    "education science organisation committee association council ministry department institute centre "
    "center festival programme program bridge harbour station market garden park forest valley bay "
    "cave district region council union federation academy library theatre gallery hospital school"
).split()
KINDS = ("term", "person", "place", "organisation", "acronym", "other")


def _capital(words: list[str]) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words)


def generate(size: int, seed: int = 4) -> str:
    """PO text with size entries (plus the header)."""
    rng = random.Random(seed)
    out = [
        'msgid ""\nmsgstr ""\n"Language: vi\\n"\n"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
        '"Plural-Forms: nplurals=1; plural=0;\\n"\n'
    ]
    seen: set[str] = set()
    made = 0
    while made < size:
        vi_words = rng.sample(SYLLABLES, rng.randint(2, 4))
        vi = _capital(vi_words)
        en_words = [fold(w) for w in vi_words]
        if rng.random() < 0.5:
            en_words.append(rng.choice(ENGLISH))
        en = _capital(en_words)
        if en in seen:
            continue
        seen.add(en)
        made += 1
        lines = [
            f"#. kind: {rng.choice(KINDS)}",
            f"#. variant: no-diacritics: {_capital([fold(w) for w in vi_words])}",
        ]
        candidate = rng.random() < 0.1
        if candidate:
            lines.append(f"#. confidence: {rng.randint(30, 99) / 100}")
        lines.append(f"#: seeds/generated-{made % 97}.txt:{made % 500 + 1}")
        if candidate:
            lines.append("#, fuzzy")
        lines.append(f'msgid "{en}"\nmsgstr "{vi}"\n')
        out.append("\n".join(lines))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path, help="PO file to write")
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(generate(args.size), encoding="utf-8")
    print(f"wrote {args.size} entries to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
