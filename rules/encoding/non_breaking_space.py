"""E007 non-breaking-space: a non-breaking space where a plain space belongs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Edit, Fix
from lintnews.document import Document
from lintnews.lexicon import honorifics
from lintnews.rule import Rule, bad, good
from lintnews.scan import word_alternation

_SPACES = "\u00a0\u2007\u202f"
_NBSP_RE = re.compile(f"[ \t]*[{_SPACES}][{_SPACES} \t]*")
# Where typesetters put a non-breaking space on purpose: between a number and its unit or the
# next number (10 km, 5 000, £5 m), after a title or initial (Mr Smith, p. 5), before French
# punctuation and inside guillemets.
# Before a name: an honorific (shared) or an initial; before a number: Saint, No., p., pp.,
# vol., ch., fig.
_BEFORE_NAME_OR_NUMBER = honorifics() | {"St", "No", "p", "pp", "vol", "ch", "fig"}
_TITLE_RE = re.compile(rf"(?<!\w)(?:{word_alternation(_BEFORE_NAME_OR_NUMBER)}|[A-Z])\.?$")
_UNIT_RE = re.compile(
    r"(?:%|‰|°|[kKcmM]?[mgsLlW]\b|km|kg|ft|in\b|mph|kmh|bn|m\b|mn|GB|MB|kB|am\b|pm\b|a\.m\.|p\.m\.)"
)


class NonBreakingSpace(Rule):
    """Non-breaking space (U+00A0) where a plain space belongs.

    ## What it does
    Finds non-breaking, figure and narrow no-break spaces between ordinary words, runs of them,
    and ones at the start or end of a line. Non-breaking spaces that typesetters put on
    purpose, between a number and its unit or the word beside it (`10 km`, `April 11`), inside
    numbers, after a title or initial (`Mr Smith`), around a dash or `&`, after a bullet or a
    symbol, and before `;:!?»` or after `«`, are left alone.

    ## Why is this bad?
    In scraped text a non-breaking space is left over from `&nbsp;` in the page. It looks like
    a space but is not one for search, tokenisers and `split()`, so `the\u00a0talks` is one word.

    ## Example
    ```
    The\u00a0talks ended.
    ```

    ## Use instead
    ```
    The talks ended.
    ```
    One report per text, at the first such space, with one fix for all of them: it writes a
    plain space (one for a run) and is safe; at the start or end of a line the spaces are
    deleted.
    """

    code = "E007"
    name = "non-breaking-space"
    examples = [
        bad("The\u00a0talks ended.", fixed="The talks ended."),
        bad("The talks ended.\u00a0\u00a0They resume.", fixed="The talks ended. They resume."),
        bad("\u00a0The talks ended.", fixed="The talks ended."),
        bad(
            "The\u00a0talks\u00a0ended.\nThey\u00a0resume.", fixed="The talks ended.\nThey resume."
        ),
        good("It is 10\u00a0km away and costs £5\u00a0m."),
        good("Mr\u00a0Smith said so\u00a0!"),
        good("Prices rose 5\u00a0%."),
        good("On April\u00a011 the army left\u00a0\u2013 and came back 35\u00a0kilometres on."),
        good("\u2022\u00a0You must stay. Standard\u00a0&\u00a0Poor's agreed."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if text.isascii() or not any(space in text for space in _SPACES):
            return
        # One report per text, at its first stray space, with one fix for all of them: in
        # extracted text `&nbsp;` comes from the page's template, so a page that has one has
        # dozens, and one report per character buried every other finding (23 alarms per 10k
        # words of extracted text against 4.2 reported once per text; bench_extracted.py).
        edits: list[Edit] = []
        first: tuple[int, int, str] | None = None
        for match in _NBSP_RE.finditer(text):
            start, end = match.start(), match.end()
            before = text[start - 1] if start else "\n"
            after = text[end] if end < len(text) else "\n"
            run = match.group()
            at_edge = before == "\n" or after == "\n"
            single = len(run) == 1
            if not at_edge and single and _deliberate(text, start, end, before, after):
                continue
            if not at_edge and run == " ":
                continue
            edits.append(Edit(start, end, "" if at_edge else " "))
            if first is None:
                first = (start, end, run)
        if first is None:
            return
        start, end, run = first
        count = f"{len(edits)} non-breaking spaces" if len(edits) > 1 else "Non-breaking space"
        yield self.report(
            start,
            end,
            f"{count} (U+{ord(run.strip(' ')[0]):04X}) where plain spaces belong"
            + (" (first here)" if len(edits) > 1 else ""),
            Fix("Replace with plain spaces (deleted at line ends)", tuple(edits)),
        )


def _deliberate(text: str, start: int, end: int, before: str, after: str) -> bool:
    if before.isdigit() and (after.isdigit() or _UNIT_RE.match(text, end)):
        return True
    if after in ";:!?»%" or before == "«" or before in "£$€¥":
        return True
    # A number and the word beside it (April 11, 35 kilometres, 800 UAH), a dash or an
    # ampersand (war – and, Standard & Poor's), after a bullet or a symbol (• You, ◻️ The):
    # typesetting that human translations keep (WMT22's references are full of it).
    if before.isdigit() or after.isdigit() or after in "–—&" or before in "–—&•▪◦·\ufe0f":
        return True
    if unicodedata.category(before) in ("So", "Sm"):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _TITLE_RE.search(text, max(line_start, start - 6), start) is not None
