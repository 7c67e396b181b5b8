"""R010 page-interface-line: a button or widget label of the web page (`Loading...`, `Back to top`)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line
from lintnews.scan import lazy_regex, words

_START = r"""
    ^[ \t]*[›»>▶►•*-]?[ \t]*
    (?P<label>
"""
_LABELS = r"""
      loading(?:[ \t]+[\w ]{1,30}?[ \t]*(?:\.{2,}|…)|[ \t]*(?:\.{2,}|…)?)
      | loading[ \t]+(?:the[ \t]+)?(?:photo[ \t]+gallery|gallery|video|videos|player|comments|content|images?|map|results|more)
      | (?:error[ \t]+)?404(?:[ \t]*[-:–|][ \t]*|[ \t]+)(?:page[ \t]+)?not[ \t]+found|page[ \t]+not[ \t]+found
      | (?:sorry,?[ \t]+)?the[ \t]+(?:page|content|article|story)[ \t]+you[ \t]+(?:are|were|re)[ \t]+looking[ \t]+for[ \t]+(?:is|was|could|cannot|can't|can’t|does|has|may|might|no[ \t]+longer)\b[^\n]{0,200}
      | skip[ \t]+to[ \t]+(?:main[ \t]+)?(?:content|navigation|search)|skip[ \t]+ad
      | back[ \t]+to[ \t]+top|scroll[ \t]+to[ \t]+top|toggle[ \t]+(?:navigation|menu|caption)|close[ \t]+(?:menu|window)
      | (?:previous|next)[ \t]+(?:article|story|post|page|slide|image)(?:[ \t]+[^\n]{0,40})?
      | continued[ \t]+on[ \t]+(?:the[ \t]+)?next[ \t]+page[^\n]{0,20}|page[ \t]+\d+[ \t]+of[ \t]+\d+
"""
# A notice that the browser is out of date: it opens with any words, so it is the one
# alternative that is tried along the line rather than at its start (two thirds of the time
# of a match on a line of prose).
_BROWSER_NOTICE = r"""
      | [^\n]{0,80}?\b(?:please|you[ \t]+(?:need|must|will[ \t]+need|may[ \t]+need)[ \t]+to|necessary[ \t]+to)
        [ \t]+(?:download|upgrade|update|use|switch[ \t]+to)[ \t]+(?:a|your|the[ \t]+latest)[ \t]+(?:\w+[ \t]+)?browser\b[^\n]{0,100}
"""
_MORE_LABELS = r"""
      | continue[ \t]+reading|show[ \t]+more|load[ \t]+more(?:[ \t]+\w+)?|view[ \t]+more|see[ \t]+more|show[ \t]+less
      | click[ \t]+to[ \t]+(?:expand|enlarge|play)|enlarge[ \t]+this[ \t]+image|hide[ \t]+caption|expand[ \t]+image
      | play[ \t]+video|watch[ \t]+video|replay|copy[ \t]+link|link[ \t]+copied|copied!?
      | listen[ \t]+to[ \t]+this[ \t]+(?:article|story)(?:[ \t]*[\d:]+[ \t]*(?:min(?:utes?)?|mins))?
      | (?:reading[ \t]+time:?[ \t]*)?\d{1,2}[ \t]*[-–]?[ \t]*min(?:ute)?s?[ \t]+read
      | (?:estimated[ \t]+)?reading[ \t]+time:?[ \t]*\d{1,2}[ \t]*min(?:ute)?s?
      | font[ \t]+size|text[ \t]+size|a-?[ \t]*a\+|zoom[ \t]+in
      | menu|search(?:[ \t]+(?:site|this\s+site))?|close(?:[ \t]+x)?|home|sections|more|open[ \t]+menu
      | submit|cancel(?:[ \t]+submit)?|quick[ \t]+vote|accessibility[ \t]+help
      | \d{1,2}:\d{2}[ \t]*-[ \t]*source:[ \t]*[\w ]{1,30}
      | (?:email|e-mail)[ \t]+check[ \t]+failed[^\n]{0,40}
      | your[ \t]+browser[ \t]+does[ \t]+not[ \t]+support[^\n]{0,60}
      | (?:this[ \t]+)?video[ \t]+(?:is[ \t]+)?(?:unavailable|not[ \t]+available|can[ \t]*not[ \t]+be[ \t]+played)[^\n]{0,40}
      | (?:please[ \t]+)?enable[ \t]+javascript[^\n]{0,60}|javascript[ \t]+is[ \t]+(?:disabled|required)[^\n]{0,60}
"""
_END = r"""
    )
    [ \t]*[›»>.!:]?[ \t]*$
"""
_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.VERBOSE
_LINE_RE = lazy_regex(_START + _LABELS + _BROWSER_NOTICE + _MORE_LABELS + _END, _FLAGS)
# The same for a line without the word: the notice cannot match there, and a pattern without
# it finds the same label, three times faster.
_LINE_WITHOUT_NOTICE_RE = lazy_regex(_START + _LABELS + _MORE_LABELS + _END, _FLAGS)


# First words of the lines this rule reads.
_TRIGGERS = words(
    "loading skip back scroll toggle close previous next continue show load view see click "
    "enlarge hide expand play watch replay copy link copied listen reading estimated font text a "
    "zoom menu search home sections more open email e your this video please enable javascript "
    "submit cancel quick accessibility # continued page error sorry"
)
# A line that opens with "the" (a sixth of the lines of bbc-news) can only be "The page you are
# looking for ..." or a browser notice, so only those with one of the words are read. (Kept in
# step with the pattern by tests/rules/residue/test_page_interface_line.py.)
_THE_NEEDS = ("looking", "browser")


class PageInterfaceLine(Rule):
    """Line that is a button or widget label of the web page (`Loading...`, `Back to top`).

    ## What it does
    Finds lines that consist of the text of a page control: `Loading...`, `Skip to content`,
    `Back to top`, `Next article`, `Show more`, `Play video`, `Copy link`, `3 min read`,
    `Listen to this article`, `Please enable JavaScript`, and one-word menu labels such as
    `Menu` or `Search`.

    ## Why is this bad?
    The scraper read the page's buttons as text. They interrupt the article and repeat in
    every page of a site.

    ## Example
    ```
    Loading weather data ...
    ```

    ## Use instead
    Delete the line. The fix is safe: the whole line is the control's label.
    """

    code = "R010"
    name = "page-interface-line"
    examples = [
        bad("Talks ended.\nLoading weather data ...\n", fixed="Talks ended.\n"),
        bad("Talks ended.\n\n3 min read\n\nThey resume.", fixed="Talks ended.\n\nThey resume."),
        bad("Talks ended.\nBack to top\n", fixed="Talks ended.\n"),
        good("Loading the lorries took three hours."),
        good("Continue reading the statement, he told the court."),
        good("More than 100 people died."),
        good("Firefox is a browser that many people use."),
        good("Users should use a different browser, experts said."),
        bad("404 Not Found\n\nTalks ended.\n", fixed="Talks ended.\n"),
        good("The page you are looking for, he said, was torn out of the diary."),
        bad("Talks ended.\nNext Page Continued on Next Page >> 1 2\n", fixed="Talks ended.\n"),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        index = doc.line_index
        lines = index.starting(_TRIGGERS)
        the_lines = index.starting_and_holding("the", *_THE_NEEDS)
        if the_lines:
            lines = sorted(lines + the_lines, key=lambda line: line.start)
        browser = index.containing("browser")  # a browser notice opens with any words
        if browser:
            seen = {line.start for line in lines}
            lines += [line for line in browser if line.start not in seen]
            lines.sort(key=lambda line: line.start)
        for line in lines:
            # casefold() finds the word in any spelling the case-insensitive pattern accepts.
            has_word = "browser" in line.text.casefold()
            match = (_LINE_RE if has_word else _LINE_WITHOUT_NOTICE_RE).match(line.text)
            if match is None:
                continue
            yield report_line(
                self,
                doc,
                line,
                f"'{match.group('label').strip()}' is a control of the web page, not article text",
            )
