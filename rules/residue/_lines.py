"""Shared helpers of the residue rules: which lines to read, and how to delete one cleanly.

This module defines no rule; the registry imports it and finds nothing to register.
"""

from __future__ import annotations

import bisect
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


# Characters that may stand before a line's first word: bullets, arrows, dashes, brackets.
_LEAD = " \t>*•▶►■([–—-|"
# A line's first word (or sign) after the characters above, in group 1; else, in group 2, the
# character that stands there ("" when there is none). One match per line instead of an
# ``lstrip`` and a second pattern.
_FIRST_RE = re.compile(rf"[{re.escape(_LEAD)}]*(?:([^\W_]+|[©™])|(.?))")


class LineIndex:
    """The non-blank lines of a document grouped by their lower-cased first word, built in one
    pass so that each residue rule only runs its pattern on the few lines it can match. Lines
    that open with a digit are filed under ``#``. In hard-wrapped text only the lines that stand
    alone are kept (see :func:`_standalone`), so that no rule deletes part of a paragraph."""

    def __init__(self, doc: Document) -> None:
        text = self.text = doc.text
        # The spans of the non-blank lines are built here rather than taken from ``doc.lines``:
        # no other rule of a check needs all the lines, and a Span for each blank line too
        # costs more than the rest of the index.
        parts = text.split("\n")
        lines: list[Span] = []
        start = 0
        for part in parts:
            end = start + len(part)
            if part.strip():
                lines.append(Span(start, end, part))
            start = end + 1
        if doc.hard_wrapped:
            lines = _standalone(lines)
        self.lines = lines
        self._starts = [line.start for line in lines]
        self.by_first: dict[str, list[int]] = {}
        by_first = self.by_first
        match_first = _FIRST_RE.match
        for number, (_, _, line_text) in enumerate(lines):
            # The pattern matches every line (its parts may all be empty).
            word, other = match_first(line_text).groups()  # type: ignore[union-attr]
            key = word.lower() if word else other
            if key[:1].isdigit():
                key = "#"
            by_first.setdefault(key, []).append(number)
        self._keys = frozenset(by_first)

    def starting(self, words: frozenset[str], prefixes: tuple[str, ...] = ()) -> list[Span]:
        """Lines whose first word is one of ``words`` or starts with one of ``prefixes``, in
        document order."""
        keys = words & self._keys  # the document's few keys are looked up in the trigger set
        if prefixes:
            keys |= {key for key in self._keys if key.startswith(prefixes)}
        if not keys:
            return []
        found: list[int] = []
        for word in keys:
            found.extend(self.by_first[word])
        found.sort()
        return [self.lines[index] for index in found]

    def starting_and_holding(self, word: str, *needles: str) -> list[Span]:
        """Lines whose first word is ``word`` and that hold one of ``needles`` (lower case) in any
        case: for a trigger word that opens many lines of prose ("The") but a rule's pattern
        only where a later word is there too. ``casefold`` finds every spelling that a
        case-insensitive pattern accepts (``ſ`` for ``s``)."""
        found = []
        for number in self.by_first.get(word, ()):
            line = self.lines[number]
            folded = line.text.casefold()
            if any([needle in folded for needle in needles]):
                found.append(line)
        return found

    def containing(self, *needles: str) -> list[Span]:
        """Lines that contain one of ``needles``, in document order. The text is searched with
        ``str.find`` (far faster than a pattern's character class) and only the lines with a
        hit are touched, so a rule that needs a rare character or word skips the rest."""
        text, lines, starts = self.text, self.lines, self._starts
        found: set[int] = set()
        for needle in needles:
            position = text.find(needle)
            while position != -1:
                number = bisect.bisect_right(starts, position) - 1
                # A hit in a blank line, or in a line that hard-wrapped text does not keep, falls
                # after the end of the line before it. (Needles hold no line break.)
                if number >= 0 and position < lines[number].end:
                    found.add(number)
                line_end = text.find("\n", position)
                if line_end == -1:
                    break
                position = text.find(needle, line_end + 1)
        return [lines[number] for number in sorted(found)]


# Sentence-final characters: a line after one of them may open a block of its own.
_TERMINAL = tuple('.!?:"”’)»')


def _standalone(lines: list[Span]) -> list[Span]:
    """The lines of hard-wrapped text that stand alone: they follow a blank line, the start of
    the text, a finished sentence or a line that ended early, and they are short or followed by
    a blank line. A line in the middle of a wrapped paragraph is neither."""
    width = max((len(line.text) for line in lines), default=0)
    kept = []
    for number, line in enumerate(lines):
        previous = lines[number - 1] if number else None
        opens = (
            previous is None
            or previous.end + 1 < line.start  # a blank line between them
            or previous.text.rstrip().endswith(_TERMINAL)
            or len(previous.text) < 0.6 * width  # the line before ended early
        )
        following = lines[number + 1] if number + 1 < len(lines) else None
        closes = following is None or line.end + 1 < following.start or len(line.text) < 0.6 * width
        if opens and closes:
            kept.append(line)
    return kept


def line_index(doc: Document) -> LineIndex:
    return doc.shared(LineIndex)
