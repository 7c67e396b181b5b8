"""Patterns compiled on first use.

The ``regex`` module compiles in pure Python: the residue rules' phrase lists cost about 50 ms
to compile, a fifth of the start-up of ``lintnews check`` on one article, although most of them
only ever run on the rare line that opens with a trigger word. A rule module declares its
patterns with :func:`lazy_regex` and pays for each one the first time it is used.
"""

from __future__ import annotations

from typing import Any

import regex


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
