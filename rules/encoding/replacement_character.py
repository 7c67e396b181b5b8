"""E005 replacement-character: U+FFFD, the mark of a character lost in decoding."""

from __future__ import annotations

from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good


class ReplacementCharacter(Rule):
    """Replacement character `�` (U+FFFD): a character was lost when the text was decoded.

    ## What it does
    Finds U+FFFD, which a decoder writes for bytes it could not read.

    ## Why is this bad?
    The original character (often a quotation mark, dash or accented letter) is gone; the text
    shows `Ukraine�s` or `caf�`.

    ## Example
    ```
    Ukraine�s army said it had noted withdrawals.
    ```

    ## Use instead
    Re-extract the page with the right encoding, or repair by hand:
    ```
    Ukraine’s army said it had noted withdrawals.
    ```
    There is no automatic fix: what was lost cannot be known for sure.
    """

    code = "E005"
    name = "replacement-character"
    examples = [
        bad("Ukraine\ufffds army withdrew."),
        bad("The caf\ufffd\ufffd opened."),
        good("Ukraine’s army withdrew."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        position = text.find("\ufffd")
        while position != -1:
            end = position + 1
            while end < len(text) and text[end] == "\ufffd":
                end += 1
            yield self.report(
                position,
                end,
                "Replacement character U+FFFD: a character was lost in decoding",
            )
            position = text.find("\ufffd", end)
