"""E003 html-tag: an HTML tag left in the text (`<br>`, `</p>`, `<a href="...">`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good

_TAGS = (
    "a|abbr|article|aside|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|div|dl|dt"
    "|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins"
    "|label|li|link|main|mark|meta|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span"
    "|strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|time|title|tr|tt|u|ul|video|wbr"
)
_TAG_RE = re.compile(
    rf"</?(?:{_TAGS})(?:\s+[a-zA-Z:-]+(?:\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s>]+))?)*\s*/?>"
    r"|<!--[^\n]*?-->",
    re.IGNORECASE,
)
_BLOCK_RE = re.compile(
    r"</?(?:br|p|div|li|h[1-6]|tr|td|th|blockquote|hr|section|article|figure)\b", re.I
)


class HtmlTag(Rule):
    """HTML tag left in the text (`<br>`, `</p>`, `<a href="...">`, `<!-- -->`).

    ## What it does
    Finds HTML tags and comments the scraper did not remove. Only real HTML element names
    count, so `x < y > z` and `<Reuters>` are left alone.

    ## Why is this bad?
    Tags are markup; left in the text they break sentences and tokenisation.

    ## Example
    ```
    The talks ended.<br>They resume on Monday.</p>
    ```

    ## Use instead
    ```
    The talks ended. They resume on Monday.
    ```
    The fix deletes the tag, putting a space where a block tag or line break stood between two
    words. It is safe: the tag itself carries no text; except for a tag standing as a word
    between two spaces, which a sentence may name (`the form's <input> element`): that fix is
    unsafe.
    """

    code = "E003"
    name = "html-tag"
    examples = [
        bad("The talks ended.<br>They resume.</p>", fixed="The talks ended. They resume."),
        bad('Read <a href="https://x.org/a">the report</a> now.', fixed="Read the report now."),
        bad("It was <b>big</b>.", fixed="It was big."),
        good("If x < y and y > z, then x < z."),
        good("He wrote <Reuters> in the memo."),
        bad("Give the form's <input> element a value.", fixed="Give the form's element a value."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        if "<" not in text:
            return
        for match in _TAG_RE.finditer(text):
            start, end = match.start(), match.end()
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            glue = (
                _BLOCK_RE.match(match.group()) is not None
                and not before.isspace()
                and not after.isspace()
            )
            if glue and (after in "<" or before in ">"):
                glue = False
            if before == " " and after == " ":
                # A tag standing as a word may be one a sentence names ("the form's <input>
                # element"): deleting it, and a space, needs a look.
                fix = Fix.replace(start, end + 1, "", "Delete the tag", safe=False)
            else:
                fix = Fix.replace(start, end, " " if glue else "", "Delete the tag")
            yield self.report(start, end, f"HTML tag '{match.group()}' left in the text", fix)
