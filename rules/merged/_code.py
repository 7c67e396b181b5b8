"""Is a token part of code, a path, a URL or markup rather than prose? The M rules leave such
tokens alone: ``getElementById``, ``report_final``, ``press@thetalks.org`` are not glued words."""

from __future__ import annotations

import re

from lintnews.document import Document

# Characters that make a token part of code, a path or an identifier rather than prose.
_CODE_BEFORE = frozenset("_./\\@#$%&=<>{}[]~^|`*+")
_CODE_AFTER = frozenset("_/\\@=<>{}[]~^|`(*+")


def looks_like_code(doc: Document, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` is part of an identifier, path, URL or markup."""
    text = doc.text
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _CODE_BEFORE or after in _CODE_AFTER:
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True  # Node.js, report.final
    # The whitespace-delimited chunk holding the token: a URL, an address, a handle or a file
    # name shows itself there; only then is the document's (costlier) non-prose scan consulted.
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(_find_or_end(text, " ", end), _find_or_end(text, "\n", end))
    chunk = text[left:right]
    suspicious = any(mark in chunk for mark in _LINK_MARKS) or _DOTTED_RE.search(chunk)
    if suspicious and (doc.in_non_prose(start, end) or "://" in chunk or "@" in chunk):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _find_or_end(text, "\n", end)
    return _CODE_LINE_RE.search(text, line_start, line_end) is not None


# A line of code: an interactive prompt, an import, an assignment, a call, an arrow, a brace or a
# string concatenation. The arrow is not the end of an HTML comment (`-->`), which prose carries.
_CODE_LINE_RE = re.compile(
    r"^(?:>>>|\$ )|^\s*(?:from \w[\w.]* )?import \w|\(\)|\[\]| == | = |=>|(?<!-)->|[{}]\s*$"
    r"|[\"'] \+ \w",
    re.MULTILINE,
)


def _find_or_end(text: str, char: str, start: int) -> int:
    found = text.find(char, start)
    return len(text) if found == -1 else found


_LINK_MARKS = ("://", "www.", "@", "#", "`")
_DOTTED_RE = re.compile(r"[^\W_]\.[^\W\d_]")
