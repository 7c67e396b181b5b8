"""M004 hyphenation-residue: a word still broken by a line-end hyphen or a soft hyphen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

from ._broken import join_broken, letters_before
from ._code import looks_like_code
from ._evidence import Evidence
from ._thresholds import THRESHOLDS

# A hyphen then a space or a line break, inside a word: "gov- ernment", "govern-\nment".
# It opens with the hyphen, so the engine can jump from hyphen to hyphen.
_BREAK_RE = re.compile(r"-(?: |[ \t]*\n[ \t]*)(?=[^\W\d_])")
_RIGHT_RE = re.compile(r"([^\W\d_]+)(?![^\W_]|-[^\W_])")
# Soft hyphens (U+00AD) between letters.
_SOFT_RE = re.compile(r"(?<=[^\W\d_])\u00ad+(?=[^\W\d_])")


class HyphenationResidue(Rule):
    """Word broken by a line-end hyphen or a soft hyphen (`gov- ernment`, `govern-⏎ment`).

    ## What it does
    Finds a word split by a hyphen followed by a space or a line break, where the two pieces
    make a known word (or one the document writes whole) and a piece is not a word of its own:
    `gov- ernment`, `govern-` at the end of a line and `ment` on the next. Also finds soft
    hyphens (U+00AD) inside words, invisible marks of where a word may break.

    Real hyphenated compounds broken at a line end (`well-` / `known`, `long-` / `term`), two
    words that also make a word (`co-` / `operate`) and suspended hyphens (`pre- and post-war`,
    `short- to medium-term`) are left alone.

    ## Why is this bad?
    Text copied from print, PDF or justified web layouts keeps the hyphens that broke words
    at line ends. The fragments are not words, so search, spell checkers and translation fail
    on them; soft hyphens split tokens for many tools while staying invisible to the reader.

    ## Example
    ```
    The gov- ernment said the govern-
    ment would act.
    ```

    ## Use instead
    ```
    The government said the government would act.
    ```
    The fix deletes the hyphen and the break. It is safe when the joined word is common (or
    written whole by the document) and a piece is unknown; a soft hyphen is always removed.
    """

    code = "M004"
    name = "hyphenation-residue"
    uses_lexicon = True
    examples = [
        bad("The gov- ernment said so.", fixed="The government said so."),
        bad("The govern-\nment said so.", fixed="The government said so."),
        bad("New regu-\n  lations apply.", fixed="New regulations apply."),
        bad("The gov\u00adern\u00adment said so.", fixed="The government said so."),
        good("A well-\nknown and long-\nterm plan."),
        good("Pre- and post-war Europe; short- to medium-term loans."),
        good("They co-\noperate with the co- operative."),
        good("Prices rose - and fell - again."),
        good("See www.gov- ernment.com and the file gov-\nernment.txt."),
        good("A well- known and self-\nesteem issue; mid-\nweek and e-\nmail."),
        good("Their 18- to 24-year-olds and 5- km runs."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if "\u00ad" in text:
            for match in _SOFT_RE.finditer(text):
                yield self.report(
                    match.start(),
                    match.end(),
                    "Soft hyphen inside a word",
                    Fix.delete(match.start(), match.end(), "Delete the soft hyphen"),
                )
        if "- " not in text and "-\n" not in text:
            return
        evidence: Evidence | None = None
        for match in _BREAK_RE.finditer(text):
            if match.start() == 0 or not text[match.start() - 1].isalpha():
                continue
            hyphen = match.start()
            start = letters_before(text, hyphen, max(0, hyphen - THRESHOLDS.neighbour_window))
            right = _RIGHT_RE.match(text, match.end())
            if start is None or right is None:
                continue
            left = text[start:hyphen]
            if evidence is None:
                evidence = Evidence(doc)
            join = join_broken(evidence, left, right.group(1), hyphen=True)
            end = right.end(1)
            if join is None or looks_like_code(doc, start, end):
                continue
            shown = match.group().replace("\n", "⏎")
            yield self.report(
                start,
                end,
                f"'{left}{shown}{right.group(1)}' looks like the word '{join.word}' "
                "broken by hyphenation",
                Fix.delete(match.start(), match.end(), f"Join: '{join.word}'", safe=join.safe),
            )
