"""R011 boilerplate-shape: a line shaped like page furniture (menus, bare links, arrow links)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from lintnews.diagnostics import Diagnostic
from lintnews.document import Document, Span
from lintnews.rule import Rule, bad, good
from lintnews.rules.residue._lines import report_line, word_count
from lintnews.rules.residue.timestamp_line import is_timestamp
from lintnews.scan import lazy_regex

# Candidate lines: they hold a separator, an arrow, or start with a link; or are short.
_SEPARATED_RE = lazy_regex(r"[ \t]*(?:\||•|·|›|»|>)[ \t]*")
_LINK_ONLY_RE = lazy_regex(
    r"^[ \t]*(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|uk|io|info|news|tv)(?:/\S*)?"
    r"|pic\.twitter\.com/\S+|(?:[@#][\w_]+[ \t]*){1,6})[ \t]*$",
    regex.IGNORECASE,
)
_ARROW_RE = lazy_regex(r"^[ \t]*[›»][ \t]*\S|\S[ \t]*[›»][ \t]*$")
_SENTENCE_END_RE = lazy_regex(r"[.?!;:\"”’)][ \t]*$")
# What separates the items of a menu, and arrows: a line with one is "separated".
_SEPARATORS = ("|", "•", "·", "›", "»", " > ")
# A line shorter than this may be a label the page repeats.
_SHORT_CHARS = 60
# A menu segment: at most this many words.
_SEGMENT_WORDS = 5
_SHORT_LINE_WORDS = 8


class BoilerplateShape(Rule):
    """Line shaped like page furniture: a menu, a bare link or an arrow link.

    ## What it does
    Recognises residue by its shape rather than its words, so that sites no phrase list knows
    are caught too:
    - menus and breadcrumbs: three or more short items separated by `|`, `•`, `·`, `›` or `>`
      (`Home | World | Sport`, `Patricio Candia | Palma de Mallorca | 08/01/2014`);
    - a line that is only a link, a domain or handles (`www.example.com`, `@prachatai`);
    - a short name and a time stamp (`Joyly · 2020-05-20T00:35:35Z`);
    - a short line that opens or ends with a link arrow (`Comments »`, `all markets»`).

    A short label the text repeats is weighed by R013 with the rest of the line's evidence.

    ## Why is this bad?
    Navigation and widget text is not part of the article; it breaks sentence splitting and
    repeats across a corpus.

    ## Example
    ```
    Home | News | World | Europe
    ```

    ## Use instead
    Delete the line. The fix is unsafe: the shape is strong evidence, not proof, so review
    the deletions or apply them with `--unsafe-fixes`.
    """

    code = "R011"
    name = "boilerplate-shape"
    examples = [
        bad("Home | News | World | Europe\nTalks ended.\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nwww.example.com/news\n", fixed="Talks ended.\n"),
        bad("Talks ended.\nJoyly · 2020-05-20T00:35:35Z\n", fixed="Talks ended.\n"),
        # A number alone is a share counter on a web page but an attendance in a match report.
        good("Clichy, Lauren, Senderos.\n\n27,595\n\nP Dowd (Staffordshire)."),
        bad("Talks ended.\n\nComments »\n\nThey resume.", fixed="Talks ended.\n\nThey resume."),
        # A short line the text repeats is R013's evidence, not a decision on its own: on
        # extracted text it met three clean lines for each residue line (lists, recipes, polls).
        good("Talks ended.\nLive updates\nThey resume.\nLive updates\nNo deal yet.\n"),
        good("Prices rose 5% | Wages fell 2%, the figures show."),
        good("Talks ended.\n\nWhat next?\n\nThey resume.\n\nWhat next?"),
        good('He said: "Go."\nShe said: "Go."'),
        # Comments repeat their dates: a time stamp is R005's to decide.
        good("Great piece.\nNovember 12, 2012\nI agree.\nNovember 12, 2012\nMe too.\n"),
        # A thread: many different names recur, each above a comment of its own.
        good(
            "Readers wrote:\nAnna Berg\nGreat piece.\nTom Lee\nI disagree.\nMia Roy\nWell put.\n"
            "Sam Cole\nThanks.\nIda Moss\nAgreed.\nJon Park\nNot convinced.\n"
            "Anna Berg\nFair point.\nTom Lee\nGood question.\nMia Roy\nSee the report.\n"
            "Sam Cole\nQuite right.\nIda Moss\nToo long.\nJon Park\nNice work.\n"
        ),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        index = doc.line_index
        # Most texts have no separator at all: then no line needs the six tests.
        marked = _has_separator(doc.text)
        for line in index.lines:
            text = line.text
            separated = marked and (
                "|" in text
                or "•" in text
                or "·" in text
                or "›" in text
                or "»" in text
                or " > " in text
            )
            if not separated and len(text) >= _SHORT_CHARS and not _may_be_link(text):
                continue  # a paragraph of prose: the common case, and no shape below fits it
            reason = None
            if separated and _is_menu(text):
                reason = "a menu of short links"
            elif separated and _is_signed_stamp(text):
                reason = "a name and a time stamp"
            elif ("." in text or "@" in text or "#" in text) and _LINK_ONLY_RE.match(text):
                reason = "only a link"
            elif (
                ("»" in text or "›" in text)
                and _ARROW_RE.search(text)
                and word_count(text) <= _SHORT_LINE_WORDS
            ):
                reason = "a link with an arrow"
            if reason is not None:
                yield self._report(doc, line, reason)

    def _report(self, doc: Document, line: Span, reason: str) -> Diagnostic:
        message = f"Line is {reason}: page furniture, not article text"
        # mypy cannot resolve lintnews.rules in a checkout, so the helper reads as untyped.
        diagnostic: Diagnostic = report_line(self, doc, line, message, safe=False)
        return diagnostic


def _has_separator(text: str) -> bool:
    """Whether ``text`` holds one of :data:`_SEPARATORS`. Each is first looked for without its
    spaces: ``str.find`` stops at every space of the text for " > " (60 times slower than for
    ">" on bbc-news), and a text without ">" has no " > " either."""
    return any(separator.strip() in text and separator in text for separator in _SEPARATORS)


def _may_be_link(text: str) -> bool:
    """Whether ``_LINK_ONLY_RE`` can match: a link or domain has no space or tab inside it, and
    only a line of handles has more than one part."""
    core = text.strip(" \t")
    return (" " not in core and "\t" not in core) or core.startswith(("@", "#"))


def _is_menu(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith("|") or stripped.endswith("|"):
        return False  # a table row ("| Member | State |"), which is article content
    segments = [segment for segment in _SEPARATED_RE.split(text.strip()) if segment.strip()]
    if len(segments) < 3:
        return False
    for segment in segments:
        if word_count(segment) > _SEGMENT_WORDS or _SENTENCE_END_RE.search(segment):
            return False
    return True


def _is_signed_stamp(text: str) -> bool:
    """'Joyly · 2020-05-20T00:35:35Z', 'Reuters | 3 hours ago': a short name and a time stamp."""
    segments = [segment.strip() for segment in _SEPARATED_RE.split(text.strip()) if segment.strip()]
    if not 2 <= len(segments) <= 3 or not any(is_timestamp(segment) for segment in segments):
        return False
    return all(word_count(segment) <= _SEGMENT_WORDS for segment in segments)
