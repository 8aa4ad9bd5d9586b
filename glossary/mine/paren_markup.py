"""Wiki markup a mirror leaves inside a parenthesis, blanked before the parenthesis is read: it is
no part of any rendering or form."""

from __future__ import annotations

import re

# Wiki markup left in a parenthesis: bold and italic quotes, link brackets, a language template's
# residue ("_vi." for {{lang-vi|...}}), and the language and script code a {{lang|vi-hantu|...}}
# template leaves before its characters ("( vi-hantu, 大越史記全書; ...)": no rendering, blind7,
# blind27).
MARKUP = re.compile(
    r"''+|\*\*|\[\[|\]\]|(?<![^\W_])_(?=[a-z]{2,3}\.)"
    r"|(?<![\w-])(?:vi|zh|ja|ko)-(?:hantu|hani|hans|hant|nom|latn)\b\|?"
)
