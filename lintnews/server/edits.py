"""The text edits behind the server's code actions, as pure functions of the text.

Offsets are those of :mod:`lintnews.diagnostics`: code points in the analysed text (BOM removed,
CRLF read as LF), except for :func:`replacement`, which compares two exact texts.
"""

from __future__ import annotations

from typing import Any

from lintnews.diagnostics import Edit

# The engine's own pattern, so that a marker the server writes or extends is one the engine
# honours (engine._suppressions); a copy here could drift from it.
from lintnews.engine import _SUPPRESSION_RE as SUPPRESSION_RE

# A match of the `regex` module's pattern (the module has no type hints).
Match = Any


def replacement(old: str, new: str) -> tuple[int, int, str]:
    """One edit ``(start, end, content)`` that turns ``old`` into ``new``: the span between their
    common beginning and common end. A boundary never falls inside a CRLF pair, which has no
    LSP position."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    if 0 < start < len(old) and old[start - 1] == "\r" and old[start] == "\n":
        start -= 1
    tail = 0
    while tail < limit - start and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    end = len(old) - tail
    if start < end < len(old) and old[end - 1] == "\r" and old[end] == "\n":
        end += 1
        tail -= 1
    return start, end, new[start : len(new) - tail]


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end (before the line break) of the line holding ``offset``. Lines are the
    engine's: the analysed text breaks only at LF."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def _add_code(match: Match, code: str) -> Edit:
    """Add ``code`` to the bracketed codes of an existing marker."""
    codes_start, codes_end = match.span("codes")
    listed = match.group("codes")
    if not listed.strip():
        return Edit(codes_start, codes_end, code)
    kept_end = codes_start + len(listed.rstrip())
    return Edit(kept_end, kept_end, f", {code}")


def _marker_on(text: str, start: int, end: int, kind: str) -> Match | None:
    for match in SUPPRESSION_RE.finditer(text, start, end):
        if match.group("kind") == kind and match.group("codes") is not None:
            return match
    return None


def suppression_edit(text: str, offset: int, code: str, *, markdown: bool) -> Edit:
    """The edit that silences ``code`` on the line of ``offset``, as the README documents it.

    A marker with codes already on the line gets the code added (``ignore[M001, C002]``), and so
    does an ``ignore-next-line[...]`` marker on the line above, which is the one that applies;
    otherwise a marker goes at the end of the line, before trailing spaces (two of which end a
    Markdown line with a hard break). In Markdown the marker sits in an HTML comment so that it
    does not render."""
    start, end = _line_bounds(text, offset)
    same_line = _marker_on(text, start, end, "ignore")
    if same_line is not None:
        return _add_code(same_line, code)
    if start > 0:
        above_start, above_end = _line_bounds(text, start - 1)
        above = _marker_on(text, above_start, above_end, "ignore-next-line")
        if above is not None:
            return _add_code(above, code)
    line = text[start:end]
    content_end = start + len(line.rstrip(" \t"))
    marker = f"lintnews: ignore[{code}]"
    if markdown:
        marker = f"<!-- {marker} -->"
    separator = " " if content_end > start else ""
    return Edit(content_end, content_end, separator + marker)
