"""R005 timestamp-line: a line that is only a publication date or time."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.lexicon import calendar_abbreviations, days, months
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line
from lintnews.scan import lazy_regex, words

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_ZONE = (
    r"(?:[ECMP][SD]?T|ET|GMT|UTC|BST|CET|CEST|EET|EEST|HKT|IST|JST|AEST|AEDT|MSK|WIB|SGT|KST|PKT|Z)"
)
_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}}){{1,2}}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*{_ZONE})?|\d{{1,2}}[ \t]*[ap]\.?m\.?(?:[ \t]*{_ZONE})?|\d{{4}}[ \t]*{_ZONE}"
_DATE = (
    rf"(?:{_DAY},?[ \t]+)?(?:{_MONTH}[ \t]+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?,?(?:[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?(?:[ \t]+\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|\d{{4}}/\d{{1,2}}/\d{{1,2}})"
)
_LABEL = (
    r"(?:last[ \t]+)?(?:updated|modified|published|posted|first[ \t]+published|created|edited)(?:[ \t]+(?:on|at))?:?"
    r"|date:|time:"
)
_PART = rf"(?:{_DATE}|{_CLOCK}|\([ \t]*(?:{_CLOCK})[ \t]*\)|\d+[ \t]+(?:mins?|minutes?|hours?|hrs?|days?|weeks?)[ \t]+ago|{_LABEL}|{_DAY}|at|on|by)"
_SEPARATOR = r"(?:[ \t]*(?:[|•·,/]|--?|–|—)[ \t]*|[ \t]+)"
_LINE_RE = lazy_regex(
    rf"^[ \t]*(?:{_PART}{_SEPARATOR}?)+[ \t]*$",
    regex.IGNORECASE | regex.MULTILINE,
)
# What makes a line a publication stamp rather than the date of an event ("Tuesday, 1 March"
# or "2000 GMT" alone in a match preview): a year, a label, "ago", or a date and a time together.
_YEAR_RE = lazy_regex(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LABEL_RE = lazy_regex(rf"{_LABEL}|\bago\b", regex.IGNORECASE)
_DATE_RE = lazy_regex(_DATE, regex.IGNORECASE)
_CLOCK_RE = lazy_regex(rf"(?<!\d)(?:{_CLOCK})", regex.IGNORECASE)


def _is_stamp(text: str) -> bool:
    if _LABEL_RE.search(text):
        return True
    date = _DATE_RE.search(text)
    if date is None:
        return False
    return (
        _YEAR_RE.search(date.group()) is not None or _CLOCK_RE.search(text, date.end()) is not None
    )


# First words of the lines this rule reads.
# (The days and months and their abbreviations, and the labels of the pattern; "#" files the
# lines that open with a digit.)
_TRIGGERS = (
    frozenset(name.lower() for name in days() | months())
    | calendar_abbreviations()
    | words("# updated modified published posted first last created edited date time on at")
)


class TimestampLine(Rule):
    """Line that is only a date or time stamp (`Nov. 20, 2019 6:02 AM EST`).

    ## What it does
    Finds lines made only of dates, clock times, time zones and labels such as `Updated`,
    `Published` or `Posted`: `Nov. 20, 2019 6:02 AM EST`, `November 19, 2019 at 9:47 am`,
    `Updated 9:22 PM EST, Mon November 6, 2023`, `3 hours ago`.

    ## Why is this bad?
    The time stamp belongs to the page's header, not to the article. Between paragraphs it
    breaks the text, and it dates a corpus in a way the article itself does not.

    ## Example
    ```
    Nov. 20, 2019 6:02 AM EST
    ```

    ## Use instead
    Delete the line. The fix is safe: a line with nothing but a date and a time is no sentence.
    """

    code = "R005"
    name = "timestamp-line"
    # Page metadata the article may keep: off by default (an editor keeps it), on for a corpus
    # cleaner with `--extend-select residue-metadata`. On extracted text it fires on more clean
    # lines than residue ones (bench_extracted.py, tuning part: R005 629 residue lines, 771
    # clean-line alarms; R006 22 and 178; R009 16 and 96).
    default = False
    group = "residue-metadata"
    examples = [
        bad("Nov. 20, 2019 6:02 AM EST\nTalks ended.\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nNovember 19, 2019 at 9:47 am\n", fixed="Talks ended.\n"),
        bad(
            "Talks ended.\n\nUpdated 9:22 PM EST, Mon November 6, 2023\n\nThey resume.",
            fixed="Talks ended.\n\nThey resume.",
        ),
        bad("Talks ended.\nPosted at 2013-12-30T14:42:01-0700\n", fixed="Talks ended.\n"),
        good("Talks ended on 20 November, 2019."),
        good("The vote is at 9:47 am on Monday."),
        good("May 2005"),
        good("Match preview\n\nTuesday, 1 March\n\n2000 GMT\n\nThe hosts are unbeaten."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        for line in doc.line_index.starting(_TRIGGERS):
            match = _LINE_RE.match(line.text)
            if match is None:
                continue
            if not line.text.strip() or not _is_stamp(line.text):
                continue
            yield report_line(self, doc, line, "Line is only a time stamp, not article text")


def is_timestamp(text: str) -> bool:
    """Whether ``text`` is nothing but a publication time stamp."""
    return _LINE_RE.match(text) is not None and _is_stamp(text)
