"""The document a rule reads: text plus everything rules share, each computed lazily and once.

A rule never re-tokenises or re-splits the text: it asks the document for lines, paragraphs,
sentences, word tokens, the document's own vocabulary and the shared lexicon.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar, overload

import regex

from lintnews.config import Config

# The lexicon module is light (its word lists load on first use): imported here rather than
# on every document's first look-up.
from lintnews.lexicon import Lexicon, get_lexicon
from lintnews.source import Source

T = TypeVar("T")  # what a shared analysis builds


class lazy(Generic[T]):
    """``functools.cached_property`` without its lock: the value, built on first access, is
    stored in the instance's ``__dict__``, where every later access finds it before this
    descriptor. (Python 3.11 takes a lock on each first access, which a document pays several
    times over; the lock only matters for threads sharing one instance, and a document is
    never shared.)"""

    def __init__(self, build: Callable[[Any], T]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object, owner: type | None = None) -> T | lazy[T]:
        if instance is None:
            return self
        value = instance.__dict__[self._name] = self._build(instance)
        return value


# A word: letters and digits with inner apostrophes (don't, Ukraine's, O'Neill). The standard
# library's engine is used because tokenising is the hot path (about twice the speed of regex).
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# The same tokens, found faster where the text allows (every document's words are counted):
# in ASCII text (most English news) an ASCII class, 25% faster; in a text without an
# underscore, where ``\w`` is ``[^\W_]``, the simpler class, 10% faster.
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*")
_WORD_NO_UNDERSCORE_RE = re.compile(r"\w+(?:['’]\w+)*")


def _word_pattern(text: str) -> re.Pattern[str]:
    """The fastest pattern that finds exactly :data:`WORD_RE`'s tokens in ``text``."""
    if text.isascii():
        return _ASCII_WORD_RE
    return WORD_RE if "_" in text else _WORD_NO_UNDERSCORE_RE


# Every ASCII character that cannot be part of a word, mapped to a space.
_ASCII_NON_WORD_TO_SPACE = str.maketrans(
    {code: " " for code in range(128) if not (chr(code).isalnum() or chr(code) == "'")}
)
# An apostrophe that joins no two words (after the translation above, a neighbour that is not
# a letter or digit is a space, another apostrophe or an edge): 'quoted', students', rock''n.
_STRAY_APOSTROPHE_RE = re.compile(r"'(?:(?<![A-Za-z0-9]')|(?![A-Za-z0-9]))")
# The characters outside ASCII that English news text holds most often, none of them part of
# a word: a text whose only other characters are ASCII is counted as an ASCII text.
_COMMON_NON_ASCII_NON_WORD = (
    "£",
    "€",
    "“",
    "”",
    "‘",
    "–",
    "—",
    "…",
    "\u00a0",
    "«",
    "»",
    "°",
    "·",
    "•",
)


def count_words(text: str) -> Counter[str]:
    """:data:`WORD_RE`'s tokens of ``text``, counted.

    In ASCII text (most English news) it is faster to turn every character that cannot be in
    a word into a space and split (both in C) than to run the pattern: the chunks are the
    words once the apostrophes that join no letters ('quoted', students') are spaces too. A
    text is ASCII for this once its common non-ASCII punctuation (£, curly double quotes,
    dashes) is spaced out: such characters only separate words."""
    if not text.isascii():
        for character in _COMMON_NON_ASCII_NON_WORD:
            if character in text:
                text = text.replace(character, " ")
        if not text.isascii():
            return Counter(_word_pattern(text).findall(text))
    spaced = text.translate(_ASCII_NON_WORD_TO_SPACE)
    if "'" in spaced:
        spaced = _STRAY_APOSTROPHE_RE.sub(" ", spaced)
    return Counter(spaced.split())


# A word that starts with a capital letter.
_CAPITALISED_RE = re.compile(r"(?<![^\W_])[^\W\d_a-z](?:[^\W_]|['’](?=[^\W_]))*")
# Things that are not prose and that no rule should read as words.
_LINKLIKE_RE = regex.compile(
    r"""
    (?:https?://|ftp://|www\.)\S+             # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+            # e-mail addresses
    | (?<![\w@])[@\#][\p{L}\p{N}_]+           # @handles and #hashtags
    | \b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co|uk|de|fr|ru|ua|eu|txt|md|pdf
        |html?|php|jpe?g|png|gif|csv|json|xml|py|js|exe|zip|docx?|xlsx?)\b  # domains, file names
    | `[^`\n]+`                               # inline code
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_BLANK_LINE_RE = regex.compile(r"\n[ \t]*\n\s*")
# Every non-prose span has one of these in its token: a scheme, an @ or #, an underscore or
# backtick, or a dot or slash inside the token (www.bbc.co.uk, report.pdf).
_LINK_CHARACTER_RE = re.compile(r"://|[@#`_]|\w[./]\w")
# White space that Python's str.isspace() and the pattern's \s may not agree on: a token
# bounded by one of these is not trusted to hold a whole URL.
_UNSURE_SPACE = "\x1c\x1d\x1e\x1f"
_SENTENCE_ENDS = tuple(".!?…")
_OPENING = "\"'“‘«([{ \t\u00a0"
_CLOSING = "\"'”’»)]"


def _bounded(text: str, left: int, right: int) -> bool:
    """Whether ``text[left:right]`` is whole white-space-delimited tokens (the search for the
    token's edges may stop early on a very long token)."""
    return (left == 0 or (text[left - 1].isspace() and text[left - 1] not in _UNSURE_SPACE)) and (
        right == len(text) or (text[right].isspace() and text[right] not in _UNSURE_SPACE)
    )


class Span(NamedTuple):
    """A stretch of the text (a line, a paragraph, a sentence) and its offsets. A tuple, not a
    frozen dataclass: every document makes one per line, and a tuple is several times cheaper
    to build."""

    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A word token: its text and offsets."""

    text: str
    start: int
    end: int
    ordinal: int  # position in Document.tokens


# A line is "short" enough to be counted across files when it has at most this many words:
# navigation, widgets and teaser headlines, not paragraphs.
SHORT_LINE_WORDS = 12
_DIGITS_RE = re.compile(r"\d+")


def line_key(text: str) -> str | None:
    """How a short line is recognised in other files: lower case, digits and spacing
    normalised (``Page 2 of 5`` and ``Page 3 of 5`` are one line); None for longer lines."""
    # At most one split more than a short line has: a paragraph is not split word by word.
    words = text.split(None, SHORT_LINE_WORDS)
    if not words or len(words) > SHORT_LINE_WORDS:
        return None
    return _DIGITS_RE.sub("#", " ".join(words).lower())


@dataclass(frozen=True)
class RunContext:
    """What the other files of the same run say about this one: in how many of the run's
    ``documents`` each short line (by :func:`line_key`) occurs. Text that a site repeats on every
    page (menus, widgets, teaser headlines) shows up here whatever its wording."""

    documents: int = 0
    line_documents: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Iterable[str]) -> RunContext:
        counts: Counter[str] = Counter()
        documents = 0
        for text in texts:
            documents += 1
            counts.update({key for line in text.splitlines() if (key := line_key(line))})
        return cls(documents, {key: n for key, n in counts.items() if n > 1})


# A document checked on its own: no other files of a run to compare with.
_NO_CONTEXT = RunContext()
# What Document.shared finds for an analysis not built yet (None may be a built value).
_NOT_BUILT = object()


class Document:
    """One text under analysis. Offsets are code-point offsets into :attr:`text`."""

    def __init__(
        self, source: Source, config: Config | None = None, context: RunContext | None = None
    ) -> None:
        if config is None:
            config = Config()
        self.source = source
        self.path = source.path
        self.text = source.text
        self.config = config
        self.context = context if context is not None else _NO_CONTEXT
        self._shared: dict[Callable[[Document], object], object] = {}

    def shared(self, build: Callable[[Document], T]) -> T:
        """``build(self)``, computed once for this document and shared by every rule that asks:
        analysis a family of rules needs (the residue rules' line index, the M rules' rare word
        types) that the engine itself does not know about."""
        value = self._shared.get(build, _NOT_BUILT)
        if value is _NOT_BUILT:
            value = self._shared[build] = build(self)
        return value  # type: ignore[return-value]

    @classmethod
    def from_text(cls, text: str, config: Config | None = None, path: str = "<string>") -> Document:
        return cls(Source.from_text(text, path), config)

    # Positions ---------------------------------------------------------------------------------

    @lazy
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        position = find("\n")
        while position != -1:
            starts.append(position + 1)
            position = find("\n", position + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (row, column) of an offset; columns count code points."""
        row = bisect.bisect_right(self.line_starts, offset) - 1
        return row + 1, offset - self.line_starts[row] + 1

    def line_span(self, offset: int) -> Span:
        """The line containing ``offset``, without its line break."""
        row = bisect.bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[row]
        end = self.text.find("\n", start)
        end = len(self.text) if end == -1 else end
        return Span(start, end, self.text[start:end])

    def line_with_break(self, span: Span) -> tuple[int, int]:
        """Offsets that delete a whole line including its line break (or the one before it)."""
        if span.end < len(self.text):
            return span.start, span.end + 1
        return max(0, span.start - 1), span.end

    # Structure ---------------------------------------------------------------------------------

    @lazy
    def lines(self) -> list[Span]:
        spans = []
        start = 0
        for line in self.text.split("\n"):
            end = start + len(line)
            spans.append(Span(start, end, line))
            start = end + 1
        return spans

    @lazy
    def paragraphs(self) -> list[Span]:
        """Blocks of text separated by blank lines, stripped of surrounding whitespace."""
        spans = []
        position = 0
        for match in _BLANK_LINE_RE.finditer(self.text):
            spans.extend(self._stripped(position, match.start()))
            position = match.end()
        spans.extend(self._stripped(position, len(self.text)))
        return spans

    def _stripped(self, start: int, end: int) -> list[Span]:
        chunk = self.text[start:end]
        inner = chunk.strip()
        if not inner:
            return []
        lead = len(chunk) - len(chunk.lstrip())
        return [Span(start + lead, start + lead + len(inner), inner)]

    @lazy
    def hard_wrapped(self) -> bool:
        """True when lines break inside sentences (fixed-width text), so a line break is not a
        sentence boundary. Scraped and translated news usually puts one paragraph on a line."""
        lines = self.text.split("\n")
        # Most texts have a long line, which settles it without looking further.
        if max(map(len, lines)) > 100 and any(
            len(line.rstrip()) > 100 for line in lines if len(line) > 100
        ):
            return False
        content = [line.rstrip() for line in lines if line.strip()]
        if len(content) < 4:
            return False
        open_ended = sum(1 for line in content if line[-1].isalnum() or line[-1] in ",;")
        longest = max(len(line) for line in content)
        return longest <= 100 and open_ended / len(content) > 0.5

    @lazy
    def sentences(self) -> list[Span]:
        """Sentences in document order. A line break ends a sentence unless the text is
        hard-wrapped; sentence splitting inside a block uses sentencex."""
        import sentencex

        blocks = self.paragraphs if self.hard_wrapped else self._line_blocks()
        spans: list[Span] = []
        for block in blocks:
            cursor = block.start
            for piece in sentencex.segment("en", block.text):
                stripped = piece.strip()
                if not stripped:
                    continue
                found = self.text.find(stripped, cursor, block.end)
                if found == -1:  # sentencex normalised something: fall back to the rest
                    found = cursor
                    stripped = self.text[cursor : block.end].strip()
                spans.append(Span(found, found + len(stripped), stripped))
                cursor = found + len(stripped)
                if cursor >= block.end:
                    break
        return spans

    def _line_blocks(self) -> list[Span]:
        return [span for line in self.lines for span in self._stripped(line.start, line.end)]

    @lazy
    def sentence_starts(self) -> frozenset[int]:
        """Offsets of the first word of each sentence (after any opening quote or bracket)."""
        starts = set()
        for span in self.sentences:
            match = WORD_RE.search(self.text, span.start, span.end)
            if match is not None:
                starts.add(match.start())
        return frozenset(starts)

    def is_sentence_start(self, offset: int) -> bool:
        """Whether the word at ``offset`` is the first word of its sentence."""
        return offset in self.sentence_starts

    # Words -------------------------------------------------------------------------------------

    @lazy
    def non_prose(self) -> list[tuple[int, int]]:
        """Spans of URLs, e-mail addresses, handles, hashtags, file names and inline code."""
        return [(m.start(), m.end()) for m in _LINKLIKE_RE.finditer(self.text)]

    def in_non_prose(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a URL, e-mail address, handle, file name or code.

        Only the token around the span (up to white space) is looked at when it can be: every
        such thing but inline code is free of white space, so the pattern run over that token
        finds what a run over the whole document finds there. And it runs only when the token
        has a character such things have, which ordinary words never do. The whole document is
        scanned (once) only for a line with a backtick or a token too long to bound."""
        text = self.text
        left = start
        while left > 0 and not text[left - 1].isspace() and start - left < 200:
            left -= 1
        right = end
        while right < len(text) and not text[right].isspace() and right - end < 200:
            right += 1
        if _LINK_CHARACTER_RE.search(text, left, right) is None:
            line = self.line_span(start)
            if "`" not in line.text:
                return False
        # Inline code may hold white space: with a backtick on a line the tokens touch, only the
        # document-wide scan tells.
        lines_start = text.rfind("\n", 0, left) + 1
        lines_end = text.find("\n", right)
        code = "`" in text[lines_start : len(text) if lines_end == -1 else lines_end]
        if not code and _bounded(text, left, right):
            return any(
                match.start() < end and start < match.end()
                for match in _LINKLIKE_RE.finditer(text, left, right)
            )
        spans = self.non_prose
        index = bisect.bisect_right(spans, (start, len(self.text) + 1)) - 1
        for candidate in spans[max(0, index - 1) : index + 2]:
            if candidate[0] < end and start < candidate[1]:
                return True
        return False

    def opens_sentence(self, start: int) -> bool:
        """Whether the word at ``start`` is the first of a sentence, judged from the characters
        before it, without segmenting the text: only white space and opening quotes or brackets
        stand between it and a full stop, question or exclamation mark (closing quotes allowed
        after the mark), a blank line, or the start of the text. A single line break starts a
        sentence too, unless the text is hard-wrapped."""
        text = self.text
        position = start - 1
        while position >= 0 and text[position] in _OPENING:
            position -= 1
        if position < 0:
            return True
        if text[position] == "\n":
            before = text[:position].rstrip(" \t")
            if not before or before.endswith("\n") or not self.hard_wrapped:
                return True
            return before.rstrip(_CLOSING).endswith(_SENTENCE_ENDS)
        while position >= 0 and text[position] in _CLOSING:
            position -= 1
        return position < 0 or text[position] in _SENTENCE_ENDS

    @lazy
    def tokens(self) -> list[Token]:
        """Word tokens in order. Building them costs more than a regex scan: rules that only
        need a few words should search :attr:`text` with a pattern of their own first."""
        return [
            Token(match.group(), match.start(), match.end(), index)
            for index, match in enumerate(_word_pattern(self.text).finditer(self.text))
        ]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        tokens = self.tokens
        first = bisect.bisect_left(tokens, start, key=lambda token: token.start)
        last = bisect.bisect_left(tokens, end, key=lambda token: token.start)
        return tokens[first:last]

    def token_at(self, offset: int) -> Token | None:
        tokens = self.tokens
        index = bisect.bisect_right(tokens, offset, key=lambda token: token.start) - 1
        if index >= 0 and tokens[index].start <= offset < tokens[index].end:
            return tokens[index]
        return None

    # The document's own vocabulary ---------------------------------------------------------------

    @lazy
    def word_counts(self) -> Counter[str]:
        """How often each exact spelling occurs."""
        return count_words(self.text)

    @lazy
    def lower_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for word, count in self.word_counts.items():
            counts[word.lower()] += count
        return counts

    @lazy
    def capitalised_mid_sentence(self) -> Counter[str]:
        """Lower-cased words the document writes with a capital inside a sentence, where the
        capital is the writer's choice and so evidence of a name or proper adjective."""
        starts = self.sentence_starts
        counts: Counter[str] = Counter()
        for match in _CAPITALISED_RE.finditer(self.text):
            if match.start() not in starts:
                counts[match.group().lower()] += 1
        return counts

    # Shared data -------------------------------------------------------------------------------

    @lazy
    def lexicon(self) -> Lexicon:
        return get_lexicon(self.config.known_words_key)

    def iter_lines(self) -> Iterator[Span]:
        """Non-blank lines."""
        return (line for line in self.lines if line.text.strip())
