"""R008 copyright-line: the page's copyright notice (`© 2023 Reuters. All rights reserved.`)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import (
    is_short,
    report_line,
)
from lintnews.scan import lazy_regex, words

_LINE_RE = lazy_regex(
    r"""
    ^[ \t]*(?:
      (?:™[ \t]*&[ \t]*)?(?:©|\(c\)|copyright\b[ \t]*(?:©|\(c\)|\d{4}|$|[:\p{Lu}]))   # © 2023, Copyright 2019
      | [^\n]{0,120}?\ball\s+rights\s+reserved\b
      | this\s+material\s+may\s+not\s+be\s+(?:published|reproduced)
      | no\s+reproduction\s+without\s+permission
      | this\s+(?:article|story|piece|post|report)\s+(?:was\s+|has\s+been\s+|first\s+|originally\s+){1,2}(?:appeared|published|ran|republished)\s+(?:at|in|on|by)\s+(?:the\s+)?(?-i:\p{Lu})
      | (?:originally|first)\s+published\s+(?:on|in|by|at)\s+(?:the\s+)?(?-i:\p{Lu})
      | a\s+version\s+of\s+this\s+(?:article|story)\s+(?:first\s+)?appeared
      | learn\s+more\s+about\s+our(?:\s+privacy\s+policy)?[ \t]*\.?[ \t]*$
      | (?:terms\s+(?:of\s+(?:use|service)|and\s+conditions)|privacy\s+policy|cookie\s+(?:policy|statement))
        (?:[ \t]*(?:[&|,/•]|and)[ \t]*(?:terms\s+(?:of\s+(?:use|service)|and\s+conditions)|privacy\s+policy
        |cookie\s+(?:policy|statement)|cookies))*[ \t]*\.?[ \t]*$         # footer links, alone on the line
    )
    """,
    regex.IGNORECASE | regex.MULTILINE | regex.VERBOSE,
)
_MAX_WORDS = 40
# First words of the lines this rule reads (and any line that says "reserved").
_TRIGGERS = words("© ™ c copyright this no terms privacy cookie learn originally first a")


class CopyrightLine(Rule):
    """The page's copyright or legal notice (`Copyright 2019 ...`, `All rights reserved.`).

    ## What it does
    Finds lines that open with `©`, `(c)` or `Copyright`, that say `All rights reserved`, that
    carry the agencies' redistribution notice, links to terms and privacy policies, or a
    republication note (`This article originally appeared at ...`).

    ## Why is this bad?
    The notice is the page's footer. In a corpus it repeats in every article of a site and
    says nothing about the story.

    ## Example
    ```
    © 2023 Cable News Network. All Rights Reserved.
    ```

    ## Use instead
    Delete the line. The fix is safe: the notice is the whole line.
    """

    code = "R008"
    name = "copyright-line"
    examples = [
        bad(
            "Talks ended.\n© 2023 Cable News Network. All Rights Reserved.\n",
            fixed="Talks ended.\n",
        ),
        bad("Talks ended.\n\nCopyright 2019 The Associated Press.\n", fixed="Talks ended.\n"),
        bad(
            "Talks ended.\nThis material may not be published, broadcast, rewritten or redistributed.\n",
            fixed="Talks ended.\n",
        ),
        good("Copyright law is being reformed, ministers said."),
        good("The firm said it had reserved all rights to the name."),
        good("Copyrighted music was shared online."),
        good("Terms and conditions were not disclosed, the firm said."),
        bad("Talks ended.\nPrivacy Policy & Cookie Statement\n", fixed="Talks ended.\n"),
        bad(
            "Talks ended.\nThis article originally appeared at The Aviationist. Copyright 2014.\n",
            fixed="Talks ended.\n",
        ),
        good("This article was first published in a different form, the author said, in 2003."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        index = doc.line_index
        candidates = {line.start: line for line in index.starting(_TRIGGERS)}
        for line in index.containing("eserved", "ESERVED"):
            candidates.setdefault(line.start, line)
        for _, line in sorted(candidates.items()):
            match = _LINE_RE.match(line.text)
            if (
                match is None
                or not is_short(line.text, _MAX_WORDS)
                or _is_copyright_sentence(line.text)
            ):
                continue
            yield report_line(
                self, doc, line, "Copyright notice is page furniture, not article text"
            )


_LAW_RE = lazy_regex(
    r"^\s*copyright\s+(?:law|laws|holders?|owners?|infringement|protection|rules|act|material|theft|fees?|reform)\b",
    regex.IGNORECASE,
)


def _is_copyright_sentence(text: str) -> bool:
    """A sentence about copyright ("Copyright law is being reformed"), not a notice."""
    return _LAW_RE.match(text) is not None
