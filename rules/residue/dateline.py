"""R009 dateline: a wire-service dateline glued to the first sentence (`KYIV (Reuters) -`)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic, Fix
from lintnews.document import Document
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import DATE_FIELD
from lintnews.scan import lazy_regex

_AGENCY = (
    r"(?:Reuters|AP|AFP|Bloomberg|CNN|EFE|Xinhua|dpa|DPA|UPI|IANS|PTI|TASS|Interfax|Sputnik|ANI"
    r"|Europa\s+Press|ANSA|Kyodo|Yonhap|Anadolu|RIA\s+Novosti|Ukrinform|IPS|KUNA|WAFA|BNA|SPA)"
)
_PLACE = r"\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){0,3}"
_CAPS_PLACE = r"\p{Lu}{3,}(?:[ \t.'-]+\p{Lu}{2,}){0,3}"
_DATE = r"(?:,[ \t]*(?:\p{Lu}[\p{L}.]+[ \t]+\d{1,2}|\d{1,2}[ \t]+\p{Lu}[\p{L}.]+|\p{Lu}[\p{L}]+))"
_DATELINE_RE = lazy_regex(
    rf"""
    ^[ \t]*(?:{DATE_FIELD}[ \t]+)?(?P<dateline>
      {_PLACE}{_DATE}?[ \t]*(?:\({_AGENCY}\))?[ \t]*\.-                    # Ukraine.- , Madrid (EFE).-
      | (?:{_PLACE}|{_CAPS_PLACE}){_DATE}?[ \t]*\({_AGENCY}\)[ \t]*[-–—]{{1,2}}   # KYIV (Reuters) -
      | {_CAPS_PLACE}{_DATE}?[ \t]*[-–—]{{1,2}}                             # WASHINGTON --
    )[ \t]+(?=[\p{{Lu}}"“‘'])
    """,
    regex.MULTILINE | regex.VERBOSE,
)

# What every form above needs, tested before the pattern on each line with a dash (a line of prose
# costs the pattern several microseconds, this test a fraction of one): ".-" or "(" somewhere, or
# a word in capitals at the start, after any date field. (Kept in step with the pattern by tests/rules/residue/test_dateline.py.)
_CAPS_START_RE = lazy_regex(rf"[ \t]*(?:{DATE_FIELD}[ \t]+)?\p{{Lu}}{{3}}")


def may_be_dateline(line: str) -> bool:
    """Whether :data:`_DATELINE_RE` can match ``line`` (False only where it cannot)."""
    if ".-" in line or "(" in line:
        return True
    stripped = line.lstrip(" \t")
    if stripped[:1].isupper() and stripped[1:2].islower():
        return False  # "The", "Mr": no word in capitals, and no date field (lower case)
    return _CAPS_START_RE.match(line) is not None


# The paragraph after a dateline without an agency is at least this long.
_MIN_SENTENCE_WORDS = 10
# A dateline ends within this many characters of the start of its line.
_HEAD = 120


class Dateline(Rule):
    """Dateline glued to the first sentence (`Ukraine.- The Russian army said`).

    ## What it does
    Finds wire-service datelines at the start of a paragraph: a place (in capitals, or
    followed by an agency in brackets) and a dash, as in `KYIV (Reuters) -`,
    `WASHINGTON (AP) —`, `LONDON, March 3 (Reuters) -`, and the Spanish-style `Ukraine.-`.

    ## Why is this bad?
    The dateline is the page's header fused with the article's first sentence; the sentence
    then opens with a place name and stray punctuation, which confuses sentence splitting,
    translation and summaries.

    ## Example
    ```
    Ukraine.- The Russian army said on Tuesday that it would reduce operations.
    ```

    ## Use instead
    ```
    The Russian army said on Tuesday that it would reduce operations.
    ```
    The fix removes the dateline. It is unsafe: some users keep datelines, and a capitalised
    heading followed by a dash can look like one.
    """

    code = "R009"
    name = "dateline"
    # Page metadata the article may keep: off by default (an editor keeps it), on for a corpus
    # cleaner with `--extend-select residue-metadata`. On extracted text it fires on more clean
    # lines than residue ones (bench_extracted.py, tuning part: R005 629 residue lines, 771
    # clean-line alarms; R006 22 and 178; R009 16 and 96).
    default = False
    group = "residue-metadata"
    examples = [
        bad(
            "Ukraine.- The Russian army said it would pull back.",
            fixed="The Russian army said it would pull back.",
        ),
        bad(
            "KYIV (Reuters) - Russia said on Tuesday it would pull back.",
            fixed="Russia said on Tuesday it would pull back.",
        ),
        bad(
            "WASHINGTON, March 3 (AP) — The Senate voted.",
            fixed="The Senate voted.",
        ),
        bad(
            " date 2022-03-29 Ukraine.- The Russian army said it would pull back.",
            fixed=" date 2022-03-29 The Russian army said it would pull back.",
        ),
        good("Kyiv - the capital - was quiet on Tuesday."),
        good("The US - and its allies - said nothing."),
        good("Blair in Iraq - The visit was a surprise."),
        good("WIRED - The Latest in Technology, Science, Culture and Business"),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        for line in doc.line_index.lines:
            head = line.text[:_HEAD]
            if not ("-" in head or "–" in head or "—" in head) or not may_be_dateline(line.text):
                continue
            match = _DATELINE_RE.match(line.text)
            if match is None:
                continue
            start, end = line.start + match.start("dateline"), line.start + match.end()
            dateline = match.group("dateline").rstrip()
            # A capitalised heading and a dash ("WIRED - The Latest in Technology") is a title; a
            # dateline without an agency opens a paragraph of prose.
            bare = dateline[-1] in "-–—" and "(" not in dateline and not dateline.endswith(".-")
            if bare and len(line.text[match.end() :].split()) < _MIN_SENTENCE_WORDS:
                continue
            yield self.report(
                start,
                line.start + match.end("dateline"),
                f"Dateline '{match.group('dateline').strip()}' is glued to the first sentence",
                Fix.delete(start, end, "Remove the dateline", safe=False),
            )
