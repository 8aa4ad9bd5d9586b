"""English sides that say who or which a named person is, not what the name means: a rank in a
list of rulers ("Gia Long (First)", "Bảo Đại (Last)", "Nam Tấn vương & Thiên Sách vương
(co-rulers)") and a bare office word beside a ruler's name ("The emperor (Duy Tân) asked",
"led by an "emperor" (Bao Dai)"). Gold-rules §1: a rendering renders the Vietnamese; these
identify it.
"""

from __future__ import annotations

from .lexicon import TITLE_WORDS
from .mentions import fold

# A ruler's place in a list of rulers, written in a parenthesis after the name.
_RANKS = frozenset(("first", "last", "co-ruler", "co-rulers"))
# Syllables of Vietnamese titles ("Hoàng Đế", "Chủ Tịch", "Vua"): a title renders a title.
_VI_TITLE_SYLLABLES = frozenset(
    "vua vuong hoang de chua chu tich tong thong truong tuong quan cong hau phi thai".split()
)
_ARTICLES = ("the ", "an ", "a ")


def identifies_a_ruler(vi: str, en: str) -> bool:
    """Whether en only ranks or titles the person vi names: a rank ("First", "co-rulers") after a
    name; an office word in lower case ("emperor") for a name with no title syllable."""
    if not vi[:1].isupper():
        return False
    low = en.lower()
    if low in _RANKS:
        return True
    if not en[:1].islower() or low.rpartition(" ")[2] not in TITLE_WORDS:
        return False  # "Chủ Tịch (President)": a capitalised office may render a title
    for article in _ARTICLES:
        if low.startswith(article):
            low = low[len(article) :]
            break
    words = low.split(" ")
    if not all(w in TITLE_WORDS for w in words):
        return False
    return not any(fold(w) in _VI_TITLE_SYLLABLES for w in vi.split(" "))
