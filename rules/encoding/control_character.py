"""E006 control-character: stray control characters (C0 and C1) and Unicode line separators."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import chunks

# Tab and line feed are text; everything else below U+0020, DEL, and the Unicode line and
# paragraph separators are not. C1 characters right after a mojibake lead byte are part of the
# mojibake (E001 repairs them) and are left to it.
# C1 controls that Windows-1252 maps to characters (\x93 is a left quotation mark) are text of
# that code page read as Latin-1: E001 repairs them. The five it leaves undefined are reported.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f\x81\x8d\x8f\x90\x9d\u2028\u2029]+")
_ASCII_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]+")
# The ASCII characters that are text: the printable ones, tab and line feed.
_ASCII_TEXT = bytes(range(0x20, 0x7F)) + b"\t\n"
_MOJIBAKE_LEAD = frozenset("\u00c2\u00c3\u00e2\u20ac")
_BREAKING = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _printable(text: str) -> bool:
    """Whether ``text`` holds no control character (tabs and line feeds aside), checked in C."""
    if text.isascii():
        # Deleting every printable character, tab and line feed from the bytes leaves nothing
        # when there is no control character: the common case, in one pass.
        return not text.encode("ascii").translate(None, _ASCII_TEXT)
    return text.replace("\n", " ").replace("\t", " ").isprintable()


class ControlCharacter(Rule):
    """Stray control character (`\\x07`, `\\x0c`, C1 controls, U+2028) in the text.

    ## What it does
    Finds ASCII control characters other than tab and line feed, DEL, the C1 controls that
    Windows-1252 leaves undefined (U+0081, U+008D, U+008F, U+0090, U+009D), and the Unicode
    line and paragraph separators. The other C1 controls are Windows-1252 punctuation read
    as Latin-1 (`\x93` for `“`), which E001 repairs.

    ## Why is this bad?
    Control characters are left over from binary formats, terminals or broken decoding. They
    are invisible or print as boxes, and some tools stop reading at them.

    ## Example
    ```
    The talks\x07 ended.
    ```

    ## Use instead
    ```
    The talks ended.
    ```
    The fix deletes the character, or writes a line break for the ones that break lines (form
    feed, vertical tab, NEL, U+2028, U+2029). It is safe.
    """

    code = "E006"
    name = "control-character"
    examples = [
        bad("The talks\x07 ended.", fixed="The talks ended."),
        bad("Talks ended.\u2028They resume.", fixed="Talks ended.\nThey resume."),
        bad("Talks \x1b ended.", fixed="Talks  ended."),
        good("He said \x93no\x94."),
        good("Talks\tended.\nThey resume."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if all(_printable(text[start:end]) for start, end in chunks(text)):
            return  # no control character at all (piece by piece: no copy of a long text)
        for match in (_ASCII_CONTROL_RE if text.isascii() else _CONTROL_RE).finditer(text):
            start, end = match.start(), match.end()
            run = match.group()
            if run[0] >= "\x80" and start and text[start - 1] in _MOJIBAKE_LEAD:
                continue
            replacement = "\n" if set(run) & _BREAKING else ""
            codes = ", ".join(f"U+{ord(char):04X}" for char in dict.fromkeys(run))
            yield self.report(
                start,
                end,
                f"Control character {codes} in the text",
                Fix.replace(
                    start,
                    end,
                    replacement,
                    "Replace with a line break" if replacement else "Delete it",
                ),
            )
