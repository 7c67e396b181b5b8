"""R004 metadata-header: a scraper's metadata field (` date 2022-03-29 `) at the start of a text."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import DATE_FIELD
from lintnews.scan import lazy_regex

# A field name and an ISO date, at the start of the text or of a line in the first lines. The
# field may stand alone on its line or be glued before the first sentence.
_HEADER_RE = lazy_regex(
    rf"""
    ^[ \t]*(?P<field>
      {DATE_FIELD}
      | (?:url|source|link)[ \t]*[:=][ \t]*(?:https?://|www\.)\S+
      | (?-i:title|author|lang|language|id|url)[ \t]*[:=][ \t]*[^\n]*$   # crawler fields are lower case
    )[ \t]*
    """,
    regex.IGNORECASE | regex.MULTILINE | regex.VERBOSE,
)
# Only lines among the first few of the text are header lines.
_HEADER_LINES = 4
# The first two letters of every field name the pattern knows: date, published, pubdate, updated,
# modified, created, timestamp, time, url, source, link, title, author, lang(uage), id.
_FIELD_OPENINGS = frozenset(
    ["da", "pu", "up", "mo", "cr", "ti", "ur", "so", "li", "au", "la", "id"]
)


def _may_open_with_field(text: str) -> bool:
    """Whether a field can open the text (False only where :data:`_HEADER_RE` cannot match at
    its start): most texts open with a headline, which two characters rule out without the
    pattern. Characters outside ASCII are left to the pattern (`ſ` matches `s` in any case)."""
    head = text.lstrip(" \t")[:2]
    return not head.isascii() or head.lower() in _FIELD_OPENINGS


class MetadataHeader(Rule):
    """A metadata field (` date 2022-03-29 `) left at the start of the text.

    ## What it does
    Finds `date 2022-03-29`, `published: 2021-05-04T10:00:00Z`, `url: https://...` and similar
    key-value fields in the first lines of a text, whether alone on a line or glued before the
    first sentence of the article.

    ## Why is this bad?
    Crawlers write the page's metadata into the text file. Glued to the first sentence, the
    field turns it into nonsense (` date 2022-03-29 The regional government...`).

    ## Example
    ```
     date 2022-03-29 The regional government headquarters of Mykolaiv was hit.
    ```

    ## Use instead
    ```
    The regional government headquarters of Mykolaiv was hit.
    ```
    The fix deletes the field (and the line, when nothing else is on it). It is safe: a field
    name followed by an ISO date or a link opens no sentence.
    """

    code = "R004"
    name = "metadata-header"
    examples = [
        bad(
            " date 2022-03-29 The regional government was hit.\nIt burned.",
            fixed="The regional government was hit.\nIt burned.",
        ),
        bad(
            "date: 2022-03-29\nThe regional government was hit.",
            fixed="The regional government was hit.",
        ),
        bad(
            "url: https://example.com/a\ndate 2022-03-29\nTroops left.",
            fixed="Troops left.",
        ),
        good("Troops left.\nThe date 2022-03-29 was set for talks."),
        good("Date of talks set\n\nThe talks will start on 29 March."),
        good("ID: the card debate\n\nMinisters met on Monday."),
        good("Source: the river Thames\n\nThe river rose."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if not _may_open_with_field(text):
            return
        limit = (
            doc.line_starts[_HEADER_LINES] if len(doc.line_starts) > _HEADER_LINES else len(text)
        )
        position = 0
        while position < limit:
            match = _HEADER_RE.match(text, position)
            if match is None:
                break
            line = doc.line_span(match.start())
            start, end = match.start(), match.end()
            if end >= line.end:  # the field is all of the line: delete the line
                end = min(len(text), line.end + 1)
            yield self.report(
                match.start("field"),
                match.end("field"),
                f"Metadata field '{match.group('field').strip()}' is not article text",
                Fix.delete(start, end, "Delete the metadata field"),
            )
            if end <= line.end:  # glued before the first sentence: the article starts here
                break
            position = end
