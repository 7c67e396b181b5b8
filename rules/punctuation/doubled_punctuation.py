"""P003 doubled-punctuation: a mark typed twice (`,,`, `..`, `;;`) or two that clash (`,.`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.scan import ByMark

# ",," ";;" "::" ",." ",;" ";," and exactly two full stops (not an ellipsis, a path or a range).
# Two full stops count where a sentence ends ("ended.." before a capital or the end of the line);
# before a lower-case word they are an informal ellipsis ("Apple.. a triumph").
_DOUBLED_RE = re.compile(
    r",{2,}|;{2,}|(?<!:):{2}(?!:)|[,;][.;,]|(?<![.\d/])\.\.(?=[\"”’)]?(?:[ \t]+[A-Z]|[ \t]*$))",
    re.MULTILINE,
)
_CANDIDATES = ByMark(",;:.", r"(?=[,;:.])")
_ENTITY_END_RE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]\w*)$", re.IGNORECASE)


class DoubledPunctuation(Rule):
    """Punctuation mark typed twice (`,,`, `..`, `;;`) or two marks that clash (`,.`).

    ## What it does
    Finds doubled commas, semicolons and colons, exactly two full stops at the end of a sentence
    (`ended..`, `U.S.. Then`), and a comma or semicolon followed by another mark (`,.` `;,`).
    Ellipses (`...`), an informal two-dot pause before a lower-case word, paths (`../`), ranges
    (`1..5`), `.,` after an abbreviation (`etc.,`) and runs of `!` or `?` (emphasis in quoted
    speech and readers' comments) are left alone.

    ## Why is this bad?
    Doubled marks come from joining text fragments that each kept their punctuation, and
    from typing slips. They read as errors.

    ## Example
    ```
    The talks ended,, and the delegates left..
    ```

    ## Use instead
    ```
    The talks ended, and the delegates left.
    ```
    The fix keeps one mark (the last of a clashing pair: `,.` becomes `.`) and is safe.
    """

    code = "P003"
    name = "doubled-punctuation"
    examples = [
        bad(
            "The talks ended,, and the delegates left..",
            fixed="The talks ended, and the delegates left.",
        ),
        bad("It was over,.", fixed="It was over."),
        bad(
            "He left for the U.S.. Then he came back.",
            fixed="He left for the U.S. Then he came back.",
        ),
        good("Why not Brits???? Give us a break!!"),
        good("Apple.. a triumph of fashion."),
        good("He paused... and left for the U.S., he said."),
        good("Open ../data and count 1..5, etc., as usual."),
        good("The ratio was 3::1 in old notation."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        starts = [m.start() for m in _CANDIDATES.finditer(text)]
        covered = -1
        for start in starts:
            if start < covered:
                continue
            match = _DOUBLED_RE.match(text, start)
            if match is None:
                continue
            covered = match.end()
            run = match.group()
            if doc.in_non_prose(match.start(), match.end()):
                continue
            if run == "::" and match.start() and text[match.start() - 1].isdigit():
                continue
            if run[0] == ";" and _ENTITY_END_RE.search(
                text, max(0, match.start() - 10), match.start()
            ):
                continue  # the semicolon ends an HTML entity (E002): "caf&#233;,"
            keep = run[-1]
            yield self.report(
                match.start(),
                match.end(),
                f"Doubled punctuation '{run}'",
                Fix.replace(match.start(), match.end(), keep, f"Keep one '{keep}'"),
            )
