"""R001 read-more-line: a related-article link left in the text by the scraper."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line
from lintnews.scan import lazy_regex, words

# The label must open the line and be followed by a colon, a dash or the end of the line:
# "Read more about the plan in our guide." is a sentence, "Read more: ..." is a link.
_LABEL_RE = lazy_regex(
    r"^[ \t]*(?:[>*•▶►■-][ \t]*)?"
    r"(?P<label>read\s+more|read\s+also|also\s+read|also\s+see|see\s+also|read\s+next|up\s+next"
    r"|related(?:\s+(?:articles?|stories|news|coverage|content|reading|links?|topics|videos?))?"
    r"|more\s+on\s+this\s+(?:story|topic)|more\s+stories|top\s+(?:stories|news)|more\s+news|latest\s+(?:news|stories)"
    r"|top\s+picks|our\s+picks|editor'?s\s+choice|in\s+case\s+you\s+missed\s+it|what\s+to\s+read\s+next"
    r"|read\s+this\s+next|more\s+top\s+stories|most\s+recent|(?:most\s+)?popular\s+(?:this\s+week|today|now|stories|articles)|more\s+videos"
    r"|recommended(?:\s+(?:stories|for\s+you|reading|videos?))?|you\s+may\s+also\s+like"
    r"|you\s+might\s+also\s+like|don'?t\s+miss|editor'?s\s+picks?|most\s+(?:read|popular|viewed|shared)"
    r"|trending(?:\s+(?:now|stories|news))?|today'?s\s+\w+\s+most\s+popular\s+stories"
    r"|see\s+more\s+(?:photos|videos|stories)|part\s+of\s+complete\s+coverage\s+on"
    r"|watch(?:\s+now|\s+video|\s+live)?|listen(?:\s+now)?|more\s+from\s+[^:\n]{1,40}|photos)"
    r"[ \t]*(?P<tail>[:\-–—|›»>]|$)",
    regex.IGNORECASE | regex.MULTILINE,
)


# A labelled teaser in brackets inside a paragraph: "[Related: Kyiv braces for winter]".
_INLINE_RE = re.compile(
    r"\[(?i:read\s+more|related(?:\s+(?:stories|articles?|content|coverage))?|see\s+also|also\s+read"
    r"|read|watch|listen|more|more\s+on\s+this|recommended)\s*:[^\]\n]{3,160}\]"
)
# First words of the lines this rule reads.
_TRIGGERS = words(
    "read also see up related more top latest most popular recommended you don dont editor "
    "editors trending today part watch listen photos our in what"
)


class ReadMoreLine(Rule):
    """Line that is a related-link teaser (`Read more: ...`, `Related:`), not article text.

    ## What it does
    Finds lines that begin with a related-content label such as `Read more:`, `READ MORE`,
    `Also read:`, `Related:`, `Related Stories`, `See also:`, `Watch:`, `Most Popular`,
    `Top Picks`, `Trending Now` or `More from ...:`, and labelled teasers in brackets inside a
    paragraph (`[Related: Kyiv braces for winter]`).

    ## Why is this bad?
    Scrapers keep the links a news page puts between paragraphs. The teaser's headline reads
    like a sentence of the article, so it pollutes summaries, translations and training data.

    ## Example
    ```
    Read more: The UN will seek a humanitarian ceasefire in Ukraine
    ```

    ## Use instead
    Delete the line (or the bracketed teaser). The fix is safe: the label itself proves the
    text is navigation.
    """

    code = "R001"
    name = "read-more-line"
    examples = [
        bad(
            "The talks ended.\nRead more: What are children to blame for?\nThey resume today.\n",
            fixed="The talks ended.\nThey resume today.\n",
        ),
        bad("Talks ended.\n\nREAD MORE\n\nThey resume.", fixed="Talks ended.\n\nThey resume."),
        bad("Talks ended.\nAlso read: Kyiv braces for winter\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nRelated Stories\n", fixed="Talks ended.\n"),
        bad("Talks ended.\n\nMost Popular\n\nThey resume.", fixed="Talks ended.\n\nThey resume."),
        good("Readers can read more about the plan in our guide."),
        good("Read more carefully, the judge told the lawyers."),
        good("Related companies reported profits."),
        good("Watch the skies, officials said."),
        good("Photos of the crash were shared online."),
        bad(
            "Talks ended in Kyiv. [Related: Kyiv braces for winter] They resume today.",
            fixed="Talks ended in Kyiv. They resume today.",
        ),
        good("He said [the talks] had ended and [Read] was a typo."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if "[" in text:
            for match in _INLINE_RE.finditer(text):
                start = match.start()
                while start > 0 and text[start - 1] in " \t":
                    start -= 1
                yield self.report(
                    match.start(),
                    match.end(),
                    "Bracketed link teaser inside the text",
                    Fix.delete(start, match.end(), "Delete the teaser"),
                )
        for line in doc.line_index.starting(_TRIGGERS):
            match = _LABEL_RE.match(line.text)
            if match is None:
                continue
            yield report_line(
                self,
                doc,
                line,
                f"'{match.group('label').strip()}' line is a link teaser, not article text",
            )
