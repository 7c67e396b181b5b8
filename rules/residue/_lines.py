"""Shared helpers of the residue rules: how to report a line and delete it cleanly.

Which lines to read is the document's line index (``Document.line_index``).

This module defines no rule; the registry imports it and finds nothing to register.
"""

from __future__ import annotations

import re

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document, Span
from lintnews.rule import Rule

# A metadata field with an ISO date, as crawlers write it at the top of a file: " date 2022-03-29".
ISO_DATE = (
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
DATE_FIELD = (
    r"(?:date|published|publish[_ ]date|pubdate|updated|modified|created|timestamp|time)"
    rf"[ \t]*[:=]?[ \t]*{ISO_DATE}"
)
# A line longer than this many words is prose, whatever words it opens with.
MAX_RESIDUE_WORDS = 30
_WORD_RE = re.compile(r"[^\W_]+")


def word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def delete_line_range(doc: Document, line: Span) -> tuple[int, int]:
    """Offsets that delete ``line`` with its line break and, when the line was a paragraph of
    its own, one of the blank lines around it, so that the paragraphs around it keep exactly the
    spacing they had before the residue was inserted."""
    text = doc.text
    start, end = doc.line_with_break(line)
    own_paragraph = line.start == 0 or (
        line.start >= 2 and not _line_before(text, line.start).strip()
    )
    if not own_paragraph:
        return start, end
    if line.end < len(text):  # the line has a break after it
        if end == len(text):  # ... and is the last line: the blank line before goes too
            return max(0, line.start - 1), end
        next_end = text.find("\n", end)
        if next_end != -1 and not text[end:next_end].strip():
            return start, next_end + 1  # the blank line after goes too
        return start, end
    if line.start >= 2:  # the last line, without a break: both breaks before it go
        return line.start - 2, end
    return start, end


def report_line(
    rule: Rule, doc: Document, line: Span, message: str, *, safe: bool = True
) -> Diagnostic:
    """A report of the whole line as residue, with the fix that deletes it cleanly."""
    start, end = delete_line_range(doc, line)
    fix = Fix.delete(start, end, "Delete the line", safe=safe)
    return rule.report(line.start, line.end, message, fix)


def _line_before(text: str, start: int) -> str:
    """The text of the line that ends just before ``start`` (which follows a line break)."""
    line_start = text.rfind("\n", 0, start - 1) + 1
    return text[line_start : start - 1]


def is_short(text: str, limit: int = MAX_RESIDUE_WORDS) -> bool:
    return word_count(text) <= limit
