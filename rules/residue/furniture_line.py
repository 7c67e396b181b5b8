"""R013 residue-furniture: a line whose shape and neighbourhood say it is page furniture."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document, Span
from lintnews.lexicon import function_words
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line
from lintnews.rules.residue.repeated_line import files_repeating
from lintnews.scan import lazy_regex


@dataclass(frozen=True)
class Thresholds:
    """What R013 weighs. The points were set by hand from what each piece of evidence means;
    ``decide`` was read off the curve in benchmarks/results/residue-curves.md (tuning part of
    the extracted-text benchmark), with evidence of the page itself required: 6.0 is the
    lowest score at which the rule's clean-line alarms stay near one per 10k clean words
    (5.0 doubles them for a third more recall)."""

    decide: float = 6.0
    # A line of prose: at least this many words, a final stop and some function words.
    prose_words: int = 12
    prose_function_share: float = 0.2
    # Lines this long are prose whatever else they carry.
    long_words: int = 15
    # A short line the text repeats (a widget title, "Register Now") is a label of the page:
    # at most this many words and no final stop. Alone it met three clean lines for each
    # residue line (R011 decided on it until issue 14), so here it is evidence only.
    repeated_words: int = 4
    # A line after the article's last line of prose, in a closing block where some line has
    # evidence of the page (a separator, a link or handle, a label the text repeats, a line
    # other files of the run repeat), is reported from this score on: the block is the page's
    # footer, so the line's shape need not carry page evidence of its own. Read off the curve
    # in benchmarks/results/residue-curves.md (tuning part): 5.0 adds about 0.04 of the
    # residue lines at 0.4 clean-line alarms per 10k clean words; 4.0 adds a quarter more
    # recall for half as many alarms again. Only the closing block: before the prose the
    # article's own headline has the same shape. Numbered items are a list of the article's.
    closing_decide: float = 5.0


LIMITS = Thresholds()

# Two lines of prose for the examples, long enough not to read as hard-wrapped text.
_PROSE = (
    "Talks between the two sides ended on Monday without an agreement, officials said, and "
    "neither side would say when they might meet again.\n"
)
_MORE = (
    "They could resume next week in Geneva, where both delegations have offices and where the "
    "last round was held in the spring.\n"
)

_WORD_RE = lazy_regex(r"[^\W_]+")
_FINAL_RE = lazy_regex(r"[.!?\"”’)…:;][ \t]*$")
_SEPARATOR_RE = lazy_regex(r"[|»•·›]")
_LINK_RE = lazy_regex(r"https?://|www\.|\S+@\S+\.\w|(?:^|\s)[@#]\w")
# Dates, clock times and author credits are metadata the article may keep: R014's decision
# (and the editor's setting), never furniture.
_METADATA_RE = lazy_regex(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*\.?[ \t]+\d"
    r"|\b\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}:\d\d|\d{4}[/-]\d\d|\d\d?/\d\d?/\d{2,4}"
    r"|^[ \t]*(?:by|written[ \t]+by|posted[ \t]+by|author)\b",
    regex.IGNORECASE,
)


_LETTER_RE = lazy_regex(r"\p{L}")
# An item of a numbered list (a track list, the steps of a recipe) is the article's own,
# whatever block it stands in.
_NUMBERED_RE = lazy_regex(r"^[ \t]*\d{1,3}[.)][ \t]")
# Evidence that comes from the web page rather than from the line's shape.
_STRONG = frozenset({"separators", "a link or handle", "repeated in the text"})


@dataclass(frozen=True)
class _Line:
    words: int
    function_share: float
    title_share: float
    final: bool

    @property
    def prose(self) -> bool:
        return (
            self.words >= LIMITS.prose_words
            and self.final
            and self.function_share >= LIMITS.prose_function_share
        )


class ResidueFurniture(Rule):
    """Line that reads as page furniture by its evidence: short, no final stop, Title Case,
    separators or links, outside the article's prose.

    ## What it does
    Weighs the evidence a plain-text line carries and the lines around it: its length, its
    share of function words (`lintnews/data/function_words.txt`), its share of capitalised
    words, a final stop, separators (`|`, `»`, `•`, `·`), links, handles and e-mail addresses,
    whether it stands before the first or after the last line of prose of the text, and
    whether its neighbours are short lines too, and whether the text repeats it (a label of
    the page). A line whose points reach the threshold is
    reported when some of the evidence comes from the page itself (a separator, a link or
    handle, a repeated label), and the message names the evidence that decided. After the
    last line of prose, a line with a lower score is reported when the closing block it
    stands in has such evidence on some line, or a line that other files of the run repeat:
    the block is the page's footer (comment counts, "Related Posts", share rows). Lines of
    figures are data and stay. Dates, times and bylines are
    left to R014, which an editor who keeps metadata can leave off.

    ## Why is this bad?
    Extractors let through menus, teaser headlines of other stories, widget titles and
    footers that no phrase list names. They sit in blocks before and after the article, in
    Title Case, without the function words and full stops of prose.

    ## Example
    ```
    Home Page
    Latest Videos And Top Stories
    Talks between the two sides ended on Monday without an agreement, officials said.
    They will resume next week in Geneva, where both delegations have offices.
    More From World News
    Popular Tags Travel Business Sport
    ```

    ## Use instead
    Delete the furniture lines. The fix is unsafe: the evidence makes furniture likely, not
    certain, so review the deletions or apply them with `--unsafe-fixes`.
    """

    code = "R013"
    name = "residue-furniture"
    examples = [
        bad(
            # "Related Posts" has no evidence of the page of its own: the share row below it
            # makes the closing block the page's footer.
            _PROSE + _MORE + "Related Posts\nShare | Tweet | Email\n",
            fixed=_PROSE + _MORE,
        ),
        bad(
            "Home | Editors Picks\nTop Stories\nLatest Videos\n" + _PROSE,
            # Once the menu is gone the headings stand next to the prose: too little evidence.
            fixed="Top Stories\nLatest Videos\n" + _PROSE,
        ),
        # A heading between paragraphs is the article's own.
        good(_PROSE + "What Comes Next\n" + _MORE),
        # The headline above the story and its date are kept (the date is R014's decision).
        good("Talks End Without Deal\nMonday, October 22, 2012\n" + _PROSE + _MORE),
        # Footnotes after the story end with a stop.
        good(
            _PROSE
            + _MORE
            + "Additional reporting from Geneva.\nCorrection: an earlier version misspelt a name.\n"
        ),
        good("Clichy, Lauren, Senderos.\n\n27,595\n\nP Dowd (Staffordshire)."),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        spans = doc.line_index.lines
        if len(spans) < 2:
            return  # a single line has no neighbourhood to weigh it against
        small = function_words()
        lines = [_describe(span.text, small) for span in spans]
        prose = [index for index, line in enumerate(lines) if line.prose]
        if not prose:
            return  # no article prose to stand outside of: a list or a table, not a page
        first, last = prose[0], prose[-1]
        labels = Counter(
            _label_key(span.text)
            for span, line in zip(spans, lines, strict=True)
            if line.words <= LIMITS.repeated_words and not line.final
        )

        def repeated_label(index: int) -> bool:
            line = lines[index]
            return (
                line.words <= LIMITS.repeated_words
                and not line.final
                and labels[_label_key(spans[index].text)] >= 2
            )

        closing_footer = any(
            _page_evidence(spans[index].text, doc) or repeated_label(index)
            for index in range(last + 1, len(spans))
        )
        for index, span in enumerate(spans):
            line = lines[index]
            if line.words == 0 or line.words >= LIMITS.long_words or line.prose:
                continue
            if _METADATA_RE.search(span.text) or not _LETTER_RE.search(span.text):
                continue  # metadata is R014's decision; a line of figures is data (an attendance)
            points, evidence = _weigh(span, index, lines, first, last)
            if repeated_label(index):
                points += 1.5
                evidence.append("repeated in the text")
            # Shape and position alone also fit the data blocks of a match report (venues,
            # line-ups, fixtures): a line is deleted only with evidence of the page itself,
            # its own or that of the closing block it stands in.
            decided = points >= LIMITS.decide and bool(_STRONG & set(evidence))
            if (
                not decided
                and closing_footer
                and index > last
                and not _NUMBERED_RE.search(span.text)
            ):
                decided = points >= LIMITS.closing_decide
                evidence.append("in a closing block with page furniture")
            if decided:
                yield report_line(
                    self,
                    doc,
                    span,
                    f"Line reads as page furniture ({', '.join(evidence)}), not article text",
                    safe=False,
                )


def _page_evidence(text: str, doc: Document) -> bool:
    """Whether a line carries evidence of the web page: a separator, a link or handle, or
    other files of the run repeat it (R012's evidence)."""
    if _SEPARATOR_RE.search(text) or _LINK_RE.search(text):
        return True
    return bool(files_repeating(doc, text))


def _label_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _describe(text: str, small: frozenset[str]) -> _Line:
    found = _WORD_RE.findall(text)
    if not found:
        return _Line(0, 0.0, 0.0, bool(_FINAL_RE.search(text)))
    letters = [word for word in found if word[0].isalpha()]
    return _Line(
        len(found),
        sum(word.lower() in small for word in found) / len(found),
        sum(word[0].isupper() for word in letters) / len(letters) if letters else 0.0,
        bool(_FINAL_RE.search(text)),
    )


def _weigh(
    span: Span, index: int, lines: Sequence[_Line], first: int, last: int
) -> tuple[float, list[str]]:
    """The line's points and the evidence for furniture that earned them."""
    line = lines[index]
    points = 0.0
    evidence: list[str] = []
    if line.words <= 3:
        points += 1
        evidence.append(f"{line.words} words")
    elif line.words <= 8:
        points += 0.5
    if line.final:
        points -= 1.5
    else:
        points += 1
        evidence.append("no final stop")
    if line.function_share < 0.1:
        points += 1
        evidence.append("no function words")
    elif line.function_share >= 0.3:
        points -= 1
    if line.title_share >= 0.7 and line.words >= 2:
        points += 1
        evidence.append("Title Case")
    if _SEPARATOR_RE.search(span.text):
        points += 1.5
        evidence.append("separators")
    if _LINK_RE.search(span.text):
        points += 1.5
        evidence.append("a link or handle")
    if index < first or index > last:
        distance = first - index if index < first else index - last
        points += 1 + min(distance, 4) * 0.5
        evidence.append("before the article's prose" if index < first else "after its prose")
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    points -= sum(neighbour.prose for neighbour in neighbours)
    short = sum(neighbour.words <= 8 for neighbour in neighbours)
    points += 0.5 * short
    if short == 2:
        evidence.append("among short lines")
    return points, evidence
