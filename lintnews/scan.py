"""Scanning helpers every rule family may use: patterns compiled on first use, an alternation of
many literal words built as a trie, a scan for patterns that open with one of a few marks, and
word sets written as one string.

What a rule asks of one document (its words, lines, sentence starts) is the document's
(``lintnews.document``); this module holds what is independent of any document: how a pattern
is built and run fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import regex

# Word sets -------------------------------------------------------------------------------------


def words(text: str) -> frozenset[str]:
    """A word set written as one string, the words separated by white space (a rule's trigger
    words, a list of exceptions): easier to read and to keep sorted than a set literal."""
    return frozenset(text.split())


# Patterns compiled on first use ----------------------------------------------------------------
#
# The ``regex`` module compiles in pure Python: the residue rules' phrase lists cost about 50 ms
# to compile, a fifth of the start-up of ``lintnews check`` on one article, although most of
# them only ever run on the rare line that opens with a trigger word. A rule module declares its
# patterns with :func:`lazy_regex` and pays for each one the first time it is used.


class LazyPattern:
    """A ``regex`` pattern that compiles itself on first use. (``regex`` ships no type stubs,
    so its matches are typed ``Any`` here as everywhere.)"""

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: Any = None

    @property
    def compiled(self) -> Any:
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self._flags)
        return self._compiled

    def match(self, string: str, *args: Any, **kwargs: Any) -> Any:
        # The residue rules' call on every candidate line: the compiled pattern taken directly
        # once it exists (a property call less).
        return (self._compiled or self.compiled).match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.fullmatch(string, *args, **kwargs)

    def search(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.search(string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.finditer(string, *args, **kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.findall(string, *args, **kwargs)

    def split(self, string: str, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.split(string, *args, **kwargs)

    def sub(self, replacement: Any, string: str, *args: Any, **kwargs: Any) -> Any:
        return self.compiled.sub(replacement, string, *args, **kwargs)


def lazy_regex(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


# An alternation of many literal words, built as a trie -----------------------------------------
#
# Python's ``re`` tries the branches of ``(?:alpha|beta|...)`` one after another at every
# position it tests; an alternation nested by shared prefixes (``(?:al(?:pha|so)|beta)``) lets
# it reject a position after one or two characters, which makes a scan for ~100 function words
# about three times faster.

_Trie = dict[str, "_Trie"]
_END = ""


def word_alternation(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly one of ``words`` (longest first at a branch)."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _build(root) or "(?!)"


def _build(node: _Trie) -> str:
    optional = _END in node
    branches = [re.escape(char) + _build(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


# Scanning for a pattern that begins with one of a few marks ------------------------------------


class ByMark:
    """``[marks]`` followed by ``rest``, compiled once for each mark.

    Python's ``re`` searches quickly for a pattern that begins with one literal character, but
    tries a pattern that begins with a character class (``[.!?]...``) at every character of the
    text, which on news text costs about three times as much. This compiles one pattern per
    leading mark, runs only those whose mark the text contains at all (a cheap ``in`` test),
    and merges the matches in text order.

    The result is the same as ``re.finditer`` of the single pattern when no match contains one
    of the marks after its first character: the single pattern's scan never has to skip a mark
    inside an earlier match, so each mark position matches in the same way in both.
    """

    def __init__(self, marks: str, rest: str, flags: int = 0) -> None:
        self._patterns = [(mark, re.compile(re.escape(mark) + rest, flags)) for mark in marks]

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match, in text order."""
        found: list[re.Match[str]] = []
        patterns = 0
        for mark, pattern in self._patterns:
            if mark in text:
                before = len(found)
                found.extend(pattern.finditer(text))
                patterns += len(found) > before
        if patterns > 1:
            found.sort(key=lambda match: match.start())
        return found


# Characters in one piece of :func:`chunks`: a list of the words of a piece costs about ten
# bytes a character (a pointer and a small string per word), so a list of the whole text's
# words would hold ten times the document; a piece keeps that to a few megabytes.
CHUNK_CHARACTERS = 1 << 18


def chunks(text: str, size: int = CHUNK_CHARACTERS) -> Iterator[tuple[int, int]]:
    """Spans that cover ``text`` in order, each ending at white space (or the text's end), so
    that no word is cut: splitting or scanning each one for words finds what the whole would."""
    start, length = 0, len(text)
    while start < length:
        end = start + size
        if end >= length:
            end = length
        else:
            while end < length and not text[end].isspace():
                end += 1
        yield start, end
        start = end
