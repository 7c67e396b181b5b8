"""R011 boilerplate-shape: a line shaped like page furniture (menus, bare links, repeated labels)."""

from __future__ import annotations

from collections import Counter
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
# A repeated line is a label when it is this short (longer repeats are list items of a story).
_REPEATED_LABEL_WORDS = 4
# A page repeats a label or two (a widget title, "Related Stories" above and below). When this many
# different short lines each recur, each between lines of its own (most repeats have no repeat
# beside them), the text is a table, a list of entries or a conversation whose cells, headings and
# names recur, and repetition is no evidence of furniture. A menu the page prints twice recurs
# as a block instead: its repeats stand beside each other.
_MANY_REPEATED_LABELS = 6
_MAX_ADJACENT_SHARE = 0.5


class BoilerplateShape(Rule):
    """Line shaped like page furniture: a menu, a bare link, an arrow link or a repeated label.

    ## What it does
    Recognises residue by its shape rather than its words, so that sites no phrase list knows
    are caught too:
    - menus and breadcrumbs: three or more short items separated by `|`, `•`, `·`, `›` or `>`
      (`Home | World | Sport`, `Patricio Candia | Palma de Mallorca | 08/01/2014`);
    - a line that is only a link, a domain or handles (`www.example.com`, `@prachatai`);
    - a short name and a time stamp (`Joyly · 2020-05-20T00:35:35Z`);
    - a short line that opens or ends with a link arrow (`Comments »`, `all markets»`);
    - a line of at most four words without sentence punctuation that occurs twice or more in
      the text (a label the page repeats, such as a widget title), unless six different such
      lines recur, mostly apart from each other (then the text is a table, a list or a thread
      whose cells and names recur);
      a time stamp is left to R005, which decides metadata.

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
        bad(
            "Talks ended.\nLive updates\nThey resume.\nLive updates\nNo deal yet.\n",
            fixed="Talks ended.\nThey resume.\nNo deal yet.\n",
        ),
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
        # A menu printed twice recurs as a block: its lines are labels, however many.
        bad(
            "Talks ended.\n" + "Home\nWorld\nSport\nTravel\nMusic\nFilm\nNo deal yet.\n" * 2,
            fixed="Talks ended.\nNo deal yet.\nNo deal yet.\n",
        ),
    ]

    def check(self, doc: Document) -> Iterator[Diagnostic]:
        index = doc.line_index
        # Most texts have no separator at all: then no line needs the six tests.
        marked = _has_separator(doc.text)
        short: list[Span] = []
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
            elif (
                line.start > 0  # the title may repeat as a heading
                and len(text) < _SHORT_CHARS
                and not _SENTENCE_END_RE.search(text)
                and word_count(text) <= _REPEATED_LABEL_WORDS
                # A time stamp is metadata, which R005 decides (comments repeat their dates).
                and not is_timestamp(text)
            ):
                short.append(line)
        if len(short) < 2:
            return
        counts = Counter(_normalise(line.text) for line in short)
        repeated = [line for line in short if counts[_normalise(line.text)] >= 2]
        if _interleaved_entries(index.lines, repeated, counts):
            return
        for line in repeated:
            yield self._report(doc, line, "a short label the page repeats")

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


def _interleaved_entries(lines: list[Span], repeated: list[Span], counts: Counter[str]) -> bool:
    """Whether the repeated short lines are the recurring cells or names of a table, a list or a
    thread: many different ones, and most with no other repeat on the non-blank line beside them."""
    if sum(n >= 2 for n in counts.values()) < _MANY_REPEATED_LABELS:
        return False
    starts = {line.start for line in repeated}
    filled = [line.start for line in lines if line.text.strip()]
    adjacent = 0
    for position, start in enumerate(filled):
        if start in starts and (
            (position > 0 and filled[position - 1] in starts)
            or (position + 1 < len(filled) and filled[position + 1] in starts)
        ):
            adjacent += 1
    return adjacent < _MAX_ADJACENT_SHARE * len(repeated)


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()
