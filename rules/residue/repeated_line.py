"""R012 repeated-line: a short line that many files of the same run repeat."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document, line_key
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line

# A line is furniture when at least this many files of the run carry it.
MIN_FILES = 3
# A repeated line of this many words that ends like a sentence may be a stock phrase of the
# articles themselves ("The company declined to comment."): left alone.
SENTENCE_WORDS = 6
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


class RepeatedLine(Rule):
    """Short line that many files of the run repeat (a site's menu, widget or teaser headline).

    ## What it does
    When several files are checked together, counts in how many of them each short line (at
    most 12 words, compared in lower case with digits ignored) occurs, and reports a line that
    three files or more share.

    ## Why is this bad?
    Sites put the same navigation, widgets and "most read" headlines on every page, in words no
    phrase list can know in advance. In one file such a line looks like text; across a crawl of
    the site it is the same line everywhere, and it is not part of any article.

    ## Example
    Three articles scraped from one site, each with the line
    ```
    More stories from the Valley Tribune
    ```

    ## Use instead
    Delete the line. The fix is unsafe: a short line can also be a heading the articles share.
    Lines of six words or more that end like a sentence are never reported, and nothing is
    reported when fewer than four files are checked (see the README: cross-file evidence).
    """

    code = "R012"
    name = "repeated-line"
    examples = [
        bad(
            "The council met on Monday.\nMore stories from the Valley Tribune\nIt agreed a budget.\n",
            fixed="The council met on Monday.\nIt agreed a budget.\n",
            others=(
                "Storms hit the coast.\nMore stories from the Valley Tribune\n",
                "A bakery won a prize.\nMore stories from the Valley Tribune\n",
                "Fares will rise.\nTop 10 stories from the Valley Tribune\n",
            ),
        ),
        # Alone, a file gives no evidence.
        good("More stories from the Valley Tribune\nThe council met on Monday.\n"),
        # A stock sentence of the articles themselves is not furniture.
        good(
            "Shares fell.\nThe company declined to comment on the report.\n",
            others=(
                "Profits rose.\nThe company declined to comment on the report.\n",
                "Sales slid.\nThe company declined to comment on the report.\n",
            ),
        ),
        # Two files are not a pattern.
        good(
            "The council met.\nLansdowne Road, Dublin\n",
            others=("The match ended.\nLansdowne Road, Dublin\n", "Rain fell.\n"),
        ),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        context = doc.context
        if not context.line_documents:
            return
        for line in doc.iter_lines():
            files = files_repeating(doc, line.text)
            if not files:
                continue
            yield report_line(
                self,
                doc,
                line,
                f"Line occurs in {files} of the {context.documents} files checked: "
                "page furniture, not article text",
                safe=False,
            )


def files_repeating(doc: Document, text: str) -> int:
    """In how many files of the run the line occurs when that makes it furniture (at least
    MIN_FILES, two words or more, not a stock sentence), else 0. R013 weighs it too."""
    key = line_key(text)
    if key is None:
        return 0
    files = doc.context.line_documents.get(key, 0)
    if files < MIN_FILES or len(_WORD_RE.findall(key)) < 2:
        return 0
    if len(key.split()) >= SENTENCE_WORDS and text.strip().endswith((".", "!", "?", '"', "”")):
        return 0
    return files
