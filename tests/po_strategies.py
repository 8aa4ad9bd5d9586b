"""Hypothesis strategies for hostile input: PO files built from the grammar's pieces and from
random bytes, texts for the miner, and command lines for the `glossary` command."""

from __future__ import annotations

from hypothesis import strategies as st

from glossary.model import Kind, Status, VariantType

# Characters that matter to the parsers: quotes, escapes, blanks of every kind, line breaks,
# Vietnamese letters, digits (plural indexes, line numbers), separators PO comments use.
_TRICKY = 'aăâđêôơưÀẢÃÁẠ "\\\t\r\n\x0b\x0c\u2028\u00a0#:,.|~[]0123456789²٣-=/()nrtabfvx01ơ\ufeff'
_words = st.text(alphabet=_TRICKY, max_size=12)
_numbers = st.one_of(st.integers(-5, 12).map(str), st.integers(1, 6000).map(lambda n: "9" * n))


def _quoted(text: str) -> str:
    return '"' + text + '"'


_owned_keys = ["kind", "variant", "abbr", "confidence", "frequency", "context", "msgid-lang", "flags",
               "msgstr-placeholder", "status"]  # fmt: skip
_values = st.one_of(
    _words,
    _numbers,
    st.sampled_from([k.value for k in Kind] + [s.value for s in Status] + [t.value for t in VariantType]),
    st.sampled_from(["no-diacritics: Ha Noi", "spelling, deprecated: x", "vi", "yes", "nan", "inf", "1e999"]),
)

_lines = st.one_of(
    st.builds(lambda k, v: f"#. {k}: {v}", st.sampled_from(_owned_keys), _values),
    st.builds(
        lambda w: f"#: {w}",
        st.lists(st.builds(lambda a, b: f"{a}:{b}", _words, _numbers), max_size=3).map(" ".join),
    ),
    st.builds(lambda w: f"#, {w}", st.sampled_from(["fuzzy", "c-format", "range: 1..3", "no-wrap"]) | _words),
    st.builds(lambda w: f"#, range: {w}..{w}", _numbers),
    st.builds(lambda w: f"# {w}", _words),
    st.builds(lambda w: f"#| msgid {_quoted(w)}", _words),
    st.builds(
        lambda k, w: f"{k} {_quoted(w)}",
        st.sampled_from(["msgid", "msgstr", "msgctxt", "msgid_plural"]),
        _words,
    ),
    st.builds(lambda n, w: f"msgstr[{n}] {_quoted(w)}", _numbers, _words),
    st.builds(lambda w: f"#~ msgid {_quoted(w)}", _words),
    st.builds(lambda w: f"#~ msgstr {_quoted(w)}", _words),
    st.builds(_quoted, _words),
    _words,
    st.just(""),
)
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: vi\\n"\n'


@st.composite
def po_files(draw: st.DrawFn) -> bytes:
    """PO-like bytes: a header, then lines from the grammar's pieces, in any line ending and charset."""
    lines = draw(st.lists(_lines, max_size=25))
    if draw(st.booleans()):
        # Keep most of them well formed: a valid entry now and then gets past the parser.
        for _ in range(draw(st.integers(0, 3))):
            lines += ["", *draw(st.lists(_lines.filter(lambda line: line.startswith("#")), max_size=3)),
                      f"msgid {_quoted(draw(_words))}", f"msgstr {_quoted(draw(_words))}"]  # fmt: skip
    text = (HEADER if draw(st.booleans()) else "") + "\n".join(lines) + "\n"
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    data = text.replace("\n", newline).encode("utf-8", errors="surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.binary(max_size=200))
    elif draw(st.integers(0, 9)) == 0:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


texts = st.text(alphabet=_TRICKY + "ABCDEFGHTUVW()().;:!? \n", max_size=400)
