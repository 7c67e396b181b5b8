"""R006 byline: the author line of the page (`By Shirin Ghaffary`) left in the text."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document
from lintnews.lexicon import days, function_words, months, word_set
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line
from lintnews.scan import lazy_regex, words

# One name: capitalised words, initials, particles and a quoted nickname
# ("Dana A. Ford", "LYNNE O'DONNELL", "Amanda "Tania Mae" Tan", "Ludwig van Beethoven").
_WORD = r"(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|[\"“][^\"”\n]{1,20}[\"”])"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|dos|du|la|le|bin|al|el|ibn|ter|ten|y)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{1,4}}"
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*(?:and[ \t]+)?{_NAME}){{0,5}}"
_ROLE = (
    r"(?:[\p{Lu}][\p{L}.&]*(?:[ \t]+[\p{Lu}][\p{L}.&]*){0,3}"  # CNN, Associated Press, BBC News
    r"|(?:senior\s+|chief\s+|staff\s+|special\s+)?(?:reporter|writer|correspondent|editor|contributor"
    r"|political\s+editor|staff\s+writer|for\s+[^\n]{1,40}|in\s+\p{Lu}[\p{L} ]{1,30}))"
)
_LINE_RE = lazy_regex(
    rf"""
    ^[ \t]*(?:[-–—]{{1,2}}[ \t]*)?
    (?P<label>by|written\s+by|words\s+by|story\s+by|posted\s+by|reporting\s+by|edited\s+by|text\s+by|compiled\s+by|produced\s+by|interview\s+by)
    [ \t]+(?P<names>{_NAMES})
    (?:[ \t]*[,|–—-][ \t]*{_ROLE}|[ \t]+(?:{_ROLE}))?
    (?:[ \t]*[|,•·]?[ \t]*(?:follow[ \t]+)?@\w+)?         # a handle
    (?:[ \t]*[|,•·-]?[ \t]*[\p{{Lu}}\d][^\n]{{0,40}}\d)?     # a date after the name
    [ \t]*\.?[ \t]*$
    """,
    regex.MULTILINE | regex.VERBOSE | regex.IGNORECASE,
)
# "By" must be the word, and names must really be capitalised: the case-insensitive match above
# accepts "by the way"; this check refuses it.
_NAME_WORD_RE = lazy_regex(r"[\p{L}'’-]+|[\"“][^\"”\n]*[\"”]")
_LOWER_ALLOWED = frozenset(_PARTICLE.strip("(?:)").split("|")) | {"and"}
# Words after "By" that open no name: "By Tuesday", "By the way", "By Christmas Day", "By
# contrast". The shared determiners, days, months and holidays (May is left out: "By May
# Bulman" is a byline), the seasons, and nouns of set phrases after "by".
_NOT_A_NAME_AFTER_BY = (
    function_words("Determiners")
    | frozenset(name.lower() for name in days() | (months() - {"May"}))
    | frozenset(name.lower() for name in word_set("names", "Holidays"))
    | words(
        """then now far summer winter spring autumn law force contrast comparison default
        design accident mistake chance way"""
    )
)


# First words of the lines this rule reads.
_TRIGGERS = words(
    "by written words story posted reporting edited text additional writing editing compiled "
    "research graphics produced interview"
)


# Wire credits at the foot of a story: "Reporting by Pavel Polityuk; Editing by Peter Graff".
_CREDIT_ROLE = r"(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics)\s+by"
_CREDIT_RE = lazy_regex(
    rf"^[ \t]*\(?{_CREDIT_ROLE}[ \t]+(?P<names>[^;\n()]{{2,80}}?)"
    rf"(?:[ \t]*;[ \t]*{_CREDIT_ROLE}[ \t]+[^;\n()]{{2,80}}?)*[ \t]*\)?[ \t]*\.?[ \t]*$",
    regex.IGNORECASE,
)
_CREDIT_PARTS_RE = lazy_regex(rf"{_CREDIT_ROLE}[ \t]+([^;\n()]+)", regex.IGNORECASE)


# The author's contact line: "Matt Friedman may be reached at mf@example.com. Follow him on
# Twitter @MattFriedmanSL."
_CONTACT_RE = lazy_regex(
    r"^[ \t]*(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}(?:may|can)[ \t]+be[ \t]+reached[ \t]+(?:at|by|on|via)\b"
    r"[^\n]{0,200}(?:@|\d{3}[-. ]\d{4})[^\n]{0,200}$"
)


class Byline(Rule):
    """Author line (`By Shirin Ghaffary`, `By Jeremy Herb and Kara Scannell, CNN`).

    ## What it does
    Finds lines made of `By` and one or more names, optionally followed by the outlet or role
    (`CNN`, `Staff Writer`), a social-media handle or a date, Reuters-style credits such as
    `Reporting by ...` or `Edited by ...` alone on a line, and the author's contact line
    (`... may be reached at name@example.com`).

    ## Why is this bad?
    The byline is page metadata. Inside the text it reads as a fragment, and in a corpus it
    leaks authors' names into what should be article prose.

    ## Example
    ```
    By Shirin Ghaffary
    ```

    ## Use instead
    Delete the line (or keep the author in the document's metadata). The fix is safe: the line
    holds nothing but the credit.
    """

    code = "R006"
    name = "byline"
    # Page metadata the article may keep: off by default (an editor keeps it), on for a corpus
    # cleaner with `--extend-select residue-metadata`. On extracted text it fires on more clean
    # lines than residue ones (bench_extracted.py, tuning part: R005 629 residue lines, 771
    # clean-line alarms; R006 22 and 178; R009 16 and 96).
    default = False
    group = "residue-metadata"
    examples = [
        bad("By Shirin Ghaffary\nTalks ended.\n", fixed="Talks ended.\n"),
        bad(
            "Talks ended.\n\nBy Jeremy Herb, Lauren del Valle and Kara Scannell, CNN\n\nThey resume.",
            fixed="Talks ended.\n\nThey resume.",
        ),
        bad("BY LYNNE O'DONNELL\nTalks ended.", fixed="Talks ended."),
        bad("Talks ended.\n-- By Michael Russell Follow @tdmrussell\n", fixed="Talks ended.\n"),
        bad(
            "Talks ended.\nReporting by Pavel Polityuk in Kyiv; Editing by Peter Graff\n",
            fixed="Talks ended.\n",
        ),
        good("Reporting by the Times suggested the talks had ended."),
        bad(
            "Talks ended.\nMatt Friedman may be reached at mf@example.com. Follow him on Twitter @MattF.\n",
            fixed="Talks ended.\n",
        ),
        good("The minister may be reached at home, aides said, but not by phone."),
        good("By Tuesday the talks had ended."),
        good("By contrast, the Senate voted for it."),
        good("By the way"),
        good("By Christmas Day"),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        index = doc.line_index
        for line in index.containing("be reached"):
            if _CONTACT_RE.match(line.text):
                yield report_line(
                    self, doc, line, "Author's contact line is page metadata, not article text"
                )
        for line in index.starting(_TRIGGERS):
            match = _LINE_RE.match(line.text)
            if match is None:
                if _is_wire_credit(line.text):
                    yield report_line(
                        self, doc, line, "Wire credit is page metadata, not article text"
                    )
                continue
            names = match.group("names")
            first = names.split()[0].strip('"“”.,').lower()
            if first in _NOT_A_NAME_AFTER_BY or not _all_capitalised(names):
                continue
            if not match.group("label")[0].isupper():
                continue
            yield report_line(self, doc, line, "Byline is page metadata, not article text")


def _all_capitalised(names: str) -> bool:
    """Every word of the names is capitalised, a particle (`van`, `del`) or `and`."""
    for word in _NAME_WORD_RE.findall(names):
        if word[0] in '"“' or word[0].isupper() or word in _LOWER_ALLOWED:
            continue
        return False
    return True


def _is_wire_credit(text: str) -> bool:
    if _CREDIT_RE.match(text) is None:
        return False
    for names in _CREDIT_PARTS_RE.findall(text):
        cleaned = regex.sub(r"\b(?:in|and)\b|[,.&]", " ", names)
        if not cleaned.strip() or not _all_capitalised(cleaned):
            return False
    return True
