"""R001 read-more-line: a related-article link left in the text by the scraper."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

# The label must open the line and be followed by a colon, a dash or the end of the line:
# "Read more about the plan in our guide." is a sentence, "Read more: ..." is a link.
_LABEL_RE = regex.compile(
    r"^\s*(?:[>*•▶►-]\s*)?"
    r"(?P<label>read\s+more|read\s+also|also\s+read|related(?:\s+(?:articles?|stories|news|coverage|content|reading))?"
    r"|see\s+also|more\s+on\s+this\s+story|recommended(?:\s+stories)?|watch|listen|more\s+from\s+[^:\n]{1,40}|read\s+next)"
    r"\s*(?P<tail>[:\-–—|›»>]|$)",
    regex.IGNORECASE,
)


class ReadMoreLine(Rule):
    """Line that is a related-link teaser (`Read more: ...`, `Related:`), not article text.

    ## What it does
    Finds lines that begin with a related-content label such as `Read more:`, `READ MORE`,
    `Also read:`, `Related:`, `Related Stories`, `See also:`, `Watch:` or `More from ...:`.

    ## Why is this bad?
    Scrapers keep the links a news page puts between paragraphs. The teaser's headline reads
    like a sentence of the article, so it pollutes summaries, translations and training data.

    ## Example
    ```
    Read more: The UN will seek a humanitarian ceasefire in Ukraine
    ```

    ## Use instead
    Delete the line. The fix is safe: the label itself proves the line is navigation.
    """

    code = "R001"
    name = "read-more-line"
    examples = [
        bad(
            "The talks ended.\nRead more: What are children to blame for?\nThey resume today.\n",
            fixed="The talks ended.\nThey resume today.\n",
        ),
        bad("Talks ended.\n\nREAD MORE\n\nThey resume.", fixed="Talks ended.\n\n\nThey resume."),
        bad("Talks ended.\nAlso read: Kyiv braces for winter\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nRelated Stories\n", fixed="Talks ended.\n"),
        good("Readers can read more about the plan in our guide."),
        good("Read more carefully, the judge told the lawyers."),
        good("Related companies reported profits."),
        good("Watch the skies, officials said."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        for line in doc.iter_lines():
            match = _LABEL_RE.match(line.text)
            if match is None:
                continue
            start, end = doc.line_with_break(line)
            yield self.report(
                line.start,
                line.end,
                f"'{match.group('label').strip()}' line is a link teaser, not article text",
                Fix.delete(start, end, "Delete the line"),
            )
