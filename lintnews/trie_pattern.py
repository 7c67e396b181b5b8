"""A regular-expression alternation of many literal words, built as a trie.

Python's ``re`` tries the branches of ``(?:alpha|beta|...)`` one after another at every position
it tests; an alternation nested by shared prefixes (``(?:al(?:pha|so)|beta)``) lets it reject a
position after one or two characters, which makes a scan for ~100 function words about three
times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
