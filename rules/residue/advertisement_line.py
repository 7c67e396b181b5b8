"""R003 advertisement-line: an advertising slot's label left in the text."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line
from lintnews.scan import lazy_regex, words

_LINE_RE = lazy_regex(
    r"""
    ^[ \t]*[-–—*•■\[(]*[ \t]*
    (?P<label>
      advertisements?|advertising|advert|ads?|adv
      | (?:story|article|content)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad|advert))?
      | continue\s+reading\s+(?:below|the\s+main\s+story)
      | scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content|\s+reading)?
      | sponsored(?:\s+(?:content|post|links?|stories|by\s+[^\n]{1,40}))?
      | paid\s+(?:content|post|partner\s+content|for\s+by\s+[^\n]{1,40})
      | promoted(?:\s+(?:content|stories|links?))?|partner\s+content|presented\s+by\s+[^\n]{1,40}
      | advertise\s+(?:with|on)\s+[^\n]{1,40}
      | (?:this\s+)?ad\s+(?:will\s+)?(?:closes?|ends?)\s+in\s+\d+\s+seconds?
      | report\s+(?:this\s+)?ad
    )
    (?:[ \t]+(?:advertisement|advert|ad))*  # ADVERTISEMENT ADVERTISEMENT
    [ \t]*[-–—*•■\])]*[ \t]*[:.]?[ \t]*$
    """,
    regex.IGNORECASE | regex.MULTILINE | regex.VERBOSE,
)


# First words of the lines this rule reads.
_TRIGGERS = words(
    "advertisement advertisements advertising advert ad ads adv story article content continue "
    "scroll sponsored paid promoted partner presented advertise this report"
)


class AdvertisementLine(Rule):
    """Line that labels an advertisement (`Advertisement`, `Story continues below advertisement`).

    ## What it does
    Finds lines that consist of an advertising label: `Advertisement`, `ADVERTISEMENT`,
    `Story continues below advertisement`, `Sponsored`, `Sponsored content`, `Advertise with us`,
    `Scroll to continue with content`.

    ## Why is this bad?
    The advert is gone but its label stays between two paragraphs of the article, and it
    usually repeats several times in one text.

    ## Example
    ```
    The talks ended without agreement.
    Story continues below advertisement
    They resume on Monday.
    ```

    ## Use instead
    Delete the line. The fix is safe: the whole line is the label.
    """

    code = "R003"
    name = "advertisement-line"
    examples = [
        bad("Talks ended.\nADVERTISEMENT\nThey resume.\n", fixed="Talks ended.\nThey resume.\n"),
        bad(
            "Talks ended.\n\nStory continues below advertisement\n\nThey resume.",
            fixed="Talks ended.\n\nThey resume.",
        ),
        bad("Talks ended.\n- Advertisement -\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nSponsored\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nADVERTISEMENT ADVERTISEMENT\n", fixed="Talks ended.\n"),
        good("Advertisement revenue fell by a tenth."),
        good("The advertisement was banned by the regulator."),
        good("Sponsored by the council, the fair drew 3,000 visitors."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        for line in doc.line_index.starting(_TRIGGERS):
            match = _LINE_RE.match(line.text)
            if match is None:
                continue
            yield report_line(
                self,
                doc,
                line,
                f"'{match.group('label').strip()}' is an advertising label, not article text",
            )
