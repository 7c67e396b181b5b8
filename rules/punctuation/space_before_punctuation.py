"""P002 space-before-punctuation: a space before a comma, full stop or other mark (`Kyiv ,`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import ByMark

# Where to look: a mark right after a space or tab. Scanning for the marks and looking back is
# faster than scanning for the spaces, which are far more common.
_CANDIDATES = ByMark(",.;:!?", r"(?<=[ \t].)")
# A word (or closing quote or bracket), spaces, then , . ; : ! or ? that ends there (followed by
# a space, a closing mark or the end of the line). " ..." and ":-)" do not match.
_SPACE_RE = re.compile(r"(?<=[^\W_]|[\"”’)\]%])([ \t]+)([,.;:!?])(?=[ \t\"”’)\]]|$)", re.MULTILINE)


class SpaceBeforePunctuation(Rule):
    """Space before a comma, full stop, colon, semicolon, question or exclamation mark.

    ## What it does
    Finds spaces between a word and the punctuation mark that ends it: `Kyiv ,`, `said .`,
    `what ?`. Ellipses (` ...`), emoticons and marks that start a token are left alone.

    ## Why is this bad?
    English puts no space before these marks. Machine translation from French, tokenised
    text joined back with spaces, and removed markup all leave such spaces.

    ## Example
    ```
    The talks , held in Istanbul , ended .
    ```

    ## Use instead
    ```
    The talks, held in Istanbul, ended.
    ```
    The fix deletes the space and is safe.
    """

    code = "P002"
    name = "space-before-punctuation"
    examples = [
        bad("The talks , held in Istanbul , ended .", fixed="The talks, held in Istanbul, ended."),
        bad("Is it over ?", fixed="Is it over?"),
        bad('He said "no" .', fixed='He said "no".'),
        good("He paused ... and left."),
        good("It was a strange match . . . momentum swings."),
        good("Scores: 3 - 1 and 2 : 0 were given."),
        good("Use .txt or .md files."),
        good("See you on Saturday :) and bring the map ;)"),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        marks = [m.start() for m in _CANDIDATES.finditer(text)]
        covered = -1
        for position in marks:
            if position < covered:
                continue
            start = position - 1
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            match = _SPACE_RE.match(text, start)
            if match is None:
                continue
            covered = match.end()
            start, end = match.span(1)
            mark = match.group(2)
            if mark == "." and text.startswith(" .", end + 1):
                continue  # a spaced ellipsis ". . ."
            if mark in ":;" and text.startswith(")", end + 1):
                continue  # an emoticon, "see you :)"
            if (
                mark == ":"
                and end + 1 < len(text)
                and text[end + 1] == " "
                and _is_score(text, start, end)
            ):
                continue
            yield self.report(
                start,
                end + 1,
                f"Space before '{mark}'",
                Fix.delete(start, end, "Delete the space"),
            )


def _is_score(text: str, start: int, end: int) -> bool:
    """'2 : 0' is a score, not a colon after a word."""
    return (
        start > 0 and text[start - 1].isdigit() and end + 2 < len(text) and text[end + 2].isdigit()
    )
