"""Words before a parenthesis that belong to the sentence, not to the English rendering it glosses:
a noun naming the word that follows ("the more common term sovereign (Vua)"), and a count glued to
a lone unit noun that modifies the noun after the parenthesis ("this 30-volume (quyển) text")."""

from __future__ import annotations

# "the more common term sovereign (𤤰, Vua)": "term" says that a word follows; the word is the
# rendering, and "term" with what stands before it is the sentence's.
NAMING_NOUNS = frozenset(("term",))


def names_the_word(word: str, chosen: int) -> bool:
    """Whether word, read back from a parenthesis after `chosen` words, names the word after it."""
    return chosen > 0 and word.lower() in NAMING_NOUNS


def count_joins(chosen: int) -> bool:
    """Whether a count glued by a hyphen before the first of `chosen` words joins the rendering:
    "60-year cycles (…)" is a counted noun; "this 30-volume (quyển) text" glosses the unit alone,
    the count and the noun after the parenthesis being the sentence's."""
    return chosen > 1


def after_naming_noun(words: list[str]) -> int:
    """The index of the first word after the last naming noun among words, the rendering's last
    word excluded (0 when none stands there): "the more common term sovereign" -> 4."""
    for k in range(len(words) - 2, -1, -1):
        if words[k].lower() in NAMING_NOUNS:
            return k + 1
    return 0
