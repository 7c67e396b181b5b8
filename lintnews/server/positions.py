"""Offsets in a document's text as LSP positions.

lintnews counts code points in its analysed text (BOM removed, CRLF read as LF). An LSP position
is a line and a column in the *client's* text, lines broken at ``\\n``, ``\\r\\n`` or a lone ``\\r``
and columns counted in UTF-16 code units unless the client and server agreed on another
``positionEncoding``: an emoji before a finding is one code point but two UTF-16 units. The
analysed offset goes through :meth:`lintnews.source.Source.raw_offset` to the exact text first,
so CRLF files and a BOM the editor kept land on the right column too.
"""

from __future__ import annotations

import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
ENCODINGS = (UTF8, UTF16, UTF32)

# The LSP's line breaks. Python's str.splitlines also breaks at \v, \f, U+2028 and others:
# characters lintnews reports (E006) and that editors keep inside a line.
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def code_units(text: str, encoding: str) -> int:
    """The length of ``text`` in the code units of ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF16:
        return len(text) + len(_ASTRAL_RE.findall(text))
    return len(text.encode("utf-8", "surrogatepass"))


class PositionMap:
    """Line starts of one exact text, for turning its offsets into (line, character)."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown position encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        self.line_starts = [0, *(match.end() for match in _LINE_BREAK_RE.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """The 0-based line and the column in code units of ``offset`` (a code-point offset
        into the exact text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        return line, code_units(self.text[start:offset], self.encoding)

    def line_end(self, line: int) -> int:
        """The offset where ``line``'s content ends, before its line break."""
        start = self.line_starts[line]
        match = _LINE_BREAK_RE.search(self.text, start)
        return len(self.text) if match is None else match.start()

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    @property
    def end(self) -> tuple[int, int]:
        return self.position(len(self.text))
