"""R007 photo-credit: a photo credit or caption label (`Photo: Hau Dinh, AP`) left in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import (
    is_short,
    report_line,
)
from lintnews.scan import lazy_regex, words

_AGENCY = (
    r"(?:getty(?:\s+images)?|afp|ap|associated\s+press|reuters|epa(?:-efe)?|efe|pa(?:\s+(?:media|wire))?"
    r"|shutterstock|alamy|rex(?:/shutterstock)?|bloomberg|xinhua|tass|anadolu(?:\s+agency)?|sipa(?:\s+usa)?"
    r"|istock(?:photo)?|nurphoto|zuma(?:\s+press)?|dpa|ansa|kyodo|yonhap|ukrinform|instagram|twitter"
    r"|handout|file|courtesy[^\n]{0,30}|supplied|uncredited|pool)"
)
_LABEL = (
    r"(?:photo|photos|photograph|picture|pic|image|images|illustration|video|graphic|credit|credits"
    r"|caption|foto|photo\s+credit|image\s+credit)"
)
# Labels that need no colon: "Image copyright Getty Images", "Media caption Troops left".
_SPACED_LABEL = (
    r"(?:image\s+source|image\s+copyright|image\s+caption|media\s+caption|ap\s+photo|afp\s+photo"
    r"|reuters\s+photo|file\s+photo|photo\s+credit|image\s+credit)"
)
_LINE_RE = lazy_regex(
    rf"""
    ^[ \t]*\(?[ \t]*
    (?:
      (?P<label>{_LABEL})[ \t]*[:|/]                                # Photo: ...
      | (?P<spaced>{_SPACED_LABEL})[ \t]*[:|/]?[ \t]*\S               # Image copyright Getty
      | (?P<agency>{_AGENCY})(?:[ \t]+(?:photo|images|pictures))?[ \t]*/[ \t]*\S   # AP Photo/Uncredited, Getty Images/Sipa USA
      | (?:[^\n()]{{1,60}}[ \t]*/[ \t]*)?(?P<only>{_AGENCY}(?:[ \t]+(?:images|photo|pictures))?)[ \t]*\)?[ \t]*$
    )
    """,
    regex.IGNORECASE | regex.MULTILINE | regex.VERBOSE,
)
# An inline credit in brackets: "(Image: Ivan Vuchkov / Getty Images)", "(Photo: AP)".
_INLINE_RE = re.compile(rf"\((?i:{_LABEL})[ \t]*:[ \t]*[^()\n]{{1,80}}\)")
_NOT_ALONE = frozenset({"twitter", "instagram"})
# A caption that ends with its picture agency in brackets: "The couple have been dating [Splash]".
_CAPTION_CREDIT_RE = lazy_regex(
    r"\[((?i:getty(?:\s+images)?|afp|ap|reuters|epa|pa(?:\s+wire)?|rex(?:/shutterstock)?|shutterstock|alamy"
    r"|wenn|splash(?:\s+news)?|bigpictures|backgrid|instagram|twitter|handout|supplied|pool|youtube))\]\s*$"
)
# First words of the lines this rule reads (and any short line with a slash).
_TRIGGERS = words(
    "photo photos photograph picture pic image images illustration video graphic credit credits "
    "caption foto media ap afp reuters file getty associated epa efe pa shutterstock alamy rex "
    "bloomberg xinhua tass anadolu sipa istock istockphoto nurphoto zuma dpa ansa kyodo yonhap "
    "ukrinform instagram twitter handout courtesy supplied uncredited pool source"
)
_MAX_CHARS = 200
# A source line that ends in a credit ("Getty Images/Sipa USA") is short.
_MAX_WORDS = 25


class PhotoCredit(Rule):
    """Photo credit or caption label (`Photo: Hau Dinh, AP`, `(Image: ... / Getty Images)`).

    ## What it does
    Finds lines that open with a picture label (`Photo:`, `Image copyright`, `Media caption`,
    `Credit:`) or consist of an agency credit (`AP Photo/Uncredited`, `Getty Images/Sipa USA`),
    bracketed credits inside a paragraph (`(Image: ... / Getty Images)`), and caption lines
    that end with the agency in brackets (`The couple have been dating [Splash]`).

    ## Why is this bad?
    The picture was removed by the scraper but its credit or caption stayed, wedged between
    paragraphs or inside a sentence.

    ## Example
    ```
    Photo: Hau Dinh, AP
    ```

    ## Use instead
    Delete the line, or the bracketed credit. The fixes are safe: a picture label with a
    credit is not prose.
    """

    code = "R007"
    name = "photo-credit"
    examples = [
        bad(
            "Talks ended.\nPhoto: Hau Dinh, AP\nThey resume.\n",
            fixed="Talks ended.\nThey resume.\n",
        ),
        bad(
            "Talks ended (Image: Ivan Vuchkov / Getty Images) in Kyiv.",
            fixed="Talks ended in Kyiv.",
        ),
        bad(
            "Talks ended.\n\nAP Photo/Uncredited\n\nThey resume.",
            fixed="Talks ended.\n\nThey resume.",
        ),
        bad("Talks ended.\nImage copyright Getty Images\n", fixed="Talks ended.\n"),
        good("Photographs of the crash were shared online."),
        good("Pictures of the event, the agency said, were fake."),
        good("Reuters reported the deal on Monday."),
        good("Image is everything, the firm said."),
        bad(
            "Talks ended.\n\nThe couple have been dating for the last year [Splash]\n\nThey wed.",
            fixed="Talks ended.\n\nThey wed.",
        ),
        good("He said the [AP] story was wrong."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        index = doc.line_index
        candidates = {line.start: line for line in index.starting(_TRIGGERS)}
        for line in index.containing("/"):
            if len(line.text) <= _MAX_CHARS:
                candidates.setdefault(line.start, line)
        for _, line in sorted(candidates.items()):
            match = _LINE_RE.match(line.text)
            if match is None or not is_short(line.text, _MAX_WORDS):
                continue
            only = match.group("only")
            if only and only.lower() in _NOT_ALONE and line.text.strip().lower() == only.lower():
                continue  # a lone "Twitter" is a sharing button (R002), not a credit
            yield report_line(self, doc, line, "Photo credit or caption label, not article text")
        text = doc.text
        if "[" in text:
            for line in index.containing("]"):
                if line.text.endswith("]"):
                    found = _CAPTION_CREDIT_RE.search(line.text)
                    if found is not None and is_short(line.text, _MAX_WORDS):
                        yield report_line(
                            self,
                            doc,
                            line,
                            f"Picture caption with the credit '{found.group(1)}', not article text",
                        )
        if "(" not in text:
            return
        for match in _INLINE_RE.finditer(text):
            start = match.start()
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            yield self.report(
                start,
                match.end(),
                "Photo credit inside the text",
                Fix.delete(start, match.end(), "Delete the credit"),
            )
