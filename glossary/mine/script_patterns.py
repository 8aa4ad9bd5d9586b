"""The scripts and transcriptions a gloss is written beside, as pattern pieces the gloss readers
share: Han characters (a Chinese or Nôm form of the term) and IPA (its pronunciation)."""

from __future__ import annotations

import re

# Han characters, for a character class: CJK Unified Ideographs, Extension A and the Compatibility
# Ideographs, and the supplementary planes' Extensions B to F, the Compatibility Supplement and
# Extensions G and H (many Nôm characters are only there: 𤤰 "vua", king, is U+24930).
HAN_CHARS = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U000323af"
)
# IPA letters and marks, for a character class: the IPA Extensions block, stress and length marks,
# the dental, syllabic and non-syllabic diacritics, and the tone letters ˥ to ˩ (Vietnamese tones are
# often transcribed with them: [fə˧˩]).
IPA_CHARS = "ɐ-ʯˈˌːˑ̪̩̯˥-˩"

# One Han character.
HAN = re.compile(f"[{HAN_CHARS}]")
# A segment that is a transcription: an IPA letter in it, or all of it in slashes or brackets.
IPA = re.compile(rf"[{IPA_CHARS}]|^\s*[/\[].*[/\]]\s*$")
# A transcription in brackets or slashes inside a longer segment.
IPA_PART = re.compile(r"\[[^\]]*\]|/[^/]*/")
