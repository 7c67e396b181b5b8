"""Cheap questions about a position in a text, for rules that look at a few candidates.

``Document.sentence_starts`` segments every sentence (sentencex) and ``Document.non_prose`` runs
a large pattern over the whole text; a rule that has only a handful of candidate words per
article answers the same questions faster by looking at the characters around each candidate.
"""

from __future__ import annotations

import re

from lintnews.document import Document

_SENTENCE_ENDS = ".!?…"
_OPENING = "\"'“‘«([{ \t\u00a0"
_CLOSING = "\"'”’»)]"
# What every non-prose span of Document.non_prose has in its token: a scheme, an @ or #, an
# underscore or backtick, or a dot or slash inside the token (www.bbc.co.uk, report.pdf).
_LINKLIKE_RE = re.compile(r"://|[@#`_]|\w[./]\w")


def opens_sentence(doc: Document, start: int) -> bool:
    """Whether the word at ``start`` is the first of a sentence: only white space and opening
    quotes or brackets stand between it and a full stop, question or exclamation mark (closing
    quotes allowed after the mark), a blank line, or the start of the text. A single line break
    starts a sentence too, unless the text is hard-wrapped (lines break inside sentences)."""
    text = doc.text
    position = start - 1
    while position >= 0 and text[position] in _OPENING:
        position -= 1
    if position < 0:
        return True
    if text[position] == "\n":
        before = text[:position].rstrip(" \t")
        if not before or before.endswith("\n") or not doc.hard_wrapped:
            return True
        return before.rstrip(_CLOSING).endswith(tuple(_SENTENCE_ENDS))
    while position >= 0 and text[position] in _CLOSING:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_ENDS


def in_non_prose(doc: Document, start: int, end: int) -> bool:
    """``doc.in_non_prose(start, end)``, asked only when the token around the span (up to white
    space) holds a character that URLs, e-mail addresses, handles, file names and inline code
    have; the document's pattern is then run once, lazily, as before."""
    text = doc.text
    left = start
    while left > 0 and not text[left - 1].isspace() and start - left < 200:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and right - end < 200:
        right += 1
    if _LINKLIKE_RE.search(text, left, right) is None:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if "`" not in text[line_start : line_end if line_end != -1 else len(text)]:
            return False
    return doc.in_non_prose(start, end)
