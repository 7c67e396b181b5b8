"""E002 html-entity: an HTML character reference left in the text (`&amp;`, `&#39;`, `&nbsp;`)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.entities import html5

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Entities for spaces become a plain space: a non-breaking space in extracted text is markup.
_SPACES = {"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "&ensp;", "&emsp;", "&thinsp;"}


class HtmlEntity(Rule):
    """HTML character reference left in the text (`&amp;`, `&quot;`, `&#39;`, `&nbsp;`).

    ## What it does
    Finds named and numeric HTML character references that the scraper did not decode and
    replaces each with its character (a non-breaking space entity with a plain space).

    ## Why is this bad?
    `AT&amp;T`, `Putin&#39;s` and `&quot;no&quot;` are markup, not text; readers, search and
    models see the code instead of the character.

    ## Example
    ```
    Johnson &amp; Johnson said it was &quot;confident&quot;.
    ```

    ## Use instead
    ```
    Johnson & Johnson said it was "confident".
    ```
    The fix is safe: an HTML reference stands for exactly one character.
    """

    code = "E002"
    name = "html-entity"
    examples = [
        bad("Johnson &amp; Johnson said &quot;no&quot;.", fixed='Johnson & Johnson said "no".'),
        bad("Putin&#39;s plan", fixed="Putin's plan"),
        bad("The&nbsp;talks ended.", fixed="The talks ended."),
        bad("A &amp;amp; B", fixed="A & B"),
        bad("Mr Blair&#191;s government", fixed="Mr Blair’s government"),
        good("AT&T and P&O said R&D spending rose."),
        good("Use &c. and & alone."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if "&" not in text:
            return
        for match in _ENTITY_RE.finditer(text):
            entity = match.group()
            if entity[1] != "#" and entity[1:] not in html5:
                continue
            character = " " if entity in _SPACES else html.unescape(entity)
            if character == entity:
                continue
            start, end = match.start(), match.end()
            if character == "¿" and start and text[start - 1].isalpha():
                # "Blair&#191;s": a right single quotation mark that went through a wrong code
                # page before it was escaped; the apostrophe is a likely guess, not a certainty.
                yield self.report(
                    start,
                    end,
                    f"HTML entity '{entity}' ('¿') stands for a lost apostrophe",
                    Fix.replace(start, end, "’", "Replace with '’'", safe=False),
                )
                continue
            shown = {" ": "a space", "\n": "a line break"}.get(character, f"'{character}'")
            yield self.report(
                start,
                end,
                f"HTML entity '{entity}' should be {shown}",
                Fix.replace(start, end, character, f"Replace with {shown}"),
            )
