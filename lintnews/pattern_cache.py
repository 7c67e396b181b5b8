"""Regular expressions compiled once per machine rather than once per process.

The rules compile about 150 patterns with the standard library's ``re``, whose parser and
compiler are written in Python: a fifth of the CPU of ``lintnews check`` on one article
(issue 16), paid again by every run and every worker. What they produce for a pattern and its
flags is a list of integers for the C matcher (``_sre.compile``), which depends on nothing
else. The ``lintnews`` command therefore keeps that output in a file beside the word-list cache
(see :mod:`lintnews.wordlist`) and hands it straight to ``_sre.compile`` next time: the pattern
objects are the ones ``re`` would have built, so no finding can differ.

Installed by the command and its worker processes only (:func:`install`), never on import:
a program that uses lintnews as a library keeps the standard library untouched. The file is
keyed by the interpreter's version and the matcher's magic number, and any surprise (another
Python, a damaged file, an unwritable directory) leaves ``re`` as it was.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lintnews.cache import write_atomically

_FORMAT = 1
# A run that compiles far more patterns than the rules have (a library caller's own) stops
# adding to the file rather than growing it without bound.
_MOST_ENTRIES = 2_000

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def install(directory: Path) -> bool:
    """Route ``re``'s compiler through the cache in ``directory``; whether it was installed."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10, or not CPython
        return False
    if getattr(_compiler.compile, "lintnews_cache", False):
        return True
    original: Callable[..., Any] = _compiler.compile
    path = (
        directory / f"re-v{_FORMAT}-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    )
    known = _read(path)
    added: dict[tuple[str | bytes, int], Entry] = {}

    def build(pattern: str | bytes, flags: int) -> Entry:
        parsed = _parser.parse(pattern, flags)
        # Opcodes are int subclasses (named for dis): plain ints, which marshal can write.
        code = [int(item) for item in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            flags | parsed.state.flags,
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )

    def compile(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(pattern, flags)
        key = (pattern, flags)
        entry = known.get(key)
        if entry is None:
            entry = build(pattern, flags)
            if len(known) < _MOST_ENTRIES:
                known[key] = added[key] = entry
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)

    # The matcher must take what was recorded: check on a pattern that has every part.
    probe = r"(?P<word>\w+)\s+(\d)?(?i:x)"
    try:
        built = compile(probe, 0)
        expected = original(probe, 0)
        same = (built.flags, built.groups, built.groupindex) == (
            expected.flags,
            expected.groups,
            expected.groupindex,
        ) and built.match("Ab 1X").groups() == expected.match("Ab 1X").groups()
    except Exception:  # any surprise: leave re alone
        return False
    if not same:
        return False
    compile.lintnews_cache = True  # type: ignore[attr-defined]
    _compiler.compile = compile
    atexit.register(_write, path, added)
    return True


def _read(path: Path) -> dict[tuple[str | bytes, int], Entry]:
    try:
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def _write(path: Path, added: dict[tuple[str | bytes, int], Entry]) -> None:
    """Add this run's new patterns to the file (another run may have added others meanwhile);
    a directory that cannot be written only costs the next run its speed."""
    if not added:
        return
    entries = _read(path)
    entries.update(added)
    with contextlib.suppress(OSError, ValueError):
        write_atomically(path, marshal.dumps(entries))
